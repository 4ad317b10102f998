package org.unkg.serve;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.unkg.rdf.OutputFormat;
import org.unkg.rdf.Prefixes;
import org.unkg.rdf.SortedGraphWriter;
import org.unkg.rdf.Iris;

/**
 * Describes a built graph with VoID and DCAT: triples, distinct subjects, a class partition and
 * a property partition, the owl:sameAs links to Wikidata as a {@code void:Linkset}, the dump,
 * the SPARQL endpoint, the licence and the attribution of the sources to the United Nations.
 * The graph is streamed, never loaded: memory holds the set of distinct subjects and the counts.
 *
 * <pre>{@code
 * new VoidWriter(Iris.defaults()).write(Path.of("output/graph.ttl"), Path.of("output/void.ttl"));
 * }</pre>
 */
public final class VoidWriter {
    static final String WIKIDATA = "http://www.wikidata.org/entity/";
    /** The UN's terms of use, which govern the source documents. */
    static final String UN_TERMS = "https://www.un.org/en/about-us/terms-of-use";

    private final Iris iris;

    public VoidWriter(Iris iris) {
        this.iris = iris;
    }

    /** IRI of the dataset description: {@code B dataset}. */
    public String datasetIri() {
        return iris.base() + "dataset";
    }

    /** Reads a graph file (any RDF syntax, by extension) and writes its description as Turtle. */
    public void write(Path graphFile, Path voidFile) {
        write(describe(graphFile), voidFile);
    }

    /** Writes a description (from one of the {@code describe} methods) as sorted Turtle. */
    public void write(Model description, Path voidFile) {
        try (SortedGraphWriter w = new SortedGraphWriter(voidFile, OutputFormat.TTL, prefixes())) {
            w.accept(description.getGraph().find().toList());
            w.commit();
        }
    }

    /** Describes a graph file, streaming it. */
    public Model describe(Path graphFile) {
        Counter c = counter();
        RDFParser.source(graphFile).parse(c);
        return c.describe(graphFile);
    }

    /**
     * A stream that counts what the description needs from the triples sent to it, so that a
     * pass that parses the graph anyway (a TDB2 load) describes it too: {@code
     * counter().describe(graphFile)} after the parse equals {@link #describe(Path)}.
     */
    public Counter counter() {
        return new Counter();
    }

    /** Describes a dataset (its default graph and named graphs), in a read transaction. */
    public Model describe(DatasetGraph dsg, String dumpName) {
        Counter c = counter();
        Txn.executeRead(dsg, () -> {
            Iterator<Quad> it = dsg.find();
            while (it.hasNext()) {
                c.quad(it.next());
            }
        });
        return c.toModel(dumpName);
    }

    private Map<String, String> prefixes() {
        Map<String, String> p = new java.util.LinkedHashMap<>(Prefixes.standard(iris));
        p.put("void", VOID.NS);
        p.put("dcat", DCAT.NS);
        return p;
    }

    /**
     * Counts triples, distinct subjects, classes, properties and links to Wikidata as a graph
     * streams by (quads count as triples). Not thread-safe: one parse at a time. Memory does not
     * grow with the graph: parsed subjects are counted by {@link DistinctStrings} (spilled to
     * temporary files past a bound), N-Triples lines as runs of the sorted output.
     */
    public final class Counter extends StreamRDFBase {
        private long triples;
        private long sameAsWikidata;
        /** Distinct subjects of the triple path, spilled to disk past a bound: they grow with the corpus. */
        private final DistinctStrings subjects = new DistinctStrings(DistinctStrings.DEFAULT_LIMIT);
        private final Map<String, Long> classes = new HashMap<>();
        private final Map<String, Long> properties = new HashMap<>();
        private long subjectRuns;
        private long distinct = -1;
        private byte[] lastSubject = new byte[0];
        private int lastSubjectLength = -1;

        @Override
        public void triple(Triple t) {
            subjects.add(key(t.getSubject()));
            tally(t.getPredicate().getURI(), t.getObject().isURI() ? t.getObject().getURI() : null);
        }

        /** A string naming a subject exactly: its IRI, or its N-Triples form for any other term. */
        private static String key(Node n) {
            return n.isURI() ? "<" + n.getURI() : NodeFmtLib.strNT(n);
        }

        /**
         * Counts a triple by its predicate and, when the object is an IRI, that IRI (read only
         * for rdf:type and owl:sameAs, so callers may pass null for other predicates).
         */
        private void tally(String predicate, String iriObject) {
            triples++;
            properties.merge(predicate, 1L, Long::sum);
            if (iriObject == null) {
                return;
            }
            if (predicate.equals(RDF.type.getURI())) {
                classes.merge(iriObject, 1L, Long::sum);
            } else if (predicate.equals(OWL.sameAs.getURI()) && iriObject.startsWith(WIKIDATA)) {
                sameAsWikidata++;
            }
        }

        @Override
        public void quad(Quad q) {
            triple(q.asTriple());
        }

        /**
         * Counts one line of a sorted, duplicate-free N-Triples file as {@link
         * org.unkg.rdf.SortedGraphWriter} writes it ({@code S <P> O .}, UTF-8, no line break),
         * without parsing it into nodes: a line's subject is its first token, and since the
         * lines come sorted, the lines of one subject are adjacent, so distinct subjects are
         * counted as runs in constant memory. Use either this or {@link #triple}, not both.
         */
        public void line(byte[] l) {
            int s = indexOf(l, (byte) ' ', 0);
            int ps = s + 1;
            int pe = indexOf(l, (byte) '>', ps);
            if (s <= 0 || pe < 0 || l[ps] != '<') {
                throw new IllegalArgumentException("not an N-Triples line: " + new String(l, StandardCharsets.UTF_8));
            }
            if (s != lastSubjectLength || !Arrays.equals(l, 0, s, lastSubject, 0, s)) {
                subjectRuns++;
                if (lastSubject.length < s) {
                    lastSubject = new byte[Math.max(s, 2 * lastSubject.length)];
                }
                System.arraycopy(l, 0, lastSubject, 0, s);
                lastSubjectLength = s;
            }
            String p = new String(l, ps + 1, pe - ps - 1, StandardCharsets.UTF_8);
            String o = null;
            int os = pe + 2;
            if (os < l.length && l[os] == '<' && (p.equals(RDF.type.getURI()) || p.equals(OWL.sameAs.getURI()))) {
                int oe = indexOf(l, (byte) '>', os);
                o = new String(l, os + 1, oe - os - 1, StandardCharsets.UTF_8);
            }
            tally(p, o);
        }

        private static int indexOf(byte[] l, byte b, int from) {
            for (int i = from; i < l.length; i++) {
                if (l[i] == b) {
                    return i;
                }
            }
            return -1;
        }

        /** The description of what was streamed, for a dump named as {@code graphFile}. */
        public Model describe(Path graphFile) {
            return toModel(graphFile.getFileName().toString());
        }

        /**
         * The distinct subjects, counted once: the first call merges the spilled runs, counts
         * them and deletes them (a description is the last thing asked of a counter; a triple
         * sent after it fails).
         */
        private long distinctSubjects() {
            if (distinct < 0) {
                distinct = subjects.count() + subjectRuns;
                subjects.close();
            }
            return distinct;
        }

        Model toModel(String dumpName) {
            Model m = ModelFactory.createDefaultModel();
            m.setNsPrefixes(prefixes());
            Resource ds = m.createResource(datasetIri());
            ds.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset);
            ds.addProperty(DCTerms.title, m.createLiteral("unkg: United Nations documents as linked data", "en"));
            ds.addProperty(DCTerms.description, m.createLiteral("Resolutions, drafts and letters of the United Nations"
                    + " General Assembly, their paragraphs, the States, UN bodies and treaties they mention and the"
                    + " documents they cite, extracted from the official documents.", "en"));
            ds.addProperty(DCTerms.license, m.createResource(UN_TERMS));
            ds.addProperty(DCTerms.source, m.createResource("https://documents.un.org/"));
            ds.addProperty(DCTerms.rights, m.createLiteral("Source documents: © United Nations, reproduced under the"
                    + " United Nations terms of use; the graph is derived from them by unkg.", "en"));
            ds.addProperty(VOID.uriSpace, iris.base());
            ds.addProperty(VOID.sparqlEndpoint, m.createResource(iris.base() + "unkg/sparql"));
            Resource dump = m.createResource(iris.base() + "dump/" + dumpName);
            ds.addProperty(VOID.dataDump, dump);
            Resource dist = m.createResource(datasetIri() + "/distribution/dump");
            ds.addProperty(DCAT.distribution, dist);
            dist.addProperty(RDF.type, DCAT.Distribution).addProperty(DCAT.downloadURL, dump)
                    .addProperty(DCAT.mediaType,
                    m.createResource("https://www.iana.org/assignments/media-types/" + mediaType(dumpName)));
            ds.addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(triples), XSDDatatype.XSDinteger));
            ds.addLiteral(VOID.distinctSubjects,
                    m.createTypedLiteral(Long.toString(distinctSubjects()), XSDDatatype.XSDinteger));
            ds.addLiteral(VOID.classes, m.createTypedLiteral(Long.toString(classes.size()), XSDDatatype.XSDinteger));
            ds.addLiteral(VOID.properties,
                    m.createTypedLiteral(Long.toString(properties.size()), XSDDatatype.XSDinteger));
            for (String v : List.of("https://w3id.org/unkg/ontology#", "http://data.europa.eu/eli/ontology#",
                    "http://purl.org/spar/cito/", "http://purl.org/dc/terms/", "http://www.w3.org/ns/prov#")) {
                ds.addProperty(VOID.vocabulary, m.createResource(v));
            }
            partition(m, ds, "class", classes, VOID.classPartition, VOID._class, VOID.entities);
            partition(m, ds, "property", properties, VOID.propertyPartition, VOID.property, VOID.triples);
            Resource wd = m.createResource(datasetIri() + "/wikidata");
            wd.addProperty(RDF.type, VOID.Dataset).addProperty(RDFS.label, m.createLiteral("Wikidata", "en"))
                    .addProperty(VOID.uriSpace, WIKIDATA);
            Resource ls = m.createResource(datasetIri() + "/linkset/wikidata");
            ls.addProperty(RDF.type, VOID.Linkset).addProperty(VOID.linkPredicate, OWL.sameAs)
                    .addProperty(VOID.subjectsTarget, ds).addProperty(VOID.objectsTarget, wd)
                    .addProperty(VOID.target, ds).addProperty(VOID.target, wd)
                    .addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(sameAsWikidata), XSDDatatype.XSDinteger));
            ds.addProperty(VOID.subset, ls);
            return m;
        }
    }

    private void partition(Model m, Resource ds, String kind, Map<String, Long> counts,
                           org.apache.jena.rdf.model.Property link, org.apache.jena.rdf.model.Property what,
                           org.apache.jena.rdf.model.Property count) {
        int i = 0;
        for (Map.Entry<String, Long> e : new TreeMap<>(counts).entrySet()) {
            Resource p = m.createResource(datasetIri() + "/" + kind + "/" + (++i));
            ds.addProperty(link, p);
            p.addProperty(what, m.createResource(e.getKey()))
                    .addLiteral(count, m.createTypedLiteral(Long.toString(e.getValue()), XSDDatatype.XSDinteger));
        }
    }

    private static String mediaType(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".nt")) {
            return "application/n-triples";
        }
        if (n.endsWith(".jsonld")) {
            return "application/ld+json";
        }
        if (n.endsWith(".rdf")) {
            return "application/rdf+xml";
        }
        if (n.endsWith(".nq")) {
            return "application/n-quads";
        }
        if (n.endsWith(".trig")) {
            return "application/trig";
        }
        return "text/turtle";
    }
}
