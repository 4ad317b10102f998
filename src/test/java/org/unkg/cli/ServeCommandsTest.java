package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.rdf.DocumentMapper;
import org.unkg.rdf.Iris;
import org.unkg.rdf.OutputFormat;
import org.unkg.rdf.Prefixes;
import org.unkg.rdf.SortedGraphWriter;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Paragraph;
import org.unkg.reference.ReferenceData;

/** {@code unkg query}, {@code unkg export} and the VoID file of {@code unkg build}, through the command line. */
class ServeCommandsTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Unkg.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private Path graph() {
        DocumentRecord d = DocumentRecord.builder().symbol("A/RES/76/299").type(DocType.RESOLUTION).language("en")
                .session(76).title("Zone of peace")
                .operative(new Paragraph(Paragraph.Kind.OPERATIVE, "operative/1", 1, "1", "Requests",
                        "Requests the Secretary-General to report;", List.of(), List.of()))
                .build();
        Path g = dir.resolve("graph.ttl");
        try (SortedGraphWriter w = new SortedGraphWriter(g, OutputFormat.TTL, Prefixes.standard(Iris.defaults()))) {
            w.accept(new DocumentMapper(Iris.defaults(), ReferenceData.load()).map(d));
            w.commit();
        }
        return g;
    }

    @Test
    void queryRunsACannedQueryWithParameters() {
        Path g = graph().toAbsolutePath();
        String[] r = run("query", "operative-paragraphs-by-verb", "--param", "verb=requests", "--param",
                "keyword=report", "--format", "csv", "--graph", g.toString());
        assertEquals("0", r[0], r[2]);
        List<String> lines = r[1].lines().toList();
        assertEquals("document,symbol,paragraph,number,v,text", lines.get(0));
        assertEquals(2, lines.size(), r[1]);
        assertTrue(lines.get(1).contains("A/RES/76/299"));
        String[] none = run("query", "06-operative-paragraphs-by-verb", "-p", "verb=Decides", "--format", "json",
                "--graph", g.toString());
        assertTrue(none[1].replaceAll("\\s", "").contains("\"bindings\":[]"), none[1]);
        String[] bad = run("query", "cited-by", "-p", "nosuch=1", "--graph", g.toString());
        assertEquals("2", bad[0]);
        String[] list = run("query", "--list");
        assertTrue(list[1].contains("03-cited-by") && list[1].contains("--param symbol="), list[1]);
    }

    @Test
    void exportWritesAFile() throws Exception {
        Path g = graph().toAbsolutePath();
        Path out = dir.resolve("net.graphml");
        String[] r = run("export", "--to", "graphml", "--graph", g.toString(), "-o", out.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("exported"), r[1]);
        assertTrue(Files.readString(out).contains("graphml"));
        assertEquals("2", run("export", "--to", "dot", "--graph", g.toString())[0]);
    }

    @Test
    void buildAlsoWritesVoid() {
        Path in = dir.resolve("empty");
        in.toFile().mkdirs();
        Path out = dir.resolve("out/graph.ttl");
        String[] r = run("build", in.toString(), "-o", out.toString());
        assertEquals("0", r[0], r[2]);
        Path v = dir.resolve("out/void.ttl");
        assertTrue(Files.exists(v));
        Model m = RDFDataMgr.loadModel(v.toString());
        long triples = RDFDataMgr.loadModel(out.toString()).size();
        assertEquals(triples, m.listObjectsOfProperty(m.createResource("https://w3id.org/unkg/dataset"), VOID.triples)
                .next().asLiteral().getLong());
    }
}
