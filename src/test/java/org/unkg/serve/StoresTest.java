package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.UnkgException;
import org.unkg.rdf.Iris;
import org.unkg.rdf.UNKG;

/** A TDB2 store is loaded from the graph file when missing or older, and reused otherwise. */
class StoresTest {
    @TempDir
    Path dir;

    private static long size(Dataset ds) {
        return Txn.calculateRead(ds, () -> ds.getDefaultModel().size());
    }

    @Test
    void loadsReusesAndReloads() throws Exception {
        Path graph = ServeFixture.write(dir);
        Path tdb = dir.resolve("tdb");
        Dataset ds = Stores.tdbFrom(graph, tdb);
        long n = size(ds);
        assertTrue(n > 100);
        assertEquals(n, size(Stores.memory(java.util.List.of(graph))));
        assertFalse(Stores.stale(graph, tdb));
        TDBInternal.expel(ds.asDatasetGraph());
        // a newer graph with fewer triples: the store is rebuilt, not appended to
        Files.writeString(graph, "<http://example.org/s> <http://example.org/p> \"o\" .\n");
        Files.setLastModifiedTime(graph, FileTime.from(Instant.now().plusSeconds(60)));
        assertTrue(Stores.stale(graph, tdb));
        Dataset again = Stores.tdbFrom(graph, tdb);
        assertEquals(1, size(again));
        TDBInternal.expel(again.asDatasetGraph());
    }

    @Test
    void aStoreLoadedByAnOlderVersionIsReloadedWithTheFactsTheQueriesRead() throws Exception {
        Path graph = ServeFixture.write(dir);
        Path tdb = dir.resolve("tdb");
        Dataset ds = Stores.tdbFrom(graph, tdb);
        long n = size(ds);
        TDBInternal.expel(ds.asDatasetGraph());
        Path marker = tdb.resolve(Stores.MARKER);
        assertTrue(Files.readAllLines(marker).contains(Stores.FORMAT));
        // the marker as a version before the format line wrote it: newer than the graph, no format
        Files.writeString(marker, graph.toAbsolutePath() + "\n");
        Files.setLastModifiedTime(marker, FileTime.from(Instant.now().plusSeconds(60)));
        assertTrue(Stores.stale(graph, tdb));
        // wipe the derived facts, as an older load would not have made the new ones
        Dataset old = TDB2Factory.connectDataset(tdb.toString());
        Txn.executeWrite(old, () -> old.getDefaultModel().removeAll(null, UNKG.symbolRank, null));
        assertTrue(size(old) < n, "the fixture has symbol ranks to lose");
        TDBInternal.expel(old.asDatasetGraph());
        Dataset again = Stores.tdbFrom(graph, tdb);
        assertEquals(n, size(again));
        assertFalse(Stores.stale(graph, tdb));
        TDBInternal.expel(again.asDatasetGraph());
    }

    @Test
    void theLoadStoresTheVoidDescriptionSoAServerNeedNotScanTheStore() throws Exception {
        Path graph = ServeFixture.write(dir);
        Path tdb = dir.resolve("tdb");
        Dataset ds = Stores.tdbFrom(graph, tdb, Iris.defaults());
        long n = size(ds);
        Model stored = Stores.storedVoid(tdb, Iris.defaults());
        assertNotNull(stored, "a load writes the VoID description into the store folder");
        Resource dataset = stored.createResource(new VoidWriter(Iris.defaults()).datasetIri());
        long derived = Txn.calculateRead(ds, () -> DerivedFacts.derive(ds.asDatasetGraph().getDefaultGraph()).size());
        assertTrue(derived > 0, "the fixture gives derived statistics");
        // the description is the graph file's (the dump's): the store holds the derived statistics besides
        assertEquals(n - derived, stored.getRequiredProperty(dataset, VOID.triples).getLong(),
                "void:triples counts the graph file, the store less the triples derived at load");
        assertNull(Stores.storedVoid(tdb, new Iris("http://example.org/other/")), "another base: not this description");
        TDBInternal.expel(ds.asDatasetGraph());
        // a reload replaces the store and its description (the folder holds only store files, so it may be cleared)
        Files.writeString(graph, "<http://example.org/s> <http://example.org/p> \"o\" .\n");
        Files.setLastModifiedTime(graph, FileTime.from(Instant.now().plusSeconds(60)));
        Dataset again = Stores.tdbFrom(graph, tdb, Iris.defaults());
        Model after = Stores.storedVoid(tdb, Iris.defaults());
        assertEquals(1, after.getRequiredProperty(dataset, VOID.triples).getLong());
        TDBInternal.expel(again.asDatasetGraph());
    }

    @Test
    void refusesToReplaceAFolderThatIsNotAStore() throws Exception {
        Path graph = ServeFixture.write(dir);
        Path notTdb = dir.resolve("documents");
        Files.createDirectories(notTdb);
        Files.writeString(notTdb.resolve("thesis.txt"), "precious");
        assertThrows(UnkgException.class, () -> Stores.tdbFrom(graph, notTdb));
        assertTrue(Files.exists(notTdb.resolve("thesis.txt")));
    }
}
