package org.unkg.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.pfunction.PFuncListAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.tdb2.store.GraphTDB;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The property function {@code (?symbol ?paragraph) fn:bodyMentions (BODY)} (IRI {@value #IRI}):
 * the documents that mention BODY, by symbol, and each document's preambular and operative
 * paragraphs that mention it, by IRI; exactly the rows, in the order, of query 07's two LATERAL
 * steps for one body (ARQ evaluates LATERAL as an ordered nested loop):
 * <pre>{@code
 * { SELECT ?body ?symbol ?mention WHERE {
 *     ?mention unkg:mentioned BODY .
 *     ?document unkg:qualifiedMention ?mention ; dcterms:identifier ?symbol .
 *   } ORDER BY ?symbol }
 * LATERAL {
 *   SELECT ?body ?mention ?paragraph WHERE {
 *     VALUES ?type { unkg:UNEntity unkg:Organization }
 *     BODY a ?type .
 *     ?mention unkg:mentionedIn ?paragraph .
 *     ?paragraph a ?ptype .
 *     FILTER(?ptype IN (unkg:PreambularParagraph, unkg:OperativeParagraph))
 *   } ORDER BY ?paragraph }
 * }</pre>
 * The symbols and the paragraphs are sorted as ORDER BY sorts them (a stable sort comparing
 * {@link BindingComparator#compareNodesRaw} of their values), each list in the order the pattern
 * meets its rows, so rows that tie keep ARQ's order: a body of both types gives each paragraph
 * twice, side by side, and a paragraph of both types twice per type. BODY is a constant or bound
 * before (LATERAL binds it); the rows come a document at a time, so a page's LIMIT stops the
 * loop before the paragraphs of the documents after it are read (the symbols of all the body's
 * documents are read and sorted, as ARQ's first step does).
 *
 * <p>On a TDB2 store's default graph it reads the indexes over NodeIds and decodes only the
 * symbols and the paragraphs kept; on any other graph (an in-memory dataset, {@code unkg query
 * --graph}) the same code reads {@link Graph#find}.
 *
 * <p>Registered with {@link TextCandidates} in each dataset's context.
 */
public final class BodyMentions extends PFuncListAndList {
    /** IRI of the property function. */
    public static final String IRI = "https://w3id.org/unkg/function#bodyMentions";
    private static final String UNKG = "https://w3id.org/unkg/ontology#";
    private static final Node MENTIONED = NodeFactory.createURI(UNKG + "mentioned");
    private static final Node QUALIFIED_MENTION = NodeFactory.createURI(UNKG + "qualifiedMention");
    private static final Node MENTIONED_IN = NodeFactory.createURI(UNKG + "mentionedIn");
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();
    private static final Node TYPE = RDF.Nodes.type;
    private static final List<Node> BODY_TYPES = List.of(NodeFactory.createURI(UNKG + "UNEntity"),
            NodeFactory.createURI(UNKG + "Organization"));
    private static final List<Node> PARAGRAPH_TYPES = List.of(NodeFactory.createURI(UNKG + "PreambularParagraph"),
            NodeFactory.createURI(UNKG + "OperativeParagraph"));
    /** Calls answered over NodeIds and through {@link Graph#find} (for tests). */
    static final AtomicLong BY_NODE_ID = new AtomicLong();
    static final AtomicLong BY_FIND = new AtomicLong();

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
            ExecutionContext execCxt) {
        List<Node> out = subject.getArgList();
        List<Node> args = object.getArgList();
        if (out.size() != 2 || args.size() != 1 || !out.stream().allMatch(Node::isVariable)
                || out.get(0).equals(out.get(1))) {
            throw new QueryExecException(IRI + " takes a list of two different variables (symbol, paragraph)"
                    + " and a list of a body");
        }
        Node body = args.get(0);
        if (body.isVariable()) {
            throw new QueryExecException(IRI + ": the body must be given (a constant, or bound before)");
        }
        Var symbolVar = Var.alloc(out.get(0));
        Var paragraphVar = Var.alloc(out.get(1));
        Graph graph = execCxt.getActiveGraph();
        Iterator<Binding> rows;
        GraphTDB g = TermSource.storeDefault(graph);
        if (g != null) {
            BY_NODE_ID.incrementAndGet();
            rows = new Rows<>(new TermSource.NodeIds(g), binding, symbolVar, paragraphVar).of(body);
        } else {
            BY_FIND.incrementAndGet();
            rows = new Rows<>(new TermSource.Finds(graph), binding, symbolVar, paragraphVar).of(body);
        }
        return QueryIterPlainWrapper.create(rows, execCxt);
    }

    /** A sort key: a term, its node and the value ORDER BY compares. */
    private record Keyed<T>(T term, Node node, NodeValue value) {
    }

    /** The rows of one call. */
    private static final class Rows<T> {
        private final TermSource<T> source;
        private final Binding parent;
        private final Var symbolVar;
        private final Var paragraphVar;

        Rows(TermSource<T> source, Binding parent, Var symbolVar, Var paragraphVar) {
            this.source = source;
            this.parent = parent;
            this.symbolVar = symbolVar;
            this.paragraphVar = paragraphVar;
        }

        Iterator<Binding> of(Node bodyNode) {
            T mentionedP = source.term(MENTIONED);
            T qualifiedP = source.term(QUALIFIED_MENTION);
            T idP = source.term(IDENTIFIER);
            T inP = source.term(MENTIONED_IN);
            T typeP = source.term(TYPE);
            T body = source.term(bodyNode);
            if (mentionedP == null || qualifiedP == null || idP == null || inP == null || typeP == null
                    || body == null) {
                return Collections.emptyIterator();
            }
            // the second step's VALUES: the body's rows once per type it has
            int types = 0;
            for (Node t : BODY_TYPES) {
                T type = source.term(t);
                if (type != null && source.contains(body, typeP, type)) {
                    types++;
                }
            }
            if (types == 0) {
                return Collections.emptyIterator();
            }
            List<T> ptypes = new ArrayList<>(2);
            for (Node t : PARAGRAPH_TYPES) {
                T type = source.term(t);
                if (type != null) {
                    ptypes.add(type);
                }
            }
            // the first step: (mention, symbol) in pattern order, then a stable sort by symbol
            T any = source.any();
            List<Keyed<T>> symbols = new ArrayList<>();
            List<T> mentions = new ArrayList<>();
            Iterator<T> ms = source.find(any, mentionedP, body, 0);
            while (ms.hasNext()) {
                T mention = ms.next();
                Iterator<T> docs = source.find(any, qualifiedP, mention, 0);
                while (docs.hasNext()) {
                    T document = docs.next();
                    Iterator<T> ids = source.find(document, idP, any, 2);
                    while (ids.hasNext()) {
                        T id = ids.next();
                        Node n = source.node(id);
                        symbols.add(new Keyed<>(id, n, NodeValue.makeNode(n)));
                        mentions.add(mention);
                    }
                }
            }
            Integer[] order = new Integer[symbols.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> BindingComparator.compareNodesRaw(symbols.get(a).value(),
                    symbols.get(b).value()));
            int copies = types;
            return new Iterator<>() {
                private int next;
                private Iterator<Binding> current = Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && next < order.length) {
                        int i = order[next++];
                        current = paragraphs(symbols.get(i).node(), mentions.get(i), inP, typeP, ptypes, copies);
                    }
                    return current.hasNext();
                }

                @Override
                public Binding next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return current.next();
                }
            };
        }

        /** The second step for one mention: its paragraphs of the two types, by IRI, {@code copies} times each. */
        private Iterator<Binding> paragraphs(Node symbol, T mention, T inP, T typeP, List<T> ptypes, int copies) {
            List<Keyed<T>> kept = new ArrayList<>();
            Iterator<T> ps = source.find(mention, inP, source.any(), 2);
            while (ps.hasNext()) {
                T p = ps.next();
                Iterator<T> ts = source.find(p, typeP, source.any(), 2);
                int n = 0;
                while (ts.hasNext()) {
                    if (ptypes.contains(ts.next())) {
                        n++;
                    }
                }
                if (n > 0) {
                    Node node = source.node(p);
                    NodeValue value = NodeValue.makeNode(node);
                    for (int i = 0; i < n; i++) {
                        kept.add(new Keyed<>(p, node, value));
                    }
                }
            }
            kept.sort((a, b) -> BindingComparator.compareNodesRaw(a.value(), b.value()));
            List<Binding> rows = new ArrayList<>(kept.size() * copies);
            for (Keyed<T> k : kept) {
                for (int i = 0; i < copies; i++) {
                    rows.add(BindingFactory.binding(parent, symbolVar, symbol, paragraphVar, k.node()));
                }
            }
            return rows.iterator();
        }
    }

}
