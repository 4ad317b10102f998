package org.unkg.extract;

import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/** The treaty grammar of one language, from {@code treaties-<lang>.properties}. Immutable. */
final class TreatyGrammar {
    final String language;
    final Pattern unts;
    final Pattern instrument;
    final Pattern described;
    final Pattern dateAfter;
    final Pattern yearBefore;
    final DateParser dates;
    /** Words one of which every match of {@link #instrument} contains (empty: no pre-check). */
    final List<String> instrumentWords;
    /** Words one of which every match of {@link #described} contains (empty: no pre-check). */
    final List<String> describedWords;

    private TreatyGrammar(String language, Properties p) {
        this.language = language;
        this.unts = GrammarLib.pattern(p, "unts");
        this.instrument = GrammarLib.pattern(p, "instrument");
        this.described = GrammarLib.pattern(p, "described");
        this.dateAfter = GrammarLib.pattern(p, "date.after");
        this.yearBefore = GrammarLib.pattern(p, "year.before");
        this.dates = DateParser.forLanguage(language);
        this.instrumentWords = words(p, "instrument.requires");
        this.describedWords = words(p, "described.requires");
    }

    /** The literal words under {@code key}, separated by '|'; empty when the key is absent or blank. */
    private static List<String> words(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? List.of() : List.of(v.strip().split("\\s*\\|\\s*"));
    }

    /** Whether {@code text} contains one of {@code words} (always true when there are none). */
    static boolean mayMatch(List<String> words, String text) {
        if (words.isEmpty()) {
            return true;
        }
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static TreatyGrammar forLanguage(String lang) {
        return GrammarLib.forLanguage("treaties", lang, TreatyGrammar::new);
    }
}
