package org.unkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates scores per field and language (micro-averaged: counts are summed over documents),
 * the paragraph-count agreement per document, the misses and the documents that failed.
 * Not thread-safe; one evaluation fills one tally.
 */
public final class Tally {
    private final List<String> fields;
    private final Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
    private final Map<String, List<Miss>> misses = new LinkedHashMap<>();
    private final Map<String, int[]> paragraphsExact = new TreeMap<>(); // lang -> {exact, documents}
    private final Map<String, Integer> documents = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();

    public Tally(List<String> fields) {
        this.fields = List.copyOf(fields);
        for (String f : fields) {
            scores.put(f, new TreeMap<>());
            misses.put(f, new ArrayList<>());
        }
    }

    public List<String> fields() {
        return fields;
    }

    public void add(String field, String lang, Score s) {
        Map<String, Score> m = scores.get(field);
        if (m == null) {
            throw new IllegalArgumentException("unknown field " + field);
        }
        m.merge(lang, s, Score::plus);
    }

    public void miss(Miss m) {
        misses.get(m.field()).add(m);
    }

    public void document(String lang, boolean paragraphCountsExact) {
        documents.merge(lang, 1, Integer::sum);
        int[] c = paragraphsExact.computeIfAbsent(lang, k -> new int[2]);
        c[0] += paragraphCountsExact ? 1 : 0;
        c[1]++;
    }

    public void error(String message) {
        errors.add(message);
    }

    /** Score of a field in one language; "all" sums every language. */
    public Score score(String field, String lang) {
        Map<String, Score> m = scores.get(field);
        if ("all".equals(lang)) {
            return m.values().stream().reduce(Score.ZERO, Score::plus);
        }
        return m.getOrDefault(lang, Score.ZERO);
    }

    /** {exact, documents} for one language, or for "all". */
    public int[] paragraphCountsExact(String lang) {
        if ("all".equals(lang)) {
            int[] sum = new int[2];
            paragraphsExact.values().forEach(c -> {
                sum[0] += c[0];
                sum[1] += c[1];
            });
            return sum;
        }
        int[] c = paragraphsExact.get(lang);
        return c == null ? new int[2] : c.clone();
    }

    public int documents(String lang) {
        return "all".equals(lang) ? documents.values().stream().mapToInt(Integer::intValue).sum()
                : documents.getOrDefault(lang, 0);
    }

    /** The languages that have documents, sorted. */
    public List<String> languages() {
        return List.copyOf(documents.keySet());
    }

    public List<Miss> misses(String field) {
        return List.copyOf(misses.get(field));
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }
}
