package org.unkg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.UnkgException;
import org.unkg.ingest.DocumentReader;
import org.unkg.model.DocumentRecord;

/**
 * Scores the text path against the gold annotations: each {@code gold/<name>.json} is compared
 * with what the text reader makes of {@code <corpus>/<name>.txt}. A document the reader cannot
 * read counts with nothing predicted (every gold item a miss), and is listed as an error.
 *
 * <pre>{@code
 * Tally t = new GoldEval(readers, RecordFacts.forGold(ref)).run(goldDir, corpusDir, Set.of("en", "zh"));
 * }</pre>
 */
public final class GoldEval {
    private static final Logger LOG = LoggerFactory.getLogger(GoldEval.class);

    private final List<DocumentReader> readers;
    private final RecordFacts recordFacts;
    private final FactsScorer scorer = new FactsScorer();

    public GoldEval(List<DocumentReader> readers, RecordFacts recordFacts) {
        this.readers = List.copyOf(readers);
        this.recordFacts = recordFacts;
    }

    /** Scores every gold file in {@code goldDir} whose language is in {@code languages}. */
    public Tally run(Path goldDir, Path corpusDir, List<String> languages) {
        Tally tally = new Tally(Fields.GOLD);
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UnkgException("cannot list gold folder " + goldDir + ": " + e.getMessage(), e);
        }
        for (Path g : golds) {
            Facts gold = GoldLoader.load(g);
            if (!languages.contains(gold.language())) {
                continue;
            }
            String base = g.getFileName().toString().replaceFirst("\\.json$", "");
            Path text = corpusDir.resolve(gold.file() != null ? gold.file() : base + ".txt");
            scorer.score(gold, predict(text, gold, tally), tally);
        }
        return tally;
    }

    private Facts predict(Path text, Facts gold, Tally tally) {
        if (!Files.isRegularFile(text)) {
            tally.error(text + ": corpus file for the gold annotation not found");
            return Facts.empty(gold.file(), gold.language());
        }
        Optional<DocumentReader> reader = readers.stream().filter(r -> r.accepts(text)).findFirst();
        if (reader.isEmpty()) {
            tally.error(text + ": no text reader accepts it");
            return Facts.empty(gold.file(), gold.language());
        }
        try {
            DocumentRecord d = reader.get().read(text);
            return recordFacts.facts(d);
        } catch (RuntimeException e) {
            LOG.debug("text path failed on {}", text, e);
            tally.error(text + ": " + e.getMessage());
            return Facts.empty(gold.file(), gold.language());
        }
    }
}
