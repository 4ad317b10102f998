package org.unkg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares expected facts (gold or AKN XML) with the facts the text path produced and adds the
 * result to a {@link Tally}. Set fields are matched greedily in expected order: an expected item
 * takes the first unmatched predicted item whose keys intersect its own.
 *
 * <pre>{@code
 * Tally t = new Tally(Fields.GOLD);
 * new FactsScorer().score(gold, predicted, t);
 * t.score(Fields.STATES, "zh").f1();
 * }</pre>
 */
public final class FactsScorer {
    /** Scores one document's facts; counts it for the paragraph agreement line. */
    public void score(Facts expected, Facts actual, Tally tally) {
        String lang = expected.language();
        for (String f : tally.fields()) {
            if (Fields.isScalar(f)) {
                tally.add(f, lang, scalar(f, expected, actual, tally));
            } else if (expected.sets().containsKey(f)) {
                tally.add(f, lang, items(f, expected, actual, tally));
            }
        }
        boolean exact = expected.count(Fields.PREAMBULAR_PARAGRAPHS) == actual.count(Fields.PREAMBULAR_PARAGRAPHS)
                && expected.count(Fields.OPERATIVE_PARAGRAPHS) == actual.count(Fields.OPERATIVE_PARAGRAPHS);
        tally.document(lang, exact);
    }

    private static Score scalar(String f, Facts expected, Facts actual, Tally tally) {
        String e = expected.scalar(f);
        String a = actual.scalar(f);
        if (e == null && a == null) {
            return Score.ZERO;
        }
        if (Objects.equals(e, a)) {
            return new Score(1, 0, 0);
        }
        tally.miss(new Miss(f, expected.file(), null, e, a));
        return new Score(0, a == null ? 0 : 1, e == null ? 0 : 1);
    }

    private static Score items(String f, Facts expected, Facts actual, Tally tally) {
        List<Item> gold = expected.sets().get(f);
        List<Item> pred = new ArrayList<>(actual.sets().getOrDefault(f, List.of()));
        if (f.equals(Fields.REFERENCE_DATES)) { // dates are scored on the citations both sides found
            Set<String> both = new HashSet<>();
            for (Item g : expected.sets().getOrDefault(Fields.REFERENCED_DOCUMENTS, List.of())) {
                for (Item p : actual.sets().getOrDefault(Fields.REFERENCED_DOCUMENTS, List.of())) {
                    if (g.matches(p)) {
                        both.addAll(g.keys());
                        both.addAll(p.keys());
                    }
                }
            }
            gold = gold.stream().filter(i -> both.contains(i.slot())).toList();
            pred.removeIf(i -> !both.contains(i.slot()));
        }
        List<Item> missed = new ArrayList<>();
        int tp = 0;
        for (Item g : gold) {
            int hit = -1;
            for (int i = 0; i < pred.size() && hit < 0; i++) {
                if (g.matches(pred.get(i))) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                pred.remove(hit);
                tp++;
            } else {
                missed.add(g);
            }
        }
        reportMisses(f, expected.file(), missed, pred, tally);
        return new Score(tp, pred.size(), missed.size());
    }

    /** Pairs a missed and an unexpected item that fill the same slot into one "expected/got" line. */
    private static void reportMisses(String f, String file, List<Item> missed, List<Item> unexpected, Tally tally) {
        List<Item> extra = new ArrayList<>(unexpected);
        for (Item m : missed) {
            Item same = null;
            for (Item x : extra) {
                if (m.slot() != null && m.slot().equals(x.slot())) {
                    same = x;
                    break;
                }
            }
            if (same != null) {
                extra.remove(same);
            }
            tally.miss(new Miss(f, file, m.slot(), m.label(), same == null ? null : same.label()));
        }
        for (Item x : extra) {
            tally.miss(new Miss(f, file, x.slot(), null, x.label()));
        }
    }
}
