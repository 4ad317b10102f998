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
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The input files of a build, one at a time: a file given is taken as it is; a folder is walked
 * depth first, each folder's entries in sorted order, keeping the regular, non-hidden files
 * {@code accept} takes. Memory is one sorted listing per open folder level, never the whole
 * corpus (a list of 100,000 paths is what a sorted {@code Files.walk} would hold).
 */
final class FileWalk implements Iterator<Path> {
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private final Predicate<Path> accept;
    private final Iterator<Path> given;
    private Path next;

    FileWalk(List<Path> inputs, Predicate<Path> accept) {
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
                    next = in;
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
            } else if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".") && accept.test(p)) {
                next = p;
            }
        }
        return true;
    }

    @Override
    public Path next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Path p = next;
        next = null;
        return p;
    }

    /** How many files the walk gives, without keeping them. */
    static int count(List<Path> inputs, Predicate<Path> accept) {
        FileWalk w = new FileWalk(inputs, accept);
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
