package dev.standout.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static Path samples() {
        return Path.of("..", "samples", "resumes");
    }

    private static List<JsonNode> records(Path outDir) throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(outDir.resolve("results.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(line);
            assertThat(n.get("file").isTextual()).isTrue();
            assertThat(n.get("status").asText()).isIn("OK", "FAILED");
            assertThat(n.get("status").asText().equals("FAILED")).isEqualTo(n.has("error"));
            nodes.add(n);
        }
        return nodes;
    }

    @Test
    void theSampleResumesInWorkerProcessesScoredAgainstEachOther(@TempDir Path dir) throws Exception {
        long files;
        try (Stream<Path> s = Files.list(samples())) {
            files = s.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
        Path outDir = dir.resolve("out");
        int code = run("batch", samples().toString(), "--out", outDir.toString(), "--pool", "self", "--threads", "2",
                "--worker-heap", "512m");
        assertThat(code).as(err.toString()).isIn(0, 3);
        List<JsonNode> records = records(outDir);
        assertThat(records).hasSize((int) files);
        Set<String> names = new HashSet<>();
        for (JsonNode n : records) assertThat(names.add(n.get("file").asText())).isTrue();
        assertThat(records).filteredOn(n -> n.get("status").asText().equals("OK"))
                .allMatch(n -> n.at("/analysis/model").asText().startsWith("batch-self"));
        JsonNode summary = JSON.readTree(outDir.resolve("summary.json").toFile());
        assertThat(summary.at("/options/isolation").asText()).isEqualTo("process");
        assertThat(summary.at("/pool/description").asText()).startsWith("self");
        assertThat(summary.at("/files").asInt()).isEqualTo((int) files);
        assertThat(outDir.resolve("results.csv")).exists();
        assertThat(outDir.resolve("report.html")).content().contains("<svg class=\"chart\"");
        assertThat(err.toString()).contains(files + " files:");
    }

    @Test
    void resumeAfterACompleteRunAnalyzesNothingAndKeepsTheRecords(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), CliTest.RESUME);
        Files.writeString(in.resolve("b.txt"), CliTest.RESUME.replace("Robin", "Sam"));
        Path outDir = dir.resolve("out");
        assertThat(run("batch", in.toString(), "--out", outDir.toString(), "--isolation", "none", "--quiet")).isZero();
        List<String> first = Files.readAllLines(outDir.resolve("results.jsonl"));
        assertThat(run("batch", in.toString(), "--out", outDir.toString(), "--isolation", "none", "--resume"))
                .isZero();
        assertThat(Files.readAllLines(outDir.resolve("results.jsonl"))).isEqualTo(first);
        assertThat(err.toString()).contains("2 kept from the earlier run");
        JsonNode summary = JSON.readTree(outDir.resolve("summary.json").toFile());
        assertThat(summary.get("analyzed").asInt()).isZero();
        assertThat(summary.get("kept").asInt()).isEqualTo(2);
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String o = dir.resolve("out").toString();
        assertThat(run("batch", in.toString(), "--out", o, "--timeout", "soon")).isEqualTo(2);
        assertThat(run("batch", in.toString(), "--out", o, "--timeout", "0s")).isEqualTo(2);
        assertThat(run("batch", in.toString(), "--out", o, "--threads", "0")).isEqualTo(2);
        assertThat(run("batch", in.toString(), "--out", o, "--isolation", "container")).isEqualTo(2);
        assertThat(run("batch", in.toString(), "--out", o, "--worker-heap", "lots")).isEqualTo(2);
        assertThat(run("batch", in.toString(), "--out", o, "--pool", dir.resolve("no.model").toString()))
                .isEqualTo(2);
        Files.writeString(dir.resolve("bad.model"), "not a model");
        assertThat(run("batch", in.toString(), "--out", o, "--pool", dir.resolve("bad.model").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("soon", "no.model", "cannot read the model");
    }

    @Test
    void timeoutsReadAsPeopleWriteThem() {
        BatchCommand.DurationConverter c = new BatchCommand.DurationConverter();
        assertThat(c.convert("60")).hasSeconds(60);
        assertThat(c.convert("90s")).hasSeconds(90);
        assertThat(c.convert("1.5s")).hasMillis(1500);
        assertThat(c.convert("500ms")).hasMillis(500);
        assertThat(c.convert("2m")).hasMinutes(2);
        assertThat(c.convert("PT1M")).hasMinutes(1);
    }
}
