package org.unkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.unkg.UnkgException;
import org.unkg.build.Readers;
import org.unkg.eval.AknEval;
import org.unkg.eval.EvalReport;
import org.unkg.eval.Fields;
import org.unkg.eval.GoldEval;
import org.unkg.eval.RecordFacts;
import org.unkg.eval.Tally;
import org.unkg.ingest.DocumentReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.unkg.reference.ReferenceData;
import org.unkg.reference.VerbLexicon;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unkg eval [--gold DIR] [--corpus DIR] [--akn DIR...] [--sample N | --all]
 * [--languages en,zh] [--json FILE] [--format text|json] [--reference DIR] [--verbs-learned-from even|odd]
 * [--score-only even|odd]}: measured quality of the text path, against the gold annotations and
 * against AKN XML rendered as PDF-like text. {@code --verbs-learned-from} measures the verb finder
 * held out: the lexicon is learned from one half of the AKN resolutions, the other half scored.
 */
@Command(name = "eval", description = "Score the text path: against the gold annotations and against AKN XML "
        + "rendered as PDF-like text. Precision, recall and F1 per field and language.")
public class EvalCommand implements Callable<Integer> {
    private static final Path SHARED = Path.of("..", "shared");

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", description = "Gold annotations (default: ../shared/gold when present).")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Texts the gold annotates (default: ../shared/corpus when present, else corpus/).")
    Path corpus;

    @Option(names = "--akn", paramLabel = "DIR", arity = "1..*",
            description = "AKN XML folders (default: ../shared/akn when present).")
    List<Path> akn;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "60",
            description = "AKN files per language folder, evenly spread (default: ${DEFAULT-VALUE}; 0 skips AKN).")
    int sample;

    @Option(names = "--all", description = "Every AKN file instead of a sample.")
    boolean all;

    @Option(names = "--languages", paramLabel = "LANGS", split = ",", defaultValue = "en,zh",
            description = "Languages to score (default: ${DEFAULT-VALUE}).")
    List<String> languages;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    Path json;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json on standard output (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "Reference data (.ttl files) to use instead of the bundled ones, e.g. verbs learned from"
                    + " another part of the AKN sample (ReferenceGenerator --only) for held-out scores.")
    Path reference;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "10",
            description = "Misses shown per field (default: ${DEFAULT-VALUE}).")
    int misses;

    @Option(names = "--verbs-learned-from", paramLabel = "PARITY",
            description = "Held-out verb scoring: learn the verb lexicon from the even- or odd-numbered resolutions "
                    + "of the AKN folders (even or odd) instead of verbs.ttl, and score only the other ones.")
    String verbsLearnedFrom;

    @Option(names = "--score-only", paramLabel = "PARITY",
            description = "Score only the even- or odd-numbered resolutions of the AKN folders (the in-sample "
                    + "counterpart of --verbs-learned-from).")
    String scoreOnly;

    @Option(names = "--verb-sources", paramLabel = "DIR", defaultValue = "ontology/reference/sources",
            description = "Curated sources with verb-relations.tsv, for --verbs-learned-from (default: ${DEFAULT-VALUE}).")
    Path verbSources;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("text") && !fmt.equals("json")) {
            throw new IllegalArgumentException("unknown --format " + format + " (text or json)");
        }
        List<String> langs = languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty())
                .distinct().toList();
        ReferenceData ref = reference != null ? ReferenceData.load(reference) : ReferenceData.load();
        List<DocumentReader> readers = Readers.standard(ref);
        List<EvalReport.Section> sections = new ArrayList<>();

        Path goldDir = gold != null ? gold : SHARED.resolve("gold");
        Path corpusDir = corpus != null ? corpus
                : Files.isDirectory(SHARED.resolve("corpus")) ? SHARED.resolve("corpus") : Path.of("corpus");
        if (Files.isDirectory(goldDir)) {
            long t0 = System.nanoTime();
            Tally t = new GoldEval(readers, RecordFacts.forGold(ref)).run(goldDir, corpusDir, langs);
            sections.add(new EvalReport.Section("gold", String.format(Locale.ROOT,
                    "Against the gold (%s, texts from %s): %d documents, %.1f s", goldDir, corpusDir, t.documents("all"),
                    (System.nanoTime() - t0) / 1e9), t, Map.of()));
        } else if (gold != null) {
            throw new UnkgException("gold folder not found: " + gold);
        } else {
            err.println("eval: no gold annotations at " + goldDir + "; gold scoring skipped (use --gold DIR)");
        }

        List<Path> aknDirs = akn != null ? akn : Files.isDirectory(SHARED.resolve("akn")) ? List.of(SHARED.resolve("akn"))
                : List.of();
        int n = all ? -1 : sample;
        if (n != 0 && !aknDirs.isEmpty()) {
            for (Path d : aknDirs) {
                if (!Files.isDirectory(d)) {
                    throw new UnkgException("AKN folder not found: " + d);
                }
            }
            long t0 = System.nanoTime();
            List<AknEval.Folder> folders = AknEval.folders(aknDirs, n, langs);
            ReferenceData aknRef = ref;
            List<DocumentReader> aknReaders = readers;
            String heldOut = "";
            if (verbsLearnedFrom != null) {
                boolean even = parity(verbsLearnedFrom);
                Model verbs = union(aknDirs.stream()
                        .map(d -> VerbLexicon.learn(d, verbSources, VerbLexicon.parity(even))).toList());
                aknRef = ref.withVerbs(verbs);
                aknReaders = Readers.standard(aknRef);
                folders = onlyParity(folders, !even);
                heldOut = "; verbs learned from the " + (even ? "even" : "odd") + "-numbered resolutions, scored on the "
                        + (even ? "odd" : "even") + "-numbered ones";
            }
            if (scoreOnly != null) {
                boolean even = parity(scoreOnly);
                folders = onlyParity(folders, even);
                heldOut += "; only the " + (even ? "even" : "odd") + "-numbered resolutions scored";
            }
            Tally t = new AknEval(aknReaders, aknRef).run(folders);
            sections.add(new EvalReport.Section("akn", String.format(Locale.ROOT,
                    "Against AKN XML (%s; %s per language folder%s; XML rendered as PDF-like text, read by the text path):"
                            + " %d documents, %.1f s", aknDirs, n < 0 ? "all files" : n + " files", heldOut, t.documents("all"),
                    (System.nanoTime() - t0) / 1e9), t, Map.of(
                    Fields.REFERENCED_DOCUMENTS, "recall against the XML's linked citations (" + AknEval.LINK_EXTRACTOR
                            + "); precision only indicative: the XML does not link every citation")));
        } else if (n != 0) {
            err.println("eval: no AKN XML at " + SHARED.resolve("akn") + "; AKN scoring skipped (use --akn DIR)");
        }
        if (sections.isEmpty()) {
            throw new UnkgException("nothing to evaluate: no gold annotations and no AKN XML found");
        }
        EvalReport report = new EvalReport(sections, langs);
        if (json != null) {
            try {
                if (json.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(json.toAbsolutePath().getParent());
                }
                Files.writeString(json, report.jsonText(Math.max(misses, 50)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UnkgException("cannot write " + json + ": " + e.getMessage(), e);
            }
        }
        out.print(fmt.equals("json") ? report.jsonText(Math.max(misses, 50)) : report.table(misses));
        out.flush();
        err.flush();
        return 0;
    }

    private static boolean parity(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "even" -> true;
            case "odd" -> false;
            default -> throw new IllegalArgumentException("--verbs-learned-from and --score-only take even or odd, not " + s);
        };
    }

    /** The folders with only the files of even- ({@code even}) or odd-numbered resolutions. */
    private static List<AknEval.Folder> onlyParity(List<AknEval.Folder> folders, boolean even) {
        return folders.stream().map(f -> new AknEval.Folder(f.dir(), f.language(), f.files().stream()
                .filter(p -> VerbLexicon.parity(even).test(p.getFileName().toString())).toList())).toList();
    }

    /** Union of models (one per AKN folder). */
    private static Model union(List<Model> models) {
        Model m = ModelFactory.createDefaultModel();
        models.forEach(m::add);
        return m;
    }
}
