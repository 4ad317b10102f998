package org.unkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over {@code char}s, in flat arrays: the characters the keywords use
 * are numbered (every other character sends the automaton back to the root, wherever it is),
 * and the states nearest the root (breadth first, as many as {@link #DENSE_CELLS} allow) get a
 * complete row of transitions over those numbers, failure links already followed: reading a
 * character there is one table look-up. Deeper states keep sorted edge arrays searched by
 * bisection and fall back along failure links to the first state with a row (usually one step
 * away). Dictionary-suffix links as state numbers. Nothing is boxed or allocated while matching
 * but the matches themselves. Every occurrence of every keyword is reported, overlapping ones
 * included. Built once, immutable, thread-safe.
 *
 * @param <T> what a keyword stands for; a keyword added twice keeps its first value
 */
final class CharTrie<T> {
    /**
     * Cells of the dense rows (4 bytes each): 512 Ki, 2 MiB per automaton. A Latin-script
     * automaton (60-odd character numbers) gets a row for its first eight thousand states;
     * one of thousands of Han characters, rows for the root and the states near it.
     */
    static final int DENSE_CELLS = 1 << 19;

    /** The number of each character keywords use (0: none uses it). */
    private final char[] charClass;
    private final int classes;
    /** The dense row of each state, or -1. */
    private final int[] row;
    /** Row r, class k: the state after reading a character of class k in a state with row r. */
    private final int[] dense;
    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final int[] fail;
    private final int[] dictLink;
    /**
     * The first state whose keyword ends where state s is, s itself or its dictionary link (-1:
     * none): one array read a character instead of two ({@code word} and {@code dictLink}), which
     * on an automaton of thousands of states are two cache misses.
     */
    private final int[] firstOut;
    private final int[] word;
    private final int[] wordLength;
    private final List<T> values;

    /** Receives one match: [start, end) in the text and the keyword's value. */
    interface Sink<T> {
        void match(int start, int end, T value);
    }

    /** Builds the automaton of {@code keywords} (keyword → value, in the order given). */
    CharTrie(Map<String, T> keywords) {
        this(keywords, DENSE_CELLS);
    }

    /** With at most {@code denseCells} cells of dense rows (the root always has one). */
    CharTrie(Map<String, T> keywords, int denseCells) {
        List<Map<Character, Integer>> next = new ArrayList<>();
        List<Integer> wordOf = new ArrayList<>();
        next.add(new HashMap<>());
        wordOf.add(-1);
        List<T> vals = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (Map.Entry<String, T> e : keywords.entrySet()) {
            String k = e.getKey();
            if (k.isEmpty()) {
                continue;
            }
            int s = 0;
            for (int i = 0; i < k.length(); i++) {
                Integer t = next.get(s).get(k.charAt(i));
                if (t == null) {
                    t = next.size();
                    next.add(new HashMap<>());
                    wordOf.add(-1);
                    next.get(s).put(k.charAt(i), t);
                }
                s = t;
            }
            if (wordOf.get(s) < 0) {
                wordOf.set(s, vals.size());
                vals.add(e.getValue());
                lengths.add(k.length());
            }
        }
        int n = next.size();
        this.values = List.copyOf(vals);
        this.wordLength = lengths.stream().mapToInt(Integer::intValue).toArray();
        this.word = wordOf.stream().mapToInt(Integer::intValue).toArray();
        int[] rootNext = new int[Character.MAX_VALUE + 1];
        next.get(0).forEach((c, t) -> rootNext[c] = t);
        this.edgeStart = new int[n + 1];
        int edges = 0;
        for (int s = 0; s < n; s++) {
            edgeStart[s] = edges;
            edges += next.get(s).size();
        }
        edgeStart[n] = edges;
        this.edgeChar = new char[edges];
        this.edgeTarget = new int[edges];
        for (int s = 0; s < n; s++) {
            char[] cs = new char[next.get(s).size()];
            int k = 0;
            for (Character c : next.get(s).keySet()) {
                cs[k++] = c;
            }
            Arrays.sort(cs);
            for (int i = 0; i < cs.length; i++) {
                edgeChar[edgeStart[s] + i] = cs[i];
                edgeTarget[edgeStart[s] + i] = next.get(s).get(cs[i]);
            }
        }
        this.fail = new int[n];
        this.dictLink = new int[n];
        int[] bfs = links(n, rootNext);
        this.firstOut = new int[n];
        for (int s = 0; s < n; s++) {
            firstOut[s] = word[s] >= 0 ? s : dictLink[s];
        }
        this.charClass = new char[Character.MAX_VALUE + 1];
        int k = 1;
        for (int i = 0; i < edges; i++) {
            if (charClass[edgeChar[i]] == 0) {
                charClass[edgeChar[i]] = (char) k++;
            }
        }
        this.classes = k;
        this.row = new int[n];
        Arrays.fill(row, -1);
        int rows = Math.max(1, Math.min(n, denseCells / classes));
        this.dense = new int[rows * classes];
        char[] member = new char[classes];
        for (char c = 1; c != 0; c++) {
            member[charClass[c]] = c;
        }
        if (charClass[0] != 0) {
            member[charClass[0]] = 0;
        }
        // breadth first: a state's failure link is nearer the root, so its row (if it has one) is filled already
        for (int r = 0; r < rows; r++) {
            int s = bfs[r];
            row[s] = r;
            for (int c = 1; c < classes; c++) {
                int t = s == 0 ? rootNext[member[c]] : edge(s, member[c]);
                dense[r * classes + c] = t >= 0 ? t : dense[row[fail[s]] * classes + c];
            }
        }
    }

    /** Failure links (longest proper suffix that is a state) and dictionary links; the states breadth first. */
    private int[] links(int n, int[] rootNext) {
        int[] queue = new int[n];
        queue[0] = 0;
        int head = 1;
        int tail = 1;
        dictLink[0] = -1;
        for (int i = edgeStart[0]; i < edgeStart[1]; i++) {
            int t = edgeTarget[i];
            fail[t] = 0;
            dictLink[t] = -1;
            queue[tail++] = t;
        }
        while (head < tail) {
            int s = queue[head++];
            for (int i = edgeStart[s]; i < edgeStart[s + 1]; i++) {
                int t = edgeTarget[i];
                char c = edgeChar[i];
                int f = fail[s];
                int g = slowStep(f, c, rootNext);
                fail[t] = g;
                dictLink[t] = word[g] >= 0 ? g : dictLink[g];
                queue[tail++] = t;
            }
        }
        return queue;
    }

    /** The state after reading {@code c} in state {@code s}, following failure links (while building). */
    private int slowStep(int s, char c, int[] rootNext) {
        while (s != 0) {
            int t = edge(s, c);
            if (t >= 0) {
                return t;
            }
            s = fail[s];
        }
        return rootNext[c];
    }

    /** The state after reading {@code c} in state {@code s}. */
    private int step(int s, char c) {
        int k = charClass[c];
        if (k == 0) {
            return 0; // no keyword has it: from any state, back to the root
        }
        while (true) {
            int r = row[s];
            if (r >= 0) {
                return dense[r * classes + k];
            }
            int t = edge(s, c);
            if (t >= 0) {
                return t;
            }
            s = fail[s];
        }
    }

    private int edge(int s, char c) {
        int lo = edgeStart[s];
        int hi = edgeStart[s + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = edgeChar[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return edgeTarget[mid];
            }
        }
        return -1;
    }

    /** Reports every keyword occurrence in {@code text}, by end position, to {@code sink}. */
    void find(CharSequence text, Sink<T> sink) {
        int n = text.length();
        char[] cs = new char[n];
        for (int p = 0; p < n; p++) {
            cs[p] = text.charAt(p);
        }
        find(cs, n, sink);
    }

    /**
     * Reports every keyword occurrence in the first {@code n} characters of {@code text}, by end
     * position, to {@code sink}. An array, not a {@code CharSequence}: {@code String.charAt} checks
     * its index on every call, and a text stored as UTF-16 (any non-Latin one) pays it in full.
     */
    void find(char[] text, int n, Sink<T> sink) {
        int s = 0;
        for (int p = 0; p < n; p++) {
            s = step(s, text[p]);
            for (int o = firstOut[s]; o > 0; o = dictLink[o]) {
                int w = word[o];
                sink.match(p + 1 - wordLength[w], p + 1, values.get(w));
            }
        }
    }
}
