package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.sse.Item;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.rdf.Iris;

/**
 * The load writes the VoID description and the optimizer statistics from its own parse: both must
 * be what the earlier way wrote, a second parse of the graph file ({@link VoidWriter#write(Path,
 * Path)}) and a scan of the loaded store's triple table ({@link StoreStats#write(DatasetGraph)}).
 */
class OnePassLoadTest {
    @TempDir
    Path dir;

    /** The entries of a stats.opt file (SSE), without the time it was written, sorted. */
    private static Set<String> statsEntries(Path file) throws IOException {
        Item stats = SSE.parseItem(Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(stats.isTagged("stats"), "a stats.opt file: " + stats);
        Set<String> entries = new TreeSet<>();
        for (Item e : stats.getList().cdr()) {
            if (e.isTagged("meta")) {
                for (Item m : e.getList().cdr()) {
                    if (m.isList() && m.getList().car().isSymbol("count")) {
                        entries.add(m.toString());
                    }
                }
            } else {
                entries.add(e.toString());
            }
        }
        return entries;
    }

    private static Path statsFile(DatasetGraph dsg) {
        return Path.of(TDBInternal.getDatasetGraphTDB(dsg).getLocation().getPath(StoreStats.FILE));
    }

    /** Loads {@code graph} the project's way, then checks its two by-products against the two-pass way. */
    private void assertOnePassEqualsTwoPasses(Path graph, int atLeastEntries) throws IOException {
        Path tdb = dir.resolve("tdb");
        Dataset ds = Stores.tdbFrom(graph, tdb, Iris.defaults());
        try {
            DatasetGraph dsg = ds.asDatasetGraph();
            Set<String> onePass = statsEntries(statsFile(dsg));
            long stored = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
            assertTrue(onePass.contains("(count " + stored + ")"), "count = triples of the default graph: " + onePass);
            assertTrue(onePass.size() >= atLeastEntries, "predicates and classes counted: " + onePass);
            StoreStats.write(dsg);
            assertEquals(statsEntries(statsFile(dsg)), onePass, "statistics counted by a scan of the store");

            Path secondParse = dir.resolve("void-second-parse.ttl");
            new VoidWriter(Iris.defaults()).write(graph, secondParse);
            assertEquals(Files.readString(secondParse, StandardCharsets.UTF_8),
                    Files.readString(tdb.resolve(Stores.VOID), StandardCharsets.UTF_8), "VoID of a second parse");
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void aBuiltGraphGetsTheStatisticsAndVoidOfTheScanAndTheSecondParse() throws IOException {
        // classes, properties, literals, links: the shape of what unkg build writes
        assertOnePassEqualsTwoPasses(ServeFixture.write(dir), 20);
    }

    @Test
    void namedGraphsBlankNodesAndOddTypesCountAsBefore() throws IOException {
        Path graph = dir.resolve("g.trig");
        Files.writeString(graph, String.join("\n",
                "@prefix ex: <http://example.org/> .",
                "@prefix owl: <http://www.w3.org/2002/07/owl#> .",
                "ex:a a ex:C , ex:D ; ex:p \"x\"@en , \"y\" ; owl:sameAs <http://www.wikidata.org/entity/Q1> .",
                "ex:b a ex:C ; ex:p [ ex:q 1 ] ; ex:r ex:a .",
                "_:n a \"literal class\" ; ex:p _:n .",
                "ex:g { ex:a ex:p \"only in a named graph\" . ex:z a ex:C . }",
                ""), StandardCharsets.UTF_8);
        assertOnePassEqualsTwoPasses(graph, 6);
    }

    @Test
    void aFileThatRepeatsTriplesGetsTheCountsOfTheStore() throws IOException {
        Path graph = dir.resolve("g.nt");
        String a = "<http://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/C> .\n";
        String b = "<http://example.org/a> <http://example.org/p> \"x\" .\n";
        Files.writeString(graph, a + b + a + b + b, StandardCharsets.UTF_8);
        assertOnePassEqualsTwoPasses(graph, 3);
    }

    @Test
    void aLoadLongerThanAProgressTickGoesThrough() throws IOException {
        // progress lines every 10 triples: the monitor must be started before its first tick
        Path graph = ServeFixture.write(dir);
        Path tdb = dir.resolve("tdb");
        Files.createDirectories(tdb);
        DatasetGraph dsg = TDB2Factory.connectDataset(tdb.toString()).asDatasetGraph();
        try {
            long n = new TdbLoad(List.of(StoreStats.step()), 10).run(graph, dsg, tdb);
            assertTrue(n > 100, "parsed " + n);
            assertEquals(n, (long) Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size()));
            assertTrue(Files.isRegularFile(statsFile(dsg)));
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void anAddedStepSeesEveryTripleOfTheParse() throws IOException {
        Path graph = ServeFixture.write(dir);
        List<String> seen = new ArrayList<>();
        List<Path> finishedIn = new ArrayList<>();
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                seen.add(t.toString());
            }
        };
        List<Triple> derived = new ArrayList<>();
        LoadStep step = new LoadStep() {
            @Override
            public StreamRDF sink() {
                return sink;
            }

            @Override
            public void derived(List<Triple> added) {
                derived.addAll(added);
            }

            @Override
            public void finish(DatasetGraph dsg, Path storeDir) {
                finishedIn.add(storeDir);
            }
        };
        Path tdb = dir.resolve("tdb");
        Dataset ds = Stores.tdbFrom(graph, tdb, Iris.defaults(), List.of(step));
        try {
            long stored = Txn.calculateRead(ds, () -> ds.asDatasetGraph().getDefaultGraph().size());
            // the store holds the parsed triples and, besides them, those derived from the whole graph
            assertTrue(derived.size() > 0, "the fixture's treaty, citations and language versions give derived triples");
            assertEquals(stored, seen.size() + derived.size());
            for (Triple t : derived) {
                assertTrue(Txn.calculateRead(ds, () -> ds.asDatasetGraph().getDefaultGraph().contains(t)), t::toString);
                assertFalse(seen.contains(t.toString()), "derived, not parsed: " + t);
            }
            assertEquals(List.of(tdb), finishedIn);
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
        // a store that is up to date is reused: no parse, the step does not run
        Dataset again = Stores.tdbFrom(graph, tdb, Iris.defaults(), List.of(step));
        TDBInternal.expel(again.asDatasetGraph());
        assertEquals(1, finishedIn.size());
    }
}
