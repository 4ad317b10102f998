package org.unkg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as printed in one language ("12 September 2019", "2019 年 9 月 12 日"), from the data
 * file {@code dates-<lang>.properties} (month names and one pattern). Immutable and thread-safe:
 * make one per language and keep it.
 *
 * <pre>{@code
 * DateParser en = DateParser.forLanguage("en");
 * en.parse("12 September 2019");           // Optional[2019-09-12]
 * en.findAll("on 28 July 2022 and ...");   // [DateMatch[start=3, end=15, date=2022-07-28]]
 * }</pre>
 */
public final class DateParser {
    private final String language;
    private final Pattern pattern;
    private final Map<String, Integer> months;

    /** A date found in a text: [start, end) and the date. */
    public record DateMatch(int start, int end, LocalDate date) {
    }

    private DateParser(String language, Properties p) {
        this.language = language;
        Map<String, Integer> m = new HashMap<>();
        List<String> alternatives = new ArrayList<>();
        String[] names = p.getProperty("months", "").split(",");
        for (int i = 0; i < names.length; i++) {
            for (String alt : names[i].split("\\|")) {
                if (!alt.isBlank()) {
                    m.put(alt.strip().toLowerCase(Locale.ROOT), i + 1);
                    alternatives.add(Pattern.quote(alt.strip()));
                }
            }
        }
        alternatives.sort((a, b) -> b.length() - a.length());
        this.months = Map.copyOf(m);
        String monthAlt = alternatives.isEmpty() ? "\\d{1,2}" : String.join("|", alternatives);
        this.pattern = Pattern.compile(p.getProperty("pattern").replace("{months}", monthAlt),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The parser for a language code ("en", "zh"); English when the language has no data file. */
    public static DateParser forLanguage(String lang) {
        return GrammarLib.forLanguage("dates", lang, DateParser::new);
    }

    public String language() {
        return language;
    }

    /** The regular expression of one date (named groups day, month, year), for use inside grammars. */
    public Pattern pattern() {
        return pattern;
    }

    /** The whole string as a date. */
    public Optional<LocalDate> parse(String s) {
        Matcher m = pattern.matcher(s.strip());
        return m.matches() ? toDate(m) : Optional.empty();
    }

    /** A date starting exactly at {@code from}. */
    public Optional<DateMatch> parseAt(CharSequence text, int from) {
        Matcher m = pattern.matcher(text);
        m.region(from, text.length());
        if (m.lookingAt()) {
            return toDate(m).map(d -> new DateMatch(m.start(), m.end(), d));
        }
        return Optional.empty();
    }

    /** A date ending exactly at {@code end} (only whitespace may follow it before {@code end}). */
    public Optional<DateMatch> parseBefore(CharSequence text, int end, int maxLength) {
        if (end < 0 || end > text.length()) {
            throw new IndexOutOfBoundsException("end " + end + " outside text of length " + text.length());
        }
        int from = Math.max(0, end - maxLength);
        Matcher m = pattern.matcher(text);
        m.region(from, end);
        DateMatch last = null;
        while (m.find()) {
            Optional<LocalDate> d = toDate(m);
            if (d.isPresent() && text.subSequence(m.end(), end).toString().isBlank()) {
                last = new DateMatch(m.start(), m.end(), d.get());
            }
        }
        return Optional.ofNullable(last);
    }

    /** Every date in a text, in order. */
    public List<DateMatch> findAll(CharSequence text) {
        List<DateMatch> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            toDate(m).ifPresent(d -> out.add(new DateMatch(m.start(), m.end(), d)));
        }
        return out;
    }

    private Optional<LocalDate> toDate(Matcher m) {
        try {
            String mo = m.group("month");
            Integer month = mo.chars().allMatch(Character::isDigit) ? Integer.valueOf(mo)
                    : months.get(mo.toLowerCase(Locale.ROOT));
            if (month == null) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group("year")), month,
                    Integer.parseInt(m.group("day"))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
