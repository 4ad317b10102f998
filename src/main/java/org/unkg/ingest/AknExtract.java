package org.unkg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.InputException;

/**
 * The publisher's JSON-lines extract of the AKN resolutions ({@code data_extract/79.json}: one
 * object per line with symbol, votes, sponsors, SDGs, ...), indexed by normalized symbol.
 * Immutable once loaded; the AKN reader uses it to fill what a file's XML does not say.
 *
 * <pre>{@code
 * AknExtract x = AknExtract.load(List.of(Path.of("../shared/akn/data_extract/79.json")));
 * x.get("A/RES/79/6").map(AknExtract.Entry::inFavour);
 * }</pre>
 */
public final class AknExtract {
    private static final Logger LOG = LoggerFactory.getLogger(AknExtract.class);
    private static final AknExtract NONE = new AknExtract(Map.of());

    private final Map<String, Entry> bySymbol;

    /**
     * One resolution as the extract gives it. Names are as printed (English, often upper case);
     * counts are null when the extract has none.
     */
    public record Entry(String symbol, String votingType, List<String> inFavour, List<String> against,
                        List<String> abstaining, Integer inFavourCount, Integer againstCount,
                        Integer abstainingCount, List<String> sponsors, List<String> additionalSponsors) {
        public Entry {
            inFavour = List.copyOf(inFavour);
            against = List.copyOf(against);
            abstaining = List.copyOf(abstaining);
            sponsors = List.copyOf(sponsors);
            additionalSponsors = List.copyOf(additionalSponsors);
        }
    }

    private AknExtract(Map<String, Entry> bySymbol) {
        this.bySymbol = Map.copyOf(bySymbol);
    }

    /** An empty extract: the reader then uses the XML alone. */
    public static AknExtract none() {
        return NONE;
    }

    /**
     * Loads JSON-lines files; the first entry of a symbol wins (the publisher's files repeat some).
     * A line that is not a JSON object is an {@link InputException} naming file and line.
     */
    public static AknExtract load(List<Path> files) {
        Map<String, Entry> m = new HashMap<>();
        for (Path f : files) {
            int lineNo = 0;
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    Entry e = entry(JSON.parse(line));
                    if (e.symbol() != null && m.putIfAbsent(e.symbol(), e) != null) {
                        LOG.debug("{}:{}: {} repeated; the first entry is kept", f, lineNo, e.symbol());
                    }
                }
            } catch (JsonException e) {
                throw new InputException(f.toString(), Integer.toString(lineNo), "not a JSON object: "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
            } catch (IOException e) {
                throw new InputException(f.toString(), null, "cannot read: " + e.getMessage(), e);
            }
        }
        return new AknExtract(m);
    }

    public Optional<Entry> get(String symbol) {
        return symbol == null ? Optional.empty() : Optional.ofNullable(bySymbol.get(normalize(symbol)));
    }

    public int size() {
        return bySymbol.size();
    }

    static String normalize(String symbol) {
        return symbol.replaceAll("\\s+", "");
    }

    private static Entry entry(JsonObject o) {
        String symbol = string(o, "symbol");
        return new Entry(symbol == null ? null : normalize(symbol), string(o, "voting_type"),
                strings(o, "MS_in_favour"), strings(o, "MS_against"), strings(o, "MS_abstaining"),
                count(o, "MS_in_favour_count"), count(o, "MS_against_count"), count(o, "MS_abstaining_count"),
                strings(o, "sponsors"), strings(o, "additional_sponsors"));
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isString() ? v.getAsString().value() : v.isNumber() ? v.getAsNumber().value().toString() : null;
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Integer count(JsonObject o, String key) {
        String s = string(o, key);
        if (s == null || !s.matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(s);
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonValue v = o.get(key);
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            JsonArray a = v.getAsArray();
            for (JsonValue x : a) {
                if (x.isString() && !x.getAsString().value().isBlank()) {
                    out.add(x.getAsString().value().strip());
                }
            }
        }
        return out;
    }
}
