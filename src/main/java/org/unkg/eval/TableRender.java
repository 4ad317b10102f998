package org.unkg.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * French, Spanish and Russian as the UN prints them, from per-language tables: masthead names,
 * session ordinals ("Soixante-dix-neuvième session", "Septuagésimo noveno período de sesiones",
 * "Семьдесят девятая сессия"), dates, adoption and committee lines.
 */
final class TableRender implements RenderProfile {
    private final String lang;
    private final char letter;
    private final String[] t; // the language's phrases, indexed by the constants below
    private final String[] months;

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
        this.lang = lang;
        this.letter = letter;
        this.t = t;
        this.months = months;
    }

    static TableRender french() {
        return new TableRender("fr", 'F', new String[] {"Nations Unies", "Assemblée générale", "Distr. générale",
            "Point %s de l'ordre du jour", "Points %s de l'ordre du jour", "", " et ",
            "Résolution adoptée par l'Assemblée générale le %s", "[sans renvoi à une grande commission (%s)]",
            "[sur la base du rapport de la %s (%s)]", "L'Assemblée générale,", "%de séance plénière", "%d %s %d",
            "Première Commission|Deuxième Commission|Troisième Commission|Commission des questions politiques "
                + "spéciales et de la décolonisation (Quatrième Commission)|Cinquième Commission|Sixième Commission"},
            new String[] {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre", "novembre", "décembre"});
    }

    static TableRender spanish() {
        return new TableRender("es", 'S', new String[] {"Naciones Unidas", "Asamblea General", "Distr. general",
            "Tema %s del programa", "Temas %s del programa", "", " y ",
            "Resolución aprobada por la Asamblea General el %s", "[sin remisión previa a una Comisión Principal (%s)]",
            "[sobre la base del informe de la %s (%s)]", "La Asamblea General,", "%dª sesión plenaria", "%d de %s de %d",
            "Primera Comisión|Segunda Comisión|Tercera Comisión|Comisión Política Especial y de Descolonización "
                + "(Cuarta Comisión)|Quinta Comisión|Sexta Comisión"},
            new String[] {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                "octubre", "noviembre", "diciembre"});
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
    @Override public String formula() { return t[FORMULA]; }
    @Override public boolean dateBeforeMeeting() { return false; }

    @Override
    public String session(int n) {
        return SessionOrdinals.session(lang, n);
    }

    @Override
    public String agendaItems(List<String> numbers) {
        return String.format(numbers.size() == 1 ? t[ITEM] : t[ITEMS], RenderProfile.join(numbers, t[AND]));
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
        return String.format(t[MEETING], n);
    }

    @Override
    public String date(LocalDate d) {
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
