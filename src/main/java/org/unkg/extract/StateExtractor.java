package org.unkg.extract;

import org.unkg.model.EntityKind;
import org.unkg.reference.ReferenceData;

/**
 * Mentions of States by every name and alias the reference data gives in the document's language
 * and in English. Whole words in spaced scripts, longest match wins with no shorter match inside
 * it ("Papua New Guinea" is not also Guinea), upper-case letters of a name must be upper case in
 * the text. Keys are lower-case ISO alpha-3 codes.
 *
 * <pre>{@code
 * Extractor states = new StateExtractor(ReferenceData.load());
 * }</pre>
 */
public final class StateExtractor extends GazetteerExtractor {
    /** Builds the gazetteers (once; reuse the instance). */
    public StateExtractor(ReferenceData ref) {
        this(new EntityGazetteers(ref.states(), "states"), null);
    }

    /** Over gazetteers built elsewhere, reading them in the automaton pass of {@code shared} (or alone when null). */
    StateExtractor(EntityGazetteers gazetteers, GazetteerUnion.Member shared) {
        super(gazetteers, EntityKind.STATE, false, shared);
    }

    @Override
    public String id() {
        return "states";
    }
}
