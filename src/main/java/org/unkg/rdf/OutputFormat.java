package org.unkg.rdf;

import java.util.Locale;

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
}
