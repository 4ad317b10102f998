package org.unkg.extract;

import java.util.Locale;
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

    private TreatyGrammar(String language, Properties p) {
        this.language = language;
        this.unts = GrammarLib.pattern(p, "unts");
        this.instrument = GrammarLib.pattern(p, "instrument");
        this.described = GrammarLib.pattern(p, "described");
        this.dateAfter = GrammarLib.pattern(p, "date.after");
        this.yearBefore = GrammarLib.pattern(p, "year.before");
        this.dates = DateParser.forLanguage(language);
    }

    static TreatyGrammar forLanguage(String lang) {
        String l = lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
        Properties p = GrammarLib.properties("treaties-" + l + ".properties");
        if (p == null) {
            l = "en";
            p = GrammarLib.properties("treaties-en.properties");
        }
        return new TreatyGrammar(l, p);
    }
}
