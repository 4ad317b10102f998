package org.unkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.UnkgException;
import org.unkg.rdf.Iris;
import org.unkg.rdf.UNKG;

/**
 * Opens what the server and the query command read: graph files in memory, or a TDB2 store,
 * (re)loaded from a graph file when the store is missing or older than the file.
 *
 * <pre>{@code
 * Dataset ds = Stores.tdbFrom(Path.of("output/graph.ttl"), Path.of("output/tdb"));
 * }</pre>
 */
public final class Stores {
    private static final Logger LOG = LoggerFactory.getLogger(Stores.class);
    /** Written into a store after a complete load; its time is the store's age. */
    static final String MARKER = "unkg-loaded.txt";
    /**
     * What a load adds beside the graph's triples (the {@link DerivedFacts}, the text index, the
     * optimizer's statistics, the VoID description), as a line of the marker. Raised whenever one
     * of them changes, so that a store loaded by an older version is reloaded rather than served
     * without the facts the canned queries now read (04 and 10 read ranks that a store loaded
     * before 2026-11-24 14:00 lacks, and would answer with no rows). 2: unkg:symbolRank and
     * unkg:stateMentionRank. 3: unkg:sessionSymbolRank (01 reads it). 4: the {@link OperativeIndex} (06 reads it).
     */
    static final String FORMAT = "format 4";
    /** The VoID description of the loaded graph, written into the store by the load. */
    static final String VOID = "unkg-void.ttl";

    private Stores() {
    }

    /**
     * Graph files (any RDF syntax, by extension) in one in-memory transactional dataset, with the
     * statistics a TDB2 load derives from the whole graph ({@link DerivedFacts}).
     */
    public static Dataset memory(List<Path> files) {
        Dataset ds = DatasetFactory.createTxnMem();
        TextCandidates.ensure(ds.asDatasetGraph());
        Txn.executeWrite(ds, () -> {
            // the parse feeds the statistics too, as a TDB2 load's does: no second walk of the graph
            DerivedFacts.Collector collector = new DerivedFacts.Collector();
            StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.dataset(ds.asDatasetGraph())) {
                @Override
                public void triple(Triple triple) {
                    super.triple(triple);
                    collector.triple(triple);
                }

                @Override
                public void quad(Quad quad) {
                    super.quad(quad);
                    collector.quad(quad);
                }
            };
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new UnkgException(f + ": no such file");
                }
                RDFParser.source(f).parse(sink);
            }
            collector.addTo(ds.asDatasetGraph().getDefaultGraph());
        });
        return ds;
    }

    /** An existing TDB2 store. */
    public static Dataset tdb(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UnkgException(dir + ": no such TDB2 store");
        }
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        TextCandidates.register(ds.asDatasetGraph(), dir);
        if (!StoreStats.present(ds.asDatasetGraph())) {
            LOG.warn("{} has no {} (loaded by an older version): queries use TDB2's fixed pattern order;"
                    + " 'unkg load' again gives the optimizer its statistics", dir, StoreStats.FILE);
        }
        Path marker = dir.resolve(MARKER);
        try {
            if (Files.exists(marker) && !currentFormat(marker)) {
                LOG.warn("{} was loaded by an older version, without the facts some canned queries read"
                        + " (they may answer with no rows): 'unkg load' again adds them", dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ds;
    }

    /**
     * Whether the store must be (re)loaded from the graph file: it has no marker of a complete
     * load, is older than the graph, or was loaded by a version that derived other facts
     * ({@link #FORMAT}).
     */
    public static boolean stale(Path graph, Path dir) throws IOException {
        Path marker = dir.resolve(MARKER);
        return !Files.exists(marker)
                || Files.getLastModifiedTime(marker).compareTo(Files.getLastModifiedTime(graph)) < 0
                || !currentFormat(marker);
    }

    /** Whether a load marker names the current {@link #FORMAT}. */
    private static boolean currentFormat(Path marker) throws IOException {
        return Files.readAllLines(marker, StandardCharsets.UTF_8).contains(FORMAT);
    }

    /**
     * {@link #tdbFrom} (a bulk load when the store is missing or older than the graph), then the
     * number of triples in the store, those of the graph apart from those the load derived; the
     * store is closed again.
     */
    public static Loaded loadedTriples(Path graph, Path dir, Iris iris) {
        Dataset ds = tdbFrom(graph, dir, iris);
        try {
            return ds.calculateRead(() -> {
                long all = ds.getDefaultModel().size();
                long derived = DerivedFacts.countIn(ds.asDatasetGraph().getDefaultGraph());
                return new Loaded(all - derived, derived);
            });
        } finally {
            ds.close();
        }
    }

    /** A store's triples: those of the graph file, and those the load derived ({@link DerivedFacts}). */
    public record Loaded(long graph, long derived) {
    }

    /** Marks a store as out of date, so that the next {@link #tdbFrom} reloads it. */
    public static void forget(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(MARKER));
    }

    /** The TDB2 store in {@code dir}, bulk-loaded from {@code graph} first if missing or older. */
    public static Dataset tdbFrom(Path graph, Path dir) {
        return tdbFrom(graph, dir, Iris.defaults());
    }

    /**
     * The TDB2 store in {@code dir}, bulk-loaded from {@code graph} first if missing or older;
     * a load also stores the graph's VoID description (for the base of {@code iris}) in the
     * store folder, so that a server on the store starts without scanning it
     * ({@link #storedVoid}), and the statistics of the query optimizer.
     */
    public static Dataset tdbFrom(Path graph, Path dir, Iris iris) {
        return tdbFrom(graph, dir, iris, List.of());
    }

    /**
     * {@link #tdbFrom(Path, Path, Iris)}, with {@code more} steps fed by the same parse when the
     * store is (re)loaded (and not run when it is reused).
     */
    public static Dataset tdbFrom(Path graph, Path dir, Iris iris, List<LoadStep> more) {
        try {
            if (!Files.isRegularFile(graph)) {
                throw new UnkgException(graph + ": no such graph file");
            }
            if (stale(graph, dir)) {
                clear(dir);
                Files.createDirectories(dir);
                DatasetGraph dsg = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
                List<LoadStep> steps = new ArrayList<>();
                steps.add(voidStep(graph, iris));
                steps.add(StoreStats.step());
                steps.add(textStep(dir));
                steps.add(OperativeIndex.step());
                steps.addAll(more);
                long n = new TdbLoad(steps).run(graph, dsg, dir);
                Files.writeString(dir.resolve(MARKER), graph.toAbsolutePath() + "\n" + FORMAT + "\n",
                        StandardCharsets.UTF_8);
                LOG.info("loaded {} triples from {} into {}", n, graph, dir);
                // reopened, so that TDB2 reads the statistics just written
                TDBInternal.expel(dsg);
            }
            Dataset ds = TDB2Factory.connectDataset(dir.toString());
            TextCandidates.register(ds.asDatasetGraph(), dir);
            return ds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The VoID description a load stored in the store folder, when there is one for this base;
     * null otherwise (a store loaded by an older version, or by another tool).
     */
    public static Model storedVoid(Path dir, Iris iris) {
        return describing(dir.resolve(VOID), iris);
    }

    /** Whether a load stored a VoID description in the store folder (not whether it fits a base: {@link #storedVoid}). */
    public static boolean hasStoredVoid(Path dir) {
        return Files.isRegularFile(dir.resolve(VOID));
    }

    /** The VoID description in {@code file} when it exists, parses and describes the dataset of this base; else null. */
    public static Model describing(Path file, Iris iris) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Model m = RDFDataMgr.loadModel(file.toString());
            return m.contains(m.createResource(new VoidWriter(iris).datasetIri()), null) ? m : null;
        } catch (RuntimeException e) {
            LOG.warn("{}: unreadable VoID description, ignored ({})", file, e.getMessage());
            return null;
        }
    }

    /**
     * The step that stores the graph's VoID description in the store: the one {@code unkg build}
     * wrote beside the graph when it is not older than the graph and has this base, else the one
     * counted during the load's parse (as {@link VoidWriter#write(Path, Path)} counts it).
     */
    private static LoadStep voidStep(Path graph, Iris iris) throws IOException {
        Path beside = graph.toAbsolutePath().resolveSibling("void.ttl");
        boolean current = Files.isRegularFile(beside)
                && Files.getLastModifiedTime(beside).compareTo(Files.getLastModifiedTime(graph)) >= 0
                && describing(beside, iris) != null;
        VoidWriter writer = new VoidWriter(iris);
        VoidWriter.Counter counter = current ? null : writer.counter();
        return new LoadStep() {
            @Override
            public StreamRDF sink() {
                return current ? StreamRDFLib.sinkNull() : counter;
            }

            @Override
            public void finish(DatasetGraph dsg, Path storeDir) throws IOException {
                if (current) {
                    Files.copy(beside, storeDir.resolve(VOID), StandardCopyOption.REPLACE_EXISTING);
                } else {
                    writer.write(counter.describe(graph), storeDir.resolve(VOID));
                }
            }
        };
    }

    /**
     * The step that writes the store's {@link TextIndex} of titles, paragraph texts and verb forms
     * (what {@code queries/09-topic-timeline.rq} and {@code 06-operative-paragraphs-by-verb.rq}
     * look in through {@link TextCandidates}).
     */
    private static LoadStep textStep(Path dir) throws IOException {
        return new TextIndexWriter(List.of(DCTerms.title.asNode(), UNKG.text.asNode(), UNKG.verbForm.asNode()), dir);
    }

    /** Empties a store folder; refuses a folder that does not look like a TDB2 store. */
    private static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> entries = s.toList();
            boolean tdb = entries.stream().allMatch(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("Data-") || n.equals("tdb.lock") || n.equals(MARKER) || n.equals(VOID) || n.startsWith("Backups")
                        || n.startsWith(TextIndex.FILE) || n.startsWith(OperativeIndex.FILE);
            });
            if (!tdb) {
                throw new UnkgException(dir + " is not a TDB2 store; refusing to replace it");
            }
        }
        TDBInternal.expel(TDB2Factory.connectDataset(dir.toString()).asDatasetGraph(), true);
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
