package org.unkg.rdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.jena.atlas.io.AWriterBase;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;

/**
 * Some triples as their N-Triples lines (UTF-8 bytes, no line end), sorted in byte order and
 * without duplicates: the unit {@link SortedGraphWriter} takes. Encoding is a pure function, so
 * build workers encode their own document in parallel and the writer only files the lines.
 *
 * <pre>{@code
 * NtLines lines = NtLines.of(new DocumentMapper(iris, ref).map(record));
 * writer.accept(lines);
 * }</pre>
 */
public final class NtLines {
    /** Byte order of UTF-8 lines = code point order: the order of the output. */
    static final Comparator<byte[]> ORDER = Arrays::compareUnsigned;

    private final byte[][] lines;
    private final int triples;

    private NtLines(byte[][] lines, int triples) {
        this.lines = lines;
        this.triples = triples;
    }

    /** Encodes, sorts and de-duplicates; safe to call from any thread. */
    public static NtLines of(Collection<Triple> triples) {
        Encoder e = new Encoder();
        byte[][] out = new byte[triples.size()][];
        int n = 0;
        for (Triple t : triples) {
            out[n++] = e.line(t);
        }
        Arrays.sort(out, ORDER);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (distinct == 0 || !Arrays.equals(out[i], out[distinct - 1])) {
                out[distinct++] = out[i];
            }
        }
        return new NtLines(distinct == out.length ? out : Arrays.copyOf(out, distinct), triples.size());
    }

    /**
     * One call's encoder. Each line is assembled from UTF-8 pieces straight into an array of its
     * exact length: a document repeats the same IRI objects (subject of many triples, the
     * vocabulary's predicates and classes), so each is checked and encoded once per call, by
     * identity; a text with nothing to escape is encoded by the JDK at once and wrapped in its
     * quotes and language or datatype suffix (what Jena writes, without its per-character calls
     * and without a detour through a {@code String} of the whole line). Anything else is
     * formatted by Jena.
     */
    private static final class Encoder {
        private static final byte[] SPACE = {' '};
        private static final byte[] QUOTE = {'"'};
        private static final byte[] END = {' ', '.'};
        private final NodeFormatter fmt = new NodeFormatterNT(CharSpace.UTF8);
        private final Sink sink = new Sink();
        private final Map<Node, byte[]> iris = new IdentityHashMap<>(512);
        /** Closing quote and suffix of a literal ({@code "@en}, {@code "^^<...#integer>}), by tag or datatype. */
        private final Map<String, byte[]> suffixes = new HashMap<>();
        private final byte[][] parts = new byte[8][];

        byte[] line(Triple t) {
            int k = 0;
            parts[k++] = term(t.getSubject());
            parts[k++] = SPACE;
            parts[k++] = term(t.getPredicate());
            parts[k++] = SPACE;
            Node o = t.getObject();
            byte[] suffix = o.isURI() ? null : literalSuffix(o);
            if (suffix != null) {
                parts[k++] = QUOTE;
                parts[k++] = o.getLiteralLexicalForm().getBytes(StandardCharsets.UTF_8);
                parts[k++] = suffix;
            } else {
                parts[k++] = term(o);
            }
            parts[k++] = END;
            int len = 0;
            for (int i = 0; i < k; i++) {
                len += parts[i].length;
            }
            byte[] line = new byte[len];
            int at = 0;
            for (int i = 0; i < k; i++) {
                System.arraycopy(parts[i], 0, line, at, parts[i].length);
                at += parts[i].length;
            }
            return line;
        }

        /**
         * For a literal whose text needs no escape, what follows the text: the closing quote and
         * its language tag or datatype ({@code "} alone for xsd:string); null for any other node.
         */
        private byte[] literalSuffix(Node n) {
            if (!n.isLiteral() || n.getLiteralBaseDirection() != null || !plainText(n.getLiteralLexicalForm())) {
                return null;
            }
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return suffixes.computeIfAbsent("@" + lang, k -> ('"' + k).getBytes(StandardCharsets.UTF_8));
            }
            if (XSDDatatype.XSDstring.equals(n.getLiteralDatatype())) {
                return QUOTE;
            }
            // a typed literal (xsd:integer, xsd:date, ...): the lexical form quoted, then its datatype IRI
            String dt = n.getLiteralDatatypeURI();
            if (dt != null && plain(dt)) {
                return suffixes.computeIfAbsent("^" + dt, k -> ("\"^^<" + dt + '>').getBytes(StandardCharsets.UTF_8));
            }
            return null;
        }

        /**
         * A node as N-Triples: an IRI of printable ASCII with nothing N-Triples must escape is
         * written as it is (what Jena's formatter would write), anything else by Jena.
         */
        private byte[] term(Node n) {
            if (n.isURI()) {
                byte[] done = iris.get(n);
                if (done == null) {
                    done = plainIri(n.getURI());
                    if (done == null) {
                        done = jena(n).getBytes(StandardCharsets.UTF_8);
                    }
                    iris.put(n, done);
                }
                return done;
            }
            return jena(n).getBytes(StandardCharsets.UTF_8);
        }

        /**
         * {@code <iri>} when the IRI is printable ASCII with nothing N-Triples must escape (the
         * test of {@link NtLines#plain}, on its UTF-8 bytes: a character from 128 up is bytes from
         * 128 up, except a lone surrogate, which the JDK encodes as '?'), else null.
         */
        private static byte[] plainIri(String iri) {
            byte[] b = iri.getBytes(StandardCharsets.UTF_8);
            if (b.length != iri.length()) {
                return null;
            }
            for (int i = 0; i < b.length; i++) {
                int c = b[i];
                if (c < 64 ? c < 0 || (PLAIN_LOW >>> c & 1) == 0 || c == '?' && iri.charAt(i) != '?'
                        : (PLAIN_HIGH >>> (c - 64) & 1) == 0) {
                    return null;
                }
            }
            byte[] out = new byte[b.length + 2];
            out[0] = '<';
            System.arraycopy(b, 0, out, 1, b.length);
            out[out.length - 1] = '>';
            return out;
        }

        private String jena(Node n) {
            sink.sb.setLength(0);
            fmt.format(sink, n);
            return sink.sb.toString();
        }
    }

    /** A literal text N-Triples writes as it is: no control character, quote, backslash, surrogate or U+FFFD (Jena escapes it). */
    static boolean plainText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == '"' || c == '\\' || c >= 0x7F && c <= 0x9F || c == 0xFFFD || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean plain(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c < 64 ? (PLAIN_LOW >>> c & 1) == 0 : c >= 128 || (PLAIN_HIGH >>> (c - 64) & 1) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The characters below 128 an IRI may hold unescaped, as bit masks (one test per character). */
    private static final long PLAIN_LOW = mask(0, 64);
    private static final long PLAIN_HIGH = mask(64, 128);

    private static long mask(int from, int to) {
        long m = 0;
        for (int c = from; c < to; c++) {
            boolean ok = c > ' ' && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0;
            if (ok) {
                m |= 1L << (c - from);
            }
        }
        return m;
    }

    /** Distinct lines. */
    public int size() {
        return lines.length;
    }

    /** Triples given, duplicates included. */
    public int triples() {
        return triples;
    }

    byte[] line(int i) {
        return lines[i];
    }

    /** A StringBuilder as Jena's character sink (IndentedLineBuffer counts lines at every char). */
    private static final class Sink extends AWriterBase {
        final StringBuilder sb = new StringBuilder(256);

        @Override
        public void print(char ch) {
            sb.append(ch);
        }

        @Override
        public void print(char[] cbuf) {
            sb.append(cbuf);
        }

        @Override
        public void print(String s) {
            sb.append(s);
        }

        @Override
        public void printf(String fmt, Object... args) {
            sb.append(String.format(java.util.Locale.ROOT, fmt, args));
        }

        @Override
        public void println(String s) {
            sb.append(s).append('\n');
        }

        @Override
        public void println() {
            sb.append('\n');
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
