package org.unkg.model;

import java.util.List;

/** A footnote: its printed marker, text, the key of the paragraph carrying the mark, and its links. */
public record Footnote(String marker, String text, String attachedTo, List<Link> links) {
    public Footnote {
        links = List.copyOf(links);
    }

    /** Key of the footnote itself, "footnote/N", used as a {@link Span} block. */
    public String key() {
        return "footnote/" + marker;
    }
}
