package org.unkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.EntityKind;
import org.unkg.model.Footnote;
import org.unkg.model.Mention;
import org.unkg.model.Paragraph;
import org.unkg.model.Span;
import org.unkg.reference.ReferenceData;

/**
 * The qualified State and organization mentions ({@link MentionMapper}) say what the plain
 * {@code unkg:mentions} triples say: one node per (Work, State or organization) the Work mentions,
 * whose {@code unkg:mentionedIn} are exactly the Work's parts that mention the entity, in one
 * language version and merged over two; treaties are not qualified.
 */
class MentionMapperTest {
    private static final String W = "https://w3id.org/unkg/doc/A/RES/79/5";
    private final ReferenceData ref = ReferenceData.load();
    private final DocumentMapper mapper = new DocumentMapper(Iris.defaults(), ref);

    @Test
    void oneAknFileGivesANodePerMentionedStateWithTheMentioningParts() throws Exception {
        Graph g = graph(List.of("E"));
        Map<String, Set<String>> expected = fromPlainMentions(g);
        assertTrue(expected.keySet().stream().filter(k -> k.contains("/state/")).count() >= 2,
                "A/RES/79/5 mentions States: " + expected);
        assertTrue(expected.keySet().stream().anyMatch(k -> k.contains("/org/")),
                "A/RES/79/5 mentions organizations: " + expected);
        assertTrue(expected.values().stream().anyMatch(s -> !s.isEmpty()), "some in a paragraph");
        assertEquals(expected, fromQualifiedMentions(g));
        // the IRI is {work}/mention/ + the State's path under the base, and the node is typed
        String state = expected.keySet().stream().filter(k -> k.contains("/state/")).findFirst().orElseThrow();
        Node q = NodeFactory.createURI(W + "/mention/state/" + state.substring(state.lastIndexOf('/') + 1));
        assertTrue(g.contains(NodeFactory.createURI(W), UNKG.qualifiedMention.asNode(), q));
        assertTrue(g.contains(q, RDF.type.asNode(), UNKG.QualifiedMention.asNode()));
        assertTrue(g.contains(q, UNKG.mentioned.asNode(), NodeFactory.createURI(state)));
        // a State's node is also linked by the sub-property, an organization's is not
        Set<Node> stateLinks = new HashSet<>();
        g.find(NodeFactory.createURI(W), UNKG.qualifiedStateMention.asNode(), Node.ANY)
                .forEach(t -> stateLinks.add(t.getObject()));
        Set<Node> expectedLinks = new HashSet<>();
        expected.keySet().stream().filter(k -> k.contains("/state/"))
                .forEach(k -> expectedLinks.add(NodeFactory.createURI(W + "/mention/state/" + k.substring(k.lastIndexOf('/') + 1))));
        assertEquals(expectedLinks, stateLinks);
    }

    @Test
    void languageVersionsMergeIntoOneNodeWithTheUnionOfTheirParts() throws Exception {
        Graph g = graph(List.of("E", "F", "R"));
        Map<String, Set<String>> expected = fromPlainMentions(g);
        assertEquals(expected, fromQualifiedMentions(g));
        assertEquals(expected.size(), g.find(Node.ANY, RDF.type.asNode(), UNKG.QualifiedMention.asNode()).toList()
                .size(), "one node per State, whatever the number of versions");
    }

    @Test
    void aFootnoteCountsForItsParagraphAndTheHeaderForTheWorkOnly() {
        DocumentRecord d = DocumentRecord.builder().type(DocType.RESOLUTION).language("en").symbol("A/RES/79/5")
                .operative(new Paragraph(Paragraph.Kind.OPERATIVE, "operative/1", 1, "1", "Decides", "text",
                        List.of(new Paragraph(Paragraph.Kind.OPERATIVE, "operative/1/a", 1, "a", null, "item",
                                List.of(), List.of())), List.of()))
                .footnote(new Footnote("2", "note", "operative/1", List.of()))
                .finding(new Mention("states", new Span("footnote/2", 0, 4, "Peru"), EntityKind.STATE, "per"))
                .finding(new Mention("states", new Span("operative/1/a", 0, 4, "Peru"), EntityKind.STATE, "per"))
                .finding(new Mention("states", new Span("operative/1/a", 9, 13, "Peru"), EntityKind.STATE, "per"))
                .finding(new Mention("states", new Span("title", 0, 5, "Chile"), EntityKind.STATE, "chl"))
                .finding(new Mention("orgs", new Span("operative/1", 0, 4, "UNDP"), EntityKind.ORGANIZATION, "undp"))
                .finding(new Mention("orgs", new Span("footnote/2", 5, 9, "UNDP"), EntityKind.ORGANIZATION, "undp"))
                .finding(new Mention("treaties", new Span("operative/1/a", 0, 4, "NPT"), EntityKind.TREATY, "npt"))
                .build();
        Graph g = GraphFactory.createDefaultGraph();
        mapper.map(d).forEach(g::add);
        Map<String, Set<String>> expected = new TreeMap<>(Map.of(
                "https://w3id.org/unkg/state/per", Set.of(W + "/operative/1", W + "/operative/1/a"),
                "https://w3id.org/unkg/state/chl", Set.of(),
                "https://w3id.org/unkg/org/undp", Set.of(W + "/operative/1")));
        assertEquals(expected, fromQualifiedMentions(g));
        assertTrue(g.contains(NodeFactory.createURI(W + "/mention/org/undp"), UNKG.mentioned.asNode(),
                NodeFactory.createURI("https://w3id.org/unkg/org/undp")));
        assertTrue(g.contains(NodeFactory.createURI(W + "/operative/1/a"), UNKG.mentions.asNode(),
                NodeFactory.createURI("https://w3id.org/unkg/treaty/npt")), "the treaty is mentioned");
        assertEquals(expected, fromPlainMentions(g));
        assertEquals(mapper.map(d), mapper.map(d), "the same triples in the same order");
    }

    private Graph graph(List<String> langs) throws Exception {
        return Resolution79n5.graph(ref, mapper, langs);
    }

    /** State or organization IRI -> the parts of W with unkg:mentions to it, for each one W mentions. */
    private static Map<String, Set<String>> fromPlainMentions(Graph g) {
        Map<String, Set<String>> m = new TreeMap<>();
        for (Triple t : g.find(NodeFactory.createURI(W), UNKG.mentions.asNode(), Node.ANY).toList()) {
            if (t.getObject().getURI().contains("/state/") || t.getObject().getURI().contains("/org/")) {
                m.put(t.getObject().getURI(), new TreeSet<>());
            }
        }
        for (Triple t : g.find(Node.ANY, UNKG.mentions.asNode(), Node.ANY).toList()) {
            String s = t.getSubject().getURI();
            if (s.startsWith(W + "/") && m.containsKey(t.getObject().getURI())) {
                m.get(t.getObject().getURI()).add(s);
            }
        }
        return m;
    }

    /** Entity IRI -> its qualified mention's unkg:mentionedIn, for each qualified mention of W. */
    private static Map<String, Set<String>> fromQualifiedMentions(Graph g) {
        Map<String, Set<String>> m = new TreeMap<>();
        for (Triple t : g.find(NodeFactory.createURI(W), UNKG.qualifiedMention.asNode(), Node.ANY).toList()) {
            Node q = t.getObject();
            List<Triple> states = g.find(q, UNKG.mentioned.asNode(), Node.ANY).toList();
            assertEquals(1, states.size(), q + " names one entity");
            Set<String> in = new TreeSet<>();
            g.find(q, UNKG.mentionedIn.asNode(), Node.ANY).forEach(x -> in.add(x.getObject().getURI()));
            m.put(states.get(0).getObject().getURI(), in);
        }
        return m;
    }
}
