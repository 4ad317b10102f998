package org.unkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Options the bench refuses instead of silently running something else. */
class BenchOptionsTest {
    @Test
    void aTextScaleBeyondTheLargestXmlScaleIsRefused(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new BenchMain());
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("--scale", "1", "--text-scales", "1,10", "--stages", "text",
                "--akn", dir.resolve("absent").toString(), "--work", dir.resolve("w").toString());
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("--text-scales [1, 10] goes beyond the largest --scale (1)"), err.toString());
    }
}
