package org.unkg.reference;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.UnkgException;

/**
 * Makes every name (after normalization, per language) name one entity. A name that is one
 * entity's label or curated alias stays with it and is dropped from the others, where it was
 * only derived (a CLDR name, a name without its qualifier); a name derived for several
 * entities and owned by none is dropped from all; two owners are a curation error.
 */
final class Ambiguity {
    private static final Logger LOG = LoggerFactory.getLogger(Ambiguity.class);

    private Ambiguity() {
    }

    static void resolve(Map<String, NameSet> names, Map<String, NameSet> curated, String kind) {
        Map<String, Map<String, Set<String>>> index = new TreeMap<>(); // lang -> normalized -> keys
        names.forEach((key, ns) -> {
            for (String lang : ns.languages()) {
                for (String n : ns.names(lang)) {
                    index.computeIfAbsent(lang, k -> new TreeMap<>())
                            .computeIfAbsent(ReferenceData.normalize(n), k -> new TreeSet<>()).add(key);
                }
            }
        });
        index.forEach((lang, byName) -> byName.forEach((name, keys) -> {
            if (keys.size() < 2) {
                return;
            }
            Set<String> owners = new TreeSet<>();
            for (String k : keys) {
                String label = names.get(k).label(lang);
                boolean isLabel = label != null && ReferenceData.normalize(label).equals(name);
                NameSet c = curated.get(k);
                boolean isCurated = c != null && c.names(lang).stream().anyMatch(a -> ReferenceData.normalize(a).equals(name));
                if (isLabel || isCurated) {
                    owners.add(k);
                }
            }
            if (owners.size() > 1) {
                throw new UnkgException("the " + lang + " name '" + name + "' names the " + kind + "s " + owners);
            }
            for (String k : keys) {
                if (!owners.contains(k)) {
                    names.get(k).removeAlt(lang, name);
                }
            }
            LOG.debug("ambiguous {} name '{}'@{} {}: kept for {}", kind, name, lang, keys, owners);
        }));
    }
}
