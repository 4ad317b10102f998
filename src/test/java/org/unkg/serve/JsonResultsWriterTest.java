package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON results writer gives the bytes of Jena's own writer ({@link RowSetWriterJSON}) for
 * every result: generated result sets of every kind of term (IRIs, blank nodes, plain, language,
 * directional and typed literals, triple terms, unbound cells) whose strings mix every class of
 * character the escaping treats apart; and empty results, no variables, booleans, a failure in
 * the middle of the rows.
 */
class JsonResultsWriterTest {
    private static final RowSetWriter JENA = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
    private static final RowSetWriter MINE = JsonResultsWriter.FACTORY.create(ResultSetLang.RS_JSON);

    /** Characters the escaping or the encoding treats apart, and ordinary ones. */
    private static final String[] PIECES = {
        "a", "Z", "0", " ", "resolution ", "\"", "\\", "/", "</", "<", ">", "&", "'", "{", "}", ":",
        "\b", "\f", "\n", "\r", "\t", "\r\n", "\u0000", "\u0001", "\u001F", "\u007F", "\u0080", "\u0085",
        "\u009F", "\u00A0", "é", "ß", "\u0394", "\u0410", "\u0627\u0644", "中文", "\u3000",
        "\u1FFF", "\u2000", "\u200B", "\u2028", "\u2029", "\u20AC", "\u20FF", "\u2100", "\uFEFF", "\uFFFD",
        "😀", "\uD834\uDD1E", "\uD800", "\uDC00", "\uDBFF\uDBFF", "\uDFFF\uD800", "u+005C",
    };
    private static final String[] LANGS = { "en", "fr", "zh-Hans", "ar", "es-419", "x-private" };
    private static final String[] VAR_NAMES = { "s", "o", "text", "n_2", "név", "中", "x1y" };

    static IntStream seeds() {
        return IntStream.range(0, 400);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedResultsAreWrittenAsJenaWritesThem(int seed) {
        Random r = new Random(seed);
        List<Var> vars = new ArrayList<>();
        int nv = r.nextInt(5);
        for (int i = 0; i < nv; i++) {
            String name = VAR_NAMES[r.nextInt(VAR_NAMES.length)] + i;
            vars.add(Var.alloc(name));
        }
        List<Binding> rows = new ArrayList<>();
        int nr = r.nextInt(4) == 0 ? 0 : r.nextInt(30);
        List<Node> blanks = new ArrayList<>();
        for (int i = 0; i < nr; i++) {
            BindingBuilder b = Binding.builder();
            for (Var v : vars) {
                Node n = term(r, blanks, 0);
                if (n != null) {
                    b.add(v, n);
                }
            }
            rows.add(b.build());
        }
        assertSameBytes(vars, rows, null);
        Context given = new Context();
        given.set(ARQ.outputGraphBNodeLabels, true);
        assertSameBytes(vars, rows, given);
    }

    @Test
    void emptyResultsAndNoVariables() {
        assertSameBytes(List.of(Var.alloc("x"), Var.alloc("y")), List.of(), null);
        assertSameBytes(List.of(), List.of(), null);
        assertSameBytes(List.of(), List.of(Binding.builder().build(), Binding.builder().build()), null);
        assertSameBytes(List.of(Var.alloc("x")), List.of(Binding.builder().build()), null);
    }

    @Test
    void booleansAreJenasOwn() {
        for (boolean b : new boolean[] { true, false }) {
            ByteArrayOutputStream jena = new ByteArrayOutputStream();
            ByteArrayOutputStream mine = new ByteArrayOutputStream();
            JENA.write(jena, b, null);
            MINE.write(mine, b, null);
            assertArrayEquals(jena.toByteArray(), mine.toByteArray());
        }
    }

    /** A variable name with a line break (only through the API): Jena indents after it; so does this. */
    @Test
    void aVariableNameWithALineBreak() {
        Var odd = Var.alloc("a\nb");
        assertSameBytes(List.of(odd, Var.alloc("c")),
                List.of(Binding.builder().add(odd, NodeFactory.createURI("http://x/")).build()), null);
    }

    /** The rows written before a failure (a cancelled query) are sent, as Jena's writer sends them. */
    @Test
    void aFailureMidwayLeavesTheSameBytes() {
        Var v = Var.alloc("v");
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(Binding.builder().add(v, NodeFactory.createLiteralString("row " + i + " é 中")).build());
        }
        byte[][] out = new byte[2][];
        RowSetWriter[] writers = { JENA, MINE };
        for (int w = 0; w < 2; w++) {
            Iterator<Binding> it = rows.iterator();
            Iterator<Binding> failing = new Iterator<>() {
                int n;

                @Override
                public boolean hasNext() {
                    if (n == 1_500) {
                        throw new QueryCancelledException();
                    }
                    return it.hasNext();
                }

                @Override
                public Binding next() {
                    n++;
                    return it.next();
                }
            };
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            RowSetWriter writer = writers[w];
            assertThrows(QueryCancelledException.class,
                    () -> writer.write(bytes, RowSetStream.create(List.of(v), failing), null));
            out[w] = bytes.toByteArray();
        }
        assertTrue(out[0].length > 100_000);
        assertArrayEquals(out[0], out[1]);
    }

    /** Once registered, Fuseki's and ResultSetFormatter's JSON go through this writer, with the same bytes. */
    @Test
    void registeredForJsonResults() {
        JsonResultsWriter.register();
        assertSame(JsonResultsWriter.FACTORY, RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON));
        Var v = Var.alloc("v");
        List<Binding> rows = List.of(Binding.builder().add(v, NodeFactory.createLiteralLang("x</y", "en")).build());
        ByteArrayOutputStream jena = new ByteArrayOutputStream();
        JENA.write(jena, RowSetStream.create(List.of(v), rows.iterator()), null);
        ByteArrayOutputStream viaFormatter = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsJSON(viaFormatter, ResultSet.adapt(RowSetStream.create(List.of(v), rows.iterator())));
        assertArrayEquals(jena.toByteArray(), viaFormatter.toByteArray());
    }

    /** The server registers it when it is built (Jena's own writer registered before, as at start). */
    @Test
    void theServerRegistersIt() {
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, RowSetWriterJSON.factory);
        FusekiServer server = UnkgServer.create().dataset(DatasetFactory.create()).port(0).build();
        try {
            assertSame(JsonResultsWriter.FACTORY, RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON));
        } finally {
            server.stop();
        }
    }

    private static void assertSameBytes(List<Var> vars, List<Binding> rows, Context cxt) {
        ByteArrayOutputStream jena = new ByteArrayOutputStream();
        ByteArrayOutputStream mine = new ByteArrayOutputStream();
        JENA.write(jena, RowSetStream.create(vars, rows.iterator()), cxt);
        MINE.write(mine, RowSetStream.create(vars, rows.iterator()), cxt);
        if (!Arrays.equals(jena.toByteArray(), mine.toByteArray())) {
            assertEquals(jena.toString(StandardCharsets.ISO_8859_1), mine.toString(StandardCharsets.ISO_8859_1));
        }
        assertArrayEquals(jena.toByteArray(), mine.toByteArray());
    }

    /** A random term, or null (unbound) now and then; triple terms nest at most twice. */
    private static Node term(Random r, List<Node> blanks, int depth) {
        int kind = r.nextInt(depth < 2 ? 10 : 9);
        return switch (kind) {
            case 0 -> null;
            case 1, 2 -> NodeFactory.createURI("http://example.org/" + text(r));
            case 3 -> {
                if (!blanks.isEmpty() && r.nextBoolean()) {
                    yield blanks.get(r.nextInt(blanks.size()));
                }
                Node b = r.nextBoolean() ? NodeFactory.createBlankNode() : NodeFactory.createBlankNode("b" + r.nextInt(1000));
                blanks.add(b);
                yield b;
            }
            case 4 -> NodeFactory.createLiteralString(text(r));
            case 5 -> NodeFactory.createLiteralLang(text(r), LANGS[r.nextInt(LANGS.length)]);
            case 6 -> NodeFactory.createLiteralDirLang(text(r), LANGS[r.nextInt(LANGS.length)],
                    r.nextBoolean() ? TextDirection.LTR : TextDirection.RTL);
            case 7 -> NodeFactory.createLiteralDT(Integer.toString(r.nextInt()), XSDDatatype.XSDinteger);
            case 8 -> NodeFactory.createLiteralDT(text(r),
                    TypeMapper.getInstance().getSafeTypeByName("http://example.org/dt/" + text(r)));
            default -> {
                Node s = term(r, blanks, depth + 1);
                Node o = term(r, blanks, depth + 1);
                yield NodeFactory.createTripleTerm(s == null ? NodeFactory.createURI("http://s/") : s,
                        NodeFactory.createURI("http://p/" + text(r)), o == null ? NodeFactory.createLiteralString("") : o);
            }
        };
    }

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(8) == 0 ? 0 : r.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }
}
