package org.unkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** CiTO: the Citation Typing Ontology terms unkg uses. */
public final class CITO {
    public static final String NS = "http://purl.org/spar/cito/";

    private CITO() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Property cites = ResourceFactory.createProperty(NS + "cites");
}
