package org.unkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.unkg.InputException;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Finding;
import org.unkg.model.TreatyRef;
import org.unkg.reference.ReferenceData;

/**
 * The standard extractors and a way to run them.
 *
 * <pre>{@code
 * List<Extractor> extractors = Extractors.standard(ReferenceData.load()); // build once
 * DocumentRecord withFindings = Extractors.apply(record, extractors);     // per document
 * }</pre>
 */
public final class Extractors {
    private Extractors() {
    }

    /** States, organizations, treaties and citations, with gazetteers built once from {@code ref}. */
    public static List<Extractor> standard(ReferenceData ref) {
        List<Extractor> out = new ArrayList<>(mentions(ref));
        out.add(new CitationExtractor());
        return List.copyOf(out);
    }

    /**
     * States, organizations and treaties only: what text never marks up, for sources (AKN XML)
     * whose citations come from their own links.
     */
    public static List<Extractor> mentions(ReferenceData ref) {
        // the three name lists are read in one automaton pass per block (same findings as one pass each)
        EntityGazetteers states = new EntityGazetteers(ref.states(), "states");
        EntityGazetteers orgs = new EntityGazetteers(ref.organizations(), "organizations");
        EntityGazetteers treaties = new EntityGazetteers(ref.treaties(), "treaties");
        GazetteerUnion union = new GazetteerUnion(List.of(states, orgs, treaties));
        return List.of(new StateExtractor(states, union.member(0)), new OrganizationExtractor(orgs, union.member(1)),
                new TreatyExtractor(ref, treaties, union.member(2)));
    }

    /**
     * The record with every extractor's findings appended (findings it already has are kept and
     * not repeated), and the treaties they found that it does not list yet.
     */
    public static DocumentRecord apply(DocumentRecord doc, List<Extractor> extractors) {
        List<Finding> findings = new ArrayList<>(doc.findings());
        Set<Finding> seen = new HashSet<>(findings); // findings are records: a set, not a scan per finding
        Map<String, TreatyRef> treaties = new LinkedHashMap<>();
        doc.treaties().forEach(t -> treaties.put(t.key(), t));
        Scan scan = new Scan(doc);
        for (Extractor e : extractors) {
            Extraction x;
            try {
                x = e instanceof Scan.Reader r ? r.extractAll(doc, scan) : e.extractAll(doc);
            } catch (StackOverflowError so) {
                // Java's regex engine recurses once per repetition of a group: a paragraph of
                // thousands of glued names is refused in one line instead of killing the worker
                throw new InputException(String.valueOf(doc.sourceFile()), null, "a paragraph too long and"
                        + " repetitive for the " + e.getClass().getSimpleName() + " grammar");
            }
            for (Finding f : x.findings()) {
                if (seen.add(f)) {
                    findings.add(f);
                }
            }
            x.treaties().forEach(t -> treaties.putIfAbsent(t.key(), t));
        }
        return new DocumentRecord(doc.symbol(), doc.type(), doc.language(), doc.sourceFile(), doc.title(),
                doc.body(), doc.adoptionDate(), doc.distributionDate(), doc.documentDate(), doc.session(),
                doc.agendaItems(), doc.committee(), doc.withoutMainCommittee(), doc.drafts(), doc.reports(),
                doc.meeting(), doc.meetingRecord(), doc.sponsors(), doc.vote(), doc.subjects(), doc.preamble(),
                doc.operative(), doc.footnotes(), findings, List.copyOf(treaties.values()), doc.letter(), doc.annexes());
    }
}
