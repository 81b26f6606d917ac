package dev.standout.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.standout.Standout;
import dev.standout.parse.OcrOptions;

/**
 * OCR counts towards a batch's time limit, and a worker killed for it takes its Tesseract process with it. Tesseract
 * is stood in for by a script that hangs (POSIX shells only), so this runs without Tesseract.
 */
class OcrBatchTimeoutTest {

    @Test
    void aFileWhoseOcrHangsTimesOutAndLeavesNoProcessBehind(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.isExecutable(Path.of("/bin/sleep")),
                "needs a POSIX shell");
        String marker = "97.25"; // the hanging page's sleep, told apart from any other process by its argument
        Path script = dir.resolve("hanging-tesseract");
        Files.writeString(script, "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then echo eng; exit 0; fi\n"
                + "exec /bin/sleep " + marker + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        OcrOptions hanging = OcrOptions.DEFAULT.withCommand(script.toString()).withPageTimeout(Duration.ofMinutes(5));
        Path in = Files.createDirectories(dir.resolve("in"));
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(300, 100,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        javax.imageio.ImageIO.write(img, "png", in.resolve("scan.png").toFile());
        Files.writeString(in.resolve("good.txt"), BatchRunnerTest.RESUME);

        for (Isolation isolation : Isolation.values()) {
            Path out = dir.resolve("out-" + isolation);
            BatchRunner.builder().standout(Standout.builder().withoutScoring().ocr(hanging).build())
                    .isolation(isolation).threads(1).timeout(Duration.ofSeconds(4)).pool(Pool.none()).build()
                    .run(in, out, BatchListener.NONE);
            Map<String, JsonNode> records = Records.read(out, true); // PNG is new in the contract
            assertThat(Records.errorType(records.get("scan.png"))).as(isolation.name()).isEqualTo("TIMEOUT");
            assertThat(records.get("good.txt").get("status").asText()).isEqualTo("OK");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (hangingPages(marker) > 0 && System.nanoTime() < deadline) Thread.sleep(100);
            assertThat(hangingPages(marker)).as("Tesseract processes left behind (%s)", isolation).isZero();
        }
    }

    private static long hangingPages(String marker) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> java.util.Arrays.asList(a).contains(marker)).orElse(false))
                .count();
    }
}
