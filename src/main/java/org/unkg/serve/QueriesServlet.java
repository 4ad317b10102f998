package org.unkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /queries} lists the canned queries (HTML, or JSON for {@code Accept: application/json});
 * {@code /queries/NAME?param=value} runs one and answers an HTML table, SPARQL JSON, CSV or TSV by
 * Accept (or {@code ?format=html|json|csv|tsv}). Parameters are bound as RDF terms in the parsed
 * query ({@link CannedQuery#bind}).
 */
final class QueriesServlet extends HttpServlet {
    private static final AcceptList OFFER = AcceptList.create("text/html", "application/sparql-results+json",
            "application/json", "text/csv", "text/tab-separated-values");

    private final transient CannedQueries queries;
    private final transient QueryRunner runner;
    private final transient LocalLinks links;

    QueriesServlet(CannedQueries queries, QueryRunner runner, LocalLinks links) {
        this.queries = queries;
        this.runner = runner;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String name = path.replaceFirst("^/queries/?", "");
        String type = choose(req);
        if (name.isEmpty()) {
            list(resp, type);
            return;
        }
        CannedQuery q = queries.get(name).orElse(null);
        if (q == null) {
            LinkedDataServlet.sendHtml(resp, 404, Html.page("Not found", "<p>No query named "
                    + Html.esc(name) + ". <a href=\"/queries\">All queries</a></p>"));
            return;
        }
        Map<String, String> values = new HashMap<>();
        for (CannedQuery.Param p : q.params()) {
            String v = req.getParameter(p.name());
            if (v != null) {
                values.put(p.name(), v);
            }
        }
        ResultSetRewindable rs;
        try {
            rs = runner.select(q.bind(values));
        } catch (IllegalArgumentException | QueryParseException e) {
            resp.sendError(400, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            resp.sendError(503, "query timed out");
            return;
        }
        if (type == null || type.equals("text/html")) {
            LinkedDataServlet.sendHtml(resp, 200, Html.page(q.title(), "<p>" + Html.esc(q.description()) + "</p>"
                    + form(q, values) + pager(q, values, rs.size()) + Html.table(rs, links)
                    + pager(q, values, rs.size()) + "<details><summary>SPARQL</summary><pre>"
                    + Html.esc(q.text()) + "</pre></details>"));
            return;
        }
        resp.setStatus(200);
        resp.setContentType(type);
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Vary", "Accept");
        try (OutputStream os = resp.getOutputStream()) {
            rs.reset();
            switch (type) {
                case "text/csv" -> ResultSetFormatter.outputAsCSV(os, rs);
                case "text/tab-separated-values" -> ResultSetFormatter.outputAsTSV(os, rs);
                default -> ResultSetFormatter.outputAsJSON(os, rs);
            }
        }
    }

    private void list(HttpServletResponse resp, String type) throws IOException {
        if (type != null && type.contains("json")) {
            JsonArray arr = new JsonArray();
            for (CannedQuery q : queries.all()) {
                JsonObject o = new JsonObject();
                o.put("name", q.name());
                o.put("title", q.title());
                o.put("description", q.description());
                o.put("url", "/queries/" + q.name());
                JsonArray ps = new JsonArray();
                for (CannedQuery.Param p : q.params()) {
                    JsonObject po = new JsonObject();
                    po.put("name", p.name());
                    po.put("type", p.type());
                    po.put("description", p.description());
                    po.put("default", p.defaultValue());
                    ps.add(po);
                }
                o.put("params", ps);
                arr.add(o);
            }
            resp.setStatus(200);
            resp.setContentType("application/json");
            resp.setCharacterEncoding("UTF-8");
            resp.setHeader("Vary", "Accept");
            try (OutputStream os = resp.getOutputStream()) {
                os.write(arr.toString().getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        StringBuilder b = new StringBuilder("<table id=\"queries\"><tr><th>query</th><th>description</th><th>parameters</th></tr>");
        for (CannedQuery q : queries.all()) {
            b.append("<tr><td><a href=\"/queries/").append(Html.esc(q.name())).append("\">").append(Html.esc(q.title()))
                    .append("</a></td><td>").append(Html.esc(q.description())).append("</td><td>");
            q.params().forEach(p -> b.append("<code>").append(Html.esc(p.name())).append("</code> ")
                    .append(Html.esc(p.description())).append(" (default ").append(Html.esc(p.defaultValue()))
                    .append(")<br>"));
            b.append("</td></tr>");
        }
        b.append("</table><p>Add <code>?format=json|csv|tsv</code> or send an Accept header to get data.</p>");
        LinkedDataServlet.sendHtml(resp, 200, Html.page("Canned queries", b.toString()));
    }

    private static String form(CannedQuery q, Map<String, String> values) {
        if (q.params().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<form method=\"get\">");
        for (CannedQuery.Param p : q.params()) {
            b.append("<label>").append(Html.esc(p.name())).append(" <input name=\"").append(Html.esc(p.name()))
                    .append("\" value=\"").append(Html.esc(values.getOrDefault(p.name(), p.defaultValue())))
                    .append("\"></label> ");
        }
        return b.append("<button type=\"submit\">Run</button></form>").toString();
    }

    /**
     * Previous / next links of a paged query: the same parameters with the offset moved by one
     * page; "next" only when this page is full.
     */
    static String pager(CannedQuery q, Map<String, String> values, int rows) {
        if (!q.paged()) {
            return "";
        }
        long limit = number(q, values, CannedQuery.LIMIT);
        long offset = number(q, values, CannedQuery.OFFSET);
        StringBuilder b = new StringBuilder("<p class=\"pager\">");
        if (offset > 0) {
            b.append("<a rel=\"prev\" href=\"").append(Html.esc(href(q, values, Math.max(0, offset - limit))))
                    .append("\">previous ").append(limit).append("</a> ");
        }
        b.append("rows ").append(rows == 0 ? offset : offset + 1).append("–").append(offset + rows);
        if (rows >= limit) {
            b.append(" <a rel=\"next\" href=\"").append(Html.esc(href(q, values, offset + limit)))
                    .append("\">next ").append(limit).append("</a>");
        }
        return b.append("</p>").toString();
    }

    private static long number(CannedQuery q, Map<String, String> values, String name) {
        String d = q.params().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().defaultValue();
        return Long.parseLong(values.getOrDefault(name, d).strip());
    }

    private static String href(CannedQuery q, Map<String, String> values, long offset) {
        StringBuilder b = new StringBuilder("/queries/").append(q.name());
        char sep = '?';
        for (CannedQuery.Param p : q.params()) {
            String v = p.name().equals(CannedQuery.OFFSET) ? Long.toString(offset)
                    : values.getOrDefault(p.name(), p.defaultValue());
            b.append(sep).append(URLEncoder.encode(p.name(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            sep = '&';
        }
        return b.toString();
    }

    private static String choose(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) {
            return switch (f.toLowerCase(Locale.ROOT)) {
                case "json" -> "application/sparql-results+json";
                case "csv" -> "text/csv";
                case "tsv" -> "text/tab-separated-values";
                default -> "text/html";
            };
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return "text/html";
        }
        MediaType m = ConNeg.chooseContentType(req, OFFER, MediaType.create("text/html"));
        String ct = m.getContentTypeStr();
        return ct.equals("application/json") ? "application/json" : ct;
    }
}
