package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class DistinctStringsTest {
    @Test
    void countsDistinctStringsAcrossSpilledRuns() {
        DistinctStrings d = new DistinctStrings(50);
        Set<String> expected = new HashSet<>();
        Random rnd = new Random(5);
        for (int i = 0; i < 5_000; i++) {
            // duplicates both within a run and across runs; non-ASCII so the run files' encoding matters
            String s = "https://w3id.org/unkg/id/résolution/" + rnd.nextInt(1_200);
            d.add(s);
            expected.add(s);
        }
        assertTrue(d.runs() > 10, "spilled: " + d.runs());
        assertEquals(expected.size(), d.count());
        assertEquals(1, d.runs(), "counting merges the runs into one");
        assertEquals(expected.size(), d.count(), "counting twice gives the same");
        d.add("https://w3id.org/unkg/id/new");
        d.add("https://w3id.org/unkg/id/résolution/1");
        assertEquals(expected.size() + 1, d.count(), "adding after a count: one new, one already counted");
    }

    /** The runs used to stay in the temp folder until the JVM exited: a long server kept every describe's. */
    @Test
    void closingDeletesTheRunsAndTheirFolder() {
        DistinctStrings d = new DistinctStrings(10);
        for (int i = 0; i < 100; i++) {
            d.add("s" + i);
        }
        Path folder = d.folder();
        assertTrue(d.runs() > 5 && folder != null && Files.isDirectory(folder), "spilled to " + folder);
        assertEquals(100, d.count());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "the merged run");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        d.close();
        assertFalse(Files.exists(folder), "the runs' folder is deleted: " + folder);
        assertThrows(IllegalStateException.class, () -> d.add("t"));
        assertThrows(IllegalStateException.class, d::count);
        d.close(); // twice is harmless
    }

    @Test
    void belowTheBoundNothingIsSpilled() {
        DistinctStrings d = new DistinctStrings(100);
        for (int i = 0; i < 300; i++) {
            d.add("s" + (i % 60));
        }
        assertEquals(0, d.runs());
        assertEquals(60, d.count());
    }
}
