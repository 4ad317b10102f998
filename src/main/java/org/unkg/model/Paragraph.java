package org.unkg.model;

import java.util.List;

/**
 * A preambular or operative paragraph, or an operative sub-item.
 *
 * @param kind    preambular or operative (sub-items are operative)
 * @param key     path under the Work: "preamble/3", "operative/5", "operative/5/a"
 * @param ordinal 1-based order among its siblings
 * @param number  printed number or letter ("5", "a"), null for preambular paragraphs
 * @param verb    opening verb phrase as printed ("Recognizing also", "又确认"), or null
 * @param text    full text of the paragraph without footnote bodies, verb included
 * @param items   sub-items, in order
 * @param links   hyperlinks in {@code text}
 */
public record Paragraph(Kind kind, String key, int ordinal, String number, String verb, String text,
                        List<Paragraph> items, List<Link> links) {
    public enum Kind { PREAMBULAR, OPERATIVE }

    public Paragraph {
        items = List.copyOf(items);
        links = List.copyOf(links);
    }
}
