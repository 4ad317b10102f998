package org.unkg.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

import org.unkg.model.AgendaItem;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.LetterInfo;
import org.unkg.reference.ReferenceData;

/**
 * Recovers a {@link DocumentRecord} from the text of a UN document (PDF extraction or a
 * markdown-ish conversion): language from the script, then the language profile drives the
 * header (symbol, session, agenda item, committee, dates, drafts), the preamble and operative
 * paragraphs with their verbs and footnotes, and the closing lines. Stateless and thread-safe.
 *
 * <pre>{@code
 * TextStructurer s = new TextStructurer(ReferenceData.load(), UnaryOperator.identity());
 * DocumentRecord d = s.structure(text, "corpus/001.txt");
 * }</pre>
 */
public final class TextStructurer {
    private final ReferenceData ref;
    private final UnaryOperator<DocumentRecord> enrich;

    /** {@code enrich} runs last, on the finished record (the extractors add their findings there). */
    public TextStructurer(ReferenceData ref, UnaryOperator<DocumentRecord> enrich) {
        this.ref = ref;
        this.enrich = enrich;
    }

    /** "zh" when the text is mostly written in Han characters, else "en". */
    public static String language(String text) {
        long han = 0;
        long latin = 0;
        for (int i = 0; i < text.length() && i < 200_000; i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if (Character.isLetter(c)) {
                latin++;
            }
        }
        return han > 0 && han * 5 >= latin ? "zh" : "en";
    }

    public DocumentRecord structure(String text, String sourceFile) {
        String normalized = fullWidth(text);
        String lang = language(normalized);
        Profile p = Profile.load(lang);
        Profile en = Profile.load("en");
        TextLayout.Layout layout = new TextLayout(p, en).layout(normalized);
        List<TextLayout.Block> blocks = layout.blocks();
        DocumentRecord.Builder b = DocumentRecord.builder().language(p.language()).sourceFile(sourceFile);
        int formula = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (matches(p, en, "formula", clean(blocks.get(i)))) {
                formula = i;
                break;
            }
        }
        int end = header(p, en, blocks, formula < 0 ? blocks.size() : formula, b);
        if (formula >= 0) {
            BodyParser body = new BodyParser(p, new VerbFinder(p, ref), layout.footnotes());
            BodyParser.Body parsed = body.parse(blocks, formula + 1,
                    t -> closing(p, en, t) || matches(p, en, "annex", t));
            parsed.preamble().forEach(b::preamble);
            parsed.operative().forEach(b::operative);
            parsed.footnotes().forEach(b::footnote);
            end = parsed.end();
            if (b.symbol() != null || parsed.operative().size() > 0) {
                b.body(p.get("body"));
            }
        }
        LetterInfo letter = trailer(p, en, blocks, end, b);
        if (letter != null) {
            b.letter(letter);
        }
        if (b.build().drafts().isEmpty() && b.build().type() == DocType.RESOLUTION) {
            for (String link : layout.links()) {
                p.match("link", link).map(m -> m.group("sym")).filter(s -> p.match("draft", s).isPresent())
                        .ifPresent(b::draft);
            }
        }
        if (b.build().session() == null && b.symbol() != null) {
            p.pattern("symbol.session").map(x -> x.matcher(b.symbol())).filter(Matcher::find)
                    .ifPresent(m -> b.session(Integer.valueOf(m.group("session"))));
        }
        return enrich.apply(b.build());
    }

    /** Header fields from the blocks before the formula; returns where the body or letter text starts. */
    private int header(Profile p, Profile en, List<TextLayout.Block> blocks, int stop, DocumentRecord.Builder b) {
        boolean distr = false;
        String agenda = null;
        StringBuilder agendaTitle = null;
        Map<String, String> committees = p.map("committees");
        int i = 0;
        for (; i < stop; i++) {
            String t = clean(blocks.get(i));
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
            } else if ((m = first(p, en, "note", t)).isPresent()) {
                b.type(DocType.NOTE).title(t);
            } else if ((m = first(p, en, "report", t)).isPresent() && b.build().type() == DocType.DOCUMENT) {
                b.type(DocType.REPORT).title(t);
            } else {
                known = false;
                Matcher s = p.pattern("symbol").orElseThrow().matcher(t);
                if (s.find() && b.symbol() == null) {
                    b.symbol(s.group("sym"));
                } else if (agendaTitle != null) {
                    agendaTitle.append(agendaTitle.length() == 0 || !p.joinsWithSpace() ? "" : " ").append(t);
                }
            }
            if (known && agendaTitle != null && agenda != null) {
                flushAgenda(b, agenda, agendaTitle);
                agenda = null;
                agendaTitle = null;
            }
        }
        if (agenda != null) {
            flushAgenda(b, agenda, agendaTitle);
        }
        return i;
    }

    private static void flushAgenda(DocumentRecord.Builder b, String items, StringBuilder title) {
        String t = title == null || title.length() == 0 ? null : title.toString().strip();
        for (String item : items.split("\\s*(?:,|\u3001|\u548c| and )\\s*")) {
            if (!item.isBlank()) {
                b.agendaItem(new AgendaItem(item.strip(), t));
            }
        }
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
            Matcher r = java.util.regex.Pattern.compile(p.get("report.symbol")).matcher(t);
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
    private LetterInfo trailer(Profile p, Profile en, List<TextLayout.Block> blocks, int from, DocumentRecord.Builder b) {
        String annex = null;
        for (int i = from; i < blocks.size(); i++) {
            String t = clean(blocks.get(i));
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

    private static boolean closing(Profile p, Profile en, String t) {
        return first(p, en, "meeting", t).isPresent() || p.dateLine(t).isPresent() || en.dateLine(t).isPresent();
    }

    private static boolean matches(Profile p, Profile en, String key, String t) {
        return first(p, en, key, t).isPresent();
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

    private static String clean(TextLayout.Block b) {
        return MarkdownLib.text(b.text()).replaceAll("[ \\t]+", " ").strip();
    }

    /** Full-width digits, Latin letters and the slash, as some PDFs print them, to ASCII. */
    static String fullWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= '\uff10' && c <= '\uff19') || (c >= '\uff21' && c <= '\uff3a')
                    || (c >= '\uff41' && c <= '\uff5a') || c == '\uff0f';
            out.append(alnum ? (char) (c - 0xfee0) : c);
        }
        return out.toString();
    }
}
