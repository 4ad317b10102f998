package org.unkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.tdb2.TDB2Factory;
import org.unkg.rdf.Iris;
import org.unkg.serve.Stores;
import org.unkg.serve.UnkgServer;

/**
 * Child JVM: opens an existing TDB2 store, starts the project's server ({@link UnkgServer},
 * embedded Fuseki) on 127.0.0.1 and a free port as {@code unkg serve --tdb DIR} does, prints the
 * port and how long opening and starting took, and serves until its standard input closes.
 * The VoID description is the one the load stored in the store folder ({@code --void stored},
 * the default, as {@code unkg serve --tdb} does; computed from the store when there is none) or
 * always computed from the store ({@code --void computed}, to show what that scan costs).
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
        Model stored = "computed".equals(p.get("void", "stored")) ? null
                : Stores.storedVoid(Path.of(p.get("loc")), Iris.defaults());
        b.description(stored);
        FusekiServer server = b.build();
        server.start();
        long t2 = System.nanoTime();
        JsonObject o = new JsonObject();
        o.put("port", server.getPort());
        o.put("voidDescription", stored != null ? "stored by the load" : "computed from the store");
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
