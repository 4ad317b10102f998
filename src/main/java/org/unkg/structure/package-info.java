/**
 * Structure of documents read as text (PDF extraction or markdown-ish conversions): layout
 * ({@link org.unkg.structure.TextLayout}: furniture, links, footnote bodies, line joining), header
 * and closing lines ({@code HeaderParser}), preamble and operative paragraphs with footnote
 * attachment ({@code BodyParser}) and opening verbs ({@link org.unkg.structure.VerbFinder}),
 * driven by per-language profiles ({@link org.unkg.structure.Profile},
 * {@code profiles/<lang>.properties}). {@link org.unkg.structure.TextStructurer} ties them
 * together:
 *
 * <pre>{@code
 * TextStructurer s = new TextStructurer(ReferenceData.load(), doc -> Extractors.apply(doc, extractors));
 * DocumentRecord d = s.structure(Files.readString(path), path.toString());
 * }</pre>
 *
 * A new language is mostly a new profile file: its header phrases, date pattern, number words,
 * committee names and the punctuation that ends a paragraph; its verbs come from
 * {@code ontology/reference/verbs.ttl}.
 */
package org.unkg.structure;
