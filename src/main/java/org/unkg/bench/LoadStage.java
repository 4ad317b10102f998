package org.unkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.atlas.json.JsonObject;

/**
 * TDB2 load of the built graph: the project's way ({@link LoadProbe}) beside Jena's own
 * command {@code tdb2.tdbloader} (from jena-cmds, default loader), each in a fresh JVM with the
 * same heap, rates compared on wall-clock time (JVM start included on both sides).
 */
final class LoadStage {
    private final BenchMain opt;
    private final Path dir;
    private final Child child;
    private final Consumer<String> say;

    LoadStage(BenchMain opt, Path dir, Child child, Consumer<String> say) {
        this.opt = opt;
        this.dir = dir;
        this.child = child;
        this.say = say;
    }

    JsonObject run(Path graph, long triples) throws Exception {
        JsonObject o = new JsonObject();
        o.put("file", graph.getFileName().toString());
        o.put("fileBytes", Files.size(graph));
        o.put("triples", triples);
        say.accept("TDB2 load of " + triples + " triples (project: " + opt.loader + " loader)");
        JsonObject p = child.run("load-project", LoadProbe.class.getName(), List.of(
                "--loc", dir.resolve("tdb-project").toString(), "--file", graph.toString(), "--loader", opt.loader));
        // wall clock without the probe's closing check (a scan counting the store's quads), which
        // tdb2.tdbloader does not do; JVM start, load, VoID and optimizer statistics stay counted
        double pw = p.get("wallSeconds").getAsNumber().value().doubleValue()
                - (p.hasKey("checkSeconds") ? p.get("checkSeconds").getAsNumber().value().doubleValue() : 0);
        p.put("wallSecondsWithoutCheck", Probe.num(pw));
        p.put("triplesPerSecondWall", Probe.num(triples / pw));
        p.put("triplesPerSecondInProcess", Probe.num(triples / p.get("seconds").getAsNumber().value().doubleValue()));
        o.put("project", p);
        if (opt.jenaCmds == null || !Files.isRegularFile(opt.jenaCmds)) {
            o.put("tdbloader", BenchMain.skipped("jena-cmds jar not found (--jena-cmds)"));
            return o;
        }
        say.accept("TDB2 load with tdb2.tdbloader");
        List<String> cmd = new ArrayList<>(child.command("tdb2.tdbloader", opt.jenaCmds.toString()));
        Path loc = dir.resolve("tdb-cmd");
        cmd.addAll(List.of("--loc", loc.toString(), graph.toString()));
        double w = child.time("load-tdbloader", cmd);
        Replicas.delete(loc);
        JsonObject t = new JsonObject();
        t.put("command", "tdb2.tdbloader (jena-cmds, default loader: phased)");
        t.put("wallSeconds", Probe.num(w));
        t.put("triplesPerSecondWall", Probe.num(triples / w));
        o.put("tdbloader", t);
        o.put("projectOverTdbloaderRate", Probe.num(w / pw));
        return o;
    }
}
