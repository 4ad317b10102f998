package org.unkg.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.unkg.extract.OrganizationExtractor;
import org.unkg.reference.ReferenceData;

/**
 * The agreement of organization mentions across the aligned language versions of a sample: of
 * the (paragraph, organization) pairs found in English, the share also found in the same
 * paragraph of language L; and the false-mention side, the pairs found in L whose English
 * paragraph does not name that organization (a wrong or over-general name in L shows there).
 */
public final class OrganizationAgreement {
    /**
     * One language's counts: English pairs, those found in the language, the language's pairs in
     * paragraphs English has, those English lacks; {@code missed}: English pairs not found, by
     * organization key.
     */
    public record Score(String lang, int english, int found, int other, int unmatched, Map<String, Integer> missed) {
        public Score {
            missed = Collections.unmodifiableMap(new TreeMap<>(missed));
        }

        /** Share of English pairs found in the language. */
        public double agreement() {
            return english == 0 ? 1 : (double) found / english;
        }

        @Override
        public String toString() {
            return String.format("%s agreement %d/%d = %.3f; mentions without English counterpart %d of %d",
                    lang, found, english, agreement(), unmatched, other);
        }
    }

    private OrganizationAgreement() {
    }

    /** Scores the sample with the organization names of {@code ref}. */
    public static List<Score> score(AlignedSample sample, ReferenceData ref, List<String> langs) {
        OrganizationExtractor orgs = new OrganizationExtractor(ref);
        List<Score> out = new ArrayList<>();
        for (String lang : langs) {
            int english = 0;
            int found = 0;
            int other = 0;
            int unmatched = 0;
            Map<String, Integer> missed = new TreeMap<>();
            for (AlignedSample.Resolution r : sample.resolutions()) {
                if (!r.blocks().containsKey(lang)) {
                    continue;
                }
                Set<String> en = BlockMentions.of(orgs, "en", r.blocks().get("en")).pairs();
                Set<String> got = BlockMentions.of(orgs, lang, r.blocks().get(lang)).pairs();
                for (String p : en) {
                    english++;
                    if (got.contains(p)) {
                        found++;
                    } else {
                        missed.merge(p.substring(p.indexOf(' ') + 1), 1, Integer::sum);
                    }
                }
                for (String p : got) {
                    if (r.block("en", p.substring(0, p.indexOf(' '))) != null) {
                        other++;
                        unmatched += en.contains(p) ? 0 : 1;
                    }
                }
            }
            out.add(new Score(lang, english, found, other, unmatched, missed));
        }
        return out;
    }
}
