package org.unkg.eval;

/**
 * One disagreement, for developers: the field, the file, where in it ("PP3", "fn2", "header"),
 * what was expected and what the text path produced (null when it produced nothing).
 */
public record Miss(String field, String file, String where, String expected, String actual) {
    /** "PP3: expected 'Recalling also', got 'Recalling'". */
    public String describe() {
        String w = where == null ? "" : where + ": ";
        if (expected == null) {
            return w + "unexpected '" + actual + "'";
        }
        if (actual == null) {
            return w + "missed '" + expected + "'";
        }
        return w + "expected '" + expected + "', got '" + actual + "'";
    }
}
