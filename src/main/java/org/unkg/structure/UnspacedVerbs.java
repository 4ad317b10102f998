package org.unkg.structure;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of an opening verb phrase in a language written without spaces (Chinese), around
 * the known verbs of {@code verbs.ttl}. A paragraph opens with
 * <pre>
 *   [opener，] [adverb] [manner 地] verb [complement]      回顾 / 又回顾 / 满意地肯定 / 十分关切地注意到
 *   … 的是，                                               深感关切的是，/ 感到震惊并关切的是，
 * </pre>
 * An opener ({@code verb.openers}: 在这方面, 此外, 因此) is a sentence adverbial, not part of the
 * verb: a preambular paragraph's verb is the phrase after it (as the AKN container names it); an
 * operative paragraph that opens with one has no opening verb. A short clause ending in the
 * profile's {@code verb.clause} ("的是") before a comma is the whole opening. A manner
 * adverbial ending in {@code verb.manner} ("地") joins the known verb after it, whether or not
 * the adverbial is itself known. A stance verb ({@code verb.stance}: 表示, 感到, 深为) takes
 * an optional degree adverb ({@code verb.degree}) and a two-character stance word ("表示声援",
 * "表示全力支持", "深为痛惜") when no longer known verb opens the paragraph.
 */
final class UnspacedVerbs {
    /** Longest manner adverbial before 地 ("极为严重关切" is six). */
    private static final int MAX_MANNER = 7;
    private static final Pattern PUNCT = Pattern.compile("[\\p{P}\\s]");

    private final List<String> openers;
    private final String manner;
    private final Pattern clause;
    private final String clauseEnd;
    private final List<String> prefixes;
    private final List<String> stances;
    private final List<String> degrees;

    UnspacedVerbs(Profile profile) {
        this.openers = profile.list("verb.openers");
        this.manner = profile.get("verb.manner");
        String c = profile.get("verb.clause");
        this.clauseEnd = c;
        this.prefixes = profile.list("verb.prefixes");
        this.stances = profile.list("verb.stance");
        this.degrees = profile.list("verb.degree");
        this.clause = c.isEmpty() ? null
                : Pattern.compile("^([^\\p{P}\\s]{2,9}?" + Pattern.quote(c) + ")[\uff0c,]");
    }

    /**
     * The opening verb of {@code text}, or null; {@code known} gives the known verb (prefixes
     * allowed) a text starts with, or null.
     */
    String find(String text, boolean isOperative, UnaryOperator<String> known) {
        String rest = afterOpener(text);
        if (rest != null) {
            return isOperative || rest.isEmpty() ? null : find(rest, false, known);
        }
        if (clause != null) {
            Matcher m = clause.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        String v = known.apply(text);
        String m = withManner(text, known);
        if (m != null && (v == null || m.length() > v.length())) {
            return m;
        }
        String st = stance(text);
        return st != null && (v == null || st.length() > v.length()) ? st : v;
    }

    /** A manner adverbial, 地 and a known verb ("满意地肯定"), or null. */
    private String withManner(String text, UnaryOperator<String> known) {
        int i = manner.isEmpty() ? -1 : text.indexOf(manner);
        if (i < 1 || i > MAX_MANNER || PUNCT.matcher(text.substring(0, i)).find()) {
            return null;
        }
        String head = known.apply(text.substring(i + manner.length()));
        return head == null ? null : text.substring(0, i + manner.length()) + head;
    }

    /**
     * [adverb] stance verb [degree adverb] stance word: "表示声援", "又表示全力支持", "深为痛惜",
     * with a following 的是 ("深感遗憾的是"); null when the text opens otherwise.
     */
    private String stance(String text) {
        int at = 0;
        for (String p : prefixes) {
            if (text.startsWith(p) && p.length() > at) {
                at = p.length();
            }
        }
        String verb = stances.stream().filter(text.substring(at)::startsWith).findFirst().orElse(null);
        if (verb == null) {
            return null;
        }
        at += verb.length();
        for (String d : degrees) {
            if (text.startsWith(d, at)) {
                at += d.length();
                break;
            }
        }
        if (at + 2 > text.length() || !text.substring(at, at + 2).codePoints().allMatch(UnspacedVerbs::han)) {
            return null;
        }
        at += 2;
        if (!clauseEnd.isEmpty() && text.startsWith(clauseEnd, at)) {
            at += clauseEnd.length();
        }
        return text.substring(0, at);
    }

    private static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The text after an opener and its comma, or null when it opens with none. */
    private String afterOpener(String text) {
        for (String o : openers) {
            if (text.startsWith(o)) {
                return text.substring(o.length()).replaceFirst("^[\uff0c,\\s]+", "");
            }
        }
        return null;
    }
}
