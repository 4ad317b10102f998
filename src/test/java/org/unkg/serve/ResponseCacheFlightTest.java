package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

/**
 * The cache's own behaviour, on requests and responses made here (no server, no query engine):
 * identical misses at the same time run the query once and all get its answer; a run that is
 * not kept sends the waiting requests to run the query themselves; the wait is bounded; an
 * answer larger than the entry cap reaches the client whole and is not kept.
 */
class ResponseCacheFlightTest {
    private static final String QUERY = "SELECT * WHERE { ?s ?p ?o }";

    /** What one request through the filter gave. */
    private record Answer(int status, String cache, String vary, byte[] body) {
    }

    /** A POST form request for {@code QUERY}; {@code seen} counts the requests that reached the filter. */
    private static HttpServletRequest request(AtomicInteger seen) {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(ResponseCacheFlightTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> "POST";
                    case "getContentType" -> "application/x-www-form-urlencoded";
                    case "getParameterMap" -> {
                        seen.incrementAndGet();
                        yield Map.of("query", new String[] {QUERY});
                    }
                    case "getRequestURI" -> "/unkg/sparql";
                    case "getHeader" -> "Accept".equals(args[0]) ? "application/sparql-results+json" : null;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    /** A response that keeps its status, headers and body. */
    private static final class Sink {
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        int status = 200;
        String type;

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener l) {
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(ResponseCacheFlightTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "setStatus", "sendError" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "getStatus" -> status;
                        case "setContentType" -> {
                            type = (String) args[0];
                            yield null;
                        }
                        case "getContentType" -> type;
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "getHeader" -> headers.get((String) args[0]);
                        case "getOutputStream" -> out;
                        case "getCharacterEncoding" -> "UTF-8";
                        case "isCommitted" -> false;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> null;
                    });
        }
    }

    /** The query operation: counts its runs, then answers {@code body} (cancelled when {@code cancelled}). */
    private interface Run {
        void run(int n, HttpServletRequest req, HttpServletResponse resp) throws Exception;
    }

    private static FilterChain chain(AtomicInteger runs, Run run) {
        return (rq, rs) -> {
            int n = runs.incrementAndGet();
            try {
                run.run(n, (HttpServletRequest) rq, (HttpServletResponse) rs);
            } catch (java.io.IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static void answer(HttpServletRequest req, HttpServletResponse resp, byte[] body, boolean cancelled)
            throws java.io.IOException {
        req.setAttribute(ResponseCache.SIGNAL, new AtomicBoolean(cancelled));
        resp.setStatus(200);
        resp.setContentType("application/sparql-results+json");
        for (int off = 0; off < body.length; off += 65536) {
            resp.getOutputStream().write(body, off, Math.min(65536, body.length - off));
        }
    }

    private static Answer send(ResponseCache cache, FilterChain chain, AtomicInteger seen) throws Exception {
        Sink sink = new Sink();
        cache.doFilter(request(seen), sink.response(), chain);
        return new Answer(sink.status, sink.headers.get(ResponseCache.HEADER), sink.headers.get("Vary"),
                sink.body.toByteArray());
    }

    /** Sends {@code n} identical requests at once; their answers. */
    private static List<Answer> together(int n, ResponseCache cache, FilterChain chain, AtomicInteger seen)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Answer>> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(pool.submit(() -> send(cache, chain, seen)));
            }
            List<Answer> out = new ArrayList<>();
            for (Future<Answer> f : all) {
                out.add(f.get(30, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until {@code n} requests have reached the filter, then a little longer (they then wait or run). */
    private static void allArrived(AtomicInteger seen, int n) throws InterruptedException {
        long t0 = System.nanoTime();
        while (seen.get() < n && System.nanoTime() - t0 < 20_000_000_000L) {
            Thread.sleep(5);
        }
        Thread.sleep(200);
    }

    @Test
    void identicalMissesAtTheSameTimeRunTheQueryOnceAndAllGetItsAnswer() throws Exception {
        byte[] body = "{\"results\":\"once\"}".getBytes(StandardCharsets.UTF_8);
        AtomicInteger seen = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        ResponseCache cache = new ResponseCache(1 << 20, Duration.ofSeconds(20));
        FilterChain chain = chain(runs, (n, req, resp) -> {
            allArrived(seen, 8); // every request is in the filter before the first answer exists
            answer(req, resp, body, false);
        });
        List<Answer> answers = together(8, cache, chain, seen);
        assertEquals(1, runs.get(), "the query ran once for 8 identical requests at the same time");
        int misses = 0;
        for (Answer a : answers) {
            assertEquals(200, a.status());
            assertArrayEquals(body, a.body());
            misses += "miss".equals(a.cache()) ? 1 : 0;
        }
        assertEquals(1, misses);
    }

    @Test
    void aRunThatIsNotKeptSendsTheWaitingRequestsToRunTheQueryThemselves() throws Exception {
        byte[] cut = "{\"res".getBytes(StandardCharsets.UTF_8);
        byte[] whole = "{\"results\":\"whole\"}".getBytes(StandardCharsets.UTF_8);
        AtomicInteger seen = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        ResponseCache cache = new ResponseCache(1 << 20, Duration.ofSeconds(20));
        FilterChain chain = chain(runs, (n, req, resp) -> {
            if (n == 1) {
                allArrived(seen, 3);
                answer(req, resp, cut, true); // the first run is cut by the timeout
            } else {
                answer(req, resp, whole, false);
            }
        });
        List<Answer> answers = together(3, cache, chain, seen);
        assertEquals(3, runs.get(), "each waiting request ran the query once the first run was not kept");
        long cutAnswers = answers.stream().filter(a -> new String(a.body(), StandardCharsets.UTF_8).equals("{\"res")).count();
        assertEquals(1, cutAnswers, "only the first run's own client got the cut answer");
        assertEquals("hit", send(cache, chain, seen).cache(), "a later request: the whole answer was kept");
        assertEquals(3, runs.get());
    }

    @Test
    void theWaitForTheSameQueryIsBounded() throws Exception {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        AtomicInteger seen = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        ResponseCache cache = new ResponseCache(1 << 20, Duration.ofMillis(300));
        FilterChain chain = chain(runs, (n, req, resp) -> {
            if (n == 1) {
                Thread.sleep(4000);
            }
            answer(req, resp, body, false);
        });
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Answer> first = pool.submit(() -> send(cache, chain, seen));
            allArrived(seen, 1);
            long t0 = System.nanoTime();
            Answer second = send(cache, chain, seen);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertArrayEquals(body, second.body());
            assertTrue(seconds < 3, "the second request waited " + seconds + " s for a run of 4 s (bound 0.3 s)");
            assertEquals(2, runs.get());
            assertArrayEquals(body, first.get(30, TimeUnit.SECONDS).body());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAnswerOverTheEntryCapReachesTheClientWholeAndIsNotKept() throws Exception {
        byte[] body = new byte[20 << 20];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) ('a' + i % 26);
        }
        AtomicInteger seen = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        // a budget of 1 GB: an eighth of it (128 MB) would hold the answer; the cap does not
        ResponseCache cache = new ResponseCache(1L << 30, Duration.ofSeconds(20));
        FilterChain chain = chain(runs, (n, req, resp) -> answer(req, resp, body, false));
        Answer first = send(cache, chain, seen);
        assertArrayEquals(body, first.body());
        Answer second = send(cache, chain, seen);
        assertEquals("miss", second.cache(), "an answer over " + ResponseCache.MAX_ENTRY + " bytes is not kept");
        assertArrayEquals(body, second.body());
        assertEquals(2, runs.get());
    }

    @Test
    void aMissAndAHitBothSayTheyVaryByAccept() throws Exception {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        AtomicInteger seen = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        ResponseCache cache = new ResponseCache(1 << 20, Duration.ofSeconds(20));
        FilterChain chain = chain(runs, (n, req, resp) -> answer(req, resp, body, false));
        Answer miss = send(cache, chain, seen);
        Answer hit = send(cache, chain, seen);
        assertEquals("miss", miss.cache());
        assertEquals("hit", hit.cache());
        assertEquals(ResponseCache.VARY, miss.vary());
        assertEquals(ResponseCache.VARY, hit.vary());
    }
}
