package org.unkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.unkg.model.Citation;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.EntityKind;
import org.unkg.model.Footnote;
import org.unkg.model.LetterInfo;
import org.unkg.model.Link;
import org.unkg.model.Mention;
import org.unkg.model.Paragraph;
import org.unkg.model.Span;
import org.unkg.reference.ReferenceData;

class DocumentMapperTest {
    private final DocumentMapper mapper = new DocumentMapper(Iris.defaults(), ReferenceData.load());

    static DocumentRecord version(String lang, String verb, String text) {
        Paragraph sub = new Paragraph(Paragraph.Kind.OPERATIVE, "operative/1/a", 1, "a", null, "(a) item", List.of(), List.of());
        return DocumentRecord.builder().symbol("A/RES/76/299").type(DocType.RESOLUTION).language(lang)
                .sourceFile("dir/file-" + lang + ".xml").title("Title " + lang).adoptionDate(LocalDate.of(2022, 7, 28))
                .session(76).meeting(97).meetingRecord("A/76/PV.97").draft("A/76/L.74")
                .preamble(new Paragraph(Paragraph.Kind.PREAMBULAR, "preamble/1", 1, null, verb, text, List.of(),
                        List.of(new Link("https://undocs.org/A/RES/73/338", 20, 26))))
                .operative(new Paragraph(Paragraph.Kind.OPERATIVE, "operative/1", 1, "1", "Declares", "Declares x",
                        List.of(sub), List.of()))
                .footnote(new Footnote("1", "Resolution 41/11.", "preamble/1", List.of()))
                .finding(new Citation("test", new Span("preamble/1", 20, 26, "73/338"), "A/RES/73/338", "2019-09-12", null))
                .finding(new Citation("test", new Span("footnote/1", 11, 16, "41/11"), "A/RES/41/11", null, null))
                .finding(new Citation("test", new Span("preamble/1", 0, 3, "self"), "A/RES/76/299", null, null))
                .finding(new Mention("states", new Span("operative/1", 9, 10, "x"), EntityKind.STATE, "kaz"))
                .build();
    }

    static Graph graph(List<Triple> ts) {
        Graph g = GraphFactory.createDefaultGraph();
        ts.forEach(g::add);
        return g;
    }

    static Node u(String s) {
        return NodeFactory.createURI("https://w3id.org/unkg/" + s);
    }

    @Test
    void languageVersionsShareWorkAndParagraphs() {
        Graph g = graph(mapper.map(version("en", "Recalling", "Recalling its resolution 73/338 of 2019")));
        mapper.map(version("zh", "回顾", "回顾其第 73/338 号决议")).forEach(g::add);
        Node w = u("doc/A/RES/76/299");
        Set<Node> exprs = g.find(Node.ANY, ELI.realizes.asNode(), w).mapWith(Triple::getSubject).toSet();
        assertEquals(Set.of(u("doc/A/RES/76/299/lang/en"), u("doc/A/RES/76/299/lang/zh")), exprs);
        Set<String> verbs = g.find(u("doc/A/RES/76/299/preamble/1"), UNKG.verb.asNode(), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm() + "@" + t.getObject().getLiteralLanguage()).toSet();
        assertEquals(Set.of("Recalling@en", "回顾@zh"), verbs);
        assertEquals(2, g.find(w, DCTerms.title.asNode(), Node.ANY).toList().size());
    }

    @Test
    void subItemsArePartOfTheirParagraphNotTheWork() {
        Graph g = graph(mapper.map(version("en", "Recalling", "t")));
        Node w = u("doc/A/RES/76/299");
        Set<Node> parts = g.find(Node.ANY, ELI.is_part_of.asNode(), w).mapWith(Triple::getSubject).toSet();
        assertTrue(parts.contains(u("doc/A/RES/76/299/operative/1")));
        assertFalse(parts.contains(u("doc/A/RES/76/299/operative/1/a")));
        assertTrue(g.contains(u("doc/A/RES/76/299/operative/1/a"), ELI.is_part_of.asNode(), u("doc/A/RES/76/299/operative/1")));
    }

    @Test
    void citationsGoToWorkAndParagraphFootnotesToTheirParagraphNeverSelf() {
        Graph g = graph(mapper.map(version("en", "Recalling", "t")));
        Node w = u("doc/A/RES/76/299");
        Set<String> cited = g.find(w, CITO.cites.asNode(), Node.ANY).mapWith(t -> t.getObject().getURI()).toSet();
        assertEquals(Set.of(u("doc/A/RES/73/338").getURI(), u("doc/A/RES/41/11").getURI()), cited,
                "drafts are unkg:draft, not cito:cites; the document's own symbol is never cited");
        assertTrue(g.contains(u("doc/A/RES/76/299/preamble/1"), CITO.cites.asNode(), u("doc/A/RES/41/11")),
                "a citation in a footnote belongs to the paragraph carrying the mark");
        assertTrue(g.contains(u("doc/A/RES/73/338"), RDF.type.asNode(), UNKG.Resolution.asNode()));
        assertTrue(g.contains(u("doc/A/76/L.74"), RDF.type.asNode(), UNKG.DraftResolution.asNode()));
        assertTrue(g.contains(w, UNKG.mentions.asNode(), u("state/kaz")));
        assertTrue(g.contains(u("doc/A/RES/76/299/operative/1"), UNKG.mentions.asNode(), u("state/kaz")));
    }

    @Test
    void spanNodesCarryProvenance() {
        Graph g = graph(mapper.map(version("en", "Recalling", "t")));
        List<Triple> spans = g.find(Node.ANY, RDF.type.asNode(), UNKG.Span.asNode()).toList();
        assertEquals(3, spans.size(), "two citations and one mention, self-citation dropped");
        Node s = u("doc/A/RES/76/299/lang/en/span/preamble/1/20-26/test");
        assertTrue(g.contains(s, UNKG.start.asNode(), NodeFactory.createLiteralDT("20",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        assertTrue(g.contains(s, UNKG.refersTo.asNode(), u("doc/A/RES/73/338")));
        assertTrue(g.contains(u("doc/A/RES/76/299/lang/en"), PROV.wasDerivedFrom.asNode(), u("source/file-en.xml")));
    }

    @Test
    void letterWithoutSymbolGetsStableIri() {
        DocumentRecord l = DocumentRecord.builder().type(DocType.LETTER).language("zh").session(72)
                .documentDate(LocalDate.of(2017, 11, 14)).letter(new LetterInfo("uzb", "乌兹别克斯坦", "秘书长", null))
                .sourceFile("003.txt").build();
        String iri = mapper.workIri(l);
        assertEquals(iri, mapper.workIri(l.toBuilder().language("en").build()), "stable across languages");
        Graph g = graph(mapper.map(l));
        Node w = NodeFactory.createURI(iri);
        assertTrue(g.contains(w, RDF.type.asNode(), UNKG.Letter.asNode()));
        assertTrue(g.contains(w, DCTerms.creator.asNode(), u("state/uzb")));
        assertEquals("2017-11-14", g.find(w, DCTerms.date.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void printedNamesOfReferenceTreatiesDoNotAddLabelsButNewTreatiesGetThem() {
        DocumentRecord r = version("en", "Recalling", "t").toBuilder()
                .treaty(new org.unkg.model.TreatyRef("unts-51633", "the Semipalatinsk Treaty", "en", 1, 51633, null))
                .treaty(new org.unkg.model.TreatyRef("unts-99999999", "Some Agreement", "en", 7, 99999999, null))
                .build();
        Graph g = graph(mapper.map(r));
        assertFalse(g.contains(u("treaty/unts-51633"), org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY),
                "unts-51633 is in the bundled reference data, which is authoritative");
        assertFalse(g.contains(u("treaty/unts-51633"), UNKG.untsVolume.asNode(), Node.ANY));
        assertTrue(g.contains(u("treaty/unts-99999999"), org.apache.jena.vocabulary.RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Some Agreement", "en")));
    }

    @Test
    void committeesResolveToTheReferenceOrganizationByAnyOfItsNames() {
        DocumentRecord r = version("en", "Recalling", "t").toBuilder()
                .committee("Special Political and Decolonization Committee").build();
        Graph g = graph(mapper.map(r));
        assertTrue(g.contains(u("doc/A/RES/76/299"), UNKG.committee.asNode(), u("org/fourth-committee")),
                "the Fourth Committee's other name must not mint a second organization");
        Graph h = graph(mapper.map(r.toBuilder().committee("Committee of Invented Things").build()));
        assertTrue(h.contains(u("doc/A/RES/76/299"), UNKG.committee.asNode(), u("org/committee-of-invented-things")));
    }

    @Test
    void mappingIsAPureFunction() {
        DocumentRecord r = version("en", "Recalling", "t");
        assertEquals(mapper.map(r), mapper.map(r));
    }

    @Test
    void controlCharactersNeverReachALiteral() {
        assertEquals("ab", DocumentMapper.clean("a\u0000b"));
        assertEquals("a\tb\n", DocumentMapper.clean("a\tb\n"));
        assertEquals("x", DocumentMapper.clean("x\uD800"));
    }
}
