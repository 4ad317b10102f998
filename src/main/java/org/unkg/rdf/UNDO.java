package org.unkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** UNDO (UN Documents Ontology) terms unkg aligns to. */
public final class UNDO {
    public static final String NS = "https://w3id.org/un/ontology/undo/";

    private UNDO() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource Resolution = ResourceFactory.createResource(NS + "Resolution");
}
