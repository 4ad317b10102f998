package org.unkg.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.model.AgendaItem;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.LetterInfo;
import org.unkg.reference.ReferenceData;

/**
 * The header and closing lines of a text, read with the language profile (and the English one,
 * for the Distr. block every language version prints in English): document type, symbol,
 * title, session, agenda item and its title, committee, drafts and reports, dates, meeting,
 * and for a letter its sender, addressee and annex title.
 */
final class HeaderParser {
    /** An agenda item with a lettered sub-item: "125 (t)", "125 t)", "125 (ر)". */
    private static final java.util.regex.Pattern SUB_ITEM = java.util.regex.Pattern.compile(
            "(\\d{1,3})\\s*\\(?([\\p{L}\u0640]{1,3})\\)");
    private final ReferenceData ref;

    HeaderParser(ReferenceData ref) {
        this.ref = ref;
    }

    /** Header fields from the blocks before the formula; returns where the body or letter text starts. */
    int header(Profile p, Profile en, List<TextLayout.Block> blocks, int stop, DocumentRecord.Builder b) {
        boolean distr = false;
        boolean titleNext = false;
        String agenda = null;
        StringBuilder agendaTitle = null;
        Map<String, String> committees = p.map("committees");
        int i = 0;
        for (; i < stop; i++) {
            String t = TextStructurer.clean(blocks.get(i));
            boolean known = true;
            Optional<Matcher> m;
            if ((m = first(p, en, "distr", t)).isPresent()) {
                distr = true;
                Optional<LocalDate> d = date(p, en, m.get().group("rest"));
                if (d.isPresent()) {
                    b.distributionDate(d.get()).documentDate(d.get());
                    distr = false;
                }
            } else if (distr && date(p, en, t).isPresent() && (p.dateLine(t).isPresent() || en.dateLine(t).isPresent())) {
                LocalDate d = date(p, en, t).get();
                b.distributionDate(d).documentDate(d);
                distr = false;
            } else if ((m = first(p, en, "session", t)).isPresent()) {
                b.session(p.number(m.get().group("ord")) != null ? p.number(m.get().group("ord"))
                        : en.number(m.get().group("ord")));
            } else if ((m = first(p, en, "agenda", t)).isPresent()) {
                agenda = m.get().group("items").strip();
                agendaTitle = new StringBuilder();
                continue;
            } else if (committees.containsKey(t) || en.map("committees").containsKey(t)) {
                b.committee(committees.getOrDefault(t, en.map("committees").get(t)));
            } else if ((m = first(p, en, "adopted", t)).isPresent()) {
                date(p, en, m.get().group("date")).ifPresent(b::adoptionDate);
                b.type(DocType.RESOLUTION);
            } else if (t.startsWith("[") && t.endsWith("]")) {
                bracket(p, en, t, b);
            } else if ((m = p.match("heading", t)).isPresent()) {
                b.symbol(p.get("heading.symbol.prefix") + m.get().group("num").replace(" ", ""));
                b.title(m.get().group("title").strip());
                if (b.build().type() == DocType.DOCUMENT) {
                    b.type(DocType.RESOLUTION);
                }
            } else if ((m = first(p, en, "letter", t)).isPresent()) {
                b.type(DocType.LETTER).title(t);
                date(p, en, m.get().group("date")).ifPresent(b::documentDate);
                b.letter(new LetterInfo(sender(m.get().group("sender"), p.language()), m.get().group("sender").strip(),
                        p.map("addressees").getOrDefault(m.get().group("addressee").strip(),
                                m.get().group("addressee").strip()), null));
                b.body(p.get("body"));
                i++;
                break;
            } else if ((m = first(p, en, "draft.adopted", t)).isPresent()) {
                b.type(DocType.DRAFT_RESOLUTION);
                titleNext = true;
            } else if ((m = first(p, en, "note", t)).isPresent()) {
                b.type(DocType.NOTE).title(t);
            } else if ((m = first(p, en, "report", t)).isPresent() && b.build().type() == DocType.DOCUMENT
                    && (agendaTitle == null || agendaTitle.length() > 0)) {
                // right after the agenda line "Rapport de l'Agence ..." is the item's title, not a report's
                b.type(DocType.REPORT).title(t);
            } else {
                known = false;
                Matcher s = p.pattern("symbol").orElseThrow().matcher(t);
                if (s.find() && b.symbol() == null) {
                    b.symbol(s.group("sym"));
                } else if (titleNext) {
                    b.title(t);
                    titleNext = false;
                } else if (agendaTitle != null) {
                    agendaTitle.append(agendaTitle.length() == 0 || !p.joinsWithSpace() ? "" : " ").append(t);
                }
            }
            if (known && agendaTitle != null && agenda != null) {
                flushAgenda(p, b, agenda, agendaTitle);
                agenda = null;
                agendaTitle = null;
            }
        }
        if (agenda != null) {
            flushAgenda(p, b, agenda, agendaTitle);
        }
        return i;
    }

    private static void flushAgenda(Profile p, DocumentRecord.Builder b, String items, StringBuilder title) {
        String t = title == null || title.length() == 0 ? null : title.toString().strip();
        for (String item : items.split(p.get("agenda.split"))) {
            if (!item.isBlank()) {
                b.agendaItem(new AgendaItem(agendaItem(p, item.strip()), t));
            }
        }
    }

    /**
     * An agenda item number as the AKN reader writes it: "125 t)" (Russian) and "125 (ر)" (Arabic,
     * letters in the profile's {@code agenda.letters} order) become "125(t)"; others stay.
     */
    static String agendaItem(Profile p, String item) {
        Matcher m = SUB_ITEM.matcher(item);
        if (!m.matches() || item.matches("\\d+ \\([a-z]{1,2}\\)")) {
            return item; // no sub-item, or already as English prints it ("19 (a)")
        }
        String letter = p.map("agenda.letters").getOrDefault(m.group(2), m.group(2));
        return m.group(1) + "(" + letter + ")";
    }

    /** "[without reference to a Main Committee (A/76/L.74 and …)]" or "[on the report of the Second Committee (A/76/533)]". */
    private static void bracket(Profile p, Profile en, String t, DocumentRecord.Builder b) {
        if (t.contains(p.get("without.committee")) || t.contains(en.get("without.committee"))) {
            b.withoutMainCommittee(true);
        }
        Optional<Matcher> report = find(p, en, "on.report", t);
        if (report.isPresent()) {
            String c = report.get().group("committee");
            b.committee(p.map("committees").getOrDefault(c, en.map("committees").getOrDefault(c, c)));
            b.withoutMainCommittee(false);
            Matcher r = Pattern.compile(p.get("report.symbol")).matcher(t);
            while (r.find()) {
                b.report(r.group());
            }
        }
        Matcher d = p.pattern("draft").orElseThrow().matcher(t);
        while (d.find()) {
            b.draft(d.group());
        }
    }

    /** Closing lines after the body: adoption date, plenary meeting, a letter's annex title. */
    LetterInfo trailer(Profile p, Profile en, List<TextLayout.Block> blocks, int from, DocumentRecord.Builder b) {
        String annex = null;
        for (int i = from; i < blocks.size(); i++) {
            String t = TextStructurer.clean(blocks.get(i));
            Optional<Matcher> meeting = first(p, en, "meeting", t);
            if (meeting.isPresent()) {
                b.meeting(Integer.valueOf(meeting.get().group("n")));
            } else if (matches(p, en, "annex", t) && annex == null) {
                annex = t;
            } else if (b.build().adoptionDate() == null && b.build().type() != DocType.LETTER
                    && (p.dateLine(t).isPresent() || en.dateLine(t).isPresent())) {
                b.adoptionDate(p.dateLine(t).or(() -> en.dateLine(t)).get());
            }
        }
        LetterInfo l = b.build().letter();
        if (l != null && annex != null) {
            return new LetterInfo(l.senderKey(), l.senderName(), l.addressee(), annex);
        }
        return l;
    }

    /** The State a sender phrase names: the whole phrase, else the longest State name in it. */
    private String sender(String phrase, String lang) {
        Optional<String> whole = ref.stateKey(phrase.strip(), lang);
        if (whole.isPresent()) {
            return whole.get();
        }
        String best = null;
        int len = 0;
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        for (ReferenceData.Entry s : ref.states()) {
            for (String n : s.names(lang)) {
                if (n.length() > len && lower.contains(n.toLowerCase(java.util.Locale.ROOT))) {
                    best = s.key();
                    len = n.length();
                }
            }
        }
        return best;
    }

    static boolean closing(Profile p, Profile en, String t) {
        return matches(p, en, "meeting", t) || p.dateLine(t).isPresent() || en.dateLine(t).isPresent();
    }

    /** What {@code first(p, en, key, t).isPresent()} says, through the patterns' gates. */
    static boolean matches(Profile p, Profile en, String key, String t) {
        return p.matches(key, t) || en.matches(key, t);
    }

    private static Optional<Matcher> first(Profile p, Profile en, String key, String t) {
        return p.match(key, t).or(() -> en.match(key, t));
    }

    private static Optional<Matcher> find(Profile p, Profile en, String key, String t) {
        for (Profile x : List.of(p, en)) {
            Optional<Matcher> m = x.pattern(key).map(pt -> pt.matcher(t)).filter(Matcher::find);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Profile p, Profile en, String s) {
        return p.date(s).or(() -> en.date(s));
    }

}
