package org.unkg.eval;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arabic as text extraction gives a UN Arabic PDF: logical order (right-to-left text as it is
 * read, Latin symbols and Western digits embedded, as UN Arabic documents print them), the
 * masthead date and "Distr.: General" in English, "الدورة التاسعة والسبعون", "البند 8 من جدول
 * الأعمال", "قرار اتخذته الجمعية العامة في 24 تشرين الأول/أكتوبر 2024", double-named months,
 * footnote marks in parentheses "(1)", operative paragraphs numbered "1 -", sub-items lettered in
 * the Abjad order "(أ)", "(ب)". The
 * phrases are those of the Arabic cover pages and conclusions of the AKN sample.
 */
final class ArabicRender implements RenderProfile {
    private static final String[] MONTHS = {"كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل",
        "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
        "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"};
    /** Feminine ordinals with the article (الدورة is feminine), 1-10; index 0 unused. */
    private static final String[] UNITS = {"", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة",
        "السابعة", "الثامنة", "التاسعة", "العاشرة"};
    private static final String[] TENS = {"", "", "العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون",
        "الثمانون", "التسعون"};
    private static final String[] COMMITTEES = {"اللجنة الأولى", "اللجنة الثانية", "اللجنة الثالثة",
        "لجنة المسائل السياسية الخاصة وإنهاء الاستعمار (اللجنة الرابعة)", "اللجنة الخامسة", "اللجنة السادسة"};
    /** Latin item letters a..z in the Abjad order of Arabic documents. */
    private static final String ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذض";
    private static final Pattern SUB_ITEM = Pattern.compile("(\\d+)\\s*\\(?([a-z])\\)");

    @Override public String language() { return "ar"; }
    @Override public char jobLetter() { return 'A'; }
    @Override public String undocsLanguage() { return "ar"; }
    @Override public boolean unspaced() { return false; }
    @Override public int lineWidth() { return 80; }
    @Override public int pageLines() { return 50; }
    @Override public String unitedNations() { return "الأمم المتحدة"; }
    @Override public String generalAssembly() { return "الجمعية العامة"; }
    @Override public String formula() { return "إن الجمعية العامة،"; }
    @Override public boolean dateBeforeMeeting() { return false; }
    @Override public String headingSeparator() { return " - "; }
    @Override public String paragraphNumber(String n) { return n + " -"; }

    @Override
    public String distributionDate(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }

    @Override
    public String session(int n) {
        return "الدورة " + ordinal(n);
    }

    @Override
    public String agendaItems(List<String> numbers) {
        List<String> items = numbers.stream().map(ArabicRender::item).toList();
        String head = items.size() == 1 ? "البند " : items.size() == 2 ? "البندان " : "البنود ";
        return head + RenderProfile.join(items, " و ").replace(", ", "، ") + " من جدول الأعمال";
    }

    @Override
    public String adoptionLine(LocalDate d) {
        return "قرار اتخذته الجمعية العامة في " + date(d);
    }

    @Override
    public String withoutMainCommittee(List<String> drafts) {
        return "[دون الإحالة إلى لجنة رئيسية (" + RenderProfile.join(drafts, " و ").replace(", ", "، ") + ")]";
    }

    @Override
    public String onReport(String committee, List<String> reports) {
        return "[بناء على تقرير " + committee(committee) + " (" + RenderProfile.join(reports, " و ").replace(", ", "، ")
                + ")]";
    }

    @Override
    public String plenaryMeeting(int n) {
        return "الجلسة العامة " + n;
    }

    @Override
    public String date(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    @Override
    public String footnoteMark(String marker) {
        return "(" + marker + ")";
    }

    /** 79 gives "التاسعة والسبعون", 11 "الحادية عشرة", 21 "الحادية والعشرون", 80 "الثمانون". */
    static String ordinal(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        if (n <= 10) {
            return UNITS[n];
        }
        if (n < 20) {
            return (n == 11 ? "الحادية" : UNITS[n - 10]) + " عشرة";
        }
        int u = n % 10;
        if (u == 0) {
            return TENS[n / 10];
        }
        return (u == 1 ? "الحادية" : UNITS[u]) + " و" + TENS[n / 10];
    }

    /** "125(t)" as printed: "125 (ر)". */
    static String item(String n) {
        Matcher m = SUB_ITEM.matcher(n);
        if (!m.matches()) {
            return n;
        }
        int i = m.group(2).charAt(0) - 'a';
        return i < ABJAD.length() ? m.group(1) + " (" + ABJAD.charAt(i) + ")" : n;
    }

    /** The Main Committee named in Arabic, from its English name; other names stay. */
    private static String committee(String english) {
        String e = english.toLowerCase(Locale.ROOT);
        if (e.startsWith("special political")) {
            return COMMITTEES[3];
        }
        String[] ord = {"first", "second", "third", "fourth", "fifth", "sixth"};
        for (int i = 0; i < ord.length; i++) {
            if (e.contains(ord[i] + " committee")) {
                return COMMITTEES[i];
            }
        }
        return english;
    }
}
