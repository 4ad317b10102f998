package org.unkg.model;

import java.util.List;

/**
 * How a resolution was adopted. {@code outcome} is the AKN4UN value ("adoptedWithoutVote",
 * "recordedVote", ...). Counts are null when not known. State lists hold State keys.
 */
public record Vote(String outcome, Integer inFavour, Integer against, Integer abstaining,
                   List<String> yes, List<String> no, List<String> abstain) {
    public Vote {
        yes = List.copyOf(yes);
        no = List.copyOf(no);
        abstain = List.copyOf(abstain);
    }
}
