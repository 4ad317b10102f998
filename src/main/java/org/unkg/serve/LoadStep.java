package org.unkg.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Triple;
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
     * Called once the parse has ended, before the store builds its other indexes: a step may
     * start its own finishing work here, on its own thread, so that it overlaps the store's.
     */
    default void parsed() throws IOException {
    }

    /**
     * Called once the bulk load has ended (the store holds the parsed graph; no transaction open),
     * before the load adds the derived facts: a step that reads only parsed triples may start
     * reading the store here, on its own thread (TDB2 lets it read the store as the bulk load left
     * it while the load writes the derived facts), and end in {@link #finish}.
     */
    default void loaded(DatasetGraph dsg, Path storeDir) throws IOException {
    }

    /**
     * Called after the bulk load, before {@link #finish}, with the triples the load then added to
     * the store, derived from the whole graph ({@link DerivedFacts}); they were not parsed, so the
     * sink did not see them. A step that describes the store (its statistics) counts them here;
     * one that describes the graph file ignores them (the default).
     */
    default void derived(List<Triple> added) {
    }

    /** Called instead of {@link #finish} when the load fails: stop any work of the step's own threads. */
    default void abandon() {
    }

    /**
     * Called after the bulk load, with the loaded store (no transaction open) and its folder,
     * before the store is reopened for use.
     */
    void finish(DatasetGraph dsg, Path storeDir) throws IOException;
}
