package org.unkg.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.unkg.reference.ReferenceData;

/**
 * Learns organization names of the other official languages from an AKN session folder and
 * measures them (issue #7). Run as a tool, not part of a build:
 *
 * <pre>{@code
 * java -cp target/classes:... org.unkg.learn.OrganizationNameTool ../shared/akn/79session ontology/reference \
 *     [--out proposals.tsv] [--measure]
 * }</pre>
 *
 * The learner starts from the reference data of the folder without the names of its reviewed
 * table ({@code sources/organization-labels.tsv}). {@code --out} writes the proposals learned
 * from the whole sample, unreviewed; {@code --measure} prints the agreement and false-mention
 * counts before and after, in-sample, held out (learned from the resolutions of even number,
 * scored on those of odd number: the split of the eval and the treaty learner), and with the
 * reviewed names.
 */
public final class OrganizationNameTool {
    static final List<String> LANGS = List.of("fr", "es", "ru", "ar");

    private OrganizationNameTool() {
    }

    /** Arguments: session folder, reference folder, {@code --out FILE}, {@code --measure}. */
    public static void main(String[] args) {
        List<String> a = new ArrayList<>(List.of(args));
        boolean measure = a.remove("--measure");
        Path out = null;
        int o = a.indexOf("--out");
        if (o >= 0 && o + 1 < a.size()) {
            out = Path.of(a.get(o + 1));
            a.subList(o, o + 2).clear();
        }
        if (a.size() != 2) {
            System.err.println("usage: OrganizationNameTool AKN_SESSION REFERENCE_DIR [--out FILE] [--measure]");
            System.exit(2);
        }
        Path session = Path.of(a.get(0));
        Path refDir = Path.of(a.get(1));
        ReferenceData reviewed = ReferenceData.load(refDir);
        List<Map<String, String>> rows = LabelTable.read(refDir.resolve("sources/organization-labels.tsv"));
        ReferenceData base = LabelTable.without(reviewed, rows);
        AlignedSample all = AlignedSample.read(session, AlignedSample.Part.ALL, LANGS, base);
        OrganizationNameLearner learner = new OrganizationNameLearner(base);
        List<OrganizationNameLearner.Proposal> learned = learner.learn(all, LANGS);
        report(learner);
        if (out != null) {
            LabelTable.write(learned, "Organization names learned by org.unkg.learn.OrganizationNameTool from "
                    + session + " (unreviewed)", out);
            System.out.println("wrote " + learned.size() + " proposals to " + out);
        }
        if (measure) {
            System.out.println("in-sample, " + all.resolutions().size() + " resolutions");
            print("  before           ", OrganizationAgreement.score(all, base, LANGS));
            print("  after (learned)  ", OrganizationAgreement.score(all, LabelTable.with(base, learned), LANGS));
            print("  after (reviewed) ", OrganizationAgreement.score(all, reviewed, LANGS));
            AlignedSample even = all.part(AlignedSample.Part.EVEN);
            AlignedSample odd = all.part(AlignedSample.Part.ODD);
            OrganizationNameLearner heldOut = new OrganizationNameLearner(base);
            List<OrganizationNameLearner.Proposal> fromEven = heldOut.learn(even, LANGS);
            System.out.println("held out: learned from " + even.resolutions().size() + " even-numbered, scored on "
                    + odd.resolutions().size() + " odd-numbered resolutions (" + fromEven.size() + " names)");
            print("  before           ", OrganizationAgreement.score(odd, base, LANGS));
            print("  after (learned)  ", OrganizationAgreement.score(odd, LabelTable.with(base, fromEven), LANGS));
        }
    }

    private static void report(OrganizationNameLearner learner) {
        for (OrganizationNameLearner.Stats s : learner.stats()) {
            System.out.printf("%s: %d gap paragraphs, %d candidates, %d rejected by negative evidence;"
                    + " %d names rejected:%n", s.lang(), s.examples(), s.candidates(), s.rejectedCandidates(),
                    s.rejectedNames());
            s.rejected().forEach(r -> System.out.println("    " + r));
        }
    }

    private static void print(String what, List<OrganizationAgreement.Score> scores) {
        scores.forEach(s -> System.out.println(what + s));
    }
}
