package org.unkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C PROV-O terms unkg uses. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
}
