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

    static final String JSON_RESUME = """
            {"basics": {"name": "Robin Castellanos", "label": "Data Scientist"},
             "work": [{"name": "Example Co", "position": "Data Scientist", "startDate": "2019-01",
                       "highlights": ["Built a demand forecast in Python used by 40 stores"]}],
             "education": [{"institution": "Example College", "area": "Statistics", "studyType": "Master"}],
             "skills": [{"name": "Python"}, {"name": "SQL"}],
             "certificates": [{"name": "AWS Certified Solutions Architect - Associate", "issuer": "Amazon"}],
             "projects": [{"name": "Flood sensor network", "description": "Gathered river-level data with 12 sensors; 3,000 residents use the alerts",
                           "url": "https://example.org/floods"}]}
            """;

    @Test
    void scoreReadsAJsonResumeWithoutParsing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("robin.json");
        Files.writeString(file, JSON_RESUME);
        assertThat(run("score", file.toString())).isZero();
        JsonNode node = JSON.readTree(out.toString());
        assertThat(node.get("score").asDouble()).isBetween(0.0, 100.0);
        assertThat(node.get("model").asText()).isNotEmpty();
        List<String> kinds = node.get("items").findValuesAsText("kind");
        assertThat(kinds).contains("CERTIFICATE", "PROJECT", "DEGREE");
        assertThat(node.get("items").findValuesAsText("id")).contains("cert:aws-saa");
        out.getBuffer().setLength(0);
        assertThat(run("score", file.toString(), "--format", "text", "--segment", "python-developer")).isZero();
        assertThat(out.toString()).contains("Robin Castellanos", "score:", "segment python-developer", "CERTIFICATE");
    }

    @Test
    void scoreRefusesWhatIsNotAJsonResume(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("robin.json");
        Files.writeString(file, "this is not JSON");
        assertThat(run("score", file.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("not a JSON Resume");
        assertThat(run("score", dir.resolve("missing.json").toString())).isEqualTo(2);
    }

    @Test
    void analyzeAsText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("robin.txt");
        Files.writeString(file, RESUME);
        assertThat(run("analyze", file.toString(), "--format", "text")).isZero();
        assertThat(out.toString()).contains("EXPERIENCE", "EDUCATION", "Robin Castellanos");
    }

    /** A small grey PNG with a line of text. */
    static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(600, 120,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 600, 120);
        g.setColor(java.awt.Color.BLACK);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 36));
        g.drawString("Robin Castellanos", 20, 70);
        g.dispose();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void ocrOptionReachesAnalyzeAndTheBatchWorkers(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("scan.png"), png());
        assertThat(run("analyze", in.resolve("scan.png").toString(), "--ocr", "sometimes")).isEqualTo(2);
        assertThat(err.toString()).contains("not an OCR mode");
        assertThat(run("analyze", in.resolve("scan.png").toString(), "--ocr", "never")).isEqualTo(3);
        assertThat(JSON.readTree(out.toString()).at("/error/type").asText()).isEqualTo("UNSUPPORTED_FORMAT");
        assertThat(JSON.readTree(out.toString()).at("/error/message").asText()).contains("turned off");
        Path outDir = dir.resolve("out");
        assertThat(run("batch", in.toString(), "--out", outDir.toString(), "--quiet", "--ocr", "never")).isEqualTo(3);
        JsonNode record = JSON.readTree(Files.readAllLines(outDir.resolve("results.jsonl")).get(0));
        assertThat(record.get("format").asText()).isEqualTo("PNG");
        assertThat(record.at("/error/message").asText()).as("the workers got --ocr never").contains("turned off");
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
