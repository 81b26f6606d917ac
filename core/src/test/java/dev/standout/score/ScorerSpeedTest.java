package dev.standout.score;

import dev.standout.resume.Resume;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A quick loop, not a benchmark: the scorer should take microseconds per resume, advice included. */
class ScorerSpeedTest {
    @Test
    void scoresAResumeInMicroseconds() {
        Random rnd = new Random(3);
        List<Resume> resumes = new ArrayList<>();
        for (int i = 0; i < 500; i++) resumes.add(RandomResumes.next(rnd, 30));
        DifferentiationScorer scorer = ScoringProperties.POOL;
        double sink = 0;
        for (int i = 0; i < 40_000; i++) sink += scorer.score(resumes.get(i % 500), null).score();
        int n = 100_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) sink += scorer.score(resumes.get(i % 500), null).score();
        double us = (System.nanoTime() - t0) / 1e3 / n;
        double items = resumes.stream().mapToInt(r -> r.skills().size() + r.certificates().size()
                + r.projects().size() + r.education().size()).average().orElse(0);
        System.out.printf("scorer: %.1f µs per resume (%.1f items on average, segment inferred, advice included)%n",
                us, items);
        assertThat(sink).isPositive();
        assertThat(us).isLessThan(2_000);
    }
}
