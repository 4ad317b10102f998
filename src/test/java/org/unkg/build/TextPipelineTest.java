package org.unkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unkg.ingest.DocumentReader;
import org.unkg.model.Citation;
import org.unkg.model.DocumentRecord;
import org.unkg.model.EntityKind;
import org.unkg.model.Mention;
import org.unkg.reference.ReferenceData;

/** The standard readers run the extractors on text files, header and letter annex included. */
class TextPipelineTest {
    private static final ReferenceData REF = ReferenceData.load();
    private final List<DocumentReader> readers = Readers.standard(REF);

    private DocumentRecord read(String file) {
        Path p = Path.of("corpus", file);
        return readers.stream().filter(r -> r.accepts(p)).findFirst().orElseThrow().read(p);
    }

    @Test
    void theLettersAnnexIsScanned() {
        DocumentRecord d = read("003_097b06648661e48a.txt");
        assertTrue(d.findings().stream().anyMatch(f -> f instanceof Citation c && c.symbol().equals("A/RES/68/218")
                && c.span().block().equals("annex")), "68/218 cited in the annex");
        assertTrue(d.findings().stream().anyMatch(f -> f instanceof Mention m && m.kind() == EntityKind.STATE
                && m.key().equals("kaz") && m.span().block().equals("annex")), "Kazakhstan named in the annex");
        assertEquals("corpus/003_097b06648661e48a.txt", d.sourceFile().replace('\\', '/'));
    }

    @Test
    void draftsInTheAdoptionLineAreCitedFromTheHeaderAndParagraphFindingsKeepTheirBlock() {
        DocumentRecord d = read("001_c3d10f08ef02f303.txt");
        assertTrue(d.findings().stream().anyMatch(f -> f instanceof Citation c && c.symbol().equals("A/76/L.74")
                && c.span().block().equals("header")));
        assertTrue(d.findings().stream().anyMatch(f -> f instanceof Citation c && c.symbol().equals("A/RES/73/338")
                && c.span().block().equals("preamble/5")));
        assertTrue(readers.stream().noneMatch(r -> r.accepts(Path.of("corpus", "README.md"))));
    }
}
