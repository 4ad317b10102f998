package org.unkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the home page at {@code /} and a page for every IRI under the base: the path of the
 * request, appended to the base, is the IRI ({@code GET /doc/A/RES/76/299} describes
 * {@code https://w3id.org/unkg/doc/A/RES/76/299}).
 *
 * <p>Convention: content negotiation on the resource's own URL (no 303 redirects). Browsers
 * (Accept text/html) get HTML; clients get Turtle, JSON-LD, N-Triples or RDF/XML. Every answer
 * carries {@code Vary: Accept} and a {@code Content-Location} naming the variant
 * ({@code ?format=html|ttl|jsonld|nt|rdf}), which also selects a variant explicitly.
 * The RDF is the resource's outgoing and incoming triples. Unknown IRIs give a 404 page.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final Map<String, String> FORMATS = Map.of("html", "text/html", "ttl", "text/turtle",
            "jsonld", "application/ld+json", "nt", "application/n-triples", "rdf", "application/rdf+xml");
    private static final AcceptList OFFER = AcceptList.create("text/html", "text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml", "application/xhtml+xml");

    private final transient Dataset dataset;
    private final transient LocalLinks links;
    private final transient CannedQueries queries;
    private final int maxIncoming;

    LinkedDataServlet(Dataset dataset, LocalLinks links, CannedQueries queries, int maxIncoming) {
        this.dataset = dataset;
        this.links = links;
        this.queries = queries;
        this.maxIncoming = maxIncoming;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.isEmpty() || path.equals("/") || path.equals("/index.html")) {
            sendHtml(resp, 200, HomePage.render(queries, req.getParameter("query")));
            return;
        }
        String type = choose(req);
        if (type == null) {
            resp.sendError(406, "ask for text/html, text/turtle, application/ld+json, application/n-triples or application/rdf+xml");
            return;
        }
        String iri = links.iri(path);
        ResourceView v = Txn.calculateRead(dataset, () -> ResourceView.of(dataset.getDefaultModel(), iri, maxIncoming));
        resp.setHeader("Vary", "Accept");
        if (!v.exists()) {
            sendHtml(resp, 404, Html.page("Not found", "<p>Nothing is known about <span class=\"iri\">"
                    + Html.esc(iri) + "</span>.</p><p><a href=\"/\">Home</a></p>"));
            return;
        }
        String ext = FORMATS.entrySet().stream().filter(e -> e.getValue().equals(type)).findFirst().orElseThrow().getKey();
        resp.setHeader("Content-Location", path + "?format=" + ext);
        if (type.equals("text/html")) {
            sendHtml(resp, 200, ResourcePage.render(v, links, path));
            return;
        }
        Lang lang = switch (ext) {
            case "ttl" -> Lang.TURTLE;
            case "jsonld" -> Lang.JSONLD;
            case "nt" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
        resp.setStatus(200);
        resp.setContentType(type);
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream os = resp.getOutputStream()) {
            RDFDataMgr.write(os, v.described(), lang);
        }
    }

    private static String choose(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) {
            return FORMATS.get(f.toLowerCase(Locale.ROOT));
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return "text/html";
        }
        MediaType m = ConNeg.chooseContentType(req, OFFER, null);
        if (m == null) {
            return null;
        }
        String ct = m.getContentTypeStr();
        return ct.equals("application/xhtml+xml") ? "text/html" : ct;
    }

    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html");
        resp.setCharacterEncoding("UTF-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        try (OutputStream os = resp.getOutputStream()) {
            os.write(bytes);
        }
    }
}
