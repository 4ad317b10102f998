package org.unkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** FaBiO terms unkg aligns to. */
public final class FABIO {
    public static final String NS = "http://purl.org/spar/fabio/";

    private FABIO() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource Letter = ResourceFactory.createResource(NS + "Letter");
    public static final Resource Expression = ResourceFactory.createResource(NS + "Expression");
    public static final Resource Work = ResourceFactory.createResource(NS + "Work");
}
