package org.unkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.unkg.InputException;
import org.unkg.SharedData;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Paragraph;
import org.unkg.rdf.DocumentMapper;
import org.unkg.rdf.GraphValidator;
import org.unkg.rdf.Iris;
import org.unkg.reference.ReferenceData;

/**
 * Language versions of one resolution merge on one Work and one IRI per paragraph: the merged
 * graph must conform to the shapes. The whole sessions take minutes to build here, so the test
 * builds the documents whose versions disagree in markup, chosen by a rule over the XML (not by
 * name): every version of each resolution whose versions differ in the number of body paragraphs
 * without {@code <num>} or in the number of footnotes, or that has a {@code <sublist>}; only those
 * whose files are at most 60 KB, to keep the test near 30 s. The whole-session figures are in the
 * README and the issue.
 */
class AknLanguageVersionsTest {
    private static final Pattern NAME = Pattern.compile("A_RES_(\\d+)_(\\d+)[ A-Z-]*-\\d+[ACEFRS]\\.xml");
    private static final Pattern PARAGRAPH = Pattern.compile("<paragraph\\b[^>]*>\\s*(<num)?");
    private static final long MAX_FILE = 60 * 1024;

    @Test
    void versionsThatDisagreeInMarkupMergeIntoAConformingGraph() throws Exception {
        Path akn = SharedData.require("akn");
        List<Path> files = new ArrayList<>();
        for (String session : List.of("76session", "79session")) {
            files.addAll(disagreeing(akn.resolve(session)));
        }
        assertTrue(files.size() > 100, "the rule selects too few files to test anything: " + files.size());
        ReferenceData ref = ReferenceData.load();
        AknReader reader = new AknReader(ref, AknExtract.none());
        DocumentMapper mapper = new DocumentMapper(Iris.defaults(), ref);
        Graph g = GraphFactory.createDefaultGraph();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Triple>>> mapped = new ArrayList<>();
            for (Path f : files) {
                mapped.add(pool.submit(() -> {
                    try {
                        return mapper.map(reader.read(f));
                    } catch (InputException e) {
                        return List.of(); // a file the reader refuses is reported by the build, not merged
                    }
                }));
            }
            for (Future<List<Triple>> m : mapped) {
                m.get().forEach(g::add);
            }
        } finally {
            pool.shutdown();
        }
        GraphValidator v = GraphValidator.standard();
        ValidationReport report = v.validate(g);
        List<String> lines = v.lines(report);
        System.out.printf("language versions that disagree in markup: %d files, %d triples, %d violations%n",
                files.size(), g.size(), lines.size());
        assertTrue(report.conforms(), lines.size() + " violations, first: " + lines.stream().limit(5).toList());
    }

    @Test
    void unnumberedParagraphsAreKeyedByTheNumberedOneTheyFollow() {
        // 79/161 in French: "24 Exhorte" lost its <num>, and section titles are unnumbered paragraphs
        Path dir = SharedData.require("akn/79session");
        AknReader reader = new AknReader(ReferenceData.load(), AknExtract.none());
        DocumentRecord en = reader.read(only(dir.resolve("English"), "A_RES_79_161-"));
        DocumentRecord fr = reader.read(only(dir.resolve("French"), "A_RES_79_161-"));
        List<String> enKeys = AknDefectsTest.operativeKeys(en);
        assertEquals(enKeys, AknDefectsTest.operativeKeys(fr));
        Paragraph p24 = fr.operative().stream().filter(p -> p.key().equals("operative/24")).findFirst().orElseThrow();
        assertEquals(24, p24.ordinal());
        assertTrue(enKeys.stream().noneMatch(k -> k.contains("/u")), enKeys.toString());
    }

    @Test
    void aFileWhoseHeaderNamesAnotherResolutionIsRefused() {
        AknReader.checkFileName(Path.of("A_RES_79_304-2510827R.xml"), "A/RES/79/304");
        AknReader.checkFileName(Path.of("A_RES_76_84 A-B-2118640C.xml"), "A/RES/76/84A-B");
        AknReader.checkFileName(Path.of("004_zone_of_peace.xml"), "A/RES/79/5");
        assertThrows(InputException.class,
                () -> AknReader.checkFileName(Path.of("A_RES_79_304-2510827R.xml"), "A/RES/79/309"));
        assertThrows(InputException.class,
                () -> AknReader.checkFileName(Path.of("A_RES_79_30-2510827R.xml"), "A/RES/79/304"));
    }

    private static Path only(Path dir, String prefix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every version of the resolutions whose versions disagree in markup, as the class comment says. */
    private static List<Path> disagreeing(Path session) throws IOException {
        Map<String, List<Path>> byDoc = new TreeMap<>();
        Map<String, List<String>> shapes = new TreeMap<>();
        Map<String, Boolean> keep = new TreeMap<>();
        List<Path> all;
        try (Stream<Path> s = Files.walk(session)) {
            all = s.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path f : all) {
            Matcher m = NAME.matcher(f.getFileName().toString());
            m.matches();
            String doc = m.group(1) + "/" + m.group(2);
            String xml = Files.readString(f, StandardCharsets.UTF_8);
            int start = xml.indexOf("<mainBody");
            int end = xml.indexOf("</mainBody>");
            String body = start >= 0 && end > start ? xml.substring(start, end) : "";
            Matcher p = PARAGRAPH.matcher(body);
            int unnumbered = 0;
            while (p.find()) {
                unnumbered += p.group(1) == null ? 1 : 0;
            }
            int notes = xml.split("<authorialNote", -1).length - 1;
            byDoc.computeIfAbsent(doc, k -> new ArrayList<>()).add(f);
            shapes.computeIfAbsent(doc, k -> new ArrayList<>()).add(unnumbered + "/" + notes);
            keep.merge(doc, Files.size(f) <= MAX_FILE, Boolean::logicalAnd);
            if (xml.contains("<sublist")) {
                shapes.get(doc).add("sublist");
            }
        }
        List<Path> out = new ArrayList<>();
        for (var e : byDoc.entrySet()) {
            boolean differs = shapes.get(e.getKey()).stream().distinct().count() > 1;
            if (differs && keep.get(e.getKey())) {
                out.addAll(e.getValue());
            }
        }
        return out;
    }
}
