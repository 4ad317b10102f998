package org.unkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.unkg.rdf.CITO;
import org.unkg.rdf.ELI;
import org.unkg.rdf.UNKG;

/**
 * What the graph says about one resource, gathered inside a read transaction so it can be
 * rendered after: its outgoing and incoming triples (the "describe"), and for a document its
 * paragraphs in order and the documents citing it.
 *
 * @param described outgoing and incoming triples (incoming capped)
 * @param truncated true when incoming triples were left out because of the cap
 * @param paragraphs top-level paragraphs of a document, preamble then operative, with sub-items
 * @param citedBy    incoming citations: citing document, paragraph (or null) and verbs by language
 */
record ResourceView(String iri, Model described, boolean truncated, List<Para> paragraphs, List<CitedBy> citedBy) {
    private static final int MAX_DEPTH = 6;

    /** A paragraph with its verb and text per language and its sub-items. */
    record Para(String iri, boolean operative, int ordinal, String number, Map<String, String> verbs,
                Map<String, String> texts, List<Para> items) {
    }

    /** One citation of this resource: from a document, perhaps through one of its paragraphs. */
    record CitedBy(String document, String symbol, String paragraph, Map<String, String> verbs) {
    }

    boolean exists() {
        return !described.isEmpty();
    }

    /** Reads a view from a model; call inside a read transaction. */
    static ResourceView of(Model m, String iri, int maxIncoming) {
        Resource r = m.createResource(iri);
        Model d = ModelFactory.createDefaultModel();
        d.setNsPrefixes(m.getNsPrefixMap());
        d.add(m.listStatements(r, null, (RDFNode) null));
        boolean truncated = false;
        int n = 0;
        for (StmtIterator it = m.listStatements(null, null, r); it.hasNext(); ) {
            Statement st = it.next();
            if (n++ >= maxIncoming) {
                truncated = true;
                it.close();
                break;
            }
            d.add(st);
        }
        List<Para> paras = children(m, r, 0);
        return new ResourceView(iri, d, truncated, paras, citedBy(m, r, maxIncoming));
    }

    private static List<Para> children(Model m, Resource parent, int depth) {
        List<Para> out = new ArrayList<>();
        if (depth >= MAX_DEPTH) {
            return out;
        }
        for (Resource p : m.listSubjectsWithProperty(ELI.is_part_of, parent).toList()) {
            boolean op = p.hasProperty(RDF.type, UNKG.OperativeParagraph);
            if (!op && !p.hasProperty(RDF.type, UNKG.PreambularParagraph)) {
                continue;
            }
            Statement ord = p.getProperty(UNKG.ordinal);
            Statement num = p.getProperty(UNKG.number);
            out.add(new Para(p.getURI(), op, ord == null ? 0 : ord.getInt(), num == null ? null : num.getString(),
                    byLang(p, UNKG.verb), byLang(p, UNKG.text), children(m, p, depth + 1)));
        }
        out.sort(Comparator.comparing(Para::operative).thenComparingInt(Para::ordinal).thenComparing(Para::iri));
        return out;
    }

    private static List<CitedBy> citedBy(Model m, Resource r, int max) {
        List<CitedBy> out = new ArrayList<>();
        for (Resource s : m.listSubjectsWithProperty(CITO.cites, r).toList()) {
            if (out.size() >= max) {
                break;
            }
            if (s.hasProperty(DCTerms.identifier)) {
                if (out.stream().noneMatch(c -> c.document().equals(s.getURI()))) {
                    out.add(new CitedBy(s.getURI(), s.getProperty(DCTerms.identifier).getString(), null, Map.of()));
                }
                continue;
            }
            Resource w = s;
            for (int i = 0; i < MAX_DEPTH && w != null && !w.hasProperty(DCTerms.identifier); i++) {
                Statement up = w.getProperty(ELI.is_part_of);
                w = up == null ? null : up.getResource();
            }
            if (w != null && w.hasProperty(DCTerms.identifier)) {
                String doc = w.getURI();
                out.removeIf(c -> c.document().equals(doc) && c.paragraph() == null);
                out.add(new CitedBy(doc, w.getProperty(DCTerms.identifier).getString(), s.getURI(),
                        byLang(s, UNKG.verb)));
            }
        }
        out.sort(Comparator.comparing(CitedBy::symbol)
                .thenComparing(c -> c.paragraph() == null ? "" : c.paragraph()));
        return out;
    }

    static Map<String, String> byLang(Resource r, org.apache.jena.rdf.model.Property p) {
        Map<String, String> out = new TreeMap<>();
        for (Statement st : r.listProperties(p).toList()) {
            if (st.getObject().isLiteral()) {
                Literal l = st.getLiteral();
                out.merge(l.getLanguage(), l.getLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        return out;
    }
}
