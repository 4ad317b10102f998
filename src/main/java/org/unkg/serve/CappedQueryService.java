package org.unkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query operation with a cap on results: the LIMIT of every SELECT, CONSTRUCT
 * or DESCRIBE is lowered to the cap before execution. The timeout comes from the server
 * context ({@code ARQ.queryTimeout}); Fuseki takes the smaller of it and a client's own.
 */
final class CappedQueryService extends SPARQL_QueryDataset {
    private final long maxResults;

    CappedQueryService(long maxResults) {
        this.maxResults = maxResults;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, QueryRunner.capped(query, maxResults), dataset);
    }
}
