package org.unkg.eval;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Chinese as the UN's PDFs come out of text extraction: "第七十九届会议", "2025 年 3 月 21 日大会决议",
 * spaces between Chinese characters and digits, the distribution date in English.
 */
final class ChineseRender implements RenderProfile {
    private static final String DIGITS = "零一二三四五六七八九";

    @Override public String language() { return "zh"; }
    @Override public char jobLetter() { return 'C'; }
    @Override public String undocsLanguage() { return "ch"; }
    @Override public boolean unspaced() { return true; }
    @Override public int lineWidth() { return 37; }
    @Override public int pageLines() { return 24; }
    @Override public String unitedNations() { return "联合国"; }
    @Override public String generalAssembly() { return "大  会"; }
    @Override public String formula() { return "大会，"; }
    @Override public boolean dateBeforeMeeting() { return true; }

    @Override
    public String distributionDate(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }

    @Override
    public String session(int n) {
        return "第" + numerals(n) + "届会议";
    }

    @Override
    public String agendaItems(List<String> numbers) {
        return "议程项目 " + RenderProfile.join(numbers, " 和 ").replace(", ", "、");
    }

    @Override
    public String adoptionLine(LocalDate d) {
        return date(d) + "大会决议";
    }

    @Override
    public String withoutMainCommittee(List<String> drafts) {
        return "[未经发交主要委员会而通过(" + RenderProfile.join(drafts, " 和 ").replace(", ", "、") + ")]";
    }

    @Override
    public String onReport(String committee, List<String> reports) {
        return "[根据" + committee(committee) + "的报告(" + RenderProfile.join(reports, " 和 ").replace(", ", "、") + ")通过]";
    }

    @Override
    public String plenaryMeeting(int n) {
        return "第 " + n + " 次全体会议";
    }

    @Override
    public String date(LocalDate d) {
        return d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日";
    }

    /** The Main Committees by their Chinese names; the English name stays when it is none of them. */
    static String committee(String english) {
        String e = english.toLowerCase(Locale.ROOT);
        String[] ord = {"first", "second", "third", "fourth", "fifth", "sixth"};
        for (int i = 0; i < ord.length; i++) {
            if (e.contains(ord[i] + " committee")) {
                String name = "第" + DIGITS.charAt(i + 1) + "委员会";
                return i == 3 ? "特别政治和非殖民化委员会(" + name + ")" : name;
            }
        }
        return english;
    }

    /** 79 gives 七十九, 10 十, 11 十一, 80 八十, 101 一百零一. */
    static String numerals(int n) {
        if (n <= 0 || n >= 1000) {
            return Integer.toString(n);
        }
        StringBuilder b = new StringBuilder();
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        if (h > 0) {
            b.append(DIGITS.charAt(h)).append('百');
            if (t == 0 && u > 0) {
                b.append('零');
            }
        }
        if (t > 0) {
            if (!(t == 1 && h == 0)) {
                b.append(DIGITS.charAt(t));
            }
            b.append('十');
        }
        if (u > 0) {
            b.append(DIGITS.charAt(u));
        }
        return b.toString();
    }
}
