package org.unkg.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

import org.apache.jena.rdf.model.Statement;
import org.unkg.model.DocumentRecord;
import org.unkg.model.EntityKind;
import org.unkg.model.Finding;
import org.unkg.model.Mention;
import org.unkg.model.Span;
import org.unkg.model.TreatyRef;
import org.unkg.rdf.UNKG;
import org.unkg.reference.ReferenceData;

/**
 * Treaties: reference treaties by name ("Charter of the United Nations", "the Charter",
 * 《联合国宪章》), Treaty Series references in footnotes ("United Nations, Treaty Series, vol. 2970,
 * No. 51633" gives key "unts-51633" and a {@link TreatyRef} labelled with the instrument named
 * where the footnote mark stands), and instruments the reference data does not know, named by a
 * title ("Convention on ...", 《……公约》) or described ("agreement between Kyrgyzstan and
 * Uzbekistan on the State border", 关于……的条约), keyed by a slug.
 */
public final class TreatyExtractor implements Extractor, Scan.Reader {
    private final EntityGazetteers gazetteers;
    private final Map<Integer, String> keyByUntsNumber;
    private final Map<String, TreatyGrammar> grammars = new ConcurrentHashMap<>();
    private final GazetteerUnion.Member shared;

    /** Builds the gazetteers (once; reuse the instance). */
    public TreatyExtractor(ReferenceData ref) {
        this(ref, new EntityGazetteers(ref.treaties(), "treaties"), null);
    }

    /** Over gazetteers built elsewhere, reading them in the automaton pass of {@code shared} (or alone when null). */
    TreatyExtractor(ReferenceData ref, EntityGazetteers gazetteers, GazetteerUnion.Member shared) {
        this.gazetteers = gazetteers;
        this.shared = shared;
        Map<Integer, String> m = new HashMap<>();
        for (ReferenceData.Entry e : ref.treaties()) {
            Statement st = ref.model().getResource(e.iri()).getProperty(UNKG.untsNumber);
            if (st != null && st.getObject().isLiteral()) {
                m.put(st.getInt(), e.key());
            }
        }
        this.keyByUntsNumber = Map.copyOf(m);
    }

    @Override
    public String id() {
        return "treaties";
    }

    @Override
    public List<Finding> extract(DocumentRecord doc) {
        return extractAll(doc).findings();
    }

    @Override
    public Extraction extractAll(DocumentRecord doc) {
        return extractAll(doc, new Scan(doc));
    }

    @Override
    public Extraction extractAll(DocumentRecord doc, Scan scan) {
        TreatyGrammar g = grammars.computeIfAbsent(doc.language() == null ? "en" : doc.language(),
                TreatyGrammar::forLanguage);
        Gazetteer gaz = gazetteers.forLanguage(doc.language());
        List<Block> blocks = scan.blocks();
        List<Finding> out = new ArrayList<>();
        Map<String, TreatyRef> refs = new LinkedHashMap<>();
        for (int bi = 0; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            int first = out.size();
            List<Gazetteer.Match> known = shared == null ? gaz.find(scan.projection(bi), true)
                    : gaz.resolve(scan.projection(bi), shared.hits(scan, doc.language(), bi), true);
            for (Gazetteer.Match m : known) {
                out.add(new Mention(id(), m.span(b.key()), EntityKind.TREATY, m.key()));
            }
            for (InstrumentFinder.Instrument in : InstrumentFinder.find(g, b.text())) {
                if (known.stream().noneMatch(k -> k.start() < in.end() && in.start() < k.end())) {
                    String key = slug(in.name());
                    out.add(new Mention(id(), new Span(b.key(), in.start(), in.end(), in.name()), EntityKind.TREATY, key));
                    refs.putIfAbsent(key, new TreatyRef(key, in.name(), doc.language(), null, null, in.date()));
                }
            }
            if (g.unts != null) {
                Matcher u = g.unts.matcher(b.text());
                while (u.find()) {
                    int vol = Integer.parseInt(u.group("vol"));
                    int no = Integer.parseInt(u.group("no"));
                    String key = keyByUntsNumber.getOrDefault(no, "unts-" + no);
                    out.add(new Mention(id(), new Span(b.key(), u.start(), u.end(), u.group()), EntityKind.TREATY, key));
                    String label = b.attachedTo() == null ? null
                            : InstrumentFinder.nameBefore(g, gaz, scan.projection(b.attachedTo()), b.key());
                    refs.put(key, new TreatyRef(key, label, doc.language(), vol, no, null));
                }
            }
            out.subList(first, out.size()).sort(Comparator.comparingInt((Finding f) -> f.span().start())
                    .thenComparing(Comparator.comparingInt((Finding f) -> f.span().end()).reversed()));
        }
        rekeyToUnts(out, refs);
        return new Extraction(out, List.copyOf(refs.values()));
    }

    /** A slug-keyed instrument whose printed name is the label of a UNTS reference is that treaty. */
    private static void rekeyToUnts(List<Finding> out, Map<String, TreatyRef> refs) {
        Map<String, String> untsByLabel = new HashMap<>();
        for (TreatyRef r : refs.values()) {
            if (r.untsNumber() != null && r.label() != null) {
                untsByLabel.put(r.label(), r.key());
            }
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Mention m && untsByLabel.containsKey(m.span().surface())
                    && !m.key().equals(untsByLabel.get(m.span().surface()))) {
                refs.remove(m.key());
                out.set(i, new Mention(m.extractor(), m.span(), m.kind(), untsByLabel.get(m.span().surface())));
            }
        }
    }

    /** A stable key for a treaty without reference data: ASCII words, or a hash for other scripts. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (s.length() >= 8) {
            return s.length() > 80 ? s.substring(0, 80).replaceAll("-$", "") : s;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(MatchText.normalizeName(name).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("t-");
            for (int i = 0; i < 6; i++) {
                sb.append(String.format("%02x", h[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
