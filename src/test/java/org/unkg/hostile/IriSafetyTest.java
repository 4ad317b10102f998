package org.unkg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.TestReference;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Paragraph;
import org.unkg.rdf.DocumentMapper;
import org.unkg.rdf.Iris;
import org.unkg.rdf.OutputFormat;
import org.unkg.rdf.Prefixes;
import org.unkg.rdf.SortedGraphWriter;
import org.unkg.reference.ReferenceData;

/**
 * Whatever a document contains (symbols with spaces, brackets, quotes, non-ASCII; titles and
 * paragraphs with any code point), every IRI minted is a valid RFC 3987 IRI and every literal
 * comes back unchanged from every output format.
 */
class IriSafetyTest {
    /** Characters an IRI may never hold (RFC 3987): space, controls, {@code <>"{}|\^`}. */
    private static final Pattern BAD = Pattern.compile("[\\x00-\\x20<>\"{}|\\\\^`\\x7f]");
    private static DocumentMapper mapper;

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() {
        ReferenceData ref = TestReference.load();
        mapper = new DocumentMapper(Iris.defaults(), ref);
    }

    @Test
    void mintedIrisAreValidAndLiteralsRoundTripInEveryFormat() {
        int[] n = {0};
        qt().withFixedSeed(7L).withExamples(30)
                .forAll(strings().allPossible().ofLengthBetween(1, 24), strings().allPossible().ofLengthBetween(0, 60),
                        integers().between(0, 3))
                .checkAssert((sym, body, fmtPick) -> check(sym, body, n[0]++));
    }

    private void check(String sym, String body, int n) {
        String symbol = "A/RES/" + sym;
        String para = body.isBlank() ? "x" : body;
        DocumentRecord d = DocumentRecord.builder().symbol(symbol).type(DocType.RESOLUTION).language("en")
                .sourceFile("in put [" + sym + "].txt").title("T\u00edtle \"" + body + "\" <x>").session(76)
                .adoptionDate(LocalDate.of(2022, 7, 28)).body("General Assembly")
                .preamble(new Paragraph(Paragraph.Kind.PREAMBULAR, "preamble/1", 1, null, "Recalling", para, List.of(), List.of()))
                .build();
        List<Triple> triples = mapper.map(d);
        Set<Triple> expected = new HashSet<>(triples);
        for (Triple t : triples) {
            for (Node x : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (x.isURI()) {
                    String u = x.getURI();
                    // IRIx.create throws on a syntax error (RFC 3987 grammar)
                    IRIx.create(u);
                    assertTrue(u.matches("[a-z][a-z0-9+.-]*:.+"), () -> "relative IRI " + u + " from symbol " + symbol);
                    assertFalse(BAD.matcher(u).find(), () -> "invalid IRI character in " + u + " from " + symbol);
                }
            }
        }
        for (OutputFormat f : OutputFormat.values()) {
            Path out = tmp.resolve(n + "-" + f + "." + f.extension());
            try (SortedGraphWriter w = new SortedGraphWriter(out, f, Prefixes.standard(Iris.defaults()))) {
                w.accept(triples);
                w.commit();
            }
            assertTrue(Files.exists(out));
            Dataset ds = DatasetFactory.create();
            RDFDataMgr.read(ds, out.toString());
            Set<Triple> back = new HashSet<>();
            ds.asDatasetGraph().find().forEachRemaining(q -> back.add(q.asTriple()));
            assertEquals(expected, back, () -> f + " does not round-trip symbol " + symbol + " / " + body);
        }
    }
}
