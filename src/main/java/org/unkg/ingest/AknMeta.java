package org.unkg.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.model.AgendaItem;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Sponsor;
import org.unkg.model.Subject;
import org.unkg.model.Vote;
import org.unkg.reference.ReferenceData;

/**
 * The metadata of one AKN resolution: identification, classification, workflow, vote and cover
 * page, written into a {@link DocumentRecord.Builder}. Stateless apart from its immutable data.
 */
final class AknMeta {
    private static final Pattern AGENDA_KEYWORD = Pattern.compile("^(\\d+)([a-z]{1,2})?(?:\\[.*\\])?$");
    private static final Pattern PRINTED_AGENDA = Pattern.compile("(\\d+)\\s*(?:\\(?\\s*([a-z]{1,2})\\s*\\))?");
    private static final Pattern MEETING = Pattern.compile("/PV\\.(\\d{1,5})\\b");
    /** "Adopted without vote, 51st plenary meeting": what some files give instead of the record symbol. */
    private static final Pattern MEETING_PHRASE = Pattern.compile("\\b(\\d{1,4})(?:st|nd|rd|th)\\s+plenary\\s+meeting");
    private static final Pattern RES_SESSION = Pattern.compile("^A/RES/(\\d{1,3})/");
    private static final Pattern FRBR_URI = Pattern.compile("/(\\d+)-(\\d+)/?$");

    private final AknPhrases phrases;
    private final SponsorList sponsors;

    AknMeta(ReferenceData ref, AknPhrases phrases) {
        this.phrases = phrases;
        this.sponsors = new SponsorList(ref, phrases);
    }

    SponsorList sponsorList() {
        return sponsors;
    }

    /** Fills symbol, dates, session, agenda, committee, workflow, vote and subjects. */
    void read(AknElement doc, String lang, DocumentRecord.Builder b) {
        AknElement meta = AknXml.child(doc, "meta");
        AknElement cover = AknXml.child(doc, "coverPage");
        b.symbol(symbol(doc, cover, meta));
        if (meta != null) {
            for (AknElement d : AknXml.descendants(meta, "FRBRdate")) {
                if ("adoption".equals(d.attribute("name"))) {
                    b.adoptionDate(date(AknXml.attr(d, "date")));
                    break;
                }
            }
        }
        AknElement preface = AknXml.child(doc, "preface");
        AknElement title = preface == null ? null : AknXml.firstDescendant(preface, "docTitle");
        b.title(AknXml.text(title));
        b.body("General Assembly");
        Integer coverSession = null;
        if (cover != null) {
            AknElement dd = AknXml.firstDescendant(cover, "docDate");
            b.distributionDate(date(AknXml.attr(dd, "date")));
            AknElement session = AknXml.firstDescendant(cover, "session");
            String sv = AknXml.attr(session, "value");
            if (sv != null && sv.matches("\\d{1,3}")) {
                coverSession = Integer.valueOf(sv);
            }
            proponent(cover, b);
        }
        Matcher rs = b.symbol() == null ? null : RES_SESSION.matcher(b.symbol());
        // the symbol names the session; a cover page that disagrees (77 on one version of 79/11) is a slip
        b.session(rs != null && rs.find() ? Integer.valueOf(rs.group(1)) : coverSession);
        agenda(doc, cover, b);
        workflow(doc, lang, b);
        b.vote(vote(doc, lang));
        if (meta != null) {
            for (AknElement k : AknXml.descendants(meta, "keyword")) {
                String href = AknXml.attr(k, "href");
                if (href != null && href.startsWith("http")) {
                    b.subject(new Subject(href, AknXml.attr(k, "showAs"), AknXml.attr(k, "dictionary")));
                }
            }
        }
    }

    private static String symbol(AknElement doc, AknElement cover, AknElement meta) {
        if (cover != null) {
            for (AknElement n : AknXml.descendants(cover, "docNumber")) {
                String t = AknXml.text(n);
                if (t != null) {
                    return t.replaceAll("\\s+", "");
                }
            }
        }
        // no printed symbol: the Work URI ".../79-5/" still names the resolution
        AknElement uri = meta == null ? null : AknXml.firstDescendant(meta, "FRBRuri");
        String v = AknXml.attr(uri, "value");
        Matcher m = v == null ? null : FRBR_URI.matcher(v);
        return m != null && m.find() ? "A/RES/" + m.group(1) + "/" + m.group(2) : null;
    }

    private void proponent(AknElement cover, DocumentRecord.Builder b) {
        AknElement p = AknXml.firstDescendant(cover, "docProponent");
        if (p == null) {
            return;
        }
        String id = AknXml.attr(p, "refersTo");
        if (phrases.isNoCommittee(id)) {
            b.withoutMainCommittee(true);
        } else {
            String c = phrases.committeeById(id).or(() -> phrases.committeeInText(AknXml.text(p))).orElse(null);
            if (c != null) {
                b.committee(c);
                b.withoutMainCommittee(false);
            }
        }
        for (AknElement in : AknXml.descendants(p, "inline")) {
            if ("originating document".equals(in.attribute("name"))) {
                symbols(AknText.collapse(in.textContent()), b);
            }
        }
    }

    /** Each symbol of a printed list: a draft when it has a draft's shape, else a report. */
    private static void symbols(String printed, DocumentRecord.Builder b) {
        for (String sym : UnSymbols.list(printed)) {
            if (UnSymbols.isDraft(sym)) {
                b.draft(sym);
            } else {
                b.report(sym);
            }
        }
    }

    private void agenda(AknElement doc, AknElement cover, DocumentRecord.Builder b) {
        AknElement meta = AknXml.child(doc, "meta");
        Set<String> numbers = new LinkedHashSet<>();
        if (meta != null) {
            for (AknElement k : AknXml.descendants(meta, "keyword")) {
                if ("agenda".equals(k.attribute("refersTo"))) {
                    Matcher m = AGENDA_KEYWORD.matcher(k.attribute("value").strip());
                    if (m.matches()) {
                        numbers.add(m.group(1) + (m.group(2) == null ? "" : "(" + m.group(2) + ")"));
                    }
                }
            }
        }
        List<String> names = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        if (cover != null) {
            for (AknElement in : AknXml.descendants(cover, "inline")) {
                String name = in.attribute("name");
                if ("agenda item name".equals(name)) {
                    names.add(AknXml.text(in));
                } else if ("agenda item".equals(name)) {
                    String t = AknXml.attr(in, "title");
                    Matcher m = PRINTED_AGENDA.matcher(t != null ? t : String.valueOf(AknXml.text(in)));
                    while (m.find()) { // the Latin letter only: other scripts print it in their own
                        printed.add(m.group(1) + (m.group(2) == null ? "" : "(" + m.group(2) + ")"));
                    }
                }
            }
        }
        if (numbers.isEmpty()) {
            numbers.addAll(printed);
        }
        List<String> list = new ArrayList<>(numbers);
        for (int i = 0; i < list.size(); i++) {
            // titles pair with numbers only when the cover page prints one per item
            String t = names.size() == list.size() ? names.get(i) : null;
            b.agendaItem(new AgendaItem(list.get(i), t));
        }
    }

    private void workflow(AknElement doc, String lang, DocumentRecord.Builder b) {
        Set<String> seen = new LinkedHashSet<>();
        for (AknElement s : AknXml.descendants(doc, "step")) {
            String outcome = s.attribute("outcome");
            String as = AknXml.attr(s, "as");
            String by = AknXml.attr(s, "by");
            switch (outcome) {
                case "draftResolution" -> {
                    symbols(as, b);
                    addSponsors(b, sponsors.split(by, lang, false), seen);
                }
                case "draftResolutionAdditionalSponsors" -> addSponsors(b, sponsors.split(by, lang, true), seen);
                case "recommendedForAdoption" -> {
                    symbols(as, b);
                }
                case "adopted" -> {
                    LocalDate stepDate = date(AknXml.attr(s, "date"));
                    if (stepDate != null) {
                        // the meeting's date; FRBRdate "adoption" is sometimes the publication date (French 79/285)
                        b.adoptionDate(stepDate);
                    }
                    if (as != null) {
                        String rec = as.replaceAll("\\s+", "");
                        Matcher m = MEETING.matcher(rec);
                        Matcher phrase = MEETING_PHRASE.matcher(as);
                        if (m.find()) {
                            b.meetingRecord(rec);
                            b.meeting(Integer.valueOf(m.group(1)));
                        } else if (phrase.find()) {
                            b.meeting(Integer.valueOf(phrase.group(1)));
                        }
                    }
                }
                default -> {
                    // other steps carry nothing the record holds
                }
            }
        }
    }

    private static void addSponsors(DocumentRecord.Builder b, List<Sponsor> list, Set<String> seen) {
        for (Sponsor s : list) {
            if (seen.add(s.additional() + "|" + s.name())) {
                b.sponsor(s);
            }
        }
    }

    private Vote vote(AknElement doc, String lang) {
        AknElement v = AknXml.firstDescendant(doc, "voting");
        if (v == null) {
            return null;
        }
        String outcome = AknXml.attr(v, "outcome");
        Integer[] counts = new Integer[3];
        List<List<String>> states = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (AknElement c : AknXml.children(v, "count")) {
            int i = switch (c.attribute("refersTo").replaceFirst("^#", "")) {
                case "inFavour" -> 0;
                case "against" -> 1;
                case "abstaining" -> 2;
                default -> -1;
            };
            if (i < 0) {
                continue;
            }
            String n = AknXml.attr(c, "value");
            if (n != null && n.matches("\\d{1,4}")) {
                counts[i] = Integer.valueOf(n);
            }
            for (AknElement o : AknXml.descendants(c, "organization")) {
                String key = stateKey(AknXml.text(o), lang);
                if (key != null) {
                    states.get(i).add(key);
                }
            }
        }
        if (outcome == null && counts[0] == null && counts[1] == null && counts[2] == null) {
            return null;
        }
        return new Vote(outcome, counts[0], counts[1], counts[2], states.get(0), states.get(1), states.get(2));
    }

    String stateKey(String name, String lang) {
        return name == null ? null : sponsors.stateKey(name, lang);
    }

    static LocalDate date(String s) {
        if (s == null || s.startsWith("0001")) {
            return null; // "0001-01-01" is the publisher's "no date"
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
