package org.unkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.unkg.InputException;
import org.unkg.rdf.GraphValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unkg validate FILE...}: checks each RDF file against the SHACL shapes of
 * {@code ontology/shapes.ttl}, prints one line per violation, and exits 1 when any file has one.
 * Each file is validated on its own (a file is expected to hold a whole graph, as {@code build} writes).
 */
@Command(name = "validate", description = "Check RDF files (ttl, nt, nq, trig, jsonld, rdf) against the unkg SHACL shapes.")
public class ValidateCommand implements Callable<Integer> {
    /** Syntax errors become one exception naming the file, not a log line besides it. */
    private static final ErrorHandler QUIET = ErrorHandlerFactory.errorHandlerNoLogging;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files; the syntax is guessed from the extension.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        GraphValidator validator = GraphValidator.standard();
        int bad = 0;
        for (Path f : files) {
            Graph g = read(f);
            ValidationReport r = validator.validate(g);
            List<String> lines = validator.lines(r);
            if (lines.isEmpty()) {
                out.printf("%s: conforms (%d triples)%n", f, g.size());
            } else {
                bad++;
                out.printf("%s: %d violation%s%n", f, lines.size(), lines.size() == 1 ? "" : "s");
                lines.forEach(l -> out.println("  " + l));
            }
        }
        out.flush();
        return bad == 0 ? 0 : 1;
    }

    private static Graph read(Path f) {
        if (!Files.isRegularFile(f)) {
            throw new InputException(f.toString(), null, "no such file");
        }
        Lang lang = RDFLanguages.filenameToLang(f.getFileName().toString(), Lang.TURTLE);
        Graph g = GraphFactory.createDefaultGraph();
        try {
            // quads formats: the default graph and named graphs are validated together
            if (RDFLanguages.isQuads(lang)) {
                var ds = RDFParser.source(f).lang(lang).errorHandler(QUIET).toDatasetGraph();
                ds.find().forEachRemaining(q -> g.add(q.asTriple()));
            } else {
                RDFParser.source(f).lang(lang).errorHandler(QUIET).parse(g);
            }
        } catch (RiotException e) {
            throw new InputException(f.toString(), null, "not valid " + lang.getName() + ": " + e.getMessage(), e);
        }
        return g;
    }
}
