package dev.standout.corpus;

import dev.standout.EmptyTextException;
import dev.standout.resume.Basics;
import dev.standout.resume.Evidence;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.score.DifferentiationScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelBuildTest {
    /** A stand-in extraction: every word of the text that starts with "s:" is a listed skill. */
    static final ModelBuild.Extractor WORDS = doc -> {
        String text = doc.text() != null ? doc.text() : new String(doc.bytes(), StandardCharsets.UTF_8);
        if (text.isBlank()) throw new EmptyTextException("no text");
        List<Skill> skills = new ArrayList<>();
        for (String w : text.split("\\s+")) {
            if (w.startsWith("s:")) skills.add(new Skill("skill:" + w.substring(2), w.substring(2), Evidence.LISTED, List.of()));
        }
        return new Resume(Basics.EMPTY, List.of(), List.of(), skills, List.of(), List.of());
    };

    private static Path pool(Path dir) throws IOException {
        Path acc = Files.createDirectories(dir.resolve("pool/ACCOUNTANT"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(acc.resolve("r" + i + ".txt"), "s:excel s:sap" + (i % 3 == 0 ? " s:rare" : ""));
        }
        Files.writeString(acc.resolve("blank.txt"), "   ");
        Path jsonl = dir.resolve("pool/more.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(jsonl))) {
            for (int i = 0; i < 20; i++) {
                String line = "{\"id\":\"" + i + "\",\"labels\":[\"Java_Developer\"],\"text\":\"s:java s:sql"
                        + (i % 2 == 0 ? " s:docker" : "") + "\"}\n";
                out.write(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return dir.resolve("pool");
    }

    private static byte[] bytes(CorpusModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void countsThePoolWithSegmentsFromFoldersAndLabels(@TempDir Path dir) throws Exception {
        Path pool = pool(dir);
        ModelBuild.Outcome o = ModelBuild.run(List.of(pool.resolve("ACCOUNTANT"), pool.resolve("more.jsonl.gz")), WORDS,
                DifferentiationScorer::of, 3, ModelInfo.of("t", "1"), 2, null);
        CorpusModel m = o.model();
        assertThat(o.analyzed()).isEqualTo(32);
        assertThat(o.failed()).isEqualTo(1);
        assertThat(m.poolSize()).isEqualTo(32);
        assertThat(m.segmentSize("accountant")).isEqualTo(12);
        assertThat(m.segmentSize("java-developer")).isEqualTo(20);
        assertThat(m.segmentSize("information-technology")).isEqualTo(20);
        assertThat(m.documentFrequency(Features.skill("skill:excel"))).isEqualTo(12);
        assertThat(m.documentFrequency(Features.skill("skill:rare"))).isEqualTo(4);
        assertThat(m.scoreDistribution()).isPresent();
    }

    @Test
    void dropsFeaturesBelowTheMinimumCount(@TempDir Path dir) throws Exception {
        Path pool = pool(dir);
        CorpusModel m = ModelBuild.run(List.of(pool), WORDS, DifferentiationScorer::of, 5, ModelInfo.of("t", "1"), 1,
                null).model();
        assertThat(m.contains(Features.skill("skill:rare"))).isFalse();
        assertThat(m.contains(Features.skill("skill:docker"))).isTrue();
    }

    @Test
    void givesTheSameBytesWhateverTheThreads(@TempDir Path dir) throws Exception {
        Path pool = pool(dir);
        byte[] one = bytes(ModelBuild.run(List.of(pool), WORDS, DifferentiationScorer::of, 2, ModelInfo.of("t", "1"), 1,
                null).model());
        byte[] three = bytes(ModelBuild.run(List.of(pool), WORDS, DifferentiationScorer::of, 2, ModelInfo.of("t", "1"),
                3, null).model());
        assertThat(three).isEqualTo(one);
    }

    @Test
    void aBrokenJsonLineFailsTheBuild(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"1\",\"text\":\"s:a\"}\n{\"id\":\"2\",\"text\":\n");
        assertThatThrownBy(() -> ModelBuild.run(List.of(bad), WORDS, DifferentiationScorer::of, 1, ModelInfo.of("t", ""),
                1, null)).isInstanceOf(IOException.class).hasMessageContaining("record 2");
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> ModelBuild.run(List.of(), WORDS, DifferentiationScorer::of, 0, ModelInfo.of("t", ""), 1,
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
}
