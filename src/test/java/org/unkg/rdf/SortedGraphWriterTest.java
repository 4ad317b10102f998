package org.unkg.rdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SortedGraphWriterTest {
    @TempDir
    Path dir;

    static List<Triple> sample() {
        List<Triple> ts = new ArrayList<>();
        Node p = NodeFactory.createURI(UNKG.text.getURI());
        String[] texts = {"plain", "中亚和平、信任与合作区", "مرحبا", "line\nbreak \"quoted\" \\ back", "tab\there",
            "emoji \uD83D\uDE00", "<b>html</b> & ampersand", "ünïcödé", "Привет", "  spaces  "};
        for (int i = 0; i < 40; i++) {
            Node s = NodeFactory.createURI("https://w3id.org/unkg/doc/A/RES/76/" + i);
            ts.add(Triple.create(s, p, NodeFactory.createLiteralLang(texts[i % texts.length], i % 2 == 0 ? "en" : "zh")));
            ts.add(Triple.create(s, NodeFactory.createURI(UNKG.ordinal.getURI()),
                    NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger)));
            ts.add(Triple.create(s, NodeFactory.createURI(CITO.cites.getURI()),
                    NodeFactory.createURI("https://w3id.org/unkg/doc/A/RES/53/243A")));
        }
        return ts;
    }

    private byte[] write(List<Triple> ts, OutputFormat f, int chunk, String name) throws IOException {
        Path out = dir.resolve(name + "." + f.extension());
        try (SortedGraphWriter w = new SortedGraphWriter(out, f, Prefixes.standard(Iris.defaults()), chunk)) {
            for (int i = 0; i < ts.size(); i += 7) {
                w.accept(ts.subList(i, Math.min(ts.size(), i + 7)));
            }
            w.commit();
        }
        return Files.readAllBytes(out);
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void sameTriplesAnyOrderGiveSameBytesAndRoundTrip(OutputFormat f) throws IOException {
        List<Triple> a = sample();
        List<Triple> b = new ArrayList<>(a);
        b.addAll(a.subList(0, 10)); // duplicates
        Collections.shuffle(b, new Random(42));
        byte[] one = write(a, f, 400_000, "one");
        byte[] two = write(b, f, 5, "two"); // tiny chunks: many spills, merged
        assertArrayEquals(one, two, "output must not depend on order, duplicates or chunking");

        Graph expected = GraphFactory.createDefaultGraph();
        a.forEach(expected::add);
        Graph back = GraphFactory.createDefaultGraph();
        Lang lang = switch (f) {
            case TTL -> Lang.TURTLE;
            case NT -> Lang.NTRIPLES;
            case NQ -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
        };
        RDFDataMgr.read(back, new java.io.ByteArrayInputStream(one), lang);
        assertTrue(IsoMatcher.isomorphic(expected, back), "round trip through " + f);
        assertEquals(expected.size(), back.size());
    }

    @Test
    void chunksBoundedByBytesMergeToTheSameFile() throws IOException {
        List<Triple> ts = new ArrayList<>(sample());
        Collections.shuffle(ts, new Random(7));
        byte[] one = write(sample(), OutputFormat.NT, 400_000, "one");
        Path out = dir.resolve("bytes.nt");
        try (SortedGraphWriter w = new SortedGraphWriter(out, OutputFormat.NT, Prefixes.standard(Iris.defaults()),
                Integer.MAX_VALUE, 600)) { // a few lines per chunk
            for (Triple t : ts) {
                w.accept(List.of(t));
            }
            assertEquals(120, w.commit());
        }
        assertArrayEquals(one, Files.readAllBytes(out));
    }

    /**
     * More chunks than the merge takes at once ({@link SortedGraphWriter#MAX_FAN_IN}) are merged
     * in groups first; duplicates spread over different groups still come out once, and the
     * observer sees exactly the lines written, in order.
     */
    @Test
    void moreChunksThanTheFanInMergeInGroupsToTheSameFile() throws IOException {
        List<Triple> ts = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            ts.addAll(sample());
        }
        Collections.shuffle(ts, new Random(11));
        assertTrue(ts.size() > 2 * SortedGraphWriter.MAX_FAN_IN, "enough one-line chunks for two levels");
        byte[] one = write(sample(), OutputFormat.NT, 400_000, "one");
        Path out = dir.resolve("groups.nt");
        List<String> seen = new ArrayList<>();
        try (SortedGraphWriter w = new SortedGraphWriter(out, OutputFormat.NT, Prefixes.standard(Iris.defaults()), 1)) {
            w.observeMerged(l -> seen.add(new String(l, StandardCharsets.UTF_8)));
            for (Triple t : ts) {
                w.accept(List.of(t));
            }
            assertEquals(120, w.commit());
        }
        assertArrayEquals(one, Files.readAllBytes(out));
        assertEquals(new String(one, StandardCharsets.UTF_8), String.join("\n", seen) + "\n");
    }

    /** Callers on several threads, spills running beside them: the same bytes as one caller in one chunk. */
    @Test
    void concurrentCallersWithBackgroundSpillsGiveTheSameFile() throws Exception {
        List<Triple> ts = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            ts.addAll(sample());
        }
        Collections.shuffle(ts, new Random(5));
        byte[] one = write(sample(), OutputFormat.NT, 400_000, "one");
        Path out = dir.resolve("threads.nt");
        try (SortedGraphWriter w = new SortedGraphWriter(out, OutputFormat.NT, Prefixes.standard(Iris.defaults()),
                Integer.MAX_VALUE, 1_000)) { // a few lines per arena: dozens of spills
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                List<Triple> part = ts.subList(t * ts.size() / 4, (t + 1) * ts.size() / 4);
                fs.add(pool.submit(() -> part.forEach(x -> w.accept(List.of(x)))));
            }
            for (java.util.concurrent.Future<?> f : fs) {
                f.get();
            }
            pool.shutdown();
            assertEquals(ts.size(), w.accepted());
            assertEquals(120, w.commit());
        }
        assertArrayEquals(one, Files.readAllBytes(out));
    }

    @Test
    void chunkReaderReadsLinesLongerThanItsBuffer() throws IOException {
        String text = "a\n" + "x".repeat(100) + "\n\nlast-without-newline";
        try (ChunkReader r = new ChunkReader(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 7)) {
            assertEquals("a", new String(r.next(), StandardCharsets.UTF_8));
            assertEquals("x".repeat(100), new String(r.next(), StandardCharsets.UTF_8));
            assertEquals("", new String(r.next(), StandardCharsets.UTF_8));
            assertEquals("last-without-newline", new String(r.next(), StandardCharsets.UTF_8));
            assertEquals(null, r.next());
        }
    }

    @Test
    void newlineIsFoundEightBytesAtATimeWhereAByteLoopFindsIt() {
        Random r = new Random(5);
        byte[] alphabet = {'\n', 0x0B, 0x09, (byte) 0x8A, (byte) 0xFF, 0, 'a', '\r'};
        for (int round = 0; round < 2000; round++) {
            byte[] b = new byte[r.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = r.nextInt(4) == 0 ? alphabet[r.nextInt(alphabet.length)] : (byte) r.nextInt(256);
            }
            int from = b.length == 0 ? 0 : r.nextInt(b.length);
            int expected = -1;
            for (int i = from; i < b.length; i++) {
                if (b[i] == '\n') {
                    expected = i;
                    break;
                }
            }
            assertEquals(expected, ChunkReader.indexOfNewline(b, from, b.length), java.util.Arrays.toString(b) + " from " + from);
        }
    }

    @Test
    void nothingIsWrittenWithoutCommitAndOldOutputSurvives() throws IOException {
        Path out = dir.resolve("graph.ttl");
        Files.writeString(out, "# previous build\n", StandardCharsets.UTF_8);
        try (SortedGraphWriter w = new SortedGraphWriter(out, OutputFormat.TTL, Prefixes.standard(Iris.defaults()), 3)) {
            w.accept(sample());
            // build fails before commit
        }
        assertEquals("# previous build\n", Files.readString(out));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(out), s.toList(), "no temporary files left behind");
        }
    }

    @Test
    void outputIsReadableByOthersLikeAnyPublishedDump() throws IOException {
        Path out = dir.resolve("g.ttl");
        try (SortedGraphWriter w = new SortedGraphWriter(out, OutputFormat.TTL, Prefixes.standard(Iris.defaults()))) {
            w.accept(sample());
            w.commit();
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(out.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertTrue(Files.getPosixFilePermissions(out).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                Files.getPosixFilePermissions(out).toString());
    }

    @Test
    void countsDistinctTriples() throws IOException {
        Path out = dir.resolve("g.nt");
        try (SortedGraphWriter w = new SortedGraphWriter(out, OutputFormat.NT, Prefixes.standard(Iris.defaults()))) {
            w.accept(sample());
            w.accept(sample());
            assertEquals(240, w.accepted());
            assertEquals(120, w.commit());
        }
        assertEquals(120, Files.readAllLines(out).size());
    }

    /**
     * Merged in two halves at once (split at a sampled line, each chunk cut at it by bisection):
     * the same bytes as one merge, duplicates spread over chunks written once, and the observer
     * sees exactly the lines written, in order. Chunks of a few lines, every format.
     */
    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"NT", "TTL"})
    void mergeInTwoHalvesWritesTheSameFile(OutputFormat f) throws IOException {
        List<Triple> ts = new ArrayList<>(sample());
        ts.addAll(sample());
        Collections.shuffle(ts, new Random(11));
        byte[] one = write(sample(), f, Integer.MAX_VALUE, "one");
        for (long chunkBytes : new long[] {600, 2_000, 1L << 20}) {
            Path out = dir.resolve("split-" + chunkBytes + "." + f.extension());
            List<String> seen = new ArrayList<>();
            try (SortedGraphWriter w = new SortedGraphWriter(out, f, Prefixes.standard(Iris.defaults()),
                    Integer.MAX_VALUE, chunkBytes)) {
                w.splitMergeFrom(0);
                w.observeMerged(l -> seen.add(new String(l, StandardCharsets.UTF_8)));
                for (int i = 0; i < ts.size(); i += 5) {
                    w.accept(ts.subList(i, Math.min(ts.size(), i + 5)));
                }
                assertEquals(120, w.commit());
            }
            assertArrayEquals(one, Files.readAllBytes(out), "chunk bytes " + chunkBytes);
            List<String> sorted = new ArrayList<>(seen);
            sorted.sort((a, b) -> NtLines.ORDER.compare(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
            assertEquals(120, seen.size());
            assertEquals(sorted, seen);
            assertEquals(120, new java.util.HashSet<>(seen).size());
        }
    }

    @Test
    void lowerBoundFindsTheFirstLineNotBelowTheKey() throws IOException {
        Path c = dir.resolve("chunk.nt");
        Files.writeString(c, "a\nb\nb\n" + "c".repeat(5000) + "\nd\n", StandardCharsets.UTF_8);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(c)) {
            assertEquals(0, SplitMerge.lowerBound(ch, bytes("")));
            assertEquals(0, SplitMerge.lowerBound(ch, bytes("a")));
            assertEquals(2, SplitMerge.lowerBound(ch, bytes("aa")));
            assertEquals(2, SplitMerge.lowerBound(ch, bytes("b")));
            assertEquals(6, SplitMerge.lowerBound(ch, bytes("ba")));
            assertEquals(5007, SplitMerge.lowerBound(ch, bytes("d")));
            assertEquals(5009, SplitMerge.lowerBound(ch, bytes("e")));
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
