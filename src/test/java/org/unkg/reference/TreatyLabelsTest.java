package org.unkg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The reviewed table of treaty names learned from the aligned language versions loads, and every
 * reviewed name is a name of its treaty in the reference data (the committed treaties.ttl).
 */
class TreatyLabelsTest {
    private static final Path TABLE = Path.of("ontology/reference/sources", TreatiesGenerator.LEARNED);

    @Test
    void theReviewedTableLoads() {
        List<Map<String, String>> rows = TableLib.tsv(TABLE);
        assertTrue(rows.size() >= 100, "rows: " + rows.size());
        Set<String> prefs = new HashSet<>();
        Map<String, Integer> perLanguage = new HashMap<>();
        for (Map<String, String> r : rows) {
            assertEquals("yes", r.get("reviewed"), r.toString());
            assertTrue(Set.of("fr", "es", "ru", "ar").contains(r.get("lang")), r.toString());
            assertTrue(Set.of("pref", "alt").contains(r.get("role")), r.toString());
            assertTrue(r.get("key").matches("unts-\\d+|charter-of-the-united-nations"), r.toString());
            assertTrue(!r.get("label").isBlank() && r.get("label").equals(r.get("label").strip()), r.toString());
            if (r.get("role").equals("pref")) {
                assertTrue(prefs.add(r.get("key") + " " + r.get("lang")), "two preferred names: " + r);
            }
            perLanguage.merge(r.get("lang"), 1, Integer::sum);
        }
        perLanguage.forEach((l, n) -> assertTrue(n >= 30, l + ": " + n));
    }

    @Test
    void everyReviewedNameIsInTheReferenceData() {
        ReferenceData ref = ReferenceData.load();
        Map<String, ReferenceData.Entry> byKey = new HashMap<>();
        ref.treaties().forEach(e -> byKey.put(e.key(), e));
        for (Map<String, String> r : TableLib.tsv(TABLE)) {
            ReferenceData.Entry e = byKey.get(r.get("key"));
            assertTrue(e != null, "no treaty " + r.get("key"));
            assertTrue(e.names(r.get("lang")).stream().anyMatch(n -> ReferenceData.normalize(n)
                    .equals(ReferenceData.normalize(r.get("label")))), r.toString());
        }
        ReferenceData.Entry crc = byKey.get("unts-27531");
        assertEquals(List.of("Конвенция о правах ребенка"), crc.labels().get("ru"));
        assertEquals(List.of("Convention relative aux droits de l’enfant"), crc.labels().get("fr"));
    }
}
