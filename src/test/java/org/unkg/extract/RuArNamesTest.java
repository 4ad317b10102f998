package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.TestReference;
import org.unkg.model.Mention;

/** Russian case endings and Arabic clitics in State names, from names-ru/ar.properties. */
class RuArNamesTest {
    private static StateExtractor states;

    @BeforeAll
    static void load() {
        states = new StateExtractor(TestReference.load());
    }

    private static List<String> keys(String lang, String text) {
        return TestDocs.keys(states.extract(TestDocs.para(lang, text)));
    }

    @Test
    void russianCasesOfAdjectiveAndNounNames() {
        Set<String> f = NameForms.forLanguage("ru").forms("Российская Федерация");
        assertTrue(f.containsAll(Set.of("Российской Федерации", "Российскую Федерацию", "Российской Федерацией")), f::toString);
        Set<String> k = NameForms.forLanguage("ru").forms("Казахстан");
        assertTrue(k.containsAll(Set.of("Казахстана", "Казахстану", "Казахстаном", "Казахстане")), k::toString);
        Set<String> r = NameForms.forLanguage("ru").forms("Республика Молдова");
        assertTrue(r.contains("Республики Молдова"), r::toString); // the complement keeps its case
        assertEquals(Set.of("Перу"), NameForms.forLanguage("ru").forms("Перу").stream()
                .filter(x -> x.equals("Перу")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void russianTextFindsDeclinedStates() {
        assertEquals(List.of("rus", "kaz"), keys("ru", "призывает Российскую Федерацию и Казахстан продолжать"));
        assertEquals(List.of("rus", "kaz"), keys("ru", "в Российской Федерации и в Казахстане"));
        assertEquals(List.of("gbr"), keys("ru",
                "правительство Соединенного Королевства Великобритании и Северной Ирландии"));
        assertEquals(List.of(), keys("ru", "казахстанский опыт")); // not a State, not capitalised
    }

    @Test
    void arabicTextFindsStatesBehindClitics() {
        assertEquals(List.of("kaz", "rus"), keys("ar", "وإذ ترحب بمبادرة كازاخستان والاتحاد الروسي"));
        assertEquals(List.of("kaz"), keys("ar", "تدعو وكازاخستان"));
        assertEquals(List.of("rus"), keys("ar", "بالاتحاد الروسي"));
        assertEquals(List.of(), keys("ar", "والتكازاخستان")); // "والت" is no clitic
        Mention m = (Mention) states.extract(TestDocs.para("ar", "تدعو وكازاخستان")).get(0);
        assertEquals("كازاخستان", m.span().surface()); // the span is the name, without the clitic
    }

    @Test
    void arabicArticleAfterLamIsWrittenLamLam() {
        assertTrue(NameForms.forLanguage("ar").forms("المملكة المتحدة").contains("للمملكة المتحدة"));
        assertEquals(List.of(), NameForms.forLanguage("en").prefixes());
    }
}
