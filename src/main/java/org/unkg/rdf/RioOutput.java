package org.unkg.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/** JSON-LD and RDF/XML through RDF4J Rio, fed from the sorted N-Triples stream. */
final class RioOutput {
    private RioOutput() {
    }

    static void write(Path sortedNt, OutputStream os, OutputFormat format, Map<String, String> prefixes)
            throws IOException {
        RDFWriter w = Rio.createWriter(format == OutputFormat.JSONLD ? RDFFormat.JSONLD : RDFFormat.RDFXML, os);
        w.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        ValueFactory vf = SimpleValueFactory.getInstance();
        w.startRDF();
        prefixes.forEach(w::handleNamespace);
        SortedGraphWriter.parse(sortedNt, new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                w.handleStatement(vf.createStatement((Resource) value(vf, t.getSubject()),
                        (IRI) value(vf, t.getPredicate()), value(vf, t.getObject())));
            }
        });
        w.endRDF();
    }

    static Value value(ValueFactory vf, Node n) {
        if (n.isURI()) {
            return vf.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return vf.createBNode(n.getBlankNodeLabel());
        }
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return vf.createLiteral(n.getLiteralLexicalForm(), lang);
        }
        return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
    }
}
