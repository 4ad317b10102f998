package org.unkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.unkg.UnkgException;

/**
 * The canned queries: every {@code NN-kebab-name.rq} of a folder, or of the {@code queries/}
 * bundled in the jar, sorted by name.
 *
 * <pre>{@code
 * CannedQueries qs = CannedQueries.bundled();
 * qs.get("03-cited-by").orElseThrow();
 * }</pre>
 */
public final class CannedQueries {
    private final List<CannedQuery> queries;

    public CannedQueries(List<CannedQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    public List<CannedQuery> all() {
        return queries;
    }

    /** By full name ("03-cited-by") or by the name without its number ("cited-by"). */
    public Optional<CannedQuery> get(String name) {
        return queries.stream()
                .filter(q -> q.name().equals(name) || q.name().replaceFirst("^\\d+-", "").equals(name))
                .findFirst();
    }

    /** Every {@code .rq} in a folder. */
    public static CannedQueries load(Path dir) {
        List<CannedQuery> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
                out.add(CannedQuery.parse(name, Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UnkgException("cannot read queries in " + dir + ": " + e.getMessage(), e);
        }
        return new CannedQueries(out);
    }

    /** The queries bundled on the classpath ({@code /queries/}), from a folder or from the jar. */
    public static CannedQueries bundled() {
        URL url = CannedQueries.class.getResource("/queries/");
        if (url == null) {
            return new CannedQueries(List.of());
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme()) && url.openConnection() instanceof JarURLConnection c) {
                return fromJar(c);
            }
            return load(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new UnkgException("bad classpath location of queries: " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code queries/*.rq} entries of the jar, read through the jar the class loader already
     * has open (a zip file system over the whole jar costs hundreds of milliseconds at start-up).
     */
    private static CannedQueries fromJar(JarURLConnection c) throws IOException {
        c.setUseCaches(true);
        JarFile jar = c.getJarFile();
        List<CannedQuery> out = new ArrayList<>();
        List<JarEntry> rq = jar.stream()
                .filter(e -> e.getName().startsWith("queries/") && e.getName().endsWith(".rq")
                        && e.getName().indexOf('/', "queries/".length()) < 0)
                .sorted(Comparator.comparing(JarEntry::getName)).toList();
        for (JarEntry e : rq) {
            try (InputStream in = jar.getInputStream(e)) {
                String name = e.getName().substring("queries/".length()).replaceFirst("\\.rq$", "");
                out.add(CannedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return new CannedQueries(out);
    }

    /** Bundled queries, or those of {@code dir} when it exists (a user's own). */
    public static CannedQueries of(Path dir) {
        return dir != null && Files.isDirectory(dir) ? load(dir) : bundled();
    }
}
