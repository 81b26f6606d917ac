package dev.standout.spark;

import dev.standout.corpus.ModelBuild;
import dev.standout.corpus.ModelInfo;
import dev.standout.resume.Resume;
import dev.standout.score.DifferentiationScorer;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the executors cache belongs to one job: a second Spark context in the same JVM (a test class after another,
 * a notebook that stopped its session) numbers its broadcasts from zero again, and must not be handed the
 * extractor, analyzer or scorer an earlier context's job made.
 */
class ExecutorAnalyzersTest {
    private static final ModelInfo INFO = new ModelInfo("reuse", "1", "", "2025-01-01");

    @TempDir
    Path dir;

    @Test
    void aJobInALaterSparkContextDoesNotReuseWhatAnEarlierContextsJobMade() throws Exception {
        Path pool = Pools.tokenPool(dir, 6);
        byte[] tokens = Pools.bytes(ModelBuild.run(List.of(pool), new Pools.Tokens().create(),
                DifferentiationScorer::standard, 2, INFO, 1, null).model());
        byte[] skillsOnly = Pools.bytes(ModelBuild.run(List.of(pool), new SkillsOnly().create(),
                DifferentiationScorer::standard, 2, INFO, 1, null).model());
        assertThat(skillsOnly).isNotEqualTo(tokens);

        // the same jobs in the same order: each context makes its broadcasts with the same ids
        SparkSession first = Pools.session();
        try {
            assertThat(Pools.bytes(SparkModelBuild.run(first, List.of(pool.toString()), new Pools.Tokens(), 2, INFO,
                    2).model())).isEqualTo(tokens);
        } finally {
            first.stop();
        }
        SparkSession second = Pools.session();
        try {
            assertThat(Pools.bytes(SparkModelBuild.run(second, List.of(pool.toString()), new SkillsOnly(), 2, INFO,
                    2).model())).isEqualTo(skillsOnly);
        } finally {
            second.stop();
        }
    }

    /** The token extraction without credentials: another extraction, so another model. */
    private static final class SkillsOnly implements SparkModelBuild.ExtractorFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public ModelBuild.Extractor create() {
            return doc -> {
                Resume r = Pools.Tokens.extract(doc);
                return new Resume(r.basics(), r.work(), r.education(), r.skills(), List.of(), r.projects());
            };
        }
    }
}
