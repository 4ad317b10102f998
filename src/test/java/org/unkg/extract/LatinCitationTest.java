package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.unkg.extract.TestDocs.citations;
import static org.unkg.extract.TestDocs.symbols;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unkg.model.Citation;

/** French and Spanish citation grammars (citations-fr/es.properties), on inline strings. */
class LatinCitationTest {
    @Test
    void frenchResolutionWithDateAndList() {
        List<Citation> c = citations("fr", "Rappelant sa résolution 73/338 du 12 septembre 2019, par laquelle");
        assertEquals(List.of("A/RES/73/338"), symbols(c));
        assertEquals("2019-09-12", c.get(0).date());
        assertEquals("résolution 73/338 du 12 septembre 2019", c.get(0).span().surface());
        List<Citation> l = citations("fr", "ses résolutions 64/256 du 2 mars 2010, 65/122 du 1er décembre 2010 et 67/6");
        assertEquals(List.of("A/RES/64/256", "A/RES/65/122", "A/RES/67/6"), symbols(l));
        assertEquals("2010-12-01", l.get(1).date());
    }

    @Test
    void frenchLettersBodiesAndParts() {
        assertEquals(List.of("A/RES/53/243A", "A/RES/53/243B"), symbols(citations("fr", "résolutions 53/243 A et B")));
        assertEquals(List.of("A/RES/47/52J", "A/RES/48/75I"),
                symbols(citations("fr", "ses résolutions 47/52 J du 9 décembre 1992, 48/75 I du 16 décembre 1993,")));
        assertEquals(List.of("A/HRC/RES/51/35"),
                symbols(citations("fr", "la résolution 51/35 du Conseil des droits de l’homme, en date")));
        assertEquals(List.of("A/HRC/RES/44/20"),
                symbols(citations("fr", "la résolution 44/20 du 17 juillet 2020 du Conseil des droits de l'homme")));
        Citation annex = citations("fr", "Résolution 49/57, annexe.").get(0);
        assertEquals("annex", annex.part());
        assertEquals(List.of("A/DEC/78/555"), symbols(citations("fr", "sa décision 78/555 du 22 décembre 2023")));
    }

    @Test
    void spanishResolutionWithCommaDates() {
        List<Citation> c = citations("es", "su resolución 59/50, de 2 de diciembre de 2004, en la que");
        assertEquals(List.of("A/RES/59/50"), symbols(c));
        assertEquals("2004-12-02", c.get(0).date());
        assertEquals(List.of("A/RES/74/147", "A/RES/76/169", "A/RES/78/102"), symbols(citations("es",
                "sus resoluciones 74/147, de 18 de diciembre de 2019, 76/169, de 16 de diciembre de 2021, y 78/102")));
    }

    @Test
    void spanishCouncilBetweenKeywordAndNumber() {
        assertEquals(List.of("A/HRC/RES/44/20", "A/HRC/RES/47/21"), symbols(citations("es",
                "las resoluciones del Consejo de Derechos Humanos 44/20, de 17 de julio de 2020, y 47/21")));
        assertEquals(List.of("S/RES/1368(2001)"),
                symbols(citations("es", "las resoluciones del Consejo de Seguridad 1368 (2001), de 12 de septiembre")));
        assertEquals(List.of("A/HRC/RES/51/35"),
                symbols(citations("es", "la resolución 51/35 del Consejo de Derechos Humanos")));
        assertEquals(List.of("A/RES/46/182"), symbols(citations("es", "la resolución 46/182 de la Asamblea General")));
    }

    @Test
    void symbolsWithSectionsAndVolumes() {
        assertEquals(List.of("A/79/6(Sect.3)"), symbols(citations("fr", "le projet de budget (A/79/6 (Sect. 3)).")));
        assertEquals(List.of("NPT/CONF.2010/50(Vol.I)"), symbols(citations("es", "(NPT/CONF.2010/50 (Vol. I), y")));
    }
}
