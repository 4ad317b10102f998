package org.unkg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.UnkgException;

/**
 * Languages as the UN prints them, from per-language tables: masthead names, session ordinals
 * ("Soixante-dix-neuvième session", "Septuagésimo noveno período de sesiones",
 * "Семьдесят девятая сессия"), dates, adoption and committee lines. French and Spanish come
 * from data files ({@link #load}); Russian from the table in {@link #russian}.
 */
final class TableRender implements RenderProfile {
    private final String lang;
    private final char letter;
    private final String[] t; // the language's phrases, indexed by the constants below
    private final String[] months;
    /** Optional phrases of data-defined languages (agenda.sub, meeting.first, date.first). */
    private final Map<String, String> extras;
    /** An agenda sub-item as the AKN reader gives it: "125(t)", "125 (t)". */
    private static final Pattern SUB_ITEM = Pattern.compile("(\\d+)\\s*\\(([a-z]{1,2})\\)");

    private static final int UN = 0;
    private static final int GA = 1;
    private static final int DISTR = 2;
    private static final int ITEM = 3;
    private static final int ITEMS = 4;
    private static final int ITEM_TAIL = 5;
    private static final int AND = 6;
    private static final int ADOPTED = 7;
    private static final int WITHOUT = 8;
    private static final int REPORT = 9;
    private static final int FORMULA = 10;
    private static final int MEETING = 11;
    private static final int DATE = 12;
    private static final int COMMITTEES = 13;

    private TableRender(String lang, char letter, String[] t, String[] months) {
        this(lang, letter, t, months, Map.of());
    }

    private TableRender(String lang, char letter, String[] t, String[] months, Map<String, String> extras) {
        this.extras = Map.copyOf(extras);
        this.lang = lang;
        this.letter = letter;
        this.t = t;
        this.months = months;
    }

    /**
     * The rendering of a language from {@code render-<lang>.properties} beside this class; empty
     * when there is no such file. Keys: job.letter, united.nations, general.assembly, distr,
     * agenda.item, agenda.items, agenda.sub, and, adopted, without, report, formula, meeting,
     * meeting.first, date, date.first, committees (six names, "|"), months (twelve, ",").
     */
    static Optional<RenderProfile> load(String lang) {
        if (lang == null || !lang.matches("[a-z]{2,3}")) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = TableRender.class.getResourceAsStream("render-" + lang + ".properties")) {
            if (in == null) {
                return Optional.empty();
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UnkgException("cannot read render-" + lang + ".properties: " + e.getMessage(), e);
        }
        String[] keys = {"united.nations", "general.assembly", "distr", "agenda.item", "agenda.items", "", "and",
            "adopted", "without", "report", "formula", "meeting", "date", "committees"};
        String[] t = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            t[i] = keys[i].isEmpty() ? "" : p.getProperty(keys[i]);
            if (t[i] == null) {
                throw new UnkgException("render-" + lang + ".properties: missing " + keys[i]);
            }
        }
        Map<String, String> extras = Map.of("agenda.sub", p.getProperty("agenda.sub", ""),
                "meeting.first", p.getProperty("meeting.first", ""), "date.first", p.getProperty("date.first", ""));
        return Optional.of(new TableRender(lang, p.getProperty("job.letter", "E").charAt(0), t,
                p.getProperty("months", "").split(","), extras));
    }

    static TableRender russian() {
        return new TableRender("ru", 'R', new String[] {"Организация Объединенных Наций", "Генеральная Ассамблея",
            "Distr.: General", "Пункт %s повестки дня", "Пункты %s повестки дня", "", " и ",
            "Резолюция, принятая Генеральной Ассамблеей %s", "[без передачи в главный комитет (%s)]",
            "[по докладу %s (%s)]", "Генеральная Ассамблея,", "%d-е пленарное заседание", "%d %s %d года",
            "Первого комитета|Второго комитета|Третьего комитета|Комитета по специальным политическим вопросам и "
                + "вопросам деколонизации (Четвертый комитет)|Пятого комитета|Шестого комитета"},
            new String[] {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                "октября", "ноября", "декабря"});
    }

    @Override public String language() { return lang; }
    @Override public char jobLetter() { return letter; }
    @Override public String undocsLanguage() { return lang; }
    @Override public boolean unspaced() { return false; }
    @Override public int lineWidth() { return 80; }
    @Override public int pageLines() { return 52; }
    @Override public String unitedNations() { return t[UN]; }
    @Override public String generalAssembly() { return t[GA]; }
    @Override public String distributionDate(LocalDate d) { return date(d); }
    @Override public String distr() { return t[DISTR]; }
    @Override public String formula() { return t[FORMULA]; }
    @Override public boolean dateBeforeMeeting() { return false; }

    @Override
    public String session(int n) {
        return SessionOrdinals.session(lang, n);
    }

    @Override
    public String agendaItems(List<String> numbers) {
        String sub = extras.getOrDefault("agenda.sub", "");
        List<String> printed = numbers.stream().map(n -> {
            Matcher m = SUB_ITEM.matcher(n);
            return !sub.isEmpty() && m.matches() ? String.format(sub, m.group(1), m.group(2)) : n;
        }).toList();
        return String.format(numbers.size() == 1 ? t[ITEM] : t[ITEMS], RenderProfile.join(printed, t[AND]));
    }

    @Override
    public String adoptionLine(LocalDate d) {
        return String.format(t[ADOPTED], date(d));
    }

    @Override
    public String withoutMainCommittee(List<String> drafts) {
        return String.format(t[WITHOUT], RenderProfile.join(drafts, t[AND]));
    }

    @Override
    public String onReport(String committee, List<String> reports) {
        return String.format(t[REPORT], committee(committee), RenderProfile.join(reports, t[AND]));
    }

    @Override
    public String plenaryMeeting(int n) {
        String first = extras.getOrDefault("meeting.first", "");
        return n == 1 && !first.isEmpty() ? first : String.format(t[MEETING], n);
    }

    @Override
    public String date(LocalDate d) {
        String first = extras.getOrDefault("date.first", "");
        if (d.getDayOfMonth() == 1 && !first.isEmpty()) {
            return String.format(first, months[d.getMonthValue() - 1], d.getYear());
        }
        return String.format(t[DATE], d.getDayOfMonth(), months[d.getMonthValue() - 1], d.getYear());
    }

    /** The Main Committee named in the language, from its English name; other names stay English. */
    private String committee(String english) {
        String e = english.toLowerCase(Locale.ROOT);
        String[] ord = {"first", "second", "third", "fourth", "fifth", "sixth"};
        String[] names = t[COMMITTEES].split("\\|");
        if (e.startsWith("special political")) {
            return names[3];
        }
        for (int i = 0; i < ord.length; i++) {
            if (e.contains(ord[i] + " committee")) {
                return names[i];
            }
        }
        return english;
    }
}
