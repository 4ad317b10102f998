package org.unkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.unkg.reference.ReferenceData;

/**
 * The reference data for the structure tests: the bundled {@code ontology/reference/*.ttl}, and
 * while that has no {@code verbs.ttl} yet, the verb fixture learned from the AKN sample
 * ({@code src/test/resources/verbs-fixture/verbs.ttl}).
 */
public final class TestReference {
    private TestReference() {
    }

    public static ReferenceData load() {
        if (ReferenceData.class.getResource("/ontology/reference/verbs.ttl") != null) {
            return ReferenceData.load();
        }
        try {
            Path dir = Files.createTempDirectory("unkg-ref");
            dir.toFile().deleteOnExit();
            for (String f : ReferenceData.FILES) {
                try (InputStream in = ReferenceData.class.getResourceAsStream("/ontology/reference/" + f)) {
                    if (in != null) {
                        Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            try (InputStream in = TestReference.class.getResourceAsStream("/verbs-fixture/verbs.ttl")) {
                Files.copy(in, dir.resolve("verbs.ttl"), StandardCopyOption.REPLACE_EXISTING);
            }
            ReferenceData ref = ReferenceData.load(dir);
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
            return ref;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
