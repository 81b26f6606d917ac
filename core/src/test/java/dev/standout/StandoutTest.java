package dev.standout;

import dev.standout.parse.DocumentFormat;
import dev.standout.parse.Warning;
import dev.standout.section.SectionType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandoutTest {
    static final String RESUME = String.join("\n",
            "Jordan Avery",
            "Data Engineer",
            "jordan.avery@example.com | +1 555 010 2030 | github.com/jordan-avery",
            "",
            "Professional Experience",
            "Data Engineer, Example Analytics Inc., Jan 2020 - Present",
            "- Built streaming pipelines in Python and Apache Kafka serving 40 teams",
            "",
            "Education",
            "Master of Science in Computer Science, Example State University, 2019",
            "",
            "Technical Skills",
            "Python, SQL, Kafka, Docker, Kubernetes",
            "");

    private final Standout standout = Standout.create();

    @Test
    void analyzesTextIntoSectionsAndBasics() throws Exception {
        Result r = standout.analyze(RESUME);
        assertThat(r.isOk()).isTrue();
        assertThat(r.format()).isEqualTo(DocumentFormat.TXT);
        assertThat(r.sections()).extracting(s -> s.type())
                .contains(SectionType.CONTACT, SectionType.EXPERIENCE, SectionType.EDUCATION, SectionType.SKILLS);
        assertThat(r.resume().basics().name()).isEqualTo("Jordan Avery");
        assertThat(r.resume().basics().email()).isEqualTo("jordan.avery@example.com");
    }

    @Test
    void okResultMeetsTheContract() throws Exception {
        String json = standout.analyze(RESUME).toJson();
        assertThat(ContractSchema.errors(json)).isEmpty();
        assertThat(json).doesNotContain("\n");
    }

    @Test
    void failedResultMeetsTheContract() {
        Result r = Result.failed("bad.pdf", "", DocumentFormat.PDF, ErrorType.CORRUPT, "PDF is damaged");
        assertThat(ContractSchema.errors(r.toJson())).isEmpty();
        assertThat(r.toJson()).contains("\"type\":\"CORRUPT\"").doesNotContain("\"resume\"");
    }

    @Test
    void streamAndPathGiveTheSameResultAsBytes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        byte[] bytes = RESUME.getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("resume.txt");
        Files.write(file, bytes);
        Result fromPath = standout.analyze(file);
        Result fromStream = standout.analyze(new ByteArrayInputStream(bytes), file.toString());
        assertThat(fromStream.toJson()).isEqualTo(fromPath.toJson());
        assertThat(fromPath.sha256()).isEqualTo(Standout.sha256(bytes)).hasSize(64);
    }

    @Test
    void tooLargeInputFailsBeforeParsing() {
        Standout small = Standout.builder().maxBytes(100).build();
        byte[] bytes = RESUME.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> small.analyze(new ByteArrayInputStream(bytes), "r.txt"))
                .isInstanceOf(DocumentTooLargeException.class)
                .extracting(e -> ((DocumentException) e).type()).isEqualTo(ErrorType.TOO_LARGE);
    }

    @Test
    void textBeyondTheCharacterLimitIsDroppedWithAWarning() throws Exception {
        Result r = Standout.builder().maxChars(60).build().analyze(RESUME);
        assertThat(r.warnings()).contains(Warning.TRUNCATED);
        assertThat(r.text().length()).isLessThanOrEqualTo(60);
    }

    @Test
    void blankTextIsAnEmptyTextFailure() {
        assertThatThrownBy(() -> standout.analyze(" \n\t "))
                .isInstanceOf(EmptyTextException.class);
    }

    @Test
    void builderRejectsBadValuesShowingThem() {
        assertThatThrownBy(() -> Standout.builder().maxPages(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> Standout.builder().maxBytes(-5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5");
    }

    @Test
    void oneInstanceServesManyThreadsWithTheSameResults() throws Exception {
        String expected = standout.analyze(RESUME).toJson();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) futures.add(pool.submit(() -> standout.analyze(RESUME).toJson()));
            for (Future<String> f : futures) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reportsItsVersion() {
        assertThat(Standout.version()).isNotBlank().isNotEqualTo("unknown");
    }
}
