package org.unkg.model;

/** Kinds of UN document the graph distinguishes. */
public enum DocType {
    RESOLUTION, DRAFT_RESOLUTION, LETTER, NOTE, REPORT, DOCUMENT
}
