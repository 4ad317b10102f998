package org.unkg.serve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.unkg.rdf.CITO;
import org.unkg.rdf.ELI;
import org.unkg.rdf.UNKG;

/**
 * Statistics of the whole graph, derived once every document is in it and added to the graph
 * beside what {@code unkg build} wrote (nothing is changed or removed): they aggregate across
 * documents, so no one document's build output can hold them. The TDB2 load ({@link TdbLoad})
 * and the in-memory store ({@link Stores#memory}) both add them here, so the canned queries
 * that read them ({@code 02}, {@code 08}, {@code 10}) answer the same on either.
 * <ul>
 *   <li>{@code unkg:mentioningDocument} and {@code unkg:mentioningDocumentCount} on every
 *       {@code unkg:Treaty}: the resources with a {@code dcterms:identifier} (documents) that
 *       {@code unkg:mentions} it, and their number (absent when none);</li>
 *   <li>{@code unkg:citedDocumentCount} on every resource with a {@code dcterms:identifier}
 *       that {@code cito:cites} something: the number of distinct resources it cites;</li>
 *   <li>{@code unkg:languageVersionsDisagree true} on a Work whose language versions
 *       ({@code eli:realizes}) give different {@code unkg:paragraphsWithText} or
 *       {@code unkg:paragraphsWithVerb} (absent when they agree).</li>
 * </ul>
 * The work is a few index lookups per treaty mention, symbol and language version (the full
 * AKN sample: about 3,500 triples added to 2.4 million); memory holds only the added triples.
 *
 * <pre>{@code
 * List<Triple> added = DerivedFacts.addTo(dsg);
 * }</pre>
 */
public final class DerivedFacts {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();
    private static final Node ANY = Node.ANY;

    private DerivedFacts() {
    }

    /**
     * Derives the statistics of the default graph of {@code dsg} and adds them to it, in a write
     * transaction of its own; returns the triples added.
     */
    public static List<Triple> addTo(DatasetGraph dsg) {
        return Txn.calculateWrite(dsg, () -> addTo(dsg.getDefaultGraph()));
    }

    /** Derives the statistics of {@code g} and adds them to it (the caller holds any transaction); returns them. */
    public static List<Triple> addTo(Graph g) {
        List<Triple> derived = derive(g);
        for (Triple t : derived) {
            g.add(t);
        }
        return derived;
    }

    /** The statistics of {@code g}, not added: treaties, then citations, then language versions. */
    public static List<Triple> derive(Graph g) {
        List<Triple> out = new ArrayList<>();
        treaties(g, out);
        citations(g, out);
        disagreements(g, out);
        return out;
    }

    private static void treaties(Graph g, List<Triple> out) {
        Set<Node> treaties = new LinkedHashSet<>();
        collect(g.find(ANY, TYPE, UNKG.Treaty.asNode()), treaties, true);
        for (Node treaty : treaties) {
            Set<Node> mentioning = new LinkedHashSet<>();
            collect(g.find(ANY, UNKG.mentions.asNode(), treaty), mentioning, true);
            mentioning.removeIf(s -> !g.contains(s, IDENTIFIER, ANY));
            if (mentioning.isEmpty()) {
                continue;
            }
            out.add(Triple.create(treaty, UNKG.mentioningDocumentCount.asNode(), integer(mentioning.size())));
            for (Node d : mentioning) {
                out.add(Triple.create(treaty, UNKG.mentioningDocument.asNode(), d));
            }
        }
    }

    private static void citations(Graph g, List<Triple> out) {
        Set<Node> documents = new LinkedHashSet<>();
        collect(g.find(ANY, IDENTIFIER, ANY), documents, true);
        for (Node d : documents) {
            Set<Node> cited = new HashSet<>();
            collect(g.find(d, CITO.cites.asNode(), ANY), cited, false);
            if (!cited.isEmpty()) {
                out.add(Triple.create(d, UNKG.citedDocumentCount.asNode(), integer(cited.size())));
            }
        }
    }

    /**
     * As {@code queries/10-language-disagreements.rq} once grouped every language version: a
     * version that gives both counts joins its Work's group, and the Work disagrees when the
     * smallest and the largest value of either count differ.
     */
    private static void disagreements(Graph g, List<Triple> out) {
        Map<Node, Range[]> works = new LinkedHashMap<>();
        ExtendedIterator<Triple> it = g.find(ANY, ELI.realizes.asNode(), ANY);
        try {
            while (it.hasNext()) {
                Triple r = it.next();
                List<Node> t = objects(g, r.getSubject(), UNKG.paragraphsWithText.asNode());
                List<Node> v = objects(g, r.getSubject(), UNKG.paragraphsWithVerb.asNode());
                if (t.isEmpty() || v.isEmpty()) {
                    continue;
                }
                Range[] ranges = works.computeIfAbsent(r.getObject(), k -> new Range[] {new Range(), new Range()});
                t.forEach(ranges[0]::add);
                v.forEach(ranges[1]::add);
            }
        } finally {
            it.close();
        }
        Node yes = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
        works.forEach((work, ranges) -> {
            if (ranges[0].differs() || ranges[1].differs()) {
                out.add(Triple.create(work, UNKG.languageVersionsDisagree.asNode(), yes));
            }
        });
    }

    /** Smallest and largest value, in SPARQL's MIN/MAX order. */
    private static final class Range {
        private NodeValue min;
        private NodeValue max;

        void add(Node n) {
            NodeValue v = NodeValue.makeNode(n);
            if (min == null || NodeValue.compareAlways(v, min) < 0) {
                min = v;
            }
            if (max == null || NodeValue.compareAlways(v, max) > 0) {
                max = v;
            }
        }

        /** MIN != MAX, false where SPARQL's comparison is an error. */
        boolean differs() {
            try {
                return NodeValue.notSameValueAs(min, max);
            } catch (ExprEvalException e) {
                return false;
            }
        }
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> o = new ArrayList<>(1);
        ExtendedIterator<Triple> it = g.find(s, p, ANY);
        try {
            it.forEachRemaining(t -> o.add(t.getObject()));
        } finally {
            it.close();
        }
        return o;
    }

    private static void collect(ExtendedIterator<Triple> it, Set<Node> into, boolean subjects) {
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                into.add(subjects ? t.getSubject() : t.getObject());
            }
        } finally {
            it.close();
        }
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
