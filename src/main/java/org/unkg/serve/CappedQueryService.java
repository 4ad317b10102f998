package org.unkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;

/**
 * Fuseki's SPARQL query operation with a cap on results: the LIMIT of every SELECT, CONSTRUCT
 * or DESCRIBE is lowered to the cap before execution. The timeout is set in the server context
 * ({@code ARQ.queryTimeout}; Fuseki takes the smaller of it and a client's own) and, because
 * Jena's timer can be held up by another query (see {@link Watchdog}), also enforced by the
 * server's own watchdog.
 */
final class CappedQueryService extends SPARQL_QueryDataset {
    private final long maxResults;
    private final Watchdog watchdog;

    CappedQueryService(long maxResults, Watchdog watchdog) {
        this.maxResults = maxResults;
        this.watchdog = watchdog;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec qe = super.createQueryExec(action, QueryRunner.capped(query, maxResults), dataset);
        watchdog.watch(qe.getContext());
        action.getRequest().setAttribute(ResponseCache.SIGNAL, Context.getOrSetCancelSignal(qe.getContext()));
        return qe;
    }
}
