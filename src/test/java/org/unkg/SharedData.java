package org.unkg;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The shared sample ({@code ../shared}: AKN XML, gold, contract) that sits beside the project in
 * every checkout and CI. Tests that need it call {@link #require(String)}: when it is absent they
 * are skipped, saying so, instead of failing.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared folder, from -Dunkg.shared (set by the pom) or ../shared. */
    public static Path root() {
        String p = System.getProperty("unkg.shared");
        return Path.of(p != null ? p : "../shared").toAbsolutePath().normalize();
    }

    /** A path under the shared folder; skips the calling test when it does not exist. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "skipped: shared sample not found at " + p
                + " (it sits beside the project in CI; pass -Dunkg.shared=DIR)");
        return p;
    }
}
