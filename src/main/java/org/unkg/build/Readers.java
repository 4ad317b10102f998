package org.unkg.build;

import java.util.ArrayList;
import java.util.List;

import org.unkg.ingest.AknExtract;
import org.unkg.ingest.AknReader;
import org.unkg.ingest.DocumentReader;
import org.unkg.reference.ReferenceData;

/** The standard readers, in the order they are asked whether they accept a file. */
public final class Readers {
    private Readers() {
    }

    public static List<DocumentReader> standard(ReferenceData ref) {
        return standard(ref, AknExtract.none());
    }

    /** The standard readers; the AKN reader fills votes and sponsors from {@code extract}. */
    public static List<DocumentReader> standard(ReferenceData ref, AknExtract extract) {
        List<DocumentReader> out = new ArrayList<>();
        out.add(new AknReader(ref, extract));
        return List.copyOf(out);
    }
}
