package org.unkg.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.unkg.UnkgException;

/**
 * A language profile: the phrases, patterns, month names and number words the text path needs
 * for one language, read from {@code profiles/<lang>.properties} beside this class (plus
 * {@code common.properties}). Adding a language is adding a file.
 *
 * <pre>{@code
 * Profile zh = Profile.load("zh");
 * zh.date("2022 年 7 月 28 日");     // Optional[2022-07-28]
 * zh.number("七十六");              // 76
 * }</pre>
 */
public final class Profile {
    private final String language;
    private final Properties props;
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();
    /** {@link #joinsWithSpace}, read once: it is asked for at every joined line and every verb tried. */
    private final boolean spaced;
    /**
     * {@link #list} values, split once: the verb finder asks for its word lists at every word of
     * every paragraph. A profile is read-only once loaded, so a value never goes stale.
     */
    private final Map<String, List<String>> lists = new ConcurrentHashMap<>();
    /** {@link #gate} per pattern (this profile's or another's), built once: the layout asks for it per document. */
    private final Map<Pattern, PatternGate> gates = new ConcurrentHashMap<>();
    /** The ordinal words {@link #fold folded}, made once: {@link #number} reads them for every session line. */
    private final Map<String, Map<String, String>> foldedMaps = new ConcurrentHashMap<>();
    /**
     * Per month, its non-blank alternatives {@link #fold folded}, made once: {@link #month} folded
     * every name of the list again for every date read (NFKC and two regexes compiled per name).
     */
    private final Map<String, List<List<String>>> foldedMonths = new ConcurrentHashMap<>();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** {@code fold.drop} compiled once (its {@code replaceAll} compiled it at every fold). */
    private final Map<String, Pattern> dropPattern = new ConcurrentHashMap<>();

    private Profile(String language, Properties props) {
        this.language = language;
        this.props = props;
        this.spaced = "space".equals(props.getProperty("join", ""));
        for (String k : props.stringPropertyNames()) {
            String v = props.getProperty(k);
            if (k.equals("heading") || k.equals("symbol") || k.equals("draft") || k.equals("symbol.session")
                    || k.equals("distr") || k.equals("furniture") || k.equals("footnote.rule") || k.equals("link") || k.equals("url")
                    || k.equals("formula") || k.startsWith("session") || k.equals("agenda") || k.equals("adopted")
                    || k.equals("draft.adopted") || k.equals("on.report") || k.equals("meeting") || k.equals("date")
                    || k.equals("letter") || k.equals("annex") || k.equals("note") || k.equals("report")
                    || k.equals("furniture.lang") || k.equals("paragraph.start") || k.equals("quantity")
                    || k.equals("paragraph.goes.on") || k.equals("footnote.not")
                    || k.startsWith("rewrite.") && !k.endsWith(".to")) {
                // "<key>.also" adds alternatives to a pattern that common.properties defines for every
                // language (the French masthead names beside the shared page furniture)
                String also = props.getProperty(k + ".also");
                patterns.put(k, Pattern.compile(also == null ? v : "(?:" + v + ")|(?:" + also + ")"));
            }
        }
    }

    /** The languages that have a profile, as listed by {@code languages} in common.properties. */
    public static List<String> languages() {
        Properties p = new Properties();
        read(p, "common");
        List<String> out = new ArrayList<>();
        for (String l : p.getProperty("languages", "en").split(",")) {
            if (!l.isBlank() && Profile.class.getResource("profiles/" + l.strip() + ".properties") != null) {
                out.add(l.strip());
            }
        }
        return out;
    }

    /** Whether a profile file exists for the language (without falling back to English). */
    public static boolean exists(String language) {
        return language != null && language.matches("[a-z]{2,3}")
                && Profile.class.getResource("profiles/" + language + ".properties") != null;
    }

    /** Loads the profile of a language; unknown languages fall back to English. */
    public static Profile load(String language) {
        Properties p = new Properties();
        read(p, "common");
        String lang = Profile.class.getResource("profiles/" + language + ".properties") == null ? "en" : language;
        read(p, lang);
        return new Profile(lang, p);
    }

    private static void read(Properties p, String name) {
        try (InputStream in = Profile.class.getResourceAsStream("profiles/" + name + ".properties")) {
            if (in == null) {
                throw new UnkgException("missing language profile " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UnkgException("cannot read language profile " + name + ": " + e.getMessage(), e);
        }
    }

    public String language() {
        return language;
    }

    /** A raw value, or "" when the profile does not set it. */
    public String get(String key) {
        return props.getProperty(key, "");
    }

    /** A compiled pattern; empty when the profile has none under that key. */
    public Optional<Pattern> pattern(String key) {
        return Optional.ofNullable(patterns.get(key));
    }

    /** Whole-string match of a pattern, if the profile defines it and it matches. */
    public Optional<Matcher> match(String key, String s) {
        Pattern p = patterns.get(key);
        if (p == null) {
            return Optional.empty();
        }
        Matcher m = p.matcher(s);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    /**
     * Whether a pattern of the profile matches the whole of {@code s}: what
     * {@code match(key, s).isPresent()} says, through the pattern's {@link PatternGate}, so a
     * string without the text a pattern needs is not run through it (nor a matcher made for it).
     */
    public boolean matches(String key, String s) {
        Pattern p = patterns.get(key);
        return p != null && gate(p).matches(s, x -> x.matcher(s));
    }

    /** The {@link PatternGate} of a whole-string pattern, made once per profile and pattern. */
    PatternGate gate(Pattern p) {
        return gates.computeIfAbsent(p, PatternGate::of);
    }

    /** A comma-separated list value. */
    public List<String> list(String key) {
        return lists.computeIfAbsent(key, k -> {
            List<String> out = new ArrayList<>();
            for (String s : get(k).split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return List.copyOf(out);
        });
    }

    /** A map value written "printed=normalized;printed=normalized", in file order. */
    public Map<String, String> map(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : get(key).split("[;,]")) {
            int i = pair.indexOf('=');
            if (i > 0) {
                out.put(pair.substring(0, i).strip(), pair.substring(i + 1).strip());
            }
        }
        return out;
    }

    /** Whether lines of one paragraph are joined with a space (alphabetic scripts) or with nothing. */
    public boolean joinsWithSpace() {
        return spaced;
    }

    /** Punctuation that may end a paragraph. */
    public String terminal() {
        return get("terminal");
    }

    /** The first date the profile's date pattern finds in the string. */
    public Optional<LocalDate> date(String s) {
        Pattern p = patterns.get("date");
        if (p == null || s == null) {
            return Optional.empty();
        }
        Matcher m = p.matcher(s);
        while (m.find()) {
            Optional<LocalDate> d = date(m);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** A date from a match of the date pattern (groups y, and m or mon, and d). */
    public Optional<LocalDate> date(Matcher m) {
        try {
            int y = Integer.parseInt(m.group("y"));
            int d = Integer.parseInt(m.group("d"));
            int month;
            if (m.pattern().pattern().contains("?<mon>")) {
                month = month(m.group("mon"));
            } else {
                month = Integer.parseInt(m.group("m"));
            }
            return month < 1 ? Optional.empty() : Optional.of(LocalDate.of(y, month, d));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The number of a printed month name, 0 when unknown. A profile's {@code months} entry may
     * give alternatives ("июнь|июня"); a double-named month ("تشرين الأول/أكتوبر") is known by
     * either of its names. Names compare {@link #fold folded}.
     */
    int month(String printed) {
        List<List<String>> months = foldedMonths.computeIfAbsent("months", k -> {
            List<List<String>> out = new ArrayList<>();
            for (String m : list(k)) {
                List<String> alts = new ArrayList<>();
                for (String alt : m.split("\\|")) {
                    if (!alt.isBlank()) {
                        alts.add(fold(alt));
                    }
                }
                out.add(List.copyOf(alts));
            }
            return List.copyOf(out);
        });
        List<String> tries = new ArrayList<>();
        tries.add(fold(printed));
        for (String part : printed.split("/")) {
            tries.add(fold(part));
        }
        for (String t : tries) {
            for (int i = 0; i < months.size(); i++) {
                if (months.get(i).contains(t)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /**
     * A word or phrase in the form names compare in: NFKC (presentation forms and ligatures
     * undone), lower case, no whitespace, without the characters of the profile's
     * {@code fold.drop} class (Arabic tatweel and vowel marks) and with the letters of
     * {@code fold.letters} ("أ=ا") replaced.
     */
    public String fold(String s) {
        String t = WHITESPACE.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)).replaceAll("");
        String drop = get("fold.drop");
        if (!drop.isEmpty()) {
            t = dropPattern.computeIfAbsent(drop, Pattern::compile).matcher(t).replaceAll("");
        }
        for (Map.Entry<String, String> e : map("fold.letters").entrySet()) {
            t = t.replace(e.getKey(), e.getValue());
        }
        return t;
    }

    /** Whether the whole string is one date and nothing else. */
    public Optional<LocalDate> dateLine(String s) {
        Pattern p = patterns.get("date");
        if (p == null) {
            return Optional.empty();
        }
        Matcher m = p.matcher(s.strip());
        return m.matches() ? date(m) : Optional.empty();
    }

    /**
     * A number written in words ("Seventy-sixth", "七十六"), from the profile's ordinal words or
     * numerals; null when it cannot be read.
     */
    public Integer number(String words) {
        if (words == null) {
            return null;
        }
        if (words.strip().matches("\\d+")) {
            return Integer.valueOf(words.strip());
        }
        Map<String, String> numerals = map("numerals");
        if (!numerals.isEmpty()) {
            return numerals(words.strip(), numerals);
        }
        Map<String, String> ord = foldedMaps.computeIfAbsent("ordinals", key -> {
            Map<String, String> m = new java.util.HashMap<>();
            map(key).forEach((k, v) -> m.put(fold(k), v));
            return Map.copyOf(m);
        });
        List<String> skip = get("ordinals.skip").isEmpty() ? List.of("and") : list("ordinals.skip");
        List<String> prefixes = list("ordinals.prefixes");
        List<String> multipliers = get("ordinals.multipliers").isEmpty() ? List.of("100") : list("ordinals.multipliers");
        int total = 0;
        int current = 0;
        boolean any = false;
        for (String raw : words.toLowerCase(Locale.ROOT).split("[\\s\u2010\u2011-]+")) {
            String w = raw.isEmpty() ? raw : fold(raw);
            if (w.isEmpty() || skip.contains(w)) {
                continue;
            }
            String v = ord.get(w);
            for (int k = 0; v == null && k < prefixes.size(); k++) { // "والسبعون": "and" + "السبعون"
                String pre = fold(prefixes.get(k));
                if (w.startsWith(pre) && w.length() > pre.length()) {
                    v = ord.get(w.substring(pre.length()));
                }
            }
            if (v == null) {
                return null;
            }
            int n = Integer.parseInt(v);
            any = true;
            if (multipliers.contains(v) && current < n) { // "one hundred", French "quatre-vingt" (4 x 20)
                current = Math.max(1, current) * n;
            } else {
                current += n;
            }
        }
        total += current;
        return any ? total : null;
    }

    private static Integer numerals(String s, Map<String, String> numerals) {
        int total = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            String v = numerals.get(String.valueOf(s.charAt(i)));
            if (v == null) {
                return null;
            }
            int n = Integer.parseInt(v);
            if (n >= 10) {
                total += (digit < 0 ? 1 : digit) * n;
                digit = -1;
            } else {
                digit = n;
            }
        }
        return digit >= 0 ? total + digit : total;
    }
}
