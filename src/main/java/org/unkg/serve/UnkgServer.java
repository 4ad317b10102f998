package org.unkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.unkg.rdf.Iris;
import org.unkg.rdf.Prefixes;

/**
 * The unkg web server: embedded Fuseki with one read-only dataset {@code /unkg} whose only
 * operation is SPARQL query ({@code /unkg/sparql}, {@code /unkg/query}) — no update, no upload,
 * no Graph Store Protocol, no admin API — with a query timeout and a cap on results; around it
 * the home page, the canned queries ({@code /queries}), a page for every IRI under the base and
 * the VoID description ({@code /.well-known/void}).
 *
 * <pre>{@code
 * FusekiServer s = UnkgServer.create().dataset(ds).port(0).build();
 * s.start(); ... s.stop();
 * }</pre>
 */
public final class UnkgServer {
    /** Name of the dataset: the SPARQL endpoint is {@code /unkg/sparql}. */
    public static final String DATASET = "/unkg";
    /**
     * Default budget of the SPARQL response cache ({@link ResponseCache}): none, the memory is the
     * operator's to give. (The canned-query pages that {@code LoadTest} saw time out with the
     * cache on were not the cache's doing: they do not pass through it, and they timed out as
     * often without it, by a timeout that counted the time they waited for a CPU; see
     * {@link Watchdog}.)
     */
    public static final long DEFAULT_CACHE_BYTES = 0;

    private Dataset dataset;
    private Iris iris = Iris.defaults();
    private String host = "127.0.0.1";
    private int port = 3030;
    private Duration timeout = Duration.ofSeconds(10);
    private long maxResults = 10_000;
    private CannedQueries queries;
    private Model description;
    private Supplier<Model> descriptionSource;
    private Path dump;
    private long cacheBytes = DEFAULT_CACHE_BYTES;

    private UnkgServer() {
    }

    public static UnkgServer create() {
        return new UnkgServer();
    }

    public UnkgServer dataset(Dataset v) { dataset = v; return this; }
    public UnkgServer base(String v) { iris = new Iris(v); return this; }
    public UnkgServer host(String v) { host = v; return this; }
    public UnkgServer port(int v) { port = v; return this; }
    public UnkgServer timeout(Duration v) { timeout = v; return this; }
    public UnkgServer maxResults(long v) { maxResults = v; return this; }
    public UnkgServer queries(CannedQueries v) { queries = v; return this; }
    /** Bytes of SPARQL responses kept for repeated requests (0: no cache). */
    public UnkgServer cacheBytes(long v) { cacheBytes = v; return this; }
    /** The graph file to offer as the dump ({@code /dump/NAME}); its VoID is computed from it. */
    public UnkgServer dump(Path v) { dump = v; return this; }
    /** The VoID description to serve; computed from the dataset when not given. */
    public UnkgServer description(Model v) { description = v; return this; }
    /**
     * Where to read the VoID description at the first request for it (a file stored by the load:
     * parsing it is not start-up work); when it gives null, the description is computed then.
     */
    public UnkgServer descriptionSource(Supplier<Model> v) { descriptionSource = v; return this; }

    /** A server ready to {@code start()}; it listens on the host given (loopback by default). */
    public FusekiServer build() {
        if (dataset == null) {
            throw new IllegalStateException("no dataset");
        }
        // the text search of the canned queries: the store's index when Stores opened it, else a scan
        TextCandidates.ensure(dataset.asDatasetGraph());
        // SPARQL JSON results with Jena's bytes at a tenth of its writer's CPU (see JsonResultsWriter)
        JsonResultsWriter.register();
        CannedQueries qs = queries != null ? queries : CannedQueries.bundled();
        Map<String, String> prefixes = Prefixes.standard(iris);
        LocalLinks links = new LocalLinks(iris.base(), prefixes);
        VoidWriter voidWriter = new VoidWriter(iris);
        Supplier<Model> computed = () -> dump != null ? voidWriter.describe(dump)
                : voidWriter.describe(dataset.asDatasetGraph(), "graph.ttl");
        Supplier<Model> voidModel;
        if (description != null) {
            Model d = description;
            voidModel = () -> d;
        } else if (descriptionSource != null) {
            Supplier<Model> source = descriptionSource;
            voidModel = () -> {
                Model d = source.get();
                return d != null ? d : computed.get();
            };
        } else {
            Model d = computed.get();
            voidModel = () -> d;
        }
        // the timeout is the watchdog's alone: Jena's (ARQ.queryTimeout) is a wall-clock timer
        // that counts the time a query waits for a CPU on a busy machine (see Watchdog)
        Context cxt = new Context();
        OperationRegistry ops = OperationRegistry.createEmpty();
        Watchdog watchdog = new Watchdog(timeout);
        ops.register(Operation.Query, new CappedQueryService(maxResults, watchdog));
        DataService service = DataService.newBuilder(dataset.asDatasetGraph())
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .build();
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        QueryRunner runner = QueryRunner.local(dataset, watchdog, maxResults);
        FusekiServer.Builder b = FusekiServer.create(ops, cxt)
                .port(port)
                .loopback(loopback)
                .enableCors(false)
                .addFilter("/*", new GuardFilter())
                .add(DATASET, service)
                .addServlet("/queries", new QueriesServlet(qs, runner, links))
                .addServlet("/queries/*", new QueriesServlet(qs, runner, links))
                .addServlet("/.well-known/void", new VoidServlet(voidModel))
                .addServlet("/*", new LinkedDataServlet(dataset, links, qs, (int) Math.min(maxResults, 5000)));
        if (cacheBytes > 0) {
            // a request identical to one running waits for it as long as the watchdog lets a query run
            b.addFilter(DATASET + "/*", new ResponseCache(cacheBytes,
                    timeout.multipliedBy(Watchdog.WALL_FACTOR).plusSeconds(2)));
        }
        if (dump != null) {
            b.addServlet("/dump/*", new DumpServlet(dump, org.apache.jena.riot.RDFLanguages.pathnameToLang(
                    dump.toString()) == null ? "application/octet-stream"
                    : org.apache.jena.riot.RDFLanguages.pathnameToLang(dump.toString()).getHeaderString()));
        }
        FusekiServer server = b.build();
        server.getJettyServer().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopped(LifeCycle event) {
                watchdog.shutdown();
            }
        });
        pooledConnectors(server.getJettyServer(), host);
        return server;
    }

    /**
     * Replaces each connector Fuseki made by one that keeps its response buffers. Fuseki sets a
     * 5 MB output buffer (so that a query failing while its results are written can still get an
     * error status), but Jetty's default pool keeps no buffer over 64 KB: every response then
     * allocated and zeroed a fresh 5 MB direct buffer, which was most of the time of a small
     * query (ASK {} took 22 ms on the server's own clock). The new connector has the same
     * connection factories (so the same HTTP configuration), port and host, and a pool that
     * keeps buffers up to the output buffer's size.
     */
    private static void pooledConnectors(Server jetty, String host) {
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                int size = 64 * 1024;
                for (ConnectionFactory f : sc.getConnectionFactories()) {
                    if (f instanceof HttpConnectionFactory h) {
                        size = Math.max(size, h.getHttpConfiguration().getOutputBufferSize());
                    }
                }
                ByteBufferPool pool = new ArrayByteBufferPool(0, 64 * 1024, size + 64 * 1024, -1, 0, 0);
                ServerConnector pooled = new ServerConnector(jetty, null, null, pool, -1, -1,
                        sc.getConnectionFactories().toArray(new ConnectionFactory[0]));
                pooled.setPort(sc.getPort());
                pooled.setHost(host);
                pooled.setIdleTimeout(sc.getIdleTimeout());
                jetty.removeConnector(sc);
                jetty.addConnector(pooled);
            }
        }
    }
}
