package org.unkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of the AKN sample under new symbols, so that a build at scale k sees k times as many
 * distinct documents (not k copies of one document merging on the same IRI). Replica {@code r}
 * moves every resolution of session {@code S} to session {@code S + 1000 r}: {@code A/RES/79/5}
 * becomes {@code A/RES/1079/5} in the docNumber, the FRBR URIs ({@code /79-5/} becomes
 * {@code /1079-5/}) and anywhere else the document names itself. Written to disk once, reused
 * by every measurement, deleted at the end.
 *
 * <pre>{@code
 * Replicas r = Replicas.write(sampleFiles, sampleRoot, tmpDir, 40);
 * List<Path> inputsAt10 = r.inputs(10);
 * }</pre>
 */
public final class Replicas {
    /** The Work's FRBR URI ends in {@code /<session>-<number><suffix>/}; session may be "ES-11". */
    private static final Pattern FRBR_WORK = Pattern.compile(
            "<FRBRWork>.*?<FRBRuri\\s+value=\"[^\"]*/((?:[A-Z]+-)?\\d+)-(\\d+)[^/\"]*/\"", Pattern.DOTALL);

    private final List<Path> roots;
    private final long[] bytes;
    private final int[] files;
    private final int unchanged;

    private Replicas(List<Path> roots, long[] bytes, int[] files, int unchanged) {
        this.roots = List.copyOf(roots);
        this.bytes = bytes;
        this.files = files;
        this.unchanged = unchanged;
    }

    /** The session and number a document names itself by, or null when its FRBR URI does not say. */
    record Own(String session, String number) {
    }

    static Own own(String xml) {
        Matcher m = FRBR_WORK.matcher(xml);
        return m.find() ? new Own(m.group(1), m.group(2)) : null;
    }

    /** The session of replica {@code r}: 79 to 1079 (r = 1), ES-11 to ES-1011. */
    static String session(String session, int r) {
        Matcher m = Pattern.compile("^(.*?)(\\d+)$").matcher(session);
        if (!m.matches()) {
            return session + "R" + r;
        }
        return m.group(1) + (Long.parseLong(m.group(2)) + 1000L * r);
    }

    /** The text of replica {@code r}: the document's own symbol moved to the new session. */
    static String rewrite(String xml, Own own, int r) {
        if (own == null) {
            return xml;
        }
        Pattern p = Pattern.compile("(?<![\\w-])" + Pattern.quote(own.session()) + "([/-])"
                + Pattern.quote(own.number()) + "(?!\\d)");
        return p.matcher(xml).replaceAll(Matcher.quoteReplacement(session(own.session(), r)) + "$1"
                + Matcher.quoteReplacement(own.number()));
    }

    /**
     * Writes replicas 1..scale-1 of {@code sample} under {@code dir}. Replica 0 is the sample
     * itself when {@code sample} is every XML file under {@code root}, else a copy of it.
     */
    public static Replicas write(List<Path> sample, Path root, boolean wholeRoot, Path dir, int scale) {
        List<Path> roots = new ArrayList<>();
        long[] bytes = new long[scale];
        int[] files = new int[scale];
        int unchanged = 0;
        try {
            for (int r = 0; r < scale; r++) {
                Path out = dir.resolve("r" + r);
                roots.add(r == 0 && wholeRoot ? root : out);
                for (Path f : sample) {
                    String xml = Files.readString(f, StandardCharsets.UTF_8);
                    Own own = own(xml);
                    if (r > 0 && own == null) {
                        unchanged++;
                    }
                    String text = r == 0 ? xml : rewrite(xml, own, r);
                    bytes[r] += text.getBytes(StandardCharsets.UTF_8).length;
                    files[r]++;
                    if (r == 0 && wholeRoot) {
                        continue;
                    }
                    Path target = out.resolve(root.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    String name = target.getFileName().toString();
                    if (r > 0 && own != null) {
                        name = name.replace("_" + own.session() + "_", "_" + session(own.session(), r) + "_");
                    }
                    Files.writeString(target.resolveSibling(name), text, StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Replicas(roots, bytes, files, unchanged);
    }

    /** The input folders of a build at this scale (the sample and its first scale-1 replicas). */
    public List<Path> inputs(int scale) {
        return roots.subList(0, scale);
    }

    public long bytes(int scale) {
        long s = 0;
        for (int r = 0; r < scale; r++) {
            s += bytes[r];
        }
        return s;
    }

    public int files(int scale) {
        int s = 0;
        for (int r = 0; r < scale; r++) {
            s += files[r];
        }
        return s;
    }

    /** Replica files whose symbol could not be found, so they kept the sample's (0 expected). */
    public int unchanged() {
        return unchanged;
    }

    /** Deletes a folder tree (the replicas, stores, outputs). */
    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
