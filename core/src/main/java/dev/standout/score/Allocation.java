package dev.standout.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns items' raw points into score points: the listed-skill cap and saturation, each bucket's saturating
 * curve, and the split of each bucket's points among its items. Stateless.
 */
final class Allocation {
    private Allocation() {
    }

    /** Where an item's raw points are summed and saturated: {@code g(X) = cap · (1 − 2^(−X / half))}. */
    enum Bucket {
        PROJECT(45, 12),
        CREDENTIAL(25, 10),
        SKILL(18, 6),
        DEGREE(12, 6);

        /** Points the bucket approaches but never reaches; the caps sum to 100. */
        final double cap;
        /** Raw points at which the bucket gives half its cap. */
        final double half;

        Bucket(double cap, double half) {
            this.cap = cap;
            this.half = half;
        }

        double g(double x) {
            return cap * (1 - Math.pow(2, -x / half));
        }
    }

    /**
     * One item before allocation.
     *
     * @param value      raw points before the confidence weight and the listed-skill cap
     * @param listed     whether it is a skill that is only listed
     * @param confidence the item's confidence; its raw points are weighed by {@link Rules#confidenceWeight}
     */
    record Raw(dev.standout.score.ItemKind kind, Bucket bucket, boolean listed, String name, String id,
               double commonness, double value, String explanation, double confidence) {
        /** An item of full confidence. */
        Raw(dev.standout.score.ItemKind kind, Bucket bucket, boolean listed, String name, String id,
            double commonness, double value, String explanation) {
            this(kind, bucket, listed, name, id, commonness, value, explanation, 1.0);
        }

        /** Raw points weighed by confidence: what allocation works with. */
        double weighted() {
            return value * Rules.confidenceWeight(confidence);
        }
    }

    /** Items with their points, in the input's order, and the score. */
    record Result(List<Raw> items, double[] points, double score) {
    }

    private static final Comparator<Raw> TIE_BREAK = Comparator.comparing(Raw::kind)
            .thenComparing(Raw::name).thenComparing(Raw::id).thenComparing(Raw::explanation)
            .thenComparingDouble(Raw::commonness).thenComparingDouble(Raw::confidence);

    /** The score alone. */
    static double score(List<Raw> items) {
        return allocate(items).score();
    }

    /**
     * Allocates: each item's raw points are weighed by its confidence ({@link Raw#weighted()}); listed skills are
     * scaled by {@code min(1, LISTED_CAP / n)} and their sum saturated at
     * {@code LISTED_SATURATION}; then in each bucket, items taken by decreasing effective points get
     * {@code g(before + own) − g(before)}. The score is the sum of all items' points, in [0, 100).
     */
    static Result allocate(List<Raw> items) {
        int n = items.size();
        double[] eff = new double[n];
        int listed = 0;
        for (Raw r : items) if (r.listed()) listed++;
        double dil = listed > Rules.LISTED_CAP ? (double) Rules.LISTED_CAP / listed : 1;
        double xl = 0;
        for (Raw r : items) if (r.listed()) xl += r.weighted() * dil;
        double sat = Rules.LISTED_SATURATION * (1 - Math.exp(-xl / Rules.LISTED_SATURATION));
        double shrink = xl > 0 ? sat / xl : 0;
        for (int i = 0; i < n; i++) {
            Raw r = items.get(i);
            eff[i] = r.listed() ? r.weighted() * dil * shrink : r.weighted();
        }
        double[] points = new double[n];
        double score = 0;
        for (Bucket b : Bucket.values()) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < n; i++) if (items.get(i).bucket() == b) idx.add(i);
            idx.sort((x, y) -> {
                int c = Double.compare(eff[y], eff[x]);
                return c != 0 ? c : TIE_BREAK.compare(items.get(x), items.get(y));
            });
            double cum = 0;
            for (int i : idx) {
                double before = b.g(cum);
                cum += eff[i];
                points[i] = b.g(cum) - before;
                score += points[i];
            }
        }
        return new Result(items, points, Math.max(0, Math.min(100, score)));
    }
}
