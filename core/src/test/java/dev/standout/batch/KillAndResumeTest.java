package dev.standout.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGKILL in the middle of a batch, then --resume: exactly one intact record per file. */
class KillAndResumeTest {
    @Test
    void aBatchKilledWithSigkillResumesToExactlyOneRecordPerFile(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        List<Path> files = Records.textResumes(in, "slow-", 120);
        Path out = dir.resolve("out");
        Path results = out.resolve("results.jsonl");

        Process batch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillableBatch.class.getName(), in.toString(),
                out.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("batch.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(results) < 25 && batch.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
        assertThat(batch.isAlive()).as("the batch should still be running; log: %s",
                Files.exists(dir.resolve("batch.log")) ? Files.readString(dir.resolve("batch.log")) : "").isTrue();
        batch.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no cleanup
        assertThat(batch.waitFor(10, TimeUnit.SECONDS)).isTrue();
        long pid = batch.pid();

        String written = Files.readString(results, StandardCharsets.UTF_8);
        List<String> before = written.substring(0, written.lastIndexOf('\n') + 1).lines().toList();
        assertThat(before.size()).isBetween(25, files.size() - 1);
        // and as if the kill had cut a line in half
        Files.writeString(results, before.get(0).substring(0, 40), StandardOpenOption.APPEND);

        // the killed batch's workers see their parent gone and end, even mid-file
        assertThat(orphansOf(pid, 10)).isEmpty();

        BatchSummary s = KillableBatch.runner().resume(in, out, BatchListener.NONE);

        List<String> expected = new ArrayList<>();
        for (Path f : files) expected.add(f.getFileName().toString());
        assertThat(Records.files(out)).containsExactlyElementsOf(expected);
        assertThat(s.kept()).isEqualTo(before.size());
        assertThat(s.analyzed()).isEqualTo(files.size() - before.size());
        assertThat(s.ok()).isEqualTo(files.size());
        assertThat(Files.readAllLines(results, StandardCharsets.UTF_8)).containsAll(before);
    }

    private static long lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).size() : 0;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /** Worker processes started by {@code pid} still alive after waiting up to {@code seconds}. */
    private static List<ProcessHandle> orphansOf(long pid, int seconds) throws InterruptedException {
        List<ProcessHandle> alive = List.of();
        for (int i = 0; i < seconds * 10; i++) {
            alive = ProcessHandle.allProcesses().filter(p -> p.info().arguments().map(a -> {
                for (int k = 0; k + 1 < a.length; k++) {
                    if (a[k].equals("--parent-pid") && a[k + 1].equals(String.valueOf(pid))) return true;
                }
                return false;
            }).orElse(false)).filter(ProcessHandle::isAlive).toList();
            if (alive.isEmpty()) return alive;
            Thread.sleep(100);
        }
        return alive;
    }
}
