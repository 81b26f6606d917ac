package dev.standout.corpus;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The committed segment table is exactly what the generator derives from the shared florex title list. */
class SegmentTableTest {
    @Test
    void committedTableMatchesTheGenerator() throws IOException {
        String shared = System.getProperty("standout.shared", System.getenv().getOrDefault("STANDOUT_SHARED", ""));
        Path titles = Path.of(shared, "data/corpus/florex-job-titles/normlized_classes.txt");
        assumeTrue(!shared.isEmpty() && Files.isRegularFile(titles),
                "skipped: ../shared (florex job titles) not found; set -Dstandout.shared");
        String committed;
        try (InputStream in = SegmentResolver.class.getResourceAsStream(SegmentResolver.RESOURCE)) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(SegmentTableGenerator.generate(titles)).isEqualTo(committed);
    }
}
