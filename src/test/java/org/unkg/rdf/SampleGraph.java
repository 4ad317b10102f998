package org.unkg.rdf;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.unkg.model.AgendaItem;
import org.unkg.model.Citation;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.EntityKind;
import org.unkg.model.Footnote;
import org.unkg.model.LetterInfo;
import org.unkg.model.Mention;
import org.unkg.model.Paragraph;
import org.unkg.model.Span;
import org.unkg.model.Sponsor;
import org.unkg.model.Subject;
import org.unkg.model.TreatyRef;
import org.unkg.model.Vote;
import org.unkg.reference.ReferenceData;

/**
 * A realistic graph made by {@link DocumentMapper} from hand-made records: the English and
 * Chinese versions of one resolution (preamble, operative paragraphs with sub-items, a
 * footnote, sponsors, a recorded vote, a subject, mentions of a State, a UN body and a treaty,
 * citations, one typed by its paragraph's verb), a letter without a symbol, and the entities of
 * a small reference set plus whatever reference data is bundled.
 */
final class SampleGraph {
    static final String RES = "https://w3id.org/unkg/doc/A/RES/76/299";

    private SampleGraph() {
    }

    /** The reference data of {@code src/test/resources/ontology-sample-reference}. */
    static ReferenceData miniReference() {
        try {
            return ReferenceData.load(Path.of(SampleGraph.class.getResource("/ontology-sample-reference").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records the graph is made of. */
    static List<DocumentRecord> records() {
        return List.of(resolution("en"), resolution("zh"), letter());
    }

    /** A fresh graph of the records and the small reference set (callers may change it). */
    static Graph build() {
        Iris iris = Iris.defaults();
        ReferenceData mini = miniReference();
        DocumentMapper mapper = new DocumentMapper(iris, mini);
        Graph g = GraphFactory.createDefaultGraph();
        for (DocumentRecord d : records()) {
            mapper.map(d).forEach(g::add);
        }
        ReferenceTriples.of(mini, iris).forEach(g::add);
        return g;
    }

    /** {@link #build()} plus every entity of the bundled reference data ({@code ontology/reference/}). */
    static Graph buildWithBundledReference() {
        Graph g = build();
        ReferenceTriples.of(ReferenceData.load(), Iris.defaults()).forEach(g::add);
        return g;
    }

    private static DocumentRecord resolution(String lang) {
        boolean en = lang.equals("en");
        String p1 = en ? "Recalling its resolution 73/338 of 12 September 2019,"
                : "回顾其2019年9月12日第73/338号决议，";
        String p2 = en ? "Welcoming the work of the United Nations Regional Centre for Preventive Diplomacy for "
                + "Central Asia and the Treaty on a Nuclear-Weapon-Free Zone in Central Asia,1"
                : "欢迎联合国中亚地区预防外交中心的工作和《中亚无核武器区条约》，1";
        String o1 = en ? "Recognizes the role of Kazakhstan in strengthening cooperation;"
                : "确认哈萨克斯坦在加强合作方面的作用；";
        String o2 = en ? "Requests the Secretary-General:" : "请秘书长：";
        String o2a = en ? "To report on the implementation of resolution 2832 (XXVI);"
                : "报告第2832(XXVI)号决议的执行情况；";
        String o2b = en ? "To keep the matter under review." : "继续审查此事项。";
        String fn = en ? "United Nations, Treaty Series, vol. 2970, No. 51633."
                : "联合国，《条约汇编》，第2970卷，第51633号。";
        String unrcca = en ? "United Nations Regional Centre for Preventive Diplomacy for Central Asia"
                : "联合国中亚地区预防外交中心";
        return DocumentRecord.builder()
                .symbol("A/RES/76/299").type(DocType.RESOLUTION).language(lang)
                .sourceFile("corpus/A_RES_76_299_" + (en ? "E" : "C") + ".txt")
                .title(en ? "Central Asia as a zone of peace, trust and cooperation" : "中亚作为和平、信任与合作区")
                .body("General Assembly")
                .adoptionDate(LocalDate.of(2022, 7, 28)).distributionDate(LocalDate.of(2022, 8, 2))
                .session(76).agendaItem(new AgendaItem("66", en ? "Strengthening of the United Nations system"
                        : "加强联合国系统"))
                .withoutMainCommittee(true)
                .draft("A/76/L.74").draft("A/76/L.74/Add.1")
                .meeting(97).meetingRecord("A/76/PV.97")
                .sponsor(new Sponsor(en ? "Kazakhstan" : "哈萨克斯坦", "kaz", false))
                .sponsor(new Sponsor(en ? "Uzbekistan" : "乌兹别克斯坦", "uzb", true))
                .sponsor(new Sponsor(en ? "the President of the General Assembly" : "大会主席", null, false))
                .vote(new Vote("recordedVote", 120, 1, 3, List.of("kaz", "uzb"), List.of("tkm"), List.of()))
                .subject(new Subject("http://metadata.un.org/thesaurus/1005779", en ? "PEACE" : "和平", "UNBIS Thesaurus"))
                .preamble(para(Paragraph.Kind.PREAMBULAR, "preamble/1", 1, null, en ? "Recalling" : "回顾", p1))
                .preamble(para(Paragraph.Kind.PREAMBULAR, "preamble/2", 2, null, en ? "Welcoming" : "欢迎", p2))
                .operative(para(Paragraph.Kind.OPERATIVE, "operative/1", 1, "1", en ? "Recognizes" : "确认", o1))
                .operative(new Paragraph(Paragraph.Kind.OPERATIVE, "operative/2", 2, "2", en ? "Requests" : "请", o2,
                        List.of(para(Paragraph.Kind.OPERATIVE, "operative/2/a", 1, "a", null, o2a),
                                para(Paragraph.Kind.OPERATIVE, "operative/2/b", 2, "b", null, o2b)),
                        List.of()))
                .footnote(new Footnote("1", fn, "preamble/2", List.of()))
                .treaty(new TreatyRef("unts-51633", en ? "Treaty on a Nuclear-Weapon-Free Zone in Central Asia"
                        : "中亚无核武器区条约", lang, 2970, 51633, "2006-09-08"))
                .finding(new Citation("citations", span("preamble/1", p1, "73/338"), "A/RES/73/338", "2019-09-12", null))
                .finding(new Citation("citations", span("operative/2/a", o2a, en ? "2832 (XXVI)" : "2832(XXVI)"),
                        "A/RES/2832(XXVI)", null, null))
                .finding(new Mention("organizations", span("preamble/2", p2, unrcca), EntityKind.ORGANIZATION, "unrcca"))
                .finding(new Mention("states", span("operative/1", o1, en ? "Kazakhstan" : "哈萨克斯坦"), EntityKind.STATE, "kaz"))
                .finding(new Mention("treaties", span("footnote/1", fn, "51633"), EntityKind.TREATY, "unts-51633"))
                .build();
    }

    private static DocumentRecord letter() {
        String annex = "Joint statement of the States of Central Asia and the European Union on resolution 76/299";
        return DocumentRecord.builder()
                .type(DocType.LETTER).language("en").sourceFile("letters/letter-kaz-2022-08-10.txt")
                .session(76).documentDate(LocalDate.of(2022, 8, 10)).distributionDate(LocalDate.of(2022, 8, 12))
                .letter(new LetterInfo("kaz", "Permanent Representative of Kazakhstan to the United Nations",
                        "Secretary-General", annex))
                .finding(new Citation("citations", span("annex", annex, "76/299"), "A/RES/76/299", null, null))
                .finding(new Mention("organizations", span("annex", annex, "European Union"), EntityKind.ORGANIZATION, "eu"))
                .build();
    }

    static Paragraph para(Paragraph.Kind kind, String key, int ordinal, String number, String verb, String text) {
        return new Paragraph(kind, key, ordinal, number, verb, text, List.of(), List.of());
    }

    /** The span of the first occurrence of {@code surface} in {@code text}. */
    static Span span(String block, String text, String surface) {
        int i = text.indexOf(surface);
        if (i < 0) {
            throw new IllegalArgumentException(surface + " not in " + text);
        }
        return new Span(block, i, i + surface.length(), surface);
    }
}
