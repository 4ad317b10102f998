package org.unkg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.unkg.reference.ReferenceData;

/** The States, organizations and treaties of the reference data, as triples under a build's base. */
public final class ReferenceTriples {
    private static final Set<Resource> TYPES = Set.of(UNKG.State, UNKG.Organization, UNKG.UNEntity, UNKG.Treaty);

    private ReferenceTriples() {
    }

    public static List<Triple> of(ReferenceData ref, Iris iris) {
        Set<Resource> entities = new java.util.HashSet<>();
        for (Resource type : TYPES) {
            entities.addAll(ref.model().listSubjectsWithProperty(RDF.type, type).toList());
        }
        List<Triple> out = new ArrayList<>();
        for (Statement st : ref.model().listStatements().toList()) {
            Resource s = st.getSubject();
            if (!entities.contains(s) || !s.isURIResource()) {
                continue;
            }
            Node o = st.getObject().asNode();
            if (o.isURI()) {
                o = NodeFactory.createURI(iris.rebase(o.getURI()));
            }
            out.add(Triple.create(NodeFactory.createURI(iris.rebase(s.getURI())), st.getPredicate().asNode(), o));
        }
        return out;
    }
}
