package org.unkg.model;

/**
 * Where a finding stands: the paragraph key (as in {@link Paragraph#key()}, or "header",
 * "title", "annex", "footnote/N"), character offsets [start, end) in that block's text, and the
 * surface string found there.
 */
public record Span(String block, int start, int end, String surface) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
