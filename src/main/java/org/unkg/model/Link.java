package org.unkg.model;

/** A hyperlink in a paragraph's text: target URL and the [start, end) of its anchor text. */
public record Link(String href, int start, int end) {
}
