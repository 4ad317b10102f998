package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.rdf.UNKG;

import picocli.CommandLine;

/** {@code unkg validate}: exit codes and what it prints. */
class ValidateCommandTest {
    private static final String RES = "https://w3id.org/unkg/doc/A/RES/76/299";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Unkg.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, Graph g, Lang lang) throws IOException {
        Path f = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(f)) {
            RDFDataMgr.write(os, g, lang);
        }
        return f;
    }

    /** A small well-formed graph: one resolution with one paragraph, one language version. */
    private static Graph good() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, ValidateCommandTest.class.getResourceAsStream("/validate/good.ttl"), Lang.TURTLE);
        return g;
    }

    @Test
    void goodFileExitsZero() throws IOException {
        Path f = write("good.ttl", good(), Lang.TURTLE);
        Run r = run("validate", f.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("good.ttl: conforms"), r.out());
    }

    @Test
    void goodFileInAnotherSyntaxExitsZero() throws IOException {
        Path f = write("good.nt", good(), Lang.NTRIPLES);
        assertEquals(0, run("validate", f.toString()).code());
    }

    @Test
    void badFileExitsOneAndNamesTheProblem() throws IOException {
        Graph g = good();
        g.remove(Node.ANY, UNKG.ordinal.asNode(), Node.ANY);
        Path bad = write("bad.ttl", g, Lang.TURTLE);
        Path ok = write("ok.ttl", good(), Lang.TURTLE);
        Run r = run("validate", ok.toString(), bad.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("ok.ttl: conforms"), r.out());
        assertTrue(r.out().contains("bad.ttl: 1 violation"), r.out());
        assertTrue(r.out().contains("<" + RES + "/preamble/1> unkg:ordinal"), r.out());
        assertTrue(r.out().contains("exactly one unkg:ordinal"), r.out());
    }

    @Test
    void unreadableFilesExitOneWithTheFileName() throws IOException {
        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "<a> <b> .", StandardCharsets.UTF_8);
        Run r = run("validate", broken.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("broken.ttl"), r.err());
        Run missing = run("validate", dir.resolve("nope.ttl").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope.ttl: no such file"), missing.err());
    }

    @Test
    void noFileIsAUsageError() {
        assertEquals(2, run("validate").code());
    }
}
