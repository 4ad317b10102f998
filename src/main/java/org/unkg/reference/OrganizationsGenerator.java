package org.unkg.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.UnkgException;
import org.unkg.rdf.Iris;
import org.unkg.rdf.ORGV;
import org.unkg.rdf.UNKG;

/**
 * Builds {@code organizations.tsv}: every UN system entity of the shared {@code entities.json}
 * (as {@code unkg:UNEntity}), the curated additions of {@code organizations.tsv} (the United
 * Nations itself, offices, Main Committees, regional centres, other intergovernmental
 * organizations as {@code unkg:Organization}), the names of {@code organization-names.tsv}, and the
 * reviewed learned names of {@code organization-labels.tsv}.
 */
final class OrganizationsGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(OrganizationsGenerator.class);

    /** One organization being built. */
    private static final class Org {
        final NameSet names = new NameSet();
        final Set<String> parents = new TreeSet<>();
        Resource type = UNKG.UNEntity;
        String acronym;
    }

    private OrganizationsGenerator() {
    }

    static Model generate(Path shared, Path sources, Iris iris) {
        Map<String, Org> orgs = new TreeMap<>();
        JsonArray entities = JSON.parseAny(TableLib.read(shared.resolve("reference/entities.json"))).getAsArray();
        Map<String, String> keyByName = new HashMap<>();
        for (JsonValue v : entities) {
            JsonObject o = v.getAsObject();
            String name = o.getString("long_name").strip();
            keyByName.put(name, key(o));
        }
        for (JsonValue v : entities) {
            JsonObject o = v.getAsObject();
            String key = key(o);
            if (orgs.containsKey(key)) {
                throw new UnkgException("entities.json: two entities with key " + key);
            }
            Org org = new Org();
            org.names.label("en", o.getString("long_name").strip());
            org.acronym = acronym(o);
            JsonValue shortName = o.get("short_name");
            if (shortName != null && shortName.isString() && org.acronym == null) {
                org.names.alt("en", shortName.getAsString().value().strip());
            }
            for (JsonValue p : o.get("principal_organ").getAsArray()) {
                String parent = keyByName.get(p.getAsString().value().strip());
                if (parent == null) {
                    throw new UnkgException("entities.json: unknown principal organ " + p);
                }
                org.parents.add(parent);
            }
            orgs.put(key, org);
        }
        for (Map<String, String> r : TableLib.tsv(sources.resolve("organizations.tsv"))) {
            Org org = orgs.computeIfAbsent(r.get("key"), k -> new Org());
            org.type = switch (r.get("class")) {
                case "UNEntity" -> UNKG.UNEntity;
                case "Organization" -> UNKG.Organization;
                default -> throw new UnkgException("organizations.tsv: unknown class " + r.get("class"));
            };
            if (!r.get("acronym").isEmpty()) {
                org.acronym = r.get("acronym");
            }
            if (!r.get("parent").isEmpty()) {
                org.parents.add(r.get("parent"));
            }
            org.names.label("en", r.get("label"));
        }
        Map<String, NameSet> curated = new TreeMap<>();
        for (Map<String, String> r : TableLib.tsv(sources.resolve("organization-names.tsv"))) {
            Org org = orgs.get(r.get("key"));
            if (org == null) {
                throw new UnkgException("organization-names.tsv: unknown key " + r.get("key"));
            }
            if ("label".equals(r.get("role"))) {
                org.names.label(r.get("lang"), r.get("name"));
            } else {
                org.names.alt(r.get("lang"), r.get("name"));
            }
            curated.computeIfAbsent(r.get("key"), k -> new NameSet()).alt(r.get("lang"), r.get("name"));
        }
        learned(orgs, sources.resolve("organization-labels.tsv"));
        Map<String, NameSet> names = new TreeMap<>();
        orgs.forEach((k, o) -> {
            names.put(k, o.names);
            curated.computeIfAbsent(k, x -> new NameSet()).alt("en", o.names.label("en"));
        });
        Ambiguity.resolve(names, curated, "organization");

        Model m = ModelFactory.createDefaultModel();
        Set<String> acronyms = new TreeSet<>();
        for (Map.Entry<String, Org> e : orgs.entrySet()) {
            Org o = e.getValue();
            Resource r = m.createResource(iris.org(e.getKey()));
            r.addProperty(RDF.type, o.type);
            o.names.write(m, r);
            if (o.acronym != null) {
                if (!acronyms.add(o.acronym)) {
                    throw new UnkgException("acronym " + o.acronym + " used twice");
                }
                r.addProperty(UNKG.acronym, o.acronym);
            }
            for (String p : o.parents) {
                if (!orgs.containsKey(p)) {
                    throw new UnkgException("unknown parent organization " + p + " of " + e.getKey());
                }
                r.addProperty(ORGV.subOrganizationOf, m.createResource(iris.org(p)));
            }
        }
        LOG.info("organizations: {} ({} with an acronym)", orgs.size(), acronyms.size());
        return m;
    }

    /**
     * Adds the reviewed rows of {@code organization-labels.tsv} (names learned from the aligned
     * language versions by {@code org.unkg.learn.OrganizationNameTool}, then read and corrected by
     * hand): "pref" is the language's label when the curated names give none, else an alternative
     * name; "alt" is an alternative name. Rows not marked reviewed are left out. No file: nothing.
     */
    private static void learned(Map<String, Org> orgs, Path file) {
        if (!Files.exists(file)) {
            return;
        }
        int added = 0;
        for (Map<String, String> r : TableLib.tsv(file)) {
            Org org = orgs.get(r.get("key"));
            if (org == null) {
                throw new UnkgException("organization-labels.tsv: unknown key " + r.get("key"));
            }
            if (!"yes".equals(r.get("reviewed"))) {
                continue;
            }
            if ("pref".equals(r.get("kind")) && org.names.label(r.get("lang")) == null) {
                org.names.label(r.get("lang"), r.get("label"));
            } else {
                org.names.alt(r.get("lang"), r.get("label"));
            }
            added++;
        }
        LOG.info("organizations: {} reviewed learned names", added);
    }

    /** The short name when it is an acronym: one word with at least two capitals ("UNDP", "UN-Women"). */
    private static String acronym(JsonObject o) {
        JsonValue v = o.get("short_name");
        if (v == null || !v.isString()) {
            return null;
        }
        String s = v.getAsString().value().strip();
        return !s.contains(" ") && s.chars().filter(Character::isUpperCase).count() >= 2 ? s : null;
    }

    private static String key(JsonObject o) {
        String a = acronym(o);
        return NameLib.slug(a != null ? a : o.getString("long_name"));
    }
}
