package org.unkg.rdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.unkg.model.Annex;
import org.unkg.model.DocumentRecord;
import org.unkg.model.EntityKind;
import org.unkg.model.Finding;
import org.unkg.model.Footnote;
import org.unkg.model.Mention;
import org.unkg.model.Paragraph;

/**
 * Qualifies a Work's mentions of States and organizations, as PROV qualifies a relation
 * ({@code prov:qualifiedUsage} to a {@code prov:Usage}): for each State or organization the document
 * mentions, a node {@code {work}/mention/state/{iso3}} or {@code {work}/mention/org/{slug}} of class
 * {@code unkg:QualifiedMention}, linked from the Work by {@code unkg:qualifiedMention}, naming the
 * entity ({@code unkg:mentioned}) and every part of the Work (paragraph, sub-item, footnote, annex)
 * whose text mentions it ({@code unkg:mentionedIn}). A page of "States mentioned per resolution"
 * then counts a pair's paragraphs from its node instead of walking down every part of the
 * resolution, and "UN bodies and the paragraphs that mention them" goes from a body to the Works
 * that mention it and their parts without climbing each paragraph's {@code eli:is_part_of} chain.
 * A State's node is also linked by {@code unkg:qualifiedStateMention} (a sub-property), so that
 * the Works that mention States are listed without reading the far more numerous organization
 * nodes. Treaties are not qualified (no query needs them yet).
 *
 * <p>A pure function of one record. The node's IRI depends only on the Work and the entity, so the
 * language versions of one document give one node, and its {@code unkg:mentionedIn} links are the
 * union of theirs: the distinct parts, in any language, that mention the entity (a count per language
 * would not add up across versions). The parts are the ones {@link DocumentMapper} gives
 * {@code unkg:mentions}: a finding in a footnote attached to a paragraph counts for the paragraph;
 * one in the header or title counts for the Work only, so its node has no {@code unkg:mentionedIn}.
 *
 * <pre>{@code
 * new MentionMapper(Iris.defaults()).addTo(record, workNode, triples);
 * }</pre>
 */
public final class MentionMapper {
    private final Iris iris;

    public MentionMapper(Iris iris) {
        this.iris = iris;
    }

    /** Adds the qualified State and organization mentions of {@code d}, whose Work is {@code work}, to {@code out}. */
    public void addTo(DocumentRecord d, Node work, List<Triple> out) {
        Set<String> parts = null;
        Map<String, String> attached = null;
        // entity IRI -> the parts that mention it (sorted keys: the same triples in the same order every run)
        Map<String, Set<String>> byEntity = new TreeMap<>();
        Map<String, EntityKind> kinds = new HashMap<>();
        for (Finding f : d.findings()) {
            if (!(f instanceof Mention m) || m.kind() == EntityKind.TREATY) {
                continue;
            }
            if (parts == null) {
                parts = new HashSet<>();
                attached = attachedFootnotes(d, parts);
            }
            String entity = m.kind() == EntityKind.STATE ? iris.state(m.key()) : iris.org(m.key());
            Set<String> in = byEntity.computeIfAbsent(entity, k -> new HashSet<>());
            kinds.put(entity, m.kind());
            String block = m.span().block();
            String key = attached.getOrDefault(block, block);
            if (parts.contains(key)) {
                in.add(key);
            }
        }
        String w = work.getURI();
        for (var e : byEntity.entrySet()) {
            Node entity = NodeFactory.createURI(e.getKey());
            Node q = NodeFactory.createURI(iris.mention(w, entity.getURI()));
            out.add(Triple.create(work, UNKG.qualifiedMention.asNode(), q));
            if (kinds.get(e.getKey()) == EntityKind.STATE) {
                out.add(Triple.create(work, UNKG.qualifiedStateMention.asNode(), q));
            }
            out.add(Triple.create(q, RDF.type.asNode(), UNKG.QualifiedMention.asNode()));
            out.add(Triple.create(q, UNKG.mentioned.asNode(), entity));
            for (String part : e.getValue()) {
                out.add(Triple.create(q, UNKG.mentionedIn.asNode(), NodeFactory.createURI(iris.part(w, part))));
            }
        }
    }

    /**
     * Fills {@code parts} with the keys of the parts the mapper gives a node (paragraphs at every
     * level, footnotes, annexes) and returns the footnotes attached to a part mapped before them.
     */
    private static Map<String, String> attachedFootnotes(DocumentRecord d, Set<String> parts) {
        addParagraphs(d.preamble(), parts);
        addParagraphs(d.operative(), parts);
        Map<String, String> attached = new HashMap<>();
        for (Footnote f : d.footnotes()) {
            if (f.attachedTo() != null && parts.contains(f.attachedTo())) {
                attached.put(f.key(), f.attachedTo());
            }
            parts.add(f.key());
        }
        for (Annex a : d.annexes()) {
            parts.add(a.key());
        }
        return attached;
    }

    private static void addParagraphs(List<Paragraph> ps, Set<String> parts) {
        for (Paragraph p : ps) {
            parts.add(p.key());
            addParagraphs(p.items(), parts);
        }
    }
}
