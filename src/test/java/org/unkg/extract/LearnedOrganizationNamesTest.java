package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.learn.LabelTable;
import org.unkg.reference.ReferenceData;

/**
 * The reviewed organization names learned from the aligned language versions
 * ({@code ontology/reference/sources/organization-labels.tsv}, issue #7): every reviewed row is in
 * the reference data, and French, Spanish, Russian and Arabic paragraphs naming a body (declined,
 * with a clitic) are found.
 */
class LearnedOrganizationNamesTest {
    private static final Path REFERENCE = Path.of("ontology/reference");
    private static ReferenceData ref;
    private static OrganizationExtractor orgs;

    @BeforeAll
    static void load() {
        ref = ReferenceData.load(REFERENCE);
        orgs = new OrganizationExtractor(ref);
    }

    private static List<String> keys(String lang, String text) {
        return TestDocs.keys(orgs.extract(TestDocs.para(lang, text)));
    }

    @Test
    void everyReviewedRowIsAName() {
        List<Map<String, String>> rows = LabelTable.read(REFERENCE.resolve("sources/organization-labels.tsv"));
        assertTrue(rows.size() > 200, "rows: " + rows.size());
        List<String> missing = new ArrayList<>();
        for (Map<String, String> r : rows) {
            assertEquals("yes", r.get("reviewed"), r.toString());
            if (!ref.orgKey(r.get("label"), r.get("lang")).filter(r.get("key")::equals).isPresent()) {
                missing.add(r.get("lang") + " " + r.get("label"));
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void frenchAndSpanishParagraphsNameTheBody() {
        assertEquals(List.of("who"), keys("fr", "Invite l’Organisation mondiale de la Santé à coopérer"));
        assertEquals(List.of("ecowas"), keys("fr",
                "Se félicite du rôle de la Communauté économique des États de l’Afrique de l’Ouest"));
        assertEquals(List.of(), keys("fr", "Note la situation en Afrique de l’Ouest"));
        assertEquals(List.of("who"), keys("es", "Invita a la Organización Mundial de la Salud a cooperar"));
        // the United Nations inside the name is a nested mention, as in English
        assertEquals(List.of("unep", "un"), keys("es", "Solicita al Programa de las Naciones Unidas para el Medio Ambiente"));
    }

    @Test
    void russianParagraphsNameTheBodyInAnyCase() {
        assertEquals(List.of("who"), keys("ru", "принимает к сведению доклад Всемирной организации здравоохранения"));
        assertEquals(List.of("coe"), keys("ru", "в сотрудничестве с Советом Европы"));
        assertEquals(List.of("oda"), keys("ru", "просит Управление по вопросам разоружения"));
        assertEquals(List.of("oda"), keys("ru", "при поддержке Управления по вопросам разоружения"));
    }

    @Test
    void arabicParagraphsNameTheBodyBehindClitics() {
        assertEquals(List.of("who"), keys("ar", "تطلب إلى منظمة الصحة العالمية أن تقدم تقريرا"));
        assertEquals(List.of("who"), keys("ar", "تشيد بالدعم المقدم لمنظمة الصحة العالمية"));
        assertEquals(List.of("eca"), keys("ar", "وتدعو اللجنة الاقتصادية لأفريقيا واللجنة"));
        assertTrue(keys("ar", "تحيل التقرير للجنة السادسة").contains("sixth-committee"), "ل + اللجنة is written للجنة");
    }
}
