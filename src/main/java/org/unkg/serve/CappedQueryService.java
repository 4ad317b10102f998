package org.unkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;

/**
 * Fuseki's SPARQL query operation with a cap on results: the LIMIT of every SELECT, CONSTRUCT
 * or DESCRIBE is lowered to the cap before execution. The server's timeout is enforced by its
 * {@link Watchdog} (the query's own CPU time, with a wall-clock limit), armed when the execution
 * is created and disarmed once its results are written; a client's own {@code timeout}
 * parameter still applies through Jena, by the wall clock.
 */
final class CappedQueryService extends SPARQL_QueryDataset {
    /** Request attribute holding the execution's {@link Watchdog.Alarm}. */
    private static final String ALARM = "org.unkg.serve.alarm";

    private final long maxResults;
    private final Watchdog watchdog;

    CappedQueryService(long maxResults, Watchdog watchdog) {
        this.maxResults = maxResults;
        this.watchdog = watchdog;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec qe = super.createQueryExec(action, QueryRunner.capped(query, maxResults), dataset);
        action.getRequest().setAttribute(ALARM, watchdog.watch(qe.getContext()));
        action.getRequest().setAttribute(ResponseCache.SIGNAL, Context.getOrSetCancelSignal(qe.getContext()));
        return qe;
    }

    /** Runs the query and writes its results (on this thread), then disarms its timeout. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } finally {
            if (action.getRequest().getAttribute(ALARM) instanceof Watchdog.Alarm a) {
                a.disarm();
            }
        }
    }
}
