package org.unkg.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.unkg.extract.Block;
import org.unkg.extract.OrganizationExtractor;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Finding;
import org.unkg.model.Mention;
import org.unkg.model.Paragraph;

/** The organization mentions of one language version, by paragraph block key. */
final class BlockMentions {
    private final Map<String, List<Mention>> byBlock = new HashMap<>();

    private BlockMentions() {
    }

    /** Runs {@code orgs} over the blocks (as the paragraphs of a record in {@code lang}). */
    static BlockMentions of(OrganizationExtractor orgs, String lang, List<Block> blocks) {
        DocumentRecord.Builder b = DocumentRecord.builder().language(lang).symbol("x");
        int i = 0;
        for (Block k : blocks) {
            b.operative(new Paragraph(Paragraph.Kind.OPERATIVE, k.key(), ++i, null, null, k.text(), List.of(), List.of()));
        }
        BlockMentions out = new BlockMentions();
        for (Finding f : orgs.extract(b.build())) {
            if (f instanceof Mention m && m.span() != null && m.span().block() != null) {
                out.byBlock.computeIfAbsent(m.span().block(), k -> new ArrayList<>()).add(m);
            }
        }
        return out;
    }

    /** The mentions of one block (none when it names no organization). */
    List<Mention> mentions(String block) {
        return byBlock.getOrDefault(block, List.of());
    }

    /** The organization keys a block names, in text order. */
    Set<String> keys(String block) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions(block)) {
            out.add(m.key());
        }
        return out;
    }

    /** Every "block key" pair. */
    Set<String> pairs() {
        Set<String> out = new LinkedHashSet<>();
        byBlock.forEach((b, ms) -> ms.forEach(m -> out.add(b + " " + m.key())));
        return out;
    }
}
