package org.unkg.extract;

import java.util.List;

import org.unkg.model.DocumentRecord;
import org.unkg.model.Finding;

/**
 * Finds one kind of fact in a document. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Finding> states = new StateExtractor(ref).extract(record);
 * }</pre>
 */
public interface Extractor {
    /** Id of the extractor ("states", "organizations", "treaties", "citations"), kept in provenance. */
    String id();

    /** Scans the title, paragraphs (and sub-items) and footnotes of {@code doc}. */
    List<Finding> extract(DocumentRecord doc);

    /** Findings plus any treaties found that the reference data may not know; most extractors have none. */
    default Extraction extractAll(DocumentRecord doc) {
        return new Extraction(extract(doc), List.of());
    }
}
