package org.unkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.unkg.serve.UnkgServer;

/**
 * Child JVM: opens an existing TDB2 store, starts the project's server ({@link UnkgServer},
 * embedded Fuseki) on 127.0.0.1 and a free port as {@code unkg serve --tdb DIR} does, prints the
 * port and how long opening and starting took, and serves until its standard input closes.
 * With {@code --void given} the server gets an (empty) VoID description instead of computing
 * one from the store, to show what that scan costs.
 */
public final class ServeProbe {
    private ServeProbe() {
    }

    public static void main(String[] argv) throws IOException {
        Probe p = new Probe(argv);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        Dataset ds = TDB2Factory.connectDataset(p.get("loc"));
        long t1 = System.nanoTime();
        UnkgServer b = UnkgServer.create().dataset(ds).host("127.0.0.1").port(0);
        if ("given".equals(p.get("void", "computed"))) {
            // what start costs when the VoID description is not computed from the store
            b.description(ModelFactory.createDefaultModel());
        }
        FusekiServer server = b.build();
        server.start();
        long t2 = System.nanoTime();
        JsonObject o = new JsonObject();
        o.put("port", server.getPort());
        o.put("openSeconds", Probe.num((t1 - t0) / 1e9));
        o.put("startSeconds", Probe.num((t2 - t1) / 1e9));
        o.put("sinceJvmStartSeconds", Probe.num((System.currentTimeMillis() - jvmStart) / 1e3));
        Probe.emit(o);
        try {
            while (System.in.read() >= 0) {
                // serve until the driver closes our stdin
            }
        } finally {
            server.stop();
            ds.close();
        }
    }
}
