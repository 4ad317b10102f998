package org.unkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
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

    /** The Unicode-aware pattern under {@code key}, or null when the key is absent or blank. */
    static Pattern pattern(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : Pattern.compile(v, Pattern.UNICODE_CHARACTER_CLASS);
    }
}
