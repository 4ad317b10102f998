package org.unkg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.unkg.model.DocumentRecord;

/**
 * One document's blocks as the gazetteer extractors scan them, with each block's
 * {@link MatchText} projected once and shared by every extractor of a run (the States, bodies and
 * treaties gazetteers all read the same projection). Made per document and dropped with it.
 */
final class Scan {
    private final List<Block> blocks;
    private final MatchText[] projections;
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final Map<GazetteerUnion, List<List<List<Gazetteer.Hit>>>> unionHits = new IdentityHashMap<>();

    Scan(DocumentRecord doc) {
        this.blocks = Block.of(doc);
        this.projections = new MatchText[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            indexByKey.put(blocks.get(i).key(), i); // a repeated key: the last block, as a map of texts by key had it
        }
    }

    List<Block> blocks() {
        return blocks;
    }

    /** The projection of block {@code i}. */
    MatchText projection(int i) {
        if (projections[i] == null) {
            projections[i] = MatchText.of(blocks.get(i).text());
        }
        return projections[i];
    }

    /** The text of the block keyed {@code key}, or null. */
    String text(String key) {
        Integer i = key == null ? null : indexByKey.get(key);
        return i == null ? null : blocks.get(i).text();
    }

    /** The projection of the block keyed {@code key}, or null. */
    MatchText projection(String key) {
        Integer i = key == null ? null : indexByKey.get(key);
        return i == null ? null : projection(i);
    }

    /**
     * The occurrences of every member of {@code union} in block {@code i} (one automaton pass,
     * made once per block and shared by the members).
     */
    List<List<Gazetteer.Hit>> unionHits(GazetteerUnion union, String lang, int i) {
        List<List<List<Gazetteer.Hit>>> perBlock = unionHits.computeIfAbsent(union,
                u -> new ArrayList<>(Collections.nCopies(blocks.size(), null)));
        if (perBlock.get(i) == null) {
            perBlock.set(i, union.hits(lang, projection(i)));
        }
        return perBlock.get(i);
    }

    /** An extractor that can read a shared scan instead of projecting every block itself. */
    interface Reader {
        Extraction extractAll(DocumentRecord doc, Scan scan);
    }
}
