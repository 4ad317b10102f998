package org.unkg.serve;

/** The home page: what is served, the canned queries, and a small SPARQL query form. */
final class HomePage {
    static final String DEFAULT_QUERY = """
            PREFIX unkg: <https://w3id.org/unkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?doc ?symbol ?title WHERE {
              ?doc a unkg:Resolution ; dcterms:identifier ?symbol .
              OPTIONAL { ?doc dcterms:title ?title FILTER(LANGMATCHES(LANG(?title), "en")) }
            } ORDER BY ?symbol LIMIT 100
            """;

    private HomePage() {
    }

    static String render(CannedQueries queries, String query) {
        StringBuilder b = new StringBuilder();
        b.append("<p>A knowledge graph of United Nations General Assembly documents: resolutions, drafts and")
                .append(" letters, their paragraphs, the States, UN bodies and treaties they mention, and the")
                .append(" documents they cite. Every resource has a page; ask for <code>text/turtle</code>,")
                .append(" <code>application/ld+json</code> or <code>application/n-triples</code> to get its data.")
                .append(" Source documents: United Nations.</p>");
        b.append("<ul><li>SPARQL endpoint (read-only): <a href=\"/unkg/sparql\">/unkg/sparql</a> (also ")
                .append("<code>/unkg/query</code>)</li><li><a href=\"/queries\">Canned queries</a></li>")
                .append("<li>Dataset description: <a href=\"/.well-known/void\">/.well-known/void</a></li></ul>");
        b.append("<h2>Canned queries</h2><ul id=\"queries\">");
        for (CannedQuery q : queries.all()) {
            b.append("<li><a href=\"/queries/").append(Html.esc(q.name())).append("\">").append(Html.esc(q.title()))
                    .append("</a> — ").append(Html.esc(q.description())).append("</li>");
        }
        b.append("</ul><h2 id=\"sparql\">SPARQL query</h2>")
                .append("<form method=\"post\" action=\"/unkg/sparql\" accept-charset=\"UTF-8\">")
                .append("<textarea name=\"query\" rows=\"12\">")
                .append(Html.esc(query == null || query.isBlank() ? DEFAULT_QUERY : query))
                .append("</textarea><p>Results as <select name=\"output\"><option value=\"json\">JSON</option>")
                .append("<option value=\"csv\">CSV</option><option value=\"tsv\">TSV</option>")
                .append("<option value=\"xml\">XML</option></select> <button type=\"submit\">Run</button></p></form>");
        return Html.page("unkg — UN documents as linked data", b.toString());
    }
}
