package org.unkg.extract;

import java.util.ArrayList;
import java.util.List;

import org.unkg.model.DocumentRecord;
import org.unkg.model.EntityKind;
import org.unkg.model.Finding;
import org.unkg.model.Mention;

/** Shared body of the name-list extractors: run the language's gazetteer over every block. */
abstract class GazetteerExtractor implements Extractor {
    private final EntityGazetteers gazetteers;
    private final EntityKind kind;
    private final boolean nested;

    GazetteerExtractor(EntityGazetteers gazetteers, EntityKind kind, boolean nested) {
        this.gazetteers = gazetteers;
        this.kind = kind;
        this.nested = nested;
    }

    @Override
    public List<Finding> extract(DocumentRecord doc) {
        Gazetteer g = gazetteers.forLanguage(doc.language());
        List<Finding> out = new ArrayList<>();
        for (Block b : Block.of(doc)) {
            for (Gazetteer.Match m : g.find(b.text(), nested)) {
                out.add(new Mention(id(), m.span(b.key()), kind, m.key()));
            }
        }
        return out;
    }
}
