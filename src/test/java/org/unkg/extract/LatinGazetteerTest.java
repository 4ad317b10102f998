package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unkg.TestReference;
import org.unkg.reference.ReferenceData;

/** The gazetteers on French and Spanish text: UN names, articles and contractions, curly apostrophes. */
class LatinGazetteerTest {
    private static final ReferenceData REF = TestReference.load();

    private static List<String> keys(Extractor e, String lang, String text) {
        return TestDocs.keys(e.extract(TestDocs.para(lang, text)));
    }

    @Test
    void frenchStatesAndBodies() {
        StateExtractor states = new StateExtractor(REF);
        assertTrue(keys(states, "fr", "le Gouvernement de l’Ouzbékistan et le Kazakhstan").containsAll(
                List.of("uzb", "kaz")));
        List<String> orgs = keys(new OrganizationExtractor(REF), "fr",
                "la résolution 5/1 du Conseil des droits de l’homme et le Programme des Nations Unies pour le "
                        + "développement");
        // the label is typed with ' and printed with ’
        assertTrue(orgs.contains("human-rights-council"), orgs.toString());
        assertTrue(orgs.contains("undp"), orgs.toString());
    }

    @Test
    void spanishStates() {
        assertEquals(List.of("kaz"), keys(new StateExtractor(REF), "es", "el Gobierno de Kazajstán"));
    }
}
