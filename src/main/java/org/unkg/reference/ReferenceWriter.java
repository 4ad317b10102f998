package org.unkg.reference;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.unkg.rdf.Iris;
import org.unkg.rdf.OutputFormat;
import org.unkg.rdf.Prefixes;
import org.unkg.rdf.SortedGraphWriter;

/** Writes one reference model as sorted Turtle: same triples in, byte-identical file out. */
final class ReferenceWriter {
    private ReferenceWriter() {
    }

    /** The prefixes of the reference files: the standard ones plus {@code verb:}. */
    static Map<String, String> prefixes(Iris iris) {
        Map<String, String> m = new LinkedHashMap<>(Prefixes.standard(iris));
        m.put("verb", iris.base() + "verb/");
        return m;
    }

    static long write(Model model, Path target, Iris iris) {
        try (SortedGraphWriter w = new SortedGraphWriter(target, OutputFormat.TTL, prefixes(iris))) {
            w.accept(model.getGraph().find().toList());
            return w.commit();
        }
    }
}
