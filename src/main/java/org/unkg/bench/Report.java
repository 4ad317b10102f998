package org.unkg.bench;

import java.util.Locale;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** The short markdown table of a run's results (for the README), each figure beside its baseline and target. */
final class Report {
    private Report() {
    }

    static String markdown(JsonObject r) {
        StringBuilder b = new StringBuilder();
        b.append("| measure | value | baseline (same run) | ratio | target |\n");
        b.append("|---|---|---|---|---|\n");
        if (r.hasKey("xml")) {
            xml(b, r);
        }
        JsonObject t = r.get("text").getAsObject();
        if (t.hasKey("skipped")) {
            row(b, "text build 1x", "skipped: " + t.get("skipped").getAsString().value(), "", "", "≤ 3× floor");
        } else if (r.hasKey("textScales")) {
            for (JsonValue v : r.get("textScales").getAsArray()) {
                build(b, "text build " + num(v.getAsObject(), "scale") + "x", v.getAsObject());
            }
            if (r.hasKey("textMemory")) {
                JsonObject tm = r.get("textMemory").getAsObject();
                JsonArray ts = r.get("textScales").getAsArray();
                row(b, "text: peak RSS " + num(tm, "fromScale") + "x → " + num(tm, "toScale") + "x",
                        mb(memory(ts.get(ts.size() - 1)), "peakRssBytes") + " (" + mb(memory(ts.get(0)), "peakRssBytes")
                        + " at " + num(tm, "fromScale") + "x); live heap ratio " + f2(tm, "heapAfterGcMaxBytesRatio"), "",
                        f2(tm, "peakRssBytesRatio"), "flat (≈1.0)");
            }
        } else {
            build(b, "text build 1x", t);
        }
        JsonObject l = r.get("load").getAsObject();
        if (l.hasKey("skipped")) {
            row(b, "TDB2 load", "skipped", "", "", "≥ 0.8× tdbloader");
        } else {
            JsonObject p = l.get("project").getAsObject();
            JsonObject td = l.get("tdbloader").getAsObject();
            String base = td.hasKey("skipped") ? "skipped" : fmt("%,.0f triples/s (%.1f s)", d(td, "triplesPerSecondWall"), d(td, "wallSeconds"));
            row(b, "TDB2 load " + num(l, "triples") + " triples (" + p.get("loader").getAsString().value() + ")",
                    p.hasKey("wallSecondsWithoutCheck")
                            ? fmt("%,.0f triples/s (%.1f s; %.1f s with the closing count check)", d(p, "triplesPerSecondWall"),
                                    d(p, "wallSecondsWithoutCheck"), d(p, "wallSeconds"))
                            : fmt("%,.0f triples/s (%.1f s)", d(p, "triplesPerSecondWall"), d(p, "wallSeconds")),
                    "tdb2.tdbloader " + base,
                    l.hasKey("projectOverTdbloaderRate") ? f2(l, "projectOverTdbloaderRate") : "", "≥ 0.8×");
        }
        serve(b, r.get("serve").getAsObject());
        return b.toString();
    }

    private static void xml(StringBuilder b, JsonObject r) {
        for (JsonValue v : r.get("xml").getAsArray()) {
            build(b, "XML build " + num(v.getAsObject(), "scale") + "x", v.getAsObject());
        }
        JsonObject m = r.get("memory").getAsObject();
        JsonArray xml = r.get("xml").getAsArray();
        JsonObject lo = memory(xml.get(0));
        JsonObject hi = memory(xml.get(xml.size() - 1));
        row(b, "peak RSS " + num(m, "fromScale") + "x → " + num(m, "toScale") + "x",
                mb(hi, "peakRssBytes") + " (" + mb(lo, "peakRssBytes") + " at " + num(m, "fromScale") + "x)", "",
                f2(m, "peakRssBytesRatio"), "flat (≈1.0), " + buildFlags(r.get("config").getAsObject()));
        row(b, "live heap after GC, max (all pools: heap, Metaspace, code cache)", mb(hi, "heapAfterGcMaxBytes") + " ("
                + mb(lo, "heapAfterGcMaxBytes") + ")", "", f2(m, "heapAfterGcMaxBytesRatio"), "flat (≈1.0)");
        if (hi.hasKey("heapOnlyAfterGcMaxBytes") && lo.hasKey("heapOnlyAfterGcMaxBytes")) {
            row(b, "heap after an ordinary GC, max (heap pools only, old-generation garbage included)",
                    mb(hi, "heapOnlyAfterGcMaxBytes") + " (" + mb(lo, "heapOnlyAfterGcMaxBytes") + ")", "",
                    f2(m, "heapOnlyAfterGcMaxBytesRatio"), "");
        }
        if (hi.hasKey("liveAfterFullGcMaxBytes") && lo.hasKey("liveAfterFullGcMaxBytes")) {
            row(b, "live heap after a forced full GC, max", mb(hi, "liveAfterFullGcMaxBytes") + " ("
                    + mb(lo, "liveAfterFullGcMaxBytes") + "); " + num(m, "toScale") + "x: " + points(hi) + "; "
                    + num(m, "fromScale") + "x: " + points(lo), "", f2(m, "liveAfterFullGcMaxBytesRatio"), "flat (≈1.0)");
        }
    }

    /** The points where a build's live heap was sampled, with their MB. */
    private static String points(JsonObject memory) {
        JsonObject f = memory.get("liveAfterFullGcBytes").getAsObject();
        StringBuilder s = new StringBuilder();
        for (String k : f.keys()) {
            s.append(s.length() == 0 ? "" : ", ").append(k).append(' ').append(mb(f, k));
        }
        return s.toString();
    }

    private static void build(StringBuilder b, String what, JsonObject s) {
        JsonObject bl = s.get("build").getAsObject();
        JsonObject fl = s.get("floor").getAsObject();
        row(b, what + " (" + num(s, "files") + " files, " + num(bl, "triples") + " triples)",
                fmt("%.1f s: %,.0f docs/s, %.2f MB/s, %,.0f triples/s; peak RSS %s, live heap %s", d(bl, "seconds"),
                        d(bl, "documentsPerSecond"), d(bl, "megabytesPerSecond"), d(bl, "triplesPerSecond"),
                        mb(mem(bl), "peakRssBytes"), mb(mem(bl), "heapAfterGcMaxBytes")),
                fmt("%.1f s (read %.1f + write %.1f)", d(fl, "seconds"), d(fl, "readSeconds"), d(fl, "writeSeconds")),
                f2(s, "buildOverFloor"), "≤ 3×");
    }

    private static void serve(StringBuilder b, JsonObject s) {
        if (s.hasKey("skipped")) {
            row(b, "server", "skipped", "", "", "");
            return;
        }
        for (String[] k : new String[][] {{"start", "server start on existing store (unkg serve --tdb)"},
                {"startFirstAfterBuild", "first server start after a build (records the CDS archive)"},
                {"startPlainJar", "server start, plain java -jar (no CDS archive)"}}) {
            if (s.hasKey(k[0])) {
                JsonObject st = s.get(k[0]).getAsObject();
                row(b, k[1], fmt("%.2f s from launch to first answer; in process %.2f s open + %.2f s start",
                        d(st, "wallToFirstAnswerSeconds"), d(st, "openSeconds"), d(st, "startSeconds")),
                        "", "", "≤ 2 s");
            }
        }
        if (s.hasKey("startScanningStore")) {
            JsonObject g = s.get("startScanningStore").getAsObject();
            row(b, "server start, VoID description computed by scanning the store",
                    fmt("%.2f s open+start (open %.2f, start %.2f); %.2f s from JVM launch to first answer",
                            d(g, "openSeconds") + d(g, "startSeconds"), d(g, "openSeconds"), d(g, "startSeconds"),
                            d(g, "wallToFirstAnswerSeconds")), "", "", "≤ 2 s");
        }
        latencies(b, s, "");
        if (s.hasKey("cacheOn")) {
            latencies(b, s.get("cacheOn").getAsObject(), "cache on: ");
        }
    }

    /** The latency rows of one server ({@code label} before each name). */
    private static void latencies(StringBuilder b, JsonObject s, String label) {
        if (s.hasKey("warmup")) {
            JsonObject w = s.get("warmup").getAsObject();
            row(b, label + "warm-up before the measured requests", fmt("%d rounds, %d requests by %d clients, %.1f s (%d errors)",
                    (long) d(w, "rounds"), (long) d(w, "requests"), (long) d(w, "clients"), d(w, "seconds"),
                    (long) d(w, "errors")), "", "", "");
        }
        JsonArray base = s.get("baseline").getAsArray();
        for (int i = 0; i < base.size(); i++) {
            JsonObject a = base.get(i).getAsObject();
            row(b, label + "ASK {}, " + num(a, "clients") + " clients", fmt("p50 %.1f ms, p99 %.1f ms", d(a, "p50Ms"), d(a, "p99Ms")),
                    "", "1", "baseline");
        }
        for (JsonValue v : s.get("queries").getAsArray()) {
            JsonObject q = v.getAsObject();
            String name = q.get("name").getAsString().value();
            if (q.hasKey("error")) {
                row(b, label + name, "error: " + q.get("error").getAsString().value(), "", "", "");
                continue;
            }
            JsonArray lv = q.get("levels").getAsArray();
            if (q.hasKey("coldMs")) {
                row(b, label + name + ", cold (first request, not cached)", fmt("%.1f ms (status %d)", d(q, "coldMs"),
                        (long) d(q, "coldStatus")), fmt("ASK p50 %.1f ms", d(base.get(0).getAsObject(), "p50Ms")),
                        fmt("%.1f", d(q, "coldMs") / Math.max(0.001, d(base.get(0).getAsObject(), "p50Ms"))), "");
            }
            for (int i = 0; i < lv.size(); i++) {
                JsonObject a = lv.get(i).getAsObject();
                JsonObject ask = base.get(i).getAsObject();
                String err = d(a, "errors") > 0 ? fmt(" (%d errors)", (long) d(a, "errors")) : "";
                row(b, label + name + ", " + num(a, "clients") + " clients", fmt("p50 %.1f ms, p99 %.1f ms", d(a, "p50Ms"), d(a, "p99Ms")) + err,
                        fmt("ASK p50 %.1f ms", d(ask, "p50Ms")), fmt("%.1f", d(a, "p50Ms") / Math.max(0.001, d(ask, "p50Ms"))), "");
            }
        }
    }

    private static JsonObject mem(JsonObject build) {
        return build.get("memory").getAsObject();
    }

    private static JsonObject memory(JsonValue scale) {
        return scale.getAsObject().get("build").getAsObject().get("memory").getAsObject();
    }

    private static void row(StringBuilder b, String... cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(c).append(" |");
        }
        b.append('\n');
    }

    private static double d(JsonObject o, String k) {
        return o.hasKey(k) ? o.get(k).getAsNumber().value().doubleValue() : Double.NaN;
    }

    private static String num(JsonObject o, String k) {
        return String.valueOf(o.get(k).getAsNumber().value().longValue());
    }

    private static String f2(JsonObject o, String k) {
        return fmt("%.2f", d(o, k));
    }

    private static String mb(JsonObject o, String k) {
        return fmt("%.0f MB", d(o, k) / 1e6);
    }

    private static String fmt(String f, Object... a) {
        return String.format(Locale.ROOT, f, a);
    }

    /** The build child's JVM flags: {@code buildJvmFlags} (results from 2026-11-24 14:10 on), else {@code -Xmx} of {@code childHeap}. */
    private static String buildFlags(JsonObject config) {
        return config.hasKey("buildJvmFlags") ? config.get("buildJvmFlags").getAsString().value()
                : "-Xmx" + config.get("childHeap").getAsString().value();
    }
}
