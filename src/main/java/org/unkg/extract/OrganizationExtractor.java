package org.unkg.extract;

import org.unkg.model.EntityKind;
import org.unkg.reference.ReferenceData;

/**
 * Mentions of UN bodies and other organizations by full name, short name and acronym (acronyms
 * only in upper case, as whole words). The longest name wins ("United Nations Development
 * Programme" is UNDP), and names of other organizations nested inside it are reported too
 * ("United Nations" inside it is also a mention of the United Nations), as the gold rules count
 * a nested string that is itself a name.
 */
public final class OrganizationExtractor extends GazetteerExtractor {
    /** Builds the gazetteers (once; reuse the instance). */
    public OrganizationExtractor(ReferenceData ref) {
        this(new EntityGazetteers(ref.organizations(), "organizations"), null);
    }

    /** Over gazetteers built elsewhere, reading them in the automaton pass of {@code shared} (or alone when null). */
    OrganizationExtractor(EntityGazetteers gazetteers, GazetteerUnion.Member shared) {
        super(gazetteers, EntityKind.ORGANIZATION, true, shared);
    }

    @Override
    public String id() {
        return "organizations";
    }
}
