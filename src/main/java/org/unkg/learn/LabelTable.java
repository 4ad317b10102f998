package org.unkg.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.unkg.UnkgException;
import org.unkg.reference.ReferenceData;

/**
 * The reviewable table of learned organization names
 * ({@code ontology/reference/sources/organization-labels.tsv}): one name a row, with its
 * evidence, and the reference data with or without those names.
 */
public final class LabelTable {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("key", "lang", "label", "kind", "resolutions", "positive",
            "negative", "example", "reviewed");

    private LabelTable() {
    }

    /** Writes proposals (reviewed flag "no") under a header comment. */
    public static void write(List<OrganizationNameLearner.Proposal> proposals, String header, Path file) {
        StringBuilder sb = new StringBuilder();
        for (String line : header.split("\n")) {
            sb.append("# ").append(line).append('\n');
        }
        sb.append(String.join("\t", COLUMNS)).append('\n');
        for (OrganizationNameLearner.Proposal p : proposals) {
            sb.append(String.join("\t", p.key(), p.lang(), p.label(), p.kind(), String.valueOf(p.resolutions()),
                    String.valueOf(p.positive()), String.valueOf(p.negative()), p.example(), "no")).append('\n');
        }
        try {
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnkgException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The rows of a table ({@code #} lines skipped, first line the header); none when absent. */
    public static List<Map<String, String>> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnkgException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<String> header = null;
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (header == null) {
                header = List.of(f);
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < f.length ? f[i].strip() : "");
            }
            out.add(row);
        }
        return out;
    }

    /** The reference data without the names of {@code rows} (what the learner starts from). */
    public static ReferenceData without(ReferenceData ref, List<Map<String, String>> rows) {
        Model m = ModelFactory.createDefaultModel().add(ref.model());
        for (Map<String, String> r : rows) {
            Resource org = org(ref, m, r.get("key"));
            Literal l = m.createLiteral(r.get("label"), r.get("lang"));
            m.remove(org, RDFS.label, l);
            m.remove(org, SKOS.altLabel, l);
        }
        return ReferenceData.of(m);
    }

    /** The reference data with the proposed names added as alternative names. */
    public static ReferenceData with(ReferenceData ref, List<OrganizationNameLearner.Proposal> proposals) {
        Model m = ModelFactory.createDefaultModel().add(ref.model());
        for (OrganizationNameLearner.Proposal p : proposals) {
            m.add(org(ref, m, p.key()), SKOS.altLabel, m.createLiteral(p.label(), p.lang()));
        }
        return ReferenceData.of(m);
    }

    private static Resource org(ReferenceData ref, Model m, String key) {
        return ref.organizations().stream().filter(e -> e.key().equals(key)).findFirst()
                .map(e -> m.createResource(e.iri()))
                .orElseThrow(() -> new UnkgException("unknown organization " + key));
    }
}
