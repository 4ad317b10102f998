package org.unkg.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.model.AgendaItem;
import org.unkg.model.Citation;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.EntityKind;
import org.unkg.model.Finding;
import org.unkg.model.Footnote;
import org.unkg.model.Mention;
import org.unkg.model.Paragraph;
import org.unkg.model.TreatyRef;
import org.unkg.reference.ReferenceData;

/**
 * Brings a {@link DocumentRecord} (from any reader) to comparable {@link Facts}. Organizations and
 * treaties are matched through the reference data: a record's organization key stands for its
 * acronym and every English label and alias, so it can meet a gold entry by acronym or by name.
 *
 * <pre>{@code
 * Facts f = RecordFacts.forGold(ref).facts(record);
 * }</pre>
 */
public final class RecordFacts {
    private static final Pattern UNTS_KEY = Pattern.compile("unts-(\\d+)");
    private static final Pattern JOINT = Pattern.compile("-(?=[A-Z]+/)");
    private static final Pattern PART_LETTER = Pattern.compile("(.*/\\d+)[A-Z]");
    private static final Pattern PART_RANGE = Pattern.compile("(.*/\\d+)([A-Z])-([A-Z])");
    private static final Pattern OLD_PART = Pattern.compile("(.*/\\d+)[A-Z](\\([IVXLC]+\\))");
    private static final String SUPPLEMENT = "(SUPP)";

    private final ReferenceData ref;
    private final boolean draftsAreReferences;
    private final String citationExtractor;
    private final boolean lenientParts;

    private RecordFacts(ReferenceData ref, boolean draftsAreReferences, String citationExtractor, boolean lenientParts) {
        this.ref = ref;
        this.draftsAreReferences = draftsAreReferences;
        this.citationExtractor = citationExtractor;
        this.lenientParts = lenientParts;
    }

    /**
     * As the gold counts: drafts named in the adoption line are referenced documents too, and
     * every citation counts whatever extractor found it.
     */
    public static RecordFacts forGold(ReferenceData ref) {
        return new RecordFacts(ref, true, null, false);
    }

    /**
     * For comparison with AKN XML: drafts are scored only as draft symbols, citations of the XML
     * side are only those from {@code xmlExtractor} (its linked citations, "akn-links"; null for
     * the text side), and "53/243" matches "53/243 A" (the XML links only the base symbol).
     */
    public static RecordFacts forAkn(ReferenceData ref, String xmlExtractor) {
        return new RecordFacts(ref, false, xmlExtractor, true);
    }

    public Facts facts(DocumentRecord d) {
        String lang = d.language() == null ? "und" : d.language();
        Map<String, String> sc = new LinkedHashMap<>();
        sc.put(Fields.SYMBOL, Norm.symbol(d.symbol()));
        sc.put(Fields.TYPE, type(d.type()));
        sc.put(Fields.TITLE, Norm.text(d.title(), lang));
        sc.put(Fields.SESSION, d.session() == null ? null : d.session().toString());
        sc.put(Fields.COMMITTEE, committee(d.committee()));
        sc.put(Fields.AGENDA_ITEM_TITLE, d.agendaItems().stream().map(AgendaItem::title).filter(t -> t != null)
                .findFirst().map(t -> Norm.text(t, lang)).orElse(null));
        sc.put(Fields.ADOPTION_DATE, iso(d.adoptionDate()));
        LocalDate doc = d.type() == DocType.LETTER
                ? first(d.documentDate(), d.distributionDate()) : first(d.distributionDate(), d.documentDate());
        sc.put(Fields.DOCUMENT_DATE, iso(doc));
        sc.put(Fields.PLENARY_MEETING, d.meeting() == null ? null : d.meeting().toString());
        sc.put(Fields.WITHOUT_MAIN_COMMITTEE, d.withoutMainCommittee() == null ? null : d.withoutMainCommittee().toString());
        sc.put(Fields.PREAMBULAR_PARAGRAPHS, Integer.toString(d.preamble().size()));
        boolean anyNumber = d.operative().stream().anyMatch(RecordFacts::hasNumber);
        sc.put(Fields.OPERATIVE_PARAGRAPHS, Long.toString(d.operative().stream().filter(p -> counted(p, anyNumber))
                .count()));

        Map<String, List<Item>> sets = new LinkedHashMap<>();
        sets.put(Fields.AGENDA_ITEMS, d.agendaItems().stream().filter(a -> a.number() != null)
                .map(a -> Item.of(null, agendaNumber(a.number()))).distinct().toList());
        sets.put(Fields.DRAFT_SYMBOLS, adoptionLineSymbols(d).stream().map(s -> symbolItem(Norm.symbol(s))).distinct()
                .toList());
        List<Item> pv = new ArrayList<>();
        for (int i = 0; i < d.preamble().size(); i++) {
            Paragraph p = d.preamble().get(i);
            if (p.verb() != null) {
                pv.add(verb("PP" + (i + 1), p.verb(), lang));
            }
        }
        sets.put(Fields.PREAMBULAR_VERBS, pv);
        List<Item> ov = new ArrayList<>();
        for (Paragraph p : d.operative()) {
            if (p.verb() != null && counted(p, anyNumber)) {
                ov.add(verb("OP" + (p.number() != null ? p.number() : Integer.toString(p.ordinal())), p.verb(), lang));
            }
        }
        sets.put(Fields.OPERATIVE_VERBS, ov);
        List<Item> fns = new ArrayList<>();
        List<Item> att = new ArrayList<>();
        for (Footnote f : d.footnotes()) {
            String n = f.marker();
            fns.add(Item.of("fn" + n, n));
            String to = paragraphLabel(f.attachedTo());
            att.add(new Item("fn" + n, String.valueOf(to), Set.of(n + "@" + to)));
        }
        sets.put(Fields.FOOTNOTES, fns);
        sets.put(Fields.FOOTNOTE_ATTACHMENT, att);
        sets.put(Fields.STATES, mentions(d, EntityKind.STATE).stream()
                .map(k -> new Item(null, k.toUpperCase(Locale.ROOT), Set.of(k.toLowerCase(Locale.ROOT)))).toList());
        sets.put(Fields.ORGANIZATIONS, mentions(d, EntityKind.ORGANIZATION).stream().map(this::organization).toList());
        sets.put(Fields.TREATIES, mentions(d, EntityKind.TREATY).stream().map(k -> treaty(k, d)).toList());
        citations(d, sets);
        return new Facts(d.sourceFile(), lang, sc, sets);
    }

    private void citations(DocumentRecord d, Map<String, List<Item>> sets) {
        String own = Norm.symbol(d.symbol());
        Set<String> drafts = new HashSet<>();
        d.drafts().forEach(s -> drafts.add(Norm.symbol(s)));
        Set<String> adoptionLine = new HashSet<>(drafts); // scored as draftSymbols when drafts are not references
        d.reports().forEach(s -> adoptionLine.add(Norm.symbol(s)));
        Map<String, Item> refs = new LinkedHashMap<>();
        Map<String, Item> dates = new LinkedHashMap<>();
        for (Finding f : d.findings()) {
            if (!(f instanceof Citation c) || c.symbol() == null
                    || (citationExtractor != null && !citationExtractor.equals(c.extractor()))) {
                continue;
            }
            String sym = Norm.symbol(c.symbol());
            if (sym.equals(own) || (!draftsAreReferences && adoptionLine.contains(sym))) {
                continue;
            }
            refs.putIfAbsent(sym, symbolItem(sym));
            if (c.date() != null) {
                dates.putIfAbsent(sym + "@" + c.date(), new Item(sym, c.date(), Set.of(sym + "@" + c.date())));
            }
        }
        if (draftsAreReferences) {
            drafts.stream().sorted().forEach(s -> refs.putIfAbsent(s, symbolItem(s)));
        }
        sets.put(Fields.REFERENCED_DOCUMENTS, List.copyOf(refs.values()));
        sets.put(Fields.REFERENCE_DATES, List.copyOf(dates.values()));
    }

    /**
     * For the gold: the drafts. For AKN: the symbols the adoption line prints, which a PDF shows and
     * the text path can find: the Main Committee's report for a committee resolution (the XML's
     * draft symbols of a committee are not printed there), otherwise the drafts; a text record may
     * hold them as drafts or reports.
     */
    private List<String> adoptionLineSymbols(DocumentRecord d) {
        if (!lenientParts) {
            return d.drafts();
        }
        if (citationExtractor == null) {
            List<String> all = new ArrayList<>(d.drafts());
            all.addAll(d.reports());
            return all;
        }
        return d.committee() != null && !d.reports().isEmpty() ? d.reports() : d.drafts();
    }

    private Item symbolItem(String sym) {
        Set<String> keys = new HashSet<>();
        keys.add(sym);
        if (lenientParts) { // the XML links "53/243" for "53/243 A and B", "A/75/651" for "A/75/651-S/2020/1203"
            Matcher m = PART_LETTER.matcher(sym);
            if (m.matches()) {
                keys.add(m.group(1));
            }
            for (String part : JOINT.split(sym)) {
                keys.add(part);
            }
            // "A/RES/53/243A-B" is 53/243 A and B; "A/RES/217A(III)" is linked as "A/RES/217(III)";
            // "A/34/45(SUPP)" is the Official Records printing of the report A/34/45, printed so
            Matcher r = PART_RANGE.matcher(sym);
            if (r.matches()) {
                keys.add(r.group(1));
                for (char c = r.group(2).charAt(0); c <= r.group(3).charAt(0); c++) {
                    keys.add(r.group(1) + c);
                }
            }
            Matcher o = OLD_PART.matcher(sym);
            if (o.matches()) {
                keys.add(o.group(1) + o.group(2));
            }
            if (sym.endsWith(SUPPLEMENT)) {
                keys.add(sym.substring(0, sym.length() - SUPPLEMENT.length()));
            }
        }
        return new Item(null, sym, keys);
    }

    /**
     * A committee as the organization the reference data names it ("Special Political and
     * Decolonization Committee" and "Fourth Committee" are one), else its normalized name.
     */
    private String committee(String name) {
        Optional<String> key = name == null || ref == null ? Optional.empty() : ref.orgKey(name, "en");
        Optional<String> label = key.flatMap(k -> ref.organizations().stream().filter(o -> o.key().equals(k))
                .findFirst()).flatMap(o -> o.names("en").stream().findFirst());
        return Norm.key(label.orElse(name), "en");
    }

    private Item organization(String key) {
        Set<String> keys = new HashSet<>();
        keys.add(key.toLowerCase(Locale.ROOT));
        String label = key;
        Optional<ReferenceData.Entry> e = ref == null ? Optional.empty()
                : ref.organizations().stream().filter(o -> o.key().equals(key)).findFirst();
        if (e.isPresent()) {
            if (e.get().acronym() != null) {
                keys.add(e.get().acronym().toLowerCase(Locale.ROOT));
                label = e.get().acronym();
            }
            for (String n : e.get().names("en")) {
                keys.add(Norm.key(n, "en"));
            }
            if (e.get().acronym() == null && !e.get().names("en").isEmpty()) {
                label = e.get().names("en").get(0);
            }
        }
        keys.remove(null);
        return new Item(null, label, keys);
    }

    private Item treaty(String key, DocumentRecord d) {
        Set<String> keys = new HashSet<>();
        keys.add(key.toLowerCase(Locale.ROOT));
        String label = key;
        Matcher m = UNTS_KEY.matcher(key);
        if (m.matches()) {
            keys.add("unts:" + m.group(1));
        }
        for (TreatyRef t : d.treaties()) {
            if (key.equals(t.key())) {
                if (t.untsNumber() != null) {
                    keys.add("unts:" + t.untsNumber());
                }
                if (t.label() != null) {
                    keys.add(Norm.key(t.label(), t.language() == null ? "en" : t.language()));
                    label = t.label();
                }
            }
        }
        if (ref != null) {
            for (ReferenceData.Entry e : ref.treaties()) {
                if (e.key().equals(key)) {
                    e.names("en").forEach(n -> keys.add(Norm.key(n, "en")));
                    if (!e.names("en").isEmpty()) {
                        label = e.names("en").get(0);
                    }
                }
            }
        }
        keys.remove(null);
        return new Item(null, label, keys);
    }

    private static List<String> mentions(DocumentRecord d, EntityKind kind) {
        return d.findings().stream().filter(f -> f instanceof Mention m && m.kind() == kind && m.key() != null)
                .map(f -> ((Mention) f).key()).distinct().toList();
    }

    /**
     * Whether an operative paragraph counts as one: it carries a paragraph number ("5", "5."), or
     * the document numbers none of its paragraphs (a resolution of one paragraph prints it without
     * a number). Not counted: unnumbered blocks among numbered paragraphs (section headings "IX",
     * "Regional cooperation", the Pact's "Action 1." lines) and sub-items that a reader left at the
     * top level (some Chinese AKN files give "(a)" items as sibling paragraphs).
     */
    static boolean counted(Paragraph p, boolean anyNumber) {
        return hasNumber(p) || p.number() == null && !anyNumber;
    }

    static boolean hasNumber(Paragraph p) {
        return p.number() != null && p.number().strip().matches("\\d+\\.?");
    }

    /** A verb item: matched only in its slot ("PP3") and only by the same verb. */
    static Item verb(String slot, String verb, String lang) {
        String k = Norm.key(verb, lang);
        return new Item(slot, verb == null ? "(none)" : verb.strip(), Set.of(slot + "|" + (k == null ? "" : k)));
    }

    /** "19 (a)" and "19(a)" are the same agenda item. */
    static String agendaNumber(String n) {
        return n.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** "preamble/8" gives "PP8", "operative/5/a" gives "OP5", anything else stays. */
    static String paragraphLabel(String key) {
        if (key == null) {
            return null;
        }
        String[] p = key.split("/");
        if (p.length >= 2 && p[0].equals("preamble")) {
            return "PP" + p[1];
        }
        if (p.length >= 2 && p[0].equals("operative")) {
            return "OP" + p[1];
        }
        return key;
    }

    private static String type(DocType t) {
        return t == null ? null : t.name().toLowerCase(Locale.ROOT);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate first(LocalDate a, LocalDate b) {
        return a != null ? a : b;
    }
}
