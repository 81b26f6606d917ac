package dev.standout.corpus;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The scores of a reference pool, as a histogram over 0–100 in {@value #BINS} bins of 0.1 point, overall and
 * per segment, so that a new score can be placed on it as a percentile. Immutable and thread-safe.
 *
 * <p>A distribution belongs to one scorer configuration, named by {@link #scorer()} (a scorer's
 * signature): a percentile read from a distribution that another configuration produced would compare
 * unlike with unlike, and scorers check the name before using it.
 *
 * <p>Histograms merge by adding counts, so per-partition {@link Builder}s merged in any order give the same
 * distribution.
 */
public final class ScoreDistribution {
    /** Number of bins over 0–100: each is 0.1 point wide. */
    public static final int BINS = 1000;
    /** A segment's own histogram is used for percentiles once it holds at least this many scores. */
    public static final int MIN_SEGMENT_SCORES = 100;

    private final String scorer;
    private final long[] overall;
    private final SortedMap<String, long[]> bySegment;
    private final long[] cumOverall;
    private final Map<String, long[]> cumBySegment;

    ScoreDistribution(String scorer, long[] overall, SortedMap<String, long[]> bySegment) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        if (overall.length != BINS) throw new IllegalArgumentException("bins: " + overall.length);
        this.overall = overall;
        this.bySegment = Collections.unmodifiableSortedMap(bySegment);
        this.cumOverall = cumulative(overall);
        Map<String, long[]> c = new HashMap<>();
        bySegment.forEach((k, v) -> c.put(k, cumulative(v)));
        this.cumBySegment = c;
    }

    /** A builder for the distribution of scores made by the scorer named {@code scorer}. */
    public static Builder builder(String scorer) {
        return new Builder(scorer);
    }

    /** The signature of the scorer whose scores these are. */
    public String scorer() {
        return scorer;
    }

    /** Number of scores in the whole pool. */
    public long count() {
        return cumOverall[BINS];
    }

    /** Number of scores in a segment, 0 when the segment has no histogram of its own. */
    public long count(String segment) {
        long[] c = segment == null ? null : cumBySegment.get(segment);
        return c == null ? 0 : c[BINS];
    }

    /** Segments with their own histogram, sorted. */
    public Set<String> segments() {
        return bySegment.keySet();
    }

    /** The bin a score falls in: {@code floor(score × 10)}, clamped to [0, {@value #BINS} − 1]. */
    public static int bin(double score) {
        if (!(score > 0)) return 0;
        int b = (int) Math.floor(score * (BINS / 100.0));
        return Math.min(BINS - 1, b);
    }

    /**
     * The share (0–100) of the pool that scores lower than {@code score}: counts in lower bins, plus the
     * part of the score's own bin below it assuming scores spread evenly within a bin. 0 for an empty
     * distribution.
     */
    public double percentile(double score) {
        return percentile(cumOverall, score);
    }

    /**
     * As {@link #percentile(double)}, within the segment when it holds at least {@value #MIN_SEGMENT_SCORES}
     * scores, else within the whole pool.
     */
    public double percentile(double score, String segment) {
        long[] c = segment == null ? null : cumBySegment.get(segment);
        if (c == null || c[BINS] < MIN_SEGMENT_SCORES) c = cumOverall;
        return percentile(c, score);
    }

    /** Whether {@link #percentile(double, String)} uses the segment's own histogram. */
    public boolean usesSegment(String segment) {
        return count(segment) >= MIN_SEGMENT_SCORES;
    }

    /** A copy of the overall histogram. */
    public long[] histogram() {
        return overall.clone();
    }

    /** A copy of a segment's histogram, all zeros when it has none. */
    public long[] histogram(String segment) {
        long[] h = bySegment.get(segment);
        return h == null ? new long[BINS] : h.clone();
    }

    long[] overallRaw() {
        return overall;
    }

    SortedMap<String, long[]> bySegmentRaw() {
        return bySegment;
    }

    /** The same distribution without segments holding fewer than {@code minCount} scores. */
    ScoreDistribution withoutSegmentsBelow(int minCount) {
        TreeMap<String, long[]> kept = new TreeMap<>();
        bySegment.forEach((k, v) -> {
            if (Arrays.stream(v).sum() >= minCount) kept.put(k, v);
        });
        return kept.size() == bySegment.size() ? this : new ScoreDistribution(scorer, overall, kept);
    }

    private static double percentile(long[] cum, double score) {
        long total = cum[BINS];
        if (total == 0 || !Double.isFinite(score)) return 0;
        int b = bin(score);
        long below = cum[b];
        long within = cum[b + 1] - cum[b];
        double frac = (score - b * (100.0 / BINS)) / (100.0 / BINS);
        frac = Math.max(0, Math.min(1, frac));
        double p = 100.0 * (below + frac * within) / total;
        return Math.max(0, Math.min(100, p));
    }

    private static long[] cumulative(long[] h) {
        long[] c = new long[h.length + 1];
        for (int i = 0; i < h.length; i++) c[i + 1] = c[i] + h[i];
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ScoreDistribution d)) return false;
        if (!scorer.equals(d.scorer) || !Arrays.equals(overall, d.overall)) return false;
        if (!bySegment.keySet().equals(d.bySegment.keySet())) return false;
        for (Map.Entry<String, long[]> e : bySegment.entrySet()) {
            if (!Arrays.equals(e.getValue(), d.bySegment.get(e.getKey()))) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * scorer.hashCode() + Arrays.hashCode(overall);
    }

    @Override
    public String toString() {
        return "ScoreDistribution[" + scorer + ", " + count() + " scores, " + bySegment.size() + " segments]";
    }

    /**
     * Collects scores. Not thread-safe: use one per thread or partition and {@link #merge} them; merging is
     * commutative and associative, so the result does not depend on how the pool was split. Serializable, so
     * that a distributed job can ship per-partition builders to be merged.
     */
    public static final class Builder implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final String scorer;
        private final long[] overall = new long[BINS];
        private final HashMap<String, long[]> bySegment = new HashMap<>();

        private Builder(String scorer) {
            Objects.requireNonNull(scorer, "scorer");
            if (scorer.isBlank()) throw new IllegalArgumentException("scorer signature must not be blank");
            this.scorer = scorer;
        }

        /** Adds one resume's score, counted overall and in each of its segments. */
        public Builder add(double score, Set<String> segments) {
            if (!(score >= 0 && score <= 100)) throw new IllegalArgumentException("score must be in [0, 100]: " + score);
            int b = bin(score);
            overall[b]++;
            for (String s : segments) {
                CorpusModel.checkSegmentName(s);
                bySegment.computeIfAbsent(s, k -> new long[BINS])[b]++;
            }
            return this;
        }

        /** Adds the counts of {@code other} into this builder; {@code other} is left as it was. */
        public Builder merge(Builder other) {
            if (!scorer.equals(other.scorer)) {
                throw new IllegalArgumentException("cannot merge scores of scorer " + other.scorer + " into " + scorer);
            }
            if (other == this) throw new IllegalArgumentException("cannot merge a builder into itself");
            for (int i = 0; i < BINS; i++) overall[i] += other.overall[i];
            other.bySegment.forEach((k, v) -> {
                long[] mine = bySegment.computeIfAbsent(k, x -> new long[BINS]);
                for (int i = 0; i < BINS; i++) mine[i] += v[i];
            });
            return this;
        }

        /** The distribution, leaving out segments with fewer than {@code minCount} scores. */
        public ScoreDistribution build(int minCount) {
            if (minCount < 1) throw new IllegalArgumentException("minCount must be at least 1: " + minCount);
            TreeMap<String, long[]> kept = new TreeMap<>();
            bySegment.forEach((k, v) -> {
                if (Arrays.stream(v).sum() >= minCount) kept.put(k, v.clone());
            });
            return new ScoreDistribution(scorer, overall.clone(), kept);
        }
    }
}
