package org.unkg.bench;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Child JVM: loads an N-Triples file into a new TDB2 store the way the project does (the
 * project has no loader command of its own yet, so this is jena-tdb2's {@link LoaderFactory},
 * parallel loader by default, {@code --loader phased|sequential|basic} to compare), and prints
 * the time, the triples loaded and the memory marks.
 */
public final class LoadProbe {
    private LoadProbe() {
    }

    public static void main(String[] argv) {
        Probe p = new Probe(argv);
        MemoryWatch mem = MemoryWatch.start();
        String kind = p.get("loader", "parallel");
        long t0 = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Path.of(p.get("loc")).toString());
        MonitorOutput quiet = (fmt, args) -> { };
        DataLoader loader = switch (kind) {
            case "phased" -> LoaderFactory.phasedLoader(dsg, quiet);
            case "sequential" -> LoaderFactory.sequentialLoader(dsg, quiet);
            case "basic" -> LoaderFactory.basicLoader(dsg, quiet);
            default -> LoaderFactory.parallelLoader(dsg, quiet);
        };
        loader.startBulk();
        try {
            loader.load(List.of(p.get("file")));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        JsonObject o = new JsonObject();
        o.put("loader", kind);
        o.put("triples", loader.countTriples());
        o.put("seconds", Probe.num(seconds));
        o.put("memory", mem.report());
        Probe.emit(o);
    }
}
