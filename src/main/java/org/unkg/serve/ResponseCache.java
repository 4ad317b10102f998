package org.unkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Duration;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A bounded cache of SPARQL responses in front of the read-only endpoint: the dataset never
 * changes while the server runs (no update operation is offered), so the same request (same
 * parameters, same {@code Accept}) gets the same bytes. Only successful (200) GET and
 * form-encoded POST requests are kept, and only when the query ran to its end (not cancelled by
 * the timeout) and the whole body was written to the client (a client that leaves mid-answer
 * cuts it); each at most an eighth of the budget and at most {@link #MAX_ENTRY} bytes; the least
 * recently used entries go first when the budget is full.
 *
 * <p>A miss runs the query as usual and copies the response while it is written (the bytes go
 * to the client as they come; the copy is dropped, and the rest streams on uncopied, once it
 * passes the entry cap), so the first answer is as fast as without the cache — the cache only
 * makes repeated requests cheap, never a first one (what {@code bench/run} reports as cold
 * latency). Identical misses at the same time run the query once: the first runs it, the others
 * wait for its entry (at most {@code wait}) and are answered from it; when it is not kept (cut,
 * failed, too large) or takes longer than the wait, each of them runs the query itself.
 *
 * <p>Every response that passes through the cache carries {@code Vary}: the one the endpoint
 * set (Fuseki lists {@code Accept}, {@code Accept-Encoding} and others on GET), replayed on the
 * hits, or {@code Accept} (the header the key holds) when it set none. {@code Accept-Encoding}
 * is not in the key: the server compresses nothing.
 */
final class ResponseCache implements Filter {
    /**
     * Request attribute under which the query operation leaves the execution's cancel signal
     * ({@code AtomicBoolean}): a response is kept only when the query ran and was not cancelled.
     */
    static final String SIGNAL = "org.unkg.serve.cancelSignal";
    /** Header telling a client whether the answer came from the cache ({@code hit} or {@code miss}). */
    static final String HEADER = "X-Unkg-Cache";
    /**
     * The largest body kept, whatever the budget: what a miss may hold in memory besides the
     * server's own output buffer (5 MB); eight concurrent misses of different queries hold at
     * most eight times it. (Before 2026-11-24 the cap was an eighth of the budget only: 128 MB a
     * miss with {@code --cache 1024}.)
     */
    static final long MAX_ENTRY = 16L << 20;
    /** {@code Vary} of a response whose endpoint set none: the key's one header. */
    static final String VARY = "Accept";

    private record Entry(int status, String contentType, String vary, byte[] body) {
    }

    private final long budget;
    private final long maxEntry;
    private final long waitNanos;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    /** The misses running, by key: the entry each will give (null when it keeps none). */
    private final ConcurrentHashMap<String, CompletableFuture<Entry>> running = new ConcurrentHashMap<>();
    private long used;

    /** A cache of at most {@code budget} bytes of response bodies; a waiting miss waits at most a minute. */
    ResponseCache(long budget) {
        this(budget, Duration.ofMinutes(1));
    }

    /**
     * A cache of at most {@code budget} bytes of response bodies; a request identical to one
     * running waits at most {@code wait} for its answer before it runs the query itself.
     */
    ResponseCache(long budget, Duration wait) {
        this(budget, Math.min(budget / 8, MAX_ENTRY), wait);
    }

    /** For tests: {@code maxEntry} is the largest body kept. */
    ResponseCache(long budget, long maxEntry, Duration wait) {
        this.budget = budget;
        this.maxEntry = maxEntry;
        this.waitNanos = wait.toNanos();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String key = key(req);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Entry e = get(key);
        if (e != null) {
            answer(resp, e);
            return;
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> other = running.putIfAbsent(key, mine);
        if (other != null) {
            e = await(other);
            if (e != null) {
                answer(resp, e);
            } else {
                miss(req, resp, chain, key);
            }
            return;
        }
        Entry made = null;
        try {
            // the miss that ran before may have finished between the look-up and the claim
            e = get(key);
            if (e != null) {
                made = e;
                answer(resp, e);
            } else {
                made = miss(req, resp, chain, key);
            }
        } finally {
            mine.complete(made);
            running.remove(key, mine);
        }
    }

    /** The entry the running miss gives, or null when it keeps none or takes longer than the wait. */
    private Entry await(CompletableFuture<Entry> other) throws IOException {
        try {
            return other.get(waitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the same query");
        }
    }

    private static void answer(HttpServletResponse resp, Entry e) throws IOException {
        resp.setStatus(e.status());
        resp.setContentType(e.contentType());
        resp.setContentLength(e.body().length);
        resp.setHeader("Vary", e.vary());
        resp.setHeader(HEADER, "hit");
        resp.getOutputStream().write(e.body());
    }

    /** Runs the query, copying its answer; the entry kept, or null. */
    private Entry miss(HttpServletRequest req, HttpServletResponse resp, FilterChain chain, String key)
            throws IOException, ServletException {
        resp.setHeader(HEADER, "miss");
        resp.setHeader("Vary", VARY); // replaced by the endpoint's when it sets one
        Copying copy = new Copying(resp, maxEntry);
        chain.doFilter(req, copy);
        copy.flushBuffer();
        // kept only when the query ran to its end (not cancelled), every byte reached the client
        // (Fuseki catches a failed write, e.g. a client that left, and returns normally with the
        // body cut where its 5 MB output buffer was full) and no error status came after the 200
        boolean complete = req.getAttribute(SIGNAL) instanceof AtomicBoolean cancelled && !cancelled.get()
                && !copy.failed();
        byte[] body = copy.copied();
        if (!complete || copy.getStatus() != 200 || body == null || copy.getContentType() == null) {
            return null;
        }
        String vary = copy.getHeader("Vary");
        Entry e = new Entry(200, copy.getContentType(), vary == null ? VARY : vary, body);
        return put(key, e) ? e : null;
    }

    /** The cache key of a query request, or null when the request is not one to cache. */
    private static String key(HttpServletRequest req) {
        String method = req.getMethod();
        boolean form = req.getContentType() != null
                && req.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        if (!(method.equals("GET") || (method.equals("POST") && form))) {
            return null;
        }
        Map<String, String[]> params = new TreeMap<>(req.getParameterMap());
        if (!params.containsKey("query")) {
            return null;
        }
        StringBuilder b = new StringBuilder(req.getRequestURI()).append('\n')
                .append(String.valueOf(req.getHeader("Accept"))).append('\n');
        params.forEach((k, v) -> b.append(k).append('=').append(Arrays.toString(v)).append('\n'));
        return b.toString();
    }

    private synchronized Entry get(String key) {
        return entries.get(key);
    }

    /** Keeps the entry; false when it is too large to keep. */
    private synchronized boolean put(String key, Entry e) {
        long size = e.body().length + key.length() * 2L;
        if (size > maxEntry) {
            return false;
        }
        Entry old = entries.put(key, e);
        used += size - (old == null ? 0 : old.body().length + key.length() * 2L);
        for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); used > budget && it.hasNext(); ) {
            Map.Entry<String, Entry> x = it.next();
            used -= x.getValue().body().length + x.getKey().length() * 2L;
            it.remove();
        }
        return true;
    }

    /** The response, with a copy of its body kept while it is under {@code max} bytes. */
    private static final class Copying extends HttpServletResponseWrapper {
        private final long max;
        private ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private ServletOutputStream out;
        private PrintWriter writer;
        private boolean failed;

        Copying(HttpServletResponse resp, long max) {
            super(resp);
            this.max = max;
        }

        byte[] copied() {
            return copy == null ? null : copy.toByteArray();
        }

        /**
         * Whether a write or flush to the client failed, or a status other than 200 was set
         * once the response was committed (the client then has a 200 and a body cut short).
         */
        boolean failed() {
            return failed;
        }

        @Override
        public void setStatus(int sc) {
            if (sc != 200 && isCommitted()) {
                failed = true;
            }
            super.setStatus(sc);
        }

        private void written(IOException e) throws IOException {
            failed = true;
            copy = null;
            throw e;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                ServletOutputStream real = super.getOutputStream();
                out = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        try {
                            real.write(b);
                        } catch (IOException e) {
                            written(e);
                        }
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        try {
                            real.write(b, off, len);
                        } catch (IOException e) {
                            written(e);
                        }
                        keep(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        try {
                            real.flush();
                        } catch (IOException e) {
                            written(e);
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        try {
                            real.close();
                        } catch (IOException e) {
                            written(e);
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener l) {
                        real.setWriteListener(l);
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String cs = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
                writer = new PrintWriter(new java.io.OutputStreamWriter((OutputStream) getOutputStream(), cs));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
                failed |= writer.checkError();
            }
            try {
                super.flushBuffer();
            } catch (IOException e) {
                written(e);
            }
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            copy = null;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            copy = null;
            super.sendError(sc);
        }

        private void keep(byte[] b, int off, int len) {
            if (copy == null) {
                return;
            }
            if (copy.size() + (long) len > max) {
                copy = null;
                return;
            }
            copy.write(b, off, len);
        }
    }
}
