package org.unkg.ingest;

import org.unkg.InputException;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;

/**
 * Bounds on what a reader accepts, so that a hostile or broken file costs a clear
 * {@link InputException} instead of minutes of CPU: no UN document has a printed line or a
 * paragraph anywhere near these sizes, and the extractors' cost grows with them.
 */
public final class Limits {
    /** Longest line of text (characters) or run of XML text between two tags (bytes). */
    public static final int MAX_LINE = 32 * 1024;
    /** Longest whole text (characters) handed to the text structurer. */
    public static final int MAX_TEXT = 4 * 1024 * 1024;

    private Limits() {
    }

    /** Refuses a text with a line longer than {@link #MAX_LINE} or a total above {@link #MAX_TEXT}. */
    public static void checkText(String text, String file) {
        if (text.length() > MAX_TEXT) {
            throw new InputException(file, null, "text longer than " + MAX_TEXT + " characters");
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE) {
                    throw new InputException(file, "line " + line, "line longer than " + MAX_LINE
                            + " characters (" + (i - start) + ")");
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** Refuses XML whose text or markup runs more than {@link #MAX_LINE} bytes between two angle brackets. */
    public static void checkXml(byte[] bytes, String file) {
        int last = -1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '<' || bytes[i] == '>') {
                last = i;
            } else if (i - last > MAX_LINE) {
                throw new InputException(file, "byte " + (last + 1), "more than " + MAX_LINE
                        + " bytes of text without markup");
            }
        }
    }

    /**
     * Refuses a record the text path recognised as a resolution but whose header lacks what every
     * resolution prints (symbol, session, adoption date): a truncated or damaged file, which
     * would otherwise give a graph that breaks the shapes.
     */
    public static DocumentRecord checkComplete(DocumentRecord d, String file) {
        if (d.type() == DocType.RESOLUTION) {
            String missing = d.symbol() == null ? "symbol" : d.session() == null ? "session"
                    : d.adoptionDate() == null ? "adoption date" : null;
            if (missing != null) {
                throw new InputException(file, null, "a resolution without its " + missing
                        + " (truncated or damaged header?)");
            }
        }
        return d;
    }
}
