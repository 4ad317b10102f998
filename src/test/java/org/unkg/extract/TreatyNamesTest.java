package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.model.Mention;
import org.unkg.reference.ReferenceData;

/**
 * Treaties named in French, Spanish, Russian (declined) and Arabic (with clitics) paragraphs are
 * found by the names of the reviewed table, with the project's reference data.
 */
class TreatyNamesTest {
    private static TreatyExtractor treaties;

    @BeforeAll
    static void load() {
        treaties = new TreatyExtractor(ReferenceData.load());
    }

    private static List<String> keys(String lang, String text) {
        return TestDocs.mentions(treaties.extract(TestDocs.para(lang, text))).stream().map(Mention::key).toList();
    }

    private static String surface(String lang, String text, String key) {
        return TestDocs.mentions(treaties.extract(TestDocs.para(lang, text))).stream()
                .filter(m -> m.key().equals(key)).findFirst().orElseThrow().span().surface();
    }

    @Test
    void frenchAndSpanish() {
        assertTrue(keys("fr", "Rappelant la Convention relative aux droits de l’enfant et la Convention des Nations Unies"
                + " contre la corruption,").containsAll(List.of("unts-27531", "unts-42146")));
        assertEquals("Convention-cadre des Nations Unies sur les changements climatiques", surface("fr",
                "Notant la Convention-cadre des Nations Unies sur les changements climatiques,", "unts-30822"));
        assertTrue(keys("es", "Recordando el Convenio sobre la Diversidad Biológica y el Estatuto de Roma de la Corte"
                + " Penal Internacional,").containsAll(List.of("unts-30619", "unts-38544")));
    }

    @Test
    void russianDeclined() {
        assertTrue(keys("ru", "Ссылаясь на Конвенцию о правах ребенка,").contains("unts-27531")); // accusative
        assertTrue(keys("ru", "участники Римского статута Международного уголовного суда").contains("unts-38544"));
        assertTrue(keys("ru", "сторонами Рамочной конвенции Организации Объединенных Наций об изменении климата")
                .contains("unts-30822"));
        // a title of more than eight words, in the genitive
        assertTrue(keys("ru", "осуществление Конвенции Организации Объединенных Наций по борьбе с опустыниванием в тех"
                + " странах, которые испытывают серьезную засуху и/или опустынивание, особенно в Африке;")
                .contains("unts-33480"));
    }

    @Test
    void arabicWithClitics() {
        assertEquals("واتفاقية حقوق الطفل".substring(1), surface("ar", "وإذ تشير إلى العهد الدولي واتفاقية حقوق الطفل",
                "unts-27531").replaceFirst("^و", ""));
        assertTrue(keys("ar", "وإذ تشير إلى اتفاقية الأمم المتحدة لقانون البحار").contains("unts-31363"));
        assertTrue(keys("ar", "بنظام روما الأساسي للمحكمة الجنائية الدولية").contains("unts-38544"));
    }
}
