package org.unkg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.unkg.UnkgException;

/**
 * Runs a child JVM of the benchmark with a fixed heap, its stderr to a log file, and returns
 * its {@code BENCH-RESULT} line with the wall-clock time the parent saw (JVM start included).
 */
final class Child {
    private final String heap;
    private final Path logs;

    Child(String heap, Path logs) {
        this.heap = heap;
        this.logs = logs;
    }

    /** The command line of a JVM running {@code mainClass} on this JVM's classpath (plus {@code extra}). */
    List<String> command(String mainClass, String extraClasspath) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        String cp = System.getProperty("java.class.path");
        cmd.add(extraClasspath == null ? cp : cp + java.io.File.pathSeparator + extraClasspath);
        cmd.add(mainClass);
        return cmd;
    }

    /**
     * The command line of a probe: {@code jvmFlags} right after this JVM's {@code -Xmx}, so that a
     * heap among them is the one the child takes (the JVM takes the last), then {@code args}.
     */
    List<String> command(String mainClass, List<String> jvmFlags, List<String> args) {
        List<String> cmd = command(mainClass, null);
        cmd.addAll(2, jvmFlags);
        cmd.addAll(args);
        return cmd;
    }

    ProcessBuilder builder(List<String> cmd, String name) throws IOException {
        Files.createDirectories(logs);
        return new ProcessBuilder(cmd).redirectError(logs.resolve(name + ".log").toFile());
    }

    /** Runs a probe to its end; its result with {@code wallSeconds} added. */
    JsonObject run(String name, String mainClass, List<String> args) throws IOException, InterruptedException {
        return run(name, mainClass, List.of(), args);
    }

    /** Runs a probe to its end with extra JVM flags before the class path; its result with {@code wallSeconds} added. */
    JsonObject run(String name, String mainClass, List<String> jvmFlags, List<String> args)
            throws IOException, InterruptedException {
        List<String> cmd = command(mainClass, jvmFlags, args);
        long t0 = System.nanoTime();
        Process p = builder(cmd, name).start();
        JsonObject result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                if (l.startsWith(Probe.MARK)) {
                    result = JSON.parse(l.substring(Probe.MARK.length()));
                }
            }
        }
        int code = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (code != 0 || result == null) {
            throw new UnkgException(name + " failed (exit " + code + "); see " + logs.resolve(name + ".log")
                    + ":\n" + tail(logs.resolve(name + ".log")));
        }
        result.put("wallSeconds", Probe.num(wall));
        return result;
    }

    /** Runs any command to its end, output to the log; the wall-clock seconds. */
    double time(String name, List<String> cmd) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = builder(cmd, name).redirectOutput(logs.resolve(name + ".out").toFile()).start();
        int code = p.waitFor();
        if (code != 0) {
            throw new UnkgException(name + " failed (exit " + code + "):\n" + tail(logs.resolve(name + ".log")));
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * The heap and collector the launcher gives {@code unkg build} without {@code --tdb} (see
     * {@code ./unkg}, where the measurements are): a heap capped at what a 1x build commits, so
     * peak memory does not grow with the corpus, the serial collector, and JDK 13's inlining limits
     * (smaller, cheaper C2 compiles: a shorter warm-up, the warm code no slower).
     */
    static final List<String> BUILD_FLAGS = List.of("-Xmx384m", "-XX:+UseSerialGC",
            "-XX:MaxInlineLevel=9", "-XX:InlineSmallCode=1000", "-XX:FreqInlineSize=150");

    /**
     * The JVM flags the launcher gives {@code unkg build}, for a build child of this JVM: those of
     * {@code UNKG_JAVA_OPTS} when it is set (they replace the launcher's), else {@link #BUILD_FLAGS};
     * then the class-data-sharing flags ({@link #buildArchiveFlags}). They come after the child's
     * {@code -Xmx} and so override {@code --xmx}.
     */
    static List<String> buildFlags() throws IOException {
        List<String> flags = new ArrayList<>(buildJvmFlags());
        flags.addAll(buildArchiveFlags());
        return flags;
    }

    /** The launcher's flags for {@code unkg build} without the archive's: {@code UNKG_JAVA_OPTS} when set, else {@link #BUILD_FLAGS}. */
    static List<String> buildJvmFlags() {
        String env = System.getenv("UNKG_JAVA_OPTS");
        return env == null || env.isBlank() ? BUILD_FLAGS : List.of(env.trim().split("\\s+"));
    }

    /**
     * The class-data-sharing flags the launcher gives {@code unkg build} (see {@code ./unkg}), for
     * a build child of this JVM: map the launcher's archive {@code unkg-build.jsa} beside the jar
     * when it is newer than the jar, else record it when the child stops (what the first
     * {@code ./unkg build} after a package does). None when the class path is not the one jar
     * (a test, an IDE) or when {@code UNKG_CDS=0}, as the launcher.
     */
    static List<String> buildArchiveFlags() throws IOException {
        String cp = System.getProperty("java.class.path");
        if (cp.contains(java.io.File.pathSeparator) || !cp.endsWith(".jar") || "0".equals(System.getenv("UNKG_CDS"))) {
            return List.of();
        }
        Path jar = Path.of(cp).toAbsolutePath();
        Path jsa = jar.resolveSibling("unkg-build.jsa");
        if (Files.isRegularFile(jsa) && Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            return List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds*=error");
        }
        Files.deleteIfExists(jsa);
        return List.of("-XX:ArchiveClassesAtExit=" + jsa, "-Xlog:cds*=error");
    }

    Path log(String name) {
        return logs.resolve(name + ".log");
    }

    static String tail(Path log) {
        try {
            List<String> l = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", l.subList(Math.max(0, l.size() - 15), l.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
