package org.unkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The input files of a build, one at a time, each with what {@code accept} said of it: a file
 * given is taken as it is; a folder is walked depth first, each folder's entries in sorted order,
 * keeping the regular, non-hidden files for which {@code accept} gives a value (null: skipped).
 * The value (a file's reader) is kept so that nobody has to ask again. Memory is one sorted
 * listing per open folder level, never the whole corpus (a list of 100,000 paths is what a
 * sorted {@code Files.walk} would hold).
 *
 * @param <T> what {@code accept} says of a file it takes
 */
final class FileWalk<T> implements Iterator<FileWalk.Found<T>> {
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private final Function<Path, T> accept;
    private final Iterator<Path> given;
    private Found<T> next;

    /** A file the walk gives and what {@code accept} said of it (null for a file given by name that it did not take). */
    record Found<T>(Path file, T value) {
    }

    FileWalk(List<Path> inputs, Function<Path, T> accept) {
        this.given = inputs.iterator();
        this.accept = accept;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (stack.isEmpty()) {
                if (!given.hasNext()) {
                    return false;
                }
                Path in = given.next();
                if (Files.isDirectory(in)) {
                    stack.push(listing(in));
                } else {
                    next = new Found<>(in, accept.apply(in));
                }
                continue;
            }
            Iterator<Path> top = stack.peek();
            if (!top.hasNext()) {
                stack.pop();
                continue;
            }
            Path p = top.next();
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                stack.push(listing(p));
            } else if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
                T v = accept.apply(p);
                if (v != null) {
                    next = new Found<>(p, v);
                }
            }
        }
        return true;
    }

    @Override
    public Found<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Found<T> f = next;
        next = null;
        return f;
    }

    /** How many files the walk gives, without keeping them. */
    static <T> int count(List<Path> inputs, Function<Path, T> accept) {
        FileWalk<T> w = new FileWalk<>(inputs, accept);
        int n = 0;
        while (w.hasNext()) {
            w.next();
            n++;
        }
        return n;
    }

    private static Iterator<Path> listing(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList().iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
