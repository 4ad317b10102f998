package org.unkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The vocabulary classes and ontology/unkg.ttl must not drift apart. */
class VocabularyTest {
    private static Model onto;

    @BeforeAll
    static void load() {
        onto = Ontology.load();
    }

    /** Every public static Resource/Property constant of a vocabulary class. */
    static List<Resource> constants(Class<?> vocab) throws IllegalAccessException {
        List<Resource> out = new ArrayList<>();
        for (Field f : vocab.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                assertEquals(f.getName(), localName(r),
                        vocab.getSimpleName() + "." + f.getName() + " is not named as its local name: " + r);
                out.add(r);
            }
        }
        return out;
    }

    private static String localName(Resource r) {
        String u = r.getURI();
        return u.substring(Math.max(u.lastIndexOf('#'), u.lastIndexOf('/')) + 1);
    }

    private static boolean declared(Resource r, boolean property) {
        Resource subject = onto.getResource(r.getURI());
        if (property) {
            return subject.hasProperty(RDF.type, OWL.ObjectProperty) || subject.hasProperty(RDF.type, OWL.DatatypeProperty)
                    || subject.hasProperty(RDF.type, OWL.AnnotationProperty);
        }
        return subject.hasProperty(RDF.type, OWL.Class);
    }

    @Test
    void everyUnkgConstantIsDeclaredWithItsKind() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Resource r : constants(UNKG.class)) {
            if (!declared(r, r instanceof Property)) {
                missing.add(r.getURI() + (r instanceof Property ? " (property)" : " (class)"));
            }
        }
        assertTrue(missing.isEmpty(), "not declared in ontology/unkg.ttl: " + missing);
        assertTrue(constants(UNKG.class).size() > 60, "reflection found too few UNKG constants");
    }

    @Test
    void everyAlignedExternalConstantIsDeclared() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Class<?> vocab : List.of(ELI.class, CITO.class, PROV.class, FABIO.class, ORGV.class, SCHEMA.class, UNDO.class)) {
            for (Resource r : constants(vocab)) {
                if (!declared(r, r instanceof Property)) {
                    missing.add(vocab.getSimpleName() + "." + localName(r));
                }
            }
        }
        assertTrue(missing.isEmpty(), "external terms used but not declared in ontology/unkg.ttl: " + missing);
    }

    @Test
    void everyDeclaredUnkgTermIsAConstantAndDocumented() throws Exception {
        Set<String> constants = new TreeSet<>();
        constants(UNKG.class).forEach(r -> constants.add(r.getURI()));
        List<String> problems = new ArrayList<>();
        for (Resource kind : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            for (Resource t : onto.listSubjectsWithProperty(RDF.type, kind).toList()) {
                if (!t.isURIResource() || !t.getURI().startsWith(UNKG.NS)) {
                    continue;
                }
                if (!constants.contains(t.getURI())) {
                    problems.add(t.getLocalName() + ": declared but no UNKG constant");
                }
                for (String[] need : new String[][] {{"label", "en"}, {"comment", "en"}, {"label", "zh"}}) {
                    Property p = need[0].equals("label") ? RDFS.label : RDFS.comment;
                    if (!hasLang(t, p, need[1])) {
                        problems.add(t.getLocalName() + ": no rdfs:" + need[0] + "@" + need[1]);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void alignmentsAreStated() {
        assertTrue(onto.contains(onto.getResource(UNKG.Resolution.getURI()), RDFS.subClassOf, ELI.LegalResource));
        assertTrue(onto.contains(onto.getResource(UNKG.Resolution.getURI()), RDFS.subClassOf, UNDO.Resolution));
        assertTrue(onto.contains(onto.getResource(UNKG.Expression.getURI()), RDFS.subClassOf, ELI.LegalExpression));
        assertTrue(onto.contains(onto.getResource(UNKG.Letter.getURI()), RDFS.subClassOf, FABIO.Letter));
        assertTrue(onto.contains(onto.getResource(UNKG.State.getURI()), RDFS.subClassOf, SCHEMA.Country));
        assertTrue(onto.contains(onto.getResource(UNKG.Organization.getURI()), RDFS.subClassOf, ORGV.FormalOrganization));
        for (Property p : List.of(UNKG.recalls, UNKG.reaffirms, UNKG.welcomes, UNKG.takesNoteOf, UNKG.endorses)) {
            assertTrue(onto.contains(onto.getResource(p.getURI()), RDFS.subPropertyOf, CITO.cites),
                    p.getLocalName() + " is not a sub-property of cito:cites");
        }
    }

    @Test
    void ontologyHeaderIsComplete() {
        Resource o = onto.getResource("https://w3id.org/unkg/ontology");
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        for (String p : List.of("title", "description", "license", "creator")) {
            assertTrue(o.hasProperty(onto.getProperty("http://purl.org/dc/terms/" + p)), "no dcterms:" + p);
        }
        assertTrue(o.hasProperty(OWL.versionInfo));
    }

    private static boolean hasLang(Resource t, Property p, String lang) {
        for (Statement s : t.listProperties(p).toList()) {
            RDFNode o = s.getObject();
            if (o.isLiteral() && lang.equals(o.asLiteral().getLanguage()) && !o.asLiteral().getString().isBlank()) {
                return true;
            }
        }
        return false;
    }
}
