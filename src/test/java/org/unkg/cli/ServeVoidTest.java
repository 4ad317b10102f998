package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.rdf.Iris;
import org.unkg.serve.VoidWriter;

/** serve reuses the VoID the build wrote instead of reading the whole graph at start-up. */
class ServeVoidTest {
    @TempDir
    Path dir;

    @Test
    void reusesAFreshDescriptionForTheSameBaseOnly() throws Exception {
        Path graph = dir.resolve("graph.ttl");
        Files.writeString(graph, "<https://w3id.org/unkg/doc/A/RES/1/1> <http://purl.org/dc/terms/identifier> \"A/RES/1/1\" .\n");
        Path voidFile = dir.resolve("void.ttl");
        new VoidWriter(Iris.defaults()).write(graph, voidFile);
        Files.setLastModifiedTime(graph, FileTime.from(Instant.now().minusSeconds(60)));
        assertNotNull(ServeCommand.prebuiltVoid(graph, Iris.DEFAULT_BASE));
        assertNull(ServeCommand.prebuiltVoid(graph, "http://example.org/other/"), "another base: recompute");
        Files.setLastModifiedTime(graph, FileTime.from(Instant.now().plusSeconds(60)));
        assertNull(ServeCommand.prebuiltVoid(graph, Iris.DEFAULT_BASE), "graph newer than its VoID: recompute");
        assertNull(ServeCommand.prebuiltVoid(null, Iris.DEFAULT_BASE));
    }
}
