package org.unkg.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.unkg.model.Annex;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Footnote;
import org.unkg.model.Paragraph;

/**
 * Triples that let a query look up directly what it would otherwise compute over the whole graph,
 * made per document where they are cheap:
 * <ul>
 * <li>{@code unkg:work}: every part of a Work (paragraph, sub-item, footnote, annex) names its Work,
 * the end of its {@code eli:is_part_of} chain, so a query need not follow {@code eli:is_part_of+}
 * (a property path Jena walks row by row);</li>
 * <li>verb phrases: one {@code unkg:VerbPhrase} node per language and printed verb
 * ({@code B verb-phrase/{lang}/{verb}}) whose {@code unkg:verbForm} is the paragraphs' {@code unkg:verb}
 * literal, so the distinct verbs of the graph (a few thousand) are read from their nodes instead of
 * grouping every paragraph's verb (about a hundred thousand).</li>
 * </ul>
 * A pure function of one record; the language versions of one document give the same
 * {@code unkg:work} triples, and documents using one verb the same verb phrase node.
 *
 * <pre>{@code
 * new ShortcutMapper(Iris.defaults()).addTo(record, workNode, "en", triples);
 * }</pre>
 */
public final class ShortcutMapper {
    private final Iris iris;

    public ShortcutMapper(Iris iris) {
        this.iris = iris;
    }

    /** Adds the shortcuts of {@code d} (language {@code lang}), whose Work is {@code work}, to {@code out}. */
    public void addTo(DocumentRecord d, Node work, String lang, List<Triple> out) {
        String w = work.getURI();
        Set<String> verbs = new HashSet<>();
        addParagraphs(d.preamble(), w, work, lang, verbs, out);
        addParagraphs(d.operative(), w, work, lang, verbs, out);
        for (Footnote f : d.footnotes()) {
            out.add(Triple.create(NodeFactory.createURI(iris.part(w, f.key())), UNKG.work.asNode(), work));
        }
        for (Annex a : d.annexes()) {
            out.add(Triple.create(NodeFactory.createURI(iris.part(w, a.key())), UNKG.work.asNode(), work));
        }
    }

    private void addParagraphs(List<Paragraph> ps, String w, Node work, String lang, Set<String> verbs,
                               List<Triple> out) {
        for (Paragraph p : ps) {
            out.add(Triple.create(NodeFactory.createURI(iris.part(w, p.key())), UNKG.work.asNode(), work));
            if (p.verb() != null && !p.verb().isBlank()) {
                String verb = DocumentMapper.clean(p.verb().strip()); // the literal DocumentMapper gives unkg:verb
                if (verbs.add(verb)) {
                    Node phrase = NodeFactory.createURI(iris.verbPhrase(lang, verb));
                    out.add(Triple.create(phrase, RDF.type.asNode(), UNKG.VerbPhrase.asNode()));
                    out.add(Triple.create(phrase, UNKG.verbForm.asNode(), NodeFactory.createLiteralLang(verb, lang)));
                }
            }
            addParagraphs(p.items(), w, work, lang, verbs, out);
        }
    }
}
