package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.rdf.Iris;
import org.unkg.serve.Stores;
import org.unkg.serve.UnkgServer;
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

    @Test
    void aStoredDescriptionIsReadAtItsFirstRequestNotAtStart() throws Exception {
        Path graph = dir.resolve("graph.ttl");
        Files.writeString(graph, "<https://w3id.org/unkg/doc/A/RES/1/1> <http://purl.org/dc/terms/identifier> \"A/RES/1/1\" .\n");
        assertNull(ServeCommand.storedDescription(graph, dir.resolve("no-store"), Iris.DEFAULT_BASE),
                "nothing stored: the server computes the description at start");
        Dataset ds = Stores.memory(List.of(graph));
        Model marked = ModelFactory.createDefaultModel();
        marked.add(marked.createResource("urn:x:read-lazily"), marked.createProperty("urn:x:p"), "yes");
        AtomicInteger reads = new AtomicInteger();
        FusekiServer s = UnkgServer.create().dataset(ds).port(0).descriptionSource(() -> {
            reads.incrementAndGet();
            return marked;
        }).build();
        s.start();
        try {
            assertEquals(0, reads.get(), "not read at start");
            assertTrue(voidOf(s).contains("urn:x:read-lazily"));
            assertTrue(voidOf(s).contains("urn:x:read-lazily"));
            assertEquals(1, reads.get(), "read once");
        } finally {
            s.stop();
        }
        FusekiServer t = UnkgServer.create().dataset(ds).port(0).descriptionSource(() -> null).build();
        t.start();
        try {
            String v = voidOf(t);
            assertTrue(v.contains(new VoidWriter(Iris.defaults()).datasetIri()), "unusable file: computed instead\n" + v);
        } finally {
            t.stop();
            ds.close();
        }
    }

    private static String voidOf(FusekiServer s) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + s.getPort() + "/.well-known/void")).header("Accept", "application/n-triples").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return r.body();
    }
}
