package org.unkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.InputException;
import org.unkg.model.DocType;
import org.unkg.model.DocumentRecord;
import org.unkg.model.Sponsor;
import org.unkg.model.Vote;
import org.unkg.reference.ReferenceData;

/**
 * Reads one AKN4UN resolution ({@code <akomaNtoso>}, the UN's machine-readable General Assembly
 * resolutions) into a {@link DocumentRecord}: metadata, sponsors, vote and subjects, preambular
 * and operative paragraphs with their verbs, footnotes, and a citation for every link to
 * undocs.org / docs.un.org. Where a publisher's extract is given, its votes and sponsors fill
 * what the XML leaves out. Each file is parsed once, in one streaming pass ({@code AknStax}) into a
 * small element tree the readers walk. Thread-safe; parsing refuses DTDs and external entities.
 *
 * <pre>{@code
 * DocumentReader r = new AknReader(ReferenceData.load(), AknExtract.none());
 * DocumentRecord d = r.read(Path.of("A_RES_79_5-2419776E.xml"));   // d.symbol() = "A/RES/79/5"
 * }</pre>
 */
public final class AknReader implements DocumentReader {
    private static final Logger LOG = LoggerFactory.getLogger(AknReader.class);
    private static final int PEEK = 4096;
    /** Larger files are not UN resolutions; refuse them rather than exhaust memory. */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    /**
     * Optional BOM, XML declaration, comments and DOCTYPE, then the root element akomaNtoso: a
     * prefix of the head ({@code lookingAt}; the rest of the 4 KiB need not be walked).
     */
    private static final Pattern ROOT = Pattern.compile("(?s)\\A\\uFEFF?\\s*(?:<\\?xml[^>]*>\\s*)?"
            + "(?:<!--.*?-->\\s*|<!DOCTYPE[^\\[>]*(?:\\[.*?\\])?\\s*>\\s*)*<([\\w.-]+:)?akomaNtoso\\b");

    /** The publisher's file names: "A_RES_79_304-2510827R.xml", "A_RES_76_84 A-B-2118640C.xml". */
    private static final Pattern PUBLISHER_NAME = Pattern.compile("([AS])_RES_(\\d{1,3})_(\\d{1,4})[ A-Z-]*-\\d{5,}[ACEFRS]\\.xml");

    private final AknExtract extract;
    private final AknPhrases phrases;
    private final AknMeta meta;
    private final AknStax stax = new AknStax();

    public AknReader(ReferenceData ref, AknExtract extract) {
        this.extract = extract == null ? AknExtract.none() : extract;
        this.phrases = AknPhrases.load();
        this.meta = new AknMeta(ref, phrases);
    }

    @Override
    public String id() {
        return "akn";
    }

    /** An {@code .xml} file whose root element is {@code akomaNtoso} (looked for in its first 4 KiB). */
    @Override
    public boolean accepts(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml") || !Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = new byte[PEEK];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int r; n < PEEK && (r = in.read(head, n, PEEK - n)) > 0; ) {
                n += r;
            }
        } catch (IOException e) {
            return true; // let read() report why it cannot be read
        }
        String s = new String(head, 0, n, StandardCharsets.UTF_8);
        return ROOT.matcher(s).lookingAt();
    }

    @Override
    public DocumentRecord read(Path file) throws InputException {
        return readWithReport(file).record();
    }

    /** A record and what the reader did not map (element name → count), for coverage checks. */
    record Read(DocumentRecord record, Map<String, Integer> unhandled) {
    }

    Read readWithReport(Path file) {
        AknElement root = stax.parse(checkSize(file), file);
        if (!AknXml.is(root, "akomaNtoso")) {
            throw new InputException(file.toString(), null, "not AKN: the root element is <" + AknXml.name(root) + ">");
        }
        AknElement doc = AknXml.elements(root).stream().findFirst()
                .orElseThrow(() -> new InputException(file.toString(), null, "empty <akomaNtoso>"));
        String lang = language(doc, file);
        DocumentRecord.Builder b = DocumentRecord.builder().type(DocType.RESOLUTION).language(lang)
                .sourceFile(file.toString());
        meta.read(doc, lang, b);
        if (b.symbol() == null) {
            throw new InputException(file.toString(), null, "no symbol: neither coverPage docNumber nor FRBRuri");
        }
        checkFileName(file, b.symbol());
        AknBody body = new AknBody(b);
        body.read(doc);
        reportMarkup(file, body);
        DocumentRecord d = b.build();
        DocumentRecord filled = fill(d);
        LOG.debug("{}: {} preambular, {} operative, {} footnotes, {} links; not mapped: {}", file,
                d.preamble().size(), d.operative().size(), d.footnotes().size(), d.findings().size(), body.unhandled());
        return new Read(filled, Map.copyOf(body.unhandled()));
    }

    /**
     * Refuses a file whose publisher's name ("A_RES_79_304-2510827R.xml": symbol, job number,
     * language) names another resolution than its metadata: the Russian A/RES/79/304 is published
     * with the header of A/RES/79/309, and mapping it would give 79/309 two Russian texts and
     * 79/304 none. Which of the two is right cannot be told from the file, so it is skipped with
     * both symbols in the report. Files named otherwise are not checked.
     */
    static void checkFileName(Path file, String symbol) {
        Matcher m = PUBLISHER_NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return;
        }
        String named = m.group(1) + "/RES/" + m.group(2) + "/" + m.group(3);
        boolean same = symbol.startsWith(named)
                && (symbol.length() == named.length() || !Character.isDigit(symbol.charAt(named.length())));
        if (!same) {
            throw new InputException(file.toString(), null, "the metadata says " + symbol + ", the publisher's file name "
                    + named + ": the file carries another resolution's header; skipped");
        }
    }

    /**
     * One warning per file whose markup other language versions may not share: paragraphs
     * without a number among numbered ones, numbers without text. Their keys come from this file
     * alone, so a version that numbers them gives them other IRIs (nothing conflicts, but they do
     * not merge).
     */
    private static void reportMarkup(Path file, AknBody body) {
        List<String> keys = body.unnumberedKeys();
        int empty = body.unhandled().getOrDefault(AknBody.EMPTY, 0);
        if (!keys.isEmpty() || empty > 0) {
            LOG.warn("{}: {} paragraph(s) without a number among numbered ones, keyed by the paragraph they follow"
                    + " (first {}); {} number(s) without text", file, keys.size(), keys.isEmpty() ? "-" : keys.get(0), empty);
        }
    }

    /** Refuses oversized files and runs of text no UN document has, before parsing; the bytes to parse. */
    private static byte[] checkSize(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(file.toString(), null, "larger than " + MAX_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            Limits.checkXml(bytes, file.toString());
            return bytes;
        } catch (IOException e) {
            throw new InputException(file.toString(), null, "cannot read: " + e.getMessage(), e);
        }
    }

    private String language(AknElement doc, Path file) {
        AknElement l = AknXml.firstDescendant(doc, "FRBRlanguage");
        String code = AknXml.attr(l, "language");
        return phrases.language(code).orElseThrow(() -> new InputException(file.toString(), null,
                "unknown FRBRlanguage '" + code + "' (expected eng, zho, fra, spa, rus or ara)"));
    }

    /** The extract's votes and sponsors where the XML has none. */
    private DocumentRecord fill(DocumentRecord d) {
        var entry = extract.get(d.symbol());
        if (entry.isEmpty()) {
            return d;
        }
        AknExtract.Entry x = entry.get();
        DocumentRecord.Builder b = d.toBuilder();
        Vote v = d.vote();
        boolean recorded = x.votingType() != null && x.votingType().contains("Recorded")
                || v != null && v.outcome() != null && v.outcome().contains("Recorded");
        if (recorded) {
            Vote base = v != null ? v : new Vote(x.votingType(), null, null, null, List.of(), List.of(), List.of());
            b.vote(new Vote(base.outcome() != null ? base.outcome() : x.votingType(),
                    base.inFavour() != null ? base.inFavour() : x.inFavourCount(),
                    base.against() != null ? base.against() : x.againstCount(),
                    base.abstaining() != null ? base.abstaining() : x.abstainingCount(),
                    base.yes().isEmpty() ? keys(x.inFavour(), d.language()) : base.yes(),
                    base.no().isEmpty() ? keys(x.against(), d.language()) : base.no(),
                    base.abstain().isEmpty() ? keys(x.abstaining(), d.language()) : base.abstain()));
        } else if (v == null && x.votingType() != null) {
            b.vote(new Vote(x.votingType(), null, null, null, List.of(), List.of(), List.of()));
        }
        boolean hasMain = d.sponsors().stream().anyMatch(s -> !s.additional());
        boolean hasAdditional = d.sponsors().stream().anyMatch(Sponsor::additional);
        List<Sponsor> extra = new ArrayList<>();
        if (!hasMain) {
            x.sponsors().forEach(n -> extra.addAll(meta.sponsorList().split(n, d.language(), false)));
        }
        if (!hasAdditional) {
            x.additionalSponsors().forEach(n -> extra.addAll(meta.sponsorList().split(n, d.language(), true)));
        }
        extra.forEach(b::sponsor);
        return b.build();
    }

    private List<String> keys(List<String> names, String lang) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String k = meta.stateKey(n, lang);
            if (k != null && !out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }
}
