package org.unkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the VoID/DCAT description at {@code /.well-known/void}: Turtle, or JSON-LD/N-Triples by Accept. */
final class VoidServlet extends HttpServlet {
    private static final AcceptList OFFER = AcceptList.create("text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml");

    private final transient Supplier<Model> source;
    private transient Model description;

    /** {@code source} is called once, at the first request. */
    VoidServlet(Supplier<Model> source) {
        this.source = source;
    }

    private synchronized Model description() {
        if (description == null) {
            description = source.get();
        }
        return description;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        MediaType m = req.getHeader("Accept") == null ? null : ConNeg.chooseContentType(req, OFFER, null);
        String type = m == null ? "text/turtle" : m.getContentTypeStr();
        Lang lang = switch (type) {
            case "application/ld+json" -> Lang.JSONLD;
            case "application/n-triples" -> Lang.NTRIPLES;
            case "application/rdf+xml" -> Lang.RDFXML;
            default -> Lang.TURTLE;
        };
        resp.setStatus(200);
        resp.setContentType(lang.getHeaderString());
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Vary", "Accept");
        try (OutputStream os = resp.getOutputStream()) {
            RDFDataMgr.write(os, description(), lang);
        }
    }
}
