package org.unkg.extract;

import java.nio.file.Path;
import java.util.List;

import org.unkg.model.Citation;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Finding;
import org.unkg.model.Footnote;
import org.unkg.model.Mention;
import org.unkg.model.Paragraph;
import org.unkg.reference.ReferenceData;

/** Small records built from inline strings, and the mini reference data, for extractor tests. */
final class TestDocs {
    /** Loaded once per test class that asks for it (reference data is immutable). */
    static ReferenceData mini() {
        return ReferenceData.load(Path.of("src/test/resources/reference-mini"));
    }

    private TestDocs() {
    }

    /** A document whose only block is preambular paragraph 1 with {@code text}. */
    static DocumentRecord para(String lang, String text) {
        return DocumentRecord.builder().type(DocType.RESOLUTION).language(lang).symbol("A/RES/76/299")
                .preamble(new Paragraph(Paragraph.Kind.PREAMBULAR, "preamble/1", 1, null, null, text, List.of(),
                        List.of()))
                .build();
    }

    /** Operative paragraph 10 with a footnote 7 attached to it. */
    static DocumentRecord withFootnote(String lang, String paragraph, String footnote) {
        return DocumentRecord.builder().type(DocType.RESOLUTION).language(lang)
                .operative(new Paragraph(Paragraph.Kind.OPERATIVE, "operative/10", 10, "10", null, paragraph,
                        List.of(), List.of()))
                .footnote(new Footnote("7", footnote, "operative/10", List.of()))
                .build();
    }

    /** The citations {@link CitationExtractor} finds in {@link #para} of {@code text}. */
    static List<Citation> citations(String lang, String text) {
        return new CitationExtractor().extract(para(lang, text)).stream().map(f -> (Citation) f).toList();
    }

    static List<String> symbols(List<Citation> c) {
        return c.stream().map(Citation::symbol).toList();
    }

    static List<Mention> mentions(List<Finding> findings) {
        return findings.stream().filter(f -> f instanceof Mention).map(f -> (Mention) f).toList();
    }

    static List<String> keys(List<Finding> findings) {
        return mentions(findings).stream().map(Mention::key).toList();
    }
}
