package org.unkg.extract;

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
        return GrammarLib.forLanguage("treaties", lang, TreatyGrammar::new);
    }
}
