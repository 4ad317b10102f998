package org.unkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C Organization Ontology terms unkg uses (named ORGV: Jena has no ORG class). */
public final class ORGV {
    public static final String NS = "http://www.w3.org/ns/org#";

    private ORGV() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource FormalOrganization = ResourceFactory.createResource(NS + "FormalOrganization");
    public static final Property subOrganizationOf = ResourceFactory.createProperty(NS + "subOrganizationOf");
}
