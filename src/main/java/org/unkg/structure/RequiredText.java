package org.unkg.structure;

import java.util.regex.Pattern;

/**
 * The longest piece of literal text that every match of a pattern contains, read from the
 * pattern's source: a run of plain characters at the top level of the pattern (not inside a group,
 * a class or an alternation, and not made optional by a quantifier). A line without it cannot
 * match, so a caller can rule most lines out with {@link String#contains} before running the
 * regex ("^(?:.+?:\s*)?[Dd]raft resolution(?:\s+[A-Z])?$" needs "raft resolution"). Anything the
 * reading does not understand (flags, a top-level "|", quoting, octal escapes) gives "": no text
 * is required, and the pattern is always run.
 */
final class RequiredText {
    private RequiredText() {
    }

    /** The text every match of {@code p} contains, or "" when none is known. */
    static String of(Pattern p) {
        String src = p.pattern();
        if (p.flags() != 0 || src.contains("\\Q") || inlineFlags(src)) {
            return "";
        }
        return of(src);
    }

    static boolean inlineFlags(String src) {
        for (int i = src.indexOf("(?"); i >= 0; i = src.indexOf("(?", i + 1)) {
            if (i + 2 < src.length() && "idmsuxU-".indexOf(src.charAt(i + 2)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String of(String src) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            int literal = -1; // the character this item matches, if it is one plain character
            int next;
            if (c == '\\') {
                if (i + 1 >= src.length()) {
                    return "";
                }
                char e = src.charAt(i + 1);
                if (Character.isLetterOrDigit(e)) {
                    next = skipEscape(src, i);
                    if (next < 0) {
                        return "";
                    }
                } else {
                    literal = e;
                    next = i + 2;
                }
            } else if (c == '[') {
                next = skipClass(src, i);
            } else if (c == '(') {
                next = skipGroup(src, i);
            } else if (c == '|' || c == ')') {
                return "";
            } else if (c == '.' || c == '^' || c == '$') {
                next = i + 1;
            } else if (c == '?' || c == '*' || c == '+' || c == '{') {
                return ""; // a quantifier with nothing before it: not understood
            } else if (Character.isHighSurrogate(c) && i + 1 < src.length()) {
                next = i + 2; // a supplementary character: kept out of the run, to keep the run's reading simple
            } else {
                literal = c;
                next = i + 1;
            }
            if (next < 0) {
                return "";
            }
            boolean optional = false;
            boolean repeated = false;
            if (next < src.length() && "?*+{".indexOf(src.charAt(next)) >= 0) {
                char q = src.charAt(next);
                if (q == '{') {
                    int close = src.indexOf('}', next);
                    if (close < 0) {
                        return "";
                    }
                    String min = src.substring(next + 1, close).split(",", -1)[0].strip();
                    optional = min.isEmpty() || min.chars().allMatch(ch -> ch == '0');
                    next = close + 1;
                } else {
                    optional = q != '+';
                    next++;
                }
                repeated = true;
                if (next < src.length() && (src.charAt(next) == '?' || src.charAt(next) == '+')) {
                    next++; // lazy or possessive
                }
            }
            if (literal >= 0 && !optional) {
                run.append((char) literal);
            }
            if (literal < 0 || optional || repeated) {
                if (run.length() > best.length()) {
                    best = run.toString();
                }
                run.setLength(0);
            }
            i = next;
        }
        return run.length() > best.length() ? run.toString() : best;
    }

    /** After an escape of a letter or digit ("\d", "\p{L}", "\u00e9", "\k<name>"); -1 when not understood. */
    private static int skipEscape(String src, int i) {
        char e = src.charAt(i + 1);
        if (e == '0' || Character.isDigit(e)) {
            return -1; // octal or a back reference
        }
        if ((e == 'p' || e == 'P' || e == 'N' || e == 'x') && i + 2 < src.length() && src.charAt(i + 2) == '{') {
            int close = src.indexOf('}', i + 2);
            return close < 0 ? -1 : close + 1;
        }
        if (e == 'k') {
            int close = src.indexOf('>', i + 2);
            return close < 0 ? -1 : close + 1;
        }
        if (e == 'u') {
            return i + 6 <= src.length() ? i + 6 : -1;
        }
        if (e == 'x') {
            return i + 4 <= src.length() ? i + 4 : -1;
        }
        if (e == 'c') {
            return i + 3 <= src.length() ? i + 3 : -1;
        }
        return i + 2;
    }

    /** After a character class starting at {@code i} (nested classes, escapes, a leading "]"); -1 when unclosed. */
    static int skipClass(String src, int i) {
        int depth = 0;
        int j = i;
        while (j < src.length()) {
            char c = src.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                j++;
                if (j < src.length() && src.charAt(j) == '^') {
                    j++;
                }
                if (j < src.length() && src.charAt(j) == ']') {
                    j++; // a "]" first in a class is a character of it
                }
                continue;
            }
            if (c == ']' && --depth == 0) {
                return j + 1;
            }
            j++;
        }
        return -1;
    }

    /** After the group opening at {@code i} (classes and escapes inside skipped); -1 when unclosed. */
    static int skipGroup(String src, int i) {
        int depth = 0;
        int j = i;
        while (j < src.length()) {
            char c = src.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == '[') {
                int after = skipClass(src, j);
                if (after < 0) {
                    return -1;
                }
                j = after;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j + 1;
            }
            j++;
        }
        return -1;
    }
}
