package org.unkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.build.Build;
import org.unkg.build.Readers;
import org.unkg.ingest.AknExtract;
import org.unkg.ingest.AknReader;
import org.unkg.model.DocumentRecord;
import org.unkg.rdf.GraphValidator;
import org.unkg.reference.ReferenceData;

/**
 * Issue #7's contract-style check on the text path: the six language versions of A/RES/79/5, each
 * rendered from the UN's XML to PDF-like text and saved under a name that does not say its
 * language, build into one Work with six Expressions, 14 preambular and 14 operative paragraphs,
 * each paragraph with a text and a verb in all six languages, and a graph that conforms to the
 * shapes. The text path never sees the XML.
 */
class SixLanguageTextMergeTest {
    private static final List<String> LANGS = List.of("ar", "en", "es", "fr", "ru", "zh");
    private static final String WORK = "https://w3id.org/unkg/doc/A/RES/79/5";

    @TempDir
    Path dir;

    @Test
    void sixRenderedLanguageVersionsMergeIntoOneWork() throws Exception {
        ReferenceData ref = ReferenceData.load();
        AknReader akn = new AknReader(ref, AknExtract.none());
        Path in = Files.createDirectories(dir.resolve("in"));
        int n = 0;
        for (String suffix : List.of("A", "C", "E", "F", "R", "S")) {
            Path xml = Path.of("src/test/resources/akn/A_RES_79_5-2419776" + suffix + ".xml");
            DocumentRecord d = akn.read(xml);
            // neutral names: the language must come from the text itself
            Files.writeString(in.resolve("version-" + (++n) + ".txt"), new PdfLikeRenderer().render(d),
                    StandardCharsets.UTF_8);
        }
        Path out = dir.resolve("g.ttl");
        Build.Result r = Build.create().inputs(List.of(in)).output(out).reference(ref)
                .readers(Readers.standard(ref)).build().run();
        assertEquals(6, r.documents(), r.skipped().toString());
        Model m = RDFDataMgr.loadModel(out.toString());

        assertEquals(Set.of(WORK), strings(m, "SELECT DISTINCT ?w { ?e <http://data.europa.eu/eli/ontology#realizes> ?w }"));
        assertEquals(new TreeSet<>(LANGS), strings(m, "SELECT ?l { ?e <http://data.europa.eu/eli/ontology#realizes> <" + WORK
                + "> ; <http://purl.org/dc/terms/language> ?lang . BIND(replace(str(?lang), '^.*/', '') AS ?l) }",
                s -> s.toLowerCase().substring(0, 2)));
        for (String kind : List.of("PreambularParagraph", "OperativeParagraph")) {
            String cls = "<https://w3id.org/unkg/ontology#" + kind + ">";
            assertEquals(14, strings(m, "SELECT ?p { ?p a " + cls + " ; <http://data.europa.eu/eli/ontology#is_part_of> <"
                    + WORK + "> }").size(), kind);
            for (String prop : List.of("text", "verb")) {
                // paragraphs lacking a value in some language, with the languages they have
                List<String> gaps = rows(m, "SELECT ?p (GROUP_CONCAT(DISTINCT lang(?v)) AS ?ls) { ?p a " + cls
                        + " ; <http://data.europa.eu/eli/ontology#is_part_of> <" + WORK + "> ; <https://w3id.org/unkg/ontology#"
                        + prop + "> ?v } GROUP BY ?p HAVING (COUNT(DISTINCT lang(?v)) != 6)");
                assertTrue(gaps.isEmpty(), kind + " " + prop + " not in six languages: " + gaps);
            }
        }
        ValidationReport shacl = GraphValidator.standard().validate(m.getGraph());
        assertTrue(shacl.conforms(), () -> String.join("\n", GraphValidator.standard().lines(shacl)));
    }

    private static Set<String> strings(Model m, String q) {
        return strings(m, q, s -> s);
    }

    private static Set<String> strings(Model m, String q, java.util.function.UnaryOperator<String> f) {
        Set<String> out = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            ResultSet rs = qe.execSelect();
            String var = rs.getResultVars().get(0);
            rs.forEachRemaining(s -> out.add(f.apply(s.get(var).toString())));
        }
        return out;
    }

    private static List<String> rows(Model m, String q) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(s.toString()));
        }
        return out;
    }
}
