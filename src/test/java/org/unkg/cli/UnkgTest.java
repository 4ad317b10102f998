package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

class UnkgTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Unkg.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "load", "validate", "eval", "serve", "query", "export"})
    void everyCommandHasHelp(String command) {
        assertEquals(0, run(command, "--help"));
        assertTrue(out.toString().startsWith("Usage: unkg " + command), out.toString());
    }

    /** main sets up only the command it runs; what that command says must not change. */
    @ParameterizedTest
    @ValueSource(strings = {"build", "load", "validate", "eval", "serve", "query", "export"})
    void aCommandAloneSaysWhatItSaysAmongTheOthers(String command) {
        StringWriter alone = new StringWriter();
        StringWriter aloneErr = new StringWriter();
        CommandLine cl = Unkg.commandLine(command, "--no-such-option");
        cl.setOut(new PrintWriter(alone, true));
        cl.setErr(new PrintWriter(aloneErr, true));
        assertEquals(0, cl.execute(command, "--help"));
        assertEquals(2, cl.execute(command, "--no-such-option"));
        assertEquals(1, cl.getSubcommands().size(), "only the command run is set up");
        assertEquals(0, run(command, "--help"));
        assertEquals(2, run(command, "--no-such-option"));
        assertEquals(out.toString(), alone.toString());
        assertEquals(err.toString(), aloneErr.toString());
        assertTrue(err.toString().contains("Usage: unkg " + command), err.toString());
    }

    @Test
    void helpAboutACommandStillKnowsEveryCommand() {
        CommandLine cl = Unkg.commandLine("help", "serve");
        StringWriter help = new StringWriter();
        cl.setOut(new PrintWriter(help, true));
        assertEquals(0, cl.execute("help", "serve"));
        assertTrue(help.toString().startsWith("Usage: unkg serve"), help.toString());
        assertEquals(8, cl.getSubcommands().size());
    }

    @Test
    void badFormatIsOneLineUsageError() {
        assertEquals(2, run("build", "--format", "docx", "-o", dir.resolve("g.ttl").toString(), dir.toString()));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("unknown format 'docx'"), err.toString());
    }

    @Test
    void theOutputFileNameSaysTheSyntax() throws Exception {
        Path nt = dir.resolve("by-name.nt");
        assertEquals(0, run("build", "corpus", "-o", nt.toString()), err.toString());
        try (var lines = Files.lines(nt)) {
            assertTrue(lines.limit(50).allMatch(l -> l.startsWith("<") || l.startsWith("_:")), "N-Triples, no PREFIX lines");
        }
        err.getBuffer().setLength(0);
        Path clash = dir.resolve("clash.nt");
        assertEquals(1, run("build", "corpus", "-o", clash.toString(), "--format", "ttl"));
        assertTrue(err.toString().contains("clash.nt: the file name says .nt but --format is ttl"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertFalse(Files.exists(clash));
        err.getBuffer().setLength(0);
        assertEquals(1, run("build", "corpus", "-o", dir.resolve("g.out").toString()));
        assertTrue(err.toString().contains("g.out: the output file name must end in"), err.toString());
    }

    @Test
    void missingInputIsOneLineErrorAndWritesNothing() {
        Path out = dir.resolve("g.ttl");
        assertEquals(1, run("build", dir.resolve("nope").toString(), "-o", out.toString()));
        assertTrue(err.toString().startsWith("unkg: "), err.toString());
        assertTrue(err.toString().contains("nope: no such file or folder"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
        assertFalse(Files.exists(out));
    }

    @Test
    void buildsTheBundledCorpusWithASummaryLine() throws Exception {
        Path out = dir.resolve("g.nt");
        assertEquals(0, run("build", "corpus", "-o", out.toString(), "--format", "nt"), err.toString());
        assertTrue(out().matches("(?s)built 5 documents, \\d+ triples, 0 skipped, [0-9.]+ s -> .*g\\.nt\\s*"), out());
        assertTrue(Files.size(out) > 100_000);
        assertTrue(Files.exists(dir.resolve("void.ttl")), "VoID is written beside the graph");
    }

    @Test
    void loadPutsTheBuiltGraphInATdbStoreOnceAndServeFindsItsVoid() throws Exception {
        Path graph = dir.resolve("g.nt");
        assertEquals(0, run("build", "corpus", "-o", graph.toString(), "--format", "nt"), err.toString());
        long lines;
        try (var s = Files.lines(graph)) {
            lines = s.filter(l -> !l.isBlank()).count();
        }
        Path tdb = dir.resolve("tdb");
        out.getBuffer().setLength(0);
        assertEquals(0, run("load", graph.toString(), "--tdb", tdb.toString()), err.toString());
        assertTrue(out().matches("(?s).*: loaded " + String.format("%,d", lines)
                + " triples \\(and [1-9][0-9]* derived from them\\) into.*"), out());
        assertTrue(Files.isRegularFile(tdb.resolve("unkg-void.ttl")), "the VoID is stored with the store");
        out.getBuffer().setLength(0);
        assertEquals(0, run("load", graph.toString(), "--tdb", tdb.toString()), err.toString());
        assertTrue(out().contains("already loaded"), out());
        out.getBuffer().setLength(0);
        assertEquals(0, run("load", graph.toString(), "--tdb", tdb.toString(), "--force"), err.toString());
        assertTrue(out().contains(": loaded "), out());
    }

    @Test
    void buildWithTdbAlsoLoadsTheStore() throws Exception {
        Path graph = dir.resolve("g.ttl");
        Path tdb = dir.resolve("store");
        assertEquals(0, run("build", "corpus", "-o", graph.toString(), "--tdb", tdb.toString()), err.toString());
        assertTrue(out().matches("(?s)built 5 documents, (\\d+) triples.*loaded \\1 triples \\(and [1-9]\\d* derived from them\\) into .*store\\s*"), out());
        assertTrue(Files.isRegularFile(tdb.resolve("unkg-void.ttl")));
    }

    @Test
    void loadWithoutAGraphIsOneLineError() {
        assertEquals(1, run("load", dir.resolve("none.ttl").toString(), "--tdb", dir.resolve("t").toString()));
        assertTrue(err.toString().contains("none.ttl: no such graph file"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    private String out() {
        return out.toString();
    }
}
