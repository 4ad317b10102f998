package org.unkg.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
 * // optional last argument --only REGEX: learn only from the AKN files whose path under akn/
 * // matches ("--only ^76session/"), to score the other part of the sample held out
 * }</pre>
 */
public final class ReferenceGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceGenerator.class);

    private final Path shared;
    private final Path sources;
    private final Iris iris;
    private final Pattern only;

    /** A generator reading {@code shared} (the shared sample folder) and the curated {@code sources}. */
    public ReferenceGenerator(Path shared, Path sources, Iris iris) {
        this(shared, sources, iris, null);
    }

    /**
     * A generator that learns from the AKN files whose path under {@code akn/} matches
     * {@code only} (all when null): the part left out can then be scored held out.
     */
    public ReferenceGenerator(Path shared, Path sources, Iris iris, Pattern only) {
        this.shared = shared;
        this.sources = sources;
        this.iris = iris;
        this.only = only;
    }

    /** Writes the reference files into {@code out}. */
    public void run(Path out) {
        write(StatesGenerator.generate(shared, sources, iris), out.resolve("states.ttl"));
        write(OrganizationsGenerator.generate(shared, sources, iris), out.resolve("organizations.ttl"));
        List<AknSample.Doc> docs = AknSample.read(shared.resolve("akn"), only);
        LOG.info("AKN sample: {} language versions", docs.size());
        write(TreatiesGenerator.generate(docs, sources, iris), out.resolve("treaties.ttl"));
        write(VerbsGenerator.generate(docs, sources, iris), out.resolve("verbs.ttl"));
    }

    private void write(Model m, Path target) {
        long n = ReferenceWriter.write(m, target, iris);
        LOG.info("wrote {} ({} triples)", target, n);
    }

    /** Arguments: shared folder, output folder, optional curated sources folder, optional {@code --only REGEX}. */
    public static void main(String[] args) {
        List<String> a = new ArrayList<>(List.of(args));
        Pattern only = null;
        int o = a.indexOf("--only");
        if (o >= 0 && o + 1 < a.size()) {
            only = Pattern.compile(a.get(o + 1));
            a.subList(o, o + 2).clear();
        }
        if (a.size() < 2 || a.size() > 3 || a.contains("--only")) {
            System.err.println("usage: ReferenceGenerator SHARED_DIR OUTPUT_DIR [SOURCES_DIR] [--only REGEX]");
            System.exit(2);
        }
        Path out = Path.of(a.get(1));
        Path sources = a.size() == 3 ? Path.of(a.get(2)) : out.resolve("sources");
        if (only != null) {
            LOG.info("learning only from AKN files matching {}", only);
        }
        new ReferenceGenerator(Path.of(a.get(0)), sources, Iris.defaults(), only).run(out);
    }
}
