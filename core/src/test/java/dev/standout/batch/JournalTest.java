package dev.standout.batch;

import dev.standout.ErrorType;
import dev.standout.Result;
import dev.standout.parse.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JournalTest {
    private static String record(String file, ErrorType type) {
        return Result.failed(file, "c".repeat(64), DocumentFormat.PDF, type, "because").toJson();
    }

    @Test
    void readingDropsATornLastLineAndLinesThatAreNoRecords(@TempDir Path out) throws Exception {
        String a = record("a.pdf", ErrorType.CORRUPT);
        String b = record("b.pdf", ErrorType.CORRUPT);
        String b2 = record("b.pdf", ErrorType.TIMEOUT);
        Files.writeString(out.resolve("results.jsonl"), a + "\nnot json\n" + b + "\n" + b2 + "\n"
                + b.substring(0, 30));
        Journal.Contents c = Journal.read(out);
        assertThat(c.records()).containsOnlyKeys("a.pdf", "b.pdf");
        assertThat(c.records().get("b.pdf").line()).isEqualTo(b2);
        assertThat(c.torn()).isEqualTo(1);
        assertThat(c.invalid()).isEqualTo(1);
    }

    @Test
    void openingKeepsOnlyWhatItIsGivenAndAppendsWholeLines(@TempDir Path out) throws Exception {
        Files.writeString(out.resolve("results.jsonl"), "old stuff\n{\"torn");
        int[] sig = NearDuplicates.signature("some words of a resume");
        String a = record("a.pdf", ErrorType.CORRUPT);
        try (Journal j = Journal.open(out, List.of(a), Map.of())) {
            j.append(record("b.pdf", ErrorType.EMPTY_TEXT), "d".repeat(64), sig);
        }
        List<String> lines = Files.readAllLines(out.resolve("results.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2).first().isEqualTo(a);
        Journal.Contents c = Journal.read(out);
        assertThat(c.records()).containsOnlyKeys("a.pdf", "b.pdf");
        assertThat(c.fingerprints().get("d".repeat(64))).isEqualTo(sig);
        assertThat(c.torn()).isZero();
    }

    @Test
    void aTornFingerprintLineIsIgnored(@TempDir Path out) throws Exception {
        try (Journal j = Journal.open(out, List.of(), Map.of())) {
            j.append(record("a.pdf", ErrorType.CORRUPT), "e".repeat(64), NearDuplicates.signature("x y z"));
        }
        Files.writeString(out.resolve(".standout/fingerprints.tsv"), "f".repeat(64) + "\tAAAA",
                StandardOpenOption.APPEND);
        assertThat(Journal.read(out).fingerprints()).containsOnlyKeys("e".repeat(64));
    }
}
