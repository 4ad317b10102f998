package org.unkg.serve;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.unkg.model.Citation;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.EntityKind;
import org.unkg.model.Mention;
import org.unkg.model.Paragraph;
import org.unkg.model.Span;
import org.unkg.model.Sponsor;
import org.unkg.model.Vote;
import org.unkg.rdf.DocumentMapper;
import org.unkg.rdf.Iris;
import org.unkg.rdf.OutputFormat;
import org.unkg.rdf.Prefixes;
import org.unkg.rdf.ReferenceTriples;
import org.unkg.rdf.SortedGraphWriter;
import org.unkg.reference.ReferenceData;

/**
 * A small graph built the way {@code unkg build} builds one: hand-made records (two resolutions
 * in English, one also in French with a paragraph missing; citations with verbs, sponsors, a
 * recorded vote, mentions of States, a UN entity and a treaty) mapped by {@link DocumentMapper}
 * and written by {@link SortedGraphWriter}.
 */
final class ServeFixture {
    static final String R76 = "https://w3id.org/unkg/doc/A/RES/76/299";
    static final String R77 = "https://w3id.org/unkg/doc/A/RES/77/100";
    static final String R73 = "https://w3id.org/unkg/doc/A/RES/73/338";

    private ServeFixture() {
    }

    static Path write(Path dir) {
        ReferenceData ref = reference();
        Iris iris = Iris.defaults();
        DocumentMapper mapper = new DocumentMapper(iris, ref);
        Path out = dir.resolve("graph.ttl");
        try (SortedGraphWriter w = new SortedGraphWriter(out, OutputFormat.TTL, Prefixes.standard(iris))) {
            w.accept(ReferenceTriples.of(ref, iris));
            for (DocumentRecord d : records()) {
                w.accept(mapper.map(d));
            }
            w.commit();
        }
        return out;
    }

    /** The fixture graph in memory as the in-memory store holds it (the statistics derived at load included). */
    static Dataset dataset(Path dir) {
        return Stores.memory(List.of(write(dir)));
    }

    static ReferenceData reference() {
        try {
            return ReferenceData.load(Path.of(ServeFixture.class.getResource("/serve/reference").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<DocumentRecord> records() {
        String p1 = "Recalling its resolution 73/338 of 12 September 2019,";
        String p2 = "Welcoming the entry into force of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia,";
        String o1 = "Requests the Secretary-General to support the United Nations Regional Centre for Preventive"
                + " Diplomacy for Central Asia;";
        String o2 = "Calls upon Kazakhstan and Uzbekistan to strengthen cooperation;";
        DocumentRecord en = DocumentRecord.builder().symbol("A/RES/76/299").type(DocType.RESOLUTION).language("en")
                .sourceFile("a-res-76-299-en.txt").title("Zone of peace, trust and cooperation of Central Asia")
                .session(76).meeting(97).adoptionDate(LocalDate.of(2022, 7, 28))
                .sponsor(new Sponsor("Kazakhstan", "kaz", false)).sponsor(new Sponsor("Uzbekistan", "uzb", false))
                .sponsor(new Sponsor("Turkmenistan", "tkm", true))
                .vote(new Vote("recordedVote", 3, 0, 1, List.of("kaz", "uzb", "tkm"), List.of(), List.of("fra")))
                .preamble(para(false, "preamble/1", 1, null, "Recalling", p1))
                .preamble(para(false, "preamble/2", 2, null, "Welcoming", p2))
                .operative(para(true, "operative/1", 1, "1", "Requests", o1))
                .operative(para(true, "operative/2", 2, "2", "Calls upon", o2))
                .finding(new Citation("citations", new Span("preamble/1", 25, 31, "73/338"), "A/RES/73/338",
                        "2019-09-12", null))
                .finding(new Mention("treaties", new Span("preamble/2", 44, 92, "Treaty"), EntityKind.TREATY,
                        "unts-51633"))
                .finding(new Mention("orgs", new Span("operative/1", 39, 117, "Centre"), EntityKind.ORGANIZATION,
                        "unrcca"))
                .finding(new Mention("states", new Span("operative/2", 11, 21, "Kazakhstan"), EntityKind.STATE, "kaz"))
                .finding(new Mention("states", new Span("operative/2", 26, 36, "Uzbekistan"), EntityKind.STATE, "uzb"))
                .build();
        DocumentRecord fr = DocumentRecord.builder().symbol("A/RES/76/299").type(DocType.RESOLUTION).language("fr")
                .sourceFile("a-res-76-299-fr.txt").title("Zone de paix, de confiance et de coopération de l'Asie centrale")
                .session(76).adoptionDate(LocalDate.of(2022, 7, 28))
                .preamble(para(false, "preamble/1", 1, null, "Rappelant", "Rappelant sa résolution 73/338,"))
                .preamble(para(false, "preamble/2", 2, null, "Se félicitant", "Se félicitant du Traité <portant> création"))
                .operative(para(true, "operative/1", 1, "1", "Prie", "Prie le Secrétaire général d'appuyer le Centre;"))
                .finding(new Citation("citations", new Span("preamble/1", 24, 30, "73/338"), "A/RES/73/338", null, null))
                .build();
        DocumentRecord r77 = DocumentRecord.builder().symbol("A/RES/77/100").type(DocType.RESOLUTION).language("en")
                .sourceFile("a-res-77-100-en.txt").title("Follow-up on peace and cooperation in Central Asia")
                .session(77).adoptionDate(LocalDate.of(2022, 12, 7))
                .sponsor(new Sponsor("Kazakhstan", "kaz", false))
                .vote(new Vote("adoptedWithoutVote", null, null, null, List.of(), List.of(), List.of()))
                .preamble(para(false, "preamble/1", 1, null, "Recalling",
                        "Recalling its resolutions 73/338 and 76/299,"))
                .operative(para(true, "operative/1", 1, "1", "Requests",
                        "Requests the Secretary-General to report on the work of the Centre;"))
                .operative(para(true, "operative/2", 2, "2", "Decides", "Decides to include the item;"))
                .finding(new Citation("citations", new Span("preamble/1", 26, 32, "73/338"), "A/RES/73/338", null, null))
                .finding(new Citation("citations", new Span("preamble/1", 37, 43, "76/299"), "A/RES/76/299", null, null))
                .finding(new Mention("orgs", new Span("operative/1", 54, 60, "Centre"), EntityKind.ORGANIZATION,
                        "unrcca"))
                .build();
        return List.of(en, fr, r77);
    }

    private static Paragraph para(boolean operative, String key, int ordinal, String number, String verb, String text) {
        return new Paragraph(operative ? Paragraph.Kind.OPERATIVE : Paragraph.Kind.PREAMBULAR, key, ordinal, number,
                verb, text, List.of(), List.of());
    }
}
