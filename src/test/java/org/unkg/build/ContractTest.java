package org.unkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unkg.TestReference;
import org.unkg.reference.ReferenceData;

/**
 * The contract: the bundled corpus ({@code corpus/}) built with the standard readers must answer
 * every query of {@code src/test/resources/contract/} (copied from the shared contract) with
 * exactly the rows of its CSV, in order.
 */
class ContractTest {
    @TempDir
    static Path tmp;
    static Model graph;

    @BeforeAll
    static void build() {
        ReferenceData ref = TestReference.load();
        Path out = tmp.resolve("graph.ttl");
        Build.Result r = Build.create().inputs(List.of(Path.of("corpus"))).output(out)
                .readers(Readers.standard(ref)).reference(ref).threads(2).build().run();
        assertEquals(List.of(), r.skipped());
        assertEquals(5, r.documents());
        graph = RDFDataMgr.loadModel(out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-resolution-header", "02-paragraph-counts", "03-verbs-per-language", "04-titles",
            "09-letter", "10-provenance"})
    void structureQueries(String name) throws IOException {
        assertEquals(expected(name), actual(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"05-citations", "06-states", "07-bodies", "08-treaty"})
    void extractorQueries(String name) throws IOException {
        assertEquals(expected(name), actual(name), name);
    }

    static String expected(String name) throws IOException {
        try (InputStream in = ContractTest.class.getResourceAsStream("/contract/" + name + ".csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
        }
    }

    static String actual(String name) throws IOException {
        String q;
        try (InputStream in = ContractTest.class.getResourceAsStream("/contract/" + name + ".rq")) {
            q = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(graph.size() > 0);
        try (QueryExecution qe = QueryExecutionFactory.create(q, graph)) {
            ByteArrayOutputStream bout = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsCSV(bout, qe.execSelect());
            return bout.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
        }
    }
}
