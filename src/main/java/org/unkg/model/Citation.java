package org.unkg.model;

/**
 * A cited document. {@code symbol} is normalized ("A/RES/53/243A", "A/RES/2832(XXVI)",
 * "S/RES/1631(2005)", "A/75/651-S/2020/1203"); {@code date} is ISO 8601 ("2019-09-12" or "2019")
 * or null; {@code part} the cited part ("annex") or null.
 */
public record Citation(String extractor, Span span, String symbol, String date, String part) implements Finding {
}
