package org.unkg.rdf;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes every output and canned query uses. */
public final class Prefixes {
    private Prefixes() {
    }

    /** Prefix map for a base IRI, in a fixed order (output is deterministic). */
    public static Map<String, String> standard(Iris iris) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("unkg", UNKG.NS);
        m.put("doc", iris.base() + "doc/");
        m.put("state", iris.base() + "state/");
        m.put("org", iris.base() + "org/");
        m.put("treaty", iris.base() + "treaty/");
        m.put("eli", ELI.NS);
        m.put("cito", CITO.NS);
        m.put("dcterms", DCTerms.NS);
        m.put("prov", PROV.NS);
        m.put("skos", SKOS.uri);
        m.put("rdf", RDF.uri);
        m.put("rdfs", RDFS.uri);
        m.put("owl", OWL.NS);
        m.put("xsd", XSD.NS);
        m.put("wd", "http://www.wikidata.org/entity/");
        m.put("w3org", ORGV.NS);
        return m;
    }
}
