package org.unkg.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.unkg.model.Annex;
import org.unkg.model.Citation;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Finding;
import org.unkg.model.Footnote;
import org.unkg.model.Mention;
import org.unkg.model.Paragraph;
import org.unkg.model.Span;
import org.unkg.model.Sponsor;
import org.unkg.model.Subject;
import org.unkg.model.TreatyRef;
import org.unkg.model.Vote;
import org.unkg.reference.ReferenceData;

/**
 * Maps one {@link DocumentRecord} to triples: a pure function, no shared mutable state, so
 * documents can be mapped in parallel and the same record always gives the same triples.
 * Language versions of one document give the same Work and paragraph IRIs, so their triples
 * merge when written together.
 *
 * <pre>{@code
 * List<Triple> ts = new DocumentMapper(Iris.defaults(), ReferenceData.load()).map(record);
 * }</pre>
 */
public final class DocumentMapper {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DASH_ENDS = Pattern.compile("^-+|-+$");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern RESOLUTION = Pattern.compile("^[A-Z]+/RES/.*");
    private static final Pattern DRAFT = Pattern.compile(".*/L\\.\\d+.*");

    private final Iris iris;
    private final ReferenceData ref;
    private final java.util.Set<String> referenceTreaties;
    private final MentionMapper mentions;
    private final ShortcutMapper shortcuts;
    /** xsd:integer nodes of 0 .. SMALL - 1 (ordinals, span offsets, counts), made once: most integers a document maps. */
    private final Node[] smallIntegers = new Node[SMALL];
    private static final int SMALL = 4096;

    public DocumentMapper(Iris iris, ReferenceData ref) {
        this.iris = iris;
        this.ref = ref;
        this.mentions = new MentionMapper(iris);
        this.shortcuts = new ShortcutMapper(iris);
        for (int i = 0; i < SMALL; i++) {
            smallIntegers[i] = integerNode(i);
        }
        this.referenceTreaties = ref.treaties().stream().map(ReferenceData.Entry::key)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public Iris iris() {
        return iris;
    }

    /** The Work IRI of a record: from its symbol, or a stable key for a letter without one. */
    public String workIri(DocumentRecord d) {
        if (d.symbol() != null && !d.symbol().isBlank()) {
            return iris.work(d.symbol());
        }
        // body, session, date, type and sender: what identifies an unnumbered letter or note
        String organ = "A";
        String session = d.session() == null ? "x" : d.session().toString();
        LocalDate date = d.documentDate() != null ? d.documentDate() : d.distributionDate();
        String sender = d.letter() != null && d.letter().senderKey() != null ? d.letter().senderKey() : "unknown";
        String kind = d.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return iris.work(organ + "/" + session + "/" + kind + "/" + (date == null ? "undated" : date) + "-" + sender);
    }

    public List<Triple> map(DocumentRecord d) {
        Out out = new Out();
        String lang = d.language() == null ? "en" : d.language();
        Node w = uri(workIri(d));
        out.add(w, RDF.type, classOf(d.type()));
        if (d.symbol() != null) {
            out.add(w, DCTerms.identifier, lit(d.symbol()));
        }
        if (d.title() != null && !d.title().isBlank()) {
            out.add(w, DCTerms.title, lit(d.title().strip(), lang));
        }
        if (d.adoptionDate() != null) {
            out.add(w, ELI.date_document, date(d.adoptionDate()));
        }
        if (d.type() == DocType.LETTER && d.documentDate() != null) {
            out.add(w, DCTerms.date, date(d.documentDate()));
        }
        Node session = null;
        if (d.session() != null) {
            session = uri(iris.session("A", d.session()));
            out.add(w, UNKG.session, session);
            out.add(session, RDF.type, UNKG.Session);
            out.add(session, UNKG.number, integer(d.session()));
            for (var ai : d.agendaItems()) {
                Node a = uri(iris.agendaItem("A", d.session(), ai.number()));
                out.add(w, UNKG.agendaItem, a);
                out.add(a, RDF.type, UNKG.AgendaItem);
                out.add(a, UNKG.number, lit(ai.number()));
                out.add(a, UNKG.inSession, session);
                if (ai.title() != null && !ai.title().isBlank()) {
                    out.add(a, DCTerms.title, lit(ai.title().strip(), lang));
                }
            }
            if (d.meeting() != null) {
                Node m = uri(iris.meeting("A", d.session(), d.meeting()));
                out.add(w, UNKG.adoptedAt, m);
                out.add(m, RDF.type, UNKG.Meeting);
                out.add(m, UNKG.number, integer(d.meeting()));
                out.add(m, UNKG.inSession, session);
                if (d.meetingRecord() != null) {
                    out.add(m, UNKG.record, lit(d.meetingRecord()));
                }
            }
        }
        if (d.committee() != null && !d.committee().isBlank()) {
            // a committee the reference data knows (by any of its names) is that organization
            var known = ref.orgKey(d.committee(), "en");
            Node c = uri(iris.org(known.orElse(slug(d.committee()))));
            out.add(w, UNKG.committee, c);
            if (known.isEmpty()) {
                out.add(c, RDF.type, UNKG.UNEntity);
                out.add(c, RDFS.label, lit(d.committee(), "en"));
            }
        }
        if (d.withoutMainCommittee() != null) {
            out.add(w, UNKG.withoutMainCommittee, NodeFactory.createLiteralDT(d.withoutMainCommittee().toString(),
                    XSDDatatype.XSDboolean));
        }
        for (String draft : d.drafts()) {
            out.add(w, UNKG.draft, citedWork(out, draft));
        }
        for (String report : d.reports()) {
            out.add(w, UNKG.report, citedWork(out, report));
        }
        for (Sponsor s : d.sponsors()) {
            Property p = s.additional() ? UNKG.additionalSponsor : UNKG.sponsor;
            if (s.stateKey() != null) {
                out.add(w, p, uri(iris.state(s.stateKey())));
            } else if (s.name() != null && !s.name().isBlank()) {
                out.add(w, UNKG.sponsorName, lit(s.name().strip(), lang));
            }
        }
        mapVote(out, w, d.vote());
        for (Subject s : d.subjects()) {
            if (s.iri() != null && s.iri().startsWith("http")) {
                Node c = uri(s.iri());
                out.add(w, DCTerms.subject, c);
                if (s.label() != null && !s.label().isBlank()) {
                    out.add(c, SKOS.prefLabel, lit(s.label().strip(), lang));
                }
            }
        }
        Node e = mapExpression(out, d, w, lang);

        Map<String, Node> blocks = new HashMap<>();
        Map<String, String> verbs = new HashMap<>();
        for (Paragraph p : d.preamble()) {
            mapParagraph(out, w, w, p, lang, blocks, verbs);
        }
        for (Paragraph p : d.operative()) {
            mapParagraph(out, w, w, p, lang, blocks, verbs);
        }
        Map<String, String> attached = new HashMap<>();
        for (Footnote f : d.footnotes()) {
            Node fn = uri(iris.part(w.getURI(), f.key()));
            out.add(fn, RDF.type, UNKG.Footnote);
            out.add(fn, ELI.is_part_of, w);
            out.add(fn, UNKG.marker, lit(f.marker(), lang)); // versions number their notes differently
            out.add(fn, UNKG.text, lit(f.text().strip(), lang));
            if (f.attachedTo() != null && blocks.containsKey(f.attachedTo())) {
                out.add(fn, UNKG.attachedTo, blocks.get(f.attachedTo()));
                attached.put(f.key(), f.attachedTo());
            }
            blocks.put(f.key(), fn);
        }
        for (Annex a : d.annexes()) {
            Node an = uri(iris.part(w.getURI(), a.key()));
            out.add(an, RDF.type, UNKG.Annex);
            out.add(an, ELI.is_part_of, w);
            if (a.title() != null && !a.title().isBlank()) {
                out.add(an, DCTerms.title, lit(a.title().strip(), lang));
            }
            out.add(an, UNKG.text, lit(a.text().strip(), lang));
            blocks.put(a.key(), an);
        }
        for (TreatyRef t : d.treaties()) {
            Node tn = uri(iris.treaty(t.key()));
            out.add(tn, RDF.type, UNKG.Treaty);
            if (referenceTreaties.contains(t.key())) {
                continue; // the reference data names and numbers it; a printed variant must not add a second label
            }
            if (t.label() != null && !t.label().isBlank()) {
                out.add(tn, RDFS.label, lit(t.label().strip(), t.language() == null ? lang : t.language()));
            }
            if (t.untsVolume() != null) {
                out.add(tn, UNKG.untsVolume, integer(t.untsVolume()));
            }
            if (t.untsNumber() != null) {
                out.add(tn, UNKG.untsNumber, integer(t.untsNumber()));
            }
            if (t.date() != null) {
                out.add(tn, DCTerms.date, partialDate(t.date()));
            }
        }
        for (Finding f : d.findings()) {
            mapFinding(out, d, w, e, f, lang, blocks, verbs, attached);
        }
        mentions.addTo(d, w, out.triples);
        shortcuts.addTo(d, w, lang, out.triples);
        if (d.letter() != null) {
            var l = d.letter();
            if (l.senderKey() != null) {
                out.add(w, DCTerms.creator, uri(iris.state(l.senderKey())));
            }
            if (l.senderName() != null && !l.senderName().isBlank()) {
                out.add(w, UNKG.senderName, lit(l.senderName().strip(), lang));
            }
            if (l.addressee() != null && !l.addressee().isBlank()) {
                out.add(w, UNKG.addressee, lit(l.addressee().strip(), lang));
            }
            if (l.annexTitle() != null && !l.annexTitle().isBlank()) {
                out.add(w, UNKG.annexTitle, lit(l.annexTitle().strip(), lang));
            }
        }
        return out.triples;
    }

    private Node mapExpression(Out out, DocumentRecord d, Node w, String lang) {
        Node e = uri(iris.expression(w.getURI(), lang));
        out.add(e, RDF.type, UNKG.Expression);
        out.add(e, ELI.realizes, w);
        out.add(e, DCTerms.language, lit(lang));
        Set<String> withText = new HashSet<>();
        Set<String> withVerb = new HashSet<>();
        countParagraphs(d.preamble(), withText, withVerb);
        countParagraphs(d.operative(), withText, withVerb);
        if (!withText.isEmpty()) { // what a query comparing language versions needs, without reading every text
            out.add(e, UNKG.paragraphsWithText, integer(withText.size()));
            out.add(e, UNKG.paragraphsWithVerb, integer(withVerb.size()));
        }
        if (d.sourceFile() != null) {
            String name = d.sourceFile().replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1);
            out.add(e, PROV.wasDerivedFrom, uri(iris.source(name)));
        }
        if (d.distributionDate() != null) {
            out.add(e, DCTerms.issued, date(d.distributionDate()));
        }
        if (d.symbol() != null) {
            out.add(e, RDFS.seeAlso, uri("https://undocs.org/" + lang + "/" + Iris.path(d.symbol())));
        }
        return e;
    }

    /** The keys of the paragraphs (sub-items included) with a text, and with a verb and a text, as mapped. */
    private static void countParagraphs(List<Paragraph> ps, Set<String> withText, Set<String> withVerb) {
        for (Paragraph p : ps) {
            if (p.text() != null && !p.text().isBlank()) {
                withText.add(p.key());
                if (p.verb() != null && !p.verb().isBlank()) {
                    withVerb.add(p.key());
                }
            }
            countParagraphs(p.items(), withText, withVerb);
        }
    }

    private void mapParagraph(Out out, Node w, Node parent, Paragraph p, String lang, Map<String, Node> blocks,
                              Map<String, String> verbs) {
        Node pn = uri(iris.part(w.getURI(), p.key()));
        blocks.put(p.key(), pn);
        out.add(pn, RDF.type, p.kind() == Paragraph.Kind.PREAMBULAR ? UNKG.PreambularParagraph : UNKG.OperativeParagraph);
        out.add(pn, ELI.is_part_of, parent);
        out.add(pn, UNKG.ordinal, integer(p.ordinal()));
        if (p.number() != null) {
            out.add(pn, UNKG.number, lit(p.number()));
        }
        if (p.verb() != null && !p.verb().isBlank()) {
            out.add(pn, UNKG.verb, lit(p.verb().strip(), lang));
            verbs.put(p.key(), p.verb());
        }
        if (p.text() != null && !p.text().isBlank()) {
            out.add(pn, UNKG.text, lit(p.text().strip(), lang));
        }
        for (Paragraph item : p.items()) {
            mapParagraph(out, w, pn, item, lang, blocks, verbs);
            if (item.verb() == null && p.verb() != null) {
                verbs.putIfAbsent(item.key(), p.verb());
            }
        }
    }

    private void mapFinding(Out out, DocumentRecord d, Node w, Node e, Finding f, String lang,
                            Map<String, Node> blocks, Map<String, String> verbs, Map<String, String> attached) {
        Span s = f.span();
        String paraKey = attached.getOrDefault(s.block(), s.block());
        Node para = blocks.get(paraKey);
        Node target;
        Property rel;
        Property typed = null;
        if (f instanceof Mention m) {
            target = switch (m.kind()) {
                case STATE -> uri(iris.state(m.key()));
                case ORGANIZATION -> uri(iris.org(m.key()));
                case TREATY -> uri(iris.treaty(m.key()));
            };
            rel = UNKG.mentions;
        } else {
            Citation c = (Citation) f;
            if (c.symbol() == null || c.symbol().equals(d.symbol())) {
                return;
            }
            target = citedWork(out, c.symbol());
            rel = CITO.cites;
            String verb = verbs.get(paraKey);
            if (verb != null) {
                typed = ref.citationRelation(verb, lang).map(org.apache.jena.rdf.model.ResourceFactory::createProperty)
                        .orElse(null);
            }
        }
        out.add(w, rel, target);
        if (para != null) {
            out.add(para, rel, target);
            if (typed != null) {
                out.add(para, typed, target);
            }
        }
        if (typed != null) {
            out.add(w, typed, target);
        }
        Node sp = uri(iris.span(e.getURI(), s.block(), s.start(), s.end()) + "/" + Iris.segment(f.extractor()));
        out.add(e, UNKG.span, sp);
        out.add(sp, RDF.type, UNKG.Span);
        Node in = blocks.get(s.block());
        if (in != null) {
            out.add(sp, UNKG.inParagraph, in);
        }
        out.add(sp, UNKG.start, integer(s.start()));
        out.add(sp, UNKG.end, integer(s.end()));
        if (s.surface() != null) {
            out.add(sp, UNKG.surface, lit(s.surface(), lang));
        }
        out.add(sp, UNKG.refersTo, target);
        out.add(sp, UNKG.relation, uri((typed != null ? typed : rel).getURI()));
        out.add(sp, UNKG.extractor, lit(f.extractor()));
        if (f instanceof Citation c && c.date() != null) {
            out.add(sp, DCTerms.date, partialDate(c.date()));
        }
    }

    private Node citedWork(Out out, String symbol) {
        Node c = uri(iris.work(symbol));
        out.add(c, DCTerms.identifier, lit(symbol));
        Resource type = RESOLUTION.matcher(symbol).matches() ? UNKG.Resolution
                : DRAFT.matcher(symbol).matches() ? UNKG.DraftResolution : UNKG.Document;
        out.add(c, RDF.type, type);
        return c;
    }

    private void mapVote(Out out, Node w, Vote v) {
        if (v == null) {
            return;
        }
        if (v.outcome() != null) {
            out.add(w, UNKG.voteOutcome, lit(v.outcome()));
        }
        if (v.inFavour() != null) {
            out.add(w, UNKG.votesInFavour, integer(v.inFavour()));
        }
        if (v.against() != null) {
            out.add(w, UNKG.votesAgainst, integer(v.against()));
        }
        if (v.abstaining() != null) {
            out.add(w, UNKG.abstentions, integer(v.abstaining()));
        }
        v.yes().forEach(k -> out.add(w, UNKG.votedInFavour, uri(iris.state(k))));
        v.no().forEach(k -> out.add(w, UNKG.votedAgainst, uri(iris.state(k))));
        v.abstain().forEach(k -> out.add(w, UNKG.abstained, uri(iris.state(k))));
    }

    private static Resource classOf(DocType t) {
        return switch (t) {
            case RESOLUTION -> UNKG.Resolution;
            case DRAFT_RESOLUTION -> UNKG.DraftResolution;
            case LETTER -> UNKG.Letter;
            case NOTE -> UNKG.Note;
            case REPORT -> UNKG.Report;
            case DOCUMENT -> UNKG.Document;
        };
    }

    /** "Second Committee" → "second-committee". */
    public static String slug(String name) {
        String s = MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)).replaceAll("");
        s = DASH_ENDS.matcher(NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "_" : s;
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node lit(String s) {
        return NodeFactory.createLiteralString(clean(s));
    }

    static Node lit(String s, String lang) {
        return NodeFactory.createLiteralLang(clean(s), lang);
    }

    private Node integer(int n) {
        return n >= 0 && n < SMALL ? smallIntegers[n] : integerNode(n);
    }

    /** An int's decimal form is a valid xsd:integer lexical form, in canonical form. */
    static Node integerNode(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    /** "2019-09-12" → xsd:date, "2019" → xsd:gYear, "2019-09" → xsd:gYearMonth, else a plain string. */
    static Node partialDate(String s) {
        if (FULL_DATE.matcher(s).matches()) {
            return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdate);
        }
        if (YEAR.matcher(s).matches()) {
            return NodeFactory.createLiteralDT(s, XSDDatatype.XSDgYear);
        }
        if (YEAR_MONTH.matcher(s).matches()) {
            return NodeFactory.createLiteralDT(s, XSDDatatype.XSDgYearMonth);
        }
        return lit(s);
    }

    /** Drops characters no RDF syntax can carry (C0 controls but tab/newline, lone surrogates, U+FFFE/F). */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0xD800) { // nearly every character: none of the cases below
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                    || (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
            if (bad && b == null) {
                b = new StringBuilder(s.substring(0, i));
            } else if (!bad && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static final class Out {
        final List<Triple> triples = new ArrayList<>();

        void add(Node s, Property p, Node o) {
            triples.add(Triple.create(s, p.asNode(), o));
        }

        void add(Node s, Property p, Resource o) {
            triples.add(Triple.create(s, p.asNode(), o.asNode()));
        }
    }
}
