package org.unkg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.unkg.TestReference;
import org.unkg.model.AgendaItem;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Paragraph;
import org.unkg.reference.ReferenceData;

/** The French and Spanish profiles: each rule on inline text, and a whole resolution per language. */
class LatinProfilesTest {
    private static final ReferenceData REF = TestReference.load();
    private final TextStructurer s = new TextStructurer(REF, UnaryOperator.identity());

    @Test
    void sessionOrdinalsInWords() {
        Profile fr = Profile.load("fr");
        Profile es = Profile.load("es");
        assertEquals(79, fr.number("Soixante-dix-neuvième"));
        assertEquals(71, fr.number("Soixante et onzième"));
        assertEquals(80, fr.number("Quatre-vingtième"));
        assertEquals(90, fr.number("Quatre-vingt-dixième"));
        assertEquals(1, fr.number("Première"));
        assertNull(fr.number("Extraordinaire"));
        assertEquals(79, es.number("Septuagésimo noveno"));
        assertEquals(10, es.number("Décimo"));
        assertEquals(81, es.number("Octogésimo primer"));
        // English is unchanged by the data-driven multipliers
        assertEquals(100, Profile.load("en").number("Hundredth"));
        assertEquals(21, Profile.load("en").number("Twenty-first"));
    }

    @Test
    void sessionLinesAreOnlyWholeCapitalizedLines() {
        Profile fr = Profile.load("fr");
        assertTrue(fr.match("session", "Soixante-dix-neuvième session").isPresent());
        assertFalse(fr.match("session", "à sa soixante-dix-neuvième session").isPresent());
        assertTrue(Profile.load("es").match("session", "Septuagésimo noveno período de sesiones").isPresent());
        assertFalse(Profile.load("es").match("session", "en su septuagésimo noveno período de sesiones").isPresent());
    }

    @Test
    void datesWithFirstOfMonthAndSpanishDe() {
        assertEquals(Optional.of(LocalDate.of(2024, 12, 1)), Profile.load("fr").date("le 1er décembre 2024"));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 14)), Profile.load("fr").dateLine("14 février 2025"));
        assertEquals(Optional.of(LocalDate.of(2024, 12, 4)), Profile.load("es").dateLine("4 de diciembre de 2024"));
        assertEquals(Optional.empty(), Profile.load("es").dateLine("4 diciembre 2024"));
    }

    @Test
    void mastheadNamesArePageFurnitureBesideTheSharedOnes() {
        Profile fr = Profile.load("fr");
        assertTrue(fr.match("furniture", "Nations Unies   A/RES/79/108").isPresent());
        assertTrue(fr.match("furniture", "Assemblée générale").isPresent());
        assertTrue(fr.match("furniture", "24-23530 (F)").isPresent()); // common.properties still applies
        assertFalse(Profile.load("en").match("furniture", "Assemblée générale").isPresent());
    }

    @Test
    void latinScriptLanguagesAreToldApartByTheirWords() {
        assertEquals("fr", s.language("L’Assemblée générale, Rappelant sa résolution 73/338 du 12 septembre 2019 et "
                + "les résolutions qui ont suivi,", null));
        assertEquals("es", s.language("La Asamblea General, Recordando su resolución 73/338, de 12 de septiembre de "
                + "2019, y las resoluciones posteriores,", null));
        assertEquals("en", s.language("The General Assembly, Recalling its resolution 73/338 of 12 September 2019", null));
        assertEquals("zh", s.language("大会， 回顾其 2019 年 9 月 12 日第 73/338 号决议", null));
    }

    /** A cover page whose agenda item title wraps as {@code titleLines}. */
    private DocumentRecord frenchCover(String... titleLines) {
        List<String> lines = new java.util.ArrayList<>(List.of("Nations Unies   A/RES/79/4", "", "Assemblée générale",
                "Distr. générale", "17 octobre 2024", "", "24-19073 (F)", "*2419073*", "",
                "Soixante-dix-neuvième session", "Point 89 de l’ordre du jour"));
        lines.addAll(List.of(titleLines));
        lines.addAll(List.of("", "Résolution adoptée par l’Assemblée générale le 15 octobre 2024", "",
                "[sans renvoi à une grande commission (A/79/L.7)]", "", "79/4. Un titre", "", "L’Assemblée générale,", "",
                "Rappelant sa résolution 78/3 et la coopération sous-régionale,", "", "1. Prend acte du rapport ;", "",
                "30e séance plénière", "15 octobre 2024"));
        return s.structure(String.join("\n", lines), "x.txt");
    }

    @Test
    void anAgendaItemTitledReportIsNoReport() {
        DocumentRecord d = frenchCover("Rapport de l’Agence internationale de l’énergie", "atomique");
        assertEquals(DocType.RESOLUTION, d.type());
        assertEquals(List.of(new AgendaItem("89", "Rapport de l’Agence internationale de l’énergie atomique")),
                d.agendaItems());
    }

    @Test
    void aTitleWrappedBeforeTheMastheadNameKeepsIt() {
        DocumentRecord d = frenchCover("Examen de l’efficacité du fonctionnement", "administratif et financier de l’Organisation des",
                "Nations Unies");
        assertEquals("Examen de l’efficacité du fonctionnement administratif et financier de l’Organisation des "
                + "Nations Unies", d.agendaItems().get(0).title());
    }

    @Test
    void compoundsBrokenAtTheirHyphenKeepIt() {
        // "sous-régional" is printed unbroken in the body: the break after "sous-" is the compound's own hyphen
        DocumentRecord d = frenchCover("Maîtrise des armes classiques aux niveaux régional et sous-", "régional",
                "au Moyen-", "Orient (2018-", "2027)");
        assertEquals("Maîtrise des armes classiques aux niveaux régional et sous-régional au Moyen-Orient (2018-2027)",
                d.agendaItems().get(0).title());
    }

    @Test
    void frenchResolutionAsAPdfPrintsIt() {
        DocumentRecord d = s.structure(String.join("\n", "Nations Unies   A/RES/79/108", "", "Assemblée générale",
                "Distr. générale", "12 décembre 2024", "", "24-23530 (F)", "*2423530*", "",
                "Soixante-dix-neuvième session", "Points 13 et 75 a) de l’ordre du jour",
                "Application de la Déclaration", "",
                "Résolution adoptée par l’Assemblée générale le 4 décembre 2024", "",
                "[sur la base du rapport de la Commission des questions politiques spéciales et",
                "de la décolonisation (Quatrième Commission) (A/79/431)]", "",
                "79/108. Question de Pitcairn", "", "L’Assemblée générale,", "",
                "Ayant examiné la question de Pitcairn,1", "",
                "Rappelant que toutes les formules possibles d’autodétermination sont",
                "valables,", "",
                "1. Se déclare fermement opposée à toute mesure ;", "",
                "2. Remercie chaleureusement le Secrétaire général de son rapport ;", "",
                "__________________", "1 A/79/23.", "",
                "47e séance plénière", "4 décembre 2024"), "x.txt");
        assertEquals("fr", d.language());
        assertEquals("A/RES/79/108", d.symbol());
        assertEquals(DocType.RESOLUTION, d.type());
        assertEquals("Question de Pitcairn", d.title());
        assertEquals(79, d.session());
        assertEquals(List.of(new AgendaItem("13", "Application de la Déclaration"),
                new AgendaItem("75(a)", "Application de la Déclaration")), d.agendaItems());
        assertEquals(LocalDate.of(2024, 12, 12), d.distributionDate());
        assertEquals(LocalDate.of(2024, 12, 4), d.adoptionDate());
        assertEquals("Fourth Committee", d.committee());
        assertEquals(List.of("A/79/431"), d.reports());
        assertEquals(47, d.meeting());
        assertEquals(List.of("Ayant examiné", "Rappelant"), d.preamble().stream().map(Paragraph::verb).toList());
        assertEquals("Rappelant que toutes les formules possibles d’autodétermination sont valables,",
                d.preamble().get(1).text());
        // a copula takes its attribute, as the XML's italics do ("Se déclare vivement préoccupée": 70 of 70)
        assertEquals(List.of("Se déclare fermement opposée", "Remercie chaleureusement"),
                d.operative().stream().map(Paragraph::verb).toList());
        assertEquals(List.of(new Footnote("1", "A/79/23.", "preamble/1", List.of())), d.footnotes());
    }

    @Test
    void spanishResolutionAsAPdfPrintsIt() {
        DocumentRecord d = s.structure(String.join("\n", "Naciones Unidas   A/RES/79/10", "", "Asamblea General",
                "Distr. general", "19 de noviembre de 2024", "", "24-21660 (S)", "*2421660*", "",
                "Septuagésimo noveno período de sesiones", "Tema 125 t) del programa", "Cooperación", "",
                "Resolución aprobada por la Asamblea General el 18 de noviembre de 2024", "",
                "[sin remisión previa a una Comisión Principal (A/79/L.11)]", "",
                "79/10. Cooperación entre las Naciones Unidas y la Organización del Tratado de",
                "Seguridad Colectiva", "", "La Asamblea General,", "",
                "Recordando su resolución 59/50, de 2 de diciembre de 2004,", "",
                "1. Reconoce con profunda preocupación la situación;", "",
                "2. Decide incluir el tema en el programa provisional de su octogésimo período", "de sesiones.", "",
                "43a sesión plenaria", "18 de noviembre de 2024"), "x.txt");
        assertEquals("es", d.language());
        assertEquals("A/RES/79/10", d.symbol());
        assertEquals("Cooperación entre las Naciones Unidas y la Organización del Tratado de Seguridad Colectiva",
                d.title());
        assertEquals(79, d.session());
        assertEquals(List.of(new AgendaItem("125(t)", "Cooperación")), d.agendaItems());
        assertEquals(LocalDate.of(2024, 11, 18), d.adoptionDate());
        assertEquals(LocalDate.of(2024, 11, 19), d.distributionDate());
        assertEquals(Boolean.TRUE, d.withoutMainCommittee());
        assertEquals(List.of("A/79/L.11"), d.drafts());
        assertEquals(43, d.meeting());
        assertEquals("Recordando", d.preamble().get(0).verb());
        assertEquals(List.of("Reconoce con profunda preocupación", "Decide"),
                d.operative().stream().map(Paragraph::verb).toList());
        assertEquals(2, d.operative().size());
    }
}
