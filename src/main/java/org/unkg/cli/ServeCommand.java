package org.unkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.rdf.Iris;
import org.unkg.serve.CannedQueries;
import org.unkg.serve.Stores;
import org.unkg.serve.UnkgServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unkg serve [--graph FILE... | --tdb DIR] [--port 3030] [--host 127.0.0.1]}: the read-only
 * SPARQL endpoint, canned queries and linked-data pages. With neither --graph nor --tdb it serves
 * {@code output/tdb}, loaded from {@code output/graph.ttl} (built first if missing).
 */
@Command(name = "serve", description = "Serve the graph: read-only SPARQL endpoint, canned queries, a page per resource.")
public class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--graph", paramLabel = "FILE", arity = "1..*", description = "Graph files to serve from memory.")
    List<Path> graphs = List.of();

    @Option(names = "--tdb", paramLabel = "DIR", description = "TDB2 store to serve (loaded from --graph when given and newer).")
    Path tdb;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--timeout", defaultValue = "10s", description = "Query timeout, in the query's own CPU time (4 times it by the wall clock at most):"
            + " 10s, 500ms, 2m (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--max-results", defaultValue = "10000", description = "Cap on result rows (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI of the graph, mapped to this server (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--cache", paramLabel = "MB", defaultValue = "0",
            description = "Megabytes of SPARQL responses kept for repeated requests; 0 = none (default: ${DEFAULT-VALUE}).")
    long cacheMb;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of canned queries (default: the bundled ones).")
    Path queries;

    /** Jena's initialisation started by {@link Unkg#main} beside the command-line parsing; null: none started. */
    CompletableFuture<Void> jenaReady;

    /**
     * The VoID {@code unkg build} wrote beside the graph file, when it is not older than the graph
     * and describes the dataset under this base; null otherwise (the server then computes it,
     * which means reading the whole graph at start-up).
     */
    static Model prebuiltVoid(Path dump, String base) {
        if (dump == null) {
            return null;
        }
        Path v = dump.toAbsolutePath().resolveSibling("void.ttl");
        try {
            if (!Files.exists(v) || Files.getLastModifiedTime(v).compareTo(Files.getLastModifiedTime(dump)) < 0) {
                return null;
            }
            return Stores.describing(v, new Iris(base));
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable description is recomputed, not fatal
        }
    }

    /**
     * Where the VoID description comes from, or null when none was stored (the server then
     * computes it at start): the one {@code unkg build} wrote beside the graph when fresh, else
     * the one the load stored in the store. It is parsed at the first request for it, not at start.
     */
    static Supplier<Model> storedDescription(Path dump, Path store, String base) {
        boolean beside = dump != null && Files.isRegularFile(dump.toAbsolutePath().resolveSibling("void.ttl"));
        if (!beside && (store == null || !Stores.hasStoredVoid(store))) {
            return null;
        }
        return () -> {
            Model m = prebuiltVoid(dump, base);
            return m != null || store == null ? m : Stores.storedVoid(store, new Iris(base));
        };
    }

    @Override
    public Integer call() throws InterruptedException {
        long t0 = System.nanoTime();
        if (jenaReady != null) {
            try {
                jenaReady.join();
            } catch (CompletionException e) {
                // initialised again below, where the failure is reported as any other
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dump = null;
        Path store = null;
        Iris iris = new Iris(base);
        Dataset ds;
        if (graphs.isEmpty() && tdb == null) {
            Path graph = Path.of("output", "graph.ttl");
            if (!Files.exists(graph)) {
                out.println("no " + graph + " yet: building it from corpus/ first");
                out.flush();
                DefaultBuild.run(graph, base, out);
            }
            store = Path.of("output", "tdb");
            ds = Stores.tdbFrom(graph, store, iris);
            dump = graph;
        } else if (tdb != null) {
            if (graphs.size() > 1) {
                throw new IllegalArgumentException("--tdb loads at most one --graph file");
            }
            ds = graphs.isEmpty() ? Stores.tdb(tdb) : Stores.tdbFrom(graphs.get(0), tdb, iris);
            store = tdb;
            dump = graphs.isEmpty() ? null : graphs.get(0);
        } else {
            ds = Stores.memory(graphs);
            dump = graphs.size() == 1 ? graphs.get(0) : null;
        }
        long t1 = System.nanoTime();
        FusekiServer server = UnkgServer.create().dataset(ds).base(base).host(host).port(port)
                .timeout(Durations.parse(timeout)).maxResults(maxResults).queries(CannedQueries.of(queries))
                .dump(dump).descriptionSource(storedDescription(dump, store, base)).cacheBytes(cacheMb << 20).build();
        server.start();
        long t2 = System.nanoTime();
        LOG.info("ready: graph opened in {} s, server built and started in {} s", seconds(t1 - t0), seconds(t2 - t1));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            ds.close();
        }, "unkg-serve-stop"));
        String h = host.contains(":") ? "[" + host + "]" : host;
        out.println("unkg serving on http://" + h + ":" + server.getPort() + "/  (SPARQL: http://" + h + ":"
                + server.getPort() + UnkgServer.DATASET + "/sparql) — Ctrl-C to stop");
        out.flush();
        server.join();
        return 0;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
