package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.unkg.SharedData;
import org.unkg.model.Citation;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Finding;
import org.unkg.model.Paragraph;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Development measurement beyond the gold: in the AKN sample, paragraphs link many citations to
 * undocs.org. The recall of those linked symbols among the citations the grammar finds in the
 * same paragraph's plain text (not every citation is linked, so this says nothing of precision).
 */
class AknLinkRecallDevTest {
    private static final int FILES_PER_LANGUAGE = 120;

    @Test
    void linkedCitationsAreFound() throws Exception {
        Path akn = SharedData.require("akn/79session");
        CitationExtractor extractor = new CitationExtractor();
        StringBuilder report = new StringBuilder();
        double worst = 1;
        for (String[] l : new String[][] {{"English", "en"}, {"Chinese", "zh"}}) {
            int linked = 0;
            int found = 0;
            Map<String, Integer> missed = new TreeMap<>();
            List<Path> files;
            try (Stream<Path> s = Files.list(akn.resolve(l[0]))) {
                files = s.sorted().limit(FILES_PER_LANGUAGE).toList();
            }
            for (Path f : files) {
                for (Element p : paragraphs(f)) {
                    List<String> links = links(p);
                    if (links.isEmpty()) {
                        continue;
                    }
                    String text = text(p);
                    DocumentRecord d = DocumentRecord.builder().language(l[1]).preamble(new Paragraph(
                            Paragraph.Kind.PREAMBULAR, "preamble/1", 1, null, null, text, List.of(), List.of())).build();
                    List<String> got = new ArrayList<>();
                    for (Finding x : extractor.extract(d)) {
                        got.add(((Citation) x).symbol().toUpperCase(Locale.ROOT));
                    }
                    for (String link : links) {
                        linked++;
                        if (got.stream().anyMatch(g -> g.equals(link) || g.startsWith(link) && g.length() == link.length() + 1
                                || g.startsWith(link + "-"))) {
                            found++;
                        } else {
                            missed.merge(link.replaceAll("\\d+", "9") + "  in: " + snippet(text, link), 1, Integer::sum);
                        }
                    }
                }
            }
            double recall = linked == 0 ? 1 : (double) found / linked;
            worst = Math.min(worst, recall);
            report.append(String.format("%s: %d linked citations in %d files, %d found, recall %.3f%n",
                    l[1], linked, files.size(), found, recall));
            missed.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                    .forEach(e -> report.append("   missed ").append(e.getValue()).append("x ").append(e.getKey()).append('\n'));
        }
        System.out.println(report);
        assertTrue(worst >= 0.9, report.toString());
    }

    private static String snippet(String text, String link) {
        String tail = link.substring(link.lastIndexOf('/') + 1);
        int i = text.indexOf(tail.replaceAll("\\(.*", ""));
        return i < 0 ? "(not printed)" : text.substring(Math.max(0, i - 40), Math.min(text.length(), i + 30)).replace('\n', ' ');
    }

    /** Paragraph-level p elements: those outside footnotes, and each footnote's p. */
    private static List<Element> paragraphs(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        DocumentBuilder b = f.newDocumentBuilder();
        NodeList ps = b.parse(file.toFile()).getElementsByTagNameNS("*", "p");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < ps.getLength(); i++) {
            out.add((Element) ps.item(i));
        }
        return out;
    }

    /** undocs.org link targets inside p but not inside a nested footnote. */
    private static List<String> links(Element p) {
        List<String> out = new ArrayList<>();
        collect(p, out, null);
        return out;
    }

    private static String text(Element p) {
        StringBuilder sb = new StringBuilder();
        collect(p, null, sb);
        return sb.toString();
    }

    private static void collect(Node n, List<String> links, StringBuilder text) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE && text != null) {
                text.append(c.getNodeValue());
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                Element e = (Element) c;
                if ("authorialNote".equals(e.getLocalName())) {
                    continue;
                }
                String href = e.getAttribute("href");
                if (links != null && "a".equals(e.getLocalName()) && href.contains("undocs.org/")) {
                    String sym = href.replaceFirst("^.*undocs\\.org/(?:[a-z]{2}/)?", "").toUpperCase(Locale.ROOT);
                    if (sym.contains("/")) {
                        links.add(sym);
                    }
                }
                collect(e, links, text);
            }
        }
    }
}
