package org.unkg.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.UnkgException;
import org.unkg.rdf.Iris;
import org.unkg.rdf.UNKG;

/**
 * Builds {@code treaties.ttl}: the curated treaties of {@code treaties.tsv} (the Charter) and
 * every treaty the AKN sample cites as "United Nations, Treaty Series, vol. N, No. M" in a
 * footnote, named by the instrument printed before the footnote mark (English: the title
 * around the last instrument word; Chinese: the last 《…》), or inside the footnote when it
 * lists several instruments. A number's label is its most frequent name; other names are
 * alternative labels. The French, Spanish, Russian and Arabic names come from the reviewed rows
 * of {@code sources/treaty-labels.tsv}, learned from the aligned language versions.
 */
final class TreatiesGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(TreatiesGenerator.class);
    private static final Pattern UNTS_EN = Pattern.compile("United Nations, Treaty Series, vol\\.\\s*(\\d+)[,.]\\s*No\\.\\s*(\\d+)");
    private static final Pattern UNTS_ZH = Pattern.compile("第\\s*(\\d+)\\s*卷[，,]\\s*第\\s*(\\d+)\\s*号");
    private static final Pattern TITLE_ZH = Pattern.compile("《([^《》]{2,200})》\\s*$");
    private static final Pattern TREATY_WORD_ZH = Pattern.compile("条约|公约|协定|议定书|宪章|盟约|规约|组织法|章程|协议|修正");
    /** The reviewed table of names learned from the aligned language versions (org.unkg.learn.TreatyLabelLearner). */
    static final String LEARNED = "treaty-labels.tsv";
    private static final Set<String> INSTRUMENTS = Set.of("Convention", "Treaty", "Agreement", "Protocol", "Covenant",
            "Statute", "Charter", "Constitution", "Accord", "Pact", "Amendment", "Amendments", "Arrangement");
    private static final Set<String> CONNECTORS = Set.of("of", "on", "the", "and", "for", "in", "to", "against",
            "between", "a", "an", "concerning", "relating", "with", "its", "at", "their", "by", "from", "under", "or");

    /** Counts of volumes and of names per language for one UNTS number. */
    private static final class Mined {
        final Map<Integer, Integer> volumes = new TreeMap<>();
        final Map<String, Map<String, Integer>> names = new TreeMap<>();
    }

    private TreatiesGenerator() {
    }

    static Model generate(List<AknSample.Doc> docs, java.nio.file.Path sources, Iris iris) {
        Map<Integer, Mined> mined = new TreeMap<>();
        Map<String, AknSample.Doc> zh = new HashMap<>();
        docs.stream().filter(d -> d.lang().equals("zh")).forEach(d -> zh.put(d.doc(), d));
        for (AknSample.Doc d : docs) {
            if (!d.lang().equals("en")) {
                continue;
            }
            AknSample.Doc z = zh.get(d.doc());
            for (AknSample.Note n : d.notes()) {
                List<int[]> refs = new ArrayList<>();
                Matcher m = UNTS_EN.matcher(n.text());
                while (m.find()) {
                    int vol = Integer.parseInt(m.group(1));
                    int no = Integer.parseInt(m.group(2));
                    refs.add(new int[] {vol, no});
                    Mined t = mined.computeIfAbsent(no, k -> new Mined());
                    t.volumes.merge(vol, 1, Integer::sum);
                    String name = refs.size() == 1 && inlineStart(n.text(), m.start()) < 0
                            ? englishTitle(n.before()) : englishTitle(segment(n.text(), m.start()));
                    count(t, "en", name);
                }
                AknSample.Note zn = z == null ? null : z.notes().stream()
                        .filter(x -> x.marker().equals(n.marker())).findFirst().orElse(null);
                if (zn != null && refs.size() == 1) {
                    Matcher zm = UNTS_ZH.matcher(zn.text());
                    if (zm.find() && Integer.parseInt(zm.group(2)) == refs.get(0)[1] && !zm.find()) {
                        Matcher tm = TITLE_ZH.matcher(zn.before().strip());
                        if (tm.find() && TREATY_WORD_ZH.matcher(tm.group(1)).find()) {
                            count(mined.get(refs.get(0)[1]), "zh", tm.group(1).strip());
                        }
                    }
                }
            }
        }
        Model m = ModelFactory.createDefaultModel();
        Map<String, NameSet> curated = new TreeMap<>();
        for (Map<String, String> r : TableLib.tsv(sources.resolve("treaties.tsv"))) {
            NameSet ns = curated.computeIfAbsent(r.get("key"), k -> new NameSet());
            if ("label".equals(r.get("role"))) {
                ns.label(r.get("lang"), r.get("name"));
            } else {
                ns.alt(r.get("lang"), r.get("name"));
            }
        }
        Map<String, Integer> owner = owners(mined);
        for (Map.Entry<Integer, Mined> e : mined.entrySet()) {
            String key = "unts-" + e.getKey();
            NameSet ns = curated.computeIfAbsent(key, k -> new NameSet());
            e.getValue().names.forEach((lang, counts) -> {
                counts.keySet().removeIf(n -> !e.getKey().equals(owner.get(lang + "|" + ReferenceData.normalize(n))));
                if (counts.isEmpty()) {
                    return;
                }
                List<String> byFreq = new ArrayList<>(counts.keySet());
                byFreq.sort(Comparator.comparing((String s) -> s.contains(" ") || !lang.equals("en") ? 0 : 1)
                        .thenComparing(s -> -counts.get(s)).thenComparing(Comparator.naturalOrder()));
                if (ns.label(lang) == null) {
                    ns.label(lang, byFreq.get(0));
                }
                byFreq.forEach(s -> ns.alt(lang, s));
            });
            Resource t = m.createResource(iris.treaty(key));
            int vol = e.getValue().volumes.entrySet().stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            t.addLiteral(UNKG.untsVolume, m.createTypedLiteral(String.valueOf(vol), XSDDatatype.XSDinteger));
            t.addLiteral(UNKG.untsNumber, m.createTypedLiteral(String.valueOf(e.getKey()), XSDDatatype.XSDinteger));
        }
        learnedLabels(sources.resolve(LEARNED), curated);
        for (Map.Entry<String, NameSet> e : curated.entrySet()) {
            if (e.getValue().label("en") == null && !e.getKey().startsWith("unts-")) {
                throw new UnkgException("treaty " + e.getKey() + " in treaties.tsv has no English label");
            }
            if (e.getValue().label("en") == null) {
                LOG.warn("treaty {}: no English name found before its footnotes", e.getKey());
                e.getValue().label("en", "United Nations Treaty Series No. " + e.getKey().substring("unts-".length()));
            }
            Resource t = m.createResource(iris.treaty(e.getKey()));
            t.addProperty(RDF.type, UNKG.Treaty);
            e.getValue().write(m, t);
        }
        LOG.info("treaties: {} ({} with a UNTS number)", curated.size(), mined.size());
        return m;
    }

    /**
     * Adds the reviewed rows ({@code reviewed=yes}) of the learned-names table to the treaties it
     * names: a {@code pref} row is the label of its language unless the treaty has one (from
     * {@code treaties.tsv}, or the footnote mining), every other row an alternative label. Rows of a
     * treaty that is not generated (learned from a part of the sample left out) are skipped.
     */
    private static void learnedLabels(java.nio.file.Path table, Map<String, NameSet> treaties) {
        if (!java.nio.file.Files.exists(table)) {
            return;
        }
        int n = 0;
        for (Map<String, String> r : TableLib.tsv(table)) {
            NameSet ns = treaties.get(r.get("key"));
            if (!"yes".equals(r.get("reviewed")) || ns == null) {
                continue;
            }
            if ("pref".equals(r.get("role")) && ns.label(r.get("lang")) == null) {
                ns.label(r.get("lang"), r.get("label"));
            } else {
                ns.alt(r.get("lang"), r.get("label"));
            }
            n++;
        }
        LOG.info("treaties: {} reviewed names from {}", n, table.getFileName());
    }

    /**
     * For each name ("lang|normalized"), the UNTS number it was printed for most often; a name
     * printed as often for two numbers ("Optional Protocol") has no owner and names neither.
     */
    private static Map<String, Integer> owners(Map<Integer, Mined> mined) {
        Map<String, Integer> best = new HashMap<>();
        Map<String, Integer> bestCount = new HashMap<>();
        mined.forEach((no, t) -> t.names.forEach((lang, counts) -> counts.forEach((n, c) -> {
            String k = lang + "|" + ReferenceData.normalize(n);
            int prev = bestCount.getOrDefault(k, 0);
            if (c > prev) {
                best.put(k, no);
                bestCount.put(k, c);
            } else if (c == prev) {
                best.put(k, null);
            }
        })));
        return best;
    }

    private static void count(Mined t, String lang, String name) {
        if (name != null && !name.isBlank() && !INSTRUMENTS.contains(name)) {
            t.names.computeIfAbsent(lang, k -> new TreeMap<>()).merge(name, 1, Integer::sum);
        }
    }

    /** Where the instrument's name starts when it is printed inside the note, before "(United Nations…", or -1. */
    private static int inlineStart(String note, int refStart) {
        String head = note.substring(0, refStart).strip();
        return head.endsWith("(") && head.length() > 1 ? 0 : -1;
    }

    /** The part of a note listing several instruments that names the one cited at {@code refStart}. */
    private static String segment(String note, int refStart) {
        String head = note.substring(0, refStart);
        int open = head.lastIndexOf('(');
        head = open >= 0 ? head.substring(0, open) : head;
        int semi = head.lastIndexOf(';');
        return head.substring(semi + 1);
    }

    /**
     * An English instrument title at the end of a text: from the leftmost instrument word of the
     * last run of capitalized and connecting words that holds one (with the capitalized words just
     * before it, "United Nations Convention"), to the end. Null when there is no instrument word.
     */
    static String englishTitle(String text) {
        String[] w = text.strip().replaceAll("[\\s\\u00a0]+", " ").split(" ");
        int last = -1;
        for (int i = w.length - 1; i >= 0 && i >= w.length - 60; i--) {
            if (INSTRUMENTS.contains(bare(w[i])) || INSTRUMENTS.contains(capitalized(bare(w[i])))) {
                last = i;
                break;
            }
        }
        if (last < 0) {
            return null;
        }
        if (!INSTRUMENTS.contains(bare(w[last]))) { // "the cooperation agreement of 1997": keep one qualifier
            int from = last > 0 && !CONNECTORS.contains(bare(w[last - 1])) && !w[last - 1].endsWith(",") ? last - 1 : last;
            String t = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length)).replaceAll("[\\s,;:(]+$", "");
            return capitalized(t);
        }
        int first = last;
        for (int i = last - 1; i >= 0; i--) {
            String b = bare(w[i]);
            if (b.isEmpty() || !(CONNECTORS.contains(b) || Character.isUpperCase(b.charAt(0))) || w[i].endsWith(",")
                    || b.equals("and") || b.equals("or")) {
                break;
            }
            if (INSTRUMENTS.contains(b)) {
                first = i;
            }
        }
        while (first > 0 && !w[first - 1].endsWith(",") && isTitleWord(bare(w[first - 1]))) {
            first--;
        }
        String title = String.join(" ", java.util.Arrays.copyOfRange(w, first, w.length));
        return title.replaceAll("[\\s,;:()]+$", "").strip();
    }

    private static boolean isTitleWord(String b) {
        return !b.isEmpty() && Character.isUpperCase(b.charAt(0)) && !CONNECTORS.contains(b.toLowerCase(java.util.Locale.ROOT));
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String bare(String token) {
        return token.replaceAll("^[\\p{Punct}“”‘’«»]+|[\\p{Punct}“”‘’«»]+$", "");
    }
}
