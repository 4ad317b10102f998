package org.unkg.structure;

import org.unkg.reference.ReferenceData;

/** The bundled reference data, loaded once for the structure tests. */
final class TestReference {
    private TestReference() {
    }

    static ReferenceData load() {
        return ReferenceData.load();
    }
}
