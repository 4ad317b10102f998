package org.unkg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.util.Context;

/**
 * Fuseki's SPARQL query operation with a cap on results: the LIMIT of every SELECT, CONSTRUCT
 * or DESCRIBE is lowered to the cap before execution. The server's timeout is enforced by its
 * {@link Watchdog} (the query's own CPU time, with a wall-clock limit), armed when the execution
 * is created and disarmed once its results are written; a client's own {@code timeout}
 * parameter still applies through Jena, by the wall clock. A query text seen before is not
 * parsed again ({@link ParsedQueries}).
 */
final class CappedQueryService extends SPARQL_QueryDataset {
    /** Request attribute holding the execution's {@link Watchdog.Alarm}. */
    private static final String ALARM = "org.unkg.serve.alarm";
    /** The base IRI Fuseki parses a query with (SPARQLQueryProcessor's, not public). */
    static final String QUERY_BASE = "http://server/unset-base/";

    private final long maxResults;
    private final Watchdog watchdog;
    private final ParsedQueries parsed = new ParsedQueries(QUERY_BASE, Syntax.syntaxARQ);

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
            run(queryString, action);
        } finally {
            if (action.getRequest().getAttribute(ALARM) instanceof Watchdog.Alarm a) {
                a.disarm();
            }
        }
    }

    /**
     * What Fuseki 5.6's {@code SPARQLQueryProcessor.execute(String, HttpAction)} does — the same
     * checks, log lines, error statuses and messages, in the same order — except that the query
     * comes from {@link ParsedQueries} rather than a parse of its own. (Fuseki offers no hook
     * between the text and the parsed query; a Jena upgrade must compare this with its method.)
     */
    private void run(String queryString, HttpAction action) {
        if (queryString.isEmpty()) {
            ServletOps.errorBadRequest("Error: Empty query string");
        }
        if (queryString.isBlank()) {
            ServletOps.errorBadRequest("Error: Blank query string");
        }
        String queryStringLog = ServletOps.formatForLog(queryString);
        if (action.verbose) {
            String str = queryString.endsWith("\n") ? queryString.substring(0, queryString.length() - 1) : queryString;
            action.log.info(String.format("[%d] Query = \n%s", action.id, str));
        } else {
            action.log.info(String.format("[%d] Query = %s", action.id, queryStringLog));
        }
        Query query = null;
        Prologue prologue = null;
        try {
            ParsedQueries.Parsed p = parsed.parse(queryString);
            query = p.query();
            queryStringLog = p.logForm();
            prologue = p.prologue();
            validateQuery(action, query);
        } catch (ActionErrorException ex) {
            throw ex;
        } catch (QueryParseException ex) {
            String msg = SPARQLProtocol.messageForParseException(ex);
            action.log.warn(String.format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest(msg);
        } catch (QueryException ex) {
            String msg = SPARQLProtocol.messageForException(ex);
            action.log.warn(String.format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest("Error: \n" + queryString + "\n" + msg);
        }
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> p = decideDataset(action, query, queryStringLog);
            DatasetGraph dataset = p.getLeft();
            Query q = p.getRight() == null ? query : p.getRight();
            try (QueryExec qExec = createQueryExec(action, q, dataset)) {
                QueryExecResult result = executeQuery(action, qExec, query, queryStringLog);
                sendResults(action, result, prologue);
            }
        } catch (QueryParseException ex) {
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n" + SPARQLProtocol.messageForException(ex));
        } catch (QueryCancelledException ex) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw ex;
        } finally {
            action.endRead();
        }
    }
}
