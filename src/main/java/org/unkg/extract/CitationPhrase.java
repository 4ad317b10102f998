package org.unkg.extract;

import java.util.List;

/**
 * One citation phrase of a text: [start, end), the documents it cites, and whether the phrase
 * itself names the body whose series its numbers belong to ("Security Council resolution ...").
 */
record CitationPhrase(int start, int end, List<Cited> cited, boolean bodyNamed) {
    CitationPhrase {
        cited = List.copyOf(cited);
    }

    /**
     * One cited document: a resolution or decision number with its letter, series and date, or
     * (when {@code printed} is not null) a document symbol printed as such.
     */
    record Cited(String number, String letter, String series, boolean decision, String date, String printed) {
        static Cited symbol(String printed) {
            return new Cited(null, null, null, false, null, printed);
        }

        /** The normalized symbol: "A/RES/53/243A", "S/RES/1631(2005)", "A/C.2/72/3". */
        String symbol() {
            return printed != null ? printed : CitationGrammar.symbol(number, letter, series, decision);
        }

        Cited withSeries(String s) {
            return printed != null ? this : new Cited(number, letter, s, decision, date, null);
        }

        Cited withDate(String d) {
            return new Cited(number, letter, series, decision, d, printed);
        }
    }
}
