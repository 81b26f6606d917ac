package dev.standout.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worker processes: a hung parser is killed, a heap exhausted or a crash costs one file, never the run. */
class ProcessIsolationTest {
    private static BatchRunner.Builder workers() {
        return BatchRunner.builder().isolation(Isolation.PROCESS).workerAnalyzer(TestAnalyzer.class.getName())
                .workerHeap("96m").pool(Pool.none());
    }

    @Test
    void aParserThatHangsInAWorkerIsKilledAtTheTimeLimitWhileTheOtherFilesComplete(@TempDir Path dir)
            throws Exception {
        Path in = dir.resolve("in");
        Records.textResumes(in, "a", 6);
        Files.writeString(in.resolve("a002-hang.txt"), "Hang Person\nwords");
        BatchSummary s = workers().threads(2).timeout(Duration.ofSeconds(3)).build()
                .run(in, dir.resolve("out"), BatchListener.NONE);

        Map<String, JsonNode> records = Records.read(dir.resolve("out"));
        assertThat(records).hasSize(7);
        assertThat(Records.errorType(records.get("a002-hang.txt"))).isEqualTo("TIMEOUT");
        assertThat(records.get("a002-hang.txt").at("/error/message").asText()).contains("killed");
        assertThat(s.ok()).as(records.toString()).isEqualTo(6);
        assertThat(s.workerStarts()).isBetween(2, 3);
    }

    @Test
    void aFileThatExhaustsTheWorkersHeapIsOutOfMemoryAndACrashIsInternalAndTheRunGoesOn(@TempDir Path dir)
            throws Exception {
        Path in = dir.resolve("in");
        Records.textResumes(in, "b", 3);
        Files.writeString(in.resolve("b000-oom.txt"), "x");
        Files.writeString(in.resolve("b001-crash.txt"), "x");
        BatchSummary s = workers().threads(1).timeout(Duration.ofSeconds(20)).build()
                .run(in, dir.resolve("out"), BatchListener.NONE);

        Map<String, JsonNode> records = Records.read(dir.resolve("out"));
        assertThat(Records.errorType(records.get("b000-oom.txt"))).isEqualTo("OUT_OF_MEMORY");
        assertThat(records.get("b000-oom.txt").at("/error/message").asText()).contains("heap 96m");
        assertThat(Records.errorType(records.get("b001-crash.txt"))).isEqualTo("INTERNAL");
        assertThat(records.get("b001-crash.txt").at("/error/message").asText()).contains("exit code 134");
        assertThat(s.ok()).isEqualTo(3);
        assertThat(s.workerStarts()).isEqualTo(3);
    }

    @Test
    void workersRunTheRealAnalysis(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), BatchRunnerTest.RESUME);
        Files.write(in.resolve("fake.pdf"), "%PDF-1.7\n garbage".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        BatchSummary s = BatchRunner.builder().isolation(Isolation.PROCESS).threads(1).pool(Pool.none()).build()
                .run(in, dir.resolve("out"), BatchListener.NONE);
        Map<String, JsonNode> records = Records.read(dir.resolve("out"));
        assertThat(records.get("good.txt").at("/resume/basics/email").asText()).isEqualTo("robin@example.com");
        assertThat(Records.errorType(records.get("fake.pdf"))).isEqualTo("CORRUPT");
        assertThat(s.workerStarts()).isEqualTo(1);
    }

    @Test
    void aWorkerThatCannotStartFailsTheRunAndSaysWhy(@TempDir Path dir) throws Exception {
        Records.textResumes(dir.resolve("in"), "c", 2);
        BatchRunner r = BatchRunner.builder().isolation(Isolation.PROCESS).workerAnalyzer("no.such.Analyzer")
                .pool(Pool.none()).build();
        assertThatThrownBy(() -> r.run(dir.resolve("in"), dir.resolve("out"), BatchListener.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("no.such.Analyzer");
    }
}
