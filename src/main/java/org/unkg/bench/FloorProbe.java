package org.unkg.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * Child JVM: the floor a build cannot go below. Reads every input file with nothing else done
 * (a bare StAX pass that pulls every event of every {@code .xml}, or every line of every
 * {@code .txt}), on as many threads as the build uses; then writes as many synthetic triples as
 * the build wrote, of the same average N-Triples line length, with Jena's streaming N-Triples
 * writer. Prints both times and the memory marks.
 */
public final class FloorProbe {
    private static final String BASE = "https://w3id.org/unkg/";
    private static final String[] PREDICATES = {
        "https://w3id.org/unkg/ontology#text", "http://data.europa.eu/eli/ontology#is_part_of",
        "https://w3id.org/unkg/ontology#ordinal", "https://w3id.org/unkg/ontology#mentions",
        "http://purl.org/spar/cito/cites", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
        "https://w3id.org/unkg/ontology#verb", "http://purl.org/dc/terms/identifier",
    };

    private FloorProbe() {
    }

    public static void main(String[] argv) throws Exception {
        Probe p = new Probe(argv);
        MemoryWatch mem = MemoryWatch.start();
        String ext = p.get("ext", "xml");
        int threads = Integer.parseInt(p.get("threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
        List<Path> files = files(p.all("input").stream().map(Path::of).toList(), "." + ext);
        long t0 = System.nanoTime();
        long events = read(files, threads, ext.equals("xml"));
        double readSeconds = (System.nanoTime() - t0) / 1e9;
        long triples = Long.parseLong(p.get("triples"));
        int lineBytes = Integer.parseInt(p.get("line-bytes"));
        long t1 = System.nanoTime();
        long written = write(Path.of(p.get("out")), triples, lineBytes);
        double writeSeconds = (System.nanoTime() - t1) / 1e9;
        JsonObject o = new JsonObject();
        o.put("files", files.size());
        o.put("events", events);
        o.put("readSeconds", Probe.num(readSeconds));
        o.put("triples", triples);
        o.put("writtenBytes", written);
        o.put("writeSeconds", Probe.num(writeSeconds));
        o.put("seconds", Probe.num(readSeconds + writeSeconds));
        o.put("memory", mem.report());
        Probe.emit(o);
    }

    static List<Path> files(List<Path> inputs, String suffix) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            try (Stream<Path> s = Files.walk(in)) {
                s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(suffix))
                        .sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static long read(List<Path> files, int threads, boolean xml) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    XMLInputFactory f = secureFactory();
                    long n = 0;
                    for (int i; (i = next.getAndIncrement()) < files.size(); ) {
                        n += xml ? stax(f, files.get(i)) : lines(files.get(i));
                    }
                    return n;
                }));
            }
            long n = 0;
            for (Future<Long> f : parts) {
                n += f.get();
            }
            return n;
        } finally {
            pool.shutdownNow();
        }
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    private static long stax(XMLInputFactory f, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            long n = 0;
            while (r.hasNext()) {
                r.next();
                n++;
            }
            r.close();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private static long lines(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long n = 0;
            while (r.readLine() != null) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code n} triples whose N-Triples lines average about {@code lineBytes}; returns the bytes. */
    static long write(Path out, long n, int lineBytes) throws IOException {
        Node[] preds = new Node[PREDICATES.length];
        for (int i = 0; i < preds.length; i++) {
            preds[i] = NodeFactory.createURI(PREDICATES[i]);
        }
        StringBuilder pad = new StringBuilder();
        while (pad.length() < Math.max(lineBytes, 16)) {
            pad.append("Recalling its resolution 79/5 of 15 October 2024, ");
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.NTRIPLES);
            w.start();
            for (long i = 0; i < n; i++) {
                String s = BASE + "doc/A/RES/" + (i / 4000) + "/" + (i / 40 % 100) + "/operative/" + (i % 40);
                Node pred = preds[(int) (i % preds.length)];
                // subject + predicate + quotes, tag, spaces and " ." make up the rest of the line
                int lit = Math.max(1, lineBytes - s.length() - pred.getURI().length() - 14);
                w.triple(Triple.create(NodeFactory.createURI(s), pred,
                        NodeFactory.createLiteralLang(pad.substring(0, Math.min(lit, pad.length())), "en")));
            }
            w.finish();
        }
        return Files.size(out);
    }
}
