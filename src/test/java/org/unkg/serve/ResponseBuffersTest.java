package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector keeps its response buffers: Fuseki's output buffer (megabytes, so a late error
 * still gets its status) is taken from the pool again by the next response instead of being
 * allocated and zeroed for every one, and the connector still listens on loopback only.
 */
class ResponseBuffersTest {
    @TempDir
    Path dir;

    @Test
    void responseBuffersAreReusedAndTheConnectorStaysOnLoopback() throws Exception {
        FusekiServer server = UnkgServer.create().dataset(ServeFixture.dataset(dir)).port(0).build();
        server.start();
        try {
            Connector[] connectors = server.getJettyServer().getConnectors();
            assertEquals(1, connectors.length, Arrays.toString(connectors));
            ServerConnector sc = (ServerConnector) connectors[0];
            assertEquals("127.0.0.1", sc.getHost());
            int size = sc.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().getOutputBufferSize();
            assertTrue(size >= 1024 * 1024, "Fuseki's output buffer is kept: " + size);
            ArrayByteBufferPool pool = (ArrayByteBufferPool) sc.getByteBufferPool();
            String ask = "http://127.0.0.1:" + server.getPort() + "/unkg/sparql?query="
                    + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> r = ServerTest.send(HttpRequest.newBuilder(URI.create(ask))
                        .header("Accept", "application/sparql-results+json"));
                assertEquals(200, r.statusCode());
                assertTrue(r.body().contains("true"), r.body());
            }
            long held = pool.getDirectMemory() + pool.getHeapMemory();
            assertTrue(held >= size, "the pool holds the output buffer for the next response: " + held + " < " + size);
        } finally {
            server.stop();
        }
    }
}
