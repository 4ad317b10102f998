package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development check of the canned queries on a loaded TDB2 store given by
 * {@code -Dunkg.queries.store=DIR} (skipped without it), e.g. the full AKN sample loaded by
 * {@code unkg load}: {@link #sameRowsAsTheFormsBeforeTheRewrite()} runs every query of
 * {@code src/test/resources/queries-s11/} (the canned queries as they were before the rewrite of
 * issue #5) and its bundled form with the parameter sets of {@link QueryRewriteTest#CASES} (defaults
 * when a query has none there; {@code -Dunkg.queries.only=PREFIX} picks queries by name) and asserts the same rows in the same order, every page of a paged
 * query included; {@link #timings()} logs the median and the slowest in-process time and CPU time of each
 * bundled query and, with {@code -Dunkg.queries.before=true}, of its earlier form ({@code -Dunkg.queries.runs=N}, default 9), the figure a
 * server spends before writing the response ({@code -Dunkg.queries.dump=DIR} also writes each query,
 * bound to its defaults, there).
 */
class StoreQueriesDevTest {
    private static final Logger LOG = LoggerFactory.getLogger(StoreQueriesDevTest.class);

    private static Dataset store() {
        String dir = System.getProperty("unkg.queries.store", "");
        Assumptions.assumeTrue(!dir.isBlank() && Files.isDirectory(Path.of(dir)),
                "skipped: no store given (-Dunkg.queries.store=DIR, a TDB2 store loaded by unkg load)");
        return Stores.tdb(Path.of(dir));
    }

    private static CannedQueries before() throws URISyntaxException {
        return CannedQueries.load(Path.of(StoreQueriesDevTest.class.getResource("/queries-s11").toURI()));
    }

    @Test
    void sameRowsAsTheFormsBeforeTheRewrite() throws Exception {
        Dataset ds = store();
        CannedQueries now = CannedQueries.bundled();
        String only = System.getProperty("unkg.queries.only", "");
        for (CannedQuery old : before().all()) {
            if (!only.isBlank() && !old.name().startsWith(only)) {
                continue;
            }
            CannedQuery q = now.get(old.name()).orElseThrow();
            boolean paging = q.paged() && !old.paged();
            assertEquals(old.params(), paging ? q.params().stream().filter(p -> !p.name().equals(CannedQuery.LIMIT)
                    && !p.name().equals(CannedQuery.OFFSET)).toList() : q.params(),
                    old.name() + ": the parameters (public API) are unchanged, paging aside");
            for (Map<String, String> params : QueryRewriteTest.CASES.getOrDefault(old.name(), List.of(Map.of()))) {
                long t0 = System.nanoTime();
                List<String> expected = QueryRewriteTest.allRows(ds, old, params);
                if (q.paged()) {
                    QueryRewriteTest.comparePages(ds, q, params, expected);
                } else {
                    assertEquals(expected, QueryRewriteTest.rows(ds, q, params), old.name() + " " + params);
                }
                LOG.info("{} {}: {} rows, the same ({} ms)", old.name(), params, expected.size(),
                        (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }

    @Test
    void timings() throws Exception {
        Dataset ds = store();
        int runs = Integer.getInteger("unkg.queries.runs", 9);
        String only = System.getProperty("unkg.queries.only", "");
        CannedQueries old = before();
        for (CannedQuery q : CannedQueries.bundled().all()) {
            if (!only.isBlank() && !q.name().startsWith(only)) {
                continue;
            }
            String dump = System.getProperty("unkg.queries.dump", "");
            if (!dump.isBlank()) {
                Files.writeString(Path.of(dump, q.name() + ".rq"), q.bind(Map.of()).toString());
            }
            String now = time(ds, q, runs);
            String was = Boolean.getBoolean("unkg.queries.before") ? old.get(q.name()).map(o -> time(ds, o, runs))
                    .orElse("-") : "not timed";
            LOG.info("{}: now {}; before {}", q.name(), now, was);
        }
        LOG.info("ASK {}: {}", "{}", time(ds, CannedQuery.parse("ask", "SELECT * WHERE {}"), runs));
    }

    /** Median and slowest of {@code runs} runs (after two warm-up runs), rows read to the end. */
    private static String time(Dataset ds, CannedQuery q, int runs) {
        Query query = q.bind(Map.of());
        QueryRunner runner = QueryRunner.local(ds, Duration.ofSeconds(60), 10_000);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] ms = new long[runs];
        long[] cpu = new long[runs];
        int rows = 0;
        for (int i = -2; i < runs; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ResultSetRewindable rs = runner.select(query);
            rows = rs.size();
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1_000_000;
                cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1_000_000;
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        List<String> parts = new ArrayList<>();
        parts.add("cpu p50 " + cpu[runs / 2] + " ms");
        parts.add("wall p50 " + ms[runs / 2] + " ms");
        parts.add("max " + ms[runs - 1] + " ms");
        parts.add(rows + " rows");
        return String.join(", ", parts);
    }
}
