package org.unkg.eval;

import java.util.Set;

/**
 * One comparable fact: a display label, the slot it fills ("PP3", "fn2", a symbol; null when
 * items are a plain set) and the normalized keys it may be matched by. Two items match when
 * their key sets intersect: a gold organization {"undp", "united nations development programme"}
 * matches a predicted one whose reference entry has that acronym.
 */
public record Item(String slot, String label, Set<String> keys) {
    public Item {
        keys = Set.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("item without keys: " + label);
        }
    }

    /** An item matched by exactly its (already normalized) label. */
    public static Item of(String slot, String key) {
        return new Item(slot, key, Set.of(key));
    }

    public boolean matches(Item o) {
        for (String k : keys) {
            if (o.keys.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
