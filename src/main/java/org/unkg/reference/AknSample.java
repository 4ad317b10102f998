package org.unkg.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.InputException;
import org.unkg.UnkgException;
import org.unkg.ingest.AknXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The parts of the AKN sample ({@code akn/<session>/<Language>/*.xml}) the generator learns
 * from: preambular containers and operative paragraphs with their opening verb, and footnotes
 * with the text printed just before their mark. Parsed without DTDs or external entities.
 */
final class AknSample {
    private static final Logger LOG = LoggerFactory.getLogger(AknSample.class);
    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    static final Map<String, String> FOLDERS = Map.of("English", "en", "Chinese", "zh", "French", "fr",
            "Spanish", "es", "Russian", "ru", "Arabic", "ar");

    /** A preambular ({@code preamble}) or operative ({@code operative}) paragraph. */
    record Para(String eId, String kind, String containerName, String lead, String text) {
    }

    /** A footnote: its marker, its text, and the text of its paragraph before the mark. */
    record Note(String marker, String text, String before) {
    }

    /** One language version of one resolution; {@code doc} is the file name before the job number. */
    record Doc(String doc, String lang, List<Para> paras, List<Note> notes) {
    }

    private AknSample() {
    }

    /** Every document under {@code akn}, sorted by path (deterministic). */
    static List<Doc> read(Path akn) {
        return read(akn, null);
    }

    /**
     * The documents under {@code akn} whose path relative to it ("76session/Chinese/A_RES_76_1-….xml",
     * '/' separated) contains a match of {@code only}; every document when {@code only} is null.
     * Learning from one part of the sample makes scores on the other part held-out scores.
     */
    static List<Doc> read(Path akn, Pattern only) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(akn, 3)) {
            files = s.filter(p -> p.toString().endsWith(".xml"))
                    .filter(p -> FOLDERS.containsKey(p.getParent().getFileName().toString()))
                    .filter(p -> only == null || only.matcher(akn.relativize(p).toString().replace('\\', '/')).find())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UnkgException("cannot list " + akn + ": " + e.getMessage(), e);
        }
        // Parsed in parallel, with the AKN reader's secure parser; the ordered stream keeps the sorted order.
        return files.parallelStream().map(AknSample::parseFile).filter(d -> d != null).toList();
    }

    private static Doc parseFile(Path f) {
        try {
            Element root = AknXml.parse(f).getDocumentElement();
            String name = f.getFileName().toString();
            int dash = name.indexOf('-');
            String doc = dash > 0 ? name.substring(0, dash) : name;
            return parse(root, doc, FOLDERS.get(f.getParent().getFileName().toString()));
        } catch (InputException e) {
            LOG.warn("skipped {}", e.getMessage());
            return null;
        }
    }

    private static Doc parse(Element root, String doc, String lang) {
        List<Para> paras = new ArrayList<>();
        for (Element pre : elements(root, "preamble")) {
            for (Element c : elements(pre, "container")) {
                if (c.hasAttribute("name")) {
                    paras.add(new Para(c.getAttribute("eId"), "preamble", c.getAttribute("name"), lead(c), text(c)));
                }
            }
        }
        for (Element body : elements(root, "mainBody")) {
            for (Element p : elements(body, "paragraph")) {
                if (!"paragraph".equals(p.getParentNode().getLocalName())) {
                    paras.add(new Para(p.getAttribute("eId"), "operative", null, lead(p), text(p)));
                }
            }
        }
        List<Note> notes = new ArrayList<>();
        for (Element n : elements(root, "authorialNote")) {
            notes.add(new Note(n.getAttribute("marker"), text(n).strip(), before(n)));
        }
        return new Doc(doc, lang, List.copyOf(paras), List.copyOf(notes));
    }

    /** The opening italic or bold span of the element's first {@code p}, if only spaces precede it. */
    private static String lead(Element e) {
        List<Element> ps = elements(e, "p");
        if (ps.isEmpty()) {
            return null;
        }
        for (Node n = ps.get(0).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank()) {
                continue;
            }
            if (n instanceof Element s && "span".equals(s.getLocalName())
                    && s.getAttribute("class").matches("italic|bold|bold italic|italic bold")) {
                String t = s.getTextContent().replaceAll("[\\s\\u00a0]+", " ").strip();
                return t.isEmpty() ? null : t;
            }
            return null;
        }
        return null;
    }

    /** Text of the note's paragraph before the mark (other notes left out). */
    private static String before(Element note) {
        Node p = note.getParentNode();
        while (p != null && !"p".equals(p.getLocalName())) {
            p = p.getParentNode();
        }
        if (p == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        collectUntil(p, note, sb);
        return sb.toString();
    }

    private static boolean collectUntil(Node n, Node stop, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c == stop) {
                return true;
            }
            if (c.getNodeType() == Node.TEXT_NODE) {
                sb.append(c.getTextContent());
            } else if (c instanceof Element e && !"authorialNote".equals(e.getLocalName())
                    && collectUntil(c, stop, sb)) {
                return true;
            }
        }
        return false;
    }

    /** Text of an element without its footnotes, spaces collapsed. */
    private static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        collectUntil(e, null, sb);
        return sb.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    private static List<Element> elements(Element e, String local) {
        NodeList nl = e.getElementsByTagNameNS(AKN, local);
        List<Element> out = new ArrayList<>(nl.getLength());
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }
}
