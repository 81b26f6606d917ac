package dev.standout.corpus;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CommonnessTest {
    /** A pool of {@code n} resumes, {@code df} of them with the feature; {@code ns} in segment "seg", {@code dfs} with it. */
    static CorpusModel pool(int n, int df, int ns, int dfs) {
        CorpusModel.Builder b = CorpusModel.builder();
        for (int i = 0; i < n; i++) {
            boolean inSeg = i < ns;
            boolean has = inSeg ? i < dfs : i - ns < df - dfs;
            b.add(has ? Set.of("cred:x") : Set.of("skill:filler"), inSeg ? Set.of("seg") : Set.of());
        }
        return b.build(1);
    }

    @Test
    void unseenFeatureInAnEmptyPoolIsHeldByOnePercent() {
        assertThat(Commonness.of(CorpusModel.empty()).estimate("cred:x", null).share()).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void largePoolSpeaksForItself() {
        Commonness.Estimate e = Commonness.of(pool(10_000, 4_100, 0, 0)).estimate("cred:x", null);
        assertThat(e.share()).isCloseTo(0.41, within(0.002));
        assertThat(e.poolCount()).isEqualTo(4_100);
    }

    @Test
    void smallSegmentLeansOnThePool() {
        CorpusModel m = pool(2_000, 200, 10, 10); // 10% overall, 100% of a 10-resume segment
        double seg = Commonness.of(m).estimate("cred:x", "seg").share();
        assertThat(seg).isCloseTo((10 + 200 * (200.5 / 2050)) / 210, within(1e-12));
        assertThat(seg).isBetween(0.1, 0.2);
    }

    @Test
    void unknownSegmentFallsBackToThePool() {
        CorpusModel m = pool(1_000, 100, 500, 50);
        Commonness c = Commonness.of(m);
        assertThat(c.estimate("cred:x", "nope").share()).isEqualTo(c.estimate("cred:x", null).share());
        assertThat(c.estimate("cred:x", "nope").segment()).isEmpty();
    }

    @Test
    void priorKeepsAPoolThatPredatesACredentialFromCallingItRare() {
        CorpusModel m = pool(30_000, 0, 0, 0);
        Commonness c = Commonness.of(m, PriorSource.of(Map.of("x", 0.08)));
        Commonness.Estimate e = c.credential("x", null);
        assertThat(e.share()).isCloseTo(0.04, within(1e-9)); // LAMBDA · π
        assertThat(e.priorDominates()).isTrue();
        assertThat(Commonness.of(m).credential("x", null).share()).isLessThan(0.0001);
    }

    @Test
    void priorSteersAThinPool() {
        Commonness c = Commonness.of(CorpusModel.empty(), PriorSource.of(Map.of("x", 0.2)));
        assertThat(c.credential("x", null).share()).isCloseTo((50 * 0.01 + 100 * 0.2) / 150, within(1e-12));
    }

    @Test
    void priorDoesNotOverrideAPoolThatSaysCommon() {
        CorpusModel m = pool(30_000, 12_000, 0, 0);
        Commonness c = Commonness.of(m, PriorSource.of(Map.of("x", 0.01)));
        assertThat(c.credential("x", null).share()).isGreaterThan(0.39);
    }

    @Property(tries = 300)
    void shareStaysInUnitIntervalAndGrowsWithCount(@ForAll @IntRange(min = 1, max = 3000) int n,
                                                   @ForAll @IntRange(min = 0, max = 3000) int df,
                                                   @ForAll @DoubleRange(min = 0, max = 1) double prior) {
        int d = Math.min(df, n);
        Commonness.Estimate a = Commonness.of(pool(n, d, 0, 0)).estimate("cred:x", null, OptionalDouble.of(prior));
        assertThat(a.share()).isBetween(0.0, 1.0);
        if (d < n) {
            Commonness.Estimate b = Commonness.of(pool(n, d + 1, 0, 0)).estimate("cred:x", null, OptionalDouble.of(prior));
            assertThat(b.share()).isGreaterThanOrEqualTo(a.share());
        }
    }

    @Test
    void enrolmentPriorFollowsItsDocumentedFormula() {
        // 3.2 million enrolled worldwide in 2020, x 142/70 to 2023, x 0.1 who list it, x 0.2 in the U.S.,
        // over 5 million U.S. jobs
        assertThat(EnrolmentPrior.share("3.2m")).isCloseTo(3.2e6 * 142 / 70 * 0.1 * 0.2 / 5e6, within(1e-12))
                .isCloseTo(0.026, within(0.0001));
        assertThat(EnrolmentPrior.share("350k")).isCloseTo(0.00284, within(0.00001));
        assertThat(EnrolmentPrior.share(0)).isZero();
        assertThat(EnrolmentPrior.share(1e9)).isEqualTo(EnrolmentPrior.CAP);
        assertThat(EnrolmentPrior.parseCount("1,500")).isEqualTo(1500);
    }
}
