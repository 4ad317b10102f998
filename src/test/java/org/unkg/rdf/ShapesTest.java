package org.unkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The SHACL shapes accept a realistic graph and name the problem in broken ones. */
class ShapesTest {
    private static final GraphValidator V = GraphValidator.standard();
    private static final Node RES = NodeFactory.createURI(SampleGraph.RES);
    private static final Node PRE1 = NodeFactory.createURI(SampleGraph.RES + "/preamble/1");
    private static final Node OP2 = NodeFactory.createURI(SampleGraph.RES + "/operative/2");

    /** The single result a broken graph must give: focus node and path. */
    private static ReportEntry onlyResult(Graph g) {
        ValidationReport r = V.validate(g);
        assertFalse(r.conforms(), "the broken graph conforms");
        assertEquals(1, r.getEntries().size(), () -> "expected exactly one result:\n" + V.describe(r));
        return r.getEntries().iterator().next();
    }

    private static void assertPath(ReportEntry e, Node focus, Node path) {
        assertEquals(focus, e.focusNode());
        assertEquals(new P_Link(path), e.resultPath());
    }

    @Test
    void realisticGraphConforms() {
        Graph g = SampleGraph.buildWithBundledReference();
        ValidationReport r = V.validate(g);
        assertTrue(r.conforms(), () -> V.describe(r));
        assertTrue(V.conforms(g));
        assertEquals("", V.describe(r));
    }

    @Test
    void resolutionWithTwoAdoptionDatesFails() {
        Graph g = SampleGraph.build();
        g.add(Triple.create(RES, ELI.date_document.asNode(), NodeFactory.createLiteralDT("2022-07-29", XSDDatatype.XSDdate)));
        ValidationReport r = V.validate(g);
        assertFalse(r.conforms());
        // the general document shape and the corpus-resolution shape both say it
        assertTrue(r.getEntries().stream().allMatch(e -> e.focusNode().equals(RES)
                && e.resultPath().equals(new P_Link(ELI.date_document.asNode()))), V.describe(r));
        assertTrue(V.describe(r).contains("exactly one adoption date"), V.describe(r));
    }

    @Test
    void paragraphWithoutOrdinalFails() {
        Graph g = SampleGraph.build();
        g.remove(OP2, UNKG.ordinal.asNode(), Node.ANY);
        ReportEntry e = onlyResult(g);
        assertPath(e, OP2, UNKG.ordinal.asNode());
        assertTrue(e.message().contains("ordinal"), e.message());
    }

    @Test
    void twoEnglishVerbsOnOneParagraphFail() {
        Graph g = SampleGraph.build();
        g.add(Triple.create(PRE1, UNKG.verb.asNode(), NodeFactory.createLiteralLang("Recalling also", "en")));
        ReportEntry e = onlyResult(g);
        assertPath(e, PRE1, UNKG.verb.asNode());
        assertTrue(e.sourceConstraintComponent().getURI().endsWith("UniqueLangConstraintComponent"));
    }

    @Test
    void twoEnglishTextsOnOneParagraphFail() {
        Graph g = SampleGraph.build();
        g.add(Triple.create(PRE1, UNKG.text.asNode(), NodeFactory.createLiteralLang("Recalling something else,", "en")));
        assertPath(onlyResult(g), PRE1, UNKG.text.asNode());
    }

    @Test
    void citedResolutionNeedsOnlyItsIdentifierButACorpusOneNeedsItsSession() {
        Graph g = SampleGraph.build();
        Node cited = NodeFactory.createURI("https://w3id.org/unkg/doc/A/RES/73/338");
        assertTrue(g.contains(cited, RDF.type.asNode(), UNKG.Resolution.asNode()));
        assertFalse(g.contains(cited, UNKG.session.asNode(), Node.ANY));
        g.remove(RES, UNKG.session.asNode(), Node.ANY);
        assertPath(onlyResult(g), RES, UNKG.session.asNode());
    }

    @Test
    void citedWorkWithoutIdentifierFails() {
        Graph g = SampleGraph.build();
        Node cited = NodeFactory.createURI("https://w3id.org/unkg/doc/A/RES/73/338");
        g.remove(cited, DCTerms.identifier.asNode(), Node.ANY);
        assertPath(onlyResult(g), cited, DCTerms.identifier.asNode());
    }

    @Test
    void spanEndingBeforeItStartsFails() {
        Graph g = SampleGraph.build();
        Node span = g.find(Node.ANY, RDF.type.asNode(), UNKG.Span.asNode()).next().getSubject();
        g.remove(span, UNKG.end.asNode(), Node.ANY);
        g.add(Triple.create(span, UNKG.end.asNode(), NodeFactory.createLiteralDT("-1", XSDDatatype.XSDinteger)));
        ValidationReport r = V.validate(g);
        assertFalse(r.conforms());
        assertTrue(r.getEntries().stream().anyMatch(e -> e.focusNode().equals(span)
                && e.sourceConstraintComponent().getURI().endsWith("LessThanOrEqualsConstraintComponent")), V.describe(r));
    }

    @Test
    void stateWithBadCodeAndTwoEnglishLabelsFails() {
        Graph g = SampleGraph.build();
        Node kaz = NodeFactory.createURI("https://w3id.org/unkg/state/kaz");
        g.remove(kaz, UNKG.iso3.asNode(), Node.ANY);
        g.add(Triple.create(kaz, UNKG.iso3.asNode(), NodeFactory.createLiteralString("kaz")));
        g.add(Triple.create(kaz, org.apache.jena.vocabulary.RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Republic of Kazakhstan", "en")));
        List<String> lines = V.lines(V.validate(g));
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("unkg:iso3")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("rdfs:label")), String.join("\n", lines));
    }

    @Test
    void footnoteAttachedToSomethingElseThanAParagraphFails() {
        Graph g = SampleGraph.build();
        Node fn = NodeFactory.createURI(SampleGraph.RES + "/footnote/1");
        g.remove(fn, UNKG.attachedTo.asNode(), Node.ANY);
        g.add(Triple.create(fn, UNKG.attachedTo.asNode(), RES));
        ReportEntry e = onlyResult(g);
        assertEquals(RES, e.focusNode());
        assertTrue(e.message().contains("attached to a preambular or operative paragraph"), e.message());
    }

    @Test
    void letterWithTwoSendersFails() {
        Graph g = SampleGraph.build();
        Node letter = g.find(Node.ANY, RDF.type.asNode(), UNKG.Letter.asNode()).next().getSubject();
        assertTrue(g.contains(letter, DCTerms.creator.asNode(), NodeFactory.createURI("https://w3id.org/unkg/state/kaz")));
        g.add(Triple.create(letter, DCTerms.creator.asNode(), NodeFactory.createURI("https://w3id.org/unkg/state/uzb")));
        assertPath(onlyResult(g), letter, DCTerms.creator.asNode());
    }

    @Test
    void describeNamesFocusPathAndMessage() {
        Graph g = SampleGraph.build();
        g.remove(OP2, UNKG.ordinal.asNode(), Node.ANY);
        String d = V.describe(V.validate(g));
        assertTrue(d.startsWith("Violation <" + SampleGraph.RES + "/operative/2> unkg:ordinal: "), d);
        assertTrue(d.contains("exactly one unkg:ordinal"), d);
    }
}
