package org.unkg.serve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.sparql.pfunction.PFuncListAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.tdb2.store.GraphTDB;
import org.apache.jena.vocabulary.DCTerms;
import org.unkg.rdf.CITO;
import org.unkg.rdf.UNKG;

/**
 * The property function
 * {@code (?citing ?citingSymbol ?cited ?citedSymbol ?relation ?verbs) fn:citations (RANK LANG)}
 * (IRI {@value #IRI}): the citations made by the documents whose {@code unkg:citingSymbolRank} is
 * RANK, one row per citing and cited document, with the typed relations and the verbs in language
 * LANG of the paragraphs that carry the citation; exactly the rows of (query 02's LATERAL step)
 * <pre>{@code
 * SELECT ?citing ?citingSymbol ?cited ?citedSymbol
 *        (GROUP_CONCAT(DISTINCT STRAFTER(STR(?rel), "#"); SEPARATOR=" ") AS ?relation)
 *        (GROUP_CONCAT(DISTINCT ?verb; SEPARATOR=" | ") AS ?verbs)
 * WHERE {
 *   ?citing unkg:citingSymbolRank RANK ; dcterms:identifier ?citingSymbol ; cito:cites ?cited .
 *   ?cited dcterms:identifier ?citedSymbol .
 *   OPTIONAL { ?citing ?rel ?cited . FILTER(?rel NOT IN (cito:cites, unkg:draft, unkg:report)) }
 *   OPTIONAL { { SELECT ?citing ?cited ?verb WHERE {
 *     ?citing unkg:citingSymbolRank RANK .
 *     ?p unkg:work ?citing ; cito:cites ?cited ; unkg:verb ?verb .
 *     FILTER(LANGMATCHES(LANG(?verb), LANG)) } } }
 * }
 * GROUP BY ?citing ?citingSymbol ?cited ?citedSymbol
 * }</pre>
 * with each GROUP_CONCAT listing its values in the order ARQ meets them: the relations in the
 * order the graph lists the triples from the citing to the cited document, the verbs paragraph by
 * paragraph in the order the graph lists the citing document's paragraphs (its
 * {@code unkg:work} triples), each paragraph's verbs in the order it lists them. Where ARQ leaves
 * an aggregate unbound (a pair with no relation, or no verb in LANG: its one row has no value, an
 * error for GROUP_CONCAT) the column is unbound here too. RANK and LANG are constants or variables
 * bound before (LATERAL binds RANK); LANG unbound matches no verb, as LANGMATCHES does. The rows
 * come in no particular order (02 sorts each step's rows by the cited symbol); the six outputs
 * must be distinct variables.
 *
 * <p>The pattern cost 02 about two thirds of its first page's CPU (relations, verbs, grouping:
 * 11.4 ms with, 3.9 ms without, 2026-11-24, full AKN sample store, thread CPU): ARQ builds a
 * binding per row of the pair join, per relation and per verb, hashes the verbs of the step to
 * join them to the pairs, then groups the rows and evaluates both aggregates' expressions row by
 * row. Here one pass reads the citing document's paragraphs once and files each verb under the
 * documents its paragraph cites, and a row is made per pair only.
 *
 * <p>On a TDB2 store's default graph it reads the indexes over NodeIds and decodes only what a
 * row shows (the documents, their symbols, the relations and the verbs kept; TDB2's node cache
 * makes that a map look-up once warm); on any other graph (an in-memory dataset, {@code unkg query
 * --graph}) the same code reads {@link Graph#find}. Both read each pattern through the index ARQ
 * would use for it, so values come in ARQ's order on either.
 *
 * <p>Registered with {@link TextCandidates} in each dataset's context.
 */
public final class Citations extends PFuncListAndList {
    /** IRI of the property function. */
    public static final String IRI = "https://w3id.org/unkg/function#citations";
    private static final Node RANK = UNKG.citingSymbolRank.asNode();
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();
    private static final Node CITES = CITO.cites.asNode();
    private static final Node DRAFT = UNKG.draft.asNode();
    private static final Node REPORT = UNKG.report.asNode();
    private static final Node WORK = UNKG.work.asNode();
    private static final Node VERB = UNKG.verb.asNode();
    private static final String RELATION_SEPARATOR = " ";
    private static final String VERB_SEPARATOR = " | ";
    /** Calls answered over NodeIds and through {@link Graph#find} (for tests). */
    static final AtomicLong BY_NODE_ID = new AtomicLong();
    static final AtomicLong BY_FIND = new AtomicLong();

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
            ExecutionContext execCxt) {
        List<Node> out = subject.getArgList();
        List<Node> args = object.getArgList();
        if (out.size() != 6 || args.size() != 2 || !out.stream().allMatch(Node::isVariable)
                || out.stream().distinct().count() != 6) {
            throw new QueryExecException(IRI + " takes a list of six different variables (citing, citing symbol,"
                    + " cited, cited symbol, relation, verbs) and a list of a rank and a language");
        }
        Node rank = args.get(0);
        Node lang = args.get(1);
        if (rank.isVariable()) {
            throw new QueryExecException(IRI + ": the rank must be given (a constant, or bound before)");
        }
        Graph graph = execCxt.getActiveGraph();
        List<Binding> rows;
        GraphTDB g = TermSource.storeDefault(graph);
        if (g != null) {
            BY_NODE_ID.incrementAndGet();
            rows = new Rows<>(new TermSource.NodeIds(g), binding, out, lang).of(rank);
        } else {
            BY_FIND.incrementAndGet();
            rows = new Rows<>(new TermSource.Finds(graph), binding, out, lang).of(rank);
        }
        return QueryIterPlainWrapper.create(rows.iterator(), execCxt);
    }

    /** The join for one call. */
    private static final class Rows<T> {
        private final TermSource<T> source;
        private final Binding parent;
        private final Var citingVar;
        private final Var citingSymbolVar;
        private final Var citedVar;
        private final Var citedSymbolVar;
        private final Var relationVar;
        private final Var verbsVar;
        /** LANG as LANGMATCHES reads it; null when unbound (no verb matches). */
        private final NodeValue lang;
        /** Each verb met: its lexical form when in LANG, null when not. */
        private final Map<T, String> verbForms = new HashMap<>();
        private final T any;

        Rows(TermSource<T> source, Binding parent, List<Node> out, Node lang) {
            this.source = source;
            this.parent = parent;
            citingVar = Var.alloc(out.get(0));
            citingSymbolVar = Var.alloc(out.get(1));
            citedVar = Var.alloc(out.get(2));
            citedSymbolVar = Var.alloc(out.get(3));
            relationVar = Var.alloc(out.get(4));
            verbsVar = Var.alloc(out.get(5));
            this.lang = lang.isVariable() ? null : NodeValue.makeNode(lang);
            any = source.any();
        }

        List<Binding> of(Node rankNode) {
            T rankP = source.term(RANK);
            T idP = source.term(IDENTIFIER);
            T citesP = source.term(CITES);
            T rank = source.term(rankNode);
            if (rankP == null || idP == null || citesP == null || rank == null) {
                return List.of();
            }
            T draftP = source.term(DRAFT);
            T reportP = source.term(REPORT);
            T workP = source.term(WORK);
            T verbP = source.term(VERB);
            List<Binding> rows = new ArrayList<>();
            for (T citing : list(source.find(any, rankP, rank, 0))) {
                List<T> symbols = list(source.find(citing, idP, any, 2));
                if (symbols.isEmpty()) {
                    continue;
                }
                List<T> citeds = list(source.find(citing, citesP, any, 2));
                if (citeds.isEmpty()) {
                    continue;
                }
                Map<T, Set<T>> verbs = workP == null || verbP == null || lang == null ? Map.of()
                        : verbs(citing, workP, citesP, verbP);
                Node citingNode = source.node(citing);
                Map<T, Cited> seen = new HashMap<>();
                for (T symbol : symbols) {
                    Node citingSymbol = source.node(symbol);
                    for (T cited : citeds) {
                        Cited c = seen.get(cited);
                        if (c == null) {
                            c = cited(citing, cited, idP, citesP, draftP, reportP, verbs.get(cited));
                            seen.put(cited, c);
                        }
                        for (Node citedSymbol : c.symbols) {
                            BindingBuilder b = BindingFactory.builder(parent);
                            b.add(citingVar, citingNode);
                            b.add(citingSymbolVar, citingSymbol);
                            b.add(citedVar, c.node);
                            b.add(citedSymbolVar, citedSymbol);
                            if (c.relation != null) {
                                b.add(relationVar, c.relation);
                            }
                            if (c.verbs != null) {
                                b.add(verbsVar, c.verbs);
                            }
                            rows.add(b.build());
                        }
                    }
                }
            }
            return rows;
        }

        /** A cited document: its node, symbols, and the two aggregates of its pair (null: unbound). */
        private record Cited(Node node, List<Node> symbols, Node relation, Node verbs) {
        }

        private Cited cited(T citing, T cited, T idP, T citesP, T draftP, T reportP, Set<T> verbs) {
            List<Node> symbols = new ArrayList<>(1);
            source.find(cited, idP, any, 2).forEachRemaining(s -> symbols.add(source.node(s)));
            if (symbols.isEmpty()) {
                return new Cited(null, symbols, null, null);
            }
            // GROUP_CONCAT(DISTINCT STRAFTER(STR(?rel), "#")): distinct strings, first met first
            Set<String> relations = new LinkedHashSet<>();
            Iterator<T> rels = source.find(citing, any, cited, 1);
            while (rels.hasNext()) {
                T rel = rels.next();
                if (!rel.equals(citesP) && !rel.equals(draftP) && !rel.equals(reportP)) {
                    relations.add(after(source.node(rel)));
                }
            }
            // GROUP_CONCAT(DISTINCT ?verb): distinct terms (a form in two tags is listed twice)
            List<String> forms = new ArrayList<>(verbs == null ? 0 : verbs.size());
            if (verbs != null) {
                verbs.forEach(v -> forms.add(verbForms.get(v)));
            }
            return new Cited(source.node(cited), symbols, concat(relations, RELATION_SEPARATOR),
                    concat(forms, VERB_SEPARATOR));
        }

        /**
         * The verbs in LANG of the citing document's paragraphs, by the document each paragraph
         * cites: paragraph by paragraph in the order of the {@code ?p unkg:work citing} range,
         * each paragraph's verbs in the order of its {@code ?p unkg:verb ?verb} range (the order
         * of the verbs sub-SELECT's rows, which ARQ's left join keeps for each pair).
         */
        private Map<T, Set<T>> verbs(T citing, T workP, T citesP, T verbP) {
            Map<T, Set<T>> byCited = new HashMap<>();
            Iterator<T> paragraphs = source.find(any, workP, citing, 0);
            while (paragraphs.hasNext()) {
                T p = paragraphs.next();
                List<T> cited = list(source.find(p, citesP, any, 2));
                if (cited.isEmpty()) {
                    continue;
                }
                Iterator<T> vs = source.find(p, verbP, any, 2);
                while (vs.hasNext()) {
                    T v = vs.next();
                    if (form(v) != null) {
                        for (T c : cited) {
                            byCited.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(v);
                        }
                    }
                }
            }
            return byCited;
        }

        /** The lexical form of a verb whose language LANGMATCHES LANG; null for any other verb. */
        private String form(T verb) {
            if (verbForms.containsKey(verb)) {
                return verbForms.get(verb);
            }
            Node n = source.node(verb);
            String form = null;
            try {
                if (NodeFunctions.langMatches(NodeFunctions.lang(NodeValue.makeNode(n)), lang).getBoolean()) {
                    form = n.getLiteralLexicalForm();
                }
            } catch (ExprEvalException e) {
                // LANG of a non-literal is an error: the FILTER drops the verb
            }
            verbForms.put(verb, form);
            return form;
        }

        private static <T> List<T> list(Iterator<T> it) {
            List<T> l = new ArrayList<>(4);
            it.forEachRemaining(l::add);
            return l;
        }
    }

    /** STRAFTER(STR(rel), "#") of a predicate (an IRI): "" when it has no "#". */
    private static String after(Node rel) {
        String s = rel.getURI();
        int i = s.indexOf('#');
        return i < 0 ? "" : s.substring(i + 1);
    }

    /** GROUP_CONCAT of distinct values; null (unbound) when there are none. */
    private static Node concat(Collection<String> values, String separator) {
        return values.isEmpty() ? null : NodeFactory.createLiteralString(String.join(separator, values));
    }

}
