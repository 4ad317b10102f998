package org.unkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.unkg.model.Annex;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Paragraph;
import org.unkg.reference.ReferenceData;

/**
 * The query shortcuts ({@link ShortcutMapper}) agree with the triples they stand for: each part's
 * {@code unkg:work} is the end of its {@code eli:is_part_of} chain, and the verb phrases'
 * {@code unkg:verbForm} literals are exactly the distinct {@code unkg:verb} literals, one node each.
 */
class ShortcutMapperTest {
    private final ReferenceData ref = ReferenceData.load();
    private final DocumentMapper mapper = new DocumentMapper(Iris.defaults(), ref);

    @Test
    void everyPartNamesTheEndOfItsPartOfChain() throws Exception {
        Graph g = graph(List.of("E", "C", "A"));
        List<Triple> parts = g.find(Node.ANY, ELI.is_part_of.asNode(), Node.ANY).toList();
        assertTrue(parts.size() > 20, "parts: " + parts.size());
        for (Triple t : parts) {
            Node top = t.getObject();
            for (int i = 0; i < 10 && g.find(top, ELI.is_part_of.asNode(), Node.ANY).hasNext(); i++) {
                top = g.find(top, ELI.is_part_of.asNode(), Node.ANY).next().getObject();
            }
            List<Triple> work = g.find(t.getSubject(), UNKG.work.asNode(), Node.ANY).toList();
            assertEquals(1, work.size(), t.getSubject() + " names one Work");
            assertEquals(top, work.get(0).getObject(), t.getSubject().getURI());
        }
        assertEquals(parts.size(), g.find(Node.ANY, UNKG.work.asNode(), Node.ANY).toList().size());
    }

    @Test
    void subItemsNameTheWorkNotTheirParagraph() {
        Paragraph i = new Paragraph(Paragraph.Kind.OPERATIVE, "operative/1/a/i", 1, "i", null, "sub-sub-item",
                List.of(), List.of());
        Paragraph a = new Paragraph(Paragraph.Kind.OPERATIVE, "operative/1/a", 1, "a", null, "sub-item",
                List.of(i), List.of());
        DocumentRecord d = DocumentRecord.builder().type(DocType.RESOLUTION).language("en").symbol("A/RES/79/5")
                .operative(new Paragraph(Paragraph.Kind.OPERATIVE, "operative/1", 1, "1", "Decides", "text",
                        List.of(a), List.of()))
                .footnote(new Footnote("2", "note", "operative/1/a", List.of()))
                .annex(new Annex("annex/1", null, "annexed text"))
                .build();
        Graph g = GraphFactory.createDefaultGraph();
        mapper.map(d).forEach(g::add);
        String w = "https://w3id.org/unkg/doc/A/RES/79/5";
        Map<String, String> works = new TreeMap<>();
        g.find(Node.ANY, UNKG.work.asNode(), Node.ANY).forEach(t -> works.put(t.getSubject().getURI(),
                t.getObject().getURI()));
        assertEquals(Map.of(w + "/operative/1", w, w + "/operative/1/a", w, w + "/operative/1/a/i", w,
                w + "/footnote/2", w, w + "/annex/1", w), works);
    }

    @Test
    void oneVerbPhrasePerDistinctVerbLiteral() throws Exception {
        Graph g = graph(List.of("E", "F", "C", "R"));
        Set<String> verbs = new TreeSet<>();
        g.find(Node.ANY, UNKG.verb.asNode(), Node.ANY).forEach(t -> verbs.add(t.getObject().toString()));
        Map<String, Node> forms = new TreeMap<>();
        for (Triple t : g.find(Node.ANY, UNKG.verbForm.asNode(), Node.ANY).toList()) {
            Node before = forms.put(t.getObject().toString(), t.getSubject());
            assertEquals(null, before, "one node per literal: " + t.getObject());
            assertTrue(g.contains(t.getSubject(), RDF.type.asNode(), UNKG.VerbPhrase.asNode()));
        }
        assertTrue(verbs.size() > 10, "verbs: " + verbs);
        assertEquals(verbs, forms.keySet());
        assertEquals(verbs.size(), g.find(Node.ANY, RDF.type.asNode(), UNKG.VerbPhrase.asNode()).toList().size());
    }

    @Test
    void verbPhraseIrisKeepCaseAndSpaces() {
        Iris iris = Iris.defaults();
        assertEquals("https://w3id.org/unkg/verb-phrase/en/Requests%20also", iris.verbPhrase("en", "Requests also"));
        assertNotEquals(iris.verbPhrase("en", "Requests also"), iris.verbPhrase("en", "Requestsalso"));
        assertNotEquals(iris.verbPhrase("en", "Requests"), iris.verbPhrase("en", "requests"));
        assertNotEquals(iris.verbPhrase("en", "Requests"), iris.verbPhrase("fr", "Requests"));
        assertEquals("https://w3id.org/unkg/verb-phrase/zh/%E8%AF%B7", iris.verbPhrase("zh", "请"));
        assertEquals("https://w3id.org/unkg/verb-phrase/en/%2E%2E", iris.verbPhrase("en", ".."));
    }

    private Graph graph(List<String> langs) throws Exception {
        return Resolution79n5.graph(ref, mapper, langs);
    }
}
