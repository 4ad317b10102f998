package org.unkg.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the language of a text from the profiles alone (data, not code): first the script
 * ({@code detect.script} of a profile, e.g. CYRILLIC, ARABIC, HAN: the script with most letters
 * wins when one profile claims it), then, among the profiles of the winning script (English,
 * French and Spanish share the Latin one), the profile whose header phrases match most lines
 * and whose {@code detect.words} (frequent function words) occur most often. A file name that
 * says its language ({@code doc_ru.txt}, {@code 2421660R.pdf}, {@code /ru/}) decides before the
 * content. Immutable and thread-safe.
 *
 * <pre>{@code
 * LanguageDetector d = new LanguageDetector(profiles);
 * d.detect("Генеральная Ассамблея,\n...", "doc-0001.txt");   // "ru"
 * }</pre>
 */
public final class LanguageDetector {
    /** Header lines that say the language strongly (a formula or session line counts more than a word). */
    private static final List<String> HEADER_KEYS = List.of("formula", "session", "agenda", "adopted", "meeting");
    private static final int SAMPLE = 200_000;

    private final List<Profile> profiles;
    private final Map<String, Character.UnicodeScript> scripts = new HashMap<>();
    private final Map<String, WordCounter> words = new HashMap<>();
    private final Map<String, Pattern> fileNames = new HashMap<>();
    /** Per language, its {@link #HEADER_KEYS} patterns (those it defines), in key order. */
    private final Map<String, List<Pattern>> headerPatterns = new HashMap<>();
    /** Per language, the text every match of each header pattern holds ({@link RequiredText}), aligned with them. */
    private final Map<String, List<String>> headerNeeds = new HashMap<>();

    /** {@code profiles}: the candidate languages, the first being the default. */
    public LanguageDetector(List<Profile> profiles) {
        this.profiles = List.copyOf(profiles);
        for (Profile p : this.profiles) {
            String s = p.get("detect.script");
            scripts.put(p.language(), s.isEmpty() ? Character.UnicodeScript.LATIN
                    : Character.UnicodeScript.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            List<String> w = p.list("detect.words");
            if (!w.isEmpty()) {
                words.put(p.language(), new WordCounter(w));
            }
            List<Pattern> header = HEADER_KEYS.stream().map(p::pattern).flatMap(Optional::stream).toList();
            headerPatterns.put(p.language(), header);
            headerNeeds.put(p.language(), header.stream().map(RequiredText::of).toList());
            String f = p.get("detect.file");
            if (!f.isEmpty()) {
                fileNames.put(p.language(), Pattern.compile(f));
            }
        }
    }

    /** The language of a text; {@code fileName} may be null. */
    public String detect(String text, String fileName) {
        Optional<String> named = fromFileName(fileName);
        if (named.isPresent()) {
            return named.get();
        }
        Character.UnicodeScript script = dominantScript(text);
        List<Profile> candidates = profiles.stream().filter(p -> scripts.get(p.language()) == script).toList();
        if (candidates.isEmpty()) {
            return profiles.get(0).language();
        }
        if (candidates.size() == 1) {
            return candidates.get(0).language();
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        // the function words of every candidate counted in one scan of the sample
        List<WordCounter> counters = new ArrayList<>();
        int[] counter = new int[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            WordCounter w = words.get(candidates.get(i).language());
            counter[i] = w == null ? -1 : counters.size();
            if (w != null) {
                counters.add(w);
            }
        }
        long[] counts = WordCounter.countAll(counters, sample);
        List<String> lines = headerLines(sample);
        Profile best = candidates.get(0);
        long bestScore = -1;
        for (int i = 0; i < candidates.size(); i++) {
            Profile p = candidates.get(i);
            long score = headerScore(p, lines) + (counter[i] < 0 ? 0 : counts[counter[i]]);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best.language();
    }

    /** The language a file name states with a profile's {@code detect.file} pattern, if any. */
    Optional<String> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1); // the file's own name, not its folders
        for (Profile p : profiles) {
            Pattern f = fileNames.get(p.language());
            if (f != null && f.matcher(name).find()) {
                return Optional.of(p.language());
            }
        }
        return Optional.empty();
    }

    /** The script most letters of the text are written in (Latin when there are none). */
    static Character.UnicodeScript dominantScript(String text) {
        Character.UnicodeScript[] all = Character.UnicodeScript.values();
        int[] counts = new int[all.length];
        short[] letterScript = Scripts.LETTER_SCRIPT;
        int n = Math.min(text.length(), SAMPLE);
        // one copy of the sample read, not charAt, which checks the index at every call on a UTF-16 text
        char[] cs = new char[n];
        text.getChars(0, n, cs, 0);
        for (int i = 0; i < n; i++) {
            short s = letterScript[cs[i]];
            if (s >= 0) {
                counts[s]++;
            }
        }
        // Latin letters of symbols and links ("A/RES/79/1", "undocs.org") stand in every language:
        // another script wins when it has a fifth of the Latin count, as Chinese did before
        int latin = counts[Character.UnicodeScript.LATIN.ordinal()];
        Character.UnicodeScript best = Character.UnicodeScript.LATIN;
        int bestCount = 0;
        for (int k = 0; k < all.length; k++) {
            if (all[k] != Character.UnicodeScript.LATIN && counts[k] > bestCount) {
                best = all[k];
                bestCount = counts[k];
            }
        }
        return bestCount > 0 && bestCount * 5L >= latin ? best : Character.UnicodeScript.LATIN;
    }

    /** The script of every letter of the Basic Multilingual Plane (its ordinal; -1 for a non-letter), computed once. */
    private static final class Scripts {
        static final short[] LETTER_SCRIPT = new short[Character.MAX_VALUE + 1];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                LETTER_SCRIPT[c] = Character.isLetter((char) c) ? (short) Character.UnicodeScript.of(c).ordinal() : -1;
            }
        }

        private Scripts() {
        }
    }

    /**
     * The lines {@link #headerScore} reads, cut once for every candidate: of the first 400 lines, as
     * {@code sample.split("\n")} gives them (the empty lines it drops at the end score nothing),
     * those that stripped are neither empty nor longer than 300 characters (a paragraph line, not a
     * header line).
     */
    private static List<String> headerLines(String sample) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int lines = 0; lines < 400 && start <= sample.length(); lines++) {
            int nl = sample.indexOf('\n', start);
            int end = nl < 0 ? sample.length() : nl;
            String t = sample.substring(start, end).strip();
            start = nl < 0 ? sample.length() + 1 : nl + 1;
            if (!t.isEmpty() && t.length() <= 300) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Header lines the profile recognises (weighted); a profile's score adds the occurrences of its
     * function words in the sample.
     */
    private long headerScore(Profile p, List<String> lines) {
        // what p.match(key, line).isPresent() says for each key: a line without the text a pattern
        // needs cannot match it; the matchers are made once per call and reset for every line
        List<Pattern> header = headerPatterns.get(p.language());
        List<String> needs = headerNeeds.get(p.language());
        Matcher[] matchers = new Matcher[header.size()];
        long score = 0;
        for (String t : lines) {
            for (int k = 0; k < matchers.length; k++) {
                String need = needs.get(k);
                if (!need.isEmpty() && !t.contains(need)) {
                    continue;
                }
                if (matchers[k] == null) {
                    matchers[k] = header.get(k).matcher("");
                }
                if (matchers[k].reset(t).matches()) {
                    score += 50;
                }
            }
        }
        return score;
    }
}
