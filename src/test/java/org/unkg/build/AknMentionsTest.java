package org.unkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.unkg.ingest.DocumentReader;
import org.unkg.model.DocumentRecord;
import org.unkg.model.EntityKind;
import org.unkg.model.Mention;
import org.unkg.reference.ReferenceData;

/**
 * The XML marks up no States, bodies or treaties; the standard AKN reader runs the mention
 * extractors on its paragraphs. A/RES/79/5 names the five Central Asian States and Afghanistan
 * (the hand-made gold of its English text, corpus/004, lists exactly these): every one of its six
 * language versions must find the same six, through each language's UN names and forms
 * (Russian cases, Arabic clitics).
 */
class AknMentionsTest {
    @Test
    void everyLanguageVersionOf79_5MentionsTheSameStatesAsTheGold() {
        ReferenceData ref = ReferenceData.load();
        DocumentReader akn = Readers.standard(ref).get(0);
        Map<String, Set<String>> states = new TreeMap<>();
        for (String suffix : new String[] {"A", "C", "E", "F", "R", "S"}) {
            Path xml = Path.of("src/test/resources/akn/A_RES_79_5-2419776" + suffix + ".xml");
            DocumentRecord d = akn.read(xml);
            Set<String> keys = new TreeSet<>();
            d.findings().stream().filter(f -> f instanceof Mention m && m.kind() == EntityKind.STATE)
                    .forEach(f -> keys.add(((Mention) f).key()));
            states.put(d.language(), keys);
        }
        Set<String> gold = Set.of("afg", "kaz", "kgz", "tjk", "tkm", "uzb");
        Map<String, Set<String>> expected = new TreeMap<>();
        states.keySet().forEach(l -> expected.put(l, new TreeSet<>(gold)));
        assertEquals(expected, states);
    }
}
