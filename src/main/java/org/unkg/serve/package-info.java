/**
 * Publishing the graph: {@code unkg serve}, canned queries, linked-data pages, VoID, exports.
 *
 * <p>URL layout of a running server ({@link org.unkg.serve.UnkgServer}):
 * <ul>
 *   <li>{@code /} — home page: what is served, the canned queries, a SPARQL form (no script,
 *       nothing fetched from elsewhere) posting to the endpoint.</li>
 *   <li>{@code /unkg/sparql}, {@code /unkg/query} — SPARQL query only; updates, Graph Store
 *       Protocol, upload and the admin API ({@code /$/…}) are not installed, so they answer 4xx.
 *       Queries time out after the server's timeout of their own CPU time, or 4 times it by the
 *       wall clock ({@link org.unkg.serve.Watchdog}; a client's {@code timeout} parameter also
 *       applies, by the wall clock) and their LIMIT is lowered to the result cap.</li>
 *   <li>{@code /queries}, {@code /queries/NAME?param=…} — canned queries from
 *       {@code queries/NN-kebab-name.rq}; parameters become RDF terms in the parsed query.</li>
 *   <li>Any other path {@code /P} stands for the IRI {@code BASE + P}: content negotiation on that
 *       URL (HTML, Turtle, JSON-LD, N-Triples, RDF/XML), {@code Vary: Accept},
 *       {@code Content-Location: /P?format=html|ttl|jsonld|nt|rdf}; {@code ?format=} picks a variant
 *       explicitly. No 303 redirects. The RDF is the outgoing and incoming triples.</li>
 *   <li>{@code /.well-known/void} — VoID/DCAT ({@link org.unkg.serve.VoidWriter});
 *       {@code /dump/FILE} — the graph file served, when there is one.</li>
 * </ul>
 */
package org.unkg.serve;
