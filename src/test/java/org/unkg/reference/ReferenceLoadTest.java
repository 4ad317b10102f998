package org.unkg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/**
 * {@link ReferenceData#load()} parses the bundled files at once but must build the model a
 * sequential read builds: the same statements in the same iteration order (labels, aliases and
 * the first-name-wins indexes are read in that order) and the same prefixes.
 */
class ReferenceLoadTest {
    @Test
    void theParallelLoadBuildsTheModelASequentialReadBuilds() throws IOException {
        Model sequential = ModelFactory.createDefaultModel();
        for (String f : ReferenceData.FILES) {
            try (InputStream in = ReferenceData.class.getResourceAsStream("/ontology/reference/" + f)) {
                RDFDataMgr.read(sequential, in, Lang.TURTLE);
            }
        }
        Model loaded = ReferenceData.load().model();
        assertTrue(sequential.size() > 10_000, "the bundled reference data is there");
        assertEquals(sequential.getNsPrefixMap(), loaded.getNsPrefixMap());
        List<String> a = statements(sequential);
        List<String> b = statements(loaded);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i), b.get(i), "statement " + i + " in iteration order");
        }
    }

    @Test
    void entriesKeepTheirLabelOrder() throws IOException {
        Model sequential = ModelFactory.createDefaultModel();
        for (String f : ReferenceData.FILES) {
            try (InputStream in = ReferenceData.class.getResourceAsStream("/ontology/reference/" + f)) {
                RDFDataMgr.read(sequential, in, Lang.TURTLE);
            }
        }
        ReferenceData expected = ReferenceData.of(sequential);
        ReferenceData loaded = ReferenceData.load();
        assertEquals(expected.states(), loaded.states());
        assertEquals(expected.organizations(), loaded.organizations());
        assertEquals(expected.treaties(), loaded.treaties());
    }

    /** Statements as strings with blank nodes blanked (each parse labels them afresh). */
    private static List<String> statements(Model m) {
        return m.listStatements().toList().stream().map(ReferenceLoadTest::shown).toList();
    }

    private static String shown(Statement s) {
        return (s.getSubject().isAnon() ? "_" : s.getSubject().toString()) + " " + s.getPredicate() + " "
                + (s.getObject().isAnon() ? "_" : s.getObject().toString());
    }
}
