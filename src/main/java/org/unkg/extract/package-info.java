/**
 * Extractors: one per kind of fact (States, organizations, treaties, citations), each a stateless,
 * thread-safe {@link org.unkg.extract.Extractor} that turns a
 * {@link org.unkg.model.DocumentRecord} into {@link org.unkg.model.Finding}s with character spans.
 *
 * <pre>{@code
 * List<Extractor> extractors = Extractors.standard(ReferenceData.load()); // once per build
 * DocumentRecord withFindings = Extractors.apply(record, extractors);     // per document
 * }</pre>
 *
 * <p>Names come from the reference data ({@code ontology/reference/*.ttl}); the grammars are data
 * files next to these classes: {@code citations-<lang>.properties} (keywords, bodies, separators,
 * parts), {@code dates-<lang>.properties} (month names, date pattern, shared with the text path
 * through {@link org.unkg.extract.DateParser}), {@code treaties-<lang>.properties} (Treaty Series
 * references, instrument titles) and {@code not-names.properties} (phrases hiding a name, names
 * never used). Adding a language is adding these files. Spans are offsets into the block's own
 * text: {@code Paragraph.text()}, {@code Footnote.text()} or {@code DocumentRecord.title()}.
 */
package org.unkg.extract;
