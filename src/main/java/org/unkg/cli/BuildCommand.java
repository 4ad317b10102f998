package org.unkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.unkg.UnkgException;
import org.unkg.build.Build;
import org.unkg.build.Readers;
import org.unkg.ingest.AknExtract;
import org.unkg.rdf.Iris;
import org.unkg.rdf.OutputFormat;
import org.unkg.reference.ReferenceData;
import org.unkg.serve.Stores;
import org.unkg.serve.VoidWriter;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unkg build [INPUT...] [-o FILE] [--format F] [--base IRI] [--tdb DIR]}. */
@Command(name = "build", description = "Build the graph from files and folders (default: the bundled corpus/).")
public class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = "Files or folders (.xml AKN4UN, .txt, .md, .pdf). Default: corpus/")
    List<Path> inputs = List.of();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: output/graph.<ext>).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "ttl, nt, nq, trig, jsonld or rdfxml (default: what the -o file name says, else ttl).")
    String format;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI of minted resources (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--akn-extract", paramLabel = "FILE",
            description = "The publisher's JSON-lines extract of AKN resolutions (repeatable): votes and sponsors "
                    + "fill what the XML lacks.")
    List<Path> aknExtracts = List.of();

    @Option(names = "--strict", description = "Exit non-zero when any file was skipped.")
    boolean strict;

    @Option(names = "--tdb", paramLabel = "DIR",
            description = "Also bulk-load the graph into this TDB2 store (as 'unkg load').")
    Path tdb;

    /**
     * The output syntax: {@code --format} when given, else the one the {@code -o} file name says
     * ("graph.nt" is N-Triples), else Turtle. The written file is read back by its name (VoID,
     * {@code --tdb}), so a file name must say the syntax written into it.
     */
    static OutputFormat outputFormat(String format, Path output) {
        OutputFormat given = format == null ? null : OutputFormat.parse(format);
        Optional<OutputFormat> named = output == null ? Optional.empty() : OutputFormat.forFile(output);
        if (output != null && named.isEmpty()) {
            throw new UnkgException(output + ": the output file name must end in .ttl, .nt, .nq, .trig, .jsonld or .rdf"
                    + " (the graph is read back by it)");
        }
        if (given != null && named.isPresent() && named.get() != given) {
            throw new UnkgException(output + ": the file name says ." + named.get().extension() + " but --format is "
                    + format + "; name the file ." + given.extension());
        }
        return given != null ? given : named.orElse(OutputFormat.TTL);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputFormat fmt = outputFormat(format, output);
        List<Path> in = inputs.isEmpty() ? List.of(Path.of("corpus")) : inputs;
        Path target = output != null ? output : Path.of("output", "graph." + fmt.extension());
        ReferenceData ref = ReferenceData.load();
        boolean tty = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        ProgressBar[] bar = new ProgressBar[1];
        Build.Builder b = Build.create().inputs(in).output(target).format(fmt).base(base).reference(ref)
                .readers(Readers.standard(ref, AknExtract.load(aknExtracts)))
                .listener(e -> {
                    if (e.error() != null) {
                        err.println("skipped " + e.error());
                        err.flush();
                    }
                    if (!tty) {
                        return;
                    }
                    if (e.file() == null) {
                        bar[0] = new ProgressBarBuilder().setTaskName("build").setInitialMax(e.total())
                                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
                    } else if (bar[0] != null) {
                        bar[0].step();
                    }
                });
        if (threads != null) {
            b.threads(threads);
        }
        VoidWriter voids = new VoidWriter(new Iris(base));
        VoidWriter.Counter described = voids.counter();
        b.outputLines(described::line);
        Build.Result r;
        try {
            r = b.build().run();
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
        }
        if (r.output() == null) {
            throw new UnkgException("nothing could be built: all " + r.skipped().size() + " files were skipped");
        }
        Path voidFile = r.output().toAbsolutePath().resolveSibling("void.ttl");
        voids.write(described.describe(r.output()), voidFile);
        out.printf(Locale.ROOT, "built %d documents, %d triples, %d skipped, %.1f s -> %s%n", r.documents(),
                r.triples(), r.skipped().size(), r.seconds(), r.output());
        out.flush();
        if (!Files.exists(r.output())) {
            throw new UnkgException("output was not written: " + r.output());
        }
        if (tdb != null) {
            Stores.forget(tdb);
            Stores.Loaded n = Stores.loadedTriples(r.output(), tdb, new Iris(base));
            out.printf(Locale.ROOT, "loaded %d triples (and %d derived from them) into %s%n", n.graph(),
                    n.derived(), tdb);
            out.flush();
        }
        return strict && !r.skipped().isEmpty() ? 3 : 0;
    }
}
