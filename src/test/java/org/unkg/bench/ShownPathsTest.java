package org.unkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bench's results name no folder of the machine they ran on. */
class ShownPathsTest {
    @Test
    void anAbsolutePathIsShownFromTheWorkingFolder() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals(Path.of("target", "unkg.jar").toString(), Probe.shown(cwd.resolve("target/unkg.jar").toString()));
        assertEquals(Path.of("..", "shared", "akn").toString(),
                Probe.shown(cwd.resolve("../shared/akn").toString()));
        assertEquals("java", Probe.shown(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        assertEquals("unkg", Probe.shown("unkg"));
    }

    @Test
    void aSkippedFileIsNamedFromItsInputFolder() {
        Path input = Path.of("").toAbsolutePath().resolve("tmp-bench").resolve("r0");
        String msg = input + File.separator + "text" + File.separator + "doc-00086.txt: a resolution without its symbol";
        assertEquals("r0" + File.separator + "text" + File.separator + "doc-00086.txt: a resolution without its symbol",
                BuildProbe.underInput(msg, List.of(Path.of("other"), input)));
        assertEquals("no path here", BuildProbe.underInput("no path here", List.of(input)));
    }
}
