package org.unkg.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.unkg.UnkgException;
import org.unkg.rdf.Iris;

/**
 * The verb lexicon of {@code verbs.ttl} learned from a chosen part of an AKN sample, for
 * measuring how the verb finder does on resolutions whose verbs it did not learn from (held-out
 * scoring: learn from the even-numbered resolutions of a session, score the odd-numbered ones).
 *
 * <pre>{@code
 * Model verbs = VerbLexicon.learn(Path.of("../shared/akn/79session"), sources, VerbLexicon.parity(true));
 * ReferenceData heldOut = ReferenceData.load().withVerbs(verbs);
 * }</pre>
 */
public final class VerbLexicon {
    /** "A_RES_79_100-2423545A.xml", "A_RES_79_245 B-2510809F.xml": the resolution number after the session. */
    private static final Pattern NUMBER = Pattern.compile("^A_RES_\\d+_(\\d+)");

    private VerbLexicon() {
    }

    /**
     * The verbs (SKOS concepts in the preambular and operative schemes, as the reference generator
     * writes them) of the AKN files under {@code akn} whose file name {@code keep} accepts.
     * {@code sources} is the curated folder with {@code verb-relations.tsv}.
     */
    public static Model learn(Path akn, Path sources, Predicate<String> keep) {
        if (!Files.isRegularFile(sources.resolve("verb-relations.tsv"))) {
            throw new UnkgException("no verb-relations.tsv in " + sources);
        }
        List<AknSample.Doc> docs = AknSample.read(akn).stream().filter(d -> keep.test(d.doc())).toList();
        if (docs.isEmpty()) {
            throw new UnkgException("no AKN document to learn verbs from under " + akn);
        }
        return VerbsGenerator.generate(docs, sources, Iris.defaults());
    }

    /** The resolution number of an AKN file or document name ("A_RES_79_100..." gives 100). */
    public static Optional<Integer> number(String fileName) {
        Matcher m = NUMBER.matcher(fileName);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** Accepts the file names of even-numbered ({@code even}) or odd-numbered resolutions. */
    public static Predicate<String> parity(boolean even) {
        return name -> number(name).map(n -> (n % 2 == 0) == even).orElse(false);
    }
}
