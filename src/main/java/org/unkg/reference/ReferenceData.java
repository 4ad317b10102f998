package org.unkg.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.unkg.UnkgException;
import org.unkg.rdf.UNKG;

/**
 * The reference data of {@code ontology/reference/*.ttl}: States, organizations, treaties and
 * verbs, with labels and aliases per language. Loaded once, immutable, shared by every reader
 * and extractor. Nothing about a particular State or body is known to Java: it is all here.
 *
 * <pre>{@code
 * ReferenceData ref = ReferenceData.load();
 * ref.stateKey("Türkiye", "en");   // Optional[tur]
 * }</pre>
 */
public final class ReferenceData {
    /** Files under {@code ontology/reference/}, in load order. */
    public static final List<String> FILES = List.of("states.ttl", "organizations.ttl", "treaties.ttl", "verbs.ttl");

    private final Model model;
    private final List<Entry> states;
    private final List<Entry> organizations;
    private final List<Entry> treaties;
    private final Map<String, Map<String, String>> stateIndex; // lang -> normalized name -> key
    private final Map<String, Map<String, String>> verbRelations; // lang -> normalized verb -> relation IRI
    private final Map<String, Map<String, String>> orgIndex; // lang -> normalized name -> key
    private final Map<String, Map<String, String>> treatyIndex; // lang -> normalized name -> key
    private final Map<String, Map<String, List<String>>> verbLists; // scheme -> lang -> verbs, longest first

    /** One reference entity: key (last IRI segment), IRI, labels and aliases per language. */
    public record Entry(String key, String iri, Map<String, List<String>> labels, Map<String, List<String>> aliases,
                        String acronym) {
        /** Every name (labels then aliases) in one language. */
        public List<String> names(String lang) {
            List<String> out = new ArrayList<>(labels.getOrDefault(lang, List.of()));
            out.addAll(aliases.getOrDefault(lang, List.of()));
            return out;
        }
    }

    private ReferenceData(Model model) {
        this.model = model;
        this.states = entries(UNKG.State);
        List<Entry> orgs = new ArrayList<>(entries(UNKG.Organization));
        for (Entry e : entries(UNKG.UNEntity)) {
            if (orgs.stream().noneMatch(o -> o.iri().equals(e.iri()))) {
                orgs.add(e);
            }
        }
        orgs.sort((a, b) -> a.iri().compareTo(b.iri()));
        this.organizations = List.copyOf(orgs);
        this.treaties = entries(UNKG.Treaty);
        Map<String, Map<String, String>> idx = new HashMap<>();
        for (Entry s : states) {
            for (String lang : union(s.labels().keySet(), s.aliases().keySet())) {
                for (String n : s.names(lang)) {
                    idx.computeIfAbsent(lang, k -> new HashMap<>()).putIfAbsent(normalize(n), s.key());
                }
            }
        }
        this.stateIndex = idx;
        this.orgIndex = nameIndex(organizations, true);
        this.treatyIndex = nameIndex(treaties, false);
        this.verbLists = verbLists(model);
        Map<String, Map<String, String>> verbs = new HashMap<>();
        for (Statement st : model.listStatements(null, UNKG.relation, (RDFNode) null).toList()) {
            if (!st.getObject().isURIResource()) {
                continue;
            }
            String rel = st.getObject().asResource().getURI();
            for (org.apache.jena.rdf.model.Property p : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                for (Statement l : st.getSubject().listProperties(p).toList()) {
                    if (l.getObject().isLiteral()) {
                        String lang = l.getLanguage().isEmpty() ? "en" : l.getLanguage().toLowerCase(Locale.ROOT);
                        verbs.computeIfAbsent(lang, k -> new HashMap<>()).putIfAbsent(normalize(l.getString()), rel);
                    }
                }
            }
        }
        this.verbRelations = verbs;
    }

    /**
     * Loads the reference data bundled on the classpath ({@code /ontology/reference/}). The files
     * are parsed at once on up to as many threads as there are cores (the largest first: the verb
     * lexicon is most of the bytes), and their statements and prefixes then added to one model in
     * {@link #FILES} order, each file's in the order it was parsed: the model is built as one
     * sequential read of the files would build it, so labels, aliases and indexes keep their order.
     */
    public static ReferenceData load() {
        // Jena initialises itself in class initialisers that reach each other (JenaSystem, ModelFactory,
        // RDFParserBuilder, Assembler): first touched at once from this thread and a parse thread, they
        // deadlock (seen: eval hung with main in ModelFactory's and a parser in JenaSystem's). So it is
        // initialised here, on one thread, before any parse starts.
        JenaSystem.init();
        List<String> bySize = new ArrayList<>(FILES);
        bySize.sort(Comparator.comparingLong(ReferenceData::resourceLength).reversed());
        int threads = Math.max(1, Math.min(FILES.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "unkg-reference");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, Future<Parsed>> parsed = new HashMap<>();
            for (String f : bySize) {
                parsed.put(f, pool.submit(() -> parse(f)));
            }
            Model m = ModelFactory.createDefaultModel();
            Graph g = m.getGraph();
            for (String f : FILES) {
                Parsed p = parsed.get(f).get();
                p.prefixes().forEach(m::setNsPrefix);
                p.triples().forEach(g::add);
            }
            return new ReferenceData(m);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnkgException("interrupted while loading the reference data", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException re ? re : new UnkgException("cannot load the reference data: " + c, c);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One bundled file's statements and prefixes, in the order its parser gave them. */
    private record Parsed(List<Triple> triples, Map<String, String> prefixes) {
    }

    private static Parsed parse(String file) {
        List<Triple> triples = new ArrayList<>();
        Map<String, String> prefixes = new LinkedHashMap<>();
        try (InputStream in = ReferenceData.class.getResourceAsStream("/ontology/reference/" + file)) {
            if (in != null) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(new StreamRDFBase() {
                    @Override
                    public void triple(Triple t) {
                        triples.add(t);
                    }

                    @Override
                    public void prefix(String prefix, String iri) {
                        prefixes.put(prefix, iri);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Parsed(triples, prefixes);
    }

    /** The byte length of a bundled file, or 0 when unknown (it is then parsed last). */
    private static long resourceLength(String file) {
        URL u = ReferenceData.class.getResource("/ontology/reference/" + file);
        if (u == null) {
            return 0;
        }
        try {
            return Math.max(0, u.openConnection().getContentLengthLong());
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Reference data over a graph already in memory (the organization-name learner scores
     * candidate names with it). The graph is not copied: do not modify it afterwards.
     */
    public static ReferenceData of(Model m) {
        return new ReferenceData(m);
    }

    /** Loads every {@code .ttl} in a folder (tests, or a user's own reference data). */
    public static ReferenceData load(Path dir) {
        Model m = ModelFactory.createDefaultModel();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                RDFDataMgr.read(m, p.toString(), Lang.TURTLE);
            }
        } catch (IOException e) {
            throw new UnkgException("cannot read reference data in " + dir + ": " + e.getMessage(), e);
        }
        return new ReferenceData(m);
    }

    /**
     * The same reference data with the verbs replaced: every concept of a {@code …/verbs/…}
     * scheme dropped, the given verbs (as {@link VerbLexicon#learn} returns them) added. For
     * held-out scoring of the verb finder.
     */
    public ReferenceData withVerbs(Model verbs) {
        Model m = ModelFactory.createDefaultModel().add(model);
        for (Statement st : model.listStatements(null, SKOS.inScheme, (RDFNode) null).toList()) {
            if (st.getObject().isURIResource() && st.getObject().asResource().getURI().contains("/verbs/")) {
                m.removeAll(st.getSubject(), null, null);
            }
        }
        return new ReferenceData(m.add(verbs));
    }

    /** The whole reference graph (read-only by convention: do not modify). */
    public Model model() {
        return model;
    }

    public List<Entry> states() {
        return states;
    }

    public List<Entry> organizations() {
        return organizations;
    }

    public List<Entry> treaties() {
        return treaties;
    }

    /** The State key (ISO alpha-3, lower case) for a name or alias in a language, exact after normalization. */
    public Optional<String> stateKey(String name, String lang) {
        String n = normalize(name);
        Map<String, String> m = stateIndex.get(lang);
        String key = m == null ? null : m.get(n);
        if (key == null && !"en".equals(lang)) {
            Map<String, String> en = stateIndex.get("en");
            key = en == null ? null : en.get(n);
        }
        return Optional.ofNullable(key);
    }

    /**
     * The key of an organization (last IRI segment, e.g. "undp") for a name, alias or acronym in a
     * language, exact after normalization; English names and acronyms are tried when the language has none.
     */
    public Optional<String> orgKey(String name, String lang) {
        return lookUp(orgIndex, name, lang);
    }

    /** The key of a treaty ("charter-of-the-united-nations", "unts-51633") for a name in a language. */
    public Optional<String> treatyKey(String name, String lang) {
        return lookUp(treatyIndex, name, lang);
    }

    /**
     * The verbs of one scheme ("preambular" or "operative") in one language, longest first (then
     * alphabetical), for matching the opening words of a paragraph.
     *
     * <pre>{@code
     * ref.verbs("operative", "en");   // [..., "Requests the Secretary-General", ..., "Decides", ...]
     * }</pre>
     */
    public List<String> verbs(String scheme, String lang) {
        return verbLists.getOrDefault(scheme, Map.of()).getOrDefault(lang, List.of());
    }

    private static Optional<String> lookUp(Map<String, Map<String, String>> index, String name, String lang) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = normalize(name);
        String key = index.getOrDefault(lang, Map.of()).get(n);
        if (key == null) {
            key = index.getOrDefault("en", Map.of()).get(n);
        }
        return Optional.ofNullable(key);
    }

    private static Map<String, Map<String, String>> nameIndex(List<Entry> entries, boolean acronyms) {
        Map<String, Map<String, String>> idx = new HashMap<>();
        for (Entry e : entries) {
            for (String lang : union(e.labels().keySet(), e.aliases().keySet())) {
                for (String n : e.names(lang)) {
                    idx.computeIfAbsent(lang, k -> new HashMap<>()).putIfAbsent(normalize(n), e.key());
                }
            }
        }
        if (acronyms) {
            for (Entry e : entries) {
                if (e.acronym() != null) {
                    idx.computeIfAbsent("en", k -> new HashMap<>()).putIfAbsent(normalize(e.acronym()), e.key());
                }
            }
        }
        return idx;
    }

    private static Map<String, Map<String, List<String>>> verbLists(Model model) {
        Map<String, Map<String, List<String>>> out = new HashMap<>();
        for (Statement st : model.listStatements(null, SKOS.inScheme, (RDFNode) null).toList()) {
            if (!st.getObject().isURIResource()) {
                continue;
            }
            String scheme = st.getObject().asResource().getURI();
            scheme = scheme.substring(scheme.lastIndexOf('/') + 1);
            for (Statement l : st.getSubject().listProperties(SKOS.prefLabel).toList()) {
                if (l.getObject().isLiteral()) {
                    String lang = l.getLanguage().isEmpty() ? "en" : l.getLanguage().toLowerCase(Locale.ROOT);
                    out.computeIfAbsent(scheme, k -> new HashMap<>()).computeIfAbsent(lang, k -> new ArrayList<>())
                            .add(l.getString());
                }
            }
        }
        for (Map<String, List<String>> byLang : out.values()) {
            byLang.replaceAll((lang, list) -> list.stream().distinct()
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .toList());
        }
        return out;
    }

    /**
     * The citation relation (IRI of a sub-property of cito:cites) a paragraph verb implies, from
     * verbs.ttl: exact label first, then the verb with leading or trailing words dropped
     * ("Recalling also" and "Further recalling" both give the relation of "Recalling").
     */
    public Optional<String> citationRelation(String verb, String lang) {
        if (verb == null || verb.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> m = verbRelations.get(lang);
        if (m == null) {
            return Optional.empty();
        }
        String v = normalize(verb);
        if (m.containsKey(v)) {
            return Optional.of(m.get(v));
        }
        String[] w = v.split(" ");
        for (int drop = 1; drop < w.length; drop++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(w, drop, w.length));
            String head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, w.length - drop));
            if (m.containsKey(head)) {
                return Optional.of(m.get(head));
            }
            if (m.containsKey(tail)) {
                return Optional.of(m.get(tail));
            }
        }
        if (!v.contains(" ")) { // languages written without spaces: longest known prefix or suffix
            for (int k = v.length() - 1; k > 0; k--) {
                if (m.containsKey(v.substring(v.length() - k))) {
                    return Optional.of(m.get(v.substring(v.length() - k)));
                }
                if (m.containsKey(v.substring(0, k))) {
                    return Optional.of(m.get(v.substring(0, k)));
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    /** Case-, width-, hyphen- and space-insensitive form used for exact name look-ups. */
    public static String normalize(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'')
                .replace('\u2010', '-').replace('\u2011', '-');
        t = SPACES.matcher(t).replaceAll(" ").strip();
        if (t.startsWith("the ")) {
            t = t.substring(4);
        }
        return t.toLowerCase(Locale.ROOT).replace("i\u0307", "i"); // "İ" lower-cases to i + combining dot
    }

    private List<Entry> entries(Resource type) {
        List<Entry> out = new ArrayList<>();
        for (Resource r : model.listSubjectsWithProperty(RDF.type, type).toList()) {
            if (!r.isURIResource()) {
                continue;
            }
            String iri = r.getURI();
            String key = iri.substring(iri.lastIndexOf('/') + 1);
            Statement ac = r.getProperty(UNKG.acronym);
            out.add(new Entry(key, iri, byLang(r, RDFS.label), byLang(r, SKOS.altLabel),
                    ac == null ? null : ac.getString()));
        }
        out.sort((a, b) -> a.iri().compareTo(b.iri()));
        return Collections.unmodifiableList(out);
    }

    private static Map<String, List<String>> byLang(Resource r, org.apache.jena.rdf.model.Property p) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Statement st : r.listProperties(p).toList()) {
            RDFNode o = st.getObject();
            if (o.isLiteral()) {
                Literal l = o.asLiteral();
                String lang = l.getLanguage().isEmpty() ? "en" : l.getLanguage().toLowerCase(Locale.ROOT);
                out.computeIfAbsent(lang, k -> new ArrayList<>()).add(l.getLexicalForm());
            }
        }
        out.values().forEach(Collections::sort);
        return out;
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        a.forEach(x -> m.put(x, true));
        b.forEach(x -> m.put(x, true));
        return new ArrayList<>(m.keySet());
    }
}
