package org.unkg.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.InputException;
import org.unkg.UnkgException;
import org.unkg.extract.Block;
import org.unkg.ingest.AknExtract;
import org.unkg.ingest.AknReader;
import org.unkg.model.DocumentRecord;
import org.unkg.reference.ReferenceData;

/**
 * The language versions of the resolutions of one AKN session folder
 * ({@code akn/79session/<Language>/*.xml}), aligned by file name: the English file
 * {@code A_RES_79_1-2416433E.xml} and the French {@code …F.xml}. Each version is kept as its
 * paragraph blocks ({@code preamble/N}, {@code operative/N[/x]}), the units the name learner and
 * the agreement measure align on.
 */
public final class AlignedSample {
    private static final Logger LOG = LoggerFactory.getLogger(AlignedSample.class);
    /** Folder name and file-name letter of each language. */
    static final Map<String, String[]> LANGS = Map.of("en", new String[] {"English", "E"},
            "fr", new String[] {"French", "F"}, "es", new String[] {"Spanish", "S"},
            "ru", new String[] {"Russian", "R"}, "ar", new String[] {"Arabic", "A"},
            "zh", new String[] {"Chinese", "C"});

    /** Which English files (by position in name order) a sample holds. */
    public enum Part {
        ALL, EVEN, ODD;

        boolean holds(int index) {
            return this == ALL || (index % 2 == 0) == (this == EVEN);
        }
    }

    /** One resolution: its name (English file name without job number) and each language's paragraph blocks. */
    public record Resolution(String name, Map<String, List<Block>> blocks) {
        /** The block of a language with this key, or null. */
        Block block(String lang, String key) {
            for (Block b : blocks.getOrDefault(lang, List.of())) {
                if (b.key().equals(key)) {
                    return b;
                }
            }
            return null;
        }
    }

    private final List<Resolution> resolutions;

    private AlignedSample(List<Resolution> resolutions) {
        this.resolutions = List.copyOf(resolutions);
    }

    /** A sample made of given resolutions (tests). */
    public static AlignedSample of(List<Resolution> resolutions) {
        return new AlignedSample(resolutions);
    }

    public List<Resolution> resolutions() {
        return resolutions;
    }

    /**
     * Reads the part {@code part} of the session folder {@code session} in the languages
     * {@code langs} (English always), with the AKN reader (no extraction).
     */
    public static AlignedSample read(Path session, Part part, List<String> langs, ReferenceData ref) {
        List<Path> english;
        try (Stream<Path> s = Files.list(session.resolve("English"))) {
            english = s.filter(p -> p.getFileName().toString().endsWith("E.xml")).sorted().toList();
        } catch (IOException e) {
            throw new UnkgException("cannot list " + session + ": " + e.getMessage(), e);
        }
        AknReader reader = new AknReader(ref, AknExtract.none());
        List<Path> chosen = IntStream.range(0, english.size()).filter(part::holds).mapToObj(english::get).toList();
        List<Resolution> out = chosen.parallelStream().map(en -> {
            String file = en.getFileName().toString();
            String stem = file.substring(0, file.length() - "E.xml".length());
            Map<String, List<Block>> blocks = new LinkedHashMap<>();
            blocks.put("en", paragraphs(reader, en));
            for (String lang : langs) {
                String[] f = LANGS.get(lang);
                Path p = f == null ? null : session.resolve(f[0]).resolve(stem + f[1] + ".xml");
                if (p != null && !lang.equals("en") && Files.exists(p)) {
                    blocks.put(lang, paragraphs(reader, p));
                }
            }
            int dash = stem.indexOf('-');
            return new Resolution(dash > 0 ? stem.substring(0, dash) : stem, blocks);
        }).toList();
        LOG.info("aligned sample {} ({}): {} resolutions", session, part, out.size());
        return new AlignedSample(out);
    }

    private static List<Block> paragraphs(AknReader reader, Path f) {
        DocumentRecord d;
        try {
            d = reader.read(f);
        } catch (InputException e) {
            LOG.warn("skipped {}: {}", f, e.getMessage());
            return List.of();
        }
        List<Block> out = new ArrayList<>();
        for (Block b : Block.of(d)) {
            if (b.key().startsWith("preamble/") || b.key().startsWith("operative/")) {
                out.add(b);
            }
        }
        return out;
    }
}
