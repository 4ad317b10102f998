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
import org.apache.jena.datatypes.RDFDatatype;
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
    private static final byte[] NOT_PLAIN = new byte[0];

    private final byte[] bytes;
    /** The distinct lines in byte order, as (offset, length) in {@link #bytes} ({@link LineSort#ref}). */
    private final long[] index;
    private final int size;
    private final int triples;

    private NtLines(byte[] bytes, long[] index, int size, int triples) {
        this.bytes = bytes;
        this.index = index;
        this.size = size;
        this.triples = triples;
    }

    /** Encodes, sorts and de-duplicates; safe to call from any thread. */
    public static NtLines of(Collection<Triple> triples) {
        return of(triples, new Encoder());
    }

    /**
     * As {@link #of(Collection)}, encoding with {@code e}'s buffers (grown once to the largest
     * document it has seen, then reused): one encoder per thread, e.g. per build worker.
     */
    public static NtLines of(Collection<Triple> triples, Encoder e) {
        e.reset();
        int n = triples.size();
        long[] index = new long[n];
        int k = 0;
        for (Triple t : triples) {
            index[k++] = e.line(t);
        }
        byte[] bytes = Arrays.copyOf(e.buf, e.used);
        if (e.scratch.length < n) {
            e.scratch = new long[Math.max(n, 2 * e.scratch.length)];
        }
        LineSort.sort(bytes, index, e.scratch, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || LineSort.compare(bytes, index[i], index[distinct - 1]) != 0) {
                index[distinct++] = index[i];
            }
        }
        return new NtLines(bytes, index, distinct, n);
    }

    /**
     * The buffers of encoding a document's triples, reusable from one call to the next (not
     * thread-safe: one per thread). Every line is written into one growing byte array, the lines
     * of a document one after another (no array per line), and copied out once at its exact size:
     * a document repeats the same IRI objects (subject of many triples, the vocabulary's
     * predicates and classes), so each is checked and encoded once per call, by identity, and
     * copied; a text with nothing to escape is encoded into place as it is checked and wrapped in
     * its quotes and language or datatype suffix (what Jena writes, without its per-character
     * calls and without a detour through a {@code String} of the whole line). Anything else is
     * formatted by Jena.
     */
    public static final class Encoder {
        private static final byte[] QUOTE = {'"'};
        private final NodeFormatter fmt = new NodeFormatterNT(CharSpace.UTF8);
        private final Sink sink = new Sink();
        /** Encoded IRIs of this call's nodes, by identity (cleared at each call: nodes are the mapper's, per document). */
        private final Map<Node, byte[]> iris = new IdentityHashMap<>(512);
        /** Closing quote and suffix of a literal ({@code "@en}, {@code "^^<...#integer>}), by tag and by datatype; kept. */
        private final Map<String, byte[]> langSuffixes = new HashMap<>();
        private final Map<String, byte[]> typeSuffixes = new HashMap<>();
        /**
         * The last subject IRI encoded, and its bytes: a document's triples come grouped by subject,
         * so most subjects are the one before, answered without the identity map's hash (its look-ups
         * were 133 of the 872 samples in {@code NtLines.of} in a profile of encoding the text sample).
         */
        private Node lastIri;
        private byte[] lastIriBytes;
        private Node subject;
        /** The last language tag's suffix (a document's literals share one or two tags, each a new string). */
        private String lastLang;
        private byte[] lastLangSuffix;
        private byte[] buf = new byte[1 << 16];
        private int used;
        private long[] scratch = new long[1024];

        /** An encoder with empty buffers. */
        public Encoder() {
        }

        private void reset() {
            used = 0;
            iris.clear();
            lastIri = null;
            lastIriBytes = null;
            lastLang = null;
            lastLangSuffix = null;
        }

        /** Writes the triple's line; its (offset, length). */
        long line(Triple t) {
            int from = used;
            subject = t.getSubject();
            put(term(subject));
            put((byte) ' ');
            put(term(t.getPredicate()));
            put((byte) ' ');
            Node o = t.getObject();
            if (o.isURI() || !plainLiteral(o)) {
                put(term(o));
            }
            put((byte) ' ');
            put((byte) '.');
            return LineSort.ref(from, used - from);
        }

        private void put(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, used, b.length);
            used += b.length;
        }

        private void put(byte b) {
            ensure(1);
            buf[used++] = b;
        }

        private void ensure(int more) {
            if (used + more > buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 16, Math.max((long) used + more, 2L * buf.length)));
            }
        }

        /**
         * Writes a literal whose text needs no escape: the text quoted, then its language tag or
         * datatype ({@code "} alone for xsd:string); false, with nothing written, for any other.
         */
        private boolean plainLiteral(Node n) {
            if (!n.isLiteral() || n.getLiteralBaseDirection() != null) {
                return false;
            }
            byte[] suffix = literalSuffix(n);
            if (suffix == null) {
                return false;
            }
            int from = used;
            put((byte) '"');
            if (!putPlainText(n.getLiteralLexicalForm())) {
                used = from;
                return false;
            }
            put(suffix);
            return true;
        }

        /** The closing quote and language tag or datatype of a literal, or null when Jena must write it. */
        private byte[] literalSuffix(Node n) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                if (lang.equals(lastLang)) {
                    return lastLangSuffix;
                }
                byte[] s = langSuffixes.get(lang);
                if (s == null) {
                    s = ("\"@" + lang).getBytes(StandardCharsets.UTF_8);
                    langSuffixes.put(lang, s);
                }
                lastLang = lang;
                lastLangSuffix = s;
                return s;
            }
            RDFDatatype type = n.getLiteralDatatype();
            if (type == XSDDatatype.XSDstring || XSDDatatype.XSDstring.equals(type)) {
                return QUOTE;
            }
            // a typed literal (xsd:integer, xsd:date, ...): the lexical form quoted, then its datatype IRI
            String dt = n.getLiteralDatatypeURI();
            if (dt == null) {
                return null;
            }
            byte[] s = typeSuffixes.get(dt);
            if (s == null) {
                s = plain(dt) ? ("\"^^<" + dt + '>').getBytes(StandardCharsets.UTF_8) : NOT_PLAIN;
                typeSuffixes.put(dt, s);
            }
            return s == NOT_PLAIN ? null : s;
        }

        /**
         * Encodes a text as UTF-8 into place when N-Triples writes it as it is (the test of
         * {@link NtLines#plainText}, made as it is encoded); false when it is not (the caller
         * resets {@code used}).
         */
        private boolean putPlainText(String s) {
            int len = s.length();
            ensure(3 * len);
            byte[] b = buf;
            int at = used;
            for (int i = 0; i < len; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    if (c < ' ' || c == '"' || c == '\\' || c == 0x7F) {
                        return false;
                    }
                    b[at++] = (byte) c;
                } else if (c < 0x800) {
                    if (c <= 0x9F) {
                        return false;
                    }
                    b[at++] = (byte) (0xC0 | c >> 6);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                } else {
                    if (c == 0xFFFD || Character.isSurrogate(c)) {
                        return false;
                    }
                    b[at++] = (byte) (0xE0 | c >> 12);
                    b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                }
            }
            used = at;
            return true;
        }

        /**
         * A node as N-Triples: an IRI of printable ASCII with nothing N-Triples must escape is
         * written as it is (what Jena's formatter would write), anything else by Jena.
         */
        private byte[] term(Node n) {
            if (n == lastIri) {
                return lastIriBytes; // the subject of the triple before (a mapper adds a subject's triples together)
            }
            if (n.isURI()) {
                byte[] done = iris.get(n);
                if (done == null) {
                    done = plainIri(n.getURI());
                    if (done == null) {
                        done = jena(n).getBytes(StandardCharsets.UTF_8);
                    }
                    iris.put(n, done);
                }
                if (n == subject) {
                    lastIri = n;
                    lastIriBytes = done;
                }
                return done;
            }
            return jena(n).getBytes(StandardCharsets.UTF_8);
        }

        /**
         * {@code <iri>} when the IRI is printable ASCII with nothing N-Triples must escape (the
         * test of {@link NtLines#plain}), else null; written straight from its characters (an
         * ASCII character is its UTF-8 byte).
         */
        private static byte[] plainIri(String iri) {
            int n = iri.length();
            byte[] out = new byte[n + 2];
            out[0] = '<';
            for (int i = 0; i < n; i++) {
                char c = iri.charAt(i);
                if (c < 64 ? (PLAIN_LOW >>> c & 1) == 0 : c >= 128 || (PLAIN_HIGH >>> (c - 64) & 1) == 0) {
                    return null;
                }
                out[i + 1] = (byte) c;
            }
            out[n + 1] = '>';
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
        return size;
    }

    /** Triples given, duplicates included. */
    public int triples() {
        return triples;
    }

    /** The i-th line (a copy). */
    byte[] line(int i) {
        long r = index[i];
        return Arrays.copyOfRange(bytes, LineSort.offset(r), LineSort.offset(r) + LineSort.length(r));
    }

    /** The array holding every line; the i-th is at {@link #offset} for {@link #length} bytes. */
    byte[] bytes() {
        return bytes;
    }

    int offset(int i) {
        return LineSort.offset(index[i]);
    }

    int length(int i) {
        return LineSort.length(index[i]);
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
