package org.unkg.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sys.JenaSystem;
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
 * that read them ({@code 01}, {@code 02}, {@code 04}, {@code 08}, {@code 10}) answer the same on either.
 * <ul>
 *   <li>{@code unkg:mentioningDocument} and {@code unkg:mentioningDocumentCount} on every
 *       {@code unkg:Treaty}: the resources with a {@code dcterms:identifier} (documents) that
 *       {@code unkg:mentions} it, and their number (absent when none);</li>
 *   <li>{@code unkg:citedDocumentCount} on every resource with a {@code dcterms:identifier}
 *       that {@code cito:cites} something: the number of distinct resources it cites;</li>
 *   <li>{@code unkg:languageVersionsDisagree true} on a Work whose language versions
 *       ({@code eli:realizes}) give different {@code unkg:paragraphsWithText} or
 *       {@code unkg:paragraphsWithVerb} (absent when they agree);</li>
 *   <li>orders and lists that let a canned query read its page only:
 *       {@code unkg:mentioningDocumentRank} on every counted treaty (its place by
 *       {@code DESC(count)} then IRI, as {@code 08} orders them), {@code unkg:citingSymbolRank}
 *       on every document with {@code unkg:citedDocumentCount} (its symbol's place among the
 *       citing symbols, as {@code 02} orders them), and {@code unkg:mentioningDocumentSymbols}
 *       on every counted treaty (its documents' symbols in one literal, in the order the store
 *       lists them: read from the store once the rest is added, {@link TreatySymbols});
 *       {@code unkg:symbolRank} on every document (its symbol's place among all symbols, as
 *       {@code 10} orders the Works that disagree) and {@code unkg:stateMentionRank} on every
 *       document with a {@code unkg:qualifiedStateMention} (its place among them by symbol then
 *       IRI, as {@code 04} orders them); {@code unkg:sessionSymbolRank} on every resolution
 *       of {@code 01}'s list (its place by session number, then symbol, then IRI).</li>
 * </ul>
 * They are counted from the triples as they stream by ({@link Collector}): the TDB2 load feeds
 * its parse to a collector and adds what it derives once the store is built, so no store index is
 * read for them; the in-memory store feeds its parse to one too, and {@link #derive(Graph)}
 * streams a graph's triples to one. The full
 * AKN sample gave 3,571 triples besides its 2,381,487 before the orders and lists were added;
 * 13,545 besides its 2,476,846 with them (7,732 symbol places, 413 State mention places). The collector keeps the pairs of the
 * properties it reads (unkg:mentions, cito:cites: about 70,000 on the full sample) and the
 * subjects with a symbol, so its memory grows with those, not with the graph's other triples.
 *
 * <pre>{@code
 * List<Triple> added = DerivedFacts.addTo(dsg.getDefaultGraph());
 * }</pre>
 */
public final class DerivedFacts {
    private static final Node ANY = Node.ANY;

    /** The predicates only a load derives ({@code unkg build} never writes them). */
    public static final List<Node> PREDICATES = List.of(UNKG.mentioningDocument.asNode(),
            UNKG.mentioningDocumentCount.asNode(), UNKG.citedDocumentCount.asNode(),
            UNKG.languageVersionsDisagree.asNode(), UNKG.mentioningDocumentRank.asNode(),
            UNKG.mentioningDocumentSymbols.asNode(), UNKG.citingSymbolRank.asNode(), UNKG.symbolRank.asNode(),
            UNKG.stateMentionRank.asNode(), UNKG.sessionSymbolRank.asNode());

    private DerivedFacts() {
    }

    /** How many of {@code g}'s triples are derived ones (the caller holds any transaction). */
    public static long countIn(Graph g) {
        long n = 0;
        for (Node p : PREDICATES) {
            ExtendedIterator<Triple> it = g.find(ANY, p, ANY);
            try {
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
            } finally {
                it.close();
            }
        }
        return n;
    }

    /** Derives the statistics of {@code g} and adds them to it (the caller holds any transaction); returns them. */
    public static List<Triple> addTo(Graph g) {
        Collector c = new Collector();
        stream(g, c);
        return c.addTo(g);
    }

    /**
     * The statistics of {@code g}, not added: every triple of {@code g} streamed to a {@link
     * Collector}; the symbols of a treaty's documents are listed in the order {@code g} lists
     * them when it holds the derived ones already (a loaded store), else in the order they
     * were derived.
     */
    public static List<Triple> derive(Graph g) {
        Collector c = new Collector();
        stream(g, c);
        List<Triple> derived = c.derived();
        Graph more = GraphMemFactory.createDefaultGraph();
        derived.forEach(more::add);
        derived.addAll(TreatySymbols.listed(new Union(g, more), derived));
        return derived;
    }

    private static void stream(Graph g, Collector c) {
        ExtendedIterator<Triple> it = g.find(ANY, ANY, ANY);
        try {
            it.forEachRemaining(c::triple);
        } finally {
            it.close();
        }
    }

    /** Each row's {@code id} and its place (1, 2, ...) when the rows are sorted as SPARQL's ORDER BY {@code order} sorts them. */
    private static Map<Node, Node> ranks(List<Binding> rows, Var id, List<SortCondition> order) {
        List<Binding> sorted = new ArrayList<>(rows);
        sorted.sort(new BindingComparator(order));
        Map<Node, Node> out = new HashMap<>();
        for (Binding b : sorted) {
            out.put(b.get(id), integer(out.size() + 1L));
        }
        return out;
    }

    /**
     * Reads what the statistics need from the triples (and default-graph quads) sent to it;
     * {@link #derived()} then gives them. One graph at a time, not thread-safe.
     */
    public static final class Collector extends StreamRDFBase {
        static {
            // Jena first, then its vocabulary classes (a collector may be the first use of Jena)
            JenaSystem.init();
        }

        private static final Node TYPE = RDF.type.asNode();
        private static final Node TREATY = UNKG.Treaty.asNode();
        private static final Node IDENTIFIER = DCTerms.identifier.asNode();
        private static final Node MENTIONS = UNKG.mentions.asNode();
        private static final Node CITES = CITO.cites.asNode();
        private static final Node REALIZES = ELI.realizes.asNode();
        private static final Node TEXTS = UNKG.paragraphsWithText.asNode();
        private static final Node VERBS = UNKG.paragraphsWithVerb.asNode();
        private static final Node STATE_MENTION = UNKG.qualifiedStateMention.asNode();
        private static final Node RESOLUTION = UNKG.Resolution.asNode();
        private static final Node SESSION_TYPE = UNKG.Session.asNode();
        private static final Node SESSION = UNKG.session.asNode();
        private static final Node NUMBER = UNKG.number.asNode();

        private final Map<Node, Set<Node>> identified = new LinkedHashMap<>();
        private final Set<Node> treaties = new LinkedHashSet<>();
        private final Pairs mentions = new Pairs();
        private final Pairs cites = new Pairs();
        private final Pairs realizes = new Pairs();
        private final Map<Node, List<Node>> texts = new HashMap<>();
        private final Map<Node, List<Node>> verbs = new HashMap<>();
        private final Set<Node> mentioningStates = new LinkedHashSet<>();
        private final Set<Node> resolutions = new LinkedHashSet<>();
        private final Set<Node> sessions = new HashSet<>();
        private final Pairs inSession = new Pairs();
        private final Pairs numbers = new Pairs();

        @Override
        public void triple(Triple t) {
            Node p = t.getPredicate();
            if (p.equals(TYPE)) {
                if (t.getObject().equals(TREATY)) {
                    treaties.add(t.getSubject());
                } else if (t.getObject().equals(RESOLUTION)) {
                    resolutions.add(t.getSubject());
                } else if (t.getObject().equals(SESSION_TYPE)) {
                    sessions.add(t.getSubject());
                }
            } else if (p.equals(MENTIONS)) {
                mentions.add(t.getSubject(), t.getObject());
            } else if (p.equals(IDENTIFIER)) {
                identified.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>(2)).add(t.getObject());
            } else if (p.equals(CITES)) {
                cites.add(t.getSubject(), t.getObject());
            } else if (p.equals(REALIZES)) {
                realizes.add(t.getSubject(), t.getObject());
            } else if (p.equals(TEXTS)) {
                texts.computeIfAbsent(t.getSubject(), k -> new ArrayList<>(1)).add(t.getObject());
            } else if (p.equals(VERBS)) {
                verbs.computeIfAbsent(t.getSubject(), k -> new ArrayList<>(1)).add(t.getObject());
            } else if (p.equals(STATE_MENTION)) {
                mentioningStates.add(t.getSubject());
            } else if (p.equals(SESSION)) {
                inSession.add(t.getSubject(), t.getObject());
            } else if (p.equals(NUMBER)) {
                numbers.add(t.getSubject(), t.getObject());
            }
        }

        @Override
        public void quad(Quad q) {
            if (q.isDefaultGraph()) {
                triple(q.asTriple());
            }
        }

        /**
         * Adds {@link #derived()} to {@code g}, which holds what was streamed, then the symbols
         * {@link TreatySymbols} from {@code g} (the caller holds any transaction); returns them all.
         */
        public List<Triple> addTo(Graph g) {
            List<Triple> derived = derived();
            derived.forEach(g::add);
            List<Triple> symbols = TreatySymbols.listed(g, derived);
            symbols.forEach(g::add);
            derived.addAll(symbols);
            return derived;
        }

        /**
         * The statistics of what was streamed (a triple streamed twice counts once): treaties,
         * then citations, then language versions, then the places of the symbols; not the symbols of a treaty's documents, which
         * are read from the store once these are in it ({@link TreatySymbols}).
         */
        public List<Triple> derived() {
            List<Triple> out = new ArrayList<>();
            treaties(out);
            citations(out);
            disagreements(out);
            symbols(out);
            sessions(out);
            return out;
        }

        private void treaties(List<Triple> out) {
            Map<Node, Set<Node>> documents = new HashMap<>();
            for (int i = 0; i < mentions.size(); i++) {
                Node treaty = mentions.object(i);
                Node document = mentions.subject(i);
                if (treaties.contains(treaty) && identified.containsKey(document)) {
                    documents.computeIfAbsent(treaty, k -> new LinkedHashSet<>()).add(document);
                }
            }
            Var t = Var.alloc("treaty");
            Var n = Var.alloc("documents");
            List<Binding> counted = new ArrayList<>();
            for (Node treaty : treaties) {
                Set<Node> mentioning = documents.get(treaty);
                if (mentioning == null) {
                    continue;
                }
                Node count = integer(mentioning.size());
                counted.add(BindingFactory.binding(t, treaty, n, count));
                out.add(Triple.create(treaty, UNKG.mentioningDocumentCount.asNode(), count));
                for (Node d : mentioning) {
                    out.add(Triple.create(treaty, UNKG.mentioningDocument.asNode(), d));
                }
            }
            // as 08 orders them: ORDER BY DESC(?documents) ?treaty
            Map<Node, Node> rank = ranks(counted, t, List.of(new SortCondition(n, Query.ORDER_DESCENDING),
                    new SortCondition(t, Query.ORDER_ASCENDING)));
            for (Binding b : counted) {
                out.add(Triple.create(b.get(t), UNKG.mentioningDocumentRank.asNode(), rank.get(b.get(t))));
            }
        }

        private void citations(List<Triple> out) {
            Map<Node, Set<Node>> cited = new LinkedHashMap<>();
            for (int i = 0; i < cites.size(); i++) {
                if (identified.containsKey(cites.subject(i))) {
                    cited.computeIfAbsent(cites.subject(i), k -> new HashSet<>()).add(cites.object(i));
                }
            }
            cited.forEach((d, c) -> out.add(Triple.create(d, UNKG.citedDocumentCount.asNode(), integer(c.size()))));
            // as 02 orders them: SELECT DISTINCT ?citingSymbol ... ORDER BY ?citingSymbol
            Var s = Var.alloc("citingSymbol");
            Set<Node> symbols = new LinkedHashSet<>();
            cited.keySet().forEach(d -> symbols.addAll(identified.get(d)));
            List<Binding> rows = new ArrayList<>(symbols.size());
            symbols.forEach(symbol -> rows.add(BindingFactory.binding(s, symbol)));
            Map<Node, Node> rank = ranks(rows, s, List.of(new SortCondition(s, Query.ORDER_ASCENDING)));
            cited.keySet().forEach(d -> identified.get(d).forEach(symbol ->
                    out.add(Triple.create(d, UNKG.citingSymbolRank.asNode(), rank.get(symbol)))));
        }

        /**
         * Every document's {@code unkg:symbolRank}: its symbol's place among the distinct symbols
         * of all documents, as {@code ORDER BY ?symbol} sorts them (documents that share a symbol
         * share it), for 10; and the {@code unkg:stateMentionRank} of every document with a
         * {@code unkg:qualifiedStateMention}: its place among those documents by symbol, then
         * IRI (one place each), for 04.
         */
        private void symbols(List<Triple> out) {
            Var s = Var.alloc("symbol");
            Set<Node> symbols = new LinkedHashSet<>();
            identified.values().forEach(symbols::addAll);
            List<Binding> rows = new ArrayList<>(symbols.size());
            symbols.forEach(symbol -> rows.add(BindingFactory.binding(s, symbol)));
            Map<Node, Node> rank = ranks(rows, s, List.of(new SortCondition(s, Query.ORDER_ASCENDING)));
            identified.forEach((d, ss) -> ss.forEach(symbol ->
                    out.add(Triple.create(d, UNKG.symbolRank.asNode(), rank.get(symbol)))));
            // as 04 orders them: ORDER BY ?symbol ?resolution
            Var d = Var.alloc("document");
            List<Binding> mentioning = new ArrayList<>();
            for (Node m : mentioningStates) {
                Set<Node> ss = identified.get(m);
                if (ss != null) {
                    ss.forEach(symbol -> mentioning.add(BindingFactory.binding(s, symbol, d, m)));
                }
            }
            Map<Node, Node> place = ranks(mentioning, d, List.of(new SortCondition(s, Query.ORDER_ASCENDING),
                    new SortCondition(d, Query.ORDER_ASCENDING)));
            for (Node m : mentioningStates) {
                if (place.containsKey(m)) {
                    out.add(Triple.create(m, UNKG.stateMentionRank.asNode(), place.get(m)));
                }
            }
        }

        /**
         * The {@code unkg:sessionSymbolRank} of every resolution of 01's list (a unkg:Resolution
         * with a symbol and a unkg:session typed unkg:Session that has a unkg:number): its place
         * among them ordered by session number, then symbol, then IRI, as 01 orders its rows. A
         * resolution with more than one such row (two symbols or sessions; unkg build gives one
         * each) takes the place of its first.
         */
        private void sessions(List<Triple> out) {
            Map<Node, List<Node>> number = new HashMap<>();
            for (int i = 0; i < numbers.size(); i++) {
                if (sessions.contains(numbers.subject(i))) {
                    number.computeIfAbsent(numbers.subject(i), k -> new ArrayList<>(1)).add(numbers.object(i));
                }
            }
            Var n = Var.alloc("session");
            Var s = Var.alloc("symbol");
            Var r = Var.alloc("resolution");
            List<Binding> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < inSession.size(); i++) {
                Node res = inSession.subject(i);
                Set<Node> symbols = identified.get(res);
                List<Node> ns = number.get(inSession.object(i));
                if (!resolutions.contains(res) || symbols == null || ns == null) {
                    continue;
                }
                for (Node num : ns) {
                    for (Node symbol : symbols) {
                        if (seen.add(res + " " + num + " " + symbol)) {
                            rows.add(BindingFactory.binding(n, num, s, symbol, r, res));
                        }
                    }
                }
            }
            List<Binding> sorted = new ArrayList<>(rows);
            sorted.sort(new BindingComparator(List.of(new SortCondition(n, Query.ORDER_ASCENDING),
                    new SortCondition(s, Query.ORDER_ASCENDING), new SortCondition(r, Query.ORDER_ASCENDING))));
            Set<Node> placed = new HashSet<>();
            for (Binding b : sorted) {
                if (placed.add(b.get(r))) {
                    out.add(Triple.create(b.get(r), UNKG.sessionSymbolRank.asNode(), integer(placed.size())));
                }
            }
        }

        /**
         * As {@code queries/10-language-disagreements.rq} once grouped every language version: a
         * version that gives both counts joins its Work's group, and the Work disagrees when the
         * smallest and the largest value of either count differ.
         */
        private void disagreements(List<Triple> out) {
            Map<Node, ValueRange[]> works = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < realizes.size(); i++) {
                Node e = realizes.subject(i);
                List<Node> t = texts.get(e);
                List<Node> v = verbs.get(e);
                if (t == null || v == null || !seen.add(e + " " + realizes.object(i))) {
                    continue;
                }
                ValueRange[] ranges = works.computeIfAbsent(realizes.object(i), k -> new ValueRange[] {new ValueRange(), new ValueRange()});
                t.forEach(ranges[0]::add);
                v.forEach(ranges[1]::add);
            }
            Node yes = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
            works.forEach((work, ranges) -> {
                if (ranges[0].differs() || ranges[1].differs()) {
                    out.add(Triple.create(work, UNKG.languageVersionsDisagree.asNode(), yes));
                }
            });
        }
    }

    /** Subject-object pairs, in two growing lists. */
    private static final class Pairs {
        private final List<Node> subjects = new ArrayList<>();
        private final List<Node> objects = new ArrayList<>();

        void add(Node s, Node o) {
            subjects.add(s);
            objects.add(o);
        }

        int size() {
            return subjects.size();
        }

        Node subject(int i) {
            return subjects.get(i);
        }

        Node object(int i) {
            return objects.get(i);
        }
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
