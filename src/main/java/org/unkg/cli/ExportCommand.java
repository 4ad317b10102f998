package org.unkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.unkg.serve.Network;
import org.unkg.serve.NetworkWriter;
import org.unkg.serve.Stores;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unkg export --to graphml|gexf|csv-neo4j [--graph FILE | --tdb DIR] [-o FILE|DIR]}. */
@Command(name = "export", description = "Export the citation and mention network for Gephi, Cytoscape, yEd or Neo4j.")
public class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, description = "graphml, gexf or csv-neo4j.")
    String to;

    @Option(names = "--graph", paramLabel = "FILE", arity = "1..*", description = "Graph files (default: output/graph.ttl).")
    List<Path> graphs = List.of();

    @Option(names = "--tdb", paramLabel = "DIR", description = "A TDB2 store instead of graph files.")
    Path tdb;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "Output file (graphml, gexf) or folder (csv-neo4j). Default: output/network.EXT, output/neo4j/.")
    Path output;

    @Option(names = "--lang", defaultValue = "en", description = "Language of labels and verbs (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String kind = to.toLowerCase(Locale.ROOT);
        if (!List.of("graphml", "gexf", "csv-neo4j").contains(kind)) {
            throw new IllegalArgumentException("unknown export format " + to + " (graphml, gexf, csv-neo4j)");
        }
        Network n;
        Dataset ds = tdb != null ? Stores.tdb(tdb)
                : Stores.memory(graphs.isEmpty() ? List.of(Path.of("output", "graph.ttl")) : graphs);
        try {
            n = Network.read(ds, lang);
        } finally {
            ds.close();
        }
        Path target = output != null ? output
                : kind.equals("csv-neo4j") ? Path.of("output", "neo4j") : Path.of("output", "network." + kind);
        if (kind.equals("csv-neo4j")) {
            NetworkWriter.neo4j(n, target);
        } else {
            try {
                if (target.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(target.toAbsolutePath().getParent());
                }
                try (OutputStream os = Files.newOutputStream(target)) {
                    if (kind.equals("graphml")) {
                        NetworkWriter.graphml(n, os);
                    } else {
                        NetworkWriter.gexf(n, os);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.printf(Locale.ROOT, "exported %d nodes, %d edges -> %s%n", n.nodes().size(), n.edges().size(), target);
        out.flush();
        return 0;
    }
}
