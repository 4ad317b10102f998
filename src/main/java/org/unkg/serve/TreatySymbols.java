package org.unkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.unkg.rdf.UNKG;

/**
 * The symbols of a treaty's documents in one literal ({@code unkg:mentioningDocumentSymbols}),
 * read from a store that holds the derived {@code unkg:mentioningDocument} triples
 * ({@link DerivedFacts}), so that they are listed in that store's own order.
 */
final class TreatySymbols {
    private TreatySymbols() {
    }

    /**
     * {@code unkg:mentioningDocumentSymbols} of every treaty that {@code derived} counts, read
     * from {@code g}, which holds the derived {@code unkg:mentioningDocument} triples: the
     * distinct symbols of the treaty's documents, joined by one space, in the order {@code g}
     * lists the documents and their symbols, which is the order a query's {@code
     * GROUP_CONCAT(DISTINCT ?symbol)} over them meets them on the same store.
     */
    static List<Triple> listed(Graph g, List<Triple> derived) {
        Node count = UNKG.mentioningDocumentCount.asNode();
        Node document = UNKG.mentioningDocument.asNode();
        Node identifier = DCTerms.identifier.asNode();
        List<Triple> out = new ArrayList<>();
        for (Triple t : derived) {
            if (!t.getPredicate().equals(count)) {
                continue;
            }
            Set<Node> symbols = new LinkedHashSet<>();
            for (Node d : objects(g, t.getSubject(), document)) {
                symbols.addAll(objects(g, d, identifier));
            }
            List<String> strings = new ArrayList<>(symbols.size());
            symbols.forEach(n -> strings.add(NodeValue.makeNode(n).asString()));
            out.add(Triple.create(t.getSubject(), UNKG.mentioningDocumentSymbols.asNode(),
                    NodeFactory.createLiteralString(String.join(" ", strings))));
        }
        return out;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            it.forEachRemaining(t -> out.add(t.getObject()));
        } finally {
            it.close();
        }
        return out;
    }
}
