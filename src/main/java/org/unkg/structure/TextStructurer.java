package org.unkg.structure;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Finding;
import org.unkg.model.LetterInfo;
import org.unkg.model.Paragraph;
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
    /** Runs of spaces and tabs, compiled once (clean() runs on every block). */
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private final ReferenceData ref;
    private final UnaryOperator<DocumentRecord> enrich;
    private final HeaderParser headers;
    /** Profiles of the languages {@link #language} can return, loaded once. */
    private final Map<String, Profile> profiles;
    private final LanguageDetector detector;
    /** One verb finder per profile (immutable; building its verb indices per document cost ~5 % of a text build). */
    private final Map<String, VerbFinder> verbFinders;

    /** {@code enrich} runs last, on the finished record (the extractors add their findings there). */
    public TextStructurer(ReferenceData ref, UnaryOperator<DocumentRecord> enrich) {
        this.ref = ref;
        this.enrich = enrich;
        this.headers = new HeaderParser(ref);
        Map<String, Profile> all = new java.util.LinkedHashMap<>();
        for (String l : Profile.languages()) {
            all.put(l, Profile.load(l));
        }
        this.profiles = Map.copyOf(all);
        Map<String, VerbFinder> finders = new java.util.HashMap<>();
        all.forEach((l, p) -> finders.put(l, new VerbFinder(p, ref)));
        this.verbFinders = Map.copyOf(finders);
        this.detector = new LanguageDetector(List.copyOf(all.values()));
    }

    /** The language of a text (and its file name, which may say it): see {@link LanguageDetector}. */
    public String language(String text, String sourceFile) {
        return detector.detect(fullWidth(text), sourceFile);
    }

    /** The language of a text alone, by every profile (loads the profiles: for one-off use). */
    public static String language(String text) {
        List<Profile> all = Profile.languages().stream().map(Profile::load).toList();
        return new LanguageDetector(all).detect(fullWidth(text), null);
    }

    public DocumentRecord structure(String text, String sourceFile) {
        String folded = fullWidth(text);
        String lang = detector.detect(folded, sourceFile);
        Profile p = profiles.getOrDefault(lang, profiles.get("en"));
        String normalized = rewrite(p, strip(p, folded));
        Profile en = profiles.get("en");
        VerbFinder verbs = verbFinders.getOrDefault(lang, verbFinders.get("en"));
        TextLayout.Layout layout = new TextLayout(p, en, verbs::opensWithVerb).layout(normalized);
        List<TextLayout.Block> blocks = layout.blocks();
        DocumentRecord.Builder b = DocumentRecord.builder().language(p.language()).sourceFile(sourceFile);
        int formula = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (HeaderParser.matches(p, en, "formula", clean(blocks.get(i)))) {
                formula = i;
                break;
            }
        }
        int end = headers.header(p, en, blocks, formula < 0 ? blocks.size() : formula, b);
        int headerEnd = end;
        if (formula >= 0) {
            BodyParser body = new BodyParser(p, verbs, layout.footnotes());
            BodyParser.Body parsed = body.parse(blocks, formula + 1,
                    t -> HeaderParser.closing(p, en, t) || HeaderParser.matches(p, en, "annex", t));
            parsed.preamble().forEach(b::preamble);
            parsed.operative().forEach(b::operative);
            parsed.footnotes().forEach(b::footnote);
            end = parsed.end();
            if (b.symbol() != null || parsed.operative().size() > 0) {
                b.body(p.get("body"));
            }
        }
        LetterInfo letter = headers.trailer(p, en, blocks, end, b);
        if (letter != null) {
            b.letter(letter);
        }
        if (b.build().drafts().isEmpty() && b.build().type() == DocType.RESOLUTION) {
            for (String link : layout.links()) {
                p.match("link", link).map(m -> m.group("sym")).filter(s -> p.match("draft", s).isPresent())
                        .ifPresent(b::draft);
            }
        }
        if (b.symbol() == null && !layout.mastheadSymbols().isEmpty() && b.build().type() != DocType.LETTER) {
            b.symbol(layout.mastheadSymbols().get(0)); // a running head or masthead the layout took out
        }
        if (b.symbol() != null && b.build().type() == DocType.DOCUMENT && p.match("draft", b.symbol()).isPresent()) {
            b.type(DocType.DRAFT_RESOLUTION);
        }
        if (b.build().session() == null && b.symbol() != null) {
            p.pattern("symbol.session").map(x -> x.matcher(b.symbol())).filter(Matcher::find)
                    .ifPresent(m -> b.session(Integer.valueOf(m.group("session"))));
        }
        DocumentRecord record = b.build();
        return withOtherBlocks(enrich.apply(record), record, blocks, headerEnd, letter != null ? end : blocks.size());
    }

    /**
     * Facts in the text that is neither title nor paragraph: the header lines (drafts, agenda
     * titles) as block "header" and a letter's text and annex as block "annex". The extractors
     * see them as two extra paragraphs of a scratch record; only their findings are kept.
     */
    private DocumentRecord withOtherBlocks(DocumentRecord enriched, DocumentRecord record,
                                           List<TextLayout.Block> blocks, int headerEnd, int annexFrom) {
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < headerEnd && i < blocks.size(); i++) {
            header.append(header.length() == 0 ? "" : "\n").append(clean(blocks.get(i)));
        }
        StringBuilder annex = new StringBuilder();
        for (int i = annexFrom; i < blocks.size(); i++) {
            annex.append(annex.length() == 0 ? "" : "\n").append(clean(blocks.get(i)));
        }
        DocumentRecord.Builder scratch = DocumentRecord.builder().symbol(record.symbol()).type(record.type())
                .language(record.language()).sourceFile(record.sourceFile());
        int n = 0;
        for (String[] part : List.of(new String[] {"header", header.toString()}, new String[] {"annex",
                annex.toString()})) {
            if (!part[1].isBlank()) {
                scratch.preamble(new Paragraph(Paragraph.Kind.PREAMBULAR, part[0], ++n, null, null, part[1], List.of(),
                        List.of()));
            }
        }
        if (n == 0) {
            return enriched;
        }
        DocumentRecord found = enrich.apply(scratch.build());
        DocumentRecord.Builder out = enriched.toBuilder();
        // findings are records: a hash set answers what a scan of the list for each finding did
        Set<Finding> known = new HashSet<>(enriched.findings());
        for (var f : found.findings()) {
            if (!known.contains(f)) {
                out.finding(f);
            }
        }
        for (var t : found.treaties()) {
            if (enriched.treaties().stream().noneMatch(x -> x.key().equals(t.key()))) {
                out.treaty(t);
            }
        }
        return out.build();
    }

    static String clean(TextLayout.Block b) {
        return BLANKS.matcher(MarkdownLib.text(b.text())).replaceAll(" ").strip();
    }

    /**
     * Full-width digits, Latin letters and the slash, as some PDFs print them, to ASCII; so are
     * Arabic-Indic (U+0660..0669) and Extended Arabic-Indic (U+06F0..06F9) digits, and the Arabic
     * decimal separator and date slash ("٢٠٢٤/٧٣" is "2024/73").
     */
    static String fullWidth(String s) {
        // read from one copy of the characters: charAt on a UTF-16 string (Chinese, Arabic, Russian)
        // checks its index at every call, and this scan of the whole text was the first reader of those
        // checks in a text build's profile (12 of its 68 samples topped by StringUTF16.checkIndex)
        char[] cs = s.toCharArray();
        int first = 0;
        while (first < cs.length && fold(cs[first]) == cs[first]) {
            first++;
        }
        if (first == cs.length) {
            return s; // nothing to fold or drop (most texts): the text itself, not a copy
        }
        StringBuilder out = new StringBuilder(cs.length);
        out.append(cs, 0, first);
        for (int i = first; i < cs.length; i++) {
            int c = fold(cs[i]);
            if (c >= 0) {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /**
     * What {@link #fullWidth} writes for {@code c}: the character itself (everything below U+0660),
     * its ASCII form, or -1 where it drops it (zero-width and bidi controls: they change no symbol,
     * name or number).
     */
    static int fold(char c) {
        if (c < '\u0660') {
            return c;
        }
        if (invisible(c)) {
            return -1;
        }
        if (c <= '\u0669') {
            return '0' + (c - '\u0660');
        }
        if (c >= '\u06f0' && c <= '\u06f9') {
            return '0' + (c - '\u06f0');
        }
        if (c == '\u066b') {
            return '.';
        }
        boolean alnum = (c >= '\uff10' && c <= '\uff19') || (c >= '\uff21' && c <= '\uff3a')
                || (c >= '\uff41' && c <= '\uff5a') || c == '\uff0f';
        return alnum ? c - 0xfee0 : c;
    }

    /** The text without what the profile's {@code strip} pattern matches (Arabic tatweel). */
    static String strip(Profile p, String s) {
        String chars = p.get("strip");
        return chars.isEmpty() ? s : s.replaceAll(chars, "");
    }

    /**
     * Line rewrites of the profile ({@code rewrite.N} pattern, {@code rewrite.N.to} replacement),
     * applied to every line in order: e.g. Arabic footnote marks "(1)" to the plain marks the body
     * parser knows.
     */
    static String rewrite(Profile p, String s) {
        List<java.util.Map.Entry<Pattern, String>> rules = new java.util.ArrayList<>();
        for (int n = 1; p.pattern("rewrite." + n).isPresent(); n++) {
            rules.add(java.util.Map.entry(p.pattern("rewrite." + n).get(), p.get("rewrite." + n + ".to")));
        }
        if (rules.isEmpty()) {
            return s;
        }
        // a line without the text every match of a rule holds is left as it is without running the rule
        List<String> needs = rules.stream().map(r -> RequiredText.of(r.getKey())).toList();
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            String t = line;
            for (int k = 0; k < rules.size(); k++) {
                var r = rules.get(k);
                if (needs.get(k).isEmpty() || t.contains(needs.get(k))) {
                    t = r.getKey().matcher(t).replaceAll(r.getValue());
                }
            }
            out.append(t).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** Zero-width spaces and joiners, bidi marks and embeddings, word joiner, BOM. */
    static boolean invisible(char c) {
        return (c >= '\u200b' && c <= '\u200f') || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2060' && c <= '\u2064') || (c >= '\u2066' && c <= '\u2069') || c == '\ufeff';
    }
}
