package org.unkg.eval;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** English as the UN prints it: "Seventy-ninth session", "Resolution adopted by the General Assembly on ...". */
final class EnglishRender implements RenderProfile {
    private static final String[] UNITS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] UNIT_ORD = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    @Override public String language() { return "en"; }
    @Override public char jobLetter() { return 'E'; }
    @Override public String undocsLanguage() { return "en"; }
    @Override public boolean unspaced() { return false; }
    @Override public int lineWidth() { return 80; }
    @Override public int pageLines() { return 52; }
    @Override public String unitedNations() { return "United Nations"; }
    @Override public String generalAssembly() { return "General Assembly"; }
    @Override public String distributionDate(LocalDate d) { return date(d); }
    @Override public String formula() { return "The General Assembly,"; }
    @Override public boolean dateBeforeMeeting() { return false; }

    @Override
    public String session(int n) {
        String s = ordinalWords(n) + " session";
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public String agendaItems(List<String> numbers) {
        return (numbers.size() == 1 ? "Agenda item " : "Agenda items ") + RenderProfile.join(numbers, " and ");
    }

    @Override
    public String adoptionLine(LocalDate d) {
        return "Resolution adopted by the General Assembly on " + date(d);
    }

    @Override
    public String withoutMainCommittee(List<String> drafts) {
        return "[without reference to a Main Committee (" + RenderProfile.join(drafts, " and ") + ")]";
    }

    @Override
    public String onReport(String committee, List<String> reports) {
        return "[on the report of the " + committee + " (" + RenderProfile.join(reports, " and ") + ")]";
    }

    @Override
    public String plenaryMeeting(int n) {
        int t = n % 100;
        String suffix = t >= 11 && t <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix + " plenary meeting";
    }

    @Override
    public String date(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }

    /** 79 gives "seventy-ninth", 80 "eightieth", 101 "one hundred and first". */
    static String ordinalWords(int n) {
        if (n <= 0 || n >= 1000) {
            return n + "th";
        }
        if (n >= 100) {
            String head = UNITS[n / 100] + " hundred";
            return n % 100 == 0 ? head + "th" : head + " and " + ordinalWords(n % 100);
        }
        if (n < 20) {
            return UNIT_ORD[n];
        }
        if (n % 10 == 0) {
            return TENS[n / 10].substring(0, TENS[n / 10].length() - 1) + "ieth";
        }
        return TENS[n / 10] + "-" + UNIT_ORD[n % 10];
    }
}
