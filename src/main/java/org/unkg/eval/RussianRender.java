package org.unkg.eval;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Russian as the UN prints it, on the phrases of {@link TableRender#russian()}, with what the
 * Russian cover pages of the AKN sample show differently: the masthead date in English
 * ("Distr.: General / 19 November 2024", as every language version prints it), "[без передачи в
 * главные комитеты (...)]", agenda sub-items and paragraph sub-items with a closing parenthesis
 * only ("Пункт 125 t) повестки дня", "а)").
 */
final class RussianRender implements RenderProfile {
    private static final Pattern SUB_ITEM = Pattern.compile("(\\d+)\\s*\\(?(\\p{L}{1,3})\\)");
    private final TableRender base = TableRender.russian();

    @Override public String language() { return "ru"; }
    @Override public char jobLetter() { return base.jobLetter(); }
    @Override public String undocsLanguage() { return "ru"; }
    @Override public boolean unspaced() { return false; }
    @Override public int lineWidth() { return base.lineWidth(); }
    @Override public int pageLines() { return base.pageLines(); }
    @Override public String unitedNations() { return base.unitedNations(); }
    @Override public String generalAssembly() { return base.generalAssembly(); }
    @Override public String session(int n) { return base.session(n); }
    @Override public String adoptionLine(LocalDate d) { return base.adoptionLine(d); }
    @Override public String onReport(String committee, List<String> reports) {
        return base.onReport(committee, reports);
    }
    @Override public String formula() { return base.formula(); }
    @Override public String plenaryMeeting(int n) { return base.plenaryMeeting(n); }
    @Override public String date(LocalDate d) { return base.date(d); }
    @Override public boolean dateBeforeMeeting() { return false; }

    @Override
    public String distributionDate(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }

    @Override
    public String agendaItems(List<String> numbers) {
        return base.agendaItems(numbers.stream().map(RussianRender::item).toList());
    }

    @Override
    public String withoutMainCommittee(List<String> drafts) {
        return "[без передачи в главные комитеты (" + RenderProfile.join(drafts, " и ") + ")]";
    }

    @Override
    public String itemLabel(String label) {
        return label + ")";
    }

    /** "125(t)" as printed: "125 t)". */
    static String item(String n) {
        Matcher m = SUB_ITEM.matcher(n);
        return m.matches() ? m.group(1) + " " + m.group(2) + ")" : n;
    }
}
