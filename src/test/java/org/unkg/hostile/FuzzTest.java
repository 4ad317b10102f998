package org.unkg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.unkg.InputException;
import org.unkg.TestReference;
import org.unkg.build.Readers;
import org.unkg.ingest.DocumentReader;
import org.unkg.model.DocumentRecord;
import org.unkg.rdf.DocumentMapper;
import org.unkg.rdf.GraphValidator;
import org.unkg.rdf.Iris;
import org.unkg.rdf.OutputFormat;
import org.unkg.rdf.Prefixes;
import org.unkg.rdf.SortedGraphWriter;
import org.unkg.reference.ReferenceData;

/**
 * Mutated real documents and random bytes thrown at every reader, then the extractors (inside
 * the text path), the mapper and the writer. Only {@link InputException} may escape; every graph
 * written parses back as Turtle and N-Triples and conforms to the shapes; nothing runs longer
 * than the time bound. Seeded: a failure reproduces.
 */
class FuzzTest {
    private static final long SEED = 20261123L;
    private static final Duration BOUND = Duration.ofSeconds(5);

    static {
        // PDFBox logs every repair it makes of a damaged file; hundreds of lines say nothing here
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "off");
    }

    private static ReferenceData ref;
    private static List<DocumentReader> readers;
    private static DocumentMapper mapper;

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() {
        ref = TestReference.load();
        readers = Readers.standard(ref);
        mapper = new DocumentMapper(Iris.defaults(), ref);
    }

    /** Outcome counters of one run. */
    private static final class Tally {
        final AtomicInteger tried = new AtomicInteger();
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger rejected = new AtomicInteger();
        final List<String> crashes = new ArrayList<>();
        final List<String> hangs = new ArrayList<>();
        final List<String> invalid = new ArrayList<>();
    }

    @Test
    void mutatedDocumentsAndRandomBytesNeverCrashOrHang() throws Exception {
        Random rnd = new Random(SEED);
        List<Seed> seeds = seeds();
        Tally t = new Tally();
        int n = 0;
        for (Seed s : seeds) {
            // the unmutated seed, then mutations of it
            run(t, s.ext, s.bytes, "seed-" + s.name, n++);
            int rounds = 12;
            for (int i = 0; i < rounds; i++) {
                Mutation m = Mutation.values()[rnd.nextInt(Mutation.values().length)];
                byte[] mutated = m.apply(s.bytes, rnd, s.ext);
                run(t, s.ext, mutated, s.name + "/" + m, n++);
            }
        }
        for (String ext : List.of("xml", "txt", "pdf", "md")) {
            for (int i = 0; i < 8; i++) {
                byte[] b = new byte[rnd.nextInt(4096)];
                rnd.nextBytes(b);
                run(t, ext, b, "random-" + ext, n++);
            }
        }
        System.out.printf("fuzz: %d inputs, %d crashes, %d hangs (%d read, %d refused with InputException,"
                + " %d graphs not conforming)%n", t.tried.get(), t.crashes.size(), t.hangs.size(),
                t.accepted.get(), t.rejected.get(), t.invalid.size());
        t.crashes.forEach(c -> System.out.println("  crash: " + c));
        t.hangs.forEach(c -> System.out.println("  hang: " + c));
        t.invalid.forEach(c -> System.out.println("  invalid: " + c));
        assertTrue(t.tried.get() >= 200, "too few inputs");
        assertEquals(List.of(), t.crashes, "crashes");
        assertEquals(List.of(), t.hangs, "hangs");
        assertEquals(List.of(), t.invalid, "graphs that do not parse back or conform");
        assertTrue(t.accepted.get() > 0 && t.rejected.get() > 0, "both outcomes expected");
    }

    private void run(Tally t, String ext, byte[] bytes, String label, int n) throws IOException {
        t.tried.incrementAndGet();
        Path dir = Files.createDirectories(tmp.resolve("in" + n));
        Path f = dir.resolve("doc" + n + "." + ext);
        Files.write(f, bytes);
        try {
            assertTimeoutPreemptively(BOUND, () -> check(t, f, label, n));
        } catch (AssertionFailedError e) {
            if (e.getMessage() != null && e.getMessage().contains("timed out")) {
                t.hangs.add(label);
            } else {
                t.invalid.add(label + ": " + e.getMessage());
            }
        }
    }

    private void check(Tally t, Path f, String label, int n) throws IOException {
        DocumentRecord d;
        try {
            DocumentReader r = readers.stream().filter(x -> x.accepts(f)).findFirst().orElse(null);
            if (r == null) {
                t.rejected.incrementAndGet(); // the build would not pick it up
                return;
            }
            d = r.read(f);
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith(f.toString()), () -> "message does not name the file: " + e);
            assertTrue(e.getMessage().lines().count() == 1, () -> "message is not one line: " + e.getMessage());
            t.rejected.incrementAndGet();
            return;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            t.crashes.add(label + ": " + e);
            return;
        }
        t.accepted.incrementAndGet();
        List<Triple> triples;
        try {
            triples = mapper.map(d);
        } catch (RuntimeException e) {
            t.crashes.add(label + " (mapper): " + e);
            return;
        }
        for (OutputFormat fmt : List.of(OutputFormat.TTL, OutputFormat.NT)) {
            Path out = f.resolveSibling("out." + fmt.extension());
            try (SortedGraphWriter w = new SortedGraphWriter(out, fmt, Prefixes.standard(Iris.defaults()))) {
                w.accept(triples);
                w.commit();
            }
            Graph g = GraphFactory.createDefaultGraph();
            try {
                RDFDataMgr.read(g, out.toString(), fmt == OutputFormat.TTL ? Lang.TURTLE : Lang.NTRIPLES);
            } catch (RuntimeException e) {
                t.invalid.add(label + " (" + fmt + " does not parse back): " + e.getMessage());
                return;
            }
            if (g.size() != triples.stream().distinct().count()) {
                t.invalid.add(label + " (" + fmt + "): " + g.size() + " triples read back");
                return;
            }
            if (fmt == OutputFormat.TTL) {
                ValidationReport rep = GraphValidator.standard().validate(g);
                if (!rep.conforms()) {
                    t.invalid.add(label + " (SHACL): " + GraphValidator.standard().describe(rep)
                            .lines().findFirst().orElse(""));
                }
            }
        }
    }

    /** A real document to mutate. */
    private record Seed(String name, String ext, byte[] bytes) {
    }

    private static List<Seed> seeds() throws IOException {
        List<Seed> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(new Seed(p.getFileName().toString(), "txt", Files.readAllBytes(p)));
            }
        }
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/akn"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                out.add(new Seed(p.getFileName().toString(), "xml", Files.readAllBytes(p)));
            }
        }
        String text = Files.readString(Path.of("corpus/001_c3d10f08ef02f303.txt"));
        out.add(new Seed("generated.pdf", "pdf", pdf(text)));
        return out;
    }

    /** A small PDF of a real document's text, one line per printed line. */
    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = text.lines().map(l -> l.replaceAll("[^\\x20-\\x7e]", " ")).toList();
            for (int start = 0; start < lines.size(); start += 60) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 8);
                    cs.newLineAtOffset(40, 750);
                    for (String l : lines.subList(start, Math.min(lines.size(), start + 60))) {
                        cs.showText(l.length() > 140 ? l.substring(0, 140) : l);
                        cs.newLineAtOffset(0, -12);
                    }
                    cs.endText();
                }
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            doc.save(b);
            return b.toByteArray();
        }
    }

    /** Ways to damage a document. */
    enum Mutation {
        FLIP_BYTES, TRUNCATE, INSERT_UNICODE, INSERT_NUL, HUGE_LINE, DEEP_NESTING, REPEAT_TAGS, DUPLICATE_BLOCK;

        private static final String[] ODD = {"\u202E", "\u200F", "\u200B", "\u200D", "\uFEFF", "\u0000",
            "\uD800", "\uDC00", "\uD83D\uDE00", "\u05D0\u05D1", "\u0627\u0644", "\uFF11\uFF12\uFF13", "\u201C\u201D",
            "\u00A0", "\u2028", "\u0301\u0301\u0301", "<", "&", "&amp;", "]]>", "\"", "'", "\\", "A/RES/\uFF17\uFF16/1",
            "(resolution 76/299 of", "\t", "\r", "\uFFFF", "\uFFFE"};

        byte[] apply(byte[] in, Random rnd, String ext) {
            switch (this) {
                case FLIP_BYTES: {
                    byte[] b = in.clone();
                    int k = 1 + rnd.nextInt(20);
                    for (int i = 0; i < k && b.length > 0; i++) {
                        b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                    }
                    return b;
                }
                case TRUNCATE:
                    return java.util.Arrays.copyOf(in, in.length == 0 ? 0 : rnd.nextInt(in.length));
                case INSERT_UNICODE: {
                    String s = new String(in, StandardCharsets.UTF_8);
                    StringBuilder b = new StringBuilder(s);
                    int k = 1 + rnd.nextInt(30);
                    for (int i = 0; i < k; i++) {
                        b.insert(rnd.nextInt(b.length() + 1), ODD[rnd.nextInt(ODD.length)]);
                    }
                    // lone surrogates become '?' here; raw invalid UTF-8 is FLIP_BYTES' job
                    return b.toString().getBytes(StandardCharsets.UTF_8);
                }
                case INSERT_NUL: {
                    return insert(in, rnd.nextInt(in.length + 1), new byte[1 + rnd.nextInt(64)]);
                }
                case HUGE_LINE: {
                    String unit = rnd.nextBoolean() ? "a" : "Recalling resolution 76/299 of 28 July 2022, ";
                    return insert(in, at(in, rnd), unit.repeat(2_000_000 / unit.length())
                            .getBytes(StandardCharsets.UTF_8));
                }
                case DEEP_NESTING: {
                    int depth = 20_000 + rnd.nextInt(20_000);
                    String open = ext.equals("xml") ? "<p>" : "(";
                    String close = ext.equals("xml") ? "</p>" : ")";
                    return insert(in, at(in, rnd), (open.repeat(depth) + "x" + close.repeat(depth))
                            .getBytes(StandardCharsets.UTF_8));
                }
                case REPEAT_TAGS: {
                    String unit = ext.equals("xml") ? "<ref href=\"https://undocs.org/A/RES/76/299\">A/RES/76/299</ref>"
                            : "A/RES/76/299, Kazakhstan, United Nations, ";
                    return insert(in, at(in, rnd), unit.repeat(20_000).getBytes(StandardCharsets.UTF_8));
                }
                default: {
                    if (in.length < 2) {
                        return in;
                    }
                    int a = rnd.nextInt(in.length - 1);
                    int len = Math.min(in.length - a, 1 + rnd.nextInt(2000));
                    byte[] block = java.util.Arrays.copyOfRange(in, a, a + len);
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    b.write(in, 0, a + len);
                    for (int i = 0; i < 50; i++) {
                        b.write(block, 0, block.length);
                    }
                    b.write(in, a + len, in.length - a - len);
                    return b.toByteArray();
                }
            }
        }

        /** A position at a line or tag boundary when there is one nearby (keeps UTF-8 valid). */
        private static int at(byte[] in, Random rnd) {
            if (in.length == 0) {
                return 0;
            }
            int p = rnd.nextInt(in.length);
            while (p < in.length && in[p] != '\n' && in[p] != '>') {
                p++;
            }
            return Math.min(in.length, p + 1);
        }

        private static byte[] insert(byte[] in, int at, byte[] what) {
            byte[] out = new byte[in.length + what.length];
            System.arraycopy(in, 0, out, 0, at);
            System.arraycopy(what, 0, out, at, what.length);
            System.arraycopy(in, at, out, at + what.length, in.length - at);
            return out;
        }
    }
}
