package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the pages in headless Chromium: a screenshot of the right size that is not blank, a
 * rendered DOM with the paragraphs and links, and no console errors. Skips itself when
 * {@code /usr/bin/chromium} is absent (Debian: {@code apt-get install -y chromium}).
 */
class ChromiumPageTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;
    static FusekiServer server;
    static String url;
    /** stdout (the DOM) and stderr of one run on the resolution page, which also took the screenshot. */
    static String[] page;
    static Path png;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "headless browser check skipped: /usr/bin/chromium is not installed (apt-get install -y chromium)");
        server = UnkgServer.create().dataset(ServeFixture.dataset(dir)).port(0).build();
        server.start();
        url = "http://127.0.0.1:" + server.getPort();
        png = dir.resolve("page.png");
        // one browser run for both checks: each start costs seconds on a loaded machine
        page = chromium(dir.resolve("profile-page"), "--screenshot=" + png, "--dump-dom", url + "/doc/A/RES/76/299");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Runs chromium with the given extra arguments; returns {stdout, stderr}. */
    private static String[] chromium(Path profile, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1200,900", "--enable-logging=stderr", "--v=0"));
        cmd.addAll(List.of(extra));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s");
        }
        return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)};
    }

    private static void assertNoConsoleErrors(String stderr) {
        for (String line : stderr.lines().toList()) {
            assertFalse(line.contains("Uncaught") || line.contains("ERROR:CONSOLE")
                    || (line.contains(":CONSOLE(") && line.contains("ERROR")), "console error: " + line);
        }
    }

    @Test
    void resolutionPageRendersWithParagraphsAndLinks() throws Exception {
        String[] r = page;
        String dom = r[0];
        assertTrue(dom.contains("Requests the Secretary-General"), "operative paragraph in the DOM");
        assertTrue(dom.contains("Rappelant"), "French verb in the DOM");
        assertTrue(dom.contains("href=\"/doc/A/RES/77/100\""), "cited-by link in the DOM");
        assertTrue(dom.contains("href=\"/state/kaz\""), "sponsor link in the DOM");
        assertTrue(dom.contains("&lt;portant&gt;"), "escaped text stays text");
        assertNoConsoleErrors(r[1]);
    }

    @Test
    void screenshotIsAValidNonBlankPng() throws Exception {
        String[] r = page;
        assertTrue(Files.exists(png), "no screenshot; stderr: " + r[1]);
        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1200, img.getWidth());
        assertEquals(900, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                }
            }
        }
        assertTrue(colours.size() > 20, "blank page: " + colours.size() + " colours");
        assertTrue(dark > 500, "no text drawn: " + dark + " dark pixels");
        assertNoConsoleErrors(r[1]);
    }

    @Test
    void queryPageRenders() throws Exception {
        String[] q = chromium(dir.resolve("profile-query"), "--dump-dom", url + "/queries/02-citation-network");
        assertTrue(q[0].contains("3 rows"), q[0]);
        assertTrue(q[0].contains("href=\"/doc/A/RES/76/299\""), "result cells link to pages");
        assertNoConsoleErrors(q[1]);
    }
}
