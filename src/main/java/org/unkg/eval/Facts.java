package org.unkg.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one document says, in the comparable form both sides of a comparison are brought to
 * (gold JSON, the text path's record, the AKN reader's record). Values are normalized by
 * {@link Norm}. A scalar that is null means "not said"; a set field that is absent from
 * {@code sets} is not scored for this document.
 *
 * @param file      the file the facts are about (for miss reports)
 * @param language  ISO 639-1 language
 * @param scalars   field -> normalized value or null (see {@link Fields#SCALARS})
 * @param sets      field -> items (see {@link Fields#SETS})
 */
public record Facts(String file, String language, Map<String, String> scalars, Map<String, List<Item>> sets) {
    public Facts {
        scalars = Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
        Map<String, List<Item>> s = new LinkedHashMap<>();
        sets.forEach((k, v) -> s.put(k, List.copyOf(v)));
        sets = Collections.unmodifiableMap(s);
    }

    public String scalar(String field) {
        return scalars.get(field);
    }

    /** The preambular and operative paragraph counts, or -1 when unknown. */
    public int count(String field) {
        String v = scalars.get(field);
        return v == null ? -1 : Integer.parseInt(v);
    }

    /** The same facts, reported under another file name. */
    public Facts withFile(String name) {
        return new Facts(name, language, scalars, sets);
    }

    /** Facts of a document the text path could not read: nothing predicted. */
    public static Facts empty(String file, String language) {
        return new Facts(file, language, Map.of(), Map.of());
    }
}
