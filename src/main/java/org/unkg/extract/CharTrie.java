package org.unkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over {@code char}s, in flat arrays: a dense transition table for the
 * root (most characters of a text leave the root at once), sorted edge arrays searched by
 * bisection for the other states, failure and dictionary-suffix links as state numbers. Nothing
 * is boxed or allocated while matching but the matches themselves. Every occurrence of every
 * keyword is reported, overlapping ones included. Built once, immutable, thread-safe.
 *
 * @param <T> what a keyword stands for; a keyword added twice keeps its first value
 */
final class CharTrie<T> {
    private final int[] rootNext;
    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final int[] fail;
    private final int[] dictLink;
    private final int[] word;
    private final int[] wordLength;
    private final List<T> values;

    /** Receives one match: [start, end) in the text and the keyword's value. */
    interface Sink<T> {
        void match(int start, int end, T value);
    }

    /** Builds the automaton of {@code keywords} (keyword → value, in the order given). */
    CharTrie(Map<String, T> keywords) {
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
        this.rootNext = new int[Character.MAX_VALUE + 1];
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
        links(n);
    }

    /** Failure links (longest proper suffix that is a state) and dictionary links, breadth first. */
    private void links(int n) {
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
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
                int g = step(f, c);
                fail[t] = g;
                dictLink[t] = word[g] >= 0 ? g : dictLink[g];
                queue[tail++] = t;
            }
        }
    }

    /** The state after reading {@code c} in state {@code s}, following failure links. */
    private int step(int s, char c) {
        while (s != 0) {
            int t = edge(s, c);
            if (t >= 0) {
                return t;
            }
            s = fail[s];
        }
        return rootNext[c];
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
        int s = 0;
        for (int p = 0; p < text.length(); p++) {
            s = step(s, text.charAt(p));
            for (int o = word[s] >= 0 ? s : dictLink[s]; o > 0; o = dictLink[o]) {
                int w = word[o];
                sink.match(p + 1 - wordLength[w], p + 1, values.get(w));
            }
        }
    }
}
