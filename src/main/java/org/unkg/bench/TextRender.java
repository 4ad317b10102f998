package org.unkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A plain renderer of AKN4UN XML to text laid out as text pulled out of the PDF would be: the
 * cover-page lines as header lines, then one line per block wrapped at 90 characters, footnote
 * markers in the text and the footnotes below a rule, and page furniture (job number lines)
 * every 50 lines. It exists so the text path can be measured on the same documents; it is the
 * benchmark's own stand-in, not the evaluation's renderer.
 */
final class TextRender {
    private static final Set<String> BLOCKS = Set.of("p", "heading", "docNumber", "docTitle", "docProponent",
            "session", "docDate", "docStatus", "docType", "num", "subheading", "td", "th", "li");
    private static final int WIDTH = 90;
    private static final int PAGE = 50;

    private TextRender() {
    }

    /** Renders {@code xml} to {@code txt}. */
    static void render(Path xml, Path txt) {
        List<String> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader r = FloorProbe.secureFactory().createXMLStreamReader(in);
            StringBuilder line = new StringBuilder();
            StringBuilder note = null;
            int skip = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    if (skip > 0 || n.equals("meta")) {
                        skip++;
                    } else if (n.equals("authorialNote")) {
                        note = new StringBuilder();
                        line.append(notes.size() + 1);
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String n = r.getLocalName();
                    if (skip > 0) {
                        skip--;
                    } else if (n.equals("authorialNote") && note != null) {
                        notes.add((notes.size() + 1) + " " + note.toString().strip().replaceAll("\\s+", " "));
                        note = null;
                    } else if (note == null && BLOCKS.contains(n) && !n.equals("num")) {
                        flush(line, lines);
                    } else if (note == null && n.equals("num")) {
                        line.append(' ');
                    }
                } else if (skip == 0 && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
                    (note != null ? note : line).append(r.getText());
                }
            }
            flush(line, lines);
            r.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(xml + ": " + e.getMessage(), e);
        }
        write(xml, txt, lines, notes);
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String s = line.toString().strip().replaceAll("\\s+", " ");
        line.setLength(0);
        while (s.length() > WIDTH) {
            int cut = s.lastIndexOf(' ', WIDTH);
            cut = cut <= 0 ? WIDTH : cut;
            lines.add(s.substring(0, cut));
            s = s.substring(cut).strip();
        }
        if (!s.isEmpty()) {
            lines.add(s);
        }
    }

    private static void write(Path xml, Path txt, List<String> lines, List<String> notes) {
        String job = xml.getFileName().toString().replaceAll("^.*?-(\\d{7})[A-Z]?\\.xml$", "$1");
        String furniture = job.matches("\\d{7}") ? job.substring(0, 2) + "-" + job.substring(2) : "00-00000";
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String l : lines) {
            out.append(l).append('\n');
            if (++n % PAGE == 0) {
                out.append('\n').append(furniture).append('\n').append('*').append(job).append("*\n\n");
            }
        }
        if (!notes.isEmpty()) {
            out.append("__________________\n");
            for (String s : notes) {
                out.append(s).append('\n');
            }
        }
        out.append('\n').append(furniture).append('\n');
        try {
            Files.createDirectories(txt.getParent());
            Files.writeString(txt, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
