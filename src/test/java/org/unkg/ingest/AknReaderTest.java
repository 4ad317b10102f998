package org.unkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.build.Build;
import org.unkg.build.Readers;
import org.unkg.model.Citation;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Paragraph;
import org.unkg.model.Sponsor;
import org.unkg.rdf.UNKG;
import org.unkg.reference.ReferenceData;

/** The AKN reader on the files copied into src/test/resources/akn (always runs). */
class AknReaderTest {
    private static final String B = "https://w3id.org/unkg/";
    private static final List<String> SIX = List.of("A_RES_79_5-2419776E.xml", "A_RES_79_5-2419776C.xml",
            "A_RES_79_5-2419776F.xml", "A_RES_79_5-2419776S.xml", "A_RES_79_5-2419776R.xml", "A_RES_79_5-2419776A.xml");

    private static ReferenceData ref;
    private static AknReader reader;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        ref = ReferenceData.load();
        reader = new AknReader(ref, AknExtract.none());
    }

    static Path res(String name) {
        try {
            return Path.of(AknReaderTest.class.getResource("/akn/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void acceptsAknXmlOnly() throws Exception {
        assertTrue(reader.accepts(res("A_RES_79_5-2419776E.xml")));
        Path other = tmp.resolve("other.xml");
        Files.writeString(other, "<?xml version=\"1.0\"?>\n<html><body/></html>");
        assertFalse(reader.accepts(other));
        Path txt = tmp.resolve("a.txt");
        Files.writeString(txt, "<akomaNtoso/>");
        assertFalse(reader.accepts(txt));
    }

    @Test
    void englishHeader() {
        DocumentRecord d = reader.read(res("A_RES_79_5-2419776E.xml"));
        assertEquals("A/RES/79/5", d.symbol());
        assertEquals("en", d.language());
        assertEquals("Zone of peace, trust and cooperation of Central Asia", d.title());
        assertEquals("General Assembly", d.body());
        assertEquals(LocalDate.of(2024, 10, 24), d.adoptionDate());
        assertEquals(LocalDate.of(2024, 10, 28), d.distributionDate());
        assertEquals(79, d.session());
        assertEquals("64", d.agendaItems().get(0).number());
        assertEquals("Zone of peace, trust and cooperation of Central Asia", d.agendaItems().get(0).title());
        assertEquals(Boolean.TRUE, d.withoutMainCommittee());
        assertNull(d.committee());
        assertEquals(List.of("A/79/L.1"), d.drafts());
        assertEquals(25, d.meeting());
        assertEquals("A/79/PV.25", d.meetingRecord());
        assertEquals("adoptedWithoutVote", d.vote().outcome());
        assertEquals(9, d.sponsors().size());
        assertTrue(d.sponsors().contains(new Sponsor("Kazakhstan", "kaz", false)), d.sponsors().toString());
        assertTrue(d.sponsors().contains(new Sponsor("Türkiye", "tur", false)), d.sponsors().toString());
        assertTrue(d.subjects().stream().anyMatch(s -> s.iri().equals("http://metadata.un.org/thesaurus/1007133")
                && s.label().equals("ZONES OF PEACE") && s.scheme().equals("UNBIS Thesaurus")));
    }

    @Test
    void paragraphsVerbsFootnotesAndLinks() {
        DocumentRecord d = reader.read(res("A_RES_79_5-2419776E.xml"));
        assertEquals(14, d.preamble().size());
        assertEquals(14, d.operative().size());
        Paragraph p1 = d.preamble().get(0);
        assertEquals("preamble/1", p1.key());
        assertEquals("Recalling", p1.verb());
        assertTrue(p1.text().startsWith("Recalling its declaration of the territory of the Central Asian countries, by its"),
                p1.text());
        assertFalse(p1.text().contains("Kyrgyzstan"), "footnote body left in the text: " + p1.text());
        assertEquals("Recognizing also", d.preamble().get(8).verb());
        assertEquals("Noting with appreciation", d.preamble().get(9).verb());
        Paragraph o2 = d.operative().get(1);
        assertEquals("operative/2", o2.key());
        assertEquals("2", o2.number());
        assertEquals("Also welcomes", o2.verb());
        assertFalse(o2.text().contains("\t") || o2.text().contains("  "));
        // links carry offsets in the paragraph text
        var link = p1.links().get(0);
        assertEquals("76/299", p1.text().substring(link.start(), link.end()));
        Footnote f1 = d.footnotes().get(0);
        assertEquals("1", f1.marker());
        assertEquals("preamble/1", f1.attachedTo());
        assertEquals("Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.", f1.text());
        Footnote f3 = d.footnotes().stream().filter(f -> f.marker().equals("3")).findFirst().orElseThrow();
        assertEquals("preamble/5", f3.attachedTo());
        Set<String> cited = d.findings().stream().map(f -> ((Citation) f).symbol()).collect(Collectors.toSet());
        assertTrue(cited.containsAll(Set.of("A/RES/76/299", "A/RES/78/266", "A/RES/2832(XXVI)", "A/RES/53/243")), cited.toString());
        Citation c = d.findings().stream().map(Citation.class::cast).filter(x -> x.symbol().equals("A/RES/2832(XXVI)"))
                .findFirst().orElseThrow();
        // notes are keyed by the paragraph carrying their mark: versions number them differently
        assertEquals("preamble/5/footnote/2", f3.key());
        assertEquals(f3.key(), c.span().block());
        assertEquals("2832 (XXVI)", c.span().surface());
        assertEquals("akn-links", c.extractor());
    }

    @Test
    void chineseVersion() {
        DocumentRecord d = reader.read(res("A_RES_79_5-2419776C.xml"));
        assertEquals("zh", d.language());
        assertEquals("A/RES/79/5", d.symbol());
        assertEquals("中亚和平、信任与合作区", d.title());
        assertEquals("认识到", d.preamble().get(1).verb());
        assertEquals("欢迎", d.operative().get(0).verb());
        assertEquals(Boolean.TRUE, d.withoutMainCommittee());
        assertEquals("kaz", d.sponsors().stream().filter(s -> s.name().equals("Kazakhstan")).findFirst()
                .orElseThrow().stateKey());
    }

    @Test
    void arabicFootnoteMarkBracketsAreDropped() {
        DocumentRecord d = reader.read(res("A_RES_79_5-2419776A.xml"));
        assertEquals("ar", d.language());
        String t = d.preamble().get(0).text();
        assertFalse(t.contains(")،"), t);
        assertFalse(d.footnotes().get(0).text().startsWith("()"), d.footnotes().get(0).text());
        assertTrue(d.footnotes().get(0).text().contains("كازاخستان"), d.footnotes().get(0).text());
    }

    @Test
    void mainCommitteeWithReportAndAdditionalSponsors() {
        DocumentRecord d = reader.read(res("A_RES_79_131-2423488E.xml"));
        assertEquals("Sixth Committee", d.committee());
        assertEquals(Boolean.FALSE, d.withoutMainCommittee());
        assertEquals(List.of("A/79/490"), d.reports());
        assertEquals(List.of("A/C.6/79/L.4"), d.drafts());
        assertEquals(47, d.meeting());
        List<String> main = d.sponsors().stream().filter(s -> !s.additional()).map(Sponsor::stateKey).toList();
        List<String> extra = d.sponsors().stream().filter(Sponsor::additional).map(Sponsor::stateKey).toList();
        assertEquals(12, main.size(), d.sponsors().toString());
        assertTrue(main.containsAll(List.of("ago", "gbr", "vnm")), main.toString());
        assertEquals(8, extra.size(), d.sponsors().toString());
        assertTrue(extra.containsAll(List.of("bol", "tls", "rus")), extra.toString());
        assertFalse(main.contains(null) || extra.contains(null), d.sponsors().toString());
    }

    @Test
    void recordedVote() {
        DocumentRecord d = reader.read(res("A_RES_79_6-2419997E.xml"));
        var v = d.vote();
        assertEquals("adoptedRecordedVote", v.outcome());
        assertNotNull(v.inFavour());
        assertEquals(v.inFavour(), v.yes().size());
        assertEquals(v.against(), v.no().size());
        assertEquals(v.abstaining(), v.abstain().size());
        assertTrue(v.yes().contains("alb"), v.yes().toString());
    }

    @Test
    void subItems() {
        DocumentRecord d = reader.read(res("A_RES_79_237-2424615E.xml"));
        List<Paragraph> withItems = d.operative().stream().filter(p -> !p.items().isEmpty()).toList();
        assertEquals(1, withItems.size());
        Paragraph p = withItems.get(0);
        Paragraph a = p.items().get(0);
        assertEquals(p.key() + "/a", a.key());
        assertEquals("a", a.number());
        assertEquals(1, a.ordinal());
        assertFalse(p.text().contains(a.text()), "sub-item text repeated in its paragraph");
        assertEquals(3, p.items().size());
    }

    @Test
    void collectionPartsAndSectionsGetUniqueKeys() {
        DocumentRecord d = reader.read(res("A_RES_79_252-2424692E.xml"));
        assertEquals("A/RES/79/252A-B", d.symbol());
        Set<String> keys = new HashSet<>();
        d.preamble().forEach(p -> assertTrue(keys.add(p.key()), p.key()));
        d.operative().forEach(p -> assertTrue(keys.add(p.key()), p.key()));
        assertTrue(keys.contains("A/preamble/1"), keys.toString());
        assertTrue(keys.containsAll(Set.of("A/I/B/preamble/1", "A/I/B/operative/4", "B/operative/2")), keys.toString());
    }

    @Test
    void sixLanguagesMergeIntoOneWork() throws Exception {
        Path out = tmp.resolve("g.ttl");
        Build.Result r = Build.create().inputs(SIX.stream().map(AknReaderTest::res).toList()).output(out)
                .reference(ref).readers(Readers.standard(ref)).threads(2).build().run();
        assertEquals(6, r.documents(), r.skipped().toString());
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, out.toString());
        String w = "<" + B + "doc/A/RES/79/5>";
        String pre = "PREFIX unkg: <" + UNKG.NS + "> PREFIX eli: <http://data.europa.eu/eli/ontology#> "
                + "PREFIX cito: <http://purl.org/spar/cito/> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";
        assertEquals(1, count(m, pre + "SELECT (COUNT(DISTINCT ?w) AS ?n) { ?w a unkg:Resolution ; dcterms:identifier 'A/RES/79/5' }"));
        assertEquals(6, count(m, pre + "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e eli:realizes " + w + " ; a unkg:Expression }"));
        assertEquals(14, count(m, pre + "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a unkg:PreambularParagraph ; eli:is_part_of " + w + " }"));
        assertEquals(14, count(m, pre + "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a unkg:OperativeParagraph ; eli:is_part_of " + w + " }"));
        // every paragraph has its verb in the six languages
        String verbs = pre + "SELECT ?p (COUNT(DISTINCT lang(?v)) AS ?n) (COUNT(?v) AS ?all) { ?p eli:is_part_of " + w
                + " ; unkg:verb ?v } GROUP BY ?p";
        int paragraphs = 0;
        try (var qe = QueryExecutionFactory.create(verbs, m)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                paragraphs++;
                assertEquals(6, s.getLiteral("n").getInt(), s.getResource("p").getURI());
                assertEquals(6, s.getLiteral("all").getInt(), s.getResource("p").getURI());
            }
        }
        assertEquals(28, paragraphs);
        Resource work = m.createResource(B + "doc/A/RES/79/5");
        assertEquals("2024-10-24", m.listObjectsOfProperty(work, m.createProperty("http://data.europa.eu/eli/ontology#date_document"))
                .next().asLiteral().getLexicalForm());
        assertEquals(1, count(m, pre + "SELECT (COUNT(*) AS ?n) { " + w + " unkg:adoptedAt ?m . ?m unkg:number 25 }"));
        assertEquals(1, count(m, pre + "SELECT (COUNT(*) AS ?n) { " + w + " unkg:draft <" + B + "doc/A/79/L.1> }"));
        assertEquals(9, count(m, pre + "SELECT (COUNT(DISTINCT ?s) AS ?n) { " + w + " unkg:sponsor ?s }"));
        assertEquals(1, count(m, pre + "SELECT (COUNT(*) AS ?n) { " + w + " unkg:sponsor <" + B + "state/kaz> }"));
        assertEquals(1, count(m, pre + "SELECT (COUNT(*) AS ?n) { " + w + " cito:cites <" + B + "doc/A/RES/76/299> }"));
        assertEquals(1, count(m, pre + "SELECT (COUNT(*) AS ?n) { " + w + " cito:cites <" + B + "doc/A/RES/78/266> }"));
        assertEquals(1, count(m, pre + "SELECT (COUNT(*) AS ?n) { <" + B + "doc/A/RES/79/5/preamble/1> cito:cites <"
                + B + "doc/A/RES/76/299> }"));
        assertEquals(1, count(m, pre + "SELECT (COUNT(*) AS ?n) { <" + B + "doc/A/RES/79/5/preamble/1/footnote/1> unkg:attachedTo <"
                + B + "doc/A/RES/79/5/preamble/1> }"));
        assertEquals(6, count(m, pre + "SELECT (COUNT(DISTINCT ?t) AS ?n) { <" + B + "doc/A/RES/79/5/preamble/1/footnote/1> unkg:text ?t }"));
        RDFNode verb = m.listObjectsOfProperty(m.createResource(B + "doc/A/RES/79/5/preamble/9"), UNKG.verb).toList()
                .stream().filter(n -> "en".equals(((Literal) n).getLanguage())).findFirst().orElseThrow();
        assertEquals("Recognizing also", verb.asLiteral().getString());
    }

    @Test
    void sameInputGivesByteIdenticalTurtle() throws Exception {
        List<Path> in = List.of(res("A_RES_79_5-2419776E.xml"), res("A_RES_79_5-2419776C.xml"), res("A_RES_79_6-2419997E.xml"),
                res("A_RES_79_252-2424692E.xml"));
        Path a = tmp.resolve("a.ttl");
        Path b = tmp.resolve("b.ttl");
        Build.create().inputs(in).output(a).reference(ref).readers(Readers.standard(ref)).threads(2).build().run();
        List<Path> reversed = new java.util.ArrayList<>(in);
        java.util.Collections.reverse(reversed);
        Build.create().inputs(reversed).output(b).reference(ref).readers(Readers.standard(ref)).threads(1).build().run();
        assertTrue(Files.size(a) > 10_000);
        assertEquals(-1L, Files.mismatch(a, b));
    }

    private static int count(Model m, String q) {
        try (var qe = QueryExecutionFactory.create(q, m)) {
            return qe.execSelect().next().getLiteral("n").getInt();
        }
    }
}
