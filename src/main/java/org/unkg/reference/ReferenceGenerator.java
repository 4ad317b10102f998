package org.unkg.reference;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.rdf.Iris;

/**
 * Regenerates {@code ontology/reference/*.ttl} from the shared reference tables and AKN sample
 * plus the curated files of {@code ontology/reference/sources/}. Deterministic: the same inputs
 * give byte-identical files.
 *
 * <pre>{@code
 * java -cp target/classes:... org.unkg.reference.ReferenceGenerator ../shared ontology/reference
 * // optional third argument: the curated sources folder (default: OUTPUT/sources)
 * }</pre>
 */
public final class ReferenceGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceGenerator.class);

    private final Path shared;
    private final Path sources;
    private final Iris iris;

    /** A generator reading {@code shared} (the shared sample folder) and the curated {@code sources}. */
    public ReferenceGenerator(Path shared, Path sources, Iris iris) {
        this.shared = shared;
        this.sources = sources;
        this.iris = iris;
    }

    /** Writes the reference files into {@code out}. */
    public void run(Path out) {
        write(StatesGenerator.generate(shared, sources, iris), out.resolve("states.ttl"));
        write(OrganizationsGenerator.generate(shared, sources, iris), out.resolve("organizations.ttl"));
        List<AknSample.Doc> docs = AknSample.read(shared.resolve("akn"));
        LOG.info("AKN sample: {} language versions", docs.size());
        write(TreatiesGenerator.generate(docs, sources, iris), out.resolve("treaties.ttl"));
        write(VerbsGenerator.generate(docs, sources, iris), out.resolve("verbs.ttl"));
    }

    private void write(Model m, Path target) {
        long n = ReferenceWriter.write(m, target, iris);
        LOG.info("wrote {} ({} triples)", target, n);
    }

    /** Arguments: shared folder, output folder, optional curated sources folder. */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: ReferenceGenerator SHARED_DIR OUTPUT_DIR [SOURCES_DIR]");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Path sources = args.length == 3 ? Path.of(args[2]) : out.resolve("sources");
        new ReferenceGenerator(Path.of(args[0]), sources, Iris.defaults()).run(out);
    }
}
