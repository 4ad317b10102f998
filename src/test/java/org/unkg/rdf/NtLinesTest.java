package org.unkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.junit.jupiter.api.Test;

class NtLinesTest {
    /** What Jena's own N-Triples formatter writes for a triple (the reference the fast path must equal). */
    private static String jena(Triple t) {
        NodeFormatter fmt = new NodeFormatterNT(CharSpace.UTF8);
        IndentedLineBuffer b = new IndentedLineBuffer();
        fmt.format(b, t.getSubject());
        b.append(' ');
        fmt.format(b, t.getPredicate());
        b.append(' ');
        fmt.format(b, t.getObject());
        b.append(" .");
        return b.asString();
    }

    @Test
    void linesAreJenasNTriplesForPlainAndAwkwardIris() {
        String[] iris = {"https://w3id.org/unkg/doc/A/RES/76/1", "https://w3id.org/unkg/x?a=b&c=%20d#f",
            "https://w3id.org/unkg/sp ace", "https://w3id.org/unkg/q\"uote", "https://w3id.org/unkg/a<b>c",
            "https://w3id.org/unkg/back\\slash", "https://w3id.org/unkg/{curly}|pipe^caret`tick",
            "https://w3id.org/unkg/中亚", "https://w3id.org/unkg/é", "https://w3id.org/unkg/tab\tx",
            "https://w3id.org/unkg/del\u007fx", "https://w3id.org/unkg/c1\u0085x", "https://w3id.org/unkg/~!*'();:@+$,",
            "https://w3id.org/unkg/pair\uD83D\uDE00", "https://w3id.org/unkg/query?a=1"};
        Node p = NodeFactory.createURI("https://w3id.org/unkg/p");
        Node lit = NodeFactory.createLiteralLang("line\nbreak \"q\" \\ 中", "zh");
        List<Triple> ts = new ArrayList<>();
        for (String s : iris) {
            ts.add(Triple.create(NodeFactory.createURI(s), p, NodeFactory.createURI(s)));
            ts.add(Triple.create(NodeFactory.createURI(s), p, lit));
        }
        NtLines lines = NtLines.of(ts);
        List<String> expected = ts.stream().map(NtLinesTest::jena).distinct()
                .sorted((a, b) -> NtLines.ORDER.compare(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)))
                .toList();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            got.add(new String(lines.line(i), StandardCharsets.UTF_8));
        }
        assertEquals(expected, got);
        // a lone surrogate (which UTF-8 encoding turns into '?') is Jena's to write, as before
        for (String s : new String[] {"https://w3id.org/unkg/q?lone\uD800x", "https://w3id.org/unkg/lone\uDC00"}) {
            Triple t = Triple.create(NodeFactory.createURI(s), p, NodeFactory.createURI("https://w3id.org/unkg/o"));
            assertEquals(new String(jena(t).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                    new String(NtLines.of(List.of(t)).line(0), StandardCharsets.UTF_8));
        }
        assertFalse(NtLines.plain("https://w3id.org/unkg/sp ace"));
        assertTrue(NtLines.plain("https://w3id.org/unkg/doc/A/RES/76/1"));
    }

    @Test
    void literalsAreJenasNTriplesForEveryCharacter() {
        // every UTF-16 unit inside a text, as a plain and a language-tagged literal (the fast path
        // writes texts without escapes itself, and must write what Jena writes)
        Node s = NodeFactory.createURI("https://w3id.org/unkg/s");
        Node p = NodeFactory.createURI("https://w3id.org/unkg/p");
        List<Node> objects = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String t = "a" + (char) c + "b";
            objects.add(NodeFactory.createLiteralString(t));
            objects.add(NodeFactory.createLiteralLang(t, "ar"));
        }
        objects.add(NodeFactory.createLiteralString(""));
        objects.add(NodeFactory.createLiteralLang("Résolution 中文 \uD83D\uDE00", "fr"));
        objects.add(NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger));
        for (Node o : objects) {
            Triple t = Triple.create(s, p, o);
            String expected = new String(jena(t).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            String got = new String(NtLines.of(List.of(t)).line(0), StandardCharsets.UTF_8);
            if (!expected.equals(got)) {
                assertEquals(expected, got, "literal " + o);
            }
        }
        assertTrue(NtLines.plainText("Recalling its resolution 76/1,"));
        assertFalse(NtLines.plainText("a \"quoted\" word"));
    }

    @Test
    void duplicatesAreDroppedButCounted() {
        Node s = NodeFactory.createURI("https://w3id.org/unkg/s");
        Node p = NodeFactory.createURI("https://w3id.org/unkg/p");
        Triple a = Triple.create(s, p, NodeFactory.createLiteralString("a"));
        Triple b = Triple.create(s, p, NodeFactory.createLiteralString("b"));
        NtLines lines = NtLines.of(List.of(b, a, b, a, b));
        assertEquals(2, lines.size());
        assertEquals(5, lines.triples());
        assertEquals("<https://w3id.org/unkg/s> <https://w3id.org/unkg/p> \"a\" .",
                new String(lines.line(0), StandardCharsets.UTF_8));
    }

    @Test
    void byteOrderIsCodePointOrderNotUtf16Order() {
        // U+FF5E sorts after U+1F600 in UTF-16 (0xFF5E > 0xD83D) but before it by code point
        Node s = NodeFactory.createURI("https://w3id.org/unkg/s");
        Node p = NodeFactory.createURI("https://w3id.org/unkg/p");
        NtLines lines = NtLines.of(List.of(Triple.create(s, p, NodeFactory.createLiteralString("\uD83D\uDE00")),
                Triple.create(s, p, NodeFactory.createLiteralString("\uFF5E"))));
        assertTrue(new String(lines.line(0), StandardCharsets.UTF_8).contains("\uFF5E"));
    }

    @Test
    void anEncoderReusedFromCallToCallWritesWhatAFreshOneWrites() {
        Node p = NodeFactory.createURI("https://w3id.org/unkg/p");
        NtLines.Encoder reused = new NtLines.Encoder();
        for (int doc = 0; doc < 3; doc++) {
            List<Triple> ts = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Node s = NodeFactory.createURI("https://w3id.org/unkg/doc/" + doc + "/" + (i % 17));
                ts.add(Triple.create(s, p, NodeFactory.createLiteralLang("text " + i + " é中 \"q\"", "fr")));
                ts.add(Triple.create(s, p, NodeFactory.createURI("https://w3id.org/unkg/o/" + (i % 5))));
            }
            // a text longer than the encoder's first buffer, in the second call only
            if (doc == 1) {
                ts.add(Triple.create(p, p, NodeFactory.createLiteralString("x中".repeat(40_000))));
            }
            NtLines fresh = NtLines.of(ts);
            NtLines again = NtLines.of(ts, reused);
            assertEquals(fresh.size(), again.size());
            assertEquals(fresh.triples(), again.triples());
            for (int i = 0; i < fresh.size(); i++) {
                assertEquals(new String(fresh.line(i), StandardCharsets.UTF_8), new String(again.line(i), StandardCharsets.UTF_8));
            }
        }
    }
}
