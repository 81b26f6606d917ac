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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    static final String RESUME = "Robin Castellanos\nrobin@example.com\n\nExperience\nAnalyst, Example Co, 2018 - 2022\n\n"
            + "Education\nBachelor of Arts in Economics, Example College, 2017\n";

    @Test
    void versionAndHelpExitZero() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("standout ");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("analyze", "batch");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("analyze")).isEqualTo(2);
        assertThat(run("batch", "somewhere")).isEqualTo(2);
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void analyzePrintsTheContractRecord(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("robin.txt");
        Files.writeString(file, RESUME);
        assertThat(run("analyze", file.toString())).isZero();
        JsonNode node = JSON.readTree(out.toString());
        assertThat(node.get("status").asText()).isEqualTo("OK");
        assertThat(node.at("/resume/basics/email").asText()).isEqualTo("robin@example.com");
    }

    @Test
    void analyzeAsText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("robin.txt");
        Files.writeString(file, RESUME);
        assertThat(run("analyze", file.toString(), "--format", "text")).isZero();
        assertThat(out.toString()).contains("EXPERIENCE", "EDUCATION", "Robin Castellanos");
    }

    @Test
    void batchWritesOneRecordPerFileAndExitsThreeWhenSomeFail(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(in.resolve("good.txt"), RESUME);
        Files.write(in.resolve("fake.pdf"), "%PDF-1.7\n garbage that is no PDF".getBytes(StandardCharsets.US_ASCII));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("in/.hidden"), "skipped");
        Path outDir = dir.resolve("out");

        assertThat(run("batch", dir.resolve("in").toString(), "--out", outDir.toString(), "--quiet")).isEqualTo(3);

        List<String> lines = Files.readAllLines(outDir.resolve("results.jsonl"));
        assertThat(lines).hasSize(3);
        List<JsonNode> records = lines.stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertThat(records).extracting(n -> n.get("file").asText())
                .containsExactly("sub/empty.txt", "sub/fake.pdf", "sub/good.txt");
        assertThat(records).extracting(n -> n.get("status").asText()).containsExactly("FAILED", "FAILED", "OK");
        assertThat(records.get(0).at("/error/type").asText()).isEqualTo("EMPTY_TEXT");
        assertThat(records.get(1).at("/error/type").asText()).isEqualTo("CORRUPT");
        assertThat(records.get(1).get("sha256").asText()).hasSize(64);
    }

    @Test
    void batchOfGoodFilesExitsZero(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), RESUME);
        assertThat(run("batch", in.toString(), "--out", dir.resolve("out").toString(), "--quiet")).isZero();
    }
}
