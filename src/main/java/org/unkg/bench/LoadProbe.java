package org.unkg.bench;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.unkg.serve.Stores;

/**
 * Child JVM: loads an N-Triples file into a new TDB2 store the way the project does
 * ({@link Stores#tdbFrom}, what {@code unkg serve --tdb} runs; or, with {@code --loader
 * parallel|phased|sequential|basic}, that loader of jena-tdb2 directly), and prints the time,
 * the quads in the store and the memory marks.
 */
public final class LoadProbe {
    private LoadProbe() {
    }

    public static void main(String[] argv) {
        Probe p = new Probe(argv);
        MemoryWatch mem = MemoryWatch.start();
        String kind = p.get("loader", "project");
        long t0 = System.nanoTime();
        if (kind.equals("project")) {
            Dataset ds = Stores.tdbFrom(Path.of(p.get("file")), Path.of(p.get("loc")));
            double seconds = (System.nanoTime() - t0) / 1e9;
            // the check that the store holds the graph scans it: timed apart, so that the stage can
            // leave it out of the wall-clock comparison with tdb2.tdbloader (which does no such scan)
            long t1 = System.nanoTime();
            long quads = Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
            ds.close();
            emit(kind, quads, seconds, (System.nanoTime() - t1) / 1e9, mem);
            return;
        }
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
        emit(kind, loader.countTriples(), (System.nanoTime() - t0) / 1e9, 0, mem);
    }

    private static void emit(String kind, long triples, double seconds, double checkSeconds, MemoryWatch mem) {
        JsonObject o = new JsonObject();
        o.put("loader", kind);
        o.put("triplesInStore", triples);
        o.put("seconds", Probe.num(seconds));
        o.put("checkSeconds", Probe.num(checkSeconds));
        o.put("memory", mem.report());
        Probe.emit(o);
    }
}
