package org.unkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.unkg.InputException;
import org.unkg.model.DocumentRecord;
import org.unkg.structure.TextStructurer;

/**
 * Reads {@code .txt} and {@code .md} files: text pulled out of PDF or Word, or a markdown-ish
 * conversion. Decodes strictly ({@link TextDecoder}) and hands the text to the
 * {@link TextStructurer}.
 *
 * <pre>{@code
 * DocumentReader r = new TextReader(new TextStructurer(ref, extractors));
 * DocumentRecord d = r.read(Path.of("corpus/001_c3d10f08ef02f303.txt"));
 * }</pre>
 */
public final class TextReader implements DocumentReader {
    /** Larger files are not UN documents; refuse them rather than exhaust memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final TextStructurer structurer;

    public TextReader(TextStructurer structurer) {
        this.structurer = structurer;
    }

    @Override
    public String id() {
        return "text";
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // a folder's README or licence describes the documents; it is not one of them
        if (n.startsWith("readme") || n.startsWith("license") || n.startsWith("licence") || n.startsWith("changelog")) {
            return false;
        }
        return n.endsWith(".txt") || n.endsWith(".md");
    }

    @Override
    public DocumentRecord read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(file.toString(), null, "larger than " + MAX_BYTES + " bytes");
            }
            String text = TextDecoder.decode(Files.readAllBytes(file), file.toString());
            if (text.isBlank()) {
                throw new InputException(file.toString(), null, "empty text");
            }
            Limits.checkText(text, file.toString());
            return Limits.checkComplete(structurer.structure(text, file.toString()), file.toString());
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "cannot read: " + e.getMessage(), e);
        }
    }
}
