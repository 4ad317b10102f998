package org.unkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An n-gram index of the texts of a TDB2 store, written beside it by the load
 * ({@link TextIndexWriter}) and read by the {@link TextCandidates} property function: for a
 * predicate and a keyword it gives the triples whose object contains every n-gram of the
 * lower-cased keyword. That is a superset of the triples whose object contains the keyword
 * (lower-cased, as {@code CONTAINS(LCASE(STR(?o)), LCASE(?k))}), never fewer: a query keeps its
 * exact filter, and the index only spares it the objects that cannot match. Grams are hashed to
 * 31 bits and objects to 64: two grams or two objects with one hash only add candidates.
 *
 * <p>The file is mapped read-only, in segments of at most 1 GiB ({@link MappedFile}: a file over
 * 2 GB is read as well as a small one); the sorted gram hashes, the offsets of their posting
 * lists and of the subjects are read from the mapping at long positions, the posting lists
 * (delta-coded varints) and subject IRIs too. Thread-safe: nothing changes after {@link #open}.
 */
public final class TextIndex {
    private static final Logger LOG = LoggerFactory.getLogger(TextIndex.class);
    /** Name of the index file in the store folder. */
    public static final String FILE = "unkg-text.idx";
    static final byte[] MAGIC = "UNKGTXT2".getBytes(StandardCharsets.US_ASCII);
    /**
     * Gram sizes indexed, increasing: a keyword is looked up by the grams of the largest size it
     * has (a long keyword's 5-grams are far more selective than its trigrams: "central asia" has
     * 92 texts with it, 152 with all its trigrams, 92 with all its 5-grams); bigrams are there for
     * two-character keywords (a Chinese word is often two characters: 和平, 中亚); a one-character
     * keyword is answered by a scan.
     */
    static final int[] GRAMS = {2, 3, 5};
    /** Once this few candidates are left, longer posting lists are not read (the filter decides). */
    private static final int ENOUGH = 16;
    /** Characters taken at each end of a text for its {@link #fingerprint}. */
    private static final int SAMPLE = 24;

    private final List<String> predicates;
    private final boolean[] incomplete;
    private final int entries;
    private final int grams;
    private final MappedFile file;
    /** Where the sections start in the file: keys (ints), offsets, subject ends, fingerprints (longs), subjects, postings. */
    private final long keys;
    private final long offsets;
    private final long subjectEnds;
    private final long fingerprints;
    private final long subjects;
    private final long postings;

    private TextIndex(List<String> predicates, boolean[] incomplete, int entries, int grams, MappedFile file,
            long keys) {
        this.predicates = predicates;
        this.incomplete = incomplete;
        this.entries = entries;
        this.grams = grams;
        this.file = file;
        this.keys = keys;
        this.offsets = keys + 4L * grams;
        this.subjectEnds = offsets + 8L * (grams + 1);
        this.fingerprints = subjectEnds + 8L * (entries + 1);
        this.subjects = fingerprints + 8L * entries;
        this.postings = subjects + file.getLong(subjectEnds + 8L * entries);
        long end = postings + file.getLong(offsets + 8L * grams);
        if (end != file.size()) {
            throw new IllegalStateException("sections end at " + end + ", file at " + file.size());
        }
    }

    /** The index in {@code storeDir}, or null when there is none or it cannot be read (said in the log). */
    public static TextIndex open(Path storeDir) {
        return open(storeDir, MappedFile.SEGMENT);
    }

    /** As {@link #open(Path)}, the file mapped in segments of {@code segment} bytes. */
    static TextIndex open(Path storeDir, long segment) {
        Path path = storeDir.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return null;
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            MappedFile all = MappedFile.map(ch, segment);
            byte[] magic = new byte[MAGIC.length];
            all.get(0, magic);
            long pos = magic.length;
            int ng = all.getInt(pos);
            pos += 4;
            int[] gramSizes = new int[Math.max(0, Math.min(ng, 16))];
            for (int i = 0; i < gramSizes.length; i++) {
                gramSizes[i] = all.getInt(pos);
                pos += 4;
            }
            if (!Arrays.equals(magic, MAGIC) || !Arrays.equals(gramSizes, GRAMS)) {
                LOG.warn("{}: not a text index of this version; text queries scan", path);
                return null;
            }
            int np = all.getInt(pos);
            pos += 4;
            List<String> preds = new ArrayList<>();
            boolean[] incomplete = new boolean[np];
            for (int i = 0; i < np; i++) {
                byte[] iri = new byte[all.getInt(pos)];
                all.get(pos + 4, iri);
                pos += 4 + iri.length;
                preds.add(new String(iri, StandardCharsets.UTF_8));
                incomplete[i] = all.get(pos++) != 0;
            }
            int entries = all.getInt(pos);
            int nk = all.getInt(pos + 4);
            TextIndex index = new TextIndex(List.copyOf(preds), incomplete, entries, nk, all, pos + 8);
            LOG.info("text index {}: {} entries, {} grams", path, entries, nk);
            return index;
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: unreadable text index ({}); text queries scan", path, e.toString());
            return null;
        }
    }

    /** Number of entries (triples of the indexed predicates). */
    public int entries() {
        return entries;
    }

    /** A triple that may hold the keyword: its subject and the {@link #fingerprint} of its object's text. */
    public record Candidate(String subject, long fingerprint) {
    }

    /**
     * The triples of {@code predicate} whose object may contain {@code keyword} (both
     * lower-cased), each once, in no useful order; null when the index cannot tell (a predicate it
     * does not cover, or covers incompletely, or a keyword shorter than the smallest gram): then
     * every triple may.
     */
    public Set<Candidate> candidates(Node predicate, String keyword) {
        int p = predicate.isURI() ? predicates.indexOf(predicate.getURI()) : -1;
        String k = lower(keyword);
        int size = 0;
        for (int g : GRAMS) {
            if (g <= k.length()) {
                size = g;
            }
        }
        if (p < 0 || incomplete[p] || size == 0) {
            return null;
        }
        int n = k.length() - size + 1;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            int at = find(gramHash(p, k, i, size));
            if (at < 0) {
                return Set.of();
            }
            order[i] = at;
        }
        Arrays.sort(order, (a, b) -> Long.compare(length(a), length(b)));
        int[] current = null;
        int last = -1;
        for (Integer at : order) {
            if (at == last) {
                continue;
            }
            last = at;
            current = current == null ? decode(at) : intersect(current, at);
            if (current.length <= ENOUGH) {
                break;
            }
        }
        Set<Candidate> out = new LinkedHashSet<>();
        for (int e : current) {
            out.add(new Candidate(subject(e), file.getLong(fingerprints + 8L * e)));
        }
        return out;
    }

    private long length(int at) {
        return offset(at + 1) - offset(at);
    }

    private long offset(int at) {
        return file.getLong(offsets + 8L * at);
    }

    /** Index of the gram hash in the sorted keys, or -1. */
    private int find(int hash) {
        int lo = 0;
        int hi = grams - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = file.getInt(keys + 4L * mid);
            if (v < hash) {
                lo = mid + 1;
            } else if (v > hash) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int[] decode(int at) {
        int[] out = new int[16];
        int n = 0;
        long pos = postings + offset(at);
        long end = postings + offset(at + 1);
        int cur = -1;
        while (pos < end) {
            int v = 0;
            int shift = 0;
            byte b;
            do {
                b = file.get(pos++);
                v |= (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            cur += v;
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = cur;
        }
        return Arrays.copyOf(out, n);
    }

    /** The entries of {@code current} also in list {@code at} (both increasing). */
    private int[] intersect(int[] current, int at) {
        int[] other = decode(at);
        int[] out = new int[Math.min(current.length, other.length)];
        int n = 0;
        int j = 0;
        for (int e : current) {
            while (j < other.length && other[j] < e) {
                j++;
            }
            if (j < other.length && other[j] == e) {
                out[n++] = e;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private String subject(int entry) {
        long from = file.getLong(subjectEnds + 8L * entry);
        long to = file.getLong(subjectEnds + 8L * (entry + 1));
        byte[] b = new byte[Math.toIntExact(to - from)];
        file.get(subjects + from, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * Lower case as the index sees it: {@code toLowerCase(Locale.ROOT)}, then folded so that it
     * is the same whatever the JVM's default locale, which Jena's {@code LCASE} uses. Only
     * Turkish, Azeri and Lithuanian lower-case differently from the root locale, all around the
     * letter i: {@code I} to dotless {@code ı}, {@code İ} to {@code i} (root: {@code i} and a
     * combining dot above, U+0307), and Lithuanian adds U+0307 after {@code i}/{@code j}/{@code į}
     * before an accent and writes {@code Ì Í Ĩ} as {@code i}, U+0307 and the accent. The fold
     * maps {@code ı} to {@code i}, drops U+0307 and writes {@code ì í ĩ} as {@code i} and the
     * combining accent, so that {@code fold(lower_L(x)) == fold(lower_root(x))} for every string
     * and those locales: a text whose {@code LCASE} contains the keyword's in any locale
     * has, folded, every gram of the folded keyword (the index only adds candidates).
     */
    static String lower(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < l.length(); i++) {
            if (folded(l.charAt(i))) {
                return fold(l);
            }
        }
        return l;
    }

    private static boolean folded(char c) {
        return c == '\u0131' || c == '\u0307' || c == '\u00ec' || c == '\u00ed' || c == '\u0129';
    }

    private static String fold(String l) {
        StringBuilder b = new StringBuilder(l.length() + 8);
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            switch (c) {
                case '\u0131' -> b.append('i');
                case '\u0307' -> { }
                case '\u00ec' -> b.append("i\u0300");
                case '\u00ed' -> b.append("i\u0301");
                case '\u0129' -> b.append("i\u0303");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The 31-bit hash of the gram {@code text[from, from + size)} of one predicate's texts. */
    static int gramHash(int predicate, String text, int from, int size) {
        long k = ((long) predicate << 8) | size;
        for (int i = from; i < from + size; i++) {
            k = k * 0x100000001b3L + text.charAt(i);
        }
        return (int) (mix(k) >>> 33);
    }

    /**
     * A 64-bit fingerprint of an object's text (lexical form or IRI), to tell a subject's
     * objects apart: of its length and at most {@value #SAMPLE} characters at each end, so that it
     * costs the same for a long paragraph as for a title (the query takes it of every object of a
     * candidate subject).
     */
    static long fingerprint(String text) {
        int n = text.length();
        long k = n;
        for (int i = 0; i < Math.min(n, SAMPLE); i++) {
            k = k * 0x100000001b3L + text.charAt(i);
        }
        for (int i = Math.max(SAMPLE, n - SAMPLE); i < n; i++) {
            k = k * 0x100000001b3L + text.charAt(i);
        }
        return mix(k);
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** Writes a non-negative int as a varint (7 bits a byte, low first); returns the bytes written. */
    static int writeVarint(OutputStream out, int v) throws IOException {
        int n = 1;
        while ((v & ~0x7f) != 0) {
            out.write((v & 0x7f) | 0x80);
            v >>>= 7;
            n++;
        }
        out.write(v);
        return n;
    }
}
