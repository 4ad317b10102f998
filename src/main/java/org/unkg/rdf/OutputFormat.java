package org.unkg.rdf;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Output formats of {@code unkg build --format}. */
public enum OutputFormat {
    TTL("ttl"), NT("nt"), NQ("nq"), TRIG("trig"), JSONLD("jsonld"), RDFXML("rdf");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Parses "ttl", "turtle", "nt", "nq", "trig", "jsonld", "json-ld", "rdfxml", "xml". */
    public static OutputFormat parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "ttl", "turtle" -> TTL;
            case "nt", "ntriples", "n-triples" -> NT;
            case "nq", "nquads", "n-quads" -> NQ;
            case "trig" -> TRIG;
            case "jsonld", "json-ld" -> JSONLD;
            case "rdfxml", "rdf/xml", "xml", "rdf" -> RDFXML;
            default -> throw new IllegalArgumentException("unknown format '" + s + "' (ttl, nt, nq, trig, jsonld, rdfxml)");
        };
    }

    /**
     * The format a file name says by its extension ("graph.nt" N-Triples, "g.jsonld" JSON-LD,
     * "g.rdf"/"g.owl" RDF/XML), empty for any other name.
     */
    public static Optional<OutputFormat> forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return switch (name.substring(dot + 1)) {
            case "ttl" -> Optional.of(TTL);
            case "nt" -> Optional.of(NT);
            case "nq" -> Optional.of(NQ);
            case "trig" -> Optional.of(TRIG);
            case "jsonld" -> Optional.of(JSONLD);
            case "rdf", "owl" -> Optional.of(RDFXML);
            default -> Optional.empty();
        };
    }
}
