package org.unkg.eval;

/**
 * Counts of one comparison: true positives, false positives, false negatives. Precision is 1 when
 * nothing was predicted and recall is 1 when nothing was expected (vacuously right), so every
 * value lies in [0, 1]; the counts say how much evidence stands behind it.
 *
 * <pre>{@code
 * Score s = new Score(8, 2, 4);   // precision 0.8, recall 0.667, F1 0.727
 * }</pre>
 */
public record Score(int tp, int fp, int fn) {
    public static final Score ZERO = new Score(0, 0, 0);

    public Score {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count " + tp + "/" + fp + "/" + fn);
        }
    }

    public Score plus(Score o) {
        return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Items expected (gold side): tp + fn. */
    public int expected() {
        return tp + fn;
    }

    /** Items predicted: tp + fp. */
    public int predicted() {
        return tp + fp;
    }

    /** Whether any item was compared at all. */
    public boolean isEmpty() {
        return tp + fp + fn == 0;
    }
}
