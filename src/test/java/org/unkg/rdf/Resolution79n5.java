package org.unkg.rdf;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.unkg.build.Readers;
import org.unkg.ingest.DocumentReader;
import org.unkg.reference.ReferenceData;

/** The language versions of A/RES/79/5 in the test resources, read and mapped into one graph. */
final class Resolution79n5 {
    private Resolution79n5() {
    }

    /** The versions in {@code langs} (file letters: E, F, C, R, A, S) mapped by {@code mapper}. */
    static Graph graph(ReferenceData ref, DocumentMapper mapper, List<String> langs) throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        List<DocumentReader> readers = Readers.standard(ref);
        for (String lang : langs) {
            Path file = Path.of("src/test/resources/akn/A_RES_79_5-2419776" + lang + ".xml");
            DocumentReader r = readers.stream().filter(x -> x.accepts(file)).findFirst().orElseThrow();
            mapper.map(r.read(file)).forEach(g::add);
        }
        return g;
    }
}
