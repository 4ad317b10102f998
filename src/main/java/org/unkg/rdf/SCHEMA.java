package org.unkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** schema.org terms unkg aligns to. */
public final class SCHEMA {
    public static final String NS = "http://schema.org/";

    private SCHEMA() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource Country = ResourceFactory.createResource(NS + "Country");
}
