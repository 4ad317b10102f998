package org.unkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The benchmark's build child runs with the JVM flags the launcher gives {@code unkg build}. */
class ChildFlagsTest {
    @Test
    void theBuildFlagsAreTheLaunchers() throws IOException {
        String launcher = Files.readString(Path.of("unkg"), StandardCharsets.UTF_8);
        String line = "  opts=\"" + String.join(" ", Child.BUILD_FLAGS) + "\"";
        assertTrue(launcher.lines().anyMatch(line::equals),
                "./unkg gives 'build' other flags than Child.BUILD_FLAGS " + Child.BUILD_FLAGS);
    }

    @Test
    void flagsComeAfterTheChildHeapSoTheirHeapWins() {
        List<String> cmd = new Child("1g", Path.of("logs")).command("a.Main", Child.BUILD_FLAGS, List.of("--x"));
        int xmx = cmd.indexOf("-Xmx1g");
        int own = cmd.indexOf(Child.BUILD_FLAGS.get(0));
        assertTrue(xmx > 0 && own > xmx, cmd.toString());
        assertEquals("a.Main", cmd.get(cmd.size() - 2));
        assertEquals("--x", cmd.get(cmd.size() - 1));
    }
}
