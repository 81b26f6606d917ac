package dev.standout.spark;

import dev.standout.ErrorType;
import dev.standout.Standout;
import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.ModelBuild;
import dev.standout.corpus.ModelInfo;
import dev.standout.score.DifferentiationScorer;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Spark model build against the single-machine one ({@code standout model build}), in local[2]. */
class SparkModelBuildTest {
    private static final ModelInfo INFO = new ModelInfo("spark-test", "1", "generated pool", "2025-01-01");
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = Pools.session();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** What ModelCommand.Build runs. */
    private static ModelBuild.Outcome cli(List<Path> inputs, ModelBuild.Extractor extractor, int minCount)
            throws Exception {
        return ModelBuild.run(inputs, extractor, DifferentiationScorer::standard, minCount, INFO, 2, null);
    }

    private static ModelBuild.Extractor cliExtractor() {
        Standout standout = Standout.builder().withoutScoring().build();
        return doc -> doc.text() != null
                ? standout.analyze(doc.text()).resume()
                : standout.analyze(doc.bytes(), doc.id()).resume();
    }

    @Test
    void writesTheModelOfTheSingleMachineBuildByteForByte() throws Exception {
        Path pool = Pools.realPool(dir.resolve("real"));
        Path extra = Pools.extraJsonLines(dir.resolve("real"));

        ModelBuild.Outcome expected = cli(List.of(pool, extra), cliExtractor(), 1);
        SparkModelBuild.Outcome actual = SparkModelBuild.run(spark, List.of(pool.toString(), extra.toString()),
                SparkModelBuild.STANDARD, 1, INFO, 3);

        assertThat(Pools.bytes(actual.model())).isEqualTo(Pools.bytes(expected.model()));
        assertThat(actual.analyzed()).isEqualTo(expected.analyzed()).isEqualTo(15);
        assertThat(actual.failed()).isEqualTo(expected.failed()).isEqualTo(3);
        assertThat(actual.failures()).containsOnlyKeys(ErrorType.CORRUPT, ErrorType.EMPTY_TEXT,
                ErrorType.UNSUPPORTED_FORMAT);
        assertThat(actual.model().segments()).contains("accountant", "data-scientist", "java-developer",
                "information-technology", "web-developer");
    }

    @Test
    void countsAndCalibratesLikeTheSingleMachineBuildHoweverThePoolIsSplit() throws Exception {
        Path pool = Pools.tokenPool(dir.resolve("tokens"), 25);
        byte[] expected = Pools.bytes(cli(List.of(pool), new Pools.Tokens().create(), 3).model());

        for (int partitions : new int[] {1, 7}) {
            SparkModelBuild.Outcome o = SparkModelBuild.run(spark, List.of(pool.toString()), new Pools.Tokens(), 3,
                    INFO, partitions);
            assertThat(Pools.bytes(o.model())).as("%d partitions", partitions).isEqualTo(expected);
            assertThat(o.analyzed()).isEqualTo(125);
            assertThat(o.failures()).isEqualTo(Map.of(ErrorType.CORRUPT, 1L, ErrorType.EMPTY_TEXT, 1L));
        }
        CorpusModel model = CorpusModel.load(new java.io.ByteArrayInputStream(expected));
        assertThat(model.featureCount()).isGreaterThan(30);
        assertThat(model.segments()).contains("accountant", "python-developer", "teacher", "information-technology");
        assertThat(model.scoreDistribution().orElseThrow().count()).isEqualTo(125);
    }

    @Test
    void countsAnInternalErrorAsAFailedDocumentInsteadOfFailingTheJob() throws Exception {
        Path pool = dir.resolve("internal");
        Pools.write(pool.resolve("a.txt"), "s:java");
        Pools.write(pool.resolve("b.txt"), "s:java BOOM");
        SparkModelBuild.ExtractorFactory booming = new Booming();
        SparkModelBuild.Outcome o = SparkModelBuild.run(spark, List.of(pool.toString()), booming, 1, INFO, 2);
        assertThat(o.analyzed()).isEqualTo(1);
        assertThat(o.failures()).isEqualTo(Map.of(ErrorType.INTERNAL, 1L));
    }

    private static final class Booming implements SparkModelBuild.ExtractorFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public ModelBuild.Extractor create() {
            return doc -> {
                if (new String(doc.bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("BOOM")) {
                    throw new IllegalStateException("a bug");
                }
                return Pools.Tokens.extract(doc);
            };
        }
    }

    @Test
    void stopsOnTwoDocumentsWithTheSameIdAsTheSingleMachineBuildDoes() throws Exception {
        Path a = dir.resolve("dup/a.jsonl");
        Path b = dir.resolve("dup/b.jsonl");
        Pools.write(a, Pools.jsonRecord("same", null, "s:java") + "\n");
        Pools.write(b, Pools.jsonRecord("same", null, "s:sql") + "\n");
        assertThatThrownBy(() -> cli(List.of(a, b), new Pools.Tokens().create(), 1))
                .hasMessage("duplicate id in pool: same");
        assertThatThrownBy(() -> SparkModelBuild.run(spark, List.of(a.toString(), b.toString()), new Pools.Tokens(),
                1, INFO, 2)).hasMessage("duplicate id in pool: same");
    }

    @Test
    void stopsOnABrokenJsonRecord() throws Exception {
        Path f = dir.resolve("broken/pool.jsonl");
        Pools.write(f, Pools.jsonRecord("1", null, "s:java") + "\n\n{\"id\": \"2\", \"text\": \n");
        assertThatThrownBy(() -> SparkModelBuild.run(spark, List.of(f.toString()), new Pools.Tokens(), 1, INFO, 2))
                .hasStackTraceContaining("record 2 is not valid JSON");
    }

    @Test
    void refusesAnInputThatDoesNotExist() {
        assertThatThrownBy(() -> SparkModelBuild.run(spark, List.of(dir.resolve("nothing").toString()),
                SparkModelBuild.STANDARD, 1, INFO, 0)).hasMessageStartingWith("no such input: ");
    }
}
