package org.unkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Renders a {@link ResourceView} as an HTML page; every value is escaped, every resource a link. */
final class ResourcePage {
    private static final List<Property> NAMES = List.of(DCTerms.title, RDFS.label, SKOS.prefLabel, SKOS.altLabel);

    private ResourcePage() {
    }

    static String render(ResourceView v, LocalLinks links, String selfPath) {
        Resource r = v.described().createResource(v.iri());
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"iri\">").append(Html.esc(v.iri())).append("</p>");
        b.append("<p>Data: <a href=\"").append(Html.esc(selfPath)).append("?format=ttl\">Turtle</a> · <a href=\"")
                .append(Html.esc(selfPath)).append("?format=jsonld\">JSON-LD</a> · <a href=\"")
                .append(Html.esc(selfPath)).append("?format=nt\">N-Triples</a> · <a href=\"")
                .append(Html.esc(selfPath)).append("?format=rdf\">RDF/XML</a></p>");
        names(b, r);
        queryLinks(b, r, v.iri());
        if (!v.paragraphs().isEmpty()) {
            b.append("<h2>Paragraphs</h2><div id=\"paragraphs\">");
            v.paragraphs().forEach(p -> paragraph(b, p, links));
            b.append("</div>");
        }
        if (!v.citedBy().isEmpty()) {
            b.append("<h2 id=\"cited-by\">Cited by</h2><ul class=\"cited-by\">");
            for (ResourceView.CitedBy c : v.citedBy()) {
                b.append("<li><a href=\"").append(Html.esc(links.local(c.document()))).append("\">")
                        .append(Html.esc(c.symbol())).append("</a>");
                if (c.paragraph() != null) {
                    b.append(" — <a href=\"").append(Html.esc(links.local(c.paragraph()))).append("\">")
                            .append(Html.esc(tail(c.paragraph(), c.document()))).append("</a>");
                    c.verbs().forEach((lang, verb) -> b.append(" <span class=\"lang\">").append(Html.esc(lang))
                            .append("</span><span class=\"verb\">").append(Html.esc(verb)).append("</span>"));
                }
                b.append("</li>");
            }
            b.append("</ul>");
        }
        b.append("<h2>Outgoing links and values</h2>");
        triples(b, v.described().listStatements(r, null, (RDFNode) null).toList(), false, links);
        b.append("<h2>Incoming links</h2>");
        triples(b, v.described().listStatements(null, null, r).toList(), true, links);
        if (v.truncated()) {
            b.append("<p>(more incoming links left out; use the SPARQL endpoint)</p>");
        }
        return Html.page(title(r, v.iri(), links), b.toString());
    }

    private static String title(Resource r, String iri, LocalLinks links) {
        Statement id = r.getProperty(DCTerms.identifier);
        for (Property p : NAMES) {
            Statement en = r.listProperties(p).toList().stream()
                    .filter(s -> s.getObject().isLiteral() && "en".equals(s.getLanguage())).findFirst()
                    .orElse(r.getProperty(p));
            if (en != null && en.getObject().isLiteral()) {
                return (id != null ? id.getString() + " — " : "") + en.getString();
            }
        }
        return id != null ? id.getString() : links.shortName(iri);
    }

    private static void names(StringBuilder b, Resource r) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (Property p : NAMES) {
            for (Statement st : r.listProperties(p).toList()) {
                if (st.getObject().isLiteral()) {
                    rows.computeIfAbsent(st.getLanguage().isEmpty() ? "-" : st.getLanguage(), k -> new ArrayList<>())
                            .add(st.getString());
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        b.append("<h2>Names</h2><table class=\"names\"><tr><th>language</th><th>name</th></tr>");
        rows.forEach((lang, names) -> names.stream().sorted().forEach(n -> b.append("<tr><td>").append(Html.esc(lang))
                .append("</td><td lang=\"").append(Html.esc(lang)).append("\">").append(Html.esc(n)).append("</td></tr>")));
        b.append("</table>");
    }

    private static void queryLinks(StringBuilder b, Resource r, String iri) {
        b.append("<p>Queries: ");
        Statement id = r.getProperty(DCTerms.identifier);
        if (id != null) {
            String sym = LocalLinks.encode(id.getString());
            b.append("<a href=\"/queries/03-cited-by?symbol=").append(Html.esc(sym)).append("\">what cites it</a> · ")
                    .append("<a href=\"/queries/05-sponsors-and-votes?symbol=").append(Html.esc(sym))
                    .append("\">sponsors and votes</a> · ");
        }
        String describe = "SELECT ?p ?o WHERE { <" + iri + "> ?p ?o } LIMIT 200";
        b.append("<a href=\"/?query=").append(Html.esc(LocalLinks.encode(describe)))
                .append("#sparql\">open a SPARQL query about it</a></p>");
    }

    private static void paragraph(StringBuilder b, ResourceView.Para p, LocalLinks links) {
        b.append("<div class=\"para\" id=\"").append(Html.esc(p.operative() ? "op-" : "pre-")).append(p.ordinal())
                .append("\"><a href=\"").append(Html.esc(links.local(p.iri()))).append("\">")
                .append(p.operative() ? "operative " + Html.esc(p.number() == null ? "" + p.ordinal() : p.number())
                        : "preamble " + p.ordinal())
                .append("</a>");
        for (Map.Entry<String, String> t : p.texts().entrySet()) {
            String verb = p.verbs().get(t.getKey());
            b.append("<p lang=\"").append(Html.esc(t.getKey())).append("\"><span class=\"lang\">")
                    .append(Html.esc(t.getKey())).append("</span>");
            if (verb != null) {
                b.append("<span class=\"verb\">").append(Html.esc(verb)).append("</span> · ");
            }
            b.append(Html.esc(t.getValue())).append("</p>");
        }
        p.items().forEach(i -> paragraph(b, i, links));
        b.append("</div>");
    }

    private static void triples(StringBuilder b, List<Statement> sts, boolean incoming, LocalLinks links) {
        if (sts.isEmpty()) {
            b.append("<p>none</p>");
            return;
        }
        sts.sort((x, y) -> (x.getPredicate().getURI() + " " + (incoming ? x.getSubject() : x.getObject()))
                .compareTo(y.getPredicate().getURI() + " " + (incoming ? y.getSubject() : y.getObject())));
        b.append("<table class=\"").append(incoming ? "incoming" : "outgoing").append("\"><tr><th>")
                .append(incoming ? "from" : "property").append("</th><th>").append(incoming ? "property" : "value")
                .append("</th></tr>");
        for (Statement st : sts) {
            b.append("<tr><td>").append(Html.node(incoming ? st.getSubject() : st.getPredicate(), links))
                    .append("</td><td>").append(Html.node(incoming ? st.getPredicate() : st.getObject(), links))
                    .append("</td></tr>");
        }
        b.append("</table>");
    }

    private static String tail(String iri, String prefix) {
        return iri.startsWith(prefix + "/") ? iri.substring(prefix.length() + 1) : iri;
    }
}
