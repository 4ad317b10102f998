package org.unkg.eval;

/** Session lines in words for French, Spanish and Russian ("Soixante-dix-neuvième session"). */
final class SessionOrdinals {
    private static final String[] FR_UNITS = {"", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
        "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"};
    private static final String[] FR_TENS = {"", "dix", "vingt", "trente", "quarante", "cinquante", "soixante",
        "soixante", "quatre-vingt", "quatre-vingt"};
    private static final String[] ES_UNITS = {"", "primer", "segundo", "tercer", "cuarto", "quinto", "sexto",
        "séptimo", "octavo", "noveno"};
    private static final String[] ES_TENS = {"", "décimo", "vigésimo", "trigésimo", "cuadragésimo", "quincuagésimo",
        "sexagésimo", "septuagésimo", "octogésimo", "nonagésimo"};
    private static final String[] RU_TENS = {"", "десять", "двадцать", "тридцать", "сорок", "пятьдесят",
        "шестьдесят", "семьдесят", "восемьдесят", "девяносто"};
    private static final String[] RU_TENS_ORD = {"", "десятая", "двадцатая", "тридцатая", "сороковая",
        "пятидесятая", "шестидесятая", "семидесятая", "восьмидесятая", "девяностая"};
    private static final String[] RU_UNITS_ORD = {"", "первая", "вторая", "третья", "четвертая", "пятая", "шестая",
        "седьмая", "восьмая", "девятая", "десятая", "одиннадцатая", "двенадцатая", "тринадцатая", "четырнадцатая",
        "пятнадцатая", "шестнадцатая", "семнадцатая", "восемнадцатая", "девятнадцатая"};

    private SessionOrdinals() {
    }

    /** The session line for sessions 1-99 (a number beyond that is printed in digits). */
    static String session(String lang, int n) {
        if (n < 1 || n > 99) {
            return n + " session";
        }
        String s = switch (lang) {
            case "fr" -> french(n) + " session";
            case "es" -> spanish(n) + " período de sesiones";
            case "ru" -> russian(n) + " сессия";
            default -> Integer.toString(n);
        };
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String french(int n) {
        if (n == 1) {
            return "première";
        }
        String c = frenchCardinal(n);
        if (c.endsWith("cinq")) {
            return c + "uième";
        }
        if (c.endsWith("neuf")) {
            return c.substring(0, c.length() - 1) + "vième";
        }
        if (c.endsWith("e")) {
            return c.substring(0, c.length() - 1) + "ième";
        }
        if (c.endsWith("quatre-vingts")) {
            return c.substring(0, c.length() - 1) + "ième";
        }
        return c + "ième";
    }

    private static String frenchCardinal(int n) {
        if (n < 20) {
            return FR_UNITS[n];
        }
        int tens = n / 10;
        int rest = (tens == 7 || tens == 9) ? n % 10 + 10 : n % 10;
        String head = FR_TENS[tens];
        if (rest == 0) {
            return tens == 8 ? "quatre-vingts" : head;
        }
        if ((rest == 1 || rest == 11) && tens < 8) {
            return head + " et " + FR_UNITS[rest];
        }
        return head + "-" + FR_UNITS[rest];
    }

    static String spanish(int n) {
        String u = ES_UNITS[n % 10]; // "primer", "tercer": shortened before "período"
        if (n < 10) {
            return u;
        }
        if (n == 11) {
            return "undécimo";
        }
        if (n == 12) {
            return "duodécimo";
        }
        return n % 10 == 0 ? ES_TENS[n / 10] : ES_TENS[n / 10] + " " + u;
    }

    static String russian(int n) {
        if (n < 20) {
            return RU_UNITS_ORD[n];
        }
        return n % 10 == 0 ? RU_TENS_ORD[n / 10] : RU_TENS[n / 10] + " " + RU_UNITS_ORD[n % 10];
    }
}
