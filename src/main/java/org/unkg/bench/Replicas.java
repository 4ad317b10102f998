package org.unkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of the AKN sample under new symbols, so that a build at scale k sees k times as many
 * distinct documents (not k copies of one document merging on the same IRI). Replica {@code r}
 * moves every document of session {@code S} to a session that no sample document has and that
 * still reads as a real symbol does (regular sessions of one to three digits, special and
 * emergency special sessions of one or two): see {@link Sessions}. With the sample's sessions 76
 * and 79, replica 1 moves them to 100 and 101, replica 2 to 102 and 103, and so on:
 * {@code A/RES/79/5} becomes {@code A/RES/101/5} in the docNumber, the FRBR URIs
 * ({@code /79-5/} becomes {@code /101-5/}), the file name and anywhere else the document names
 * itself. Written to disk once, reused by every measurement, deleted at the end.
 *
 * <pre>{@code
 * Replicas r = Replicas.write(sampleFiles, sampleRoot, false, tmpDir, 40, 2);
 * List<Path> inputsAt10 = r.inputs(10);
 * }</pre>
 */
public final class Replicas {
    /** The Work's FRBR URI ends in {@code /<session>-<number><suffix>/}; session may be "ES-11". */
    private static final Pattern FRBR_WORK = Pattern.compile(
            "<FRBRWork>.*?<FRBRuri\\s+value=\"[^\"]*/((?:[A-Z]+-)?\\d+)-(\\d+)[^/\"]*/\"", Pattern.DOTALL);

    /** A session as a symbol or FRBR URI writes it: "79", "S-32", "ES-11". */
    private static final Pattern SESSION = Pattern.compile("((?:[A-Z]+-)?)(\\d+)");

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

    /**
     * The sessions of the replicas: a pure function of the sample's own sessions. Sessions with
     * the same prefix ("" for regular sessions, "S-" special, "ES-" emergency special) are
     * numbered on from the first free number ({@code max(100, largest + 1)} for regular sessions,
     * {@code largest + 1} for the others): the {@code i}-th session (ascending) of a prefix with
     * {@code k} sessions becomes {@code first + (r - 1) k + i} in replica {@code r}. So every
     * replica symbol is distinct from the sample's and from every other replica's, and keeps the
     * digits a real symbol has (three at most for regular sessions, two for special ones, as the
     * symbol grammar of the text readers reads them).
     */
    static final class Sessions {
        private final Map<String, List<Integer>> byPrefix = new TreeMap<>();

        Sessions(Collection<String> sessions) {
            Map<String, TreeSet<Integer>> sets = new TreeMap<>();
            for (String s : sessions) {
                Matcher m = SESSION.matcher(s);
                if (m.matches()) {
                    sets.computeIfAbsent(m.group(1), x -> new TreeSet<>()).add(Integer.valueOf(m.group(2)));
                }
            }
            sets.forEach((p, set) -> byPrefix.put(p, List.copyOf(set)));
        }

        /** The session of replica {@code r} (r = 0 is the sample itself). */
        String session(String session, int r) {
            Matcher m = SESSION.matcher(session);
            if (r == 0) {
                return session;
            }
            List<Integer> known = m.matches() ? byPrefix.get(m.group(1)) : null;
            int i = known == null ? -1 : known.indexOf(Integer.valueOf(m.group(2)));
            if (i < 0) {
                throw new IllegalArgumentException("not a session of the sample: " + session);
            }
            String prefix = m.group(1);
            int largest = known.get(known.size() - 1);
            int first = prefix.isEmpty() ? Math.max(100, largest + 1) : largest + 1;
            long n = first + (long) (r - 1) * known.size() + i;
            if (n > (prefix.isEmpty() ? 999 : 99)) {
                throw new IllegalArgumentException("replica " + r + " of session " + session
                        + " would need session " + prefix + n + ", more digits than a symbol has");
            }
            return prefix + n;
        }
    }

    /** The text of replica {@code r}: the document's own symbol moved to the new session. */
    static String rewrite(String xml, Own own, String session) {
        if (own == null) {
            return xml;
        }
        Pattern p = Pattern.compile("(?<![\\w-])" + Pattern.quote(own.session()) + "([/-])"
                + Pattern.quote(own.number()) + "(?!\\d)");
        return p.matcher(xml).replaceAll(Matcher.quoteReplacement(session) + "$1"
                + Matcher.quoteReplacement(own.number()));
    }

    /**
     * Writes replicas 1..scale-1 of {@code sample} under {@code dir}. Replica 0 is the sample
     * itself when {@code sample} is every XML file under {@code root}, else a copy of it.
     */
    public static Replicas write(List<Path> sample, Path root, boolean wholeRoot, Path dir, int scale) {
        return write(sample, root, wholeRoot, dir, scale, 1);
    }

    /**
     * The same on {@code threads} workers, one sample file at a time each (read once, all its
     * replicas written): every file's replicas are a pure function of the file and of the
     * sample's sessions, so the folders are the same whatever the workers' timing.
     */
    public static Replicas write(List<Path> sample, Path root, boolean wholeRoot, Path dir, int scale, int threads) {
        List<Path> roots = new ArrayList<>();
        for (int r = 0; r < scale; r++) {
            roots.add(r == 0 && wholeRoot ? root : dir.resolve("r" + r));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Own>> ownJobs = new ArrayList<>();
            for (Path f : sample) {
                ownJobs.add(pool.submit(() -> own(Files.readString(f, StandardCharsets.UTF_8))));
            }
            List<Own> owns = new ArrayList<>();
            for (Future<Own> j : ownJobs) {
                owns.add(j.get());
            }
            Sessions sessions = new Sessions(owns.stream().filter(o -> o != null).map(Own::session).toList());
            List<Future<long[]>> jobs = new ArrayList<>();
            for (int k = 0; k < sample.size(); k++) {
                Path f = sample.get(k);
                Own own = owns.get(k);
                jobs.add(pool.submit(() -> replicate(f, own, sessions, root, roots, scale, wholeRoot)));
            }
            long[] bytes = new long[scale];
            int[] files = new int[scale];
            for (Future<long[]> j : jobs) {
                long[] b = j.get();
                for (int r = 0; r < scale; r++) {
                    bytes[r] += b[r];
                    files[r]++;
                }
            }
            int unchanged = (int) owns.stream().filter(o -> o == null).count() * (scale - 1);
            return new Replicas(roots, bytes, files, unchanged);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing replicas", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes the replicas of one sample file; the UTF-8 size of each replica's text. */
    private static long[] replicate(Path f, Own own, Sessions sessions, Path root, List<Path> roots, int scale,
                                    boolean wholeRoot) {
        long[] bytes = new long[scale];
        try {
            String xml = Files.readString(f, StandardCharsets.UTF_8);
            for (int r = 0; r < scale; r++) {
                String moved = own == null ? null : sessions.session(own.session(), r);
                String text = r == 0 ? xml : rewrite(xml, own, moved);
                bytes[r] = text.getBytes(StandardCharsets.UTF_8).length;
                if (r == 0 && wholeRoot) {
                    continue;
                }
                Path target = roots.get(r).resolve(root.relativize(f).toString());
                Files.createDirectories(target.getParent());
                String name = target.getFileName().toString();
                if (r > 0 && own != null) {
                    name = name.replace("_" + own.session() + "_", "_" + moved + "_");
                }
                Files.writeString(target.resolveSibling(name), text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
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
