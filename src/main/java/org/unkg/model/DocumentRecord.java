package org.unkg.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one language version of one document says, as read by any reader (AKN XML, text,
 * PDF): the single value that crosses from ingest/structure/extract into {@code rdf}.
 * Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * DocumentRecord d = DocumentRecord.builder().symbol("A/RES/76/299").type(DocType.RESOLUTION)
 *     .language("en").sourceFile("001.txt").title("Zone of peace ...").build();
 * }</pre>
 *
 * @param symbol           normalized symbol ("A/RES/76/299") or null when none is printed
 * @param language         ISO 639-1 code of this version ("en", "zh", "fr", "es", "ru", "ar")
 * @param sourceFile       the file it was read from, as given on the command line (its last
 *                         path segment must be the file name)
 * @param body             issuing body, normalized English ("General Assembly")
 * @param meeting          plenary meeting number (97 for "97th plenary meeting")
 * @param meetingRecord    record symbol ("A/76/PV.97") or null
 * @param withoutMainCommittee true for "without reference to a Main Committee", null if not said
 * @param annexes          the annexes as this version prints them, in order
 */
public record DocumentRecord(
        String symbol, DocType type, String language, String sourceFile,
        String title, String body,
        LocalDate adoptionDate, LocalDate distributionDate, LocalDate documentDate,
        Integer session, List<AgendaItem> agendaItems,
        String committee, Boolean withoutMainCommittee,
        List<String> drafts, List<String> reports, Integer meeting, String meetingRecord,
        List<Sponsor> sponsors, Vote vote, List<Subject> subjects,
        List<Paragraph> preamble, List<Paragraph> operative, List<Footnote> footnotes,
        List<Finding> findings, List<TreatyRef> treaties, LetterInfo letter, List<Annex> annexes) {

    public DocumentRecord {
        agendaItems = List.copyOf(agendaItems);
        drafts = List.copyOf(drafts);
        reports = List.copyOf(reports);
        sponsors = List.copyOf(sponsors);
        subjects = List.copyOf(subjects);
        preamble = List.copyOf(preamble);
        operative = List.copyOf(operative);
        footnotes = List.copyOf(footnotes);
        findings = List.copyOf(findings);
        treaties = List.copyOf(treaties);
        annexes = annexes == null ? List.of() : List.copyOf(annexes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.symbol = symbol; b.type = type; b.language = language; b.sourceFile = sourceFile;
        b.title = title; b.body = body; b.adoptionDate = adoptionDate; b.distributionDate = distributionDate;
        b.documentDate = documentDate; b.session = session; b.agendaItems.addAll(agendaItems);
        b.committee = committee; b.withoutMainCommittee = withoutMainCommittee; b.drafts.addAll(drafts);
        b.reports.addAll(reports); b.meeting = meeting; b.meetingRecord = meetingRecord;
        b.sponsors.addAll(sponsors); b.vote = vote; b.subjects.addAll(subjects); b.preamble.addAll(preamble);
        b.operative.addAll(operative); b.footnotes.addAll(footnotes); b.findings.addAll(findings);
        b.treaties.addAll(treaties); b.letter = letter; b.annexes.addAll(annexes);
        return b;
    }

    /** Mutable builder; lists are appended to. */
    public static final class Builder {
        private String symbol;
        private DocType type = DocType.DOCUMENT;
        private String language;
        private String sourceFile;
        private String title;
        private String body;
        private LocalDate adoptionDate;
        private LocalDate distributionDate;
        private LocalDate documentDate;
        private Integer session;
        private final List<AgendaItem> agendaItems = new ArrayList<>();
        private String committee;
        private Boolean withoutMainCommittee;
        private final List<String> drafts = new ArrayList<>();
        private final List<String> reports = new ArrayList<>();
        private Integer meeting;
        private String meetingRecord;
        private final List<Sponsor> sponsors = new ArrayList<>();
        private Vote vote;
        private final List<Subject> subjects = new ArrayList<>();
        private final List<Paragraph> preamble = new ArrayList<>();
        private final List<Paragraph> operative = new ArrayList<>();
        private final List<Footnote> footnotes = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<TreatyRef> treaties = new ArrayList<>();
        private LetterInfo letter;
        private final List<Annex> annexes = new ArrayList<>();

        public Builder symbol(String v) { symbol = v; return this; }
        public Builder type(DocType v) { type = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder sourceFile(String v) { sourceFile = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder body(String v) { body = v; return this; }
        public Builder adoptionDate(LocalDate v) { adoptionDate = v; return this; }
        public Builder distributionDate(LocalDate v) { distributionDate = v; return this; }
        public Builder documentDate(LocalDate v) { documentDate = v; return this; }
        public Builder session(Integer v) { session = v; return this; }
        public Builder agendaItem(AgendaItem v) { agendaItems.add(v); return this; }
        public Builder committee(String v) { committee = v; return this; }
        public Builder withoutMainCommittee(Boolean v) { withoutMainCommittee = v; return this; }
        public Builder draft(String v) { if (!drafts.contains(v)) { drafts.add(v); } return this; }
        public Builder report(String v) { if (!reports.contains(v)) { reports.add(v); } return this; }
        public Builder meeting(Integer v) { meeting = v; return this; }
        public Builder meetingRecord(String v) { meetingRecord = v; return this; }
        public Builder sponsor(Sponsor v) { sponsors.add(v); return this; }
        public Builder vote(Vote v) { vote = v; return this; }
        public Builder subject(Subject v) { subjects.add(v); return this; }
        public Builder preamble(Paragraph v) { preamble.add(v); return this; }
        public Builder operative(Paragraph v) { operative.add(v); return this; }
        public Builder footnote(Footnote v) { footnotes.add(v); return this; }
        public Builder finding(Finding v) { findings.add(v); return this; }
        public Builder findings(List<? extends Finding> v) { findings.addAll(v); return this; }
        public Builder treaty(TreatyRef v) { treaties.add(v); return this; }
        public Builder letter(LetterInfo v) { letter = v; return this; }
        public Builder annex(Annex v) { annexes.add(v); return this; }

        public String symbol() { return symbol; }
        public String language() { return language; }
        public List<Paragraph> preamble() { return preamble; }
        public List<Paragraph> operative() { return operative; }
        public List<Footnote> footnotes() { return footnotes; }

        public DocumentRecord build() {
            return new DocumentRecord(symbol, type, language, sourceFile, title, body, adoptionDate,
                    distributionDate, documentDate, session, agendaItems, committee, withoutMainCommittee,
                    drafts, reports, meeting, meetingRecord, sponsors, vote, subjects, preamble, operative,
                    footnotes, findings, treaties, letter, annexes);
        }
    }
}
