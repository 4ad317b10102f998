package org.unkg.model;

/**
 * A treaty found in a document that may not be in the reference data (e.g. a Treaty Series
 * footnote). {@code key} matches the key of the {@link Mention}s that point at it.
 */
public record TreatyRef(String key, String label, String language, Integer untsVolume, Integer untsNumber,
                        String date) {
}
