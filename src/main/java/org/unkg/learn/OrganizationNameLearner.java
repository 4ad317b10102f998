package org.unkg.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.extract.Block;
import org.unkg.extract.OrganizationExtractor;
import org.unkg.model.Mention;
import org.unkg.reference.ReferenceData;

/**
 * Proposes French, Spanish, Russian and Arabic names of organizations from the aligned language
 * versions of a sample (issue #7). The evidence is the gap: a paragraph whose English version
 * names organization X (the English gazetteer), while the same paragraph of language L names
 * every organization of the English paragraph but X. The phrases of such a paragraph
 * ({@link Phrases}; the English surface's word count ± {@link #SLACK}; not inside a name already
 * found) are X's candidates. A candidate is kept when
 * <ol>
 * <li>it is seen so in at least {@link #MIN_RESOLUTIONS} resolutions, and</li>
 * <li>(negative evidence) it is printed in at most {@link #MAX_NEGATIVE} times as many L
 * paragraphs whose English paragraph lacks X as paragraphs whose English paragraph names X
 * (a phrase that is X's name is not printed where English does not name X).</li>
 * </ol>
 * The name is the kept candidate seen in the most resolutions, grown to the longest kept
 * candidate holding it seen in at least {@link #GROWTH} as many. Russian names are taken back to
 * the nominative ({@link Nominative}). The examples a name explains are then set aside and the
 * next name is chosen from the rest (at most {@link #MAX_NAMES} per organization and language).
 * Last, every name (all its declined forms) is checked again against the negative evidence.
 */
public final class OrganizationNameLearner {
    private static final Logger LOG = LoggerFactory.getLogger(OrganizationNameLearner.class);
    static final int SLACK = 3;
    static final int MIN_RESOLUTIONS = 2;
    static final double MAX_NEGATIVE = 0.1;
    static final double GROWTH = 0.8;
    static final int MAX_NAMES = 3;

    /** A proposed name: kind "pref" (the language's label) or "alt". */
    public record Proposal(String key, String lang, String label, String kind, int resolutions, int positive,
                           int negative, String example) {
    }

    /** What the learner did in one language. */
    public record Stats(String lang, int examples, int candidates, int rejectedCandidates, int rejectedNames,
                        List<String> rejected) {
    }

    /** One gap paragraph. */
    private record Example(String resolution, String block, String key, String text, Set<String> phrases) {
    }

    private final ReferenceData ref;
    private final OrganizationExtractor orgs;
    private final Nominative russian = Nominative.russian();
    private final List<Stats> stats = new ArrayList<>();

    /** A learner over the organization names of {@code ref} (the names it already knows). */
    public OrganizationNameLearner(ReferenceData ref) {
        this.ref = ref;
        this.orgs = new OrganizationExtractor(ref);
    }

    /** The statistics of the last {@link #learn} call, one per language. */
    public List<Stats> stats() {
        return List.copyOf(stats);
    }

    /** Proposed names for the languages {@code langs}, sorted by language, key and label. */
    public List<Proposal> learn(AlignedSample sample, List<String> langs) {
        stats.clear();
        Map<String, BlockMentions> english = new HashMap<>();
        for (AlignedSample.Resolution r : sample.resolutions()) {
            english.put(r.name(), BlockMentions.of(orgs, "en", r.blocks().getOrDefault("en", List.of())));
        }
        List<Proposal> out = new ArrayList<>();
        for (String lang : langs) {
            out.addAll(learn(sample, english, lang));
        }
        out.sort(Comparator.comparing(Proposal::lang).thenComparing(Proposal::key).thenComparing(Proposal::label));
        return out;
    }

    private List<Proposal> learn(AlignedSample sample, Map<String, BlockMentions> english, String lang) {
        List<Example> examples = new ArrayList<>();
        for (AlignedSample.Resolution r : sample.resolutions()) {
            List<Block> blocks = r.blocks().get(lang);
            if (blocks == null) {
                continue;
            }
            BlockMentions other = BlockMentions.of(orgs, lang, blocks);
            BlockMentions en = english.get(r.name());
            for (Block b : blocks) {
                Set<String> gap = new TreeSet<>(en.keys(b.key()));
                gap.removeAll(other.keys(b.key()));
                Block eb = r.block("en", b.key());
                if (gap.size() == 1 && eb != null && wholeNames(eb.text(), en.mentions(b.key()), gap.iterator().next())) {
                    String key = gap.iterator().next();
                    examples.add(example(r.name(), b, key, en.mentions(b.key()), other.mentions(b.key()), lang));
                }
            }
        }
        // candidates: phrase -> key -> resolutions
        Map<String, Map<String, Set<String>>> support = new HashMap<>();
        for (Example e : examples) {
            for (String p : e.phrases()) {
                support.computeIfAbsent(p, k -> new TreeMap<>()).computeIfAbsent(e.key(), k -> new TreeSet<>())
                        .add(e.resolution());
            }
        }
        if ("ru".equals(lang)) { // a name's case forms share their evidence
            Map<String, Set<String>> family = new HashMap<>();
            support.forEach((p, m) -> m.forEach((k, r) -> family.computeIfAbsent(k + " " + stems(p), x -> new TreeSet<>())
                    .addAll(r)));
            support.forEach((p, m) -> m.entrySet().removeIf(e -> family.get(e.getKey() + " " + stems(p)).size()
                    < MIN_RESOLUTIONS));
        } else {
            support.values().forEach(m -> m.values().removeIf(s -> s.size() < MIN_RESOLUTIONS));
        }
        support.values().removeIf(Map::isEmpty);
        Map<String, Map<String, int[]>> evidence = evidence(sample, english, lang, support);
        List<String> rejected = new ArrayList<>();
        int rejectedCandidates = 0;
        Map<String, Set<String>> kept = new TreeMap<>(); // key -> phrases
        for (Map.Entry<String, Map<String, Set<String>>> s : support.entrySet()) {
            for (String key : s.getValue().keySet()) {
                int[] pn = evidence.get(s.getKey()).get(key);
                if (pn[1] > MAX_NEGATIVE * pn[0]) {
                    LOG.debug("{} candidate «{}» of {} rejected: {} paragraphs naming it, {} not", lang, s.getKey(),
                            key, pn[0], pn[1]);
                    rejectedCandidates++;
                } else {
                    kept.computeIfAbsent(key, k -> new TreeSet<>()).add(s.getKey());
                }
            }
        }
        // names, with and without the negative filter (to report what the filter rejects)
        Map<String, List<Example>> byKey = new TreeMap<>();
        examples.forEach(e -> byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e));
        List<String[]> chosen = new ArrayList<>(); // key, name, resolutions, example
        int rejectedNames = 0;
        Corpus corpus = new Corpus(sample, lang);
        for (Map.Entry<String, List<Example>> e : byKey.entrySet()) {
            List<String[]> names = choose(e.getKey(), e.getValue(), kept.getOrDefault(e.getKey(), Set.of()), lang, corpus);
            chosen.addAll(names);
            Set<String> all = new HashSet<>();
            support.forEach((p, m) -> {
                if (m.containsKey(e.getKey())) {
                    all.add(p);
                }
            });
            List<String[]> unfiltered = choose(e.getKey(), e.getValue(), all, lang, corpus);
            for (String[] u : unfiltered) {
                if (names.stream().noneMatch(n -> n[1].equals(u[1]))) {
                    rejectedNames++;
                    rejected.add(lang + " " + e.getKey() + " «" + u[1] + "» (" + u[2] + " resolutions)");
                }
            }
        }
        // last check: every declined form of each name against the negative evidence
        Map<String, Set<String>> formsOf = new HashMap<>();
        Map<String, Map<String, Set<String>>> owner = new HashMap<>();
        for (String[] c : chosen) {
            Set<String> f = forms(c[1], lang);
            formsOf.put(c[1], f);
            for (String x : f) {
                owner.computeIfAbsent(x, k -> new TreeMap<>()).put(c[0], Set.of());
            }
        }
        Map<String, Map<String, int[]>> final_ = evidence(sample, english, lang, owner);
        List<Proposal> out = new ArrayList<>();
        Set<String> labelled = new HashSet<>();
        for (String[] c : chosen) {
            int pos = 0;
            int neg = 0;
            for (String f : formsOf.get(c[1])) {
                int[] pn = final_.getOrDefault(f, Map.of()).getOrDefault(c[0], new int[2]);
                pos += pn[0];
                neg += pn[1];
            }
            String clash = clash(c[0], c[1], lang);
            if (neg > MAX_NEGATIVE * pos || clash != null) {
                rejectedNames++;
                rejected.add(lang + " " + c[0] + " «" + c[1] + "» " + (clash != null ? clash
                        : "printed in " + neg + " paragraphs whose English lacks it, " + pos + " naming it"));
                continue;
            }
            boolean pref = !hasLabel(c[0], lang) && labelled.add(c[0]);
            out.add(new Proposal(c[0], lang, c[1], pref ? "pref" : "alt", Integer.parseInt(c[2]), pos, neg, c[3]));
        }
        stats.add(new Stats(lang, examples.size(), support.values().stream().mapToInt(Map::size).sum(),
                rejectedCandidates, rejectedNames, rejected));
        LOG.info("{}: {} gap paragraphs, {} proposals, {} candidates and {} names rejected by negative evidence",
                lang, examples.size(), out.size(), rejectedCandidates, rejectedNames);
        return out;
    }

    /**
     * Whether every English mention of {@code key} is a whole name, not a part of a longer
     * capitalised name the gazetteer does not know ("United Nations" in "United Nations Millennium
     * Declaration", which the other languages may print without the organization's name).
     */
    static boolean wholeNames(String text, List<Mention> mentions, String key) {
        for (Mention m : mentions) {
            if (m.key().equals(key) && (capitalisedWord(text, m.span().start(), -1)
                    || capitalisedWord(text, m.span().end(), 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalisedWord(String text, int from, int step) {
        int i = step < 0 ? from - 1 : from;
        if (i < 0 || i >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        i += step;
        if (step < 0) {
            while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
        }
        return i >= 0 && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /** The gap paragraph's phrases within the word range of X's English surfaces, not inside a name found. */
    private static Example example(String res, Block b, String key, List<Mention> en, List<Mention> found, String lang) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (Mention m : en) {
            if (m.key().equals(key)) {
                int w = m.span().surface().split("[\\s\\u00a0]+").length;
                min = Math.min(min, w);
                max = Math.max(max, w);
            }
        }
        Set<String> phrases = new HashSet<>();
        for (Phrases.Phrase p : Phrases.of(b.text(), lang, Phrases.MAX_WORDS)) {
            if (p.words() < Math.max(1, min - SLACK) || p.words() > 2 * max + SLACK || p.text().contains("/")) {
                continue;
            }
            boolean clashes = false;
            for (Mention m : found) {
                int s = m.span().start();
                int e = m.span().end();
                boolean inside = s <= p.start() && p.end() <= e;
                boolean holds = p.start() <= s && e <= p.end();
                boolean apart = p.end() <= s || e <= p.start();
                // a phrase opening with another body's name is that body's name run on ("Secrétaire
                // général de lui présenter")
                clashes |= inside || !holds && !apart || holds && p.start() == s;
            }
            if (!clashes) {
                phrases.add(p.text());
            }
        }
        return new Example(res, b.key(), key, b.text(), phrases);
    }

    /**
     * Up to {@link #MAX_NAMES} names of {@code key} from its examples and kept candidates: each
     * as {key, name, resolutions, example}.
     */
    private List<String[]> choose(String key, List<Example> examples, Set<String> candidates, String lang,
                                  Corpus corpus) {
        List<String[]> out = new ArrayList<>();
        List<Example> left = new ArrayList<>(examples);
        while (out.size() < MAX_NAMES && !left.isEmpty()) {
            Map<String, Set<String>> res = new LinkedHashMap<>();
            for (Example e : left) {
                for (String p : e.phrases()) {
                    if (candidates.contains(p)) {
                        res.computeIfAbsent(p, k -> new TreeSet<>()).add(e.resolution());
                    }
                }
            }
            if ("ru".equals(lang)) { // a name's case forms share their evidence
                Map<String, Set<String>> family = new HashMap<>();
                res.forEach((p, r) -> family.computeIfAbsent(stems(p), k -> new TreeSet<>()).addAll(r));
                res.replaceAll((p, r) -> family.get(stems(p)));
            }
            res.values().removeIf(s -> s.size() < MIN_RESOLUTIONS);
            if (res.isEmpty()) {
                break;
            }
            // the most resolutions; then (a clitic taken off in Arabic: "لرابطة" / "رابطة", "وكالة" / "كالة")
            // a first word printed as such somewhere; then the fewest words, the shortest
            Comparator<String> order = Comparator.comparingInt((String p) -> -res.get(p).size())
                    .thenComparing(p -> !corpus.hasWord(p.split(" ")[0]))
                    .thenComparingInt(p -> p.split(" ").length)
                    .thenComparingInt(String::length).thenComparing(Comparator.naturalOrder());
            String best = res.keySet().stream().min(order).orElseThrow();
            int most = res.get(best).size();
            String grown = best;
            for (String p : res.keySet()) {
                if (res.get(p).size() >= GROWTH * most && (" " + unelided(p) + " ").contains(" " + best + " ")
                        && corpus.hasWord(p.split(" ")[0]) && (p.split(" ").length > grown.split(" ").length
                        || p.split(" ").length == grown.split(" ").length && order.compare(p, grown) < 0)) {
                    grown = p;
                }
            }
            List<Example> finalLeft = left;
            String name = "ru".equals(lang) ? russian.reduce(grown, f -> covered(finalLeft, f), corpus::allWordsPrinted)
                    : grown;
            Set<String> f = forms(name, lang);
            f.add(grown);
            Example first = left.stream().filter(e -> e.phrases().stream().anyMatch(f::contains)).findFirst().orElseThrow();
            int n = (int) left.stream().filter(e -> e.phrases().stream().anyMatch(f::contains))
                    .map(Example::resolution).distinct().count();
            String printed = name.equals(grown) ? "" : " printed «" + grown + "»";
            out.add(new String[] {key, name, String.valueOf(n), first.resolution() + " " + first.block() + printed});
            left.removeIf(e -> e.phrases().stream().anyMatch(f::contains));
        }
        return out;
    }

    /** The words and texts of one language's paragraphs. */
    private static final class Corpus {
        private final Set<String> words = new HashSet<>();
        private final boolean arabic;

        Corpus(AlignedSample sample, String lang) {
            this.arabic = "ar".equals(lang);
            for (AlignedSample.Resolution r : sample.resolutions()) {
                for (Block b : r.blocks().getOrDefault(lang, List.of())) {
                    words.addAll(List.of(b.text().split("[\\s\\p{Punct}«»،؛]+")));
                }
            }
        }

        /** Whether an Arabic word is printed as such (a clitic taken off may leave a non-word); true elsewhere. */
        boolean hasWord(String w) {
            return !arabic || words.contains(w);
        }

        /** Whether every word of a phrase is printed as such somewhere (a made-up declension is not). */
        boolean allWordsPrinted(String phrase) {
            for (String w : phrase.split(" ")) {
                if (!words.contains(w)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A Russian phrase with each word cut to its stem (its last three letters off, at least four
     * kept): "Совета Европы" and "Совет Европы" have the same stems.
     */
    static String stems(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (String w : phrase.split(" ")) {
            int keep = Math.min(w.length(), Math.max(4, w.length() - 3));
            sb.append(sb.length() == 0 ? "" : " ").append(w, 0, keep);
        }
        return sb.toString();
    }

    /** A phrase with the elided articles inside it taken off ("de l’Asie" → "de Asie"), for containment. */
    static String unelided(String phrase) {
        return phrase.replaceAll("(^| )[lLdD]['’](?=\\p{Lu})", "$1");
    }

    private static int covered(List<Example> examples, Set<String> forms) {
        return (int) examples.stream().filter(e -> e.phrases().stream().anyMatch(forms::contains)).count();
    }

    /** The forms a name is printed in: Russian cases; the name itself elsewhere (clitics are taken off the phrases). */
    private Set<String> forms(String name, String lang) {
        return "ru".equals(lang) ? new HashSet<>(russian.forms(name)) : new HashSet<>(Set.of(name));
    }

    /**
     * For each phrase of {@code keys} and each key in {@code keys.get(phrase)}: {paragraphs of
     * {@code lang} holding the phrase whose English paragraph names the key, those whose English
     * paragraph does not}.
     */
    private static Map<String, Map<String, int[]>> evidence(AlignedSample sample, Map<String, BlockMentions> english,
                                                            String lang, Map<String, ? extends Map<String, ?>> keys) {
        Map<String, Map<String, int[]>> out = new HashMap<>();
        for (String p : keys.keySet()) {
            Map<String, int[]> m = new HashMap<>();
            keys.get(p).keySet().forEach(k -> m.put(k, new int[2]));
            out.put(p, m);
        }
        for (AlignedSample.Resolution r : sample.resolutions()) {
            BlockMentions en = english.get(r.name());
            for (Block b : r.blocks().getOrDefault(lang, List.of())) {
                if (r.block("en", b.key()) == null) {
                    continue;
                }
                Set<String> named = en.keys(b.key());
                for (String p : Phrases.texts(b.text(), lang, Phrases.MAX_WORDS)) {
                    Map<String, int[]> m = out.get(p);
                    if (m != null) {
                        m.forEach((k, pn) -> pn[named.contains(k) ? 0 : 1]++);
                    }
                }
            }
        }
        return out;
    }

    private boolean hasLabel(String key, String lang) {
        return ref.organizations().stream().anyMatch(e -> e.key().equals(key) && e.labels().containsKey(lang));
    }

    /** Why a name cannot be X's: it is already a name or acronym of another organization; null when free. */
    private String clash(String key, String name, String lang) {
        String n = ReferenceData.normalize(name);
        for (ReferenceData.Entry e : ref.organizations()) {
            boolean same = e.names(lang).stream().anyMatch(x -> ReferenceData.normalize(x).equals(n))
                    || e.names("en").stream().anyMatch(x -> ReferenceData.normalize(x).equals(n))
                    || e.acronym() != null && ReferenceData.normalize(e.acronym()).equals(n);
            if (same) {
                return e.key().equals(key) ? "already a name of it" : "already a name of " + e.key();
            }
        }
        return null;
    }
}
