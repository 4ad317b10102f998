package org.unkg.rdf;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.atlas.lib.CharSpace;
import org.unkg.UnkgException;

/**
 * Writes a graph deterministically with memory bounded by a constant: triples are kept as
 * N-Triples lines, sorted and spilled in chunks, merged without duplicates, and the merged
 * stream is written in the asked format to a temporary file that replaces the target only
 * when complete (a build killed mid-way leaves the previous output intact).
 * Same set of triples in, byte-identical file out, whatever order they came in.
 *
 * <pre>{@code
 * try (SortedGraphWriter w = new SortedGraphWriter(Path.of("output/graph.ttl"), OutputFormat.TTL, Prefixes.standard(base))) {
 *     w.accept(triples);
 * }
 * }</pre>
 */
public final class SortedGraphWriter implements AutoCloseable {
    private static final int DEFAULT_CHUNK = 400_000;

    private final Path target;
    private final OutputFormat format;
    private final Map<String, String> prefixes;
    private final int chunkSize;
    private final Path workDir;
    private final List<Path> chunks = new ArrayList<>();
    private final NodeFormatter fmt = new NodeFormatterNT(CharSpace.UTF8);
    private List<String> buffer = new ArrayList<>();
    private long accepted;
    private long written = -1;
    private boolean committed;

    public SortedGraphWriter(Path target, OutputFormat format, Map<String, String> prefixes) {
        this(target, format, prefixes, DEFAULT_CHUNK);
    }

    public SortedGraphWriter(Path target, OutputFormat format, Map<String, String> prefixes, int chunkSize) {
        this.target = target.toAbsolutePath();
        this.format = format;
        this.prefixes = prefixes;
        this.chunkSize = chunkSize;
        try {
            Path dir = this.target.getParent();
            Files.createDirectories(dir);
            this.workDir = Files.createTempDirectory(dir, ".unkg-sort-");
        } catch (IOException e) {
            throw new UnkgException("cannot write to " + target.getParent() + ": " + e.getMessage(), e);
        }
    }

    /** Adds triples; thread-safe. */
    public synchronized void accept(Collection<Triple> triples) {
        for (Triple t : triples) {
            buffer.add(line(t));
        }
        accepted += triples.size();
        if (buffer.size() >= chunkSize) {
            spill();
        }
    }

    /** Triples accepted so far, duplicates included. */
    public synchronized long accepted() {
        return accepted;
    }

    /** Distinct triples written; known after {@link #commit()}. */
    public long written() {
        return written;
    }

    private String line(Triple t) {
        IndentedLineBuffer b = new IndentedLineBuffer();
        fmt.format(b, t.getSubject());
        b.append(' ');
        fmt.format(b, t.getPredicate());
        b.append(' ');
        fmt.format(b, t.getObject());
        b.append(" .");
        return b.asString();
    }

    private void spill() {
        if (buffer.isEmpty()) {
            return;
        }
        buffer.sort(null);
        Path chunk = workDir.resolve("chunk-" + chunks.size() + ".nt");
        try (BufferedWriter w = Files.newBufferedWriter(chunk, StandardCharsets.UTF_8)) {
            String prev = null;
            for (String l : buffer) {
                if (!l.equals(prev)) {
                    w.write(l);
                    w.write('\n');
                }
                prev = l;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunks.add(chunk);
        buffer = new ArrayList<>();
    }

    /** Merges, writes the target atomically. Returns the number of distinct triples. */
    public synchronized long commit() {
        if (committed) {
            return written;
        }
        spill();
        Path merged = workDir.resolve("merged.nt");
        try {
            written = merge(merged);
            Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                writeFormatted(merged, os);
            }
            publishable(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UnkgException("cannot write " + target + ": " + e.getMessage(), e);
        }
        committed = true;
        return written;
    }

    private long merge(Path merged) throws IOException {
        record Head(String line, BufferedReader r) { }
        PriorityQueue<Head> pq = new PriorityQueue<>((a, b) -> a.line().compareTo(b.line()));
        List<BufferedReader> readers = new ArrayList<>();
        long n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(merged, StandardCharsets.UTF_8)) {
            for (Path c : chunks) {
                BufferedReader r = Files.newBufferedReader(c, StandardCharsets.UTF_8);
                readers.add(r);
                String l = r.readLine();
                if (l != null) {
                    pq.add(new Head(l, r));
                }
            }
            String prev = null;
            while (!pq.isEmpty()) {
                Head h = pq.poll();
                if (!h.line().equals(prev)) {
                    w.write(h.line());
                    w.write('\n');
                    n++;
                    prev = h.line();
                }
                String l = h.r().readLine();
                if (l != null) {
                    pq.add(new Head(l, h.r()));
                }
            }
        } finally {
            for (BufferedReader r : readers) {
                r.close();
            }
        }
        return n;
    }

    private void writeFormatted(Path merged, OutputStream os) throws IOException {
        switch (format) {
            case NT, NQ -> Files.copy(merged, os);
            case TTL, TRIG -> {
                StreamRDF out = StreamRDFWriter.getWriterStream(os,
                        format == OutputFormat.TTL ? RDFFormat.TURTLE_BLOCKS : RDFFormat.TRIG_BLOCKS);
                out.start();
                prefixes.forEach(out::prefix);
                parse(merged, new StreamRDFBase() {
                    @Override
                    public void triple(Triple triple) {
                        out.triple(triple);
                    }
                });
                out.finish();
            }
            case JSONLD, RDFXML -> RioOutput.write(merged, os, format, prefixes);
        }
    }

    /** Temp files are created owner-only; the output is a published dump, readable like any file the user writes. */
    private static void publishable(Path p) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    static void parse(Path nt, StreamRDF sink) throws IOException {
        try (InputStream in = Files.newInputStream(nt)) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(sink);
        }
    }

    /** Removes the temporary work files; does not write the target unless {@link #commit()} was called. */
    @Override
    public void close() {
        try (var s = Files.walk(workDir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
