package org.unkg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.unkg.model.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Aho-Corasick automaton over names, each naming one key (or a blocker, key null: a longer
 * phrase that is not an entity but hides a name inside it, like "发展中国家" around "中国").
 * Built once, immutable, thread-safe.
 *
 * <p>Matching rules: names are compared on {@link MatchText} projections, so spacing and letter
 * case of the text do not matter, except that every upper-case letter of a name must be upper
 * case in the text (so acronyms are case-sensitive, and "Turkey" is not "turkey"). A name edge
 * that is a letter or digit of a spaced script must sit on a word boundary ("Niger" is not found
 * in "Nigeria"). Overlapping matches: the longest wins. With {@code nested}, matches lying inside
 * a kept match are kept too when they name another key ("United Nations" inside "Charter of the
 * United Nations" when the Charter is in the same gazetteer).
 */
final class Gazetteer {
    private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);
    private static final int MAX_NESTING = 3;

    /**
     * This gazetteer's own automaton, built on first use: where a {@link GazetteerUnion} reads
     * the names (the AKN path), it is never needed.
     */
    private volatile CharTrie<Name> trie;
    private final Map<String, Name> keywords;
    private final List<String> prefixes;

    /** A name as given and the key it names (null for a blocker). */
    record Name(String text, String key) {
    }

    /** A match: key, original span offsets. */
    record Match(String key, int start, int end, String surface) {
        Span span(String block) {
            return new Span(block, start, end, surface);
        }
    }

    /** An occurrence of a name in a projection, [pStart, pEnd) in projected offsets. */
    record Hit(int pStart, int pEnd, Name name) {
        int length() {
            return pEnd - pStart;
        }

        boolean contains(Hit o) {
            return pStart <= o.pStart && o.pEnd <= pEnd && !equals(o);
        }

        boolean overlaps(Hit o) {
            return pStart < o.pEnd && o.pStart < pEnd;
        }
    }

    /**
     * @param names name → key (null key = blocker). A name claimed by two different keys is
     *              ambiguous and dropped.
     */
    Gazetteer(Map<String, String> names) {
        this(names, List.of());
    }

    /**
     * @param names    name → key (null key = blocker)
     * @param prefixes clitics that may be glued before a name ("و", "ب" in Arabic): a name
     *                 preceded by exactly one of them, at a word start, is still at a word boundary
     */
    Gazetteer(Map<String, String> names, List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
        Map<String, Name> byForm = new LinkedHashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String form = MatchText.normalizeName(e.getKey());
            if (form.length() < 2) {
                continue;
            }
            Name prev = byForm.get(form);
            if (prev != null && !Objects.equals(prev.key(), e.getValue())) {
                if (prev.key() != null && e.getValue() != null) {
                    ambiguous.put(form, true);
                }
                if (e.getValue() == null) {
                    byForm.put(form, new Name(form, null));
                }
                continue;
            }
            byForm.put(form, new Name(form, e.getValue()));
        }
        ambiguous.keySet().forEach(f -> {
            LOG.debug("ambiguous name dropped from gazetteer: {}", f);
            byForm.remove(f);
        });
        Map<String, Name> keywords = new LinkedHashMap<>();
        for (Name n : byForm.values()) {
            keywords.putIfAbsent(MatchText.lower(n.text()), n); // forms differing only in case: the first
        }
        this.keywords = Collections.unmodifiableMap(keywords);
    }

    private CharTrie<Name> trie() {
        CharTrie<Name> t = trie;
        if (t == null) {
            synchronized (this) {
                t = trie;
                if (t == null) {
                    t = new CharTrie<>(keywords);
                    trie = t;
                }
            }
        }
        return t;
    }

    /** The automaton's keywords (lower-cased projected form → name), in the order the automaton took them. */
    Map<String, Name> keywords() {
        return keywords;
    }

    /** Matches in {@code text}, in text order. */
    List<Match> find(String text, boolean nested) {
        return find(MatchText.of(text), nested);
    }

    /** Matches in the text {@code mt} projects, in text order. */
    List<Match> find(MatchText mt, boolean nested) {
        List<Hit> hits = new ArrayList<>();
        trie().find(mt.foldedChars(), mt.folded().length(), (start, end, name) -> {
            Hit h = new Hit(start, end, name);
            if (accept(mt, h)) {
                hits.add(h);
            }
        });
        return resolve(mt, hits, nested);
    }

    /**
     * The matches of the accepted occurrences {@code hits} of this gazetteer's names in
     * {@code mt}, given in the order the automaton reports them (by end, longest first): the
     * overlap, blocker and nesting rules applied. {@code hits} is reordered.
     */
    List<Match> resolve(MatchText mt, List<Hit> hits, boolean nested) {
        String text = mt.original();
        hits.sort(Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::pStart));
        List<Hit> top = new ArrayList<>();
        for (Hit h : hits) {
            if (top.stream().noneMatch(h::overlaps)) {
                top.add(h);
            }
        }
        List<Hit> kept = new ArrayList<>();
        for (Hit h : top) {
            if (h.name().key() == null) {
                continue; // a blocker hides what lies inside it
            }
            kept.add(h);
            if (nested) {
                addNested(h, hits, List.of(h.name().key()), kept, 1);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::pStart).thenComparing(Comparator.comparingInt(Hit::pEnd).reversed()));
        List<Match> out = new ArrayList<>(kept.size());
        for (Hit h : kept) {
            int s = mt.start(h.pStart());
            int e = mt.end(h.pEnd());
            out.add(new Match(h.name().key(), s, e, text.substring(s, e)));
        }
        return out;
    }

    private static void addNested(Hit outer, List<Hit> hits, List<String> ancestors, List<Hit> kept, int depth) {
        if (depth > MAX_NESTING) {
            return;
        }
        List<Hit> inner = new ArrayList<>();
        for (Hit h : hits) { // hits are longest first
            if (outer.contains(h) && h.name().key() != null && !ancestors.contains(h.name().key())
                    && inner.stream().noneMatch(h::overlaps)) {
                inner.add(h);
            }
        }
        for (Hit h : inner) {
            kept.add(h);
            List<String> anc = new ArrayList<>(ancestors);
            anc.add(h.name().key());
            addNested(h, hits, anc, kept, depth + 1);
        }
    }

    /** Whether an occurrence of one of this gazetteer's names stands where a name may be found (case, word edges, symbols). */
    boolean accept(MatchText mt, Hit h) {
        String name = h.name().text();
        String cased = mt.cased();
        for (int k = 0; k < name.length(); k++) {
            if (MatchText.isUpperCase(name.charAt(k)) && !MatchText.isUpperCase(cased.charAt(h.pStart() + k))) {
                return false;
            }
        }
        boolean wordStart = MatchText.isWordChar(name.charAt(0));
        boolean wordEnd = MatchText.isWordChar(name.charAt(name.length() - 1));
        if (wordStart && h.pStart() > 0 && MatchText.isWordChar(cased.charAt(h.pStart() - 1))
                && !afterClitic(cased, h.pStart())
                || wordEnd && h.pEnd() < cased.length() && MatchText.isWordChar(cased.charAt(h.pEnd()))) {
            return false;
        }
        return !(wordStart && inSymbol(cased, h)) && !(isAcronym(name) && inCapitals(cased, h));
    }

    /** Whether the word characters before {@code start} are exactly one clitic, at a word start. */
    private boolean afterClitic(String t, int start) {
        int s = start;
        while (s > 0 && MatchText.isWordChar(t.charAt(s - 1))) {
            s--;
        }
        return prefixes.contains(t.substring(s, start));
    }

    /**
     * Inside a document symbol ("SC/13331", "A/HRC/52/1"): a token with a slash and a digit, the
     * hit next to a slash. The slash next to the hit is tested first: it is in the token, and
     * without it the answer is no whatever the token (the token, all of a Chinese block, which has
     * no spaces, was copied for every hit before).
     */
    private static boolean inSymbol(String t, Hit h) {
        if (!(h.pStart() > 0 && t.charAt(h.pStart() - 1) == '/' || h.pEnd() < t.length() && t.charAt(h.pEnd()) == '/')) {
            return false;
        }
        int s = h.pStart();
        while (s > 0 && !MatchText.isSpace(t.charAt(s - 1))) {
            s--;
        }
        int e = h.pEnd();
        while (e < t.length() && !MatchText.isSpace(t.charAt(e))) {
            e++;
        }
        for (int k = s; k < e; k++) {
            if (Character.isDigit(t.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String name) {
        if (name.length() < 2) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (!MatchText.isUpperCase(c) && !Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** An acronym standing between words in capitals is part of a capitalized name ("VIET NAM"). */
    private static boolean inCapitals(String t, Hit h) {
        return capitalWord(t, h.pStart() - 1, -1) || capitalWord(t, h.pEnd(), 1);
    }

    private static boolean capitalWord(String t, int from, int step) {
        int i = from;
        while (i >= 0 && i < t.length() && t.charAt(i) == ' ') {
            i += step;
        }
        int letters = 0;
        while (i >= 0 && i < t.length() && Character.isLetter(t.charAt(i))) {
            if (!Character.isUpperCase(t.charAt(i))) {
                return false;
            }
            letters++;
            i += step;
        }
        return letters >= 2;
    }
}
