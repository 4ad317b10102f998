package org.unkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unkg.InputException;
import org.unkg.TestReference;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Paragraph;
import org.unkg.structure.TextStructurer;

/**
 * The PDF path: corpus file 001 (English) is laid out on A4 pages the way UN PDFs are — indented
 * first lines, wrapped lines, a running head, job number and page number on every page,
 * footnotes under a rule with their markers glued to the text — written with PDFBox in a
 * standard 14 font, and read back through {@link PdfReader}.
 */
class PdfReaderTest {
    @TempDir
    Path tmp;

    private final PdfReader reader = new PdfReader(new TextStructurer(TestReference.load(), UnaryOperator.identity()));

    /** A printed line: its text and x offset. */
    private record Printed(String text, float x) {
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readsAGeneratedPdfOfCorpusFile001LikeTheText(boolean textRule) throws IOException {
        Path pdf = tmp.resolve("a-res-76-299.pdf");
        writePdf(pdf, layout(Files.readString(Path.of("corpus/001_c3d10f08ef02f303.txt"), StandardCharsets.UTF_8),
                textRule));
        DocumentRecord d = reader.read(pdf);
        assertEquals("A/RES/76/299", d.symbol());
        assertEquals(76, d.session());
        assertEquals("2022-07-28", String.valueOf(d.adoptionDate()));
        assertEquals(97, d.meeting());
        assertEquals(List.of("A/76/L.74", "A/76/L.74/Add.1"), d.drafts());
        assertEquals(20, d.preamble().size());
        assertEquals(10, d.operative().size());
        assertEquals(List.of("Recognizing", "Guided", "Reaffirming", "Acknowledging", "Recalling", "Considering",
                "Stressing", "Recognizing", "Recognizing also", "Bearing in mind", "Convinced", "Reaffirming",
                "Welcoming", "Noting with satisfaction", "Welcoming", "Recognizing", "Noting", "Recalling",
                "Noting with satisfaction", "Convinced"), d.preamble().stream().map(Paragraph::verb).toList());
        assertEquals(List.of("Declares", "Notes with satisfaction", "Reaffirms", "Calls upon", "Calls upon",
                "Encourages", "Encourages", "Supports", "Encourages", "Decides"),
                d.operative().stream().map(Paragraph::verb).toList());
        assertEquals(List.of("preamble/8", "preamble/9", "preamble/13", "preamble/16"),
                d.footnotes().stream().map(f -> f.attachedTo()).toList());
        assertTrue(d.preamble().get(8).text().startsWith("Recognizing also the important role of the Central Asian "
                + "countries in ensuring"), d.preamble().get(8).text());
        assertTrue(d.preamble().stream().noneMatch(p -> p.text().contains("A/RES/76/299")
                || p.text().contains("22-12345")), "page furniture left in a paragraph");
    }

    @Test
    void encryptedPdfIsOneClearError() throws IOException {
        Path pdf = tmp.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        InputException e = assertThrows(InputException.class, () -> reader.read(pdf));
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void imageOnlyAndDamagedPdfsAreClearErrors() throws IOException {
        Path empty = tmp.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(empty.toFile());
        }
        InputException e = assertThrows(InputException.class, () -> reader.read(empty));
        assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
        Path broken = tmp.resolve("broken.pdf");
        Files.writeString(broken, "%PDF-1.7\nthis is not a PDF body\n");
        InputException b = assertThrows(InputException.class, () -> reader.read(broken));
        assertTrue(b.getMessage().startsWith(broken.toString()), b.getMessage());
    }

    /** The markdown of file 001 as printed lines: markup removed, footnote marks glued, paragraphs wrapped. */
    private static List<Printed> layout(String md, boolean textRule) {
        List<Printed> out = new ArrayList<>();
        List<Printed> notes = new ArrayList<>();
        for (String raw : md.split("\n")) {
            if (raw.startsWith("<sup>")) {
                notes.add(new Printed(raw.replaceAll("<sup>(\\d+)</sup>", "$1"), 60));
            }
        }
        for (String raw : md.split("\n")) {
            String s = raw.strip().replaceAll("^#+\\s*", "").replaceAll("\\[([^\\]\\[]*)\\]\\(#\\)", "$1")
                    .replaceAll("<sup>(\\d+)</sup>", "$1").replace("*", "").replace("“", "\"").replace("”", "\"")
                    .replace("’", "'");
            if (s.isEmpty() || s.equals("---")) {
                continue;
            }
            if (raw.startsWith("<sup>")) {
                continue;
            }
            boolean body = s.matches("^(\\d+\\. )?[A-Z][a-z]+.*[,;.:]\\d*$") && s.length() > 60;
            List<String> wrapped = wrap(s, 88);
            for (int i = 0; i < wrapped.size(); i++) {
                out.add(new Printed(wrapped.get(i), body && i == 0 ? 100 : 60));
            }
            if (s.startsWith("Noting with satisfaction the commitment")) {
                if (textRule) { // else the rule is a graphic, as in most UN PDFs
                    out.add(new Printed("__________________", 60));
                }
                out.addAll(notes);
                notes.clear();
            }
        }
        return out;
    }

    private static List<String> wrap(String s, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : s.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(w);
        }
        out.add(line.toString());
        return out;
    }

    private static void writePdf(Path file, List<Printed> lines) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        int perPage = 40;
        try (PDDocument doc = new PDDocument()) {
            for (int start = 0, page = 1; start < lines.size(); start += perPage, page++) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    text(cs, font, "A/RES/76/299", 60, 800);
                    int y = 770;
                    for (Printed l : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        text(cs, font, l.text(), l.x(), y);
                        y -= 12;
                    }
                    text(cs, font, "22-12345", 60, 40);
                    text(cs, font, String.valueOf(page), 300, 40);
                }
            }
            doc.save(file.toFile());
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, String s, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
