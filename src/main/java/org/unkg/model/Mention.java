package org.unkg.model;

/**
 * A mention of a State, organization or treaty. {@code key} is the reference-data key: ISO 3166
 * alpha-3 in lower case for a State ("kaz"), the org slug for an organization ("undp"), the
 * treaty key for a treaty ("unts-51633" or a slug).
 */
public record Mention(String extractor, Span span, EntityKind kind, String key) implements Finding {
}
