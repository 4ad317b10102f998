package org.unkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one language prints resolution numbers and their part letters, and their Latin (English)
 * form, from which symbols are made. Languages that print them as English does need nothing.
 * Arabic prints the session of an old resolution as "(د-15)" for "(XV)" (د for دورة, "session",
 * with the session in digits), special sessions "دإ" for "S" ("دإ-30/1", "3201 (دإ-6)" for
 * "3201 (S-VI)"), emergency special sessions "دإط" for "ES" ("دإط-10/2"), and part letters by
 * name in the Abjad order ("45/58 عين" for "45/58 P", "217 ألف (د-3)" for "217 A (III)").
 * Read from the citation grammar's {@code session.old}, {@code session.special},
 * {@code session.emergency} and {@code letters} (regex fragments for A, B, C, ... in order).
 * Immutable.
 */
final class NumberForms {
    private static final String DASH = "\\s*[-\u2010\u2011\u2013]\\s*";
    private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2013]");

    /** A resolution number as printed in the language ({@link CitationGrammar#NUMBER} and the language's forms). */
    final Pattern number;
    /** One part letter after a number ({@link CitationGrammar#LETTER} or a letter's name). */
    final Pattern letter;
    private final String special;
    private final String emergency;
    private final List<Pattern> letterNames;
    /** "1514(د-15)", "217ألف(د-3)", "3201(دإ-6)" after spaces are removed: number, letter, mark, session. */
    private final Pattern oldSession;
    /** The first characters of the session marks that open a number ("دإط-10/1"), besides digits, E and S. */
    private final String markStarts;

    NumberForms(Properties p) {
        String old = blankToNull(p.getProperty("session.old"));
        this.special = blankToNull(p.getProperty("session.special"));
        this.emergency = blankToNull(p.getProperty("session.emergency"));
        String names = p.getProperty("letters", "");
        List<String> fragments = names.isBlank() ? List.of() : List.of(names.split(","));
        this.letterNames = fragments.stream().map(f -> Pattern.compile(f.strip())).toList();
        String nameAlt = fragments.isEmpty() ? "" : "|(?:" + String.join("|", fragments.stream().map(String::strip)
                .toList()) + ")(?![\\p{L}\\p{N}])";
        this.letter = Pattern.compile("(?:" + CitationGrammar.LETTER.pattern() + nameAlt + ")",
                Pattern.UNICODE_CHARACTER_CLASS);
        List<String> alts = new ArrayList<>(List.of(CitationGrammar.NUMBER.pattern()));
        for (String mark : new String[] {emergency, special}) { // the longer mark first: دإط before دإ
            if (mark != null) {
                alts.add(Pattern.quote(mark) + DASH + "\\d{1,2}/\\d{1,4}(?![\\d/])");
            }
        }
        List<String> marks = new ArrayList<>();
        for (String m : new String[] {special, old}) {
            if (m != null) {
                marks.add(m);
            }
        }
        marks.sort(Comparator.comparingInt(String::length).reversed());
        String markAlt = String.join("|", marks.stream().map(Pattern::quote).toList());
        if (!marks.isEmpty()) {
            alts.add("\\d{1,4}(?:\\s*(?:[A-Z](?![\\p{L}\\p{N}])" + nameAlt + "))?\\s*\\(\\s*(?:" + markAlt + ")" + DASH
                    + "\\d{1,2}\\s*\\)");
        }
        this.number = Pattern.compile(String.join("|", alts), Pattern.UNICODE_CHARACTER_CLASS);
        StringBuilder starts = new StringBuilder();
        for (String m : new String[] {emergency, special, old}) {
            if (m != null) {
                starts.append(m.charAt(0));
            }
        }
        this.markStarts = starts.toString();
        this.oldSession = marks.isEmpty() ? null : Pattern.compile("(\\d{1,4})(.*)\\((" + markAlt + ")-(\\d{1,2})\\)",
                Pattern.UNICODE_CHARACTER_CLASS);
    }

    /**
     * The Latin form of a printed number, spaces kept where the Latin form has none to remove:
     * "1514 (د-15)" is "1514(XV)", "دإ-30/1" is "S-30/1", "دإط-10/2" is "ES-10/2",
     * "217 ألف (د-3)" is "217A(III)"; a number printed in Latin form is returned as it is.
     */
    String latin(String printed) {
        if (oldSession == null && emergency == null) {
            return printed;
        }
        String s = DASHES.matcher(CitationGrammar.stripSpaces(printed)).replaceAll("-");
        if (emergency != null && s.startsWith(emergency + "-")) {
            return "ES-" + s.substring(emergency.length() + 1);
        }
        if (special != null && s.startsWith(special + "-")) {
            return "S-" + s.substring(special.length() + 1);
        }
        Matcher m = oldSession == null ? null : oldSession.matcher(s);
        if (m == null || !m.matches()) {
            return printed;
        }
        String session = CitationGrammar.roman(Integer.parseInt(m.group(4)));
        return m.group(1) + latinLetter(m.group(2)) + "(" + (m.group(3).equals(special) ? "S-" : "") + session + ")";
    }

    /** The Latin letter of a printed part letter: "B" for "B", "P" for "عين"; "" for "". */
    String latinLetter(String printed) {
        for (int i = 0; i < letterNames.size() && i < 26; i++) {
            if (letterNames.get(i).matcher(printed).matches()) {
                return String.valueOf((char) ('A' + i));
            }
        }
        return printed;
    }

    /**
     * Whether {@link #number} may match at offset {@code i}: every alternative opens with a digit
     * ({@code \\d}, any Unicode decimal digit under {@code UNICODE_CHARACTER_CLASS}), with the "ES-"
     * or "S-" of a special or emergency session, or with a session mark. An ASCII digit must also
     * be followed, within four digits, by what every alternative that opens with digits reads next
     * ({@link #mayFollowDigits}): most digits of a text (dates, paragraph numbers, years) are not,
     * and each offset tried costs a matcher reset. For {@link LeadScan}.
     */
    boolean mayStartNumber(CharSequence t, int i) {
        char c = t.charAt(i);
        if (c >= '0' && c <= '9') {
            return mayFollowDigits(t, i);
        }
        if (c == 'E' || c == 'S') {
            int d = c == 'E' ? i + 2 : i + 1; // "ES-" or "S-", the only alternatives that open with a letter
            return (c == 'S' || i + 1 < t.length() && t.charAt(i + 1) == 'S') && d < t.length() && isHyphen(t.charAt(d));
        }
        return c > 0x7f && (Character.isDigit(Character.codePointAt(t, i)) || markStarts.indexOf(c) >= 0);
    }

    /**
     * Whether the digits from {@code i} (an ASCII digit) can open a number: after one to four
     * digits, a "/" ("73/338"), or a "(" after spaces and at most one capital ("2832 (XXVI)",
     * "3026 A (XXVII)", "1514 (د-15)"). Anything beyond ASCII where those are read is let through
     * (Unicode digits and spaces, Arabic part letters): a superset of where the pattern matches.
     */
    private static boolean mayFollowDigits(CharSequence t, int i) {
        int n = t.length();
        int j = i + 1;
        while (j < n && j - i < 4 && t.charAt(j) >= '0' && t.charAt(j) <= '9') {
            j++;
        }
        if (j >= n) {
            return false;
        }
        char d = t.charAt(j);
        if (d == '/' || d > 0x7f) {
            return true;
        }
        if (d >= '0' && d <= '9') {
            return false; // five digits: \\d{1,4} leaves a digit where a "/", space, letter or "(" must be
        }
        int k = skipSpaces(t, j);
        if (k < n && (t.charAt(k) >= 'A' && t.charAt(k) <= 'Z')) {
            k = skipSpaces(t, k + 1);
        }
        return k < n && (t.charAt(k) == '(' || t.charAt(k) > 0x7f);
    }

    /** The first offset from {@code k} that is no ASCII space or control character. */
    private static int skipSpaces(CharSequence t, int k) {
        int n = t.length();
        while (k < n && t.charAt(k) <= ' ') {
            k++;
        }
        return k;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
