package org.unkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Loads the bundled ontology ({@code /ontology/unkg.ttl} on the classpath) for tests. */
final class Ontology {
    private Ontology() {
    }

    static Model load() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getResourceAsStream("/ontology/unkg.ttl")) {
            if (in == null) {
                throw new IllegalStateException("/ontology/unkg.ttl is not on the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
