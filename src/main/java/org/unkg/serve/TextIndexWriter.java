package org.unkg.serve;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load step that writes the store's {@link TextIndex} ({@value TextIndex#FILE} in the store
 * folder) from the load's own parse. An entry is one triple of the default graph with one of the
 * indexed predicates (its subject, and a fingerprint of its object); the step hashes every gram
 * ({@link TextIndex#GRAMS}) of the lower-cased object (literal lexical form or IRI, what
 * {@code LCASE(STR(?o))} sees) and spills
 * the (gram, entry) pairs to {@value #PARTS} temporary files by the top bits of the hash, so that
 * its memory is that of one part, not of the graph. {@link #finish} sorts one part at a time into
 * posting lists (delta-coded entry numbers) and assembles the file.
 *
 * <p>The hashing and spilling run on a worker thread of their own, fed by the parser through a
 * bounded queue (memory: a few batches of texts), and when the parse ends ({@link #parsed}) the
 * worker goes on to sort the parts and write the file while TDB2 builds its indexes; the worker
 * takes the texts in parse order, so the file is the same as if one thread wrote it.
 */
final class TextIndexWriter implements LoadStep {
    private static final Logger LOG = LoggerFactory.getLogger(TextIndexWriter.class);
    /** Number of spill files; a gram hash has 31 bits, its top 8 pick the file. */
    static final int PARTS = 256;
    private static final String TMP = TextIndex.FILE + ".tmp";
    /** Batches waiting for the worker, at most; a batch holds at most {@value #BATCH} texts or {@value #BATCH_CHARS} chars. */
    private static final int QUEUE = 8;
    private static final int BATCH = 1024;
    private static final int BATCH_CHARS = 1 << 20;

    /** One text to index: its predicate's number, its subject IRI, its text. */
    private record Item(int predicate, String subject, String text) {
    }

    private final List<Node> predicates;
    private final Path storeDir;
    private final Path tmp;
    private final Part[] parts = new Part[PARTS];
    private final DataOutputStream subjects;
    private final boolean[] incomplete;
    private final DataOutputStream fingerprints;
    private long[] subjectEnds = new long[1024];
    private long subjectBytes;
    private int entries;
    /** The open-addressing set of the current text's gram hashes. */
    private int[] seen = new int[256];
    private long pairs;
    private int keyCount;
    /** Batches of texts from the parser to the worker; an empty batch ends them. */
    private final BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(QUEUE);
    private List<Item> batch = new ArrayList<>();
    private long batchChars;
    private Thread worker;
    private volatile Throwable failure;
    private boolean ended;
    private long sortNanos;
    /** CPU time of the worker thread (hashing, spilling, sorting, writing), or -1 when the JVM cannot tell. */
    private long workerCpuNanos = -1;

    /** A writer of the index of {@code predicates}' objects, into {@code storeDir}. */
    TextIndexWriter(List<Node> predicates, Path storeDir) throws IOException {
        this.predicates = List.copyOf(predicates);
        this.storeDir = storeDir;
        this.incomplete = new boolean[predicates.size()];
        this.tmp = storeDir.resolve(TMP);
        deleteTree(tmp);
        Files.createDirectories(tmp);
        for (int i = 0; i < PARTS; i++) {
            parts[i] = new Part(tmp.resolve("p" + i));
        }
        subjects = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp.resolve("subjects"))));
        fingerprints = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp.resolve("fingerprints"))));
    }

    @Override
    public StreamRDF sink() {
        if (worker == null) {
            worker = new Thread(this::work, "unkg-text-index");
            worker.setDaemon(true);
            worker.start();
        }
        return new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                add(t.getSubject(), t.getPredicate(), t.getObject());
            }

            @Override
            public void quad(Quad q) {
                if (q.isDefaultGraph()) {
                    add(q.getSubject(), q.getPredicate(), q.getObject());
                }
            }
        };
    }

    private void add(Node s, Node p, Node o) {
        int pi = predicates.indexOf(p);
        if (pi < 0) {
            return;
        }
        if (o.isBlank()) {
            return; // STR of a blank node is an error: it never contains a keyword
        }
        if (!s.isURI() || (o.isLiteral() && !plain(o))) {
            // a blank node's label in the file is not its label in the store, and the store may
            // rewrite the lexical form of a typed literal (01 → 1): the index could not find
            // them again, so this predicate is answered by the scan
            incomplete[pi] = true;
            return;
        }
        String text = o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI();
        batch.add(new Item(pi, s.getURI(), text));
        batchChars += text.length();
        if (batch.size() >= BATCH || batchChars >= BATCH_CHARS) {
            send();
        }
    }

    /** Hands the current batch to the worker, waiting while the queue is full. */
    private void send() {
        List<Item> b = batch;
        batch = new ArrayList<>();
        batchChars = 0;
        try {
            while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null || !worker.isAlive()) {
                    throw new IllegalStateException("text index writer stopped", failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing text", e);
        }
    }

    /** The worker: indexes the batches in order, then, once they end, sorts the parts and writes the file. */
    private void work() {
        try {
            while (true) {
                List<Item> b = queue.take();
                if (b.isEmpty()) {
                    break;
                }
                for (Item item : b) {
                    newEntry(item.subject(), TextIndex.fingerprint(item.text()));
                    spill(item.predicate(), TextIndex.lower(item.text()));
                }
            }
            long started = System.nanoTime();
            write();
            sortNanos = System.nanoTime() - started;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            workerCpuNanos = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        } catch (InterruptedException | IOException | RuntimeException | Error e) {
            failure = e; // said by finish, or by the parser's next send
        }
    }

    /** A literal the store keeps as written: a language-tagged or plain string. */
    private static boolean plain(Node o) {
        return !o.getLiteralLanguage().isEmpty() || XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI());
    }

    private void newEntry(String s, long fingerprint) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        subjects.write(b);
        fingerprints.writeLong(fingerprint);
        subjectBytes += b.length;
        if (entries + 1 >= subjectEnds.length) {
            subjectEnds = Arrays.copyOf(subjectEnds, subjectEnds.length * 2);
        }
        entries++;
        subjectEnds[entries] = subjectBytes;
    }

    /**
     * Writes the distinct gram hashes of one lower-cased text for the current entry: each hash
     * goes to its part the first time the text has it (an open-addressing set of the text's
     * hashes, not a sort of them: a sort per text was a third of the index's CPU).
     */
    private void spill(int predicate, String lower) throws IOException {
        int n = 0;
        for (int size : TextIndex.GRAMS) {
            n += Math.max(0, lower.length() - size + 1);
        }
        int capacity = Integer.highestOneBit(Math.max(8, n) * 2 - 1) << 1;
        if (seen.length < capacity) {
            seen = new int[capacity];
        }
        Arrays.fill(seen, 0, capacity, -1); // a hash is never negative: -1 is an empty slot
        int mask = capacity - 1;
        int shift = 32 - Integer.numberOfTrailingZeros(capacity);
        int entry = entries - 1;
        for (int size : TextIndex.GRAMS) {
            for (int i = 0; i + size <= lower.length(); i++) {
                int g = TextIndex.gramHash(predicate, lower, i, size);
                int slot = (g * 0x9E3779B9) >>> shift;
                while (seen[slot] != -1 && seen[slot] != g) {
                    slot = (slot + 1) & mask;
                }
                if (seen[slot] == -1) {
                    seen[slot] = g;
                    parts[g >>> 23].add(((long) g << 32) | entry);
                    pairs++;
                }
            }
        }
    }

    @Override
    public void parsed() {
        if (ended) {
            return;
        }
        ended = true;
        if (worker == null) {
            sink();
        }
        send();
        send(); // the empty batch: the end
    }

    @Override
    public void abandon() {
        if (worker != null) {
            worker.interrupt();
        }
    }

    @Override
    public void finish(DatasetGraph dsg, Path dir) throws IOException {
        long waited = System.nanoTime();
        parsed();
        try {
            worker.join();
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the text index was written", e);
        }
        if (failure instanceof IOException e) {
            throw e;
        } else if (failure != null) {
            throw new IOException("text index not written", failure);
        }
        Path target = storeDir.resolve(TextIndex.FILE);
        Files.move(tmp.resolve("index"), target, StandardCopyOption.REPLACE_EXISTING);
        deleteTree(tmp);
        LOG.info("text index of {} entries, {} grams, {} postings in {} ({} kB; sorted and written in {} s, {} s of it"
                + " after the store's load; {} s of CPU on its thread)", entries, keyCount, pairs, target,
                Files.size(target) / 1000, seconds(sortNanos), seconds(System.nanoTime() - waited), seconds(workerCpuNanos));
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    /** Sorts the parts into posting lists and assembles the file (as {@code index} in the temporary folder). */
    private void write() throws IOException {
        for (Part p : parts) {
            p.close();
        }
        subjects.close();
        fingerprints.close();
        Path postings = tmp.resolve("postings");
        Keys keys = new Keys(tmp.resolve("keys"), tmp.resolve("offsets"));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(postings), 64 * 1024); keys) {
            long written = 0;
            for (int i = 0; i < PARTS; i++) {
                written = sortPart(tmp.resolve("p" + i), keys, out, written);
            }
            keys.end(written);
        }
        keyCount = keys.size;
        Path partial = tmp.resolve("index");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024))) {
            out.write(TextIndex.MAGIC);
            out.writeInt(TextIndex.GRAMS.length);
            for (int g : TextIndex.GRAMS) {
                out.writeInt(g);
            }
            out.writeInt(predicates.size());
            for (int i = 0; i < predicates.size(); i++) {
                byte[] iri = predicates.get(i).getURI().getBytes(StandardCharsets.UTF_8);
                out.writeInt(iri.length);
                out.write(iri);
                out.writeBoolean(incomplete[i]);
            }
            out.writeInt(entries);
            out.writeInt(keys.size);
        }
        try (FileChannel to = FileChannel.open(partial, StandardOpenOption.APPEND)) {
            append(tmp.resolve("keys"), to);
            append(tmp.resolve("offsets"), to);
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial,
                StandardOpenOption.APPEND), 64 * 1024))) {
            for (int i = 0; i <= entries; i++) {
                out.writeLong(subjectEnds[i]);
            }
        }
        try (FileChannel to = FileChannel.open(partial, StandardOpenOption.APPEND)) {
            append(tmp.resolve("fingerprints"), to);
            append(tmp.resolve("subjects"), to);
            append(postings, to);
        }
    }

    /**
     * Sorts one spill file by (gram, entry) and writes its posting lists; returns the postings'
     * new length. The pairs were spilled in entry order and a part's hashes share their top 8
     * bits, so a stable radix sort on the other 23 bits (two passes) puts them in (gram, entry)
     * order, in linear time; the posting lists are varint-coded into a byte buffer.
     */
    private static long sortPart(Path part, Keys keys, OutputStream out, long written) throws IOException {
        long[] pairs = readLongs(part);
        Files.delete(part);
        pairs = radixSort(pairs);
        byte[] buf = new byte[64 * 1024];
        int used = 0;
        long pos = written;
        int gram = -1;
        int last = -1;
        for (long pair : pairs) {
            int g = (int) (pair >>> 32);
            int e = (int) pair;
            if (g != gram) {
                keys.add(g, pos);
                gram = g;
                last = -1;
            }
            if (e != last) {
                if (used > buf.length - 5) {
                    out.write(buf, 0, used);
                    used = 0;
                }
                int start = used;
                used = varint(buf, used, e - last);
                pos += used - start;
                last = e;
            }
        }
        out.write(buf, 0, used);
        return pos;
    }

    /** The big-endian longs of a file (a pair was written as gram then entry: one long). */
    private static long[] readLongs(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long[] out = new long[Math.toIntExact(in.size() / 8)];
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            int n = 0;
            while (n < out.length) {
                if (in.read(buffer) < 0) {
                    throw new IOException(file + " ended early");
                }
                buffer.flip();
                while (buffer.remaining() >= 8 && n < out.length) {
                    out[n++] = buffer.getLong();
                }
                buffer.compact();
            }
            return out;
        }
    }

    /** The pairs sorted by the low 23 bits of their gram (bits 32-54), stably: two passes of 12 and 11 bits. */
    static long[] radixSort(long[] a) {
        long[] b = new long[a.length];
        radixPass(a, b, 32, 12);
        radixPass(b, a, 44, 11);
        return a;
    }

    private static void radixPass(long[] from, long[] to, int shift, int bits) {
        int mask = (1 << bits) - 1;
        int[] count = new int[(1 << bits) + 1];
        for (long v : from) {
            count[((int) (v >>> shift) & mask) + 1]++;
        }
        for (int i = 0; i < 1 << bits; i++) {
            count[i + 1] += count[i];
        }
        for (long v : from) {
            to[count[(int) (v >>> shift) & mask]++] = v;
        }
    }

    /** Writes a non-negative int as a varint (as {@link TextIndex#writeVarint}) at {@code at}; returns the end. */
    private static int varint(byte[] buf, int at, int v) {
        while ((v & ~0x7f) != 0) {
            buf[at++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        buf[at++] = (byte) v;
        return at;
    }

    private static void append(Path from, FileChannel to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ)) {
            long size = in.size();
            long done = 0;
            while (done < size) {
                done += in.transferTo(done, size - done, to);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** One spill file of (gram, entry) pairs, each a long, written through a buffer. */
    private static final class Part {
        private final FileChannel out;
        private final ByteBuffer buffer = ByteBuffer.allocate(8 * 1024);

        Part(Path file) throws IOException {
            out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        }

        void add(long pair) throws IOException {
            if (!buffer.hasRemaining()) {
                flush();
            }
            buffer.putLong(pair);
        }

        private void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            buffer.clear();
        }

        void close() throws IOException {
            flush();
            out.close();
        }
    }

    /**
     * Distinct gram hashes in increasing order, each with the start of its posting list, written
     * to two files as they come (the keys of a large graph are hundreds of MB).
     */
    private static final class Keys implements AutoCloseable {
        private final DataOutputStream keys;
        private final DataOutputStream offsets;
        int size;

        Keys(Path keyFile, Path offsetFile) throws IOException {
            keys = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(keyFile), 64 * 1024));
            offsets = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(offsetFile), 64 * 1024));
        }

        void add(int key, long offset) throws IOException {
            keys.writeInt(key);
            offsets.writeLong(offset);
            size++;
        }

        /** The end of the last list. */
        void end(long offset) throws IOException {
            offsets.writeLong(offset);
        }

        @Override
        public void close() throws IOException {
            try (keys; offsets) {
                keys.flush();
            }
        }
    }
}
