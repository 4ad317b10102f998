package org.unkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PFuncListAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.tdb2.solver.BindingNodeId;
import org.apache.jena.tdb2.solver.BindingTDB;
import org.apache.jena.tdb2.store.GraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The property function
 * {@code (?paragraph ?text [?work [?symbol]]) fn:operativeParagraphs (VERB [KEYWORD])} (IRI
 * {@value #IRI}): the operative paragraphs whose {@code unkg:verb} is VERB, each with its
 * {@code unkg:text} in the language of VERB (and, when KEYWORD is given, holding it, case
 * ignored), when a third term is given its {@code unkg:work}, and when a fourth is given that
 * Work's {@code dcterms:identifier}; exactly the rows of
 * <pre>{@code
 * ?paragraph unkg:verb VERB ;
 *            a unkg:OperativeParagraph ;
 *            unkg:text ?text ;
 *            unkg:work ?work .      # only with the third term
 * ?work dcterms:identifier ?symbol .  # only with the fourth term
 * FILTER(LANG(VERB) = LANG(?text))
 * FILTER(CONTAINS(LCASE(STR(?text)), LCASE(STR(KEYWORD))))   # only with KEYWORD
 * }</pre>
 * VERB may be a variable (bound by the pattern before, or, unbound, to every verb); any of
 * {@code ?paragraph ?text ?work} may be a constant. A paragraph carries one text per language
 * (six in the AKN sample), so the pattern reads six texts to keep one: 06 reads the ~1,200
 * paragraphs of "Requests" this way. The keyword is tested on the text the language test has
 * decoded already, without a lowered copy of it ({@link LowerContains}), and before a row is made
 * (query 06 keeps 736 of the 1,204 texts of "Requests" with "Secretary-General").
 *
 * <p>On a TDB2 store's default graph the join runs over NodeIds: the verb's paragraphs from the
 * POS index, then one SPO range per paragraph for its type, texts and Work together (about 15
 * triples: one B+tree descent where the patterns make three, and a descent is the join's main
 * cost); only the verb and the texts are decoded (for their language tags; TDB2's node cache
 * makes that a map look-up once warm). The rows are TDB2 bindings, so the patterns after the
 * function join on the NodeIds without looking the nodes up again. A Work's symbols are read
 * once per call (06's 736 rows name 427 Works, where the pattern after the function made a
 * binding and a B+tree descent per row) and bound as nodes, not NodeIds: 06 orders by them, and
 * each comparison read both rows' symbols through TDB2's node cache. On any other graph (an
 * in-memory dataset, {@code unkg query --graph}) it runs the same join through
 * {@link Graph#find}. Rows come out in index order in both cases, or, with a variable symbol, in
 * the order of the symbols' lexical forms; a query orders them itself (the order only spares
 * its sort comparisons: a row that sorts after the page is dropped after one).
 *
 * <p>With the store's {@link OperativeIndex} (written by the load), the form with four variables
 * and a given verb (query 06) reads the verb's rows from it instead: one run of NodeIds per verb,
 * already in symbol order, and only the texts tested for the keyword decoded.
 *
 * <p>Registered with {@link TextCandidates} in each dataset's context.
 */
public final class OperativeParagraphs extends PFuncListAndList {
    /** IRI of the property function. */
    public static final String IRI = "https://w3id.org/unkg/function#operativeParagraphs";
    private static final String UNKG = "https://w3id.org/unkg/ontology#";
    static final Node VERB = NodeFactory.createURI(UNKG + "verb");
    static final Node TEXT = NodeFactory.createURI(UNKG + "text");
    static final Node OPERATIVE = NodeFactory.createURI(UNKG + "OperativeParagraph");
    static final Node WORK = NodeFactory.createURI(UNKG + "work");
    static final Node IDENTIFIER = DCTerms.identifier.asNode();
    /** Calls answered over NodeIds and through {@link Graph#find} (for tests). */
    static final AtomicLong BY_NODE_ID = new AtomicLong();
    static final AtomicLong BY_FIND = new AtomicLong();
    private static final List<Node> NO_SYMBOL = List.of(Node.ANY);
    /** The store's {@link OperativeIndex}; null: the join. */
    private final OperativeIndex index;

    /** The function answering by the join. */
    public OperativeParagraphs() {
        this(null);
    }

    /** The function reading {@code index} (the store's, or null) where it can. */
    public OperativeParagraphs(OperativeIndex index) {
        this.index = index;
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
            ExecutionContext execCxt) {
        List<Node> out = subject.getArgList();
        List<Node> args = object.getArgList();
        List<Node> terms = new ArrayList<>(out);
        terms.addAll(args);
        if (out.size() < 2 || out.size() > 4 || args.isEmpty() || args.size() > 2
                || terms.stream().filter(Node::isVariable).distinct().count()
                        != terms.stream().filter(Node::isVariable).count()) {
            throw new QueryExecException(IRI + " takes a list of a paragraph, a text and optionally a work and its"
                    + " symbol, and a list of a verb and optionally a keyword: different variables or constants");
        }
        Node paragraph = out.get(0);
        Node text = out.get(1);
        Node work = out.size() >= 3 ? out.get(2) : null;
        Node symbol = out.size() == 4 ? out.get(3) : null;
        Node verb = args.get(0);
        LowerContains keyword = null;
        if (args.size() == 2) {
            String k = str(args.get(1));
            if (k == null) {
                // STR of a blank node or of an unbound variable is an error: the FILTER keeps no row
                return QueryIterPlainWrapper.create(Iter.nullIterator(), execCxt);
            }
            keyword = new LowerContains(k);
        }
        Graph graph = execCxt.getActiveGraph();
        GraphTDB g = TermSource.storeDefault(graph);
        Iterator<Binding> rows = g != null
                ? byNodeId(g, index, binding, paragraph, text, work, symbol, verb, keyword)
                : byFind(graph, binding, paragraph, text, work, symbol, verb, keyword);
        return QueryIterPlainWrapper.create(rows, execCxt);
    }

    /** The join over the default graph's NodeIds. */
    private static Iterator<Binding> byNodeId(GraphTDB g, OperativeIndex index, Binding parent, Node paragraph, Node text, Node work,
            Node symbol, Node verb, LowerContains keyword) {
        BY_NODE_ID.incrementAndGet();
        NodeTupleTable table = g.getDSG().getTripleTable().getNodeTupleTable();
        NodeTable nodes = table.getNodeTable();
        NodeId verbP = nodes.getNodeIdForNode(VERB);
        NodeId textP = nodes.getNodeIdForNode(TEXT);
        NodeId typeP = nodes.getNodeIdForNode(RDF.Nodes.type);
        NodeId operative = nodes.getNodeIdForNode(OPERATIVE);
        NodeId workP = work == null ? null : nodes.getNodeIdForNode(WORK);
        NodeId w = work == null ? NodeId.NodeIdAny : term(nodes, work);
        NodeId symbolP = symbol == null ? null : nodes.getNodeIdForNode(IDENTIFIER);
        NodeId r = symbol == null ? NodeId.NodeIdAny : term(nodes, symbol);
        NodeId p = term(nodes, paragraph);
        NodeId t = term(nodes, text);
        NodeId v = term(nodes, verb);
        if (absent(verbP) || absent(textP) || absent(typeP) || absent(operative) || absent(p) || absent(t)
                || absent(v) || work != null && absent(workP) || absent(w) || symbol != null && absent(symbolP)
                || absent(r)) {
            return Iter.nullIterator();
        }
        if (index != null && !NodeId.isAny(v) && paragraph.isVariable() && text.isVariable() && work != null
                && work.isVariable() && symbol != null && symbol.isVariable()) {
            // 06's form: the verb's rows read from the index, in symbol order already
            return index.rows(nodes, parent, Var.alloc(paragraph), Var.alloc(text), Var.alloc(work),
                    Var.alloc(symbol), verb, v, keyword);
        }
        // a verb given (06: bound by the sub-SELECT before) is decoded once, not once per paragraph
        String verbLang = NodeId.isAny(v) ? null : language(nodes.getNodeForNodeId(v));
        if (!NodeId.isAny(v) && verbLang == null) {
            return Iter.nullIterator();
        }
        // the symbols of each Work met, read once: 06's 736 rows name 427 Works
        Map<NodeId, List<Node>> symbols = new HashMap<>();
        Var symbolVar = symbol != null && symbol.isVariable() ? Var.alloc(symbol) : null;
        Iterator<Binding> rows = Iter.flatMap(table.find(p, verbP, v), pv -> {
            NodeId pid = pv.get(0);
            NodeId vid = pv.get(2);
            String lang = verbLang != null ? verbLang : language(nodes.getNodeForNodeId(vid));
            if (lang == null) {
                return Iter.nullIterator();
            }
            Parts parts = parts(table, pid, textP, typeP, operative, workP, t, w);
            if (!parts.operative()) {
                return Iter.nullIterator();
            }
            List<Binding> out = new ArrayList<>(parts.works().size());
            for (NodeId tid : parts.texts()) {
                if (kept(nodes.getNodeForNodeId(tid), lang, keyword)) {
                    for (NodeId wid : parts.works()) {
                        List<Node> ss = symbol == null ? NO_SYMBOL : symbols.computeIfAbsent(wid,
                                x -> objects(table, x, symbolP, r).stream().map(nodes::getNodeForNodeId).toList());
                        for (Node sn : ss) {
                            BindingNodeId b = new BindingNodeId(parent);
                            put(b, paragraph, pid);
                            put(b, text, tid);
                            put(b, verb, vid);
                            if (work != null) {
                                put(b, work, wid);
                            }
                            Binding row = new BindingTDB(b, nodes);
                            out.add(symbolVar == null ? row : BindingFactory.binding(row, symbolVar, sn));
                        }
                    }
                }
            }
            return out.iterator();
        });
        return symbolVar != null ? bySymbol(rows, symbolVar) : rows;
    }

    /**
     * What one SPO range of a paragraph says: whether it is an operative paragraph, its texts and
     * its Works (a text or Work kept only when it is {@code t} or {@code w}, unless those are
     * {@link NodeId#NodeIdAny}); without {@code workP} the Works are one {@code NodeIdAny}.
     */
    record Parts(boolean operative, List<NodeId> texts, List<NodeId> works) {
    }

    /** The {@link Parts} of paragraph {@code p}: one B+tree descent where the patterns make three. */
    static Parts parts(NodeTupleTable table, NodeId p, NodeId textP, NodeId typeP, NodeId operativeType,
            NodeId workP, NodeId t, NodeId w) {
        boolean typed = false;
        List<NodeId> texts = new ArrayList<>(8);
        List<NodeId> works = workP == null ? List.of(NodeId.NodeIdAny) : new ArrayList<>(1);
        Iterator<Tuple<NodeId>> it = table.find(p, NodeId.NodeIdAny, NodeId.NodeIdAny);
        while (it.hasNext()) {
            Tuple<NodeId> pt = it.next();
            NodeId pred = pt.get(1);
            if (pred.equals(textP)) {
                if (NodeId.isAny(t) || t.equals(pt.get(2))) {
                    texts.add(pt.get(2));
                }
            } else if (pred.equals(typeP) && pt.get(2).equals(operativeType)) {
                typed = true;
            } else if (pred.equals(workP) && (NodeId.isAny(w) || w.equals(pt.get(2)))) {
                works.add(pt.get(2));
            }
        }
        return new Parts(typed, texts, works);
    }

    /** The objects of {@code s p o} (o a NodeId or any) in a TDB2 store. */
    static List<NodeId> objects(NodeTupleTable table, NodeId s, NodeId p, NodeId o) {
        List<NodeId> out = new ArrayList<>(1);
        table.find(s, p, o).forEachRemaining(t -> out.add(t.get(2)));
        return out;
    }

    /**
     * The rows in the order of their symbol's lexical form (stable), read to the end: a query that
     * orders by the symbol (06) then compares each row with few others (the rows come in
     * paragraph order, random by symbol).
     */
    private static Iterator<Binding> bySymbol(Iterator<Binding> rows, Var symbol) {
        record Keyed(String key, Binding row) { }
        List<Keyed> all = new ArrayList<>();
        rows.forEachRemaining(b -> {
            Node n = b.get(symbol);
            all.add(new Keyed(n != null && n.isLiteral() ? n.getLiteralLexicalForm() : "", b));
        });
        all.sort(Comparator.comparing(Keyed::key));
        return Iter.map(all.iterator(), Keyed::row);
    }

    /** The same join through {@link Graph#find}, for any graph. */
    private static Iterator<Binding> byFind(Graph graph, Binding parent, Node paragraph, Node text, Node work,
            Node symbol, Node verb, LowerContains keyword) {
        BY_FIND.incrementAndGet();
        Node p = paragraph.isVariable() ? Node.ANY : paragraph;
        Node t = text.isVariable() ? Node.ANY : text;
        Node v = verb.isVariable() ? Node.ANY : verb;
        Node r = symbol == null || symbol.isVariable() ? Node.ANY : symbol;
        Iterator<Binding> rows = Iter.flatMap(graph.find(p, VERB, v), pv -> {
            String lang = language(pv.getObject());
            if (lang == null || !graph.contains(pv.getSubject(), RDF.Nodes.type, OPERATIVE)) {
                return Iter.nullIterator();
            }
            Iterator<Triple> texts = Iter.filter(graph.find(pv.getSubject(), TEXT, t),
                    pt -> kept(pt.getObject(), lang, keyword));
            return Iter.flatMap(texts, pt -> {
                Iterator<Node> works = work == null ? Iter.singletonIterator(Node.ANY)
                        : Iter.map(graph.find(pv.getSubject(), WORK, work.isVariable() ? Node.ANY : work),
                                Triple::getObject);
                return Iter.flatMap(works, w -> {
                    Iterator<Node> symbols = symbol == null ? Iter.singletonIterator(Node.ANY)
                            : Iter.map(graph.find(w, IDENTIFIER, r), Triple::getObject);
                    return Iter.map(symbols, k -> {
                        BindingBuilder b = BindingFactory.builder(parent);
                        add(b, paragraph, pv.getSubject());
                        add(b, text, pt.getObject());
                        add(b, verb, pv.getObject());
                        if (work != null) {
                            add(b, work, w);
                        }
                        if (symbol != null) {
                            add(b, symbol, k);
                        }
                        return b.build();
                    });
                });
            });
        });
        return symbol != null && symbol.isVariable() ? bySymbol(rows, Var.alloc(symbol)) : rows;
    }

    /** Whether a text is in the verb's language and, if a keyword is given, holds it. */
    private static boolean kept(Node text, String lang, LowerContains keyword) {
        return lang.equals(language(text)) && (keyword == null || keyword.test(text.getLiteralLexicalForm()));
    }

    /** What STR gives of a constant (null where it is an error: a blank node, a variable, a triple term). */
    private static String str(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return n.isURI() ? n.getURI() : null;
    }

    /** What LANG gives of a literal (empty for a literal without a tag); null for any other node. */
    static String language(Node n) {
        return n != null && n.isLiteral() ? Objects.requireNonNullElse(n.getLiteralLanguage(), "") : null;
    }

    /** The NodeId of a constant, {@link NodeId#NodeIdAny} for a variable. */
    private static NodeId term(NodeTable nodes, Node n) {
        return n.isVariable() ? NodeId.NodeIdAny : nodes.getNodeIdForNode(n);
    }

    static boolean absent(NodeId id) {
        return id == null || NodeId.isDoesNotExist(id);
    }

    private static void put(BindingNodeId b, Node n, NodeId id) {
        if (n.isVariable()) {
            b.put(Var.alloc(n), id);
        }
    }

    private static void add(BindingBuilder b, Node n, Node value) {
        if (n.isVariable()) {
            b.add(Var.alloc(n), value);
        }
    }

}
