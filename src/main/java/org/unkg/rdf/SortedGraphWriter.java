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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * threads: a build's workers encode their own documents; sorting a full buffer and spilling it
 * is left to one spill thread of the writer's, while the callers fill a second buffer.
 *
 * <pre>{@code
 * try (SortedGraphWriter w = new SortedGraphWriter(Path.of("output/graph.ttl"), OutputFormat.TTL, Prefixes.standard(base))) {
 *     w.accept(triples);
 * }
 * }</pre>
 */
public final class SortedGraphWriter implements AutoCloseable {
    /**
     * Heap held by buffered lines, the writer's memory bound: two arenas of half this each, one
     * filling while the other is sorted and spilled as a chunk on the writer's spill thread.
     */
    static final long DEFAULT_CHUNK_BYTES = 64L << 20;
    private static final int IO_BUFFER = 1 << 16;
    /**
     * Chunks merged at once: each open chunk holds a read buffer, so without a cap the merge's
     * memory would grow with the corpus (about 550 chunks, 35 MB of buffers, for 90 M triples).
     * Every this many spilled chunks are merged into one while the build goes on (on the merge
     * thread, with one more set of read buffers); more than this left at commit are merged in
     * groups first.
     */
    static final int MAX_FAN_IN = 128;

    private final Path target;
    private final OutputFormat format;
    private final Map<String, String> prefixes;
    private final int chunkLines;
    private final Path workDir;
    /** Spilled chunks not merged yet, and chunks merged from groups of them; guarded by {@link #chunkLock}. */
    private final List<Path> chunks = new ArrayList<>();
    private final List<Path> merged = new ArrayList<>();
    private final List<Future<?>> merges = new ArrayList<>();
    private final Object chunkLock = new Object();
    /** Merges groups of {@link #MAX_FAN_IN} spilled chunks while the build goes on, so commit's merge takes one pass. */
    private ExecutorService merger;
    /** Two arenas of half the chunk bytes each: one filled by {@link #accept} while the other is sorted and spilled. */
    private final LineArena[] arenas;
    private LineArena buffer;
    /** The spill of the other arena, running on {@link #spiller}, or null. */
    private Future<?> pending;
    private ExecutorService spiller;
    private long accepted;
    private long written = -1;
    private boolean committed;
    private final AtomicInteger chunkNames = new AtomicInteger();
    private static final Consumer<byte[]> NO_OBSERVER = l -> { };
    private Consumer<byte[]> mergedLines = NO_OBSERVER;
    /**
     * From this many bytes of chunks on, commit's merge is done in two halves at once ({@link SplitMerge}):
     * on a machine of two cores or more, the merge is otherwise the one thread left running.
     */
    private long splitMergeBytes = Runtime.getRuntime().availableProcessors() > 1 ? 16L << 20 : Long.MAX_VALUE;

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
        int half = (int) Math.min(Math.max(1, chunkBytes / 2), Integer.MAX_VALUE - 16);
        this.arenas = new LineArena[] {new LineArena(half), new LineArena(half)};
        this.buffer = arenas[0];
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
        byte[] b = lines.bytes();
        for (int i = 0; i < lines.size(); i++) {
            int len = lines.length(i);
            if (buffer.lines() >= chunkLines || !buffer.fits(len)) {
                spill();
            }
            buffer.add(b, lines.offset(i), len);
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

    /**
     * Hands the full arena to the spill thread (it sorts it and writes it as the next chunk) and
     * goes on filling the other one, once that one's own spill is done: sorting is off the
     * callers' path, and at most two half-size arenas are held (the same bound as one chunk).
     */
    private void spill() {
        if (buffer.isEmpty()) {
            return;
        }
        awaitSpill();
        LineArena full = buffer;
        Path chunk = newChunk();
        buffer = full == arenas[0] ? arenas[1] : arenas[0];
        if (spiller == null) {
            spiller = daemon("unkg-sort-spill");
        }
        pending = spiller.submit(() -> {
            try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(chunk), IO_BUFFER)) {
                full.writeSorted(w);
            }
            spilled(chunk);
            return null;
        });
    }

    private Path newChunk() {
        return workDir.resolve("chunk-" + chunkNames.getAndIncrement() + ".nt");
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Files a written chunk; once {@link #MAX_FAN_IN} wait, hands them to the merge thread as one
     * group (merged chunks are not merged again before commit, so each line is rewritten at most
     * once before the final merge).
     */
    private void spilled(Path chunk) {
        synchronized (chunkLock) {
            chunks.add(chunk);
            if (chunks.size() < MAX_FAN_IN) {
                return;
            }
            List<Path> group = new ArrayList<>(chunks);
            chunks.clear();
            if (merger == null) {
                merger = daemon("unkg-sort-merge");
            }
            merges.add(merger.submit(() -> {
                Path out = newChunk();
                merge(group, out);
                for (Path c : group) {
                    Files.delete(c);
                }
                synchronized (chunkLock) {
                    merged.add(out);
                }
                return null;
            }));
        }
    }

    /** Waits for the group merges started during the build; their failures are this writer's. */
    private void awaitMerges() {
        List<Future<?>> fs;
        synchronized (chunkLock) {
            fs = new ArrayList<>(merges);
            merges.clear();
        }
        for (Future<?> f : fs) {
            await(f);
        }
    }

    /** Waits for the running spill, if any; its failure is this writer's. */
    private void awaitSpill() {
        if (pending == null) {
            return;
        }
        try {
            await(pending);
        } finally {
            pending = null;
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnkgException("interrupted while sorting the output");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new UnkgException("cannot sort the output: " + c, c);
        }
    }

    private void stopSpiller() {
        if (spiller != null) {
            spiller.shutdownNow();
            spiller = null;
        }
    }

    /** Stops the merge thread and waits until it no longer writes in the work folder. */
    private void stopMerger() {
        ExecutorService m;
        synchronized (chunkLock) {
            m = merger;
            merger = null;
        }
        if (m != null) {
            m.shutdownNow();
            try {
                m.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Shows every distinct N-Triples line (UTF-8, no line break) to {@code sink} as the merge
     * writes it, in output (byte) order, on the thread that calls {@link #commit()}: a pass over
     * the output that costs no second parse (the build's VoID counts).
     */
    public synchronized void observeMerged(Consumer<byte[]> sink) {
        mergedLines = sink;
    }

    /** Sets the size from which commit merges in two halves at once (tests: to take that path with little data). */
    synchronized void splitMergeFrom(long bytes) {
        splitMergeBytes = bytes;
    }

    private static void awaitTermination(ExecutorService e) {
        try {
            e.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    /** Merges, writes the target atomically. Returns the number of distinct triples. */
    public synchronized long commit() {
        if (committed) {
            return written;
        }
        spill();
        awaitSpill();
        stopSpiller();
        awaitMerges();
        stopMerger();
        List<Path> all;
        synchronized (chunkLock) {
            all = new ArrayList<>(chunks); // unmerged ones first: merged ones are rewritten only if need be
            all.addAll(merged);
        }
        try {
            while (all.size() > MAX_FAN_IN) {
                List<Path> group = new ArrayList<>(all.subList(0, MAX_FAN_IN));
                all.subList(0, MAX_FAN_IN).clear();
                Path out = newChunk();
                merge(group, out);
                for (Path c : group) {
                    Files.delete(c);
                }
                all.add(out);
            }
            Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
            ExecutorService side = daemon("unkg-sort-merge-upper");
            try {
                if (format == OutputFormat.NT || format == OutputFormat.NQ) {
                    written = SplitMerge.merge(all, tmp, mergedLines, mergedLines != NO_OBSERVER, side,
                            workDir.resolve("upper.nt"), splitMergeBytes);
                } else {
                    Path mergedNt = workDir.resolve("merged.nt");
                    written = SplitMerge.merge(all, mergedNt, mergedLines, mergedLines != NO_OBSERVER, side,
                            workDir.resolve("upper.nt"), splitMergeBytes);
                    try (OutputStream os = Files.newOutputStream(tmp)) {
                        writeFormatted(mergedNt, os);
                    }
                }
                publishable(tmp);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                side.shutdownNow();
                awaitTermination(side);
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UnkgException("cannot write " + target + ": " + e.getMessage(), e);
        }
        committed = true;
        return written;
    }

    /** Merges sorted chunks into one sorted file without duplicates. */
    private static long merge(List<Path> chunks, Path merged) throws IOException {
        List<ChunkReader> readers = new ArrayList<>();
        long n = 0;
        try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(merged), IO_BUFFER)) {
            for (Path c : chunks) {
                readers.add(new ChunkReader(Files.newInputStream(c), IO_BUFFER));
            }
            n = SplitMerge.merge(readers, w, null);
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
    public synchronized void close() {
        try {
            awaitSpill();
        } catch (RuntimeException e) {
            // the chunk is removed with the rest; a failure that mattered was thrown by accept or commit
        } finally {
            stopSpiller();
            stopMerger();
        }
        try (var s = Files.walk(workDir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
