package org.unkg.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a UN document in one language prints its masthead, adoption line, headings and closing
 * lines, and how its lines wrap. Used by {@link PdfLikeRenderer}; one implementation per language.
 */
public interface RenderProfile {
    /** ISO 639-1 code. */
    String language();

    /** Letter of the language in the job number ("24-19776 (E)"). */
    char jobLetter();

    /** Language segment of undocs.org links ("en", "ch"). */
    String undocsLanguage();

    /** Whether the language is written without spaces (wrap by character width, not by word). */
    boolean unspaced();

    /** Line width in columns (a CJK character is one column, an ASCII character half of one when unspaced). */
    int lineWidth();

    /** Printed lines per page, furniture and footnotes included. */
    int pageLines();

    String unitedNations();

    String generalAssembly();

    /** The distribution line of the masthead ("Distr.: General", "Distr. générale"). */
    default String distr() {
        return "Distr.: General";
    }

    /** The distribution date as the masthead prints it. */
    String distributionDate(LocalDate d);

    String session(int n);

    String agendaItems(List<String> numbers);

    String adoptionLine(LocalDate d);

    String withoutMainCommittee(List<String> drafts);

    String onReport(String committee, List<String> reports);

    String formula();

    String plenaryMeeting(int n);

    /** A date as printed in body text and closing lines. */
    String date(LocalDate d);

    /** Whether the closing date line comes before the meeting line. */
    boolean dateBeforeMeeting();

    /** How a footnote mark is printed in the text and before the footnote body ("1"; Arabic "(1)"). */
    default String footnoteMark(String marker) {
        return marker;
    }

    /** Between the resolution number and the title in the heading ("79/5. Title"; Arabic "79/5 - ..."). */
    default String headingSeparator() {
        return ". ";
    }

    /** How an operative paragraph number is printed ("5."; Arabic "5 -"). */
    default String paragraphNumber(String n) {
        return n + ".";
    }

    /** How a sub-item label is printed before its text ("(a)"; Russian "а)"). */
    default String itemLabel(String label) {
        return "(" + label + ")";
    }

    /** The renderers written as classes, by language; other languages come from a data table ({@link TableRender#load}). */
    Map<String, Supplier<RenderProfile>> BY_LANGUAGE = Map.of(
            "en", EnglishRender::new,
            "zh", ChineseRender::new,
            "ru", RussianRender::new,
            "ar", ArabicRender::new);

    /** The renderer for a language, if there is one: a class above, or a {@code render-<lang>.properties} table. */
    static Optional<RenderProfile> forLanguage(String lang) {
        Supplier<RenderProfile> s = lang == null ? null : BY_LANGUAGE.get(lang);
        return s != null ? Optional.of(s.get()) : TableRender.load(lang);
    }

    /** "a, b and c" with the language's conjunction. */
    static String join(List<String> items, String and) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
    }
}
