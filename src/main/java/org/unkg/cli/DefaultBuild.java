package org.unkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.unkg.UnkgException;
import org.unkg.build.Build;
import org.unkg.build.Readers;
import org.unkg.rdf.Iris;
import org.unkg.reference.ReferenceData;
import org.unkg.serve.VoidWriter;

/** The default build (bundled {@code corpus/} to a graph file, plus its VoID), as {@code unkg build} runs it. */
final class DefaultBuild {
    private DefaultBuild() {
    }

    static void run(Path graph, String base, PrintWriter out) {
        ReferenceData ref = ReferenceData.load();
        VoidWriter voids = new VoidWriter(new Iris(base));
        VoidWriter.Counter described = voids.counter();
        Build.Result r = Build.create().inputs(List.of(Path.of("corpus"))).output(graph).base(base).reference(ref)
                .readers(Readers.standard(ref)).outputLines(described::line).build().run();
        if (r.output() == null) {
            throw new UnkgException("nothing could be built: all " + r.skipped().size() + " files were skipped");
        }
        voids.write(described.describe(r.output()), r.output().resolveSibling("void.ttl"));
        out.printf(Locale.ROOT, "built %d documents, %d triples -> %s%n", r.documents(), r.triples(), r.output());
        out.flush();
    }
}
