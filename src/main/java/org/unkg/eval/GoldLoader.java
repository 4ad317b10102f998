package org.unkg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.unkg.InputException;

/**
 * Reads a gold annotation ({@code shared/gold/*.json}, schema in its README) into {@link Facts}.
 *
 * <pre>{@code
 * Facts gold = GoldLoader.load(Path.of("../shared/gold/004_9303243878ae590c.json"));
 * gold.scalar(Fields.SYMBOL);   // "A/RES/79/5"
 * }</pre>
 */
public final class GoldLoader {
    private GoldLoader() {
    }

    /** The gold facts of one file; the file name of the corpus text is {@code file} in the JSON. */
    public static Facts load(Path json) {
        JsonObject o;
        try (InputStream in = Files.newInputStream(json)) {
            o = JSON.parse(in);
        } catch (IOException | RuntimeException e) {
            throw new InputException(json.toString(), null, "cannot read gold annotation: " + e.getMessage(), e);
        }
        String lang = str(o.get("language"));
        JsonObject d = o.getObj("document");
        if (lang == null || d == null) {
            throw new InputException(json.toString(), null, "gold annotation without language or document");
        }
        Map<String, String> sc = new LinkedHashMap<>();
        sc.put(Fields.SYMBOL, Norm.symbol(str(d.get("symbol"))));
        sc.put(Fields.TYPE, lower(str(d.get("type"))));
        sc.put(Fields.TITLE, Norm.text(str(d.get("title")), lang));
        sc.put(Fields.SESSION, str(d.get("session")));
        sc.put(Fields.COMMITTEE, Norm.key(str(d.get("committee")), "en"));
        sc.put(Fields.AGENDA_ITEM_TITLE, Norm.text(str(d.get("agendaItemTitle")), lang));
        sc.put(Fields.ADOPTION_DATE, str(d.get("adoptionDate")));
        sc.put(Fields.DOCUMENT_DATE, str(d.get("documentDate")));
        sc.put(Fields.PLENARY_MEETING, str(d.get("plenaryMeeting")));
        sc.put(Fields.WITHOUT_MAIN_COMMITTEE, str(d.get("adoptedWithoutReferenceToMainCommittee")));
        sc.put(Fields.PREAMBULAR_PARAGRAPHS, str(d.get("preambularParagraphs")));
        sc.put(Fields.OPERATIVE_PARAGRAPHS, str(d.get("operativeParagraphs")));

        Map<String, List<Item>> sets = new LinkedHashMap<>();
        sets.put(Fields.AGENDA_ITEMS, strings(d.get("agendaItems")).stream()
                .map(n -> Item.of(null, RecordFacts.agendaNumber(n))).toList());
        sets.put(Fields.DRAFT_SYMBOLS, strings(d.get("draftSymbols")).stream()
                .map(s -> Item.of(null, Norm.symbol(s))).toList());
        List<Item> pv = new ArrayList<>();
        List<String> verbs = strings(o.get("preambularVerbs"));
        for (int i = 0; i < verbs.size(); i++) {
            pv.add(RecordFacts.verb("PP" + (i + 1), verbs.get(i), lang));
        }
        sets.put(Fields.PREAMBULAR_VERBS, pv);
        sets.put(Fields.OPERATIVE_VERBS, objects(o.get("operativeVerbs")).stream()
                .map(v -> RecordFacts.verb("OP" + str(v.get("n")), str(v.get("verb")), lang)).toList());
        List<Item> fns = new ArrayList<>();
        List<Item> att = new ArrayList<>();
        for (JsonObject f : objects(o.get("footnotes"))) {
            String n = str(f.get("n"));
            fns.add(Item.of("fn" + n, n));
            String to = str(f.get("attachedTo"));
            att.add(new Item("fn" + n, String.valueOf(to), Set.of(n + "@" + to)));
        }
        sets.put(Fields.FOOTNOTES, fns);
        sets.put(Fields.FOOTNOTE_ATTACHMENT, att);
        sets.put(Fields.STATES, objects(o.get("states")).stream()
                .map(s -> new Item(null, str(s.get("name")), Set.of(lower(str(s.get("iso3")))))).toList());
        sets.put(Fields.ORGANIZATIONS, objects(o.get("organizations")).stream().map(GoldLoader::organization).toList());
        sets.put(Fields.TREATIES, objects(o.get("treaties")).stream().map(t -> treaty(t, lang)).toList());
        List<Item> refs = new ArrayList<>();
        List<Item> dates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonObject r : objects(o.get("referencedDocuments"))) {
            String sym = Norm.symbol(str(r.get("symbol")));
            if (sym == null || !seen.add(sym)) {
                continue;
            }
            refs.add(Item.of(null, sym));
            String date = str(r.get("date"));
            if (date != null) {
                dates.add(new Item(sym, date, Set.of(sym + "@" + date)));
            }
        }
        sets.put(Fields.REFERENCED_DOCUMENTS, refs);
        sets.put(Fields.REFERENCE_DATES, dates);
        return new Facts(str(o.get("file")), lang, sc, sets);
    }

    private static Item organization(JsonObject org) {
        String name = str(org.get("name"));
        String acronym = str(org.get("acronym"));
        Set<String> keys = new HashSet<>();
        if (acronym != null) {
            keys.add(acronym.toLowerCase(Locale.ROOT));
        }
        keys.add(Norm.key(name, "en"));
        return new Item(null, acronym != null ? acronym : name, keys);
    }

    /**
     * A treaty is met by its UNTS number, its English name, or a name as printed (its annotated
     * surfaces): a treaty without an official English title is named in the gold by a rendering
     * of the text, which a reader of the original language cannot be expected to produce.
     */
    private static Item treaty(JsonObject t, String lang) {
        String name = str(t.get("name"));
        String number = str(t.get("untsNumber"));
        Set<String> keys = new HashSet<>();
        if (number != null) {
            keys.add("unts:" + number);
        }
        keys.add(Norm.key(name, "en"));
        JsonValue surfaces = t.get("surface");
        if (surfaces != null && surfaces.isArray()) {
            for (JsonValue v : surfaces.getAsArray()) {
                String k = v.isString() ? Norm.key(v.getAsString().value(), lang) : null;
                if (k != null) {
                    keys.add(k);
                }
            }
        }
        keys.remove(null);
        return new Item(null, number != null ? name + " (UNTS " + number + ")" : name, keys);
    }

    private static String str(JsonValue v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().toString();
        }
        if (v.isBoolean()) {
            return Boolean.toString(v.getAsBoolean().value());
        }
        return v.toString();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static List<String> strings(JsonValue v) {
        if (v == null || !v.isArray()) {
            return List.of();
        }
        return v.getAsArray().stream().map(GoldLoader::str).filter(s -> s != null).toList();
    }

    private static List<JsonObject> objects(JsonValue v) {
        if (v == null || !v.isArray()) {
            return List.of();
        }
        return v.getAsArray().stream().filter(JsonValue::isObject).map(JsonValue::getAsObject).toList();
    }
}
