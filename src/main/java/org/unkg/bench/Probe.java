package org.unkg.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * What the child JVMs of the benchmark share: {@code --key value} arguments (a key may repeat)
 * and the one result line they print, {@code BENCH-RESULT {json}}, that the driver reads.
 */
final class Probe {
    static final String MARK = "BENCH-RESULT ";

    private final Map<String, List<String>> args = new LinkedHashMap<>();

    Probe(String[] argv) {
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                throw new IllegalArgumentException("expected --key value pairs, got " + argv[i]);
            }
            args.computeIfAbsent(argv[i].substring(2), k -> new ArrayList<>()).add(argv[++i]);
        }
    }

    String get(String key) {
        List<String> v = args.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return v.get(0);
    }

    String get(String key, String dflt) {
        List<String> v = args.get(key);
        return v == null ? dflt : v.get(0);
    }

    List<String> all(String key) {
        return args.getOrDefault(key, List.of());
    }

    /** A JSON number of a measurement, rounded to 4 decimals. */
    static JsonNumber num(double d) {
        return JsonNumber.value(Math.round(d * 1e4) / 1e4);
    }

    /**
     * A path as the results show it: relative to the working folder (the project, where
     * {@code bench/run} starts) when it is an absolute path, so that committed results name no
     * folder of the machine they ran on; the JVM's own {@code java} is shown as {@code java}.
     */
    static String shown(String path) {
        Path p = Path.of(path);
        if (!p.isAbsolute()) {
            return path;
        }
        if (p.equals(Path.of(System.getProperty("java.home"), "bin", "java"))) {
            return "java";
        }
        return Path.of("").toAbsolutePath().relativize(p.normalize()).toString();
    }

    /** Prints the result line on stdout (UTF-8, flushed). */
    static void emit(JsonObject o) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(MARK + JSON.toStringFlat(o));
        out.flush();
    }
}
