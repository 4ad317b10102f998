package org.unkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.unkg.UnkgException;

/**
 * Checks a graph against the SHACL shapes of {@code ontology/shapes.ttl}: the shape of a
 * well-formed unkg graph. Immutable and thread-safe; the standard shapes are parsed once.
 *
 * <pre>{@code
 * ValidationReport r = GraphValidator.standard().validate(graph);
 * if (!r.conforms()) {
 *     System.err.println(GraphValidator.standard().describe(r));
 * }
 * }</pre>
 */
public final class GraphValidator {
    /** Classpath location of the standard shapes (the pom copies {@code ontology/} there). */
    public static final String SHAPES = "/ontology/shapes.ttl";

    private final Shapes shapes;
    private final PrefixMapping prefixes;
    private final Prologue prologue;

    private GraphValidator(Shapes shapes) {
        this.shapes = shapes;
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(Prefixes.standard(Iris.defaults()));
        pm.setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        pm.lock();
        this.prefixes = pm;
        this.prologue = new Prologue(pm);
    }

    /** The validator for the bundled shapes, parsed on first use. */
    public static GraphValidator standard() {
        return Standard.INSTANCE;
    }

    /** A validator for other shapes (a test's, or a user's stricter profile). */
    public static GraphValidator of(Graph shapesGraph) {
        return new GraphValidator(Shapes.parse(shapesGraph));
    }

    /** Validates a data graph; the graph should hold instance data only (no ontology, no inferences). */
    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** True when the graph has no SHACL result of any severity. */
    public boolean conforms(Graph data) {
        return validate(data).conforms();
    }

    /**
     * One readable line per result, sorted (deterministic):
     * {@code Violation <focus> path: message [value]}; IRIs are shortened with the standard prefixes.
     */
    public String describe(ValidationReport report) {
        return String.join("\n", lines(report));
    }

    /** The results as lines, sorted, in the format of {@link #describe(ValidationReport)}. */
    public List<String> lines(ValidationReport report) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            lines.add(line(e));
        }
        lines.sort(null);
        return List.copyOf(lines);
    }

    private String line(ReportEntry e) {
        StringBuilder b = new StringBuilder();
        b.append(e.severity() == null ? "Violation" : e.severity().level().getLocalName());
        b.append(' ').append(show(e.focusNode()));
        Path p = e.resultPath();
        if (p != null) {
            b.append(' ').append(p.toString(prologue));
        }
        b.append(": ").append(e.message());
        if (e.value() != null) {
            b.append(" [value ").append(show(e.value())).append(']');
        }
        return b.toString();
    }

    private String show(Node n) {
        if (n == null) {
            return "-";
        }
        if (n.isURI()) {
            String s = prefixes.shortForm(n.getURI());
            return !s.equals(n.getURI()) && !s.contains("/") ? s : "<" + n.getURI() + ">";
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            if (lex.length() > 60) {
                lex = lex.substring(0, 57) + "...";
            }
            String lang = n.getLiteralLanguage();
            return "\"" + lex + "\"" + (lang == null || lang.isEmpty()
                    ? "^^" + show(NodeFactory.createURI(n.getLiteralDatatypeURI())) : "@" + lang);
        }
        return n.toString();
    }

    private static Shapes load() {
        try (InputStream in = GraphValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new UnkgException("SHACL shapes not found on the classpath: " + SHAPES);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return Shapes.parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lazy holder: the shapes are parsed once, on first use, and never change. */
    private static final class Standard {
        static final GraphValidator INSTANCE = new GraphValidator(load());
    }
}
