package org.unkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * One canned query from {@code queries/NN-kebab-name.rq}: its name (file name without
 * extension), the title, description and parameters read from its comment header, and the text.
 * Parameters are variables of the query; {@link #bind(Map)} replaces them with RDF terms in the
 * parsed query (never by splicing text), so a value can never change the query's structure.
 *
 * <pre>{@code
 * CannedQuery q = CannedQuery.parse("03-cited-by", text);
 * Query bound = q.bind(Map.of("symbol", "A/RES/73/338"));
 * }</pre>
 */
public record CannedQuery(String name, String title, String description, List<Param> params, String text) {
    private static final Pattern PARAM = Pattern.compile(
            "^#\\s*param:\\s*(\\w+)\\s*(?:\\((\\w+)\\))?\\s*[—-]+\\s*(.*?)\\s*(?:\\(default\\s*(.*)\\))?\\s*$");
    /** Longest parameter value accepted: values are bound as terms, this only bounds the work. */
    public static final int MAX_VALUE_LENGTH = 500;

    /** A parameter: a variable of the query, its type (string, integer or iri) and default. */
    public record Param(String name, String type, String description, String defaultValue) {
    }

    public CannedQuery {
        params = List.copyOf(params);
    }

    /** Reads the header of a query text; the query must parse. */
    public static CannedQuery parse(String name, String text) {
        String title = name;
        String description = "";
        List<Param> params = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (l.isEmpty()) {
                    continue;
                }
                break;
            }
            Matcher m = PARAM.matcher(l);
            if (m.matches()) {
                String type = m.group(2) == null ? "string" : m.group(2);
                params.add(new Param(m.group(1), type, m.group(3), m.group(4) == null ? "" : m.group(4).strip()));
            } else if (l.matches("^#\\s*title:.*")) {
                title = l.substring(l.indexOf(':') + 1).strip();
            } else if (l.matches("^#\\s*description:.*")) {
                description = l.substring(l.indexOf(':') + 1).strip();
            }
        }
        CannedQuery q = new CannedQuery(name, title, description, params, text);
        q.query(); // fail early on a query that does not parse
        return q;
    }

    /** The parsed query, unbound. */
    public Query query() {
        return QueryFactory.create(text);
    }

    /**
     * The query with every declared parameter replaced by a term: the given value, else the
     * default. Unknown keys are ignored; a value that does not fit the type is rejected.
     */
    public Query bind(Map<String, String> values) {
        Map<Var, Node> subst = new LinkedHashMap<>();
        for (Param p : params) {
            String v = values.getOrDefault(p.name(), p.defaultValue());
            if (v.length() > MAX_VALUE_LENGTH) {
                throw new IllegalArgumentException("parameter " + p.name() + " is longer than " + MAX_VALUE_LENGTH);
            }
            subst.put(Var.alloc(p.name()), term(p, v));
        }
        return QueryTransformOps.replaceVars(query(), subst);
    }

    private static Node term(Param p, String v) {
        return switch (p.type()) {
            case "integer" -> {
                if (!v.strip().matches("-?\\d{1,18}")) {
                    throw new IllegalArgumentException("parameter " + p.name() + " must be an integer: " + v);
                }
                yield NodeFactory.createLiteralDT(v.strip(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
            }
            case "iri" -> {
                if (!v.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
                    throw new IllegalArgumentException("parameter " + p.name() + " must be an http(s) IRI: " + v);
                }
                yield NodeFactory.createURI(v);
            }
            default -> NodeFactory.createLiteralString(v);
        };
    }
}
