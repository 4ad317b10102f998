package org.unkg.serve;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/**
 * Runs SELECT queries with a timeout and a cap on the number of rows, on a local dataset (in a
 * read transaction, so TDB2 works) or on a remote SPARQL endpoint. Results are materialised:
 * callers format them after the transaction ends.
 *
 * <pre>{@code
 * ResultSetRewindable rs = QueryRunner.local(ds, Duration.ofSeconds(10), 10_000).select(query);
 * }</pre>
 */
public final class QueryRunner {
    private final Dataset dataset;
    private final String endpoint;
    private final Duration timeout;
    private final long maxResults;
    private final Watchdog watchdog;

    private QueryRunner(Dataset dataset, String endpoint, Duration timeout, long maxResults, Watchdog watchdog) {
        if (dataset != null) {
            TextCandidates.ensure(dataset.asDatasetGraph());
        }
        this.dataset = dataset;
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.maxResults = maxResults;
        this.watchdog = watchdog;
    }

    public static QueryRunner local(Dataset dataset, Duration timeout, long maxResults) {
        return new QueryRunner(dataset, null, timeout, maxResults, null);
    }

    /**
     * A local runner whose timeout is enforced by {@code watchdog} (what the server uses): the
     * query's own CPU time, with a wall-clock limit, rather than Jena's wall-clock timer.
     */
    public static QueryRunner local(Dataset dataset, Watchdog watchdog, long maxResults) {
        return new QueryRunner(dataset, null, watchdog.timeout(), maxResults, watchdog);
    }

    public static QueryRunner remote(String endpoint, Duration timeout, long maxResults) {
        return new QueryRunner(null, endpoint, timeout, maxResults, null);
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Runs a SELECT query; its LIMIT is lowered to the cap when it has none or a larger one. */
    public ResultSetRewindable select(Query query) {
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("only SELECT queries can be run here");
        }
        Query q = capped(query, maxResults);
        if (dataset == null) {
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(q)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        }
        if (watchdog == null) {
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.create().query(q).dataset(dataset)
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    return ResultSetFactory.copyResults(qe.execSelect());
                }
            });
        }
        // the watchdog alone: Jena's timer would count waiting time too (see Watchdog)
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(dataset).build()) {
                Watchdog.Alarm alarm = watchdog.watch(qe.getContext());
                try {
                    ResultSet rs = qe.execSelect();
                    return ResultSetFactory.copyResults(rs);
                } finally {
                    alarm.disarm();
                }
            }
        });
    }

    /** A copy of the query whose LIMIT is at most {@code max}. */
    public static Query capped(Query query, long max) {
        if (max <= 0 || (query.hasLimit() && query.getLimit() <= max)) {
            return query;
        }
        if (!(query.isSelectType() || query.isConstructType() || query.isDescribeType())) {
            return query;
        }
        Query q = query.cloneQuery();
        q.setLimit(max);
        return q;
    }

}
