package dev.standout.spark;

import dev.standout.Standout;
import dev.standout.batch.BatchListener;
import dev.standout.batch.BatchRunner;
import dev.standout.corpus.ModelBuild;
import dev.standout.corpus.ModelInfo;
import dev.standout.score.DifferentiationScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line, as {@code ./standout-spark} and {@code spark-submit} run it. */
class MainTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void buildsTheCliModelAndBatchRecordsInLocalMode() throws Exception {
        Path pool = Pools.realPool(dir);
        Path model = dir.resolve("out/pool.model");
        int code = run("model", "build", pool.toString(), "--out", model.toString(), "--min-count", "1",
                "--id", "t", "--model-version", "2", "--created", "2025-01-01", "--master", "local[2]");
        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        assertThat(err.toString()).contains("resumes counted");

        Standout extraction = Standout.builder().withoutScoring().build();
        byte[] expected = Pools.bytes(ModelBuild.run(List.of(pool), doc -> doc.text() != null
                        ? extraction.analyze(doc.text()).resume() : extraction.analyze(doc.bytes(), doc.id()).resume(),
                DifferentiationScorer::standard, 1, new ModelInfo("t", "2", "", "2025-01-01"), 1, null).model());
        assertThat(Files.readAllBytes(model)).isEqualTo(expected);
        assertThat(model.resolveSibling(".pool.model.crc")).doesNotExist();

        Path out = dir.resolve("records");
        code = run("batch", pool.toString(), "--out", out.toString(), "--master", "local[2]", "--partitions", "3");
        assertThat(code).as(err.toString()).isEqualTo(Main.SOME_FAILED);
        Path cli = dir.resolve("cli");
        new BatchRunner(Standout.create()).run(pool, cli, BatchListener.NONE);
        StringBuilder lines = new StringBuilder();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.append(Files.readString(p));
            }
        }
        assertThat(lines.toString()).isEqualTo(Files.readString(cli.resolve(BatchRunner.RESULTS)));
    }

    @Test
    void answersUsageErrorsWithoutStartingSpark() throws Exception {
        assertThat(run("batch", dir.resolve("missing").toString(), "--out", dir.resolve("o").toString()))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("no such folder");
        Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(dir.resolve("taken"));
        assertThat(run("batch", dir.resolve("in").toString(), "--out", dir.resolve("taken").toString()))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--overwrite");
        assertThat(run("batch", dir.resolve("in").toString(), "--out", dir.resolve("o").toString(),
                "--format", "csv")).isEqualTo(Main.USAGE);
        assertThat(run("model", "build", dir.resolve("in").toString(), "--out", "m", "--min-count", "0"))
                .isEqualTo(Main.USAGE);
        assertThat(run("model", "build", dir.resolve("nope").toString(), "--out", "m")).isEqualTo(Main.USAGE);
        assertThat(run("model")).isEqualTo(Main.USAGE);
    }
}
