package org.unkg.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.unkg.reference.VerbLexicon;

/**
 * The language versions of the resolutions of an AKN session folder
 * ({@code akn/79session/<Language>/*.xml}), aligned by file name: the English file
 * {@code A_RES_79_1-2416433E.xml} and the French {@code …F.xml}. This is the one reader of the
 * aligned versions: {@link #forEach} hands each resolution's records (read by the AKN reader, no
 * extraction) to a learner, which runs the extractors it needs on them; {@link #read} keeps each
 * version as its paragraph blocks ({@code preamble/N}, {@code operative/N[/x]}), the units the
 * organization name learner and the agreement measure align on.
 */
public final class AlignedSample {
    private static final Logger LOG = LoggerFactory.getLogger(AlignedSample.class);
    /** Folder name and file-name letter of each language. */
    static final Map<String, String[]> LANGS = Map.of("en", new String[] {"English", "E"},
            "fr", new String[] {"French", "F"}, "es", new String[] {"Spanish", "S"},
            "ru", new String[] {"Russian", "R"}, "ar", new String[] {"Arabic", "A"},
            "zh", new String[] {"Chinese", "C"});

    /**
     * Which resolutions a sample holds: all, or those of even or odd resolution number
     * ({@link VerbLexicon#parity}, the split of the eval and of every held-out figure).
     */
    public enum Part {
        ALL, EVEN, ODD;

        /** Whether a file or resolution name ("A_RES_79_12-….xml", "A_RES_79_12") is in this part. */
        public boolean holds(String name) {
            return this == ALL || VerbLexicon.parity(this == EVEN).test(name);
        }

        /** The part named "even", "odd", or "" / null for all. */
        public static Part of(String name) {
            if (name == null || name.isEmpty()) {
                return ALL;
            }
            return switch (name) {
                case "even" -> EVEN;
                case "odd" -> ODD;
                default -> throw new IllegalArgumentException("parity is even or odd, not " + name);
            };
        }
    }

    /**
     * One resolution's versions as read: its name (English file name without job number) and the
     * record of each language, English first; a language whose file is missing or unreadable is absent.
     */
    public record Versions(String name, Map<String, DocumentRecord> records) {
        public Versions {
            records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
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

        /** The paragraph blocks of each version. */
        static Resolution of(Versions v) {
            Map<String, List<Block>> blocks = new LinkedHashMap<>();
            v.records().forEach((lang, d) -> blocks.put(lang, paragraphs(d)));
            return new Resolution(v.name(), blocks);
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

    /** The resolutions of part {@code part}, in the sample's order. */
    public AlignedSample part(Part part) {
        return new AlignedSample(resolutions.stream().filter(r -> part.holds(r.name())).toList());
    }

    /** The English files ({@code …E.xml}) of the session folder {@code session} in part {@code part}, name order. */
    public static List<Path> english(Path session, Part part) {
        try (Stream<Path> s = Files.list(session.resolve(LANGS.get("en")[0]))) {
            return s.filter(p -> p.getFileName().toString().endsWith("E.xml"))
                    .filter(p -> part.holds(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UnkgException("cannot list " + session + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the part {@code part} of the session folder {@code session} in the languages
     * {@code langs} (English always) as paragraph blocks.
     */
    public static AlignedSample read(Path session, Part part, List<String> langs, ReferenceData ref) {
        return read(english(session, part), langs, ref);
    }

    /** Reads the versions of the English files {@code english} in the languages {@code langs} as paragraph blocks. */
    public static AlignedSample read(List<Path> english, List<String> langs, ReferenceData ref) {
        List<Resolution> out = new ArrayList<>();
        forEach(english, langs, ref, v -> out.add(Resolution.of(v)));
        LOG.info("aligned sample of {} resolutions", out.size());
        return new AlignedSample(out);
    }

    /**
     * Reads the versions of each English file of {@code english} (its sibling language folders,
     * languages {@code langs}, English always) with the AKN reader and no extraction, in parallel,
     * and hands them to {@code each} one at a time in the order of {@code english}. A resolution
     * whose English file the reader rejects is skipped (logged).
     */
    public static void forEach(List<Path> english, List<String> langs, ReferenceData ref, Consumer<Versions> each) {
        AknReader reader = new AknReader(ref, AknExtract.none());
        english.parallelStream().map(en -> versions(reader, en, langs)).flatMap(Optional::stream)
                .forEachOrdered(each);
    }

    private static Optional<Versions> versions(AknReader reader, Path en, List<String> langs) {
        DocumentRecord english = read(reader, en);
        if (english == null) {
            return Optional.empty();
        }
        String file = en.getFileName().toString();
        String stem = file.substring(0, file.length() - "E.xml".length());
        Map<String, DocumentRecord> records = new LinkedHashMap<>();
        records.put("en", english);
        for (String lang : langs) {
            String[] f = LANGS.get(lang);
            if (f == null || lang.equals("en")) {
                continue;
            }
            Path p = en.getParent().resolveSibling(f[0]).resolve(stem + f[1] + ".xml");
            DocumentRecord d = Files.exists(p) ? read(reader, p) : null;
            if (d != null) {
                records.put(lang, d);
            }
        }
        int dash = stem.indexOf('-');
        return Optional.of(new Versions(dash > 0 ? stem.substring(0, dash) : stem, records));
    }

    /** The record of a file, or null (logged) when the reader rejects it. */
    private static DocumentRecord read(AknReader reader, Path f) {
        try {
            return reader.read(f);
        } catch (InputException e) {
            LOG.warn("skipped {}: {}", f, e.getMessage());
            return null;
        }
    }

    private static List<Block> paragraphs(DocumentRecord d) {
        List<Block> out = new ArrayList<>();
        for (Block b : Block.of(d)) {
            if (b.key().startsWith("preamble/") || b.key().startsWith("operative/")) {
                out.add(b);
            }
        }
        return out;
    }
}
