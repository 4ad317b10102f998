package org.unkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** Loading of the per-language grammar data files beside this package's classes. */
final class GrammarLib {
    private GrammarLib() {
    }

    /** The UTF-8 properties file of that name in this package, or null when there is none. */
    static Properties properties(String name) {
        try (InputStream in = GrammarLib.class.getResourceAsStream(name)) {
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

    /**
     * The grammar of a language from {@code <kind>-<lang>.properties}, built by {@code make} from the
     * language it is for and its properties; English when there is no file for the language.
     */
    static <T> T forLanguage(String kind, String lang, BiFunction<String, Properties, T> make) {
        String l = lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
        Properties p = properties(kind + "-" + l + ".properties");
        if (p == null) {
            l = "en";
            p = properties(kind + "-en.properties");
        }
        return make.apply(l, p);
    }

    /** The Unicode-aware pattern under {@code key}, or null when the key is absent or blank. */
    static Pattern pattern(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : Pattern.compile(v, Pattern.UNICODE_CHARACTER_CLASS);
    }
}
