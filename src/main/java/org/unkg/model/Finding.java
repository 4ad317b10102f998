package org.unkg.model;

/** One fact an extractor found, with the span it was found in. */
public sealed interface Finding permits Mention, Citation {
    /** Id of the extractor that made it ("states", "citations", "akn-links", ...). */
    String extractor();

    Span span();
}
