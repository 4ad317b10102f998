package org.unkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.UnkgException;
import org.unkg.ingest.DocumentReader;
import org.unkg.model.DocumentRecord;
import org.unkg.reference.ReferenceData;

/**
 * Scores the text path against AKN XML: each sampled XML file is read with the AKN reader,
 * rendered to PDF-like text by {@link PdfLikeRenderer}, written to a neutral temporary file
 * ({@code doc-0001.txt}: the name tells nothing) and read back with the text reader; the two
 * records are compared. The text path sees only the rendered text, never the XML.
 *
 * <pre>{@code
 * Tally t = new AknEval(Readers.standard(ref), ref).run(List.of(Path.of("../shared/akn")), 60, List.of("en", "zh"));
 * }</pre>
 */
public final class AknEval {
    /** Extractor id of the citations the AKN reader takes from the XML's links. */
    public static final String LINK_EXTRACTOR = "akn-links";
    /** AKN sample folder names and the languages they hold. */
    public static final Map<String, String> FOLDERS = Map.of("English", "en", "Chinese", "zh", "French", "fr",
            "Spanish", "es", "Russian", "ru", "Arabic", "ar");
    private static final Logger LOG = LoggerFactory.getLogger(AknEval.class);

    private final List<DocumentReader> readers;
    private final RecordFacts xmlFacts;
    private final RecordFacts textFacts;
    private final int threads;

    public AknEval(List<DocumentReader> readers, ReferenceData ref) {
        this(readers, ref, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public AknEval(List<DocumentReader> readers, ReferenceData ref, int threads) {
        this.readers = List.copyOf(readers);
        this.xmlFacts = RecordFacts.forAkn(ref, LINK_EXTRACTOR);
        this.textFacts = RecordFacts.forAkn(ref, null);
        this.threads = threads;
    }

    /** One language folder and the XML files sampled from it. */
    public record Folder(Path dir, String language, List<Path> files) {
    }

    /**
     * The language folders under the given roots (a root may itself be a language folder) whose
     * language is wanted, each with a deterministic sample: {@code sample} files evenly spread
     * over the sorted list, or all when {@code sample} is negative or larger.
     */
    public static List<Folder> folders(List<Path> roots, int sample, List<String> languages) {
        List<Folder> out = new ArrayList<>();
        for (Path root : roots) {
            List<Path> dirs;
            try (Stream<Path> s = Files.walk(root, 3)) {
                dirs = s.filter(Files::isDirectory).filter(d -> FOLDERS.containsKey(d.getFileName().toString()))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UnkgException("cannot list AKN folder " + root + ": " + e.getMessage(), e);
            }
            for (Path d : dirs) {
                String lang = FOLDERS.get(d.getFileName().toString());
                if (languages.contains(lang)) {
                    out.add(new Folder(d, lang, sample(d, sample)));
                }
            }
        }
        return out;
    }

    private static List<Path> sample(Path dir, int n) {
        List<Path> all;
        try (Stream<Path> s = Files.list(dir)) {
            all = s.filter(p -> p.getFileName().toString().endsWith(".xml"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UnkgException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        if (n < 0 || n >= all.size()) {
            return all;
        }
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(all.get((int) ((long) i * all.size() / n)));
        }
        return out;
    }

    /** Renders, reads back and scores every sampled file. */
    public Tally run(List<Folder> folders) {
        Tally tally = new Tally(Fields.AKN);
        FactsScorer scorer = new FactsScorer();
        Path tmp;
        try {
            tmp = Files.createTempDirectory("unkg-eval-");
        } catch (IOException e) {
            throw new UnkgException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Pair>> jobs = new ArrayList<>();
            int k = 0;
            for (Folder f : folders) {
                if (!PdfLikeRenderer.supports(f.language())) {
                    tally.error(f.dir() + ": no PDF-like rendering for language " + f.language() + "; skipped");
                    continue;
                }
                for (Path xml : f.files()) {
                    Path txt = tmp.resolve(String.format("doc-%04d.txt", ++k));
                    jobs.add(pool.submit(() -> compare(xml, f.language(), txt)));
                }
            }
            for (Future<Pair> j : jobs) {
                Pair p = j.get();
                p.errors().forEach(tally::error);
                if (p.expected() != null) {
                    scorer.score(p.expected(), p.actual(), tally);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnkgException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new UnkgException("evaluation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
            deleteTree(tmp);
        }
        return tally;
    }

    private record Pair(Facts expected, Facts actual, List<String> errors) {
    }

    private Pair compare(Path xml, String lang, Path txt) {
        String name = xml.getFileName().toString();
        DocumentRecord x;
        try {
            x = reader(xml).orElseThrow(() -> new UnkgException("no reader accepts it")).read(xml);
        } catch (RuntimeException e) {
            return new Pair(null, null, List.of(name + ": AKN reader failed, not scored: " + e.getMessage()));
        }
        if (x.language() != null && !x.language().equals(lang)) {
            LOG.debug("{} says language {}, folder says {}", name, x.language(), lang);
        }
        DocumentRecord forRender = x.language() == null ? x.toBuilder().language(lang).build() : x;
        Facts expected = xmlFacts.facts(forRender).withFile(name);
        try {
            Files.writeString(txt, new PdfLikeRenderer().render(forRender), StandardCharsets.UTF_8);
            DocumentRecord t = reader(txt).orElseThrow(() -> new UnkgException("no text reader accepts .txt")).read(txt);
            Facts actual = textFacts.facts(t.language() == null ? t.toBuilder().language(lang).build() : t);
            return new Pair(expected, actual, List.of());
        } catch (IOException | RuntimeException e) {
            LOG.debug("text path failed on the rendering of {}", name, e);
            return new Pair(expected, Facts.empty(name, lang), List.of(name + ": text path failed: " + e.getMessage()));
        }
    }

    private Optional<DocumentReader> reader(Path p) {
        return readers.stream().filter(r -> r.accepts(p)).findFirst();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("could not delete temporary folder {}: {}", dir, e.getMessage());
        }
    }
}
