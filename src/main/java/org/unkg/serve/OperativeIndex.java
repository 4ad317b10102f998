package org.unkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.BindingNodeId;
import org.apache.jena.tdb2.solver.BindingTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operative paragraphs of each verb, derived at load into a file beside the store
 * ({@value #FILE}): for each {@code unkg:verb} literal, the rows (paragraph, text, Work, symbol)
 * of
 * <pre>{@code
 * ?paragraph unkg:verb VERB ; a unkg:OperativeParagraph ; unkg:text ?text ; unkg:work ?work .
 * ?work dcterms:identifier ?symbol .
 * FILTER(LANG(VERB) = LANG(?text))
 * }</pre>
 * as TDB2 NodeIds, 32 bytes a row, in the order {@link OperativeParagraphs} gives them (the
 * symbols' lexical forms, stable over the verb's paragraphs in index order). With it,
 * {@code fn:operativeParagraphs} with four variables and a given verb (query 06) reads one
 * contiguous run of rows for the verb and decodes only the texts it tests for the keyword: no
 * B+tree descent per paragraph, no decoding of the texts in the other languages, no look-up of
 * the symbols (on the full AKN sample, "Requests": 1,204 rows where the join reads ~1,200 SPO
 * ranges and decodes ~7,200 texts).
 *
 * <p>The file is memory-mapped, so the heap holds the verbs' directory only (2,412 verbs on the
 * full AKN sample). Sizes on the full AKN sample: 55,531 rows, 1.8 MB; at 40× about 71 MB of
 * file, read a verb's run at a time. Written by the load after the bulk load and the derived
 * facts (one scan of the verbs in POS order, one SPO range per paragraph: about 2 s of CPU on the
 * full sample), streamed per verb, so the load holds one verb's rows at a time.
 *
 * <p>The rows are NodeIds of the store's node table, which a compaction ({@code tdb2.tdbcompact})
 * writes anew into a new generation folder ({@code Data-NNNN}): the file names the generation it
 * was written for, and {@link #open} ignores it (the function falls back to the join, with a
 * warning) when the store has moved to another.
 *
 * <p>Layout: magic, the generation (an int; -1 for none), then the rows of each verb (paragraph, text, Work, symbol: four 8-byte
 * NodeIds), then the directory (per verb: its NodeId, the offset of its first row, its number of
 * rows), then the directory's offset and number of entries. Thread-safe: nothing changes after
 * {@link #open}.
 */
public final class OperativeIndex {
    private static final Logger LOG = LoggerFactory.getLogger(OperativeIndex.class);
    /** The file's name in the store folder. */
    public static final String FILE = "unkg-operative.idx";
    static final byte[] MAGIC = "UNKGOPP2".getBytes(StandardCharsets.US_ASCII);
    private static final int ROW = 32;
    private static final int ENTRY = 20;
    /** Calls answered from the file (for tests). */
    static final AtomicLong READS = new AtomicLong();

    private final ByteBuffer rows;
    /** Per verb: the offset of its first row and its number of rows. */
    private final Map<NodeId, long[]> verbs;

    private OperativeIndex(ByteBuffer rows, Map<NodeId, long[]> verbs) {
        this.rows = rows;
        this.verbs = verbs;
    }

    /** The index of the store in {@code storeDir}; null when it has none or it is unreadable. */
    public static OperativeIndex open(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()).order(ByteOrder.BIG_ENDIAN);
            byte[] magic = new byte[MAGIC.length];
            b.get(0, magic);
            if (!Arrays.equals(magic, MAGIC)) {
                LOG.warn("{}: not an operative paragraph index, ignored", file);
                return null;
            }
            int written = b.getInt(MAGIC.length);
            int now = generation(storeDir);
            if (written != now) {
                LOG.warn("{}: written for the store's generation {}, which is now {} (compacted?): ignored, 06 runs"
                        + " without it; load the store again (unkg load) to rebuild it", file, written, now);
                return null;
            }
            long dir = b.getLong(b.capacity() - 12);
            int n = b.getInt(b.capacity() - 4);
            Map<NodeId, long[]> verbs = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                int o = (int) (dir + (long) i * ENTRY);
                verbs.put(NodeIdFactory.get(b, o), new long[] {b.getLong(o + 8), b.getInt(o + 16)});
            }
            LOG.info("operative paragraph index {}: {} verbs", file, n);
            return new OperativeIndex(b, verbs);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: unreadable operative paragraph index, ignored ({})", file, e.toString());
            return null;
        }
    }

    /**
     * The rows of {@code fn:operativeParagraphs} with the variables {@code paragraph text work
     * symbol} (distinct) and the verb {@code v} (a NodeId in the store), joined to {@code parent};
     * {@code verb} is the verb's term (bound to {@code v} when a variable).
     */
    Iterator<Binding> rows(NodeTable nodes, Binding parent, Var paragraph, Var text, Var work, Var symbol,
            Node verb, NodeId v, LowerContains keyword) {
        READS.incrementAndGet();
        long[] d = verbs.get(v);
        if (d == null) {
            return Collections.emptyIterator();
        }
        Var verbVar = verb.isVariable() ? Var.alloc(verb) : null;
        List<Binding> out = new ArrayList<>();
        NodeId lastSymbol = null;
        Node symbolNode = null;
        int off = (int) d[0];
        for (long i = 0; i < d[1]; i++, off += ROW) {
            NodeId t = NodeIdFactory.get(rows, off + 8);
            if (keyword != null && !keyword.test(nodes.getNodeForNodeId(t).getLiteralLexicalForm())) {
                continue;
            }
            NodeId s = NodeIdFactory.get(rows, off + 24);
            if (!s.equals(lastSymbol)) {
                // rows come in symbol order: one decoding per run of a symbol
                lastSymbol = s;
                symbolNode = nodes.getNodeForNodeId(s);
            }
            BindingNodeId b = new BindingNodeId(parent);
            b.put(paragraph, NodeIdFactory.get(rows, off));
            b.put(text, t);
            if (verbVar != null) {
                b.put(verbVar, v);
            }
            b.put(work, NodeIdFactory.get(rows, off + 16));
            // the symbol bound as a node, as the join binds it (06 orders by it)
            out.add(BindingFactory.binding(new BindingTDB(b, nodes), symbol, symbolNode));
        }
        return out.iterator();
    }

    /**
     * The load step that writes the index once the bulk load has ended. The index reads only
     * parsed triples (verbs, types, texts, Works, symbols; none of the derived facts), so it is
     * written on a thread of its own while the load adds the derived facts in its write
     * transaction, on the core the load leaves idle then; {@code finish} waits for it.
     */
    static LoadStep step() {
        return new LoadStep() {
            private Thread thread;
            private final AtomicReference<Throwable> failure = new AtomicReference<>();

            @Override
            public StreamRDF sink() {
                return StreamRDFLib.sinkNull();
            }

            @Override
            public void loaded(DatasetGraph dsg, Path storeDir) {
                thread = new Thread(() -> {
                    try {
                        write(dsg, storeDir.resolve(FILE));
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                }, "unkg-operative-index");
                thread.setDaemon(true);
                thread.start();
            }

            @Override
            public void abandon() {
                await();
            }

            @Override
            public void finish(DatasetGraph dsg, Path storeDir) throws IOException {
                if (thread == null) {
                    write(dsg, storeDir.resolve(FILE));
                    return;
                }
                await();
                Throwable t = failure.get();
                if (t instanceof IOException e) {
                    throw e;
                } else if (t instanceof RuntimeException e) {
                    throw e;
                } else if (t instanceof Error e) {
                    throw e;
                } else if (t != null) {
                    throw new IOException(t);
                }
            }

            private void await() {
                if (thread == null) {
                    return;
                }
                boolean interrupted = false;
                while (true) {
                    try {
                        thread.join();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** Writes the index of the default graph of the TDB2 store {@code dsg} to {@code file}. */
    static void write(DatasetGraph dsg, Path file) throws IOException {
        NodeTupleTable table = TDBInternal.getDatasetGraphTDB(dsg).getTripleTable().getNodeTupleTable();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            Txn.executeRead(dsg, () -> {
                try {
                    write(table, ch, generation(file.getParent()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private record Row(NodeId p, NodeId t, NodeId w, NodeId s, String key) { }

    /** The store's current generation: the highest N of its {@code Data-NNNN} folders (TDB2 uses that one); -1 if none. */
    static int generation(Path storeDir) {
        int max = -1;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(storeDir, "Data-*")) {
            for (Path e : entries) {
                try {
                    max = Math.max(max, Integer.parseInt(e.getFileName().toString().substring(5)));
                } catch (NumberFormatException ignored) {
                    // not a generation folder
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return max;
    }

    private static void write(NodeTupleTable table, FileChannel ch, int generation) throws IOException {
        NodeTable nodes = table.getNodeTable();
        NodeId verbP = nodes.getNodeIdForNode(OperativeParagraphs.VERB);
        NodeId textP = nodes.getNodeIdForNode(OperativeParagraphs.TEXT);
        NodeId typeP = nodes.getNodeIdForNode(RDF.Nodes.type);
        NodeId operative = nodes.getNodeIdForNode(OperativeParagraphs.OPERATIVE);
        NodeId workP = nodes.getNodeIdForNode(OperativeParagraphs.WORK);
        NodeId symbolP = nodes.getNodeIdForNode(OperativeParagraphs.IDENTIFIER);
        ch.write(ByteBuffer.wrap(MAGIC));
        ByteBuffer g = ByteBuffer.allocate(4).putInt(generation).flip();
        while (g.hasRemaining()) {
            ch.write(g);
        }
        long offset = MAGIC.length + 4;
        ByteBuffer directory = ByteBuffer.allocate(1 << 16);
        int entries = 0;
        if (Stream.of(verbP, textP, typeP, operative, workP, symbolP).noneMatch(OperativeParagraphs::absent)) {
            // POS: the verbs' paragraphs come grouped by verb, so one verb's rows are held at a time
            Iterator<Tuple<NodeId>> it = table.find(NodeId.NodeIdAny, verbP, NodeId.NodeIdAny);
            Map<NodeId, List<NodeId>> symbols = new HashMap<>();
            Map<NodeId, String> lexical = new HashMap<>();
            NodeId verb = null;
            String lang = null;
            List<Row> group = new ArrayList<>();
            while (true) {
                Tuple<NodeId> pv = it.hasNext() ? it.next() : null;
                if (pv == null || !pv.get(2).equals(verb)) {
                    if (!group.isEmpty()) {
                        if (directory.remaining() < ENTRY) {
                            directory = ByteBuffer.allocate(directory.capacity() * 2).put(directory.flip());
                        }
                        NodeIdFactory.set(verb, directory, directory.position());
                        directory.position(directory.position() + 8);
                        directory.putLong(offset).putInt(group.size());
                        entries++;
                        offset += writeRows(ch, group);
                        group.clear();
                    }
                    if (pv == null) {
                        break;
                    }
                    verb = pv.get(2);
                    lang = OperativeParagraphs.language(nodes.getNodeForNodeId(verb));
                    // the symbols of the Works met, kept per verb only: bounded by one verb's rows
                    symbols.clear();
                    lexical.clear();
                }
                if (lang != null) {
                    paragraph(table, pv.get(0), lang, textP, typeP, operative, workP, symbolP, symbols, lexical, group);
                }
            }
        }
        directory.flip();
        while (directory.hasRemaining()) {
            ch.write(directory);
        }
        ByteBuffer tail = ByteBuffer.allocate(12).putLong(offset).putInt(entries).flip();
        while (tail.hasRemaining()) {
            ch.write(tail);
        }
    }

    /** Adds the rows of one paragraph of the verb (in language {@code lang}) to {@code group}. */
    private static void paragraph(NodeTupleTable table, NodeId p, String lang, NodeId textP, NodeId typeP,
            NodeId operative, NodeId workP, NodeId symbolP, Map<NodeId, List<NodeId>> symbols,
            Map<NodeId, String> lexical, List<Row> group) {
        NodeTable nodes = table.getNodeTable();
        OperativeParagraphs.Parts parts = OperativeParagraphs.parts(table, p, textP, typeP, operative, workP,
                NodeId.NodeIdAny, NodeId.NodeIdAny);
        if (!parts.operative() || parts.works().isEmpty()) {
            return;
        }
        for (NodeId t : parts.texts()) {
            if (!lang.equals(OperativeParagraphs.language(nodes.getNodeForNodeId(t)))) {
                continue;
            }
            for (NodeId w : parts.works()) {
                for (NodeId s : symbols.computeIfAbsent(w,
                        x -> OperativeParagraphs.objects(table, x, symbolP, NodeId.NodeIdAny))) {
                    String key = lexical.computeIfAbsent(s, x -> {
                        Node n = nodes.getNodeForNodeId(x);
                        return n.isLiteral() ? n.getLiteralLexicalForm() : "";
                    });
                    group.add(new Row(p, t, w, s, key));
                }
            }
        }
    }

    /** Writes one verb's rows in symbol order (stable: index order within a symbol); returns the bytes written. */
    private static long writeRows(FileChannel ch, List<Row> group) throws IOException {
        group.sort(Comparator.comparing(Row::key));
        ByteBuffer b = ByteBuffer.allocate(group.size() * ROW);
        for (Row r : group) {
            int o = b.position();
            NodeIdFactory.set(r.p(), b, o);
            NodeIdFactory.set(r.t(), b, o + 8);
            NodeIdFactory.set(r.w(), b, o + 16);
            NodeIdFactory.set(r.s(), b, o + 24);
            b.position(o + ROW);
        }
        b.flip();
        while (b.hasRemaining()) {
            ch.write(b);
        }
        return group.size() * (long) ROW;
    }
}
