package org.unkg.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PFuncListAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunction;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The property function {@code (?s ?o) fn:textCandidates (P KEYWORD)} (IRI {@value #IRI}):
 * binds {@code ?s ?o} to the triples {@code ?s P ?o} of the active graph that may have an object
 * containing KEYWORD (lower-cased), a superset of those that do; a query follows it with the
 * exact test, e.g.
 * <pre>{@code
 * (?p ?hit) fn:textCandidates (unkg:text ?keyword) .
 * FILTER(CONTAINS(LCASE(STR(?hit)), LCASE(STR(?keyword))))
 * }</pre>
 * With the store's {@link TextIndex} the candidates are the triples of the subjects whose
 * objects hold every trigram of the keyword; without one (a store loaded by an older version,
 * an in-memory graph), for a one-character keyword, or for a graph other than the
 * store's default graph, they are all triples of {@code P}, streamed: the query scans, as it did
 * before the index, and answers the same rows.
 *
 * <p>Registered per dataset, in its context ({@link #register}), not in Jena's global registry;
 * {@link OperativeParagraphs}, {@link Citations}, {@link CitingRanks} and {@link BodyMentions} are registered
 * with it.
 */
public final class TextCandidates extends PFuncListAndList {
    private static final Logger LOG = LoggerFactory.getLogger(TextCandidates.class);
    /** IRI of the property function. */
    public static final String IRI = "https://w3id.org/unkg/function#textCandidates";

    private final Counts counts;
    private final TextIndex index;

    private TextCandidates(TextIndex index, Counts counts) {
        this.index = index;
        this.counts = counts;
    }

    /** How often the function answered from the index and by a scan (for logs and tests). */
    public static final class Counts {
        final AtomicLong indexed = new AtomicLong();
        final AtomicLong scanned = new AtomicLong();

        public long indexed() {
            return indexed.get();
        }

        public long scanned() {
            return scanned.get();
        }
    }

    /**
     * Registers the function in the context of {@code dsg}, answering from the text index in
     * {@code storeDir} when there is one (its absence is logged: the text queries then scan);
     * returns the counts of the registered function.
     */
    public static Counts register(DatasetGraph dsg, Path storeDir) {
        TextIndex index = TextIndex.open(storeDir);
        if (index == null) {
            LOG.warn("{} has no text index ({}, written by 'unkg load'): text queries scan every text", storeDir,
                    TextIndex.FILE);
        }
        return register(dsg, index, OperativeIndex.open(storeDir));
    }

    /** Registers the function in the context of {@code dsg}, with {@code index} (null: by scan). */
    public static Counts register(DatasetGraph dsg, TextIndex index) {
        return register(dsg, index, null);
    }

    /**
     * Registers the function in the context of {@code dsg}, with {@code index} (null: by scan), and
     * {@link OperativeParagraphs} with {@code operative} (null: by its join).
     */
    public static Counts register(DatasetGraph dsg, TextIndex index, OperativeIndex operative) {
        Context cxt = dsg.getContext();
        Counts counts = new Counts();
        PropertyFunctionRegistry reg = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.chooseRegistry(cxt));
        reg.put(IRI, (PropertyFunctionFactory) uri -> new TextCandidates(index, counts));
        reg.put(OperativeParagraphs.IRI, (PropertyFunctionFactory) uri -> new OperativeParagraphs(operative));
        reg.put(Citations.IRI, Citations.class);
        reg.put(CitingRanks.IRI, CitingRanks.class);
        reg.put(BodyMentions.IRI, BodyMentions.class);
        PropertyFunctionRegistry.set(cxt, reg);
        return counts;
    }

    /** Registers the function (answering by scan) unless the context of {@code dsg} already has it. */
    public static void ensure(DatasetGraph dsg) {
        PropertyFunctionRegistry reg = PropertyFunctionRegistry.get(dsg.getContext());
        if (reg == null || !reg.manages(IRI)) {
            register(dsg, (TextIndex) null);
        }
    }

    /** The function registered in the context of {@code dsg}, for its counts; null if none. */
    static Counts counts(DatasetGraph dsg) {
        PropertyFunctionRegistry reg = PropertyFunctionRegistry.get(dsg.getContext());
        PropertyFunctionFactory f = reg == null ? null : reg.get(IRI);
        PropertyFunction pf = f == null ? null : f.create(IRI);
        return pf instanceof TextCandidates t ? t.counts : null;
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
            ExecutionContext execCxt) {
        List<Node> out = subject.getArgList();
        List<Node> args = object.getArgList();
        if (out.size() != 2 || args.size() != 2 || !args.get(0).isURI()) {
            throw new QueryExecException(IRI + " takes a list of a subject and an object, and a list of a property IRI and a keyword");
        }
        Node property = args.get(0);
        Node keyword = args.get(1);
        String text = keyword.isLiteral() ? keyword.getLiteralLexicalForm() : keyword.isURI() ? keyword.getURI() : null;
        Graph graph = execCxt.getActiveGraph();
        Node s = out.get(0);
        Node o = out.get(1);
        Node sFind = s.isVariable() ? Node.ANY : s;
        Node oFind = o.isVariable() ? Node.ANY : o;
        Set<TextIndex.Candidate> candidates = text != null && index != null && storeDefault(graph)
                ? index.candidates(property, text) : null;
        Iterator<Triple> triples;
        if (candidates != null) {
            counts.indexed.incrementAndGet();
            List<Triple> found = new ArrayList<>();
            for (TextIndex.Candidate c : candidates) {
                Node cs = NodeFactory.createURI(c.subject());
                if (sFind != Node.ANY && !sFind.equals(cs)) {
                    continue;
                }
                Iterator<Triple> it = graph.find(cs, property, oFind);
                while (it.hasNext()) {
                    Triple t = it.next();
                    if (TextIndex.fingerprint(str(t.getObject())) == c.fingerprint()) {
                        found.add(t);
                    }
                }
            }
            triples = found.iterator();
        } else {
            counts.scanned.incrementAndGet();
            LOG.debug("{} ({}): no answer from a text index, every triple is a candidate", property, text);
            triples = graph.find(sFind, property, oFind);
        }
        if (s.isVariable() && s.equals(o)) {
            triples = Iter.filter(triples, t -> t.getSubject().equals(t.getObject()));
        }
        Iterator<Binding> bindings = Iter.map(triples, t -> {
            BindingBuilder b = BindingFactory.builder(binding);
            if (s.isVariable()) {
                b.add(Var.alloc(s), t.getSubject());
            }
            if (o.isVariable() && !(s.isVariable() && s.equals(o))) {
                b.add(Var.alloc(o), t.getObject());
            }
            return b.build();
        });
        return QueryIterPlainWrapper.create(bindings, execCxt);
    }

    /** What STR gives of an object the index covers (a literal or an IRI). */
    private static String str(Node o) {
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : "";
    }

    /** Whether the graph is a store's default graph (what the index covers). */
    private static boolean storeDefault(Graph g) {
        if (!(g instanceof GraphView v)) {
            return false;
        }
        Node name = v.getGraphName();
        return name == null || Quad.isDefaultGraph(name);
    }
}
