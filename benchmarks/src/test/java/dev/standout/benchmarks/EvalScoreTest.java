package dev.standout.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The counting rules of {@link EvalScore}: distinct values, and one value per skill. */
class EvalScoreTest {

    @Test
    void distinctValuesCountEachFormOnce() {
        EvalScore s = new EvalScore();
        s.addSets(new LinkedHashSet<>(List.of("Oracle", "Java")),
                new LinkedHashSet<>(List.of("Oracle", "Oracle 11g", "ORACLE", "Python")), null, null);
        // "Oracle" pairs, "Oracle 11g" has no gold value left (one to one), "ORACLE" is "Oracle" again
        assertThat(new int[]{s.lenTp, s.lenFp, s.lenFn}).containsExactly(1, 2, 1);
        assertThat(new int[]{s.exactTp, s.exactFp, s.exactFn}).containsExactly(1, 2, 1);
    }

    @Test
    void aSkillCountsOnceWhateverItsForms() {
        EvalScore s = new EvalScore();
        s.addGroups(List.of(List.of("Oracle 11g"), List.of("Java")),
                List.of(List.of("Oracle", "Oracle 11g"), List.of("Python")), null, null);
        assertThat(new int[]{s.lenTp, s.lenFp, s.lenFn}).containsExactly(1, 1, 1);
        assertThat(new int[]{s.exactTp, s.exactFp, s.exactFn}).containsExactly(1, 1, 1);
    }

    @Test
    void aSkillPairsByItsClosestFormOneToOne() {
        EvalScore s = new EvalScore();
        // two gold skills that one predicted skill's forms both name: one pair, one miss
        s.addGroups(List.of(List.of("Windows 7"), List.of("Windows XP")),
                List.of(List.of("Windows 7", "Windows XP")), null, null);
        assertThat(new int[]{s.lenTp, s.lenFp, s.lenFn}).containsExactly(1, 0, 1);
        // forms that share fewer than half their words do not pair
        EvalScore t = new EvalScore();
        t.addGroups(List.of(List.of("Visual Studio Code")), List.of(List.of("Code Review")), null, null);
        assertThat(new int[]{t.lenTp, t.lenFp, t.lenFn}).containsExactly(0, 1, 1);
    }
}
