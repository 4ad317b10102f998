package org.unkg.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code unkg build} as a child JVM, killed at several moments: the graph of the previous build
 * stays byte-identical and no partial file replaces it. Also the exit codes: {@code --strict}
 * with a skipped file, and a build where nothing can be read.
 */
class KillBuildTest {
    @TempDir
    Path tmp;

    private static Process start(Path dir, Path out, String... more) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.unkg.cli.Unkg", "build",
                dir.toString(), "-o", out.toString(), "--threads", "2"));
        cmd.addAll(List.of(more));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling("log-" + System.nanoTime() + ".txt").toFile()).start();
    }

    private Path corpus(int copies) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        List<Path> akn;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/akn"))) {
            akn = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        for (int i = 0; i < copies; i++) {
            Path src = akn.get(i % akn.size());
            Files.copy(src, dir.resolve(String.format("copy%04d-%s", i, src.getFileName())));
        }
        return dir;
    }

    @Test
    void killedBuildsLeaveThePreviousGraphIntact() throws Exception {
        Path dir = corpus(300);
        Path out = Files.createDirectories(tmp.resolve("out")).resolve("graph.ttl");
        byte[] previous = "# the previous build\n<urn:a> <urn:b> <urn:c> .\n".getBytes(StandardCharsets.UTF_8);
        Files.write(out, previous);
        for (long ms : new long[] {500, 1500, 3000}) {
            Process p = start(dir, out);
            boolean ended = p.waitFor(ms, TimeUnit.MILLISECONDS);
            if (!ended) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            if (ended) {
                // the build finished before the kill: it must have replaced the file wholly
                assertEquals(0, p.exitValue());
                assertNotEquals(new String(previous, StandardCharsets.UTF_8), Files.readString(out));
                Files.write(out, previous);
                continue;
            }
            assertArrayEquals(previous, Files.readAllBytes(out), "killed at " + ms + " ms replaced the graph");
            try (Stream<Path> s = Files.list(out.getParent())) {
                List<String> names = s.map(x -> x.getFileName().toString()).filter(x -> !x.startsWith("log-")).toList();
                assertTrue(names.stream().noneMatch(x -> x.endsWith(".ttl") && !x.equals("graph.ttl")
                        && !x.equals("void.ttl")), names::toString);
            }
        }
    }

    @Test
    void strictFailsOnASkippedFileAndNothingBuiltFails() throws Exception {
        Path dir = corpus(3);
        Files.writeString(dir.resolve("broken.xml"), "<akomaNtoso><act>", StandardCharsets.UTF_8);
        Path out = tmp.resolve("o1").resolve("graph.ttl");
        Files.createDirectories(out.getParent());
        Process lax = start(dir, out);
        assertTrue(lax.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, lax.exitValue());
        String log = log(out);
        assertTrue(log.contains("1 skipped"), log);
        assertTrue(log.contains("broken.xml"), log);
        Process strict = start(dir, out, "--strict");
        assertTrue(strict.waitFor(120, TimeUnit.SECONDS));
        assertNotEquals(0, strict.exitValue());

        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(bad.resolve("a.xml"), "<akomaNtoso><", StandardCharsets.UTF_8);
        Files.write(bad.resolve("b.txt"), new byte[] {(byte) 0xff, 0x00, (byte) 0xc3});
        Path out2 = tmp.resolve("o2").resolve("graph.ttl");
        Files.createDirectories(out2.getParent());
        Process none = start(bad, out2);
        assertTrue(none.waitFor(120, TimeUnit.SECONDS));
        assertNotEquals(0, none.exitValue());
        assertTrue(Files.notExists(out2));
    }

    private static String log(Path out) throws IOException {
        StringBuilder b = new StringBuilder();
        for (File f : out.getParent().toFile().listFiles((d, n) -> n.startsWith("log-"))) {
            b.append(Files.readString(f.toPath()));
            f.delete();
        }
        return b.toString();
    }
}
