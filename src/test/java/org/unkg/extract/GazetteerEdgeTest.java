package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The tests a gazetteer hit must pass where it stands: case, word edges, document symbols, capitals. */
class GazetteerEdgeTest {
    private static List<String> surfaces(Gazetteer g, String text) {
        return g.find(text, false).stream().map(m -> m.key() + "@" + m.start()).toList();
    }

    private static Gazetteer gazetteer() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("HRC", "hrc");
        names.put("Niger", "ner");
        names.put("大会", "ga");
        return new Gazetteer(names);
    }

    @Test
    void aNameInsideADocumentSymbolIsNotFound() {
        Gazetteer g = gazetteer();
        // a token with a slash next to the name and a digit: a symbol
        assertEquals(List.of(), surfaces(g, "see A/HRC/52/1 now"));
        assertEquals(List.of(), surfaces(g, "see HRC/52 now"));
        // a slash but no digit in the token, or a digit but no slash next to the name: a name
        assertEquals(List.of("hrc@4"), surfaces(g, "see HRC/the note"));
        assertEquals(List.of("hrc@4"), surfaces(g, "see HRC-52/1 now"));
        // the digit must be in the token, which ends at a space
        assertEquals(List.of("hrc@6"), surfaces(g, "see x/HRC/y 1"));
        assertEquals(List.of(), surfaces(g, "see x/HRC/y1 1"));
        // names of unspaced scripts have no word edges: the symbol test does not apply
        assertEquals(List.of("ga@1"), surfaces(g, "见大会/70/1号决议"));
    }

    @Test
    void caseAndWordEdges() {
        Gazetteer g = gazetteer();
        assertEquals(List.of(), surfaces(g, "the hrc and the niger"));
        assertEquals(List.of("ner@4"), surfaces(g, "the Niger and Nigeria"));
        // an acronym between words in capitals is part of a capitalized name
        assertEquals(List.of(), surfaces(g, "THE HRC REPORT"));
        assertEquals(List.of("hrc@4"), surfaces(g, "The HRC report"));
    }
}
