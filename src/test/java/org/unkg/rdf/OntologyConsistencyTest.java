package org.unkg.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.Reasoner;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A realistic graph is consistent with the OWL ontology (Jena's full OWL rule reasoner);
 * contradictory graphs are caught.
 *
 * <p>Jena's rule reasoner does not scale with {@code owl:sameAs}: with the ~200 Wikidata links
 * of the bundled States it did not finish in 60 s, against ~7 s without them. So the whole
 * graph is reasoned over without {@code owl:sameAs} to outside IRIs, and what those links could
 * break (two of our resources merged into one, e.g. a State and an organization) is checked
 * directly: no two resources share a link. (Even a four-triple graph merging a State and an
 * organization through a shared link took the reasoner ~25 s to reject, so that case is not
 * run through it.)
 */
class OntologyConsistencyTest {
    private static final Node PARA = NodeFactory.createURI(SampleGraph.RES + "/preamble/1");
    private static final Node KAZ = NodeFactory.createURI("https://w3id.org/unkg/state/kaz");

    private static Reasoner reasoner;

    @BeforeAll
    static void bind() {
        reasoner = ReasonerRegistry.getOWLReasoner().bindSchema(Ontology.load().getGraph());
    }

    private static ValidityReport check(Graph data) {
        InfGraph inf = reasoner.bind(data);
        return inf.validate();
    }

    private static String describe(ValidityReport r) {
        List<String> out = new ArrayList<>();
        for (Iterator<ValidityReport.Report> it = r.getReports(); it.hasNext(); ) {
            ValidityReport.Report rep = it.next();
            out.add((rep.isError() ? "error " : "warning ") + rep.getType() + ": " + rep.getDescription());
        }
        return String.join("\n", out);
    }

    @Test
    void realisticGraphIsConsistent() {
        Graph g = sample();
        ValidityReport r = check(g);
        assertTrue(r.isValid(), () -> "inconsistent:\n" + describe(r));
    }

    /** The sample graph without its owl:sameAs links to outside IRIs (see the class comment). */
    private static Graph sample() {
        return withoutOutsideSameAs(SampleGraph.build());
    }

    private static Graph withoutOutsideSameAs(Graph g) {
        g.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).toList().stream()
                .filter(t -> t.getObject().isURI() && !t.getObject().getURI().startsWith(Iris.DEFAULT_BASE))
                .forEach(g::delete);
        return g;
    }

    @Test
    void realisticGraphWithAllBundledReferenceDataIsConsistent() {
        Graph g = withoutOutsideSameAs(SampleGraph.buildWithBundledReference());
        ValidityReport r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> check(g),
                "the OWL reasoner took too long on the reference data");
        assertTrue(r.isValid(), () -> "inconsistent:\n" + describe(r));
    }

    @Test
    void noTwoResourcesShareAnOutsideIdentity() {
        Graph g = SampleGraph.buildWithBundledReference();
        Map<Node, List<Node>> bySameAs = new HashMap<>();
        g.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY)
                .forEachRemaining(t -> bySameAs.computeIfAbsent(t.getObject(), k -> new ArrayList<>()).add(t.getSubject()));
        List<String> shared = new ArrayList<>();
        bySameAs.forEach((o, subjects) -> {
            if (subjects.size() > 1) {
                shared.add(o + " <- " + subjects);
            }
        });
        assertTrue(shared.isEmpty(), "owl:sameAs would merge these resources: " + shared);
        assertTrue(bySameAs.size() >= 3, "the sample has owl:sameAs links to check");
    }

    @Test
    void realisticGraphEntailsTheAlignments() {
        Model inf = ModelFactory.createModelForGraph(reasoner.bind(sample()));
        assertTrue(inf.contains(inf.getResource(SampleGraph.RES), RDF.type, ELI.LegalResource));
        assertTrue(inf.contains(inf.getResource(SampleGraph.RES), RDF.type, UNDO.Resolution));
        assertTrue(inf.contains(inf.getResource(SampleGraph.RES + "/lang/zh"), RDF.type, ELI.LegalExpression));
        assertTrue(inf.contains(inf.getResource(KAZ.getURI()), RDF.type, SCHEMA.Country));
        // the typed citation implies the untyped one, and its target is a document
        assertTrue(inf.contains(inf.getResource(SampleGraph.RES + "/preamble/1"), CITO.cites,
                inf.getResource("https://w3id.org/unkg/doc/A/RES/73/338")));
        assertTrue(inf.contains(inf.getResource(SampleGraph.RES + "/preamble/1"), UNKG.recalls,
                inf.getResource("https://w3id.org/unkg/doc/A/RES/73/338")), "the verb did not type the citation");
        assertTrue(inf.contains(inf.getResource(SampleGraph.RES + "/operative/2/a"), RDF.type, UNKG.Paragraph));
    }

    @Test
    void paragraphThatIsBothPreambularAndOperativeIsInconsistent() {
        Graph g = sample();
        g.add(Triple.create(PARA, RDF.type.asNode(), UNKG.OperativeParagraph.asNode()));
        assertFalse(check(g).isValid(), "a paragraph both preambular and operative was accepted");
    }

    @Test
    void stateThatIsAnOrganizationIsInconsistent() {
        Graph g = sample();
        g.add(Triple.create(KAZ, RDF.type.asNode(), UNKG.UNEntity.asNode()));
        assertFalse(check(g).isValid(), "a State that is a UN entity was accepted");
    }

    @Test
    void documentUsedAsParagraphIsInconsistent() {
        Graph g = sample();
        // a footnote attached to the resolution itself makes the resolution a paragraph (range)
        g.add(Triple.create(NodeFactory.createURI(SampleGraph.RES + "/footnote/1"), UNKG.attachedTo.asNode(),
                NodeFactory.createURI(SampleGraph.RES)));
        assertFalse(check(g).isValid(), "a resolution inferred to be a paragraph was accepted");
    }

    @Test
    void ordinalThatIsNotAnIntegerIsInconsistent() {
        Graph g = sample();
        g.add(Triple.create(PARA, UNKG.ordinal.asNode(), NodeFactory.createLiteralDT("first", XSDDatatype.XSDstring)));
        assertFalse(check(g).isValid(), "a string ordinal was accepted despite the xsd:integer range");
    }
}
