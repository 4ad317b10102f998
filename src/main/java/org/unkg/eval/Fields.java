package org.unkg.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of the scored fields, in report order. Scalar fields compare one value per document
 * (both absent: not counted; equal: tp; only expected: fn; only predicted: fp; different: fp+fn).
 * Set fields compare lists of {@link Item}s.
 */
public final class Fields {
    public static final String SYMBOL = "symbol";
    public static final String TYPE = "type";
    public static final String TITLE = "title";
    public static final String SESSION = "session";
    public static final String COMMITTEE = "committee";
    public static final String AGENDA_ITEMS = "agendaItems";
    public static final String AGENDA_ITEM_TITLE = "agendaItemTitle";
    public static final String ADOPTION_DATE = "adoptionDate";
    public static final String DOCUMENT_DATE = "documentDate";
    public static final String PLENARY_MEETING = "plenaryMeeting";
    public static final String DRAFT_SYMBOLS = "draftSymbols";
    public static final String WITHOUT_MAIN_COMMITTEE = "adoptedWithoutReferenceToMainCommittee";
    public static final String PREAMBULAR_PARAGRAPHS = "preambularParagraphs";
    public static final String OPERATIVE_PARAGRAPHS = "operativeParagraphs";
    public static final String PREAMBULAR_VERBS = "preambularVerbs";
    public static final String OPERATIVE_VERBS = "operativeVerbs";
    public static final String FOOTNOTES = "footnotes";
    public static final String FOOTNOTE_ATTACHMENT = "footnoteAttachedTo";
    public static final String STATES = "states";
    public static final String ORGANIZATIONS = "organizations";
    public static final String TREATIES = "treaties";
    public static final String REFERENCED_DOCUMENTS = "referencedDocuments";
    public static final String REFERENCE_DATES = "referenceDates";

    /** Fields with one value per document. */
    public static final List<String> SCALARS = List.of(SYMBOL, TYPE, TITLE, SESSION, COMMITTEE, AGENDA_ITEM_TITLE,
            ADOPTION_DATE, DOCUMENT_DATE, PLENARY_MEETING, WITHOUT_MAIN_COMMITTEE, PREAMBULAR_PARAGRAPHS,
            OPERATIVE_PARAGRAPHS);

    /** Fields with a list of items per document. */
    public static final List<String> SETS = List.of(AGENDA_ITEMS, DRAFT_SYMBOLS, PREAMBULAR_VERBS, OPERATIVE_VERBS,
            FOOTNOTES, FOOTNOTE_ATTACHMENT, STATES, ORGANIZATIONS, TREATIES, REFERENCED_DOCUMENTS, REFERENCE_DATES);

    /** The fields scored against the gold, in report order. */
    public static final List<String> GOLD = order(SCALARS, SETS);

    /** The fields scored against AKN XML (the XML has no State/organization/treaty annotations). */
    public static final List<String> AKN = GOLD.stream()
            .filter(f -> !f.equals(STATES) && !f.equals(ORGANIZATIONS) && !f.equals(TREATIES)).toList();

    private Fields() {
    }

    private static List<String> order(List<String> scalars, List<String> sets) {
        List<String> out = new ArrayList<>();
        List<String> head = List.of(SYMBOL, TYPE, TITLE, SESSION, COMMITTEE, AGENDA_ITEMS, AGENDA_ITEM_TITLE,
                ADOPTION_DATE, DOCUMENT_DATE, PLENARY_MEETING, DRAFT_SYMBOLS, WITHOUT_MAIN_COMMITTEE,
                PREAMBULAR_PARAGRAPHS, OPERATIVE_PARAGRAPHS, PREAMBULAR_VERBS, OPERATIVE_VERBS, FOOTNOTES,
                FOOTNOTE_ATTACHMENT, STATES, ORGANIZATIONS, TREATIES, REFERENCED_DOCUMENTS, REFERENCE_DATES);
        out.addAll(head);
        if (!out.containsAll(scalars) || !out.containsAll(sets) || out.size() != scalars.size() + sets.size()) {
            throw new IllegalStateException("field lists disagree");
        }
        return List.copyOf(out);
    }

    public static boolean isScalar(String field) {
        return SCALARS.contains(field);
    }
}
