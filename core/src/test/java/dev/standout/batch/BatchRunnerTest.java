package dev.standout.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.standout.DocumentException;
import dev.standout.ErrorType;
import dev.standout.Result;
import dev.standout.Standout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The batch in-process: records, order, reports, the watchdog, resuming. */
class BatchRunnerTest {
    static final String RESUME = "Robin Castellanos\nrobin@example.com\n\nExperience\nAnalyst, Example Co, 2018 - 2022\n\n"
            + "Education\nBachelor of Arts in Economics, Example College, 2017\n";

    @Test
    void writesOneRecordPerFileInFileOrderAndTheReports(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(in.resolve("good.txt"), RESUME);
        Files.write(in.resolve("fake.pdf"), "%PDF-1.7\n garbage that is no PDF".getBytes(StandardCharsets.US_ASCII));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("in/.hidden"), "skipped");
        Files.writeString(dir.resolve("in/top.txt"), RESUME.replace("Robin", "Kim"));
        Path out = dir.resolve("out");
        List<String> heard = new CopyOnWriteArrayList<>();

        BatchSummary s = BatchRunner.builder().threads(3).pool(Pool.none()).build()
                .run(dir.resolve("in"), out, new BatchListener() {
                    @Override
                    public void started(int files, int alreadyDone) {
                        heard.add("started " + files + " " + alreadyDone);
                    }

                    @Override
                    public void finished(Result result) {
                        heard.add(result.file());
                    }
                });

        assertThat(Files.readAllLines(out.resolve("results.jsonl"))).extracting(l -> Records.JSON.readTree(l)
                .get("file").asText()).containsExactly("sub/empty.txt", "sub/fake.pdf", "sub/good.txt", "top.txt");
        Map<String, JsonNode> records = Records.read(out);
        assertThat(Records.errorType(records.get("sub/empty.txt"))).isEqualTo("EMPTY_TEXT");
        assertThat(Records.errorType(records.get("sub/fake.pdf"))).isEqualTo("CORRUPT");
        assertThat(records.get("sub/good.txt").at("/resume/basics/email").asText()).isEqualTo("robin@example.com");
        assertThat(heard).first().isEqualTo("started 4 0");
        assertThat(heard).hasSize(5);
        assertThat(s.files()).isEqualTo(4);
        assertThat(s.ok()).isEqualTo(2);
        assertThat(s.byError()).containsEntry(ErrorType.EMPTY_TEXT, 1).containsEntry(ErrorType.CORRUPT, 1);
        assertThat(out.resolve("results.csv")).content().startsWith("file,status,format,error_type")
                .contains("sub/fake.pdf,FAILED,PDF,CORRUPT");
        JsonNode summary = Records.JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.at("/byStatus/OK").asInt()).isEqualTo(2);
        assertThat(summary.at("/byError/CORRUPT").asInt()).isEqualTo(1);
        assertThat(out.resolve("report.html")).content().contains("sub/fake.pdf", "resume-table", "No scores");
    }

    @Test
    void aParserThatHangsTimesOutWhileTheOtherFilesComplete(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Records.textResumes(in, "a", 6);
        Files.writeString(in.resolve("b-hang.txt"), "Hang Person\nwords");
        long t0 = System.nanoTime();
        BatchSummary s = BatchRunner.builder().threads(2).timeout(Duration.ofMillis(700)).pool(Pool.none())
                .analyzer(new TestAnalyzer()).build().run(in, dir.resolve("out"), BatchListener.NONE);

        Map<String, JsonNode> records = Records.read(dir.resolve("out"));
        assertThat(records).hasSize(7);
        assertThat(Records.errorType(records.get("b-hang.txt"))).isEqualTo("TIMEOUT");
        assertThat(records.get("b-hang.txt").at("/error/message").asText()).contains("700 ms");
        assertThat(records.get("b-hang.txt").get("sha256").asText()).hasSize(64);
        assertThat(records.values()).filteredOn(n -> n.get("status").asText().equals("OK")).hasSize(6);
        assertThat(s.abandonedThreads()).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void resumeKeepsIntactRecordsDropsATornLineAndAnalyzesOnlyWhatIsMissingOrChanged(@TempDir Path dir)
            throws Exception {
        Path in = dir.resolve("in");
        List<Path> files = Records.textResumes(in, "r", 8);
        Path out = dir.resolve("out");
        BatchRunner first = BatchRunner.builder().threads(2).pool(Pool.none()).analyzer(new TestAnalyzer()).build();
        first.run(in, out, BatchListener.NONE);
        List<String> lines = Files.readAllLines(out.resolve("results.jsonl"));

        // as if killed: four records written, the fifth cut short
        Files.writeString(out.resolve("results.jsonl"), String.join("\n", lines.subList(0, 4)) + "\n"
                + lines.get(4).substring(0, lines.get(4).length() / 2));
        Files.writeString(files.get(1), "Person changed\nnew content here"); // recorded, but changed since
        Files.delete(files.get(2));                                          // recorded, but gone
        Files.writeString(in.resolve("r100.txt"), "Person new\nnew file");   // new

        AtomicInteger calls = new AtomicInteger();
        List<String> analyzed = new CopyOnWriteArrayList<>();
        TestAnalyzer inner = new TestAnalyzer();
        FileAnalyzer counting = (bytes, name) -> {
            if (name.equals("warm-up.txt")) return inner.analyze(bytes, name);
            calls.incrementAndGet();
            analyzed.add(name);
            return inner.analyze(bytes, name);
        };
        BatchSummary s = BatchRunner.builder().threads(2).pool(Pool.none()).analyzer(counting).build()
                .resume(in, out, BatchListener.NONE);

        assertThat(analyzed).containsExactlyInAnyOrder("r001.txt", "r004.txt", "r005.txt", "r006.txt", "r007.txt",
                "r100.txt");
        assertThat(s.kept()).isEqualTo(2);
        assertThat(s.analyzed()).isEqualTo(6);
        assertThat(Records.files(out)).containsExactly("r000.txt", "r001.txt", "r003.txt", "r004.txt", "r005.txt",
                "r006.txt", "r007.txt", "r100.txt");
        List<String> after = Files.readAllLines(out.resolve("results.jsonl"));
        assertThat(after).contains(lines.get(0), lines.get(3)); // kept byte for byte
        assertThat(Records.read(out).get("r001.txt").at("/resume/basics/name").asText()).isEqualTo("Person changed");

        BatchSummary again = first.resume(in, out, BatchListener.NONE);
        assertThat(again.analyzed()).isZero();
        assertThat(Files.readAllLines(out.resolve("results.jsonl"))).isEqualTo(after);
    }

    @Test
    void nearDuplicatesAreFlaggedInTheRecordsAndTheSummary(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Records.textResumes(in, "x", 4);
        String text = Files.readString(in.resolve("x001.txt"));
        Files.writeString(in.resolve("x001-again.txt"), text.replace("Person", "Person (sent twice)"));
        BatchSummary s = BatchRunner.builder().pool(Pool.none()).analyzer(new TestAnalyzer()).build()
                .run(in, dir.resolve("out"), BatchListener.NONE);
        Map<String, JsonNode> records = Records.read(dir.resolve("out"));
        assertThat(s.nearDuplicatePairs()).isEqualTo(1);
        assertThat(records.get("x001.txt").get("warnings").toString()).contains("NEAR_DUPLICATE");
        assertThat(records.get("x001.txt").at("/nearDuplicates/0/file").asText()).isEqualTo("x001-again.txt");
        assertThat(records.get("x001-again.txt").at("/nearDuplicates/0/file").asText()).isEqualTo("x001.txt");
        assertThat(records.get("x002.txt").has("nearDuplicates")).isFalse();
        JsonNode summary = Records.JSON.readTree(dir.resolve("out/summary.json").toFile());
        assertThat(summary.at("/nearDuplicates/0/file").asText()).isEqualTo("x001-again.txt");
        assertThat(summary.at("/nearDuplicates/0/other").asText()).isEqualTo("x001.txt");
    }

    @Test
    void anOutputFolderInsideTheInputIsNotAnalyzed(@TempDir Path dir) throws Exception {
        Records.textResumes(dir, "y", 2);
        BatchRunner r = BatchRunner.builder().pool(Pool.none()).analyzer(new TestAnalyzer()).build();
        r.run(dir, dir.resolve("out"), BatchListener.NONE);
        r.run(dir, dir.resolve("out"), BatchListener.NONE);
        assertThat(Records.files(dir.resolve("out"))).containsExactly("y000.txt", "y001.txt");
    }

    @Test
    void withoutADefaultModelTheDefaultPoolLeavesRecordsUnscoredAndSaysWhy(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(PoolScoring.defaultModel().isEmpty(), "a default model exists");
        Records.textResumes(dir.resolve("in"), "z", 2);
        BatchSummary s = BatchRunner.builder().analyzer(new TestAnalyzer()).build()
                .run(dir.resolve("in"), dir.resolve("out"), BatchListener.NONE);
        assertThat(s.poolNote()).contains("no default model");
        assertThat(Records.read(dir.resolve("out")).values()).allMatch(n -> !n.has("analysis"));
    }

    @Test
    void aSingleFileIsABatchOfOne(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("one.txt");
        Files.writeString(f, RESUME);
        BatchSummary s = new BatchRunner(Standout.create()).run(f, dir.resolve("out"), BatchListener.NONE);
        assertThat(s.files()).isEqualTo(1);
        assertThat(Records.files(dir.resolve("out"))).containsExactly("one.txt");
    }

    @Test
    void badSettingsAreRefusedWithTheValue() {
        assertThatThrownBy(() -> BatchRunner.builder().threads(0)).hasMessageContaining("0");
        assertThatThrownBy(() -> BatchRunner.builder().workerHeap("lots")).hasMessageContaining("lots");
        assertThatThrownBy(() -> BatchRunner.builder().timeout(Duration.ZERO)).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> BatchRunner.builder().isolation(Isolation.PROCESS).analyzer(new TestAnalyzer())
                .build()).hasMessageContaining("workerAnalyzer");
    }

    /** An analyzer that throws what a buggy parser would, to show it is contained. */
    @Test
    void anAnalyzerThatThrowsGivesAnInternalRecord(@TempDir Path dir) throws Exception {
        Records.textResumes(dir.resolve("in"), "w", 3);
        List<String> seen = new ArrayList<>();
        FileAnalyzer buggy = (bytes, name) -> {
            if (name.equals("w001.txt")) throw new IllegalStateException("bug");
            if (name.equals("w002.txt")) throw new StackOverflowError();
            synchronized (seen) {
                seen.add(name);
            }
            try {
                return new TestAnalyzer().analyze(bytes, name);
            } catch (DocumentException e) {
                throw new AssertionError(e);
            }
        };
        BatchSummary s = BatchRunner.builder().pool(Pool.none()).analyzer(buggy).build()
                .run(dir.resolve("in"), dir.resolve("out"), BatchListener.NONE);
        assertThat(s.byError()).containsEntry(ErrorType.INTERNAL, 2);
        assertThat(Records.read(dir.resolve("out")).get("w001.txt").at("/error/message").asText()).contains("bug");
    }
}
