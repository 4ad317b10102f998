package org.unkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Several kinds of entity gazetteers (States, organizations, treaties) read in one automaton
 * pass per text block instead of one pass each: per language, one {@link CharTrie} over the
 * keywords of every member, whose value says which members name that keyword and how. Each
 * member then gets exactly the occurrences its own automaton would have reported, in the same
 * order, and applies its own acceptance rules, so its findings are the same as alone.
 * Automata are built once per language, on first use; thread-safe.
 */
final class GazetteerUnion {
    private final List<EntityGazetteers> members;
    private final Map<String, Pass> byLang = new ConcurrentHashMap<>();

    /** A member extractor's handle on the union: which member it is. */
    record Member(GazetteerUnion union, int index) {
        /** The accepted occurrences of this member's names in block {@code i} of {@code scan}, in automaton order. */
        List<Gazetteer.Hit> hits(Scan scan, String lang, int i) {
            return new ArrayList<>(scan.unionHits(union, lang, i).get(index));
        }
    }

    GazetteerUnion(List<EntityGazetteers> members) {
        this.members = List.copyOf(members);
    }

    Member member(int index) {
        return new Member(this, index);
    }

    /** Every member's accepted occurrences in {@code mt}, one list per member, each in automaton order. */
    List<List<Gazetteer.Hit>> hits(String lang, MatchText mt) {
        Pass p = byLang.computeIfAbsent(lang == null ? "" : lang, k -> new Pass(lang));
        List<List<Gazetteer.Hit>> out = new ArrayList<>(p.gazetteers.length);
        for (int j = 0; j < p.gazetteers.length; j++) {
            out.add(new ArrayList<>());
        }
        p.trie.find(mt.foldedChars(), mt.folded().length(), (start, end, names) -> {
            for (int j = 0; j < names.length; j++) {
                if (names[j] != null) {
                    Gazetteer.Hit h = new Gazetteer.Hit(start, end, names[j]);
                    if (p.gazetteers[j].accept(mt, h)) {
                        out.get(j).add(h);
                    }
                }
            }
        });
        return out;
    }

    /** The members' gazetteers of one language and the automaton of all their keywords. */
    private final class Pass {
        final Gazetteer[] gazetteers;
        final CharTrie<Gazetteer.Name[]> trie;

        Pass(String lang) {
            gazetteers = new Gazetteer[members.size()];
            Map<String, Gazetteer.Name[]> keywords = new LinkedHashMap<>();
            for (int j = 0; j < gazetteers.length; j++) {
                gazetteers[j] = members.get(j).forLanguage(lang);
                for (Map.Entry<String, Gazetteer.Name> e : gazetteers[j].keywords().entrySet()) {
                    keywords.computeIfAbsent(e.getKey(), k -> new Gazetteer.Name[gazetteers.length])[j] = e.getValue();
                }
            }
            trie = new CharTrie<>(keywords);
        }
    }
}
