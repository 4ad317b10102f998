package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.build.Build;
import org.unkg.build.Readers;
import org.unkg.rdf.Iris;
import org.unkg.rdf.OutputFormat;
import org.unkg.reference.ReferenceData;
import org.unkg.rdf.UNKG;

/** The VoID/DCAT description counts what is in the graph file. */
class VoidWriterTest {
    @TempDir
    Path dir;

    @Test
    void countsTriplesSubjectsClassesAndWikidataLinks() throws Exception {
        Path graph = ServeFixture.write(dir);
        Model g = RDFDataMgr.loadModel(graph.toString());
        Path voidFile = dir.resolve("void.ttl");
        new VoidWriter(Iris.defaults()).write(graph, voidFile);
        Model v = RDFDataMgr.loadModel(voidFile.toString());
        Resource ds = v.createResource("https://w3id.org/unkg/dataset");
        assertTrue(v.contains(ds, RDF.type, VOID.Dataset) && v.contains(ds, RDF.type, DCAT.Dataset));
        assertEquals(g.size(), ds.getProperty(VOID.triples).getLong());
        assertEquals(g.listSubjects().toList().size(), ds.getProperty(VOID.distinctSubjects).getLong());
        Resource part = v.listSubjectsWithProperty(VOID._class, UNKG.Resolution).next();
        assertEquals(g.listSubjectsWithProperty(RDF.type, UNKG.Resolution).toList().size(),
                part.getProperty(VOID.entities).getLong());
        Resource ls = v.listSubjectsWithProperty(RDF.type, VOID.Linkset).next();
        assertEquals(OWL.sameAs, ls.getPropertyResourceValue(VOID.linkPredicate));
        assertEquals(3, ls.getProperty(VOID.triples).getLong(), "kaz, uzb, fra have Wikidata links");
        assertTrue(ds.hasProperty(DCTerms.license));
        assertTrue(ds.getProperty(DCTerms.rights).getString().contains("United Nations"));
        assertEquals("https://w3id.org/unkg/dump/graph.ttl", ds.getPropertyResourceValue(VOID.dataDump).getURI());
        Model again = ModelFactory.createDefaultModel();
        Path second = dir.resolve("void2.ttl");
        new VoidWriter(Iris.defaults()).write(graph, second);
        RDFDataMgr.read(again, second.toString());
        assertEquals(java.nio.file.Files.readString(voidFile), java.nio.file.Files.readString(second), "deterministic");
    }

    /**
     * A build describes its output from the lines it writes (no second parse); the description
     * equals the one got by parsing the written file, in Turtle and in N-Triples, and a subject
     * whose lines are not adjacent would be counted twice, which the sorted output rules out.
     */
    @Test
    void theBuildsOwnCountsEqualAParseOfItsOutput() {
        ReferenceData ref = ReferenceData.load();
        for (OutputFormat f : new OutputFormat[] {OutputFormat.TTL, OutputFormat.NT}) {
            Path out = dir.resolve(f == OutputFormat.TTL ? "graph.ttl" : "graph.nt");
            VoidWriter w = new VoidWriter(Iris.defaults());
            VoidWriter.Counter seen = w.counter();
            Build.Result r = Build.create().inputs(java.util.List.of(Path.of("corpus"))).output(out).format(f)
                    .reference(ref).readers(Readers.standard(ref)).outputLines(seen::line).build().run();
            assertTrue(r.triples() > 1000, "the corpus builds: " + r.triples());
            Model fromLines = seen.describe(out);
            Model fromParse = w.describe(out);
            assertTrue(fromLines.isIsomorphicWith(fromParse), f + ": line counts differ from a parse:\n"
                    + fromLines.difference(fromParse) + "\nvs\n" + fromParse.difference(fromLines));
            Resource ds = fromLines.createResource("https://w3id.org/unkg/dataset");
            assertEquals(r.triples(), ds.getProperty(VOID.triples).getLong());
        }
    }
}
