package org.unkg.extract;

import java.util.ArrayList;
import java.util.List;

import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Paragraph;

/**
 * One piece of text an extractor scans: its span block key ("title", "preamble/3",
 * "operative/5/a", "footnote/2") and its text. {@code attachedTo} is the paragraph key a
 * footnote hangs on (null for other blocks).
 */
public record Block(String key, String text, String attachedTo) {

    /** Every block of a document in reading order: title, preamble, operative (with sub-items), footnotes. */
    public static List<Block> of(DocumentRecord doc) {
        List<Block> out = new ArrayList<>();
        if (doc.title() != null && !doc.title().isBlank()) {
            out.add(new Block("title", doc.title(), null));
        }
        for (Paragraph p : doc.preamble()) {
            addParagraph(p, out);
        }
        for (Paragraph p : doc.operative()) {
            addParagraph(p, out);
        }
        for (Footnote f : doc.footnotes()) {
            if (f.text() != null) {
                out.add(new Block(f.key(), f.text(), f.attachedTo()));
            }
        }
        return out;
    }

    private static void addParagraph(Paragraph p, List<Block> out) {
        if (p.text() != null) {
            out.add(new Block(p.key(), p.text(), null));
        }
        for (Paragraph item : p.items()) {
            addParagraph(item, out);
        }
    }
}
