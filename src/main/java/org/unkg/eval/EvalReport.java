package org.unkg.eval;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;

/**
 * The result of {@code unkg eval}: one section per way of scoring ("gold", "akn"), each a
 * {@link Tally}, shown as a table for people or as JSON for scripts. Every field and every
 * requested language (plus "all") is present in both forms, even with no documents.
 *
 * @param sections  the ways of scoring that were run, in report order
 * @param languages the languages asked for, in order ("all" is added)
 */
public record EvalReport(List<Section> sections, List<String> languages) {
    /**
     * One way of scoring: its JSON key ("gold", "akn"), a heading saying what was compared, the
     * tally, and caveats per field ("precision indicative ...").
     */
    public record Section(String name, String title, Tally tally, Map<String, String> notes) {
    }

    public EvalReport {
        sections = List.copyOf(sections);
        languages = List.copyOf(languages);
    }

    private List<String> columns() {
        List<String> c = new ArrayList<>(languages);
        c.add("all");
        return c;
    }

    /** The table a person reads, with up to {@code topMisses} misses per field. */
    public String table(int topMisses) {
        StringBuilder b = new StringBuilder();
        for (Section s : sections) {
            Tally t = s.tally();
            b.append(s.title()).append('\n');
            b.append(String.format(Locale.ROOT, "%-40s", "field"));
            for (String l : columns()) {
                b.append(String.format(Locale.ROOT, "| %-4s %-5s %-5s %-5s %-12s", l, "P", "R", "F1", "tp/gold/pred"));
            }
            b.append('\n');
            for (String f : t.fields()) {
                b.append(String.format(Locale.ROOT, "%-40s", f + (s.notes().containsKey(f) ? " *" : "")));
                for (String l : columns()) {
                    Score sc = t.score(f, l);
                    String counts = sc.tp() + "/" + sc.expected() + "/" + sc.predicted();
                    b.append(sc.isEmpty() ? String.format(Locale.ROOT, "| %-4s %-5s %-5s %-5s %-12s", "", "-", "-", "-", "0/0/0")
                            : String.format(Locale.ROOT, "| %-4s %.3f %.3f %.3f %-12s", "", sc.precision(), sc.recall(),
                            sc.f1(), counts));
                }
                b.append('\n');
            }
            for (String l : columns()) {
                int[] e = t.paragraphCountsExact(l);
                b.append(String.format(Locale.ROOT, "paragraph counts exact (%s): %d/%d documents (%.1f %%)%n", l, e[0],
                        e[1], e[1] == 0 ? 0.0 : 100.0 * e[0] / e[1]));
            }
            s.notes().forEach((f, n) -> b.append("* ").append(f).append(": ").append(n).append('\n'));
            b.append("top misses:\n");
            for (String f : t.fields()) {
                List<Miss> ms = t.misses(f);
                if (ms.isEmpty()) {
                    continue;
                }
                b.append("  ").append(f).append(" (").append(ms.size()).append(")\n");
                for (Miss m : ms.subList(0, Math.min(topMisses, ms.size()))) {
                    b.append("    ").append(m.file()).append("  ").append(m.describe()).append('\n');
                }
            }
            if (!t.errors().isEmpty()) {
                b.append("errors (").append(t.errors().size()).append("):\n");
                t.errors().forEach(e -> b.append("  ").append(e).append('\n'));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The JSON form: {section: {documents, fields: {field: {lang: {tp, fp, fn, precision, recall, f1}}}, ...}}. */
    public JsonObject json(int missesPerField) {
        JsonObject root = new JsonObject();
        JsonArray langs = new JsonArray();
        languages.forEach(langs::add);
        root.put("languages", langs);
        for (Section s : sections) {
            Tally t = s.tally();
            JsonObject sec = new JsonObject();
            sec.put("title", s.title());
            JsonObject docs = new JsonObject();
            columns().forEach(l -> docs.put(l, t.documents(l)));
            sec.put("documents", docs);
            JsonObject fields = new JsonObject();
            for (String f : t.fields()) {
                JsonObject byLang = new JsonObject();
                for (String l : columns()) {
                    byLang.put(l, score(t.score(f, l)));
                }
                if (s.notes().containsKey(f)) {
                    byLang.put("note", s.notes().get(f));
                }
                fields.put(f, byLang);
            }
            sec.put("fields", fields);
            JsonObject exact = new JsonObject();
            for (String l : columns()) {
                int[] e = t.paragraphCountsExact(l);
                JsonObject o = new JsonObject();
                o.put("exact", e[0]);
                o.put("documents", e[1]);
                o.put("rate", e[1] == 0 ? JsonNull.instance : JsonNumber.value((double) e[0] / e[1]));
                exact.put(l, o);
            }
            sec.put("paragraphCountsExact", exact);
            JsonObject misses = new JsonObject();
            for (String f : t.fields()) {
                JsonArray a = new JsonArray();
                for (Miss m : t.misses(f).subList(0, Math.min(missesPerField, t.misses(f).size()))) {
                    JsonObject o = new JsonObject();
                    o.put("file", m.file());
                    o.put("where", m.where() == null ? JsonNull.instance : new JsonString(m.where()));
                    o.put("expected", m.expected() == null ? JsonNull.instance : new JsonString(m.expected()));
                    o.put("actual", m.actual() == null ? JsonNull.instance : new JsonString(m.actual()));
                    a.add(o);
                }
                misses.put(f, a);
            }
            sec.put("misses", misses);
            JsonArray errors = new JsonArray();
            t.errors().forEach(errors::add);
            sec.put("errors", errors);
            root.put(s.name(), sec);
        }
        return root;
    }

    /** The JSON form as UTF-8 text. */
    public String jsonText(int missesPerField) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, json(missesPerField));
        return out.toString(StandardCharsets.UTF_8) + "\n";
    }

    private static JsonObject score(Score s) {
        JsonObject o = new JsonObject();
        o.put("tp", s.tp());
        o.put("fp", s.fp());
        o.put("fn", s.fn());
        o.put("precision", JsonNumber.value(s.precision()));
        o.put("recall", JsonNumber.value(s.recall()));
        o.put("f1", JsonNumber.value(s.f1()));
        return o;
    }
}
