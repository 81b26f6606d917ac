package dev.standout.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standout.ErrorType;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.batch.BatchListener;
import dev.standout.batch.BatchRunner;
import dev.standout.batch.Pool;
import dev.standout.batch.BatchSummary;
import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.ModelBuild;
import dev.standout.corpus.ModelInfo;
import dev.standout.score.DifferentiationScorer;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.Warning;
import dev.standout.resume.Basics;
import dev.standout.resume.Certificate;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Education;
import dev.standout.resume.Evidence;
import dev.standout.resume.Mention;
import dev.standout.resume.Profile;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.resume.Work;
import dev.standout.score.Analysis;
import dev.standout.score.ItemKind;
import dev.standout.score.ScoredItem;
import dev.standout.section.Section;
import dev.standout.section.SectionType;
import org.apache.spark.sql.Encoders;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Spark batch against the CLI's ({@code standout batch}, {@link BatchRunner}), in local[2]. */
class SparkBatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    static Path dir;
    private static Path input;
    /** What {@code standout batch} makes of the input, and its summary. */
    private static Path cliOut;
    private static BatchSummary cli;

    @BeforeAll
    static void start() throws IOException {
        spark = Pools.session();
        input = Pools.realPool(dir.resolve("in"));
        cliOut = dir.resolve("cli");
        cli = new BatchRunner(Standout.create()).run(input, cliOut, BatchListener.NONE);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The part files of a JSON-lines output, concatenated in name order. */
    private static byte[] concatenated(Path out) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                all.write(Files.readAllBytes(p));
            }
        }
        return all.toByteArray();
    }

    private static Map<String, JsonNode> byFile(List<String> lines) throws IOException {
        Map<String, JsonNode> m = new TreeMap<>();
        for (String line : lines) {
            JsonNode n = JSON.readTree(line);
            m.put(n.get("file").asText(), n);
        }
        return m;
    }

    @Test
    void writesTheCliRecordsInTheCliOrder() throws Exception {
        byte[] expected = Files.readAllBytes(cliOut.resolve(BatchRunner.RESULTS));
        assertThat(new String(expected, StandardCharsets.UTF_8)).contains("\"NEAR_DUPLICATE\"", "\"nearDuplicates\"");

        Path out = dir.resolve("spark-jsonl");
        SparkBatch.Summary s = SparkBatch.run(spark, input.toString(), out.toString(), SparkBatch.Format.JSONL, null,
                4, false);

        assertThat(new String(concatenated(out), StandardCharsets.UTF_8))
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(s.files()).isEqualTo(cli.files()).isEqualTo(14);
        assertThat(s.ok()).isEqualTo(cli.ok());
        assertThat(s.failed()).isEqualTo(cli.failed());
        Map<ErrorType, Long> cliErrors = new TreeMap<>();
        cli.byError().forEach((k, v) -> cliErrors.put(k, (long) v));
        assertThat(s.byError()).isEqualTo(cliErrors).containsKeys(ErrorType.CORRUPT, ErrorType.EMPTY_TEXT,
                ErrorType.UNSUPPORTED_FORMAT);
    }

    @Test
    void writesParquetWhoseRowsAreTheCliRecords() throws Exception {
        Map<String, JsonNode> expected = byFile(Files.readAllLines(cliOut.resolve(BatchRunner.RESULTS)));

        Path out = dir.resolve("spark-parquet");
        SparkBatch.Summary s = SparkBatch.run(spark, input.toString(), out.toString(), SparkBatch.Format.PARQUET,
                null, 3, false);
        assertThat(s.files()).isEqualTo(expected.size());
        Map<String, JsonNode> actual = byFile(spark.read().parquet(out.toString()).toJSON().collectAsList());

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void scoresAgainstAGivenModelAsAnAnalyzerWithThatModelDoes() throws Exception {
        Path pool = Pools.tokenPool(dir.resolve("pool"), 12);
        CorpusModel model = ModelBuild.run(List.of(pool), new Pools.Tokens().create(), DifferentiationScorer::standard,
                2, ModelInfo.of("given", "7"), 2, null).model();
        Path modelFile = dir.resolve("given.model");
        model.write(modelFile);

        Path cliModelOut = dir.resolve("cli-model");
        // what `standout batch --model FILE` runs
        BatchRunner.builder().standout(Standout.create()).pool(Pool.of(model)).build()
                .run(input, cliModelOut, BatchListener.NONE);
        Path out = dir.resolve("spark-model");
        SparkBatch.run(spark, input.toString(), out.toString(), SparkBatch.Format.JSONL, modelFile.toString(), 0,
                false);

        String expected = Files.readString(cliModelOut.resolve(BatchRunner.RESULTS));
        assertThat(expected).contains("\"model\":\"given@7\"");
        assertThat(new String(concatenated(out), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void refusesToWriteOverAnOutputUnlessAsked() throws Exception {
        Path one = dir.resolve("one");
        Pools.write(one.resolve("a.txt"), Pools.RESUMES[0]);
        Path out = Files.createDirectories(dir.resolve("taken"));
        assertThatThrownBy(() -> SparkBatch.run(spark, one.toString(), out.toString(), SparkBatch.Format.JSONL, null,
                1, false)).hasMessageStartingWith("the output already exists");
        SparkBatch.Summary s = SparkBatch.run(spark, one.toString(), out.toString(), SparkBatch.Format.JSONL, null, 1,
                true);
        assertThat(s.ok()).isEqualTo(1);
    }

    @Test
    void makesTheSameFailedRecordsAsTheCliForFilesTooLargeOrGone() throws Exception {
        Standout small = Standout.builder().maxBytes(100).build();
        BatchRunner runner = new BatchRunner(small);
        Configuration conf = new Configuration();
        Path big = dir.resolve("odd/big.txt");
        Pools.write(big, Pools.RESUMES[0]);
        Path fine = dir.resolve("odd/fine.txt");
        Pools.write(fine, "Jane Doe\nData Scientist\n");

        for (Path p : List.of(big, fine)) {
            PoolItem item = PoolItem.file("odd/" + p.getFileName(), Set.of(), p.toUri(), Files.size(p));
            Result r = SparkBatch.analyzeOne(small, item, conf);
            assertThat(r.toJson()).isEqualTo(runner.analyzeOne(p, "odd/" + p.getFileName()).toJson());
        }

        Path gone = dir.resolve("odd/gone.txt");
        PoolItem item = PoolItem.file("odd/gone.txt", Set.of(), gone.toUri(), 10);
        Result r = SparkBatch.analyzeOne(small, item, conf);
        assertThat(r.error().orElseThrow().type()).isEqualTo(ErrorType.CORRUPT)
                .isEqualTo(runner.analyzeOne(gone, "odd/gone.txt").error().orElseThrow().type());
        assertThat(r.error().orElseThrow().message()).startsWith("the file could not be read: ");
    }

    @Test
    void holdsEveryFieldOfARecordInTheParquetSchema() throws Exception {
        List<Mention> m = List.of(new Mention("Python", SectionType.SKILLS, 3, 9));
        Resume resume = new Resume(
                new Basics("Zoë", "Data Scientist", "z@example.com", "+1 555", "https://z.example",
                        List.of(new Profile("GitHub", "zoe", "https://github.com/zoe"))),
                List.of(new Work("Acme", "Lead", "2019-01", "2021", true, "Led 5 people", m)),
                List.of(new Education("Oslo", "Statistics", "M.Sc.", "master", "2016", m)),
                List.of(new Skill("python", "Python", Evidence.USED, m),
                        new Skill("cobol", "COBOL", Evidence.LISTED, List.of(), 0.35)),
                List.of(new Certificate("aws-ml", "AWS ML", CredentialKind.VENDOR_CERTIFICATION, "specialty", "AWS",
                        "2021", m)),
                List.of(new Project("Limiter", "rate limiter", List.of("java"), "https://x", List.of("1,200 stars"),
                        List.of("USERS"), "mnist", List.of("rate limiter"), m, 0.8)));
        Analysis analysis = new Analysis(61.25, 88.5, "data-scientist", "m@1",
                List.of(new ScoredItem(ItemKind.PROJECT, "Limiter", "p1", 0.0123, 12.5, "held by few")),
                List.of("add a link"), List.of("NO_PERCENTILE"));
        Result full = Result.ok("a/b.pdf", "ab".repeat(32), DocumentFormat.PDF, List.of(Warning.TRUNCATED), "text",
                List.of(new Section(SectionType.SKILLS, "Skills", 0, 7, 20)), resume, analysis);
        Result failed = Result.failed("c.doc", "", DocumentFormat.DOC, ErrorType.CORRUPT, "broken");

        List<String> records = List.of(full.toJson(), failed.toJson());
        assertThat(records.get(0)).contains("\"confidence\":0.35", "\"confidence\":0.8", "\"confidence\":1.0");
        List<String> roundTrip = spark.createDataset(records, Encoders.STRING())
                .select(from_json(col("value"), ResultSchema.RESULT).as("r")).select("r.*")
                .toJSON().collectAsList();
        assertThat(byFile(roundTrip)).isEqualTo(byFile(records));
    }
}
