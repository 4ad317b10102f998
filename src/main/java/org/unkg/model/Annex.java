package org.unkg.model;

/**
 * An annex of a document as one language version prints it: the text a resolution adopts or
 * transmits (a convention, a declaration, a programme of work).
 *
 * @param key   path under the Work, "annex/1" (1-based order of the annexes), used as a
 *              {@link Span} block for the citations found in it
 * @param title its title lines as printed ("Annex", "Global Digital Compact"), or null
 * @param text  its whole text, footnote bodies left out, whitespace collapsed
 */
public record Annex(String key, String title, String text) {
}
