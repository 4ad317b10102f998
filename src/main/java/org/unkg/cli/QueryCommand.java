package org.unkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.unkg.UnkgException;
import org.unkg.serve.CannedQueries;
import org.unkg.serve.CannedQuery;
import org.unkg.serve.JsonResultsWriter;
import org.unkg.serve.QueryRunner;
import org.unkg.serve.Stores;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unkg query NAME [--param k=v]... [--format table|csv|tsv|json] [--graph FILE | --tdb DIR | --endpoint URL]}. */
@Command(name = "query", description = "Run a canned query (see --list) on a graph file, a TDB2 store or an endpoint.")
public class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "Query name: 03-cited-by or cited-by.")
    String name;

    @Option(names = "--list", description = "List the canned queries and their parameters.")
    boolean list;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter value (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--graph", paramLabel = "FILE", arity = "1..*", description = "Graph files (default: output/graph.ttl).")
    List<Path> graphs = List.of();

    @Option(names = "--tdb", paramLabel = "DIR", description = "A TDB2 store.")
    Path tdb;

    @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint (e.g. http://127.0.0.1:3030/unkg/sparql).")
    String endpoint;

    @Option(names = "--timeout", defaultValue = "60s", description = "Query timeout (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--max-results", defaultValue = "100000", description = "Cap on rows (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of canned queries (default: the bundled ones).")
    Path queriesDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CannedQueries queries = CannedQueries.of(queriesDir);
        if (list || name == null) {
            for (CannedQuery q : queries.all()) {
                out.println(q.name() + "  " + q.title());
                q.params().forEach(p -> out.println("    --param " + p.name() + "=…  " + p.description()
                        + " (default " + p.defaultValue() + ")"));
            }
            out.flush();
            return 0;
        }
        CannedQuery q = queries.get(name).orElseThrow(() -> new IllegalArgumentException("no query named " + name
                + " (see unkg query --list)"));
        for (String k : params.keySet()) {
            if (q.params().stream().noneMatch(p -> p.name().equals(k))) {
                throw new IllegalArgumentException(q.name() + " has no parameter " + k);
            }
        }
        ResultSetRewindable rs;
        if (endpoint != null) {
            rs = QueryRunner.remote(endpoint, Durations.parse(timeout), maxResults).select(q.bind(params));
        } else {
            Dataset ds = tdb != null ? Stores.tdb(tdb)
                    : Stores.memory(graphs.isEmpty() ? List.of(Path.of("output", "graph.ttl")) : graphs);
            try {
                rs = QueryRunner.local(ds, Durations.parse(timeout), maxResults).select(q.bind(params));
            } finally {
                ds.close();
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> ResultSetFormatter.out(bytes, rs);
            case "csv" -> ResultSetFormatter.outputAsCSV(bytes, rs);
            case "tsv" -> ResultSetFormatter.outputAsTSV(bytes, rs);
            case "json" -> JsonResultsWriter.write(bytes, rs);
            default -> throw new UnkgException("unknown format " + format + " (table, csv, tsv, json)");
        }
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }
}
