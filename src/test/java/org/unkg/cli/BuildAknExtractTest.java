package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.rdf.UNKG;
import picocli.CommandLine;

/** {@code unkg build --akn-extract FILE}: the extract's voters reach the graph; a missing file is one line. */
class BuildAknExtractTest {
    @TempDir
    Path tmp;

    @Test
    void extractVotersReachTheGraph() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        String xml = Files.readString(Path.of(getClass().getResource("/akn/A_RES_79_6-2419997E.xml").toURI()),
                StandardCharsets.UTF_8).replaceAll("(?s)<akn4un:voters>.*?</akn4un:voters>", "");
        Files.writeString(in.resolve("A_RES_79_6-2419997E.xml"), xml);
        Path json = tmp.resolve("79.json");
        Files.writeString(json, "{\"symbol\":\"A/RES/79/6\",\"voting_type\":\"adoptedRecordedVote\","
                + "\"MS_in_favour\":[\"ICELAND\"],\"MS_against\":[],\"MS_abstaining\":[]}\n");
        Path out = tmp.resolve("g.ttl");
        StringWriter sw = new StringWriter();
        CommandLine cl = Unkg.commandLine();
        cl.setOut(new PrintWriter(sw));
        cl.setErr(new PrintWriter(sw));
        assertEquals(0, cl.execute("build", in.toString(), "-o", out.toString(), "--akn-extract", json.toString()),
                sw.toString());
        Model m = RDFDataMgr.loadModel(out.toString());
        String b = "https://w3id.org/unkg/";
        assertTrue(m.contains(m.createResource(b + "doc/A/RES/79/6"), UNKG.votedInFavour, m.createResource(b + "state/isl")),
                "the extract's voter is missing");
        assertEquals(1, m.listObjectsOfProperty(m.createResource(b + "doc/A/RES/79/6"), UNKG.votedInFavour).toList().size());

        StringWriter err = new StringWriter();
        CommandLine c2 = Unkg.commandLine();
        c2.setOut(new PrintWriter(err));
        c2.setErr(new PrintWriter(err));
        int code = c2.execute("build", in.toString(), "-o", out.toString(), "--akn-extract", tmp.resolve("nope.json").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("nope.json"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }
}
