package dev.standout.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ModelCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static Path pool(Path dir) throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            jsonl.append("{\"id\":\"").append(i).append("\",\"labels\":[\"Python_Developer\"],\"text\":\"")
                    .append("Casey Doe ").append(i).append("\\n\\nExperience\\nPython Developer, Example Corp, 2019 - 2023\\n")
                    .append("Built data pipelines in Python and PostgreSQL\\n\\nSkills\\nPython, PostgreSQL, Docker\\n\"}\n");
        }
        Path file = dir.resolve("pool.jsonl");
        Files.writeString(file, jsonl);
        return file;
    }

    @Test
    void buildsAModelThatInfoDescribesAndAnalyzeUses(@TempDir Path dir) throws Exception {
        Path pool = pool(dir);
        Path model = dir.resolve("m.model");
        assertThat(run("model", "build", pool.toString(), "--out", model.toString(), "--min-count", "2",
                "--id", "test-pool", "--created", "2026-01-01", "--threads", "2")).isZero();
        assertThat(model).exists();

        assertThat(run("model", "info", model.toString())).isZero();
        assertThat(out.toString()).contains("test-pool", "2026-01-01", "pool size:   8 resumes", "python-developer");

        out.getBuffer().setLength(0);
        assertThat(run("model", "info", model.toString(), "--features")).isZero();
        assertThat(out.toString().lines()).allMatch(l -> l.matches("[^\\t]+\\t\\d+"));

        Path resume = dir.resolve("r.txt");
        Files.writeString(resume, "Sam Lee\n\nExperience\nPython Developer, Example Corp, 2020 - 2024\n");
        out.getBuffer().setLength(0);
        assertThat(run("analyze", resume.toString(), "--model", model.toString())).isZero();
        assertThat(out.toString()).contains("\"analysis\"", "test-pool");
    }

    @Test
    void theSamePoolGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Path pool = pool(dir);
        assertThat(run("model", "build", pool.toString(), "--out", dir.resolve("a").toString(), "--threads", "1",
                "--min-count", "2")).isZero();
        assertThat(run("model", "build", pool.toString(), "--out", dir.resolve("b").toString(), "--threads", "2",
                "--min-count", "2")).isZero();
        assertThat(Files.readAllBytes(dir.resolve("b"))).isEqualTo(Files.readAllBytes(dir.resolve("a")));
    }

    @Test
    void usageErrors(@TempDir Path dir) {
        assertThat(run("model")).isEqualTo(2);
        assertThat(run("model", "build", dir.resolve("missing").toString(), "--out", dir.resolve("m").toString()))
                .isEqualTo(2);
        assertThat(run("model", "build", dir.toString(), "--out", dir.resolve("m").toString(), "--min-count", "0"))
                .isEqualTo(2);
        assertThat(run("model", "info", dir.resolve("missing.model").toString())).isEqualTo(1);
    }
}
