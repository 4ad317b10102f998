package org.unkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.build.Build;
import org.unkg.build.Readers;
import org.unkg.reference.ReferenceData;

/**
 * A graph built by the real pipeline — the six language versions of A/RES/79/5 from the UN's XML
 * and the bundled text corpus (English and Chinese, a letter; all but the English text of
 * A/RES/79/5, see below) — conforms to the shapes and is
 * consistent with the ontology under Jena's OWL reasoner. (Outside owl:sameAs links are left out
 * of the reasoner run for the reason given in {@link OntologyConsistencyTest}.)
 */
class BuiltGraphConsistencyTest {
    @TempDir
    Path dir;

    @Test
    void builtGraphConformsAndIsConsistent() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String lang : List.of("E", "C", "F", "S", "R", "A")) {
            Path src = Path.of("src/test/resources/akn/A_RES_79_5-2419776" + lang + ".xml");
            Files.copy(src, in.resolve(src.getFileName()));
        }
        try (var s = Files.list(Path.of("corpus"))) {
            // corpus/004 is the English text of A/RES/79/5, whose XML is built here too: two English
            // sources whose typography differs (’ vs ', U+2011 hyphens) give two @en texts on one
            // paragraph, which the shapes rightly flag (a known limitation, see the README).
            for (Path p : s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("004_"))
                    .toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        ReferenceData ref = ReferenceData.load();
        Path out = dir.resolve("g.ttl");
        Build.Result r = Build.create().inputs(List.of(in)).output(out).reference(ref)
                .readers(Readers.standard(ref)).build().run();
        assertEquals(10, r.documents(), r.skipped().toString());

        Model m = RDFDataMgr.loadModel(out.toString());
        ValidationReport shacl = GraphValidator.standard().validate(m.getGraph());
        assertTrue(shacl.conforms(), () -> String.join("\n", GraphValidator.standard().lines(shacl)));

        Graph g = m.getGraph();
        g.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).toList().stream()
                .filter(t -> !t.getObject().getURI().startsWith(Iris.DEFAULT_BASE)).forEach(g::delete);
        ValidityReport v = ReasonerRegistry.getOWLReasoner().bindSchema(Ontology.load().getGraph()).bind(g).validate();
        List<String> problems = new ArrayList<>();
        for (Iterator<ValidityReport.Report> it = v.getReports(); it.hasNext(); ) {
            ValidityReport.Report rep = it.next();
            if (rep.isError()) {
                problems.add(rep.getType() + ": " + rep.getDescription());
            }
        }
        assertTrue(v.isValid(), () -> "inconsistent:\n" + String.join("\n", problems));
    }
}
