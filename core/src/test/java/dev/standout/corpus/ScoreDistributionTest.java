package dev.standout.corpus;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScoreDistributionTest {
    @Property(tries = 100)
    void mergedPartitionsGiveTheSameDistribution(@ForAll @Size(max = 300) List<@DoubleRange(min = 0, max = 100) Double> scores,
                                                 @ForAll @IntRange(min = 1, max = 5) int parts, @ForAll long seed) {
        ScoreDistribution.Builder whole = ScoreDistribution.builder("s");
        for (int i = 0; i < scores.size(); i++) whole.add(scores.get(i), Set.of(i % 2 == 0 ? "a" : "b"));
        Random rnd = new Random(seed);
        List<ScoreDistribution.Builder> bs = new ArrayList<>();
        for (int i = 0; i < parts; i++) bs.add(ScoreDistribution.builder("s"));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) order.add(i);
        Collections.shuffle(order, rnd);
        for (int i : order) bs.get(rnd.nextInt(parts)).add(scores.get(i), Set.of(i % 2 == 0 ? "a" : "b"));
        Collections.shuffle(bs, rnd);
        ScoreDistribution.Builder merged = bs.get(0);
        for (int i = 1; i < parts; i++) merged.merge(bs.get(i));
        assertThat(merged.build(1)).isEqualTo(whole.build(1));
    }

    @Property(tries = 100)
    void percentileGrowsWithTheScoreAndStaysInRange(@ForAll @Size(min = 1, max = 200) List<@DoubleRange(min = 0, max = 100) Double> scores,
                                                    @ForAll @DoubleRange(min = 0, max = 100) double a,
                                                    @ForAll @DoubleRange(min = 0, max = 100) double b) {
        ScoreDistribution.Builder d = ScoreDistribution.builder("s");
        for (double s : scores) d.add(s, Set.of());
        ScoreDistribution dist = d.build(1);
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        assertThat(dist.percentile(lo)).isBetween(0.0, 100.0).isLessThanOrEqualTo(dist.percentile(hi));
    }

    @Test
    void readsTheShareScoringLower() {
        ScoreDistribution.Builder d = ScoreDistribution.builder("s");
        for (int i = 0; i < 100; i++) d.add(i + 0.05, Set.of("seg"));
        ScoreDistribution dist = d.build(1);
        assertThat(dist.percentile(50.05)).isCloseTo(50, within(0.6));
        assertThat(dist.percentile(0)).isZero();
        assertThat(dist.percentile(100)).isEqualTo(100);
        assertThat(dist.usesSegment("seg")).isTrue();
        assertThat(dist.percentile(50.05, "seg")).isEqualTo(dist.percentile(50.05));
    }

    @Test
    void dropsSmallSegmentsAndRefusesForeignMerges() {
        ScoreDistribution.Builder d = ScoreDistribution.builder("s").add(10, Set.of("tiny"));
        assertThat(d.build(5).segments()).isEmpty();
        assertThatThrownBy(() -> d.merge(ScoreDistribution.builder("other")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other");
        assertThatThrownBy(() -> d.add(101, Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("101");
    }
}
