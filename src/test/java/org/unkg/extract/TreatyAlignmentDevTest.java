package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.unkg.InputException;
import org.unkg.SharedData;
import org.unkg.build.Readers;
import org.unkg.ingest.DocumentReader;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Finding;
import org.unkg.model.Mention;
import org.unkg.reference.ReferenceData;
import org.unkg.reference.VerbLexicon;

/**
 * Development measurement for treaty names in the other languages (issue #7): of the reference
 * treaties found in a paragraph of an English resolution of the 79th session, the share also found
 * in the same paragraph (same key) of the French, Spanish, Russian, Arabic and Chinese versions;
 * and the other way, the treaties found in a paragraph of another language whose English paragraph
 * lacks them (a wrong or an unaligned mention). Prints the shares and the treaties most often
 * missed. Only reference treaties count (a slug-keyed instrument has no key in another language).
 * System properties: {@code unkg.treaties.reference} (a folder of .ttl files, the classpath
 * reference data by default) and {@code unkg.treaties.parity} ({@code even} or {@code odd}: only
 * the resolutions of that number parity, to score labels learned from the other half held out);
 * without either, {@code unkg.treaties.all=true} walks every file, else the first 80 (a quick run).
 */
class TreatyAlignmentDevTest {
    private static final int FILES = 80;
    private static final Map<String, String> FOLDERS = Map.of("French", "F", "Spanish", "S", "Russian", "R",
            "Arabic", "A", "Chinese", "C");

    /** Shares a regression must not go below, for the default run: a little under what the reviewed labels give. */
    private static final Map<String, Double> FLOOR = Map.of("French", 0.70, "Spanish", 0.70, "Russian", 0.85,
            "Arabic", 0.82, "Chinese", 0.78);

    @Test
    void englishTreatiesFoundInTheAlignedParagraphs() throws Exception {
        Path akn = SharedData.require("akn/79session");
        String refDir = System.getProperty("unkg.treaties.reference");
        ReferenceData ref = refDir == null || refDir.isBlank() ? ReferenceData.load() : ReferenceData.load(Path.of(refDir));
        String parity = System.getProperty("unkg.treaties.parity", "");
        boolean all = !parity.isEmpty() || Boolean.getBoolean("unkg.treaties.all");
        TreatyExtractor treaties = new TreatyExtractor(ref);
        Set<String> known = new HashSet<>();
        ref.treaties().forEach(e -> known.add(e.key()));
        List<DocumentReader> readers = Readers.standard(ref);
        List<Path> english;
        try (Stream<Path> s = Files.list(akn.resolve("English"))) {
            english = s.filter(p -> p.toString().endsWith("E.xml")).filter(p -> parityOf(p, parity)).sorted()
                    .limit(all ? Long.MAX_VALUE : FILES).toList();
        }
        StringBuilder report = new StringBuilder("treaty alignment, " + english.size() + " English files"
                + (parity.isEmpty() ? "" : " (" + parity + " numbers)") + "\n");
        Map<Path, Set<String>> englishMentions = new TreeMap<>();
        for (Path en : english) {
            DocumentRecord d = read(readers, en);
            if (d != null) {
                englishMentions.put(en, mentions(treaties, known, d));
            }
        }
        for (String folder : new String[] {"French", "Spanish", "Russian", "Arabic", "Chinese"}) {
            int total = 0;
            int found = 0;
            int other = 0;
            int extra = 0;
            Map<String, Integer> missed = new TreeMap<>();
            Map<String, Integer> spurious = new TreeMap<>();
            for (Path en : english) {
                String name = en.getFileName().toString();
                Path o = akn.resolve(folder).resolve(name.substring(0, name.length() - 5) + FOLDERS.get(folder) + ".xml");
                DocumentRecord od = Files.exists(o) && englishMentions.containsKey(en) ? read(readers, o) : null;
                if (od == null) {
                    continue;
                }
                Set<String> want = englishMentions.get(en);
                Set<String> got = mentions(treaties, known, od);
                for (String m : want) {
                    total++;
                    if (got.contains(m)) {
                        found++;
                    } else {
                        missed.merge(m.substring(m.indexOf(' ') + 1), 1, Integer::sum);
                    }
                }
                for (String m : got) {
                    other++;
                    if (!want.contains(m)) {
                        extra++;
                        spurious.merge(m.substring(m.indexOf(' ') + 1), 1, Integer::sum);
                    }
                }
            }
            report.append(String.format("%s: %d/%d English treaty mentions (paragraph, treaty) found in the same"
                    + " paragraph, %.3f; %d/%d of its own mentions not in the English paragraph, %.3f; most missed:",
                    folder, found, total, total == 0 ? 1.0 : (double) found / total, extra, other,
                    other == 0 ? 0.0 : (double) extra / other));
            top(report, missed);
            report.append("; most unmatched:");
            top(report, spurious);
            report.append('\n');
            assertTrue(total > 0, folder);
            if ((refDir == null || refDir.isBlank()) && parity.isEmpty() && !all) { // the default run: the shipped labels, first 80 files
                double share = (double) found / total;
                double unmatched = other == 0 ? 0.0 : (double) extra / other;
                assertTrue(share >= FLOOR.get(folder), folder + ": agreement " + share + " fell below "
                        + FLOOR.get(folder) + " (measured 2026-11-24: fr 0.731, es 0.747, ru 0.875, ar 0.849, zh 0.814)");
                assertTrue(unmatched <= 0.15, folder + ": " + unmatched + " of its mentions not in the English"
                        + " paragraph (measured at most 0.120)");
            }
        }
        System.out.println(report);
    }

    private static void top(StringBuilder report, Map<String, Integer> counts) {
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(6)
                .forEach(e -> report.append(' ').append(e.getKey()).append('=').append(e.getValue()));
    }

    /** Whether a file "A_RES_79_12-….xml" has a resolution number of the wanted parity ("" for any). */
    static boolean parityOf(Path f, String parity) {
        return parity.isEmpty() || VerbLexicon.parity(parity.equals("even")).test(f.getFileName().toString());
    }

    /** The record of a file, or null when the reader rejects it (a file with another resolution's header). */
    private static DocumentRecord read(List<DocumentReader> readers, Path f) {
        try {
            return readers.stream().filter(r -> r.accepts(f)).findFirst().orElseThrow().read(f);
        } catch (InputException e) {
            return null;
        }
    }

    /** "paragraph-key treaty-key" for every reference-treaty mention in a paragraph. */
    private static Set<String> mentions(TreatyExtractor treaties, Set<String> known, DocumentRecord d) {
        Set<String> out = new HashSet<>();
        for (Finding f : treaties.extract(d)) {
            if (f instanceof Mention m && known.contains(m.key()) && m.span() != null && m.span().block() != null
                    && !m.span().block().startsWith("footnote") && !m.span().block().equals("header")
                    && !m.span().block().equals("title") && !m.span().block().equals("annex")) {
                out.add(m.span().block() + " " + m.key());
            }
        }
        return out;
    }
}
