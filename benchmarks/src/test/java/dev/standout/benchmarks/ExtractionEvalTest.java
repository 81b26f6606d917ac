package dev.standout.benchmarks;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the extraction evaluation when the shared data folder is there (it skips otherwise) and guards the skill
 * figures against regressions: floors a little below the figures measured when the skill model was trained. Writes
 * the tables to {@code target/extraction-eval.md}.
 */
class ExtractionEvalTest {

    @Test
    void skillsStayAboveTheirFloors() throws Exception {
        Path shared = ExtractionEval.sharedDir(null);
        Assumptions.assumeTrue(shared != null, "no ../shared data (set standout.shared or STANDOUT_SHARED): skipped");
        ExtractionEval eval = new ExtractionEval("", false, false,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        ExtractionEval.Report r = eval.run(shared);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/extraction-eval.md"), r.table());

        String dotin = r.scores().keySet().stream().filter(k -> k.startsWith("dotin")).findFirst().orElseThrow();
        String turks = r.scores().keySet().stream().filter(k -> k.startsWith("DataTurks")).findFirst().orElseThrow();
        assertThat(r.get(dotin, "all", ExtractionEval.SKILLS).lenientF1()).isGreaterThan(0.64);
        assertThat(r.get(dotin, "held-out 20%", ExtractionEval.SKILLS).lenientF1()).isGreaterThan(0.65);
        assertThat(r.get(turks, "all", ExtractionEval.SKILLS).lenientF1()).isGreaterThan(0.72);
    }
}
