package org.unkg;

import org.unkg.reference.ReferenceData;

/** The bundled reference data ({@code ontology/reference/*.ttl}) for tests of the text path. */
public final class TestReference {
    private TestReference() {
    }

    public static ReferenceData load() {
        return ReferenceData.load();
    }
}
