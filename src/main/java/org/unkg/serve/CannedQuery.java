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
 * <p>Paging: two integer parameters named {@code limit} and {@code offset} are not variables but
 * the query's page ({@value #MAX_PAGE} rows at most). They set LIMIT and OFFSET of the first
 * sub-SELECT that has a LIMIT of its own (the written LIMIT only marks it; a paged query orders
 * and pages its keys there, so that the costly columns are looked up for one page only), or of the
 * query itself when it has none. A paged query keeps its ORDER BY total, so pages neither overlap
 * nor skip rows. (02 and 07 make their rows in order instead, one LATERAL step at a
 * time, so that the page's LIMIT stops the work early; their headers say why.)
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
    /** Largest page a paged query ({@code limit} parameter) answers. */
    public static final long MAX_PAGE = 10_000;
    /** Names of the paging parameters. */
    public static final String LIMIT = "limit";
    public static final String OFFSET = "offset";

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

    /** Whether the query declares the paging parameters {@code limit} and {@code offset}. */
    public boolean paged() {
        return params.stream().anyMatch(p -> p.name().equals(LIMIT) && p.type().equals("integer"))
                && params.stream().anyMatch(p -> p.name().equals(OFFSET) && p.type().equals("integer"));
    }

    /**
     * The parsed query, unbound. The comment header is blanked first (each line left empty, so a
     * parse error names the same line): it is read by {@link #parse}, and the SPARQL tokenizer
     * spent about half of a request's parse on it (the headers explain the plans, up to 3 KB:
     * 01, 02, 04, 06, 07, 08, 10 parse in 0.26-0.50 ms of CPU instead of 0.50-0.83, medians of
     * 2,000 alternating parses, warm, in process).
     */
    public Query query() {
        return QueryFactory.create(withoutHeader(text));
    }

    /** {@code text} with the lines of its leading comment block (the header) left empty. */
    static String withoutHeader(String text) {
        int at = 0;
        StringBuilder out = new StringBuilder(text.length());
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end + 1;
            String line = text.substring(at, end).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                break;
            }
            if (line.isEmpty()) {
                out.append(text, at, end);
            } else {
                out.append('\n');
            }
            at = end;
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * The query with every declared parameter replaced by a term: the given value, else the
     * default. Unknown keys are ignored; a value that does not fit the type is rejected.
     */
    public Query bind(Map<String, String> values) {
        Map<Var, Node> subst = new LinkedHashMap<>();
        boolean paged = paged();
        long limit = -1;
        long offset = 0;
        for (Param p : params) {
            String v = values.getOrDefault(p.name(), p.defaultValue());
            if (v.length() > MAX_VALUE_LENGTH) {
                throw new IllegalArgumentException("parameter " + p.name() + " is longer than " + MAX_VALUE_LENGTH);
            }
            Node term = term(p, v);
            if (paged && p.name().equals(LIMIT)) {
                limit = pageNumber(p, term, 1, MAX_PAGE);
            } else if (paged && p.name().equals(OFFSET)) {
                offset = pageNumber(p, term, 0, Long.MAX_VALUE);
            } else {
                subst.put(Var.alloc(p.name()), term);
            }
        }
        Query q = QueryTransformOps.replaceVars(query(), subst);
        if (paged) {
            Query page = PagedSubquery.find(q).orElse(q);
            page.setLimit(limit);
            page.setOffset(offset);
        }
        return q;
    }

    private static long pageNumber(Param p, Node term, long min, long max) {
        long n;
        try {
            n = Long.parseLong(term.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + p.name() + " is out of range: " + term.getLiteralLexicalForm(), e);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException("parameter " + p.name() + " must be between " + min + " and " + max + ": " + n);
        }
        return n;
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
