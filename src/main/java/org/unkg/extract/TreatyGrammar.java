package org.unkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        this.unts = compile(p, "unts");
        this.instrument = compile(p, "instrument");
        this.described = compile(p, "described");
        this.dateAfter = compile(p, "date.after");
        this.yearBefore = compile(p, "year.before");
        this.dates = DateParser.forLanguage(language);
    }

    static TreatyGrammar forLanguage(String lang) {
        String l = lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
        Properties p = load("treaties-" + l + ".properties");
        if (p == null) {
            l = "en";
            p = load("treaties-en.properties");
        }
        return new TreatyGrammar(l, p);
    }

    private static Pattern compile(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : Pattern.compile(v);
    }

    private static Properties load(String name) {
        try (InputStream in = TreatyGrammar.class.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
