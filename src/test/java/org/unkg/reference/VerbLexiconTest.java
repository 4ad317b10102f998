package org.unkg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learning the verb lexicon from one half of a sample (held-out scoring) and swapping it in. */
class VerbLexiconTest {
    private static final Path SOURCES = Path.of("ontology/reference/sources");

    private static Set<String> labels(Model m) {
        Set<String> out = new TreeSet<>();
        m.listObjectsOfProperty(SKOS.prefLabel).forEach(o -> {
            if (!o.asLiteral().getString().contains("verbs of")) {
                out.add(o.asLiteral().getString());
            }
        });
        return out;
    }

    @Test
    void resolutionNumbersAndParity() {
        assertEquals(Optional.of(100), VerbLexicon.number("A_RES_79_100-2423545A.xml"));
        assertEquals(Optional.of(245), VerbLexicon.number("A_RES_79_245 B-2510809F.xml"));
        assertEquals(Optional.empty(), VerbLexicon.number("doc-0001.txt"));
        assertTrue(VerbLexicon.parity(true).test("A_RES_79_6-2419997E.xml"));
        assertFalse(VerbLexicon.parity(true).test("A_RES_79_131-2423488E.xml"));
        assertFalse(VerbLexicon.parity(false).test("notes.xml"));
    }

    @Test
    void learnsOnlyFromTheChosenHalf(@TempDir Path tmp) throws IOException {
        Path all = Files.createDirectories(tmp.resolve("all/English"));
        Path evenOnly = Files.createDirectories(tmp.resolve("even/English"));
        for (String f : new String[] {"A_RES_79_6-2419997E.xml", "A_RES_79_131-2423488E.xml"}) {
            Files.copy(Path.of("src/test/resources/akn", f), all.resolve(f));
        }
        Files.copy(Path.of("src/test/resources/akn/A_RES_79_6-2419997E.xml"), evenOnly.resolve("A_RES_79_6-2419997E.xml"));
        Set<String> even = labels(VerbLexicon.learn(tmp.resolve("all"), SOURCES, VerbLexicon.parity(true)));
        Set<String> odd = labels(VerbLexicon.learn(tmp.resolve("all"), SOURCES, VerbLexicon.parity(false)));
        assertEquals(labels(VerbLexicon.learn(tmp.resolve("even"), SOURCES, n -> true)), even);
        assertFalse(even.isEmpty());
        assertNotEquals(even, odd);
    }

    @Test
    void withVerbsReplacesTheLexiconAndKeepsTheRest(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("s/English"));
        Files.copy(Path.of("src/test/resources/akn/A_RES_79_6-2419997E.xml"), dir.resolve("A_RES_79_6-2419997E.xml"));
        Model learned = VerbLexicon.learn(tmp.resolve("s"), SOURCES, n -> true);
        ReferenceData base = ReferenceData.load();
        ReferenceData swapped = base.withVerbs(learned);
        Set<String> now = new TreeSet<>(swapped.verbs("operative", "en"));
        now.addAll(swapped.verbs("preambular", "en"));
        assertEquals(labels(learned), now);
        assertTrue(base.verbs("operative", "en").size() > swapped.verbs("operative", "en").size());
        assertEquals(base.states().size(), swapped.states().size());
    }
}
