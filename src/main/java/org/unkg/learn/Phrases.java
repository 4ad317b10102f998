package org.unkg.learn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases of a paragraph that could be an organization's name: runs of words inside one
 * stretch between punctuation marks, never starting at the paragraph's first word (its opening
 * verb). In French, Spanish and Russian a name starts at a capitalised word (an elided "l'",
 * "d'" taken off, not a capitalised article) and does not end with a short lower-case word or a
 * function word. Arabic has no capitals: every word that is not a function word may start a
 * name, in its printed form and with a glued clitic taken off ("وبرنامج" → "برنامج", "للأمم" →
 * "الأمم"), so the bare form of a name collects the evidence of all its printed forms.
 */
final class Phrases {
    /** The longest phrase considered, in words. */
    static final int MAX_WORDS = 12;

    private static final String STOPS = ",;:.!?«»\"“”„()[]{}،؛؟";
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern ELISION = Pattern.compile("^[lLdD]['’](?=\\p{Lu})");
    private static final Set<String> ARTICLES = Set.of("Le", "La", "Les", "L", "El", "Los", "Las", "Del", "Al", "Du",
            "Des", "Un", "Une", "Una", "Uno", "Et", "Y", "Ou", "O", "De");
    private static final Set<String> LATIN_STOP_ENDS = Set.of("pour", "dans", "avec", "sans", "sous", "vers", "entre",
            "contre", "dont", "sont", "afin", "para", "sobre", "contra", "desde", "hasta", "según", "ante",
            "также", "которые", "который", "которая", "между", "против", "после", "через");
    private static final Set<String> ARABIC_STOPS = Set.of("في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "إن",
            "التي", "الذي", "الذين", "اللذين", "اللتين", "و", "أو", "ما", "لا", "كما", "بين", "هذا", "هذه", "ذلك", "تلك",
            "قد", "وفي", "ومن", "وعلى", "وإلى", "بما", "فيها", "فيه", "ذات", "لدى", "عند", "حتى", "إذ", "وإذ", "أي", "كل",
            "بشأن", "وبشأن", "حول", "أجل", "خلال", "بعد", "قبل", "دون", "ضد", "لها", "له", "بها", "به", "عليها", "عليه",
            "التابع", "التابعة");
    /** Arabic clitics glued before a word, longest first ("لل" is "ل" + "ال"). */
    private static final List<String> ARABIC_CLITICS = List.of("وبال", "وال", "بال", "كال", "فال", "ولل", "لل",
            "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك");

    /** A phrase and where it lies in the paragraph ({@code end} exclusive). */
    record Phrase(String text, int start, int end, int words) {
    }

    private Phrases() {
    }

    /** Every candidate phrase of {@code text} in {@code lang}, of 1 to {@code maxWords} words. */
    static List<Phrase> of(String text, String lang, int maxWords) {
        List<int[]> words = new ArrayList<>(); // start, end, stretch
        int stretch = 0;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || STOPS.indexOf(text.charAt(i)) >= 0) {
                Matcher m = WORD.matcher(text.substring(from, i));
                while (m.find()) {
                    words.add(new int[] {from + m.start(), from + m.end(), stretch});
                }
                stretch++;
                from = i + 1;
            }
        }
        boolean arabic = "ar".equals(lang);
        List<Phrase> out = new ArrayList<>();
        for (int s = 1; s < words.size(); s++) { // the first word is the paragraph's opening verb
            String first = text.substring(words.get(s)[0], words.get(s)[1]);
            for (String head : arabic ? arabicHeads(first) : latinHeads(first)) {
                StringBuilder sb = new StringBuilder(head);
                for (int e = s; e < words.size() && e - s < maxWords && words.get(e)[2] == words.get(s)[2]; e++) {
                    if (e > s) {
                        sb.append(' ').append(text, words.get(e)[0], words.get(e)[1]);
                    }
                    String last = e == s ? head : text.substring(words.get(e)[0], words.get(e)[1]);
                    if (arabic ? endsWellArabic(last) : endsWell(last)) {
                        out.add(new Phrase(sb.toString(), words.get(s)[0], words.get(e)[1], e - s + 1));
                    }
                }
            }
        }
        return out;
    }

    /** The phrase texts of {@code text} (a set: a phrase printed twice counts once). */
    static Set<String> texts(String text, String lang, int maxWords) {
        Set<String> out = new LinkedHashSet<>();
        for (Phrase p : of(text, lang, maxWords)) {
            out.add(p.text());
        }
        return out;
    }

    /** A capitalised word (elision taken off), not an article; none otherwise. */
    static List<String> latinHeads(String word) {
        String w = ELISION.matcher(word).replaceFirst("");
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || ARTICLES.contains(w)
                || !w.chars().anyMatch(Character::isLetter)) {
            return List.of();
        }
        return List.of(w);
    }

    /** The word as printed and without the clitics glued before it; none for a function word. */
    static List<String> arabicHeads(String word) {
        List<String> out = new ArrayList<>();
        if (!ARABIC_STOPS.contains(word) && word.chars().anyMatch(Character::isLetter)) {
            out.add(word);
        }
        for (String c : ARABIC_CLITICS) {
            if (word.startsWith(c) && word.length() - c.length() >= 2) {
                String rest = word.substring(c.length());
                // an article inside the clitic is kept on the name ("للأمم" → "الأمم", "بالأمم" → "الأمم")
                String bare = c.endsWith("ال") ? "ال" + rest : c.endsWith("لل") ? "ال" + rest : rest;
                if (!ARABIC_STOPS.contains(bare) && !out.contains(bare)) {
                    out.add(bare);
                }
            }
        }
        return out;
    }

    /**
     * A name does not end with a short lower-case word ("de", "la", "и"), an elided article or a
     * function word: such a phrase is a name cut short or run on into its context.
     */
    static boolean endsWell(String last) {
        if (last.endsWith("'") || last.endsWith("’") || LATIN_STOP_ENDS.contains(last)) {
            return false;
        }
        return Character.isUpperCase(last.codePointAt(0)) || last.codePointCount(0, last.length()) >= 4;
    }

    private static boolean endsWellArabic(String last) {
        return !ARABIC_STOPS.contains(last) && last.codePointCount(0, last.length()) >= 2;
    }
}
