package org.unkg.build;

import java.util.ArrayList;
import java.util.List;

import org.unkg.ingest.DocumentReader;
import org.unkg.reference.ReferenceData;

/** The standard readers, in the order they are asked whether they accept a file. */
public final class Readers {
    private Readers() {
    }

    public static List<DocumentReader> standard(ReferenceData ref) {
        List<DocumentReader> out = new ArrayList<>();
        return List.copyOf(out);
    }
}
