package org.unkg.ingest;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF, one printed line per line, with a leading space on every line that starts
 * to the right of its page's left margin (a first-line indent): the form the layout rules of
 * the text path read, the same as text other PDF tools extract.
 */
final class PdfText extends PDFTextStripper {
    private static final char MARK = '\u0001';
    private static final char END = '\u0002';
    private static final Pattern START = Pattern.compile(MARK + "(-?\\d+)" + END);
    /** An indent is more than this many points right of the left margin. */
    private static final int INDENT = 8;

    private boolean lineStart = true;

    PdfText() {
        setSortByPosition(true);
        setLineSeparator("\n");
        setPageEnd("\f");
    }

    static String of(PDDocument doc) throws IOException {
        String raw = new PdfText().getText(doc);
        StringBuilder out = new StringBuilder(raw.length());
        for (String page : raw.split("\f", -1)) {
            int left = Integer.MAX_VALUE;
            Matcher m = START.matcher(page);
            while (m.find()) {
                left = Math.min(left, Integer.parseInt(m.group(1)));
            }
            StringBuilder p = new StringBuilder();
            m = START.matcher(page);
            int last = 0;
            while (m.find()) {
                p.append(page, last, m.start());
                p.append(Integer.parseInt(m.group(1)) > left + INDENT ? " " : "");
                last = m.end();
            }
            p.append(page.substring(last));
            out.append(p).append('\n');
        }
        return out.toString();
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        super.writeLineSeparator();
        lineStart = true;
    }

    @Override
    protected void writePageStart() throws IOException {
        super.writePageStart();
        lineStart = true;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (lineStart && !positions.isEmpty()) {
            output.write(MARK + Integer.toString(Math.round(positions.get(0).getXDirAdj())) + END);
            lineStart = false;
        }
        super.writeString(text, positions);
    }
}
