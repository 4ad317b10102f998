package org.unkg.model;

/**
 * A subject: the concept IRI where the source gives one (metadata.un.org), its label, and the
 * scheme it comes from ("UNBIS Thesaurus", "SDG", "DHLAUTH").
 */
public record Subject(String iri, String label, String scheme) {
}
