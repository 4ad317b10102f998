package org.unkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.unkg.SharedData;

class GoldLoaderTest {
    @Test
    void readsTheSharedGoldOfA79_5() {
        Facts g = GoldLoader.load(SharedData.require("gold/004_9303243878ae590c.json"));
        assertEquals("004_9303243878ae590c.txt", g.file());
        assertEquals("en", g.language());
        assertEquals("A/RES/79/5", g.scalar(Fields.SYMBOL));
        assertEquals("resolution", g.scalar(Fields.TYPE));
        assertEquals("79", g.scalar(Fields.SESSION));
        assertEquals("25", g.scalar(Fields.PLENARY_MEETING));
        assertEquals("2024-10-24", g.scalar(Fields.ADOPTION_DATE));
        assertNull(g.scalar(Fields.DOCUMENT_DATE));
        assertNull(g.scalar(Fields.COMMITTEE));
        assertEquals("true", g.scalar(Fields.WITHOUT_MAIN_COMMITTEE));
        assertEquals(14, g.count(Fields.PREAMBULAR_PARAGRAPHS));
        assertEquals(14, g.count(Fields.OPERATIVE_PARAGRAPHS));
        List<Item> pv = g.sets().get(Fields.PREAMBULAR_VERBS);
        assertEquals(14, pv.size());
        assertEquals("PP9", pv.get(8).slot());
        assertEquals("Recognizing also", pv.get(8).label());
        assertTrue(g.sets().get(Fields.OPERATIVE_VERBS).get(1).keys().contains("OP2|also welcomes"));
        assertEquals(7, g.sets().get(Fields.FOOTNOTES).size());
        assertTrue(g.sets().get(Fields.FOOTNOTE_ATTACHMENT).get(6).keys().contains("7@OP10"));
        assertEquals(6, g.sets().get(Fields.STATES).size());
        assertTrue(g.sets().get(Fields.STATES).stream().anyMatch(i -> i.keys().contains("afg")));
        // organizations match by acronym or name; treaties by UNTS number or name
        assertTrue(g.sets().get(Fields.ORGANIZATIONS).stream().anyMatch(i -> i.keys().contains("unrcca")));
        assertTrue(g.sets().get(Fields.TREATIES).stream().anyMatch(i -> i.keys().contains("unts:51633")));
        List<Item> refs = g.sets().get(Fields.REFERENCED_DOCUMENTS);
        assertEquals(9, refs.size());
        assertTrue(refs.stream().anyMatch(i -> i.keys().contains("A/RES/2832(XXVI)")));
        assertTrue(refs.stream().anyMatch(i -> i.keys().contains("A/79/L.1")));
        assertTrue(g.sets().get(Fields.REFERENCE_DATES).stream().anyMatch(i -> i.keys().contains("A/RES/76/299@2022-07-28")));
    }

    @Test
    void readsEveryBundledGoldFile() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval/gold"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(5, files.size());
        Facts zh = GoldLoader.load(files.get(2));
        assertEquals("zh", zh.language());
        assertEquals("A/RES/79/274", zh.scalar(Fields.SYMBOL));
        assertEquals("土库曼斯坦永久中立", zh.scalar(Fields.TITLE));
        assertEquals("OP5|请", zh.sets().get(Fields.OPERATIVE_VERBS).get(4).keys().iterator().next());
        Facts letter = GoldLoader.load(files.get(3));
        assertEquals("letter", letter.scalar(Fields.TYPE));
        assertNull(letter.scalar(Fields.SYMBOL));
        assertEquals("second committee", letter.scalar(Fields.COMMITTEE));
        assertEquals(0, letter.count(Fields.OPERATIVE_PARAGRAPHS));
        assertTrue(letter.sets().get(Fields.AGENDA_ITEMS).get(0).keys().contains("19(a)"));
        // the Chinese title printed with PDF spaces compares without them
        assertEquals("2017年11月14日乌兹别克斯坦常驻联合国代表给秘书长的信", letter.scalar(Fields.TITLE));
    }
}
