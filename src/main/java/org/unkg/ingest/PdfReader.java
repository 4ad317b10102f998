package org.unkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.unkg.InputException;
import org.unkg.model.DocumentRecord;
import org.unkg.structure.TextStructurer;

/**
 * Reads {@code .pdf} files through Apache PDFBox ({@code Loader.loadPDF}, {@code PDFTextStripper})
 * and hands the text to the same {@link TextStructurer} as text files. Encrypted, damaged and
 * image-only PDFs (no text layer) give one clear {@link InputException}.
 */
public final class PdfReader implements DocumentReader {
    static final long MAX_BYTES = 256L * 1024 * 1024;
    static final int MAX_PAGES = 2000;

    private final TextStructurer structurer;

    public PdfReader(TextStructurer structurer) {
        this.structurer = structurer;
    }

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    @Override
    public DocumentRecord read(Path file) {
        return Limits.checkComplete(structurer.structure(text(file), file.toString()), file.toString());
    }

    /** The text layer of a PDF, in reading order, one line per printed line. */
    public static String text(Path file) {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(name, null, "larger than " + MAX_BYTES + " bytes");
            }
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                if (doc.isEncrypted()) {
                    throw new InputException(name, null, "encrypted PDF: remove the protection first");
                }
                if (doc.getNumberOfPages() > MAX_PAGES) {
                    throw new InputException(name, null, "more than " + MAX_PAGES + " pages");
                }
                String text = PdfText.of(doc);
                if (text.strip().isEmpty()) {
                    throw new InputException(name, null,
                            "no text layer (an image-only or scanned PDF): run OCR first");
                }
                Limits.checkText(text, name);
                return text;
            }
        } catch (InvalidPasswordException e) {
            throw new InputException(name, null, "encrypted PDF: remove the protection first", e);
        } catch (IOException e) {
            throw new InputException(name, null, "damaged or not a PDF: " + e.getMessage(), e);
        }
    }
}
