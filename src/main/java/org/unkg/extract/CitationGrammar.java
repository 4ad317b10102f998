package org.unkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
            "(?:(?:ES|S)[-\u2010\u2011])?\\d{1,4}/\\d{1,4}(?![\\d/])|\\d{1,4}(?:\\s*(?<old>[A-Z]))?\\s*\\(\\s*(?:[IVXLC]+|(?:ES|S)[-\u2010\u2011][IVXLC]+|\\d{4})\\s*\\)",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** A letter after a resolution number ("53/243 A", "45/58 P": parts run past H, then double: "53/77 AA"). */
    static final Pattern LETTER = Pattern.compile("(?<letter>[A-Z])\\k<letter>?(?![\\p{IsLatin}\\p{N}/])");
    private static final Pattern OLD_STYLE = Pattern.compile("^(\\d+)([A-Z])(\\(.*\\))$");
    /** The series of bodies whose numbers are no UN document symbols. */
    static final String NO_SERIES = "-";
    private static final Pattern HYPHENS = Pattern.compile("[\u2010\u2011]");
    private static final Pattern SESSION = Pattern.compile("(\\d{1,3})/\\d");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f\\u3000]+");
    /** A Security Council number: "1631(2005)". */
    private static final Pattern COUNCIL_NUMBER = Pattern.compile("\\d+\\(\\d{4}\\)");
    /** An Economic and Social Council number: "2019/15". */
    private static final Pattern COUNCIL_YEAR_NUMBER = Pattern.compile("\\d{4}/\\d+");

    final String language;
    final Shape shape;
    final Pattern head;
    final Pattern keyword;
    final Pattern prefix;
    final Pattern suffix;
    final Pattern listSeparator;
    final Pattern lettersSeparator;
    final Pattern lettersRange;
    final Pattern itemTail;
    final Pattern tailSeparator;
    final Pattern itemGap;
    final Pattern keywordAhead;
    /**
     * The characters a body printed before the keyword can start with ({@link FirstChars}): ""
     * when the head always starts with its keyword (no bodies, or bodies after the keyword),
     * null when the bodies are not understood (the head is then tried at every offset).
     */
    final String bodyFirst;
    /**
     * The characters a {@link #keyword} match can start with, as a table ({@link FirstChars#table}),
     * or null when the keyword is not understood (it is then looked for at every offset).
     */
    final boolean[] keywordStarts;
    /**
     * The characters a {@link #keyword} match can have second ({@link FirstChars#second}), as a
     * table, or null when not understood: with {@link #keywordStarts}, most offsets with a keyword's
     * first letter ("r", "d" in English, about one character in ten) are ruled out without the regex.
     */
    final boolean[] keywordSeconds;
    /** The bodies' alternation without its named groups (cheap to reset), where {@link #bodyFirst} holds characters. */
    final Pattern bodyProbe;
    /** Any body mention; {@link #seriesOf} names its series. */
    final Pattern anyBody;
    /** Series whose resolutions are numbered like the Assembly's (session/number), found by the body named earlier. */
    final List<String> scopeSeries;
    final Pattern dateAfter;
    final Pattern yearBefore;
    final Pattern bodyBefore;
    /** A body named right after a phrase ("resolution 9/4 of 17 December 2021 of the Conference of ..."), or null. */
    final Pattern bodyAfter;
    final Pattern part;
    final String annex;
    final List<String> numerals;
    final List<String> series;
    /** Series of the bodies printed between keyword and number ({@code body.inner.<series>}). */
    final List<String> innerSeries;
    final DateParser dates;
    /** How the language prints numbers and part letters ({@code session.*}, {@code letters}). */
    final NumberForms forms;

    private CitationGrammar(String language, Properties p) {
        this.language = language;
        this.shape = "counter".equals(p.getProperty("shape")) ? Shape.COUNTER : Shape.KEYWORD_FIRST;
        Map<String, String> bodies = new LinkedHashMap<>();
        Map<String, String> inner = new LinkedHashMap<>(); // printed between keyword and number ("du Conseil de sécurité")
        for (String k : p.stringPropertyNames().stream().sorted().toList()) {
            if (k.startsWith("body.inner.")) {
                inner.put(k.substring("body.inner.".length()), p.getProperty(k).replace(" ", "\\s+"));
            } else if (k.startsWith("body.") && !k.equals("body.suffix") && !k.equals("body.after")
                    && !k.equals("body.position")) {
                bodies.put(k.substring(5), p.getProperty(k).replace(" ", "\\s+")); // names may wrap across lines
            }
        }
        this.innerSeries = List.copyOf(inner.keySet());
        this.series = List.copyOf(bodies.keySet());
        List<String> alts = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            alts.add("(?<b" + i + ">" + bodies.get(series.get(i)) + ")");
        }
        String body = alts.isEmpty() ? "(?!)" : "(?:" + String.join("|", alts) + ")" + p.getProperty("body.suffix", "");
        this.keyword = Pattern.compile("(?<RES>" + p.getProperty("keyword.RES") + ")|(?<DEC>"
                + p.getProperty("keyword.DEC", "(?!)") + ")", Pattern.UNICODE_CHARACTER_CLASS);
        this.keywordStarts = FirstChars.table(FirstChars.of(keyword.pattern()));
        String res = FirstChars.second(p.getProperty("keyword.RES"));
        String dec = p.getProperty("keyword.DEC") == null ? "" : FirstChars.second(p.getProperty("keyword.DEC"));
        this.keywordSeconds = keywordStarts == null || res == null || dec == null ? null : FirstChars.table(res + dec);
        List<String> innerAlts = new ArrayList<>();
        for (int i = 0; i < innerSeries.size(); i++) {
            innerAlts.add("(?<i" + i + ">" + inner.get(innerSeries.get(i)) + ")");
        }
        String kw = "(?<kw>" + p.getProperty("keyword.RES") + "|" + p.getProperty("keyword.DEC", "(?!)") + ")"
                + (innerAlts.isEmpty() ? "" : "(?:\\s+(?:" + String.join("|", innerAlts) + "))?");
        String gap = p.getProperty("keyword.gap", "\\s*");
        // the body stands before the keyword ("Security Council resolution") or, with
        // body.position = after, between keyword and number ("резолюция Совета Безопасности 1631 (2005)")
        this.bodyFirst = alts.isEmpty() || "after".equals(p.getProperty("body.position")) ? ""
                : FirstChars.of(String.join("|", bodies.values()));
        this.bodyProbe = bodyFirst == null || bodyFirst.isEmpty() ? null
                : Pattern.compile("(?:" + String.join("|", bodies.values()) + ")", Pattern.UNICODE_CHARACTER_CLASS);
        this.head = Pattern.compile("after".equals(p.getProperty("body.position"))
                ? kw + gap + "(?:(?:" + body + ")" + gap + ")?"
                : "(?:(?:" + body + ")\\s*)?" + kw + gap, Pattern.UNICODE_CHARACTER_CLASS);
        String after = p.getProperty("body.after");
        this.bodyAfter = after == null || after.isBlank() ? null
                : Pattern.compile(after + "(?:" + String.join("|", alts) + ")", Pattern.UNICODE_CHARACTER_CLASS);
        this.bodyBefore = Pattern.compile("(?:" + body + ")\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
        this.prefix = GrammarLib.pattern(p, "number.prefix");
        this.suffix = GrammarLib.pattern(p, "number.suffix");
        this.listSeparator = GrammarLib.pattern(p, "list.separator");
        this.lettersSeparator = GrammarLib.pattern(p, "letters.separator");
        this.lettersRange = GrammarLib.pattern(p, "letters.range");
        this.itemTail = GrammarLib.pattern(p, "item.tail");
        this.tailSeparator = GrammarLib.pattern(p, "tail.separator");
        this.itemGap = GrammarLib.pattern(p, "item.gap");
        this.keywordAhead = GrammarLib.pattern(p, "keyword.ahead");
        this.anyBody = Pattern.compile(body, Pattern.UNICODE_CHARACTER_CLASS);
        String scope = p.getProperty("scope.series", "");
        this.scopeSeries = scope.isBlank() ? List.of() : List.of(scope.split(","));
        this.dateAfter = GrammarLib.pattern(p, "date.after");
        this.yearBefore = GrammarLib.pattern(p, "year.before");
        this.part = GrammarLib.pattern(p, "part");
        this.annex = p.getProperty("part.annex", "annex");
        String nums = p.getProperty("numerals", "");
        this.numerals = nums.isBlank() ? List.of() : List.of(nums.split(","));
        this.dates = DateParser.forLanguage(language);
        this.forms = new NumberForms(p);
    }

    /** The grammar of a language, English when there is none for it. */
    static CitationGrammar forLanguage(String lang) {
        return GrammarLib.forLanguage("citations", lang, CitationGrammar::new);
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

    /**
     * The normalized symbol of a resolution or decision number: "A/RES/53/243A",
     * "A/RES/2832(XXVI)", "S/RES/1631(2005)", "A/DEC/72/555"; null for a body without a series
     * ({@link #NO_SERIES}).
     */
    static String symbol(String number, String letter, String series, boolean decision) {
        if (NO_SERIES.equals(series)) {
            return null;
        }
        String n = HYPHENS.matcher(stripSpaces(number)).replaceAll("-");
        String l = letter == null ? "" : letter;
        if (OLD_STYLE.matcher(n).matches()) { // "3026 A (XXVII)" is A/RES/3026A(XXVII), as the publisher's own links write it
            return (series == null || series.equals("S/RES/") ? "A/RES/" : series) + n;
        }
        if (COUNCIL_NUMBER.matcher(n).matches()) {
            return "S/RES/" + n + l;
        }
        if (decision) {
            return (series == null || series.equals("A/RES/") ? "A/DEC/" : series.replace("RES", "DEC")) + n + l;
        }
        if (series == null && COUNCIL_YEAR_NUMBER.matcher(n).matches()) {
            return "E/RES/" + n + l;
        }
        return (series == null || series.equals("S/RES/") ? "A/RES/" : series) + n + l;
    }

    /**
     * Whether an Assembly resolution numbered {@code number} ("45/3") can have been adopted in
     * {@code year}: session N runs from September of 1945 + N to September of the next year.
     * Numbers of special sessions and of other shapes are not checked (true).
     */
    static boolean assemblyYear(String number, String year) {
        Matcher m = SESSION.matcher(number);
        if (!m.lookingAt() || year == null || year.length() < 4) {
            return true;
        }
        int session = Integer.parseInt(m.group(1));
        int y = Integer.parseInt(year.substring(0, 4));
        return y == 1945 + session || y == 1946 + session;
    }

    /** The text without any whitespace, no-break spaces included. */
    static String stripSpaces(String s) {
        return SPACES.matcher(s).replaceAll(""); // compiled once, not per call as String.replaceAll does
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

    /** The Roman numeral of 1 to 399: 15 is "XV", 60 is "LX". */
    static String roman(int n) {
        String[] r = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] v = {100, 90, 50, 40, 10, 9, 5, 4, 1};
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
