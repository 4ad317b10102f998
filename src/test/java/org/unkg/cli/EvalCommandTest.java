package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.SharedData;
import org.unkg.eval.Fields;

import picocli.CommandLine;

class EvalCommandTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Unkg.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertScores(JsonObject section, Iterable<String> fields) {
        JsonObject f = section.getObj("fields");
        for (String field : fields) {
            JsonObject byLang = f.getObj(field);
            assertTrue(byLang != null, "missing field " + field);
            for (String lang : new String[] {"en", "zh", "all"}) {
                JsonObject s = byLang.getObj(lang);
                assertTrue(s != null, "missing " + lang + " for " + field);
                for (String k : new String[] {"precision", "recall", "f1"}) {
                    double v = s.getNumber(k).doubleValue();
                    assertTrue(v >= 0 && v <= 1, field + "/" + lang + "/" + k + " = " + v);
                }
                for (String k : new String[] {"tp", "fp", "fn"}) {
                    assertTrue(s.getNumber(k).intValue() >= 0);
                }
            }
        }
        JsonObject exact = section.getObj("paragraphCountsExact");
        for (String lang : new String[] {"en", "zh", "all"}) {
            assertTrue(exact.getObj(lang).hasKey("exact"));
        }
    }

    @Test
    void scoresTheBundledCorpusAgainstTheGoldAsTableAndJson(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("eval.json");
        Run r = run("eval", "--gold", "src/test/resources/eval/gold", "--corpus", "corpus", "--sample", "0",
                "--json", json.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Against the gold"), r.out());
        assertTrue(r.out().contains("paragraph counts exact (all): "), r.out());
        assertTrue(r.out().contains("preambularVerbs"));
        JsonObject o = JSON.parse(Files.readString(json));
        JsonObject gold = o.getObj("gold");
        assertEquals(5, gold.getObj("documents").getNumber("all").intValue());
        assertEquals(2, gold.getObj("documents").getNumber("en").intValue());
        assertEquals(3, gold.getObj("documents").getNumber("zh").intValue());
        assertScores(gold, Fields.GOLD);
        assertTrue(!o.hasKey("akn"));
    }

    @Test
    void jsonOnStandardOutput() {
        Run r = run("eval", "--gold", "src/test/resources/eval/gold", "--corpus", "corpus", "--sample", "0",
                "--format", "json", "--languages", "zh");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JSON.parse(r.out());
        assertEquals(3, o.getObj("gold").getObj("documents").getNumber("all").intValue());
        assertTrue(o.getObj("gold").getObj("fields").getObj(Fields.STATES).hasKey("zh"));
    }

    @Test
    void scoresASmallAknSample(@TempDir Path tmp) throws Exception {
        Path akn = SharedData.require("akn/79session");
        Path json = tmp.resolve("eval.json");
        Run r = run("eval", "--gold", "src/test/resources/eval/gold", "--corpus", "corpus", "--akn", akn.toString(),
                "--sample", "2", "--json", json.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject a = JSON.parse(Files.readString(json)).getObj("akn");
        assertScores(a, Fields.AKN);
        JsonValue note = a.getObj("fields").getObj(Fields.REFERENCED_DOCUMENTS).get("note");
        assertTrue(note.getAsString().value().contains("indicative"));
        // 2 files each from English and Chinese; a file the AKN reader cannot read is an error, not a score
        int docs = a.getObj("documents").getNumber("all").intValue();
        int errors = a.get("errors").getAsArray().size();
        assertTrue(docs + errors >= 4 && docs <= 4, docs + " documents, " + errors + " errors");
    }

    @Test
    void rejectsAnUnknownFormat() {
        Run r = run("eval", "--gold", "src/test/resources/eval/gold", "--sample", "0", "--format", "xml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--format"));
    }
}
