package org.unkg.model;

import java.util.List;

/**
 * A footnote: its printed marker, text, the key of the paragraph carrying the mark, its links,
 * and its own key under the Work.
 *
 * <p>The key defaults to "footnote/" + marker. A reader that knows where the mark sits may key
 * the note by its paragraph instead ("operative/25/footnote/1"): language versions number their
 * notes differently (the French version of a resolution may drop a note), so the printed marker
 * does not name the same note in every language, while its paragraph and its order there do.
 *
 * @param key the block key of the note itself, used as its IRI path and as a {@link Span} block
 */
public record Footnote(String marker, String text, String attachedTo, List<Link> links, String key) {
    public Footnote {
        links = List.copyOf(links);
        if (key == null) {
            key = "footnote/" + marker;
        }
    }

    /** A note keyed by its printed marker: "footnote/" + marker. */
    public Footnote(String marker, String text, String attachedTo, List<Link> links) {
        this(marker, text, attachedTo, links, null);
    }
}
