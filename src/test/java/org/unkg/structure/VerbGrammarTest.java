package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.unkg.rdf.Iris;
import org.unkg.reference.ReferenceData;

/**
 * The verb finder's per-language grammar: Arabic vowel marks and clitics on known verbs, the
 * Russian and Arabic patterns, French and Spanish copulas, objects, commas and closed-class words.
 * Each finder uses a small hand-made lexicon (or none), so the grammar, not verbs.ttl, decides.
 */
class VerbGrammarTest {
    private static final ReferenceData BASE = ReferenceData.load();

    /** A finder whose lexicon is exactly the given verbs (scheme "preambular" or "operative" per entry). */
    private static VerbFinder finder(String lang, String... schemeAndVerb) {
        Model m = ModelFactory.createDefaultModel();
        String base = Iris.defaults().base();
        for (int i = 0; i < schemeAndVerb.length; i += 2) {
            Resource c = m.createResource(base + "verb/" + lang + "/t" + i);
            c.addProperty(RDF.type, SKOS.Concept);
            c.addProperty(SKOS.prefLabel, m.createLiteral(schemeAndVerb[i + 1], lang));
            c.addProperty(SKOS.inScheme, m.createResource(base + "verbs/" + schemeAndVerb[i]));
        }
        return new VerbFinder(Profile.load(lang), BASE.withVerbs(m));
    }

    @Test
    void arabicKnownVerbsMatchWithVowelMarksAndWithoutTheirClitic() {
        VerbFinder v = finder("ar", "preambular", "وإذ تؤكد مجددا", "preambular", "وإذ تسلم");
        // the tanween printed on the last letter belongs to the verb, not to the next word
        assertEquals("وإذ تؤكد مجدداً", v.find(null, "وإذ تؤكد مجدداً أهمية القرار،", false));
        // a shadda inside the word does not stop the match
        assertEquals("وإذ تسلّم", v.find(null, "وإذ تسلّم بأن التنمية", false));
        // the first paragraph has no "و": the known "وإذ ..." still matches
        assertEquals("إذ تؤكد مجدداً", v.find(null, "إذ تؤكد مجدداً أهمية القرار", false));
    }

    @Test
    void arabicPatternsTakeIdhWithAVerbOrAnAdverbialWithMinha() {
        VerbFinder v = finder("ar");
        assertEquals("وإذ تستحضر", v.find(null, "وإذ تستحضر الإعلان العالمي لحقوق الإنسان،", false));
        assertEquals("وإذ تعرب عن شديد قلقها", v.find(null, "وإذ تعرب عن شديد قلقها إزاء الحالة،", false));
        assertEquals("واعتقادا منها", v.find(null, "واعتقادا منها بأن السلام ضروري،", false));
        assertEquals("تحيل", v.find(null, "تحيل التقرير إلى اللجنة؛", true));
        assertNull(v.find(null, "الجمعية العامة هي الجهاز", false));
    }

    @Test
    void arabicKnownVerbsGoOnWithAdverbsAndMaa() {
        VerbFinder v = finder("ar", "preambular", "وإذ تحيط علما", "operative", "تدعو");
        assertEquals("وإذ تحيط علما مع بالغ القلق", v.find(null, "وإذ تحيط علما مع بالغ القلق بأن", false));
        assertEquals("تدعو أيضاً", v.find(null, "تدعو أيضاً جميع الدول", true));
        assertEquals("تدعو", v.find(null, "تدعو، في هذا الصدد", true));
        // "في هذا الصدد" stays out (the XML leaves it after the italic span); an attached preposition ends "مع ..."
        assertEquals("وإذ تحيط علما", v.find(null, "وإذ تحيط علما في هذا الصدد بالتقرير", false));
        assertEquals("وإذ تحيط علما مع الارتياح", v.find(null, "وإذ تحيط علما مع الارتياح بالجهود المبذولة", false));
    }

    @Test
    void russianKnownVerbsTakeTheirTail() {
        VerbFinder v = finder("ru", "preambular", "отмечая", "preambular", "выражая", "operative", "отмечает");
        assertEquals("отмечая с глубокой озабоченностью", v.find(null, "отмечая с глубокой озабоченностью, что", false));
        assertEquals("выражая также глубокую обеспокоенность",
                v.find(null, "выражая также глубокую обеспокоенность положением", false));
        assertEquals("отмечая также", v.find(null, "отмечая также доклад", false));
        // an operative verb does not take "с ..." (the XML mostly leaves it out)
        assertEquals("отмечает", v.find(null, "отмечает с удовлетворением работу", true));
    }

    @Test
    void russianPatternsTakeAGerundOrAThirdPersonVerbWithItsAdverbsAndInstrumental() {
        VerbFinder v = finder("ru");
        assertEquals("с глубокой обеспокоенностью отмечая",
                v.find(null, "с глубокой обеспокоенностью отмечая, что положение ухудшилось,", false));
        assertEquals("торжественно провозглашая", v.find(null, "торжественно провозглашая следующее,", false));
        assertEquals("будучи глубоко убеждена", v.find(null, "будучи глубоко убеждена в том, что", false));
        assertEquals("ссылаясь также", v.find(null, "ссылаясь также на свою резолюцию 78/1,", false));
        assertEquals("настоятельно призывает", v.find(null, "настоятельно призывает все государства", true));
        assertEquals("с уважением отмечает", v.find(null, "с уважением отмечает работу Комитета;", true));
        // a noun or pronoun ending like a gerund opens no verb
        assertNull(v.find(null, "включая крайнюю нищету, является", false));
        assertNull(v.find(null, "Генеральный секретарь представит доклад", true));
    }

    @Test
    void frenchAndSpanishCopulasObjectsCommasAndClosedClassWords() {
        VerbFinder fr = finder("fr", "operative", "Réaffirme");
        assertEquals("Se déclare vivement préoccupée", fr.find(null, "Se déclare vivement préoccupée par la situation;", true));
        assertEquals("Exprime sa profonde gratitude", fr.find(null, "Exprime sa profonde gratitude au Gouvernement;", true));
        assertEquals("Réaffirme", fr.find(null, "Réaffirme, à cet égard, son engagement;", true));
        assertEquals("Décide", fr.find(null, "Décide conformément à la résolution 70/1;", true));
        assertNull(fr.find(null, "Les États Membres sont invités à agir;", true));
        VerbFinder es = finder("es", "operative", "Reafirma");
        assertEquals("Expresa su profunda preocupación", es.find(null, "Expresa su profunda preocupación por la situación;", true));
        assertEquals("Sigue profundamente preocupada", es.find(null, "Sigue profundamente preocupada por la violencia;", true));
        assertEquals("Reafirma", es.find(null, "Reafirma, a este respecto, su compromiso;", true));
        assertEquals("Reafirma", es.find(null, "Reafirma a este respecto su compromiso;", true));
    }

    @Test
    void frenchAndSpanishStanceObjectsCoordinationAndAdverbHeads() {
        VerbFinder fr = finder("fr", "operative", "Renouvelle", "operative", "Regrette", "operative", "Déplore",
                "preambular", "Évoquant");
        // a possessive + stance noun is the verb's own object, whatever the head
        assertEquals("Renouvelle son profond attachement", fr.find(null, "Renouvelle son profond attachement au dialogue;", true));
        // a possessive + a document is not
        assertEquals("Renouvelle", fr.find(null, "Renouvelle sa résolution sur le dialogue;", true));
        // a second verb after "et": known, or by its participle ending
        assertEquals("Regrette et déplore", fr.find(null, "Regrette et déplore les retards;", true));
        assertEquals("Évoquant et saluant", fr.find(null, "Évoquant et saluant les efforts des parties,", false));
        assertEquals("Évoquant", fr.find(null, "Évoquant les efforts et la volonté des parties,", false));
        // a copula takes its attribute after a fixed phrase and an adverb
        assertEquals("Se dit une fois de plus vivement inquiète",
                fr.find(null, "Se dit une fois de plus vivement inquiète de la situation;", true));
        VerbFinder es = finder("es", "operative", "Reitera", "preambular", "Manifestando", "preambular", "Gravemente");
        assertEquals("Reitera su decidido apoyo", es.find(null, "Reitera su decidido apoyo a la misión;", true));
        assertEquals("Reitera", es.find(null, "Reitera su informe anual;", true));
        // a verb of expression takes a stance noun without a possessive, and "también" after it
        assertEquals("Expresando honda preocupación también",
                es.find(null, "Expresando honda preocupación también por los hechos,", false));
        // "y" + a word that is neither a known verb nor a gerund is no second verb
        assertEquals("Reitera", es.find(null, "Reitera y amplía su mandato;", true));
        assertEquals("Manifestando y reiterando", es.find(null, "Manifestando y reiterando que la paz es posible,", false));
        // an auxiliary takes its participle, a verb of judgement its predicate, a light verb its bare noun
        assertEquals("Habiendo estudiado", es.find(null, "Habiendo estudiado el informe del Secretario General,", false));
        assertEquals("Considera indispensable", es.find(null, "Considera indispensable que los Estados cooperen;", true));
        assertEquals("Considera", es.find(null, "Considera que los Estados deben cooperar;", true));
        assertEquals("Haciendo hincapié", es.find(null, "Haciendo hincapié en la cooperación,", false));
        // a learned adverb alone does not stop before the participle it modifies
        assertEquals("Gravemente alarmada", es.find(null, "Gravemente alarmada por los ataques,", false));
    }

    @Test
    void russianAndArabicStanceObjectsAndSecondVerbs() {
        VerbFinder ru = finder("ru", "preambular", "подтверждая", "preambular", "признавая", "operative", "подтверждает",
                "operative", "выражает");
        assertEquals("выражает тревогу", ru.find(null, "выражает тревогу по поводу использования сетей;", true));
        assertEquals("подтверждая свою неизменную приверженность",
                ru.find(null, "подтверждая свою неизменную приверженность делу мира,", false));
        assertEquals("подтверждая", ru.find(null, "подтверждая свою резолюцию 70/1,", false));
        assertEquals("признавая и приветствуя", ru.find(null, "признавая и приветствуя усилия сторон,", false));
        assertEquals("подтверждает свою решимость", ru.find(null, "подтверждает свою решимость содействовать миру;", true));
        VerbFinder ar = finder("ar", "preambular", "وإذ تجدد", "preambular", "وإذ تعرب عن");
        assertEquals("وإذ تجدد التزامها الثابت", ar.find(null, "وإذ تجدد التزامها الثابت بالسلام،", false));
        assertEquals("وإذ تجدد", ar.find(null, "وإذ تجدد ولاية المقرر الخاص،", false));
        assertEquals("وإذ تعرب عن قلقها الشديد", ar.find(null, "وإذ تعرب عن قلقها الشديد إزاء العنف،", false));
        assertEquals("وإذ تجدد وتوسع", ar.find(null, "وإذ تجدد وتوسع ولاية الفريق،", false));
    }

    @Test
    void cliticsAreAddedAndTakenOff() {
        assertEquals(List.of("وإذ تشير", "إذ تشير", "وتقرر", "تقرر"),
                VerbFinder.withClitics(List.of("وإذ تشير", "تقرر"), List.of("و")));
        assertEquals(List.of("Decides"), VerbFinder.withClitics(List.of("Decides"), List.of()));
    }
}
