package org.unkg.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.unkg.InputException;
import org.unkg.SharedData;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Paragraph;
import org.unkg.model.Sponsor;
import org.unkg.rdf.DocumentMapper;
import org.unkg.rdf.ELI;
import org.unkg.rdf.Iris;
import org.unkg.rdf.UNKG;
import org.unkg.reference.ReferenceData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Field coverage on the shared AKN sample: every 7th file of each language folder of both
 * sessions. For each file the counts the XML marks up (counted here with XPath, independently of
 * the reader) must equal the counts in the record and in the mapped graph.
 */
class AknCoverageTest {
    private static final String UNDOCS = "(starts-with(@href,'https://undocs.org') or starts-with(@href,'http://undocs.org')"
            + " or starts-with(@href,'https://www.undocs.org') or starts-with(@href,'https://docs.un.org'))";

    /** Annexes (attachments) are mapped whole, one text per annex, not as paragraphs. */
    private static final String NOT_ANNEX = "not(ancestor::*[local-name()='attachments'])";
    private static final String MAIN = "//*[local-name()='mainBody'][" + NOT_ANNEX + "]";

    @Test
    void everySeventhFileKeepsWhatItsXmlMarksUp() throws Exception {
        Path akn = SharedData.require("akn");
        ReferenceData ref = ReferenceData.load();
        AknReader reader = new AknReader(ref, AknExtract.none());
        DocumentMapper mapper = new DocumentMapper(Iris.defaults(), ref);
        List<Path> sample = sample(akn);
        SponsorList names = new SponsorList(ref, AknPhrases.load());
        List<String> mismatches = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Map<String, Integer> unhandled = new TreeMap<>();
        Map<String, Integer> unresolved = new TreeMap<>();
        int votersXml = 0;
        int paragraphs = 0;
        Map<String, Integer> noVerb = new TreeMap<>();
        int votersResolved = 0;
        for (Path f : sample) {
            Document dom = parse(f);
            AknReader.Read read;
            try {
                read = reader.readWithReport(f);
            } catch (InputException e) {
                refused.add(e.getMessage()); // a file whose header names another resolution
                continue;
            }
            DocumentRecord d = read.record();
            read.unhandled().forEach((k, v) -> unhandled.merge(k, v, Integer::sum));
            for (Paragraph p : d.preamble()) {
                paragraphs++;
                if (p.verb() == null) {
                    noVerb.merge(d.language(), 1, Integer::sum);
                }
            }
            for (Paragraph p : d.operative()) {
                paragraphs++;
                if (p.verb() == null) {
                    noVerb.merge(d.language(), 1, Integer::sum);
                }
            }
            Model g = ModelFactory.createModelForGraph(GraphFactory.createDefaultGraph());
            for (Triple t : mapper.map(d)) {
                g.getGraph().add(t);
            }
            Resource w = g.createResource(mapper.workIri(d));
            int preambleXml = count(dom, "//*[local-name()='preamble'][" + NOT_ANNEX + "]/*[local-name()='container']")
                    + count(dom, MAIN + "//*[local-name()='crossHeading'][@refersTo='#preamble']");
            int operativeXml = count(dom, MAIN + "//*[local-name()='paragraph']");
            int pointsXml = count(dom, MAIN + "//*[local-name()='point']");
            int notesXml = count(dom, "//*[local-name()='authorialNote']");
            // links in footnotes, in the preamble and body, and anywhere in an annex (its text is mapped whole)
            int linksXml = links(dom, "//*[local-name()='a'][" + UNDOCS + "][ancestor::*[local-name()='authorialNote']"
                    + " or (ancestor::*[local-name()='preamble' or local-name()='mainBody'] and " + NOT_ANNEX + ")"
                    + " or (ancestor::*[local-name()='attachment'] and not(ancestor::*[local-name()='meta']))]");
            int annexesXml = count(dom, "//*[local-name()='attachments']/*[local-name()='attachment']");
            int moved = read.unhandled().getOrDefault(AknBody.MOVED_TO_PREAMBLE, 0);
            check(mismatches, f, "preamble", preambleXml + moved, d.preamble().size(),
                    typed(g, w, UNKG.PreambularParagraph));
            int operativeGraph = typed(g, w, UNKG.OperativeParagraph);
            int items = d.operative().stream().mapToInt(AknCoverageTest::items).sum();
            // sub-items marked up as sibling paragraphs and headings marked up as paragraphs or points
            // move between the two counts: the XML's paragraphs and points are the record's paragraphs,
            // items and headings (reported as not mapped)
            int headings = read.unhandled().getOrDefault("heading", 0)
                    + read.unhandled().getOrDefault(AknBody.EMPTY, 0);
            int itemsGraph = g.listSubjectsWithProperty(RDF.type, UNKG.OperativeParagraph).toList().size() - operativeGraph;
            check(mismatches, f, "operative+points", operativeXml + pointsXml, d.operative().size() + items + headings + moved,
                    operativeGraph + itemsGraph + headings + moved);
            check(mismatches, f, "operative", d.operative().size(), d.operative().size(), operativeGraph);
            check(mismatches, f, "points", items, items, itemsGraph);
            check(mismatches, f, "footnotes", notesXml, d.footnotes().size(),
                    g.listSubjectsWithProperty(RDF.type, UNKG.Footnote).toList().size());
            check(mismatches, f, "links", linksXml, d.findings().size(),
                    g.listSubjectsWithProperty(UNKG.extractor, "akn-links").toList().size());
            check(mismatches, f, "annexes", annexesXml, d.annexes().size(),
                    g.listSubjectsWithProperty(RDF.type, UNKG.Annex).toList().size());
            int sponsorsXml = sponsorsInXml(dom, ref, d.language());
            int sponsorsGraph = g.listObjectsOfProperty(w, UNKG.sponsor).toList().size()
                    + g.listObjectsOfProperty(w, UNKG.additionalSponsor).toList().size()
                    + g.listObjectsOfProperty(w, UNKG.sponsorName).toList().size();
            check(mismatches, f, "sponsors", sponsorsXml, d.sponsors().size(), sponsorsGraph);
            for (Sponsor s : d.sponsors()) {
                if (s.stateKey() == null && !Character.isLowerCase(s.name().charAt(0))) {
                    unresolved.merge(s.name(), 1, Integer::sum);
                }
            }
            NodeList orgs = (NodeList) xpath().evaluate("//*[local-name()='voting']//*[local-name()='organization']",
                    dom, XPathConstants.NODESET);
            votersXml += orgs.getLength();
            for (int i = 0; i < orgs.getLength(); i++) {
                String name = orgs.item(i).getTextContent().strip();
                if (names.resolve(name, d.language()) == null) {
                    unresolved.merge("voter " + name, 1, Integer::sum);
                }
            }
            if (d.vote() != null) {
                votersResolved += d.vote().yes().size() + d.vote().no().size() + d.vote().abstain().size();
            }
            if (d.symbol() == null || d.title() == null || d.adoptionDate() == null || d.session() == null
                    || d.meeting() == null || d.agendaItems().isEmpty() || d.withoutMainCommittee() == null) {
                gaps.add(f.getFileName() + ": header field missing: symbol=" + d.symbol() + " title="
                        + (d.title() != null) + " adopted=" + d.adoptionDate() + " session=" + d.session()
                        + " meeting=" + d.meeting() + " agenda=" + d.agendaItems() + " committee?="
                        + d.withoutMainCommittee());
            }
        }
        System.out.printf("AKN coverage: %d files; not mapped: %s; unresolved sponsor and voter names: %s; voters %d in XML,"
                + " %d resolved to States%n", sample.size(), unhandled, unresolved, votersXml, votersResolved);
        System.out.printf("paragraphs: %d, without an opening verb by language: %s%n", paragraphs, noVerb);
        gaps.forEach(g -> System.out.println("header gap (not in the XML either): " + g));
        mismatches.forEach(System.out::println);
        refused.forEach(r -> System.out.println("refused: " + r));
        assertTrue(refused.size() <= 1, "files refused: " + refused);
        assertTrue(gaps.size() * 50 < sample.size(), "more than 2% of files lack a header field: " + gaps);
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches, first: "
                + (mismatches.isEmpty() ? "" : mismatches.get(0)));
        assertTrue(sample.size() > 300, "sample too small: " + sample.size());
    }

    private static int items(Paragraph p) {
        return p.items().size() + p.items().stream().mapToInt(AknCoverageTest::items).sum();
    }

    /** Paragraphs of a type that belong to the Work directly (sub-items belong to a paragraph). */
    private static int typed(Model g, Resource w, Resource type) {
        return (int) g.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(p -> g.contains(p, ELI.is_part_of, w)).count();
    }

    private static void check(List<String> out, Path f, String what, int xml, int record, int graph) {
        if (xml != record || record != graph) {
            out.add(f.getFileName() + ": " + what + " xml=" + xml + " record=" + record + " graph=" + graph);
        }
    }

    /**
     * Sponsor names in the workflow, counted the plain way: a phrase is one, a list is its
     * top-level commas plus one, plus one more when its last part joins two names with "and"
     * and is not itself a State.
     */
    private static int sponsorsInXml(Document dom, ReferenceData ref, String lang) throws Exception {
        NodeList steps = (NodeList) xpath().evaluate("//*[local-name()='step'][@outcome='draftResolution'"
                + " or @outcome='draftResolutionAdditionalSponsors']/@by", dom, XPathConstants.NODESET);
        int n = 0;
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < steps.getLength(); i++) {
            String by = steps.item(i).getNodeValue().strip().replaceAll("\\s+", " ");
            String kind = ((org.w3c.dom.Attr) steps.item(i)).getOwnerElement().getAttribute("outcome");
            if (by.isEmpty() || seen.contains(kind + by)) {
                continue;
            }
            seen.add(kind + by);
            if (Character.isLowerCase(by.charAt(0))) {
                n++;
                continue;
            }
            List<String> parts = SponsorList.topLevel(by, ",");
            n += parts.size();
            String last = parts.get(parts.size() - 1);
            String outside = last.replaceAll("\\([^)]*\\)", "");
            if (outside.contains(" and ") && ref.stateKey(last, lang).isEmpty()) {
                n++;
            }
        }
        return n;
    }

    private static List<Path> sample(Path akn) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String session : List.of("76session", "79session")) {
            Path dir = akn.resolve(session);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> langs = Files.list(dir)) {
                for (Path lang : langs.filter(Files::isDirectory).sorted().toList()) {
                    try (Stream<Path> files = Files.list(lang)) {
                        List<Path> xml = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
                        for (int i = 0; i < xml.size(); i += 7) {
                            out.add(xml.get(i));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Document parse(Path f) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return dbf.newDocumentBuilder().parse(f.toFile());
    }

    private static XPath xpath() {
        return XPathFactory.newInstance().newXPath();
    }

    /** Links, counting as one a reference split over adjacent {@code <a>} with the same target. */
    private static int links(Document dom, String expr) throws Exception {
        NodeList as = (NodeList) xpath().evaluate(expr, dom, XPathConstants.NODESET);
        int n = 0;
        for (int i = 0; i < as.getLength(); i++) {
            Element a = (Element) as.item(i);
            Node prev = a.getPreviousSibling();
            while (prev != null && prev.getNodeType() == Node.TEXT_NODE && prev.getNodeValue().isBlank()) {
                prev = prev.getPreviousSibling();
            }
            boolean continued = prev instanceof Element p && "a".equals(p.getLocalName())
                    && p.getAttribute("href").strip().equals(a.getAttribute("href").strip());
            n += continued ? 0 : 1;
        }
        return n;
    }

    private static int count(Document dom, String expr) throws Exception {
        return ((Number) xpath().evaluate("count(" + expr + ")", dom, XPathConstants.NUMBER)).intValue();
    }

}
