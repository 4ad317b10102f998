package org.unkg.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.unkg.UnkgException;

/**
 * Writes a graph deterministically with memory bounded by a constant: triples are kept as
 * N-Triples lines (UTF-8 bytes), sorted in byte order and spilled in chunks of bounded size
 * (bytes, not triples), merged without duplicates, and the merged stream is written in the asked
 * format to a temporary file that replaces the target only when complete (a build killed
 * mid-way leaves the previous output intact). N-Triples and N-Quads output is the merge itself;
 * the other formats are written from it. Same set of triples in, byte-identical file out,
 * whatever order they came in. Encoding lines ({@link NtLines#of}) is left to the callers'
 * threads: a build's workers encode their own documents.
 *
 * <pre>{@code
 * try (SortedGraphWriter w = new SortedGraphWriter(Path.of("output/graph.ttl"), OutputFormat.TTL, Prefixes.standard(base))) {
 *     w.accept(triples);
 * }
 * }</pre>
 */
public final class SortedGraphWriter implements AutoCloseable {
    /** Heap held by buffered lines before a chunk is spilled: the writer's memory bound. */
    static final long DEFAULT_CHUNK_BYTES = 64L << 20;
    private static final int IO_BUFFER = 1 << 16;
    /**
     * Chunks merged at once: each open chunk holds a read buffer, so without a cap the merge's
     * memory would grow with the corpus (about 550 chunks, 35 MB of buffers, for 90 M triples).
     * More chunks than this are first merged in groups into larger chunks.
     */
    static final int MAX_FAN_IN = 128;

    private final Path target;
    private final OutputFormat format;
    private final Map<String, String> prefixes;
    private final int chunkLines;
    private final Path workDir;
    private final List<Path> chunks = new ArrayList<>();
    private final LineArena buffer;
    private long accepted;
    private long written = -1;
    private boolean committed;
    private int chunkNames;
    private Consumer<byte[]> mergedLines = l -> { };

    public SortedGraphWriter(Path target, OutputFormat format, Map<String, String> prefixes) {
        this(target, format, prefixes, Integer.MAX_VALUE);
    }

    /** With at most {@code chunkLines} lines per spilled chunk (and at most the default chunk bytes). */
    public SortedGraphWriter(Path target, OutputFormat format, Map<String, String> prefixes, int chunkLines) {
        this(target, format, prefixes, chunkLines, DEFAULT_CHUNK_BYTES);
    }

    SortedGraphWriter(Path target, OutputFormat format, Map<String, String> prefixes, int chunkLines, long chunkBytes) {
        this.target = target.toAbsolutePath();
        this.format = format;
        this.prefixes = prefixes;
        this.chunkLines = Math.max(1, chunkLines);
        this.buffer = new LineArena((int) Math.min(Math.max(1, chunkBytes), Integer.MAX_VALUE - 16));
        try {
            Path dir = this.target.getParent();
            Files.createDirectories(dir);
            this.workDir = Files.createTempDirectory(dir, ".unkg-sort-");
        } catch (IOException e) {
            throw new UnkgException("cannot write to " + target.getParent() + ": " + e.getMessage(), e);
        }
    }

    /** Adds triples; thread-safe. Encodes on the caller's thread. */
    public void accept(Collection<Triple> triples) {
        accept(NtLines.of(triples));
    }

    /** Adds encoded triples; thread-safe. */
    public synchronized void accept(NtLines lines) {
        for (int i = 0; i < lines.size(); i++) {
            byte[] l = lines.line(i);
            if (buffer.lines() >= chunkLines || !buffer.fits(l.length)) {
                spill();
            }
            buffer.add(l);
        }
        accepted += lines.triples();
    }

    /** Triples accepted so far, duplicates included. */
    public synchronized long accepted() {
        return accepted;
    }

    /** Distinct triples written; known after {@link #commit()}. */
    public long written() {
        return written;
    }

    private void spill() {
        if (buffer.isEmpty()) {
            return;
        }
        Path chunk = workDir.resolve("chunk-" + chunkNames++ + ".nt");
        try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(chunk), IO_BUFFER)) {
            buffer.writeSorted(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunks.add(chunk);
    }

    /**
     * Shows every distinct N-Triples line (UTF-8, no line break) to {@code sink} as the merge
     * writes it, in output (byte) order, on the thread that calls {@link #commit()}: a pass over
     * the output that costs no second parse (the build's VoID counts).
     */
    public synchronized void observeMerged(Consumer<byte[]> sink) {
        mergedLines = sink;
    }

    /** Merges, writes the target atomically. Returns the number of distinct triples. */
    public synchronized long commit() {
        if (committed) {
            return written;
        }
        spill();
        try {
            while (chunks.size() > MAX_FAN_IN) {
                List<Path> group = new ArrayList<>(chunks.subList(0, MAX_FAN_IN));
                chunks.subList(0, MAX_FAN_IN).clear();
                Path merged = workDir.resolve("chunk-" + chunkNames++ + ".nt");
                merge(group, merged, l -> { });
                for (Path c : group) {
                    Files.delete(c);
                }
                chunks.add(merged);
            }
            Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
            try {
                if (format == OutputFormat.NT || format == OutputFormat.NQ) {
                    written = merge(chunks, tmp, mergedLines);
                } else {
                    Path merged = workDir.resolve("merged.nt");
                    written = merge(chunks, merged, mergedLines);
                    try (OutputStream os = Files.newOutputStream(tmp)) {
                        writeFormatted(merged, os);
                    }
                }
                publishable(tmp);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UnkgException("cannot write " + target + ": " + e.getMessage(), e);
        }
        committed = true;
        return written;
    }

    /** Merges sorted chunks into one sorted file without duplicates, showing each line written to {@code seen}. */
    private static long merge(List<Path> chunks, Path merged, Consumer<byte[]> seen) throws IOException {
        record Head(byte[] line, ChunkReader r) { }
        PriorityQueue<Head> pq = new PriorityQueue<>((a, b) -> NtLines.ORDER.compare(a.line(), b.line()));
        List<ChunkReader> readers = new ArrayList<>();
        long n = 0;
        try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(merged), IO_BUFFER)) {
            for (Path c : chunks) {
                ChunkReader r = new ChunkReader(Files.newInputStream(c), IO_BUFFER);
                readers.add(r);
                byte[] l = r.next();
                if (l != null) {
                    pq.add(new Head(l, r));
                }
            }
            byte[] prev = null;
            while (!pq.isEmpty()) {
                Head h = pq.poll();
                if (prev == null || !Arrays.equals(h.line(), prev)) {
                    w.write(h.line());
                    w.write('\n');
                    seen.accept(h.line());
                    n++;
                    prev = h.line();
                }
                byte[] l = h.r().next();
                if (l != null) {
                    pq.add(new Head(l, h.r()));
                }
            }
        } finally {
            for (ChunkReader r : readers) {
                r.close();
            }
        }
        return n;
    }

    private void writeFormatted(Path merged, OutputStream os) throws IOException {
        switch (format) {
            case NT, NQ -> Files.copy(merged, os); // not reached: commit merges these into the target
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
