package org.unkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** European Legislation Identifier terms unkg uses. */
public final class ELI {
    public static final String NS = "http://data.europa.eu/eli/ontology#";

    private ELI() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource LegalResource = ResourceFactory.createResource(NS + "LegalResource");
    public static final Resource LegalExpression = ResourceFactory.createResource(NS + "LegalExpression");
    public static final Property date_document = ResourceFactory.createProperty(NS + "date_document");
    public static final Property is_part_of = ResourceFactory.createProperty(NS + "is_part_of");
    public static final Property has_part = ResourceFactory.createProperty(NS + "has_part");
    public static final Property realizes = ResourceFactory.createProperty(NS + "realizes");
    public static final Property is_realized_by = ResourceFactory.createProperty(NS + "is_realized_by");
}
