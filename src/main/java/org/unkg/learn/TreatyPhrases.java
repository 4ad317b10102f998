package org.unkg.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases of a paragraph that may name a treaty in French, Spanish, Russian or Arabic: an
 * instrument word (Convention, Convención, конвенция, اتفاقية, …), with the adjectives before it
 * in Russian ("Международный пакт") and an ordinal in French and Spanish ("Deuxième Protocole"),
 * followed by its complement word by word, every prefix that ends on a content word being one
 * candidate. A complement ends at a sentence or clause mark (";", ":", "."), at a bracketed
 * reference ("(ci-après …", "(1982)"), at the date or adoption phrase printed after a title
 * ("du 10 décembre 1982", "adoptée", "от 10 декабря", "المؤرخة"), and after 40 words. Which
 * candidate names which treaty is left to {@link TreatyLabelLearner}'s counts. Immutable.
 */
final class TreatyPhrases {
    private static final int MAX_WORDS = 40;
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern EDGE = Pattern.compile("^[\\p{Punct}«»“”„‘’،؛]+|[\\p{Punct}«»“”„‘’،؛]+$");
    private static final Pattern CLAUSE_END = Pattern.compile(".*[;:.؛?!]$");
    private static final Pattern RU_ADJECTIVE = Pattern.compile(
            "\\p{L}+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ую|юю|ым|им|ом|ем|ых|их|ыми|ими)");
    private static final Pattern RU_ENDING = Pattern.compile(
            "(?<=\\p{L}{3})(?:ами|ями|ого|его|ому|ему|ыми|ими|ой|ей|ом|ем|ам|ям|ах|ях|ую|юю|ая|яя|ое|ее|ые|ие|ый|ий|ых|их"
            + "|ым|им|а|я|о|е|у|ю|ы|и|й|ь)$");
    private static final Pattern AR_CLITIC = Pattern.compile("^([وف]?)([بلك]?)(.+)$");

    /** One candidate: the character span in the paragraph, its printed form and its counting key. */
    record Phrase(int start, int end, String surface, String key) {
    }

    private final String lang;
    private final Pattern head;
    private final Set<String> function;
    private final Pattern stop;
    private final Set<String> ordinals;

    private TreatyPhrases(String lang, String head, Set<String> function, String stop, Set<String> ordinals) {
        this.lang = lang;
        this.head = Pattern.compile(head, Pattern.UNICODE_CHARACTER_CLASS);
        this.function = function;
        this.stop = Pattern.compile(stop, Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);
        this.ordinals = ordinals;
    }

    /** The phrase rules of fr, es, ru or ar; null for another language. */
    static TreatyPhrases forLanguage(String lang) {
        return switch (lang) {
            case "fr" -> new TreatyPhrases(lang, "(?:Convention(?:-cadre)?|Pacte|Protocole|Accord|Traité|Charte|Statut|Constitution"
                    + "|Amendement)s?", Set.of("de", "des", "du", "d'", "la", "le", "les", "l'", "et", "ou", "à", "aux",
                    "au", "sur", "en", "pour", "contre", "relatif", "relative", "relatifs", "relatives", "concernant",
                    "dans", "par", "entre", "avec", "se", "rapportant", "portant", "ses", "son", "leur", "leurs", "un",
                    "une", "qui", "notamment", "ainsi", "que"),
                    "^(?:(?:du|de|des|le|en date du)\\s+\\d{1,2}(?:er)?\\s+\\p{L}+\\s+\\d{4}|(?:adopt|sign|concl|fait|ouvert"
                    + "|entré)\\p{L}*|\\((?:ci-après|[^)]*\\d))",
                    Set.of("deuxième", "troisième", "premier", "second", "nouvel", "nouvelle"));
            case "es" -> new TreatyPhrases(lang, "(?:Convención|Convenio|Pacto|Protocolo|Acuerdo|Tratado|Carta|Estatuto"
                    + "|Constitución|Enmienda)s?", Set.of("de", "del", "la", "las", "el", "los", "y", "e", "o", "u", "a",
                    "al", "en", "sobre", "contra", "para", "relativo", "relativa", "relativos", "relativas", "entre",
                    "con", "por", "sus", "su", "que", "un", "una", "así", "como"),
                    "^(?:(?:de|del|el)\\s+\\d{1,2}\\s+de\\s+\\p{L}+\\s+de\\s+\\d{4}|(?:aprobad|firmad|concertad|celebrad"
                    + "|hech|abiert|adoptad)\\p{L}*|\\((?:en adelante|[^)]*\\d))",
                    Set.of("segundo", "tercer", "tercero", "primer", "nuevo"));
            case "ru" -> new TreatyPhrases(lang, "(?i)(?:конвенци|пакт|протокол|соглашени|договор|устав|статут|хартия"
                    + "|хартии|поправк)\\p{L}*", Set.of("и", "или", "о", "об", "обо", "по", "в", "во", "к", "ко", "с",
                    "со", "для", "на", "от", "за", "между", "против", "а", "также", "относительно", "года", "г",
                    "касающийся", "касающегося", "касающемуся", "который", "которые"),
                    "^(?:от\\s+\\d|\\d{4}\\s+года|(?:принят|подписан|заключен|открыт|вступ)\\p{L}*|\\((?:далее|[^)]*\\d))",
                    Set.of());
            case "ar" -> new TreatyPhrases(lang, "(?:ال)?(?:اتفاقية|اتفاقيه|اتفاق|عهد|بروتوكول|ميثاق|معاهدة|نظام|تعديل"
                    + "|اتفاقيات|بروتوكولات)", Set.of("في", "من", "على", "إلى", "عن", "بشأن", "و", "أو", "مع", "ضد",
                    "الخاص", "الخاصة", "المتعلق", "المتعلقة", "بين", "لعام", "عام", "التي", "الذي", "ذات", "المتصلة"),
                    "^(?:[وف]?(?:المؤرخ|المؤرخة|المعتمد|المعتمدة|الموقع|الموقعة|الصادر|الصادرة|المبرم|المبرمة"
                    + "|الذي|التي)|\\((?:يشار|المشار|[^)]*\\d))", Set.of());
            default -> null;
        };
    }

    /** Every candidate phrase of a paragraph, in text order. */
    List<Phrase> find(String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(text);
        while (t.find()) {
            tokens.add(new int[] {t.start(), t.end()});
        }
        List<Phrase> out = new ArrayList<>();
        for (int h = 0; h < tokens.size(); h++) {
            int headStart = headStart(text, tokens.get(h));
            if (headStart < 0) {
                continue;
            }
            out.addAll(extend(text, tokens, h, h, headStart));
            for (int s = h - 1; s >= Math.max(0, h - 3) && before(text, tokens, s, h); s--) {
                String w = bare(text, tokens.get(s));
                if (lang.equals("ru") ? Character.isUpperCase(w.charAt(0))
                        : ordinals.contains(w.toLowerCase(Locale.ROOT))) {
                    out.addAll(extend(text, tokens, s, h, tokens.get(s)[0]));
                }
            }
        }
        return out;
    }

    /** Whether the words s..h-1 may stand before the instrument word h as part of its title. */
    private boolean before(String text, List<int[]> tokens, int s, int h) {
        String w = text.substring(tokens.get(s)[0], tokens.get(s)[1]);
        if (!w.equals(EDGE.matcher(w).replaceAll(""))) {
            return false;
        }
        if (lang.equals("ru")) {
            return RU_ADJECTIVE.matcher(w).matches();
        }
        return (lang.equals("fr") || lang.equals("es")) && h - s == 1;
    }

    /** Where the title starts in a token holding an instrument word (after Arabic clitics), or -1. */
    private int headStart(String text, int[] tok) {
        String w = bare(text, tok);
        if (w.isEmpty()) {
            return -1;
        }
        int lead = text.substring(tok[0], tok[1]).indexOf(w);
        if (!lang.equals("ar")) {
            boolean capital = lang.equals("ru") || Character.isUpperCase(w.charAt(0));
            return capital && head.matcher(w).matches() ? tok[0] + lead : -1;
        }
        Matcher c = AR_CLITIC.matcher(w);
        if (head.matcher(w).matches()) {
            return tok[0] + lead;
        }
        if (c.matches() && head.matcher(c.group(3)).matches()) {
            return tok[0] + lead + c.group(1).length() + c.group(2).length();
        }
        if (c.matches() && c.group(2).equals("ل") && c.group(3).startsWith("ل") && head.matcher("ا" + c.group(3)).matches()) {
            // "للاتفاقية" is ل + الاتفاقية: the title starts at the second ل and is written with "ال"
            return tok[0] + lead + c.group(1).length() + c.group(2).length();
        }
        return -1;
    }

    private List<Phrase> extend(String text, List<int[]> tokens, int s, int h, int from) {
        List<Phrase> out = new ArrayList<>();
        int depth = 0;
        for (int e = s; e < tokens.size() && e < s + MAX_WORDS; e++) {
            int[] tok = tokens.get(e);
            if (e > h && stop.matcher(text.substring(tok[0])).lookingAt()) {
                break;
            }
            String raw = text.substring(tok[0], tok[1]);
            depth += count(raw, '(') - count(raw, ')');
            String w = bare(text, tok);
            if (e >= h && depth == 0 && !w.isEmpty() && !function.contains(w.toLowerCase(Locale.ROOT).replace('’', '\''))
                    && !w.chars().allMatch(Character::isDigit)) {
                String core = raw.replaceAll("[,;:.،؛]+$", "");
                int end = core.endsWith(")") && text.substring(from, tok[0] + core.length()).contains("(")
                        ? tok[0] + core.length() : tok[0] + raw.indexOf(w) + w.length();
                String surface = surface(text.substring(from, end));
                out.add(new Phrase(from, end, surface, key(surface)));
            }
            if (CLAUSE_END.matcher(raw).matches() && depth <= 0 || depth < 0) {
                break;
            }
        }
        return out;
    }

    /** The printed form, Arabic "لل" at the start written "ال" (the label form). */
    private String surface(String s) {
        String t = s.replaceAll("[\\s\\u00a0]+", " ").strip();
        return lang.equals("ar") && t.startsWith("ل") && !head.matcher(t.split(" ")[0]).matches() ? "ا" + t : t;
    }

    /**
     * Whether a candidate (its key) runs on into a list of instruments: another instrument word after
     * a comma or "and" with its article ("…, la Convention", "y el Pacto", "и Конвенции", "واتفاقية"),
     * or the instrument word itself followed by a comma.
     */
    boolean isList(String key) {
        String[] w = key.split(" ");
        for (int i = 1; i < w.length; i++) {
            String prev = w[i - 1];
            String bare = EDGE.matcher(w[i]).replaceAll("");
            String joined = lang.equals("ar") && bare.startsWith("و") ? bare.substring(1) : bare;
            boolean isHead = head.matcher(lang.equals("ru") ? joined : capitalize(joined)).matches()
                    || lang.equals("ar") && head.matcher(joined).matches();
            if (!isHead) {
                continue;
            }
            String before = i >= 2 ? w[i - 2] : "";
            if (prev.endsWith(",") || before.endsWith(",") || lang.equals("ar") && bare.startsWith("و")
                    || Set.of("et", "y", "ou", "o", "и", "или").contains(prev)
                    || Set.of("et", "y", "ou", "o").contains(before)) {
                return true;
            }
        }
        return w.length > 1 && w[0].endsWith(",");
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The counting key: lower case, apostrophes unified, Russian words without their case ending and cut to six letters. */
    String key(String surface) {
        String s = surface.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
        if (!lang.equals("ru")) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) {
            String stem = RU_ENDING.matcher(w).replaceFirst("");
            sb.append(sb.length() == 0 ? "" : " ").append(stem.length() > 6 ? stem.substring(0, 6) : stem);
        }
        return sb.toString();
    }

    private static String bare(String text, int[] tok) {
        return EDGE.matcher(text.substring(tok[0], tok[1])).replaceAll("");
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
