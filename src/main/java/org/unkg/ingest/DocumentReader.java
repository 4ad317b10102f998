package org.unkg.ingest;

import java.nio.file.Path;

import org.unkg.InputException;
import org.unkg.model.DocumentRecord;

/**
 * Reads one file into the record of one language version of a document. Implementations are
 * stateless and thread-safe; a file they cannot read gives an {@link InputException} naming the
 * file and position, never a partial record.
 */
public interface DocumentReader {
    /** Short id ("akn", "text", "pdf"), used in messages. */
    String id();

    /** Whether this reader handles the file (by name; may peek at content). */
    boolean accepts(Path file);

    DocumentRecord read(Path file) throws InputException;
}
