package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unkg.TestReference;
import org.unkg.model.AgendaItem;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Paragraph;
import org.unkg.reference.ReferenceData;

/**
 * Each bundled corpus file, structured by the text path, against its gold annotation
 * ({@code src/test/resources/gold}, copied from the shared gold set): every {@code document}
 * field, paragraph counts, the verbs in order, and the footnotes' attachment.
 */
class GoldHeaderTest {
    private static final ReferenceData REF = TestReference.load();

    static JsonObject gold(String name) {
        try (InputStream in = GoldHeaderTest.class.getResourceAsStream("/gold/" + name + ".json")) {
            return JSON.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentRecord read(String name) throws IOException {
        Path p = Path.of("corpus", name + ".txt");
        return new TextStructurer(REF, UnaryOperator.identity())
                .structure(Files.readString(p, StandardCharsets.UTF_8), p.toString());
    }

    private static String str(JsonValue v) {
        return v == null || v.isNull() ? null : v.isString() ? v.getAsString().value() : v.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_ecd26b7925bb73e6", "001_c3d10f08ef02f303", "002_2ad3af6f02aef554",
            "003_097b06648661e48a", "004_9303243878ae590c"})
    void documentFieldsMatchGold(String name) throws IOException {
        JsonObject g = gold(name).getObj("document");
        DocumentRecord d = read(name);
        List<String> diffs = new ArrayList<>();
        check(diffs, "symbol", str(g.get("symbol")), d.symbol());
        check(diffs, "type", str(g.get("type")), d.type().name().toLowerCase());
        check(diffs, "title", str(g.get("title")), d.title());
        check(diffs, "body", str(g.get("body")), d.body());
        check(diffs, "session", str(g.get("session")), d.session() == null ? null : d.session().toString());
        check(diffs, "committee", str(g.get("committee")), d.committee());
        List<String> items = d.agendaItems().stream().map(AgendaItem::number).toList();
        check(diffs, "agendaItems", g.get("agendaItems").isNull() ? null : g.get("agendaItems").getAsArray().stream()
                .map(GoldHeaderTest::str).toList().toString(), items.isEmpty() ? null : items.toString());
        check(diffs, "agendaItemTitle", str(g.get("agendaItemTitle")),
                d.agendaItems().isEmpty() ? null : d.agendaItems().get(0).title());
        check(diffs, "adoptionDate", str(g.get("adoptionDate")), s(d.adoptionDate()));
        check(diffs, "documentDate", str(g.get("documentDate")), s(d.documentDate()));
        check(diffs, "plenaryMeeting", str(g.get("plenaryMeeting")), s(d.meeting()));
        check(diffs, "draftSymbols", g.get("draftSymbols").getAsArray().stream().map(GoldHeaderTest::str).toList()
                .toString(), d.drafts().toString());
        check(diffs, "withoutMainCommittee", str(g.get("adoptedWithoutReferenceToMainCommittee")),
                s(d.withoutMainCommittee()));
        check(diffs, "preambularParagraphs", str(g.get("preambularParagraphs")), "" + d.preamble().size());
        check(diffs, "operativeParagraphs", str(g.get("operativeParagraphs")), "" + d.operative().size());
        assertEquals(List.of(), diffs, name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_ecd26b7925bb73e6", "001_c3d10f08ef02f303", "002_2ad3af6f02aef554",
            "003_097b06648661e48a", "004_9303243878ae590c"})
    void verbsAndFootnotesMatchGold(String name) throws IOException {
        JsonObject g = gold(name);
        DocumentRecord d = read(name);
        assertEquals(g.get("preambularVerbs").getAsArray().stream().map(GoldHeaderTest::str).toList(),
                d.preamble().stream().map(Paragraph::verb).toList(), name + " preambular verbs");
        assertEquals(g.get("operativeVerbs").getAsArray().stream()
                        .map(v -> v.getAsObject().get("n") + " " + str(v.getAsObject().get("verb"))).toList(),
                d.operative().stream().map(p -> p.number() + " " + p.verb()).toList(), name + " operative verbs");
        assertEquals(g.get("footnotes").getAsArray().stream().map(v -> v.getAsObject().get("n") + " "
                        + str(v.getAsObject().get("attachedTo"))).toList(),
                d.footnotes().stream().map(f -> f.marker() + " " + gold(f)).toList(), name + " footnotes");
        assertEquals(g.get("footnotes").getAsArray().stream().map(v -> str(v.getAsObject().get("text"))).toList(),
                d.footnotes().stream().map(Footnote::text).toList(), name + " footnote texts");
    }

    private static String gold(Footnote f) {
        if (f.attachedTo() == null) {
            return null;
        }
        String[] k = f.attachedTo().split("/");
        return (k[0].equals("preamble") ? "PP" : "OP") + k[1];
    }

    private static String s(Object o) {
        return o == null ? null : o.toString();
    }

    private static void check(List<String> diffs, String field, String want, String got) {
        if (want == null ? got != null : !want.equals(got)) {
            diffs.add(field + ": want " + want + ", got " + got);
        }
    }
}
