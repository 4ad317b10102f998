package org.unkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.unkg.InputException;
import org.unkg.rdf.Iris;
import org.unkg.serve.Stores;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unkg load [GRAPH] --tdb DIR}: bulk-loads a built graph file (N-Triples or Turtle, default
 * {@code output/graph.ttl}) into a TDB2 store with Jena's bulk loader, and stores the graph's VoID
 * description beside it, so that {@code unkg serve --tdb DIR} starts without loading or scanning.
 * A store that is already newer than the graph is left as it is unless {@code --force}.
 */
@Command(name = "load", description = "Bulk-load a built graph into a TDB2 store (for a fast 'serve --tdb').")
public class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GRAPH", arity = "0..1", defaultValue = "output/graph.ttl",
            description = "Graph file written by 'unkg build' (default: ${DEFAULT-VALUE}).")
    Path graph;

    @Option(names = "--tdb", paramLabel = "DIR", defaultValue = "output/tdb",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}); created or replaced.")
    Path tdb;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI of the graph, for its VoID description (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--force", description = "Reload even when the store is newer than the graph.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(graph)) {
            throw new InputException(graph.toString(), null, "no such graph file (run 'unkg build' first)");
        }
        if (force && Files.exists(tdb) && !Stores.stale(graph, tdb)) {
            Stores.forget(tdb);
        }
        boolean fresh = Stores.stale(graph, tdb);
        long start = System.nanoTime();
        Stores.Loaded triples = Stores.loadedTriples(graph, tdb, new Iris(base));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %s %,d triples (and %,d derived from them) into %s in %.1f s%n", graph,
                fresh ? "loaded" : "already loaded,", triples.graph(), triples.derived(), tdb,
                (System.nanoTime() - start) / 1e9);
        out.flush();
        return 0;
    }
}
