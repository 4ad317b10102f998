package org.unkg.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over plain {@code char}s, with a payload per keyword: every occurrence
 * of every keyword in a text, overlapping ones included (what {@code org.ahocorasick}'s
 * {@code PayloadTrie.parseText} returns with its default configuration, without boxing a
 * {@code Character} and hashing it at every step). A keyword added twice keeps its first payload.
 * Occurrences come ordered by end, then by start, latest start first. Built once, immutable,
 * thread-safe.
 *
 * @param <T> the payload
 */
final class CharTrie<T> {
    /** Transitions of each state: sorted characters and the states they lead to. */
    private final char[][] keys;
    private final int[][] targets;
    /** Per state: the keywords that end there, its own and those of its suffixes, longest first. */
    private final int[][] outputs;
    private final int[] lengths;
    private final List<T> payloads;
    private final int[] fail;
    /** The root's transitions for every char (-1: none): most steps of a scan start again from the root. */
    private final int[] rootNext;

    /** One occurrence: start (inclusive), end (exclusive) and payload. */
    record Hit<T>(int start, int end, T payload) {
    }

    private CharTrie(Builder<T> b) {
        int n = b.edges.size();
        keys = new char[n][];
        targets = new int[n][];
        for (int s = 0; s < n; s++) {
            Map<Character, Integer> e = b.edges.get(s);
            char[] k = new char[e.size()];
            int i = 0;
            for (char c : e.keySet()) {
                k[i++] = c;
            }
            Arrays.sort(k);
            int[] t = new int[k.length];
            for (int j = 0; j < k.length; j++) {
                t[j] = e.get(k[j]);
            }
            keys[s] = k;
            targets[s] = t;
        }
        rootNext = new int[Character.MAX_VALUE + 1];
        Arrays.fill(rootNext, -1);
        for (int j = 0; j < keys[0].length; j++) {
            rootNext[keys[0][j]] = targets[0][j];
        }
        lengths = b.lengths.stream().mapToInt(Integer::intValue).toArray();
        payloads = List.copyOf(b.payloads);
        fail = new int[n];
        outputs = new int[n][];
        outputs[0] = own(b, 0);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : targets[0]) {
            fail[t] = 0;
            queue.add(t);
        }
        while (!queue.isEmpty()) { // breadth first: a state's failure is known before its children's
            int s = queue.poll();
            outputs[s] = merge(own(b, s), outputs[fail[s]]);
            for (int j = 0; j < keys[s].length; j++) {
                int t = targets[s][j];
                int f = fail[s];
                int next;
                while ((next = step(f, keys[s][j])) < 0 && f != 0) {
                    f = fail[f];
                }
                fail[t] = next < 0 || next == t ? 0 : next;
                queue.add(t);
            }
        }
    }

    private static <T> int[] own(Builder<T> b, int state) {
        Integer k = b.terminal.get(state);
        return k == null ? new int[0] : new int[] {k};
    }

    private static int[] merge(int[] own, int[] inherited) {
        int[] out = Arrays.copyOf(own, own.length + inherited.length);
        System.arraycopy(inherited, 0, out, own.length, inherited.length);
        return out;
    }

    /** The state reached from {@code s} by {@code c}, or -1. */
    private int step(int s, char c) {
        if (s == 0) {
            return rootNext[c];
        }
        int j = Arrays.binarySearch(keys[s], c);
        return j < 0 ? -1 : targets[s][j];
    }

    /** Every occurrence of every keyword in {@code text}. */
    List<Hit<T>> find(CharSequence text) {
        List<Hit<T>> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int next;
            while ((next = step(s, c)) < 0 && s != 0) {
                s = fail[s];
            }
            s = next < 0 ? 0 : next;
            for (int k : outputs[s]) {
                out.add(new Hit<>(i + 1 - lengths[k], i + 1, payloads.get(k)));
            }
        }
        return out;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Collects keywords; {@link #build} makes the automaton. */
    static final class Builder<T> {
        private final List<Map<Character, Integer>> edges = new ArrayList<>(List.of(new HashMap<>()));
        private final Map<Integer, Integer> terminal = new HashMap<>();
        private final List<Integer> lengths = new ArrayList<>();
        private final List<T> payloads = new ArrayList<>();

        /** Adds a keyword (an empty one is ignored; a repeated one keeps its first payload). */
        Builder<T> add(String keyword, T payload) {
            if (keyword.isEmpty()) {
                return this;
            }
            int s = 0;
            for (int i = 0; i < keyword.length(); i++) {
                Integer t = edges.get(s).get(keyword.charAt(i));
                if (t == null) {
                    t = edges.size();
                    edges.add(new HashMap<>());
                    edges.get(s).put(keyword.charAt(i), t);
                }
                s = t;
            }
            if (!terminal.containsKey(s)) {
                terminal.put(s, lengths.size());
                lengths.add(keyword.length());
                payloads.add(payload);
            }
            return this;
        }

        CharTrie<T> build() {
            return new CharTrie<>(this);
        }
    }
}
