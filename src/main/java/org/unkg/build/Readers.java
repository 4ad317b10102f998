package org.unkg.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.unkg.InputException;
import org.unkg.extract.CitationExtractor;
import org.unkg.extract.Extractor;
import org.unkg.extract.Extractors;
import org.unkg.ingest.AknExtract;
import org.unkg.ingest.AknReader;
import org.unkg.ingest.DocumentReader;
import org.unkg.ingest.PdfReader;
import org.unkg.ingest.TextReader;
import org.unkg.model.DocumentRecord;
import org.unkg.reference.ReferenceData;
import org.unkg.structure.TextStructurer;

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
        // the XML marks up citations (its links) but not the States, bodies and treaties a paragraph names
        List<Extractor> mentions = Extractors.mentions(ref);
        out.add(new Enriched(new AknReader(ref, extract), doc -> Extractors.apply(doc, mentions)));
        // the text path runs the same (immutable, thread-safe) name lists plus citations: built once, not twice
        List<Extractor> all = new ArrayList<>(mentions);
        all.add(new CitationExtractor());
        TextStructurer text = new TextStructurer(ref, findings(List.copyOf(all)));
        out.add(new TextReader(text));
        out.add(new PdfReader(text));
        return List.copyOf(out);
    }

    /** A reader whose records go through {@code enrich} (a pure function of the record). */
    private record Enriched(DocumentReader reader, UnaryOperator<DocumentRecord> enrich) implements DocumentReader {
        @Override
        public String id() {
            return reader.id();
        }

        @Override
        public boolean accepts(Path file) {
            return reader.accepts(file);
        }

        @Override
        public DocumentRecord read(Path file) throws InputException {
            return enrich.apply(reader.read(file));
        }
    }

    /** What the text path runs on a finished record: the standard extractors ({@link Extractors#standard}), adding their findings. */
    static UnaryOperator<DocumentRecord> findings(List<Extractor> extractors) {
        return doc -> Extractors.apply(doc, extractors);
    }
}
