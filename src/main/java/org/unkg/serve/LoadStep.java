package org.unkg.serve;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Work done on a graph while a TDB2 load parses it ({@link TdbLoad}): the step sees every triple
 * (and quad) on its way into the store, so it needs no pass of its own over the graph file or
 * the store, then finishes once the store holds the graph. The optimizer statistics and the VoID
 * description are steps; an index over the graph's text could be another.
 */
public interface LoadStep {
    /** Where the load sends every parsed triple and quad, besides the store. Called once, before the parse. */
    StreamRDF sink();

    /**
     * Called after the bulk load, with the loaded store (no transaction open) and its folder,
     * before the store is reopened for use.
     */
    void finish(DatasetGraph dsg, Path storeDir) throws IOException;
}
