package org.unkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * The citation and mention network of a graph, for graph tools: nodes are documents, States,
 * organizations and treaties; edges go from a document to what it cites ({@code cito:cites},
 * with the typed relations such as {@code recalls} and the verbs of the citing paragraphs) or
 * mentions ({@code unkg:mentions}). One edge per document, target and kind.
 *
 * <pre>{@code
 * Network n = Network.read(dataset, "en");
 * }</pre>
 */
public record Network(List<NodeInfo> nodes, List<Edge> edges) {
    private static final String EDGES = """
            PREFIX unkg: <https://w3id.org/unkg/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX cito: <http://purl.org/spar/cito/>
            SELECT ?s ?o ?kind (GROUP_CONCAT(DISTINCT ?relName; SEPARATOR=" ") AS ?relation)
                   (GROUP_CONCAT(DISTINCT ?verb; SEPARATOR=" | ") AS ?verbs)
            WHERE {
              VALUES ?cls { unkg:Resolution unkg:DraftResolution unkg:Letter unkg:Note unkg:Report unkg:Document }
              ?s a ?cls .
              {
                ?s cito:cites ?o BIND("cites" AS ?kind)
                OPTIONAL {
                  ?s ?rel ?o FILTER(?rel NOT IN (cito:cites, unkg:draft, unkg:report, unkg:mentions))
                  BIND(REPLACE(STR(?rel), "^.*[#/]", "") AS ?relName)
                }
                OPTIONAL { ?p eli:is_part_of+ ?s ; cito:cites ?o ; unkg:verb ?verb FILTER(LANGMATCHES(LANG(?verb), ?lang)) }
              } UNION {
                ?s unkg:mentions ?o BIND("mentions" AS ?kind)
                OPTIONAL { ?p eli:is_part_of+ ?s ; unkg:mentions ?o ; unkg:verb ?verb FILTER(LANGMATCHES(LANG(?verb), ?lang)) }
              }
            }
            GROUP BY ?s ?o ?kind
            ORDER BY ?kind ?s ?o
            """;
    private static final String NODE = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX unkg: <https://w3id.org/unkg/ontology#>
            SELECT ?type ?id ?label WHERE {
              OPTIONAL { ?n a ?type FILTER(STRSTARTS(STR(?type), STR(unkg:))) }
              OPTIONAL { ?n dcterms:identifier ?id }
              OPTIONAL { ?n rdfs:label ?label FILTER(LANGMATCHES(LANG(?label), ?lang)) }
              OPTIONAL { ?n dcterms:title ?label FILTER(LANGMATCHES(LANG(?label), ?lang)) }
            } ORDER BY ?type ?id ?label LIMIT 1
            """;

    /** A node: IRI, display label, type (local name of its unkg class) and symbol, if any. */
    public record NodeInfo(String iri, String label, String type, String symbol) {
    }

    /** An edge: kind "cites" or "mentions", typed relations (space-separated) and verbs. */
    public record Edge(String source, String target, String kind, String relation, String verbs) {
    }

    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Reads the network in a read transaction; labels and verbs in {@code lang}. */
    public static Network read(Dataset ds, String lang) {
        return Txn.calculateRead(ds, () -> {
            List<Edge> edges = new ArrayList<>();
            Map<String, NodeInfo> nodes = new LinkedHashMap<>();
            ParameterizedSparqlString pq = new ParameterizedSparqlString(EDGES);
            pq.setLiteral("lang", lang);
            try (QueryExecution qe = QueryExecution.create(pq.asQuery(), ds)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String src = s.getResource("s").getURI();
                    RDFNode o = s.get("o");
                    if (!o.isURIResource()) {
                        continue;
                    }
                    String dst = o.asResource().getURI();
                    edges.add(new Edge(src, dst, s.getLiteral("kind").getString(), str(s, "relation"), str(s, "verbs")));
                    nodes.putIfAbsent(src, null);
                    nodes.putIfAbsent(dst, null);
                }
            }
            List<NodeInfo> infos = new ArrayList<>();
            for (String iri : nodes.keySet()) {
                infos.add(node(ds, iri, lang));
            }
            infos.sort((a, b) -> a.iri().compareTo(b.iri()));
            return new Network(infos, edges);
        });
    }

    private static NodeInfo node(Dataset ds, String iri, String lang) {
        ParameterizedSparqlString pq = new ParameterizedSparqlString(NODE);
        pq.setIri("n", iri);
        pq.setLiteral("lang", lang);
        try (QueryExecution qe = QueryExecution.create(pq.asQuery(), ds)) {
            ResultSet rs = qe.execSelect();
            String tail = iri.substring(iri.lastIndexOf('/') + 1);
            if (!rs.hasNext()) {
                return new NodeInfo(iri, tail, "Resource", "");
            }
            QuerySolution s = rs.next();
            String type = s.contains("type") ? s.getResource("type").getLocalName() : "Resource";
            String id = str(s, "id");
            String label = s.contains("label") ? s.getLiteral("label").getString() : !id.isEmpty() ? id : tail;
            return new NodeInfo(iri, label, type, id);
        }
    }

    private static String str(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
