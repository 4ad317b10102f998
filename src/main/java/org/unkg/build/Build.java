package org.unkg.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.unkg.InputException;
import org.unkg.UnkgException;
import org.unkg.ingest.DocumentReader;
import org.unkg.model.DocumentRecord;
import org.unkg.rdf.DocumentMapper;
import org.unkg.rdf.Iris;
import org.unkg.rdf.NtLines;
import org.unkg.rdf.OutputFormat;
import org.unkg.rdf.Prefixes;
import org.unkg.rdf.ReferenceTriples;
import org.unkg.rdf.SortedGraphWriter;
import org.unkg.reference.ReferenceData;

/**
 * One build: input files and folders in, one deterministic graph file out. Documents are read,
 * mapped and encoded as N-Triples lines in parallel (each a pure function of its bytes); memory
 * is bounded by the documents in flight, the sort chunk and one folder listing per level, never
 * by the corpus (files are walked one at a time, not listed up front). A file that cannot be read is reported and
 * skipped; nothing is written until the whole graph is, and then atomically.
 *
 * <pre>{@code
 * Build.Result r = Build.create().inputs(List.of(Path.of("corpus"))).output(Path.of("output/graph.ttl"))
 *     .readers(Readers.standard(ref)).reference(ref).build().run();
 * }</pre>
 */
public final class Build {
    private final List<Path> inputs;
    private final Path output;
    private final OutputFormat format;
    private final Iris iris;
    private final ReferenceData reference;
    private final List<DocumentReader> readers;
    private final int threads;
    private final Consumer<Event> listener;
    private final Consumer<byte[]> outputLines;

    /** Progress events: a file done (with its outcome) or the total known. */
    public record Event(Path file, int total, String error) {
    }

    /** What a build did. {@code skipped} holds one line per file that could not be built. */
    public record Result(int documents, long triples, List<String> skipped, double seconds, Path output) {
    }

    private Build(Builder b) {
        this.inputs = List.copyOf(b.inputs);
        this.output = b.output;
        this.format = b.format;
        this.iris = b.iris;
        this.reference = b.reference;
        this.readers = List.copyOf(b.readers);
        this.threads = b.threads;
        this.listener = b.listener;
        this.outputLines = b.outputLines;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Every readable file under the inputs that some reader accepts, in the order a build takes them. */
    public List<Path> files() {
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new UnkgException(in + ": no such file or folder");
            }
        }
        List<Path> out = new ArrayList<>();
        new FileWalk<>(inputs, this::readerOrNull).forEachRemaining(f -> out.add(f.file()));
        return out;
    }

    Optional<DocumentReader> reader(Path p) {
        return readers.stream().filter(r -> r.accepts(p)).findFirst();
    }

    private DocumentReader readerOrNull(Path p) {
        return reader(p).orElse(null);
    }

    public Result run() {
        long t0 = System.nanoTime();
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new UnkgException(in + ": no such file or folder");
            }
        }
        // the count (every file's head read once more) runs beside the build instead of before it;
        // file events wait in order until the total is known, so the listener sees it first as before
        ExecutorService counter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "unkg-count");
            t.setDaemon(true);
            return t;
        });
        Future<Integer> counted = counter.submit(() -> FileWalk.count(inputs, this::readerOrNull));
        counter.shutdown();
        Progress progress = new Progress(counted);
        DocumentMapper mapper = new DocumentMapper(iris, reference);
        List<String> skipped = new ArrayList<>();
        int docs = 0;
        long triples;
        try (SortedGraphWriter w = new SortedGraphWriter(output, format, Prefixes.standard(iris))) {
            w.observeMerged(outputLines);
            w.accept(ReferenceTriples.of(reference, iris));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            // each worker encodes into buffers of its own, reused from document to document
            ThreadLocal<NtLines.Encoder> encoders = ThreadLocal.withInitial(NtLines.Encoder::new);
            try {
                int window = Math.max(4, threads * 4);
                ArrayDeque<Future<NtLines>> inFlight = new ArrayDeque<>();
                ArrayDeque<Path> inFlightFiles = new ArrayDeque<>();
                FileWalk<DocumentReader> walk = new FileWalk<>(inputs, this::readerOrNull);
                boolean more = walk.hasNext();
                while (more || !inFlight.isEmpty()) {
                    if (more) {
                        FileWalk.Found<DocumentReader> f = walk.next();
                        inFlight.add(pool.submit(() -> NtLines.of(mapper.map(read(f)), encoders.get())));
                        inFlightFiles.add(f.file());
                        more = walk.hasNext();
                    }
                    while (!inFlight.isEmpty() && (inFlight.size() >= window || !more)) {
                        Path f = inFlightFiles.poll();
                        String err = null;
                        try {
                            w.accept(inFlight.poll().get());
                            docs++;
                        } catch (ExecutionException e) {
                            err = message(f, e.getCause());
                            skipped.add(err);
                        }
                        progress.file(f, err, false);
                    }
                }
                progress.file(null, null, true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnkgException("build interrupted");
            } finally {
                pool.shutdownNow();
                counter.shutdownNow();
            }
            int total = progress.total;
            if (docs == 0 && total > 0) {
                return new Result(0, 0, skipped, (System.nanoTime() - t0) / 1e9, null);
            }
            triples = w.commit();
        }
        return new Result(docs, triples, skipped, (System.nanoTime() - t0) / 1e9, output);
    }

    private static DocumentRecord read(FileWalk.Found<DocumentReader> f) {
        if (f.value() == null) {
            throw new InputException(f.file().toString(), null,
                    "no reader for this kind of file (expected .xml, .txt, .md or .pdf)");
        }
        return f.value().read(f.file());
    }

    /**
     * The listener's events in the order it has always seen them: the total first, then one per
     * file. Until the count running beside the build is done, file events wait here (a few
     * hundred small records at most: the count reads only the head of each file).
     */
    private final class Progress {
        private final Future<Integer> counted;
        private final ArrayDeque<Event> waiting = new ArrayDeque<>();
        private int total = -1;

        Progress(Future<Integer> counted) {
            this.counted = counted;
        }

        /** A file done ({@code file} null: none, only see whether the total is known); {@code last}: wait for the count. */
        void file(Path file, String err, boolean last) throws InterruptedException {
            if (total < 0 && (last || counted.isDone())) {
                try {
                    total = counted.get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    throw c instanceof RuntimeException re ? re : new UnkgException("cannot list the inputs: " + c, c);
                }
                listener.accept(new Event(null, total, null));
                for (Event w : waiting) {
                    listener.accept(new Event(w.file(), total, w.error()));
                }
                waiting.clear();
            }
            if (file == null) {
                return;
            }
            if (total < 0) {
                waiting.add(new Event(file, -1, err));
            } else {
                listener.accept(new Event(file, total, err));
            }
        }
    }

    private static String message(Path f, Throwable t) {
        if (t instanceof InputException ie) {
            return ie.getMessage();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return f + ": " + m.lines().findFirst().orElse(m);
    }

    /** Options of a build. */
    public static final class Builder {
        private final List<Path> inputs = new ArrayList<>();
        private Path output = Path.of("output", "graph.ttl");
        private OutputFormat format = OutputFormat.TTL;
        private Iris iris = Iris.defaults();
        private ReferenceData reference;
        private final List<DocumentReader> readers = new ArrayList<>();
        private int threads = Runtime.getRuntime().availableProcessors();
        private Consumer<Event> listener = e -> { };
        private Consumer<byte[]> outputLines = l -> { };

        public Builder inputs(List<Path> v) { inputs.addAll(v); return this; }
        public Builder output(Path v) { output = v; return this; }
        public Builder format(OutputFormat v) { format = v; return this; }
        public Builder base(String v) { iris = new Iris(v); return this; }
        public Builder reference(ReferenceData v) { reference = v; return this; }
        public Builder readers(List<DocumentReader> v) { readers.addAll(v); return this; }
        public Builder threads(int v) { threads = Math.max(1, v); return this; }
        public Builder listener(Consumer<Event> v) { listener = v; return this; }
        /** Sees each distinct N-Triples line of the output once, sorted, as it is written (see {@link SortedGraphWriter#observeMerged}). */
        public Builder outputLines(Consumer<byte[]> v) { outputLines = v; return this; }

        public Build build() {
            if (reference == null) {
                reference = ReferenceData.load();
            }
            return new Build(this);
        }
    }
}
