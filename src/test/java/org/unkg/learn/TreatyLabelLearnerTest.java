package org.unkg.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unkg.reference.ReferenceData;

/** The learner's phrase rules and its choice of names, on paragraphs written inline. */
class TreatyLabelLearnerTest {
    private static List<String> surfaces(String lang, String text) {
        return TreatyPhrases.forLanguage(lang).find(text).stream().map(TreatyPhrases.Phrase::surface).toList();
    }

    @Test
    void frenchTitleStopsBeforeItsDateAndClause() {
        List<String> s = surfaces("fr", "Rappelant la Convention des Nations Unies sur le droit de la mer du"
                + " 10 décembre 1982, et la Convention-cadre des Nations Unies sur les changements climatiques;");
        assertTrue(s.contains("Convention des Nations Unies sur le droit de la mer"), s.toString());
        assertTrue(s.contains("Convention-cadre des Nations Unies sur les changements climatiques"), s.toString());
        assertTrue(s.stream().noneMatch(x -> x.contains("décembre") || x.endsWith(" de") || x.endsWith(" la")), s.toString());
        assertFalse(s.contains("la Convention"), s.toString());
    }

    @Test
    void russianTitleKeepsItsAdjectiveAndCasesShareOneKey() {
        TreatyPhrases ru = TreatyPhrases.forLanguage("ru");
        List<String> s = surfaces("ru", "Ссылаясь на Международный пакт о гражданских и политических правах;");
        assertTrue(s.contains("Международный пакт о гражданских и политических правах"), s.toString());
        assertTrue(s.stream().noneMatch(x -> x.startsWith("Ссылаясь")), s.toString());
        assertEquals(ru.key("Конвенции о правах ребенка"), ru.key("Конвенцию о правах ребенка"));
        assertEquals(ru.key("Договора о торговле оружием"), ru.key("Договор о торговле оружием"));
    }

    @Test
    void arabicTitleWithoutItsGluedClitics() {
        List<String> s = surfaces("ar", "وإذ تشير إلى اتفاقية حقوق الطفل واتفاقية التنوع البيولوجي المؤرخة 5 حزيران/يونيه 1992");
        assertTrue(s.contains("اتفاقية حقوق الطفل"), s.toString());
        assertTrue(s.contains("اتفاقية التنوع البيولوجي"), s.toString());
        assertTrue(s.stream().noneMatch(x -> x.contains("المؤرخة")), s.toString());
        assertTrue(surfaces("ar", "للاتفاقية الدولية لقمع أعمال الإرهاب النووي").contains(
                "الاتفاقية الدولية لقمع أعمال الإرهاب النووي"));
    }

    @Test
    void aCandidateRunningIntoAListIsNone() {
        TreatyPhrases fr = TreatyPhrases.forLanguage("fr");
        assertTrue(fr.isList(fr.key("Convention relative aux droits de l’enfant, la Convention")));
        assertTrue(fr.isList(fr.key("Convention sur la diversité biologique et la Convention des Nations Unies")));
        assertFalse(fr.isList(fr.key("Protocole facultatif se rapportant à la Convention relative aux droits de l’enfant")));
    }

    @Test
    void theNamePrintedWhereTheEnglishNamesTheTreatyIsLearned() {
        TreatyLabelLearner l = new TreatyLabelLearner(ReferenceData.load());
        for (int i = 0; i < 3; i++) {
            l.add("es", "A_RES_1_" + i, Map.of("preamble/1", Set.of("cbd"), "preamble/2", Set.of("cbd", "crc")),
                    Map.of("preamble/1", "Recordando el Convenio sobre la Diversidad Biológica de 1992,",
                            "preamble/2", "Recordando el Convenio sobre la Diversidad Biológica y la Convención sobre"
                                    + " los Derechos del Niño,",
                            "preamble/3", "Observando la Convención sobre el Derecho del Mar,"));
        }
        List<TreatyLabelLearner.Label> labels = l.labels();
        TreatyLabelLearner.Label cbd = labels.stream().filter(x -> x.key().equals("cbd") && x.role().equals("pref"))
                .findFirst().orElseThrow();
        assertEquals("Convenio sobre la Diversidad Biológica", cbd.label());
        assertEquals(6, cbd.evidence());
        // printed with the Convention on Biological Diversity as often as with the other: owned by neither
        assertTrue(labels.stream().noneMatch(x -> x.key().equals("crc")), labels.toString());
        assertTrue(labels.stream().noneMatch(x -> x.label().contains("Derecho del Mar")), labels.toString());
    }
}
