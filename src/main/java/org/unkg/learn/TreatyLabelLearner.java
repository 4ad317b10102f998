package org.unkg.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.extract.TreatyExtractor;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Finding;
import org.unkg.model.Mention;
import org.unkg.model.Paragraph;
import org.unkg.reference.ReferenceData;

/**
 * Learns the French, Spanish, Russian and Arabic names of the reference treaties from the aligned
 * language versions of the AKN sample: where the English paragraph names treaty K (found by the
 * treaty extractor), the same paragraph of another version holds K's name among its
 * {@link TreatyPhrases} candidates. A candidate p is scored for K by precision (the share of the
 * paragraphs printing p whose English paragraph names K) times recall (the share of K's
 * paragraphs printing p); K's preferred label is the longest candidate scoring at least 0.9 of the
 * best, other candidates of precision at least 0.7 that are not a prefix of an accepted one are
 * alternatives. Each needs two paragraphs of evidence, K must be printed with it more often than
 * any other treaty, and a candidate listing several instruments ("…, la Convention …") is none. The output is a table to be reviewed by a
 * reader of the language ({@code ontology/reference/sources/treaty-labels.tsv}).
 *
 * <pre>{@code
 * java -cp ... org.unkg.learn.TreatyLabelLearner ../shared/akn OUT.tsv [--parity even|odd]
 * }</pre>
 */
public final class TreatyLabelLearner {
    private static final Logger LOG = LoggerFactory.getLogger(TreatyLabelLearner.class);
    static final List<String> LANGUAGES = List.of("fr", "es", "ru", "ar");
    private static final int MIN_EVIDENCE = 2;
    /** The table's header: what each column means, then the column names. */
    static final String HEADER = """
            # Treaty names learned by org.unkg.learn.TreatyLabelLearner from the aligned language versions of the
            # AKN sample. key: treaty/<key>; role: pref (rdfs:label) or alt (skos:altLabel); evidence: paragraphs
            # whose English version names the treaty and that print this name; precision: share of the paragraphs
            # printing it whose English version names the treaty; example: one such paragraph; reviewed: yes when
            # a reader of the language checked the row (the generator reads only those); english: the English label.
            key\tlang\tlabel\trole\tevidence\tprecision\texample\treviewed\tenglish
            """;

    /** One learned name: treaty key, language, label, role (pref/alt), evidence, precision, example. */
    public record Label(String key, String lang, String label, String role, int evidence, double precision,
                        String example) {
    }

    /** The counts of one language: paragraphs per candidate, per treaty, and per (treaty, candidate). */
    private static final class Counts {
        final Map<String, Integer> phrase = new HashMap<>();
        final Map<String, Integer> treaty = new TreeMap<>();
        final Map<String, Map<String, Integer>> both = new TreeMap<>();
        final Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        final Map<String, String> example = new HashMap<>();
    }

    private final Map<String, Counts> counts = new TreeMap<>();
    private final ReferenceData ref;
    private final TreatyExtractor treaties;
    private final Set<String> known = new HashSet<>();

    /** A learner finding the English treaties with the given reference data. */
    public TreatyLabelLearner(ReferenceData ref) {
        this.ref = ref;
        this.treaties = new TreatyExtractor(ref);
        ref.treaties().forEach(e -> known.add(e.key()));
        LANGUAGES.forEach(l -> counts.put(l, new Counts()));
    }

    /**
     * Counts one aligned pair of paragraph maps (paragraph key to text): the English version's
     * treaties, the other version's candidates. {@code where} names the document, for examples.
     */
    public void add(String lang, String where, Map<String, Set<String>> english, Map<String, String> other) {
        TreatyPhrases rules = TreatyPhrases.forLanguage(lang);
        Counts c = counts.get(lang);
        for (Map.Entry<String, String> p : other.entrySet()) {
            Map<String, String> found = new LinkedHashMap<>();
            for (TreatyPhrases.Phrase ph : rules.find(p.getValue())) {
                found.putIfAbsent(ph.key(), ph.surface());
                c.surfaces.computeIfAbsent(ph.key(), k -> new HashMap<>()).merge(ph.surface(), 1, Integer::sum);
            }
            found.keySet().forEach(k -> c.phrase.merge(k, 1, Integer::sum));
            for (String t : english.getOrDefault(p.getKey(), Set.of())) {
                c.treaty.merge(t, 1, Integer::sum);
                Map<String, Integer> m = c.both.computeIfAbsent(t, k -> new HashMap<>());
                found.keySet().forEach(k -> {
                    m.merge(k, 1, Integer::sum);
                    c.example.putIfAbsent(t + "\u0000" + k, where + " " + p.getKey());
                });
            }
        }
    }

    /** The learned labels, sorted by language, treaty and role. */
    public List<Label> labels() {
        List<Label> out = new ArrayList<>();
        counts.forEach((lang, c) -> c.both.forEach((t, m) -> out.addAll(select(lang, t, c, m))));
        return out;
    }

    private static List<Label> select(String lang, String t, Counts c, Map<String, Integer> m) {
        int total = c.treaty.get(t);
        List<String> cands = new ArrayList<>();
        TreatyPhrases rules = TreatyPhrases.forLanguage(lang);
        m.forEach((k, n) -> {
            if (n >= MIN_EVIDENCE && owner(k, t, c) && !rules.isList(k)) {
                cands.add(k);
            }
        });
        Comparator<String> byScore = Comparator.comparingDouble((String k) -> -score(k, m, c, total))
                .thenComparing(k -> -k.length()).thenComparing(Comparator.naturalOrder());
        cands.sort(byScore);
        List<Label> out = new ArrayList<>();
        if (cands.isEmpty() || precision(cands.get(0), m, c) < 0.5) {
            return out;
        }
        double best = score(cands.get(0), m, c, total);
        String pref = cands.stream().filter(k -> score(k, m, c, total) >= 0.9 * best)
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).orElseThrow();
        List<String> accepted = new ArrayList<>(List.of(pref));
        out.add(label(lang, t, pref, "pref", c, m));
        for (String k : cands) {
            if (precision(k, m, c) >= 0.7 && accepted.stream().noneMatch(a -> a.startsWith(k) || k.startsWith(a))) {
                accepted.add(k);
                out.add(label(lang, t, k, "alt", c, m));
            }
        }
        return out;
    }

    /** Whether treaty t is printed with candidate k in more paragraphs than any other treaty. */
    private static boolean owner(String k, String t, Counts c) {
        int mine = c.both.get(t).get(k);
        return c.both.entrySet().stream().noneMatch(e -> !e.getKey().equals(t) && e.getValue().getOrDefault(k, 0) >= mine);
    }

    private static Label label(String lang, String t, String k, String role, Counts c, Map<String, Integer> m) {
        String surface = c.surfaces.get(k).entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        return new Label(t, lang, surface, role, m.get(k), precision(k, m, c), c.example.get(t + "\u0000" + k));
    }

    private static double precision(String k, Map<String, Integer> m, Counts c) {
        return (double) m.get(k) / c.phrase.get(k);
    }

    private static double score(String k, Map<String, Integer> m, Counts c, int total) {
        return precision(k, m, c) * m.get(k) / total;
    }

    /** The reference treaties the extractor finds in each body paragraph (footnotes, titles left out). */
    public Map<String, Set<String>> englishTreaties(DocumentRecord d) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Finding f : treaties.extract(d)) {
            if (f instanceof Mention m && known.contains(m.key()) && m.span() != null && m.span().block() != null
                    && (m.span().block().startsWith("preamble/") || m.span().block().startsWith("operative/"))) {
                out.computeIfAbsent(m.span().block(), k -> new HashSet<>()).add(m.key());
            }
        }
        return out;
    }

    /** Paragraph key to text, sub-paragraphs included under their own keys. */
    public static Map<String, String> paragraphs(DocumentRecord d) {
        Map<String, String> out = new LinkedHashMap<>();
        Stream.concat(d.preamble().stream(), d.operative().stream()).forEach(p -> flatten(p, out));
        return out;
    }

    private static void flatten(Paragraph p, Map<String, String> out) {
        out.put(p.key(), p.text());
        p.items().forEach(i -> flatten(i, out));
    }

    /**
     * Learns from every session folder under {@code akn} (those holding an {@code English} folder;
     * English files of the given number parity, "" for all), read by {@link AlignedSample}.
     */
    public void learn(Path akn, String parity) throws IOException {
        AlignedSample.Part part = AlignedSample.Part.of(parity);
        List<Path> sessions;
        try (Stream<Path> s = Files.walk(akn, 2)) {
            sessions = s.filter(p -> Files.isDirectory(p) && p.getFileName() != null
                    && p.getFileName().toString().equals("English")).map(Path::getParent).sorted().toList();
        }
        int files = 0;
        for (Path session : sessions) {
            List<Path> english = AlignedSample.english(session, part);
            AlignedSample.forEach(english, LANGUAGES, ref, this::add);
            files += english.size();
        }
        LOG.info("learned from {} English files", files);
    }

    /** Counts one resolution: the treaties of its English record against each other version's paragraphs. */
    private void add(AlignedSample.Versions v) {
        Map<String, Set<String>> found = englishTreaties(v.records().get("en"));
        for (String lang : LANGUAGES) {
            DocumentRecord other = v.records().get(lang);
            if (other != null) {
                add(lang, v.name(), found, paragraphs(other));
            }
        }
    }

    /** Arguments: AKN folder, output table, optional {@code --parity even|odd}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 4) {
            System.err.println("usage: TreatyLabelLearner AKN_DIR OUT.tsv [--parity even|odd]");
            System.exit(2);
        }
        ReferenceData ref = ReferenceData.load();
        TreatyLabelLearner l = new TreatyLabelLearner(ref);
        l.learn(Path.of(args[0]), args.length == 4 ? args[3] : "");
        Map<String, String> english = new HashMap<>();
        ref.treaties().forEach(e -> english.put(e.key(), e.labels().getOrDefault("en", List.of("")).get(0)));
        StringBuilder sb = new StringBuilder(HEADER);
        for (Label x : l.labels()) {
            sb.append(String.join("\t", x.key(), x.lang(), x.label(), x.role(), String.valueOf(x.evidence()),
                    String.format("%.2f", x.precision()), x.example(), "no", english.getOrDefault(x.key(), "")))
                    .append('\n');
        }
        Files.writeString(Path.of(args[1]), sb.toString(), StandardCharsets.UTF_8);
        LOG.info("wrote {} labels to {}", l.labels().size(), args[1]);
    }
}
