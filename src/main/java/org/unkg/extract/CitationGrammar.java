package org.unkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation grammar of one language, read from {@code citations-<lang>.properties}: keywords,
 * bodies, separators, date and part phrases. Resolution numbers and document symbols do not
 * depend on the language and are defined here. Immutable.
 */
final class CitationGrammar {
    /** How a language orders a citation: keyword before numbers (en) or numbers inside a counter (zh). */
    enum Shape { KEYWORD_FIRST, COUNTER }

    /** A resolution number as printed: "73/338", "2832 (XXVI)", "1631 (2005)", "ES-10/1". */
    static final Pattern NUMBER = Pattern.compile(
            "(?:(?:ES|S)-)?\\d{1,4}/\\d{1,4}(?![\\d/])|\\d{1,4}(?:\\s+(?<old>[A-H]))?\\s*\\(\\s*(?:[IVXLC]+|(?:ES|S)-[IVXLC]+|\\d{4})\\s*\\)",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** A letter after a resolution number ("53/243 A"). */
    // Up to Z: the disarmament resolutions run far ("47/52 J", "54/54 P").
    static final Pattern LETTER = Pattern.compile("[A-Z](?![\\p{L}\\p{N}/])");
    /**
     * A UN document symbol: "A/75/651-S/2020/1203", "A/C.2/72/3", "A/79/L.59", "S/RES/1631 (2005)",
     * "A/79/6 (Sect. 3)", "NPT/CONF.2010/50 (Vol. I)".
     */
    // Repetitions are bounded (no symbol has 12 parts or a 40-character part): an unbounded
    // repeated group recurses once per repetition and overflows the stack on a hostile
    // paragraph of thousands of glued symbols.
    static final Pattern SYMBOL = Pattern.compile(
            "(?<![A-Za-z0-9/.\\-])(?:(?:A|S|E|ST|TD|CD|DP)(?:/[A-Za-z0-9.\\-]{1,40}){1,12}"
                    + "|[A-Z]{2,8}(?:/[A-Za-z0-9.\\-]{1,40}){2,12})"
                    + "(?:\\s*\\((?:\\d{4}|Part\\s+[IVX]+|Sect\\.\\s?\\d{1,2}[A-H]?|Vol\\.\\s?[IVX]+)\\))?",
            Pattern.UNICODE_CHARACTER_CLASS);

    final String language;
    final Shape shape;
    final Pattern head;
    final Pattern keyword;
    final Pattern prefix;
    final Pattern suffix;
    final Pattern listSeparator;
    final Pattern lettersSeparator;
    final Pattern dateAfter;
    final Pattern yearBefore;
    final Pattern bodyBefore;
    /** The body printed after a citation's numbers ("… du Conseil des droits de l’homme"), or null. */
    final Pattern bodyAfter;
    final List<String> innerSeries;
    final List<String> afterSeries;
    final Pattern part;
    final String annex;
    final List<String> numerals;
    final List<String> series;
    final DateParser dates;

    private CitationGrammar(String language, Properties p) {
        this.language = language;
        this.shape = "counter".equals(p.getProperty("shape")) ? Shape.COUNTER : Shape.KEYWORD_FIRST;
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames().stream().sorted().toList()) {
            if (k.startsWith("body.")) {
                bodies.put(k.substring(5), p.getProperty(k));
            }
        }
        Map<String, String> inner = new LinkedHashMap<>(); // printed between keyword and number
        Map<String, String> after = new LinkedHashMap<>(); // printed after the numbers and dates
        for (String k : p.stringPropertyNames().stream().sorted().toList()) {
            if (k.startsWith("body.inner.")) {
                inner.put(k.substring("body.inner.".length()), p.getProperty(k));
            } else if (k.startsWith("body.after.")) {
                after.put(k.substring("body.after.".length()), p.getProperty(k));
            }
        }
        bodies.keySet().removeIf(k -> k.startsWith("inner.") || k.startsWith("after."));
        this.series = List.copyOf(bodies.keySet());
        this.innerSeries = List.copyOf(inner.keySet());
        this.afterSeries = List.copyOf(after.keySet());
        String body = alternatives("b", series, bodies);
        String innerBody = alternatives("i", innerSeries, inner);
        this.keyword = Pattern.compile("(?<RES>" + p.getProperty("keyword.RES") + ")|(?<DEC>"
                + p.getProperty("keyword.DEC", "(?!)") + ")", Pattern.UNICODE_CHARACTER_CLASS);
        String kw = "(?<kw>" + p.getProperty("keyword.RES") + "|" + p.getProperty("keyword.DEC", "(?!)") + ")"
                + (innerSeries.isEmpty() ? "" : "(?:\\s+(?:" + innerBody + "))?");
        String gap = p.getProperty("keyword.gap", "\\s*");
        // the body stands before the keyword ("Security Council resolution") or, with
        // body.position = after, between keyword and number ("резолюция Совета Безопасности 1631 (2005)")
        this.head = Pattern.compile("after".equals(p.getProperty("body.position"))
                ? kw + gap + "(?:(?:" + body + ")" + gap + ")?"
                : "(?:(?:" + body + ")\\s*)?" + kw + gap, Pattern.UNICODE_CHARACTER_CLASS);
        this.bodyAfter = afterSeries.isEmpty() ? null : Pattern.compile(p.getProperty("after.connector", "\\s+")
                + "(?:" + alternatives("a", afterSeries, after) + ")", Pattern.UNICODE_CHARACTER_CLASS);
        this.bodyBefore = Pattern.compile("(?:" + body + ")\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
        this.prefix = GrammarLib.pattern(p, "number.prefix");
        this.suffix = GrammarLib.pattern(p, "number.suffix");
        this.listSeparator = GrammarLib.pattern(p, "list.separator");
        this.lettersSeparator = GrammarLib.pattern(p, "letters.separator");
        this.dateAfter = GrammarLib.pattern(p, "date.after");
        this.yearBefore = GrammarLib.pattern(p, "year.before");
        this.part = GrammarLib.pattern(p, "part");
        this.annex = p.getProperty("part.annex", "annex");
        String nums = p.getProperty("numerals", "");
        this.numerals = nums.isBlank() ? List.of() : List.of(nums.split(","));
        this.dates = DateParser.forLanguage(language);
    }

    /** The grammar of a language, English when there is none for it. */
    static CitationGrammar forLanguage(String lang) {
        String l = lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
        Properties p = GrammarLib.properties("citations-" + l + ".properties");
        if (p == null) {
            l = "en";
            p = GrammarLib.properties("citations-en.properties");
        }
        return new CitationGrammar(l, p);
    }

    /** The series a matched body group stands for ("S/RES/"), or null. */
    String seriesOf(Matcher m) {
        for (int i = 0; i < series.size(); i++) {
            if (m.group("b" + i) != null) {
                return series.get(i);
            }
        }
        for (int i = 0; i < innerSeries.size() && m.pattern() == head; i++) {
            if (m.group("i" + i) != null) {
                return innerSeries.get(i);
            }
        }
        return null;
    }

    /** The series of a match of {@link #bodyAfter}. */
    String afterSeriesOf(Matcher m) {
        for (int i = 0; i < afterSeries.size(); i++) {
            if (m.group("a" + i) != null) {
                return afterSeries.get(i);
            }
        }
        return null;
    }

    private static String alternatives(String prefix, List<String> keys, Map<String, String> phrases) {
        List<String> alts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            alts.add("(?<" + prefix + i + ">" + phrases.get(keys.get(i)) + ")");
        }
        return alts.isEmpty() ? "(?!)" : String.join("|", alts);
    }

    /**
     * The normalized symbol of a resolution or decision number: "A/RES/53/243A",
     * "A/RES/2832(XXVI)", "S/RES/1631(2005)", "A/DEC/72/555".
     */
    static String symbol(String number, String letter, String series, boolean decision) {
        String n = stripSpaces(number);
        String l = letter == null ? "" : letter;
        java.util.regex.Matcher old = Pattern.compile("^(\\d+)([A-H])(\\(.*\\))$").matcher(n);
        if (old.matches()) { // "3026 A (XXVII)" is A/RES/3026A(XXVII), as the publisher's own links write it
            return "A/RES/" + n;
        }
        if (n.matches("\\d+\\(\\d{4}\\)")) {
            return "S/RES/" + n + l;
        }
        if (decision) {
            return (series == null || series.equals("A/RES/") ? "A/DEC/" : series.replace("RES", "DEC")) + n + l;
        }
        if (series == null && n.matches("\\d{4}/\\d+")) {
            return "E/RES/" + n + l;
        }
        return (series == null || series.equals("S/RES/") ? "A/RES/" : series) + n + l;
    }

    /** The text without any whitespace, no-break spaces included. */
    static String stripSpaces(String s) {
        return s.replaceAll("[\\s\\u00a0\\u2007\\u202f\\u3000]+", "");
    }

    /** "annex", "annex III" from a matched part phrase. */
    String partName(Matcher m) {
        String num = m.group("num");
        if (num == null || num.isBlank()) {
            return annex;
        }
        if (num.chars().anyMatch(c -> "IVXLC".indexOf(c) >= 0)) {
            return annex + " " + num;
        }
        int value = 0;
        for (char c : num.toCharArray()) {
            int i = numerals.indexOf(String.valueOf(c)) + 1;
            value = i == 10 ? Math.max(value, 1) * 10 : value - value % 10 + i;
        }
        return value > 0 ? annex + " " + roman(value) : annex;
    }

    private static String roman(int n) {
        String[] r = {"X", "IX", "V", "IV", "I"};
        int[] v = {10, 9, 5, 4, 1};
        StringBuilder sb = new StringBuilder();
        int x = n;
        for (int i = 0; i < v.length; i++) {
            while (x >= v[i]) {
                sb.append(r[i]);
                x -= v[i];
            }
        }
        return sb.toString();
    }
}
