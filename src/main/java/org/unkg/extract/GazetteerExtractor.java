package org.unkg.extract;

import java.util.ArrayList;
import java.util.List;

import org.unkg.model.DocumentRecord;
import org.unkg.model.EntityKind;
import org.unkg.model.Finding;
import org.unkg.model.Mention;

/** Shared body of the name-list extractors: run the language's gazetteer over every block. */
abstract class GazetteerExtractor implements Extractor, Scan.Reader {
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
        return extractAll(doc, new Scan(doc)).findings();
    }

    @Override
    public Extraction extractAll(DocumentRecord doc, Scan scan) {
        Gazetteer g = gazetteers.forLanguage(doc.language());
        List<Finding> out = new ArrayList<>();
        List<Block> blocks = scan.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            for (Gazetteer.Match m : g.find(scan.projection(i), nested)) {
                out.add(new Mention(id(), m.span(blocks.get(i).key()), kind, m.key()));
            }
        }
        return new Extraction(out, List.of());
    }
}
