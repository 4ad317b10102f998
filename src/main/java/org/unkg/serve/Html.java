package org.unkg.serve;

import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Small HTML building blocks of the served pages: escaping, the page frame and result tables.
 * Everything that came from the graph or the request goes through {@link #esc(String)}.
 * Pages are self-contained: inline CSS, no script, nothing fetched from elsewhere.
 */
final class Html {
    private static final String CSS = "body{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em;"
            + "line-height:1.4;color:#222}a{color:#0645ad}table{border-collapse:collapse;margin:1em 0}"
            + "td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left}"
            + "th{background:#eef}.para{margin:.6em 0;padding:.3em .6em;border-left:3px solid #99c}"
            + ".verb{font-style:italic;font-weight:bold}.lang{color:#777;font-size:.8em;margin-right:.4em}"
            + ".iri{font-family:monospace;font-size:.9em;color:#555}textarea{width:100%;font-family:monospace}"
            + "nav a{margin-right:1em}";

    private Html() {
    }

    /** Escapes text for HTML element content and double-quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A whole page: {@code body} must already be escaped HTML. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"icon\" href=\"data:,\">"
                + "<title>" + esc(title) + "</title><style>" + CSS + "</style></head><body>"
                + "<nav><a href=\"/\">unkg</a><a href=\"/queries\">Queries</a><a href=\"/#sparql\">SPARQL</a>"
                + "<a href=\"/.well-known/void\">VoID</a></nav>"
                + "<h1>" + esc(title) + "</h1>" + body + "</body></html>\n";
    }

    /** An HTML link to a node: local for IRIs under the base, as is otherwise. */
    static String node(RDFNode n, LocalLinks links) {
        if (n == null) {
            return "";
        }
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            return "<a href=\"" + esc(links.local(iri)) + "\">" + esc(links.shortName(iri)) + "</a>";
        }
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            String lang = l.getLanguage().isEmpty() ? "" : "<span class=\"lang\">" + esc(l.getLanguage()) + "</span>";
            return lang + esc(l.getLexicalForm());
        }
        return "<span class=\"iri\">_:" + esc(n.asResource().getId().getLabelString()) + "</span>";
    }

    /** A result set as a table; the result set is reset first. */
    static String table(ResultSetRewindable rs, LocalLinks links) {
        rs.reset();
        List<String> vars = rs.getResultVars();
        StringBuilder b = new StringBuilder("<table><thead><tr>");
        vars.forEach(v -> b.append("<th>").append(esc(v)).append("</th>"));
        b.append("</tr></thead><tbody>");
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            b.append("<tr>");
            vars.forEach(v -> b.append("<td>").append(node(s.get(v), links)).append("</td>"));
            b.append("</tr>");
        }
        b.append("</tbody></table><p>").append(rs.size()).append(" rows</p>");
        return b.toString();
    }
}
