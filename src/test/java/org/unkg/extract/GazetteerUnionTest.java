package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.unkg.SharedData;
import org.unkg.ingest.AknExtract;
import org.unkg.ingest.AknReader;
import org.unkg.model.DocumentRecord;
import org.unkg.reference.ReferenceData;

/**
 * The States, organizations and treaties gazetteers read in one shared automaton pass
 * ({@link Extractors#mentions}) find exactly what each finds in its own pass.
 */
class GazetteerUnionTest {

    private static List<Extractor> alone(ReferenceData ref) {
        return List.of(new StateExtractor(ref), new OrganizationExtractor(ref), new TreatyExtractor(ref));
    }

    private static void assertSame(DocumentRecord d, List<Extractor> shared, List<Extractor> alone) {
        DocumentRecord a = Extractors.apply(d, shared);
        DocumentRecord b = Extractors.apply(d, alone);
        assertEquals(b.findings(), a.findings(), String.valueOf(d.sourceFile()));
        assertEquals(b.treaties(), a.treaties(), String.valueOf(d.sourceFile()));
    }

    @Test
    void sharedPassFindsWhatSeparatePassesFind() {
        ReferenceData ref = TestDocs.mini();
        List<Extractor> shared = Extractors.mentions(ref);
        List<Extractor> alone = alone(ref);
        List<DocumentRecord> docs = List.of(
                TestDocs.para("en", "Kazakhstan, UNDP, the United Nations Development Programme, the Charter of the"
                        + " United Nations and Papua New Guinea; KAZAKHSTAN and the Treaty on a Nuclear-Weapon-Free"
                        + " Zone in Central Asia"),
                TestDocs.para("zh", "哈萨克斯坦、联合国开发计划署、《联合国宪章》、发展中国家"),
                TestDocs.para("fr", "le Kazakhstan, le PNUD et la Charte des Nations Unies"),
                TestDocs.para(null, "Kazakhstan and UNDP"),
                TestDocs.withFootnote("en", "the Treaty on a Nuclear-Weapon-Free Zone in Central Asia,\u2077",
                        "United Nations, Treaty Series, vol. 2970, No. 51633."));
        int found = 0;
        for (DocumentRecord d : docs) {
            assertSame(d, shared, alone);
            found += Extractors.apply(d, shared).findings().size();
        }
        assertTrue(found >= 10, "the texts name States, bodies and treaties: " + found);
    }

    /** On a spread of the shared AKN sample, every language: the same findings, in the same order. */
    @Test
    void sharedPassOnTheAknSample() throws IOException {
        Path root = SharedData.require("akn/79session");
        ReferenceData ref = ReferenceData.load();
        List<Extractor> shared = Extractors.mentions(ref);
        List<Extractor> alone = alone(ref);
        AknReader reader = new AknReader(ref, AknExtract.none());
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        int step = Math.max(1, files.size() / 60);
        int docs = 0;
        long findings = 0;
        for (int i = 0; i < files.size(); i += step) {
            DocumentRecord d;
            try {
                d = reader.read(files.get(i));
            } catch (RuntimeException e) {
                continue; // a file the reader refuses is not this test's concern
            }
            assertSame(d, shared, alone);
            findings += Extractors.apply(d, shared).findings().size();
            docs++;
        }
        assertTrue(docs >= 30, "documents compared: " + docs);
        assertTrue(findings > docs, "findings: " + findings);
    }
}
