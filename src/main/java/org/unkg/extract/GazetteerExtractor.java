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
    private final GazetteerUnion.Member shared;

    /** {@code shared}: the automaton pass this extractor shares with others (its member of a union over {@code gazetteers}), or null. */
    GazetteerExtractor(EntityGazetteers gazetteers, EntityKind kind, boolean nested, GazetteerUnion.Member shared) {
        this.gazetteers = gazetteers;
        this.kind = kind;
        this.nested = nested;
        this.shared = shared;
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
            List<Gazetteer.Match> found = shared == null ? g.find(scan.projection(i), nested)
                    : g.resolve(scan.projection(i), shared.hits(scan, doc.language(), i), nested);
            for (Gazetteer.Match m : found) {
                out.add(new Mention(id(), m.span(blocks.get(i).key()), kind, m.key()));
            }
        }
        return new Extraction(out, List.of());
    }
}
