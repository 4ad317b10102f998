/**
 * Measured quality of the text path ({@code unkg eval}).
 *
 * <p>Two ways of scoring, one report ({@link org.unkg.eval.EvalReport}):
 * <ol>
 * <li><b>Against the gold</b> ({@link org.unkg.eval.GoldEval}): each {@code gold/<name>.json} is
 * compared with the record the text reader makes of {@code corpus/<name>.txt}.</li>
 * <li><b>Against AKN XML</b> ({@link org.unkg.eval.AknEval}): a deterministic sample of AKN files is
 * read with the AKN reader, rendered as the text a PDF gives ({@link org.unkg.eval.PdfLikeRenderer}),
 * written to a neutrally named temporary file and read back by the text reader, which never sees
 * the XML; the two records are compared.</li>
 * </ol>
 *
 * <p>Both sides are brought to {@link org.unkg.eval.Facts} (normalized values and item sets) and
 * compared field by field by {@link org.unkg.eval.FactsScorer}; a {@link org.unkg.eval.Tally}
 * sums true/false positives and false negatives per field and language (micro-average over
 * documents). Scalars: equal values are a true positive, a value on one side only a false
 * positive or negative, different values both. Verbs are matched in their slot (preambular
 * position, operative number); organizations by acronym or English name through the reference
 * data; treaties by UNTS number or name; citation dates only on citations both sides found.
 * Against AKN, citations are scored against the XML's linked citations ({@code akn-links}), whose
 * precision is only indicative because the XML does not link every citation, and draft symbols
 * are those the adoption line prints (a committee's report for a committee resolution).
 */
package org.unkg.eval;
