package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.UnkgException;

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
    void refusesToReplaceAFolderThatIsNotAStore() throws Exception {
        Path graph = ServeFixture.write(dir);
        Path notTdb = dir.resolve("documents");
        Files.createDirectories(notTdb);
        Files.writeString(notTdb.resolve("thesis.txt"), "precious");
        assertThrows(UnkgException.class, () -> Stores.tdbFrom(graph, notTdb));
        assertTrue(Files.exists(notTdb.resolve("thesis.txt")));
    }
}
