package dev.standout.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standout.ContractSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading and checking the records of a batch's output folder, for tests. */
final class Records {
    static final ObjectMapper JSON = new ObjectMapper();

    private Records() {
    }

    /** The records of {@code out/results.jsonl}, each checked against the contract, by file name. */
    static Map<String, JsonNode> read(Path out) {
        return read(out, false);
    }

    /**
     * The records, checked against this version's contract when {@code thisVersion} (for what this version adds to
     * it, such as the image formats) or against the shared folder's copy when there is one.
     */
    static Map<String, JsonNode> read(Path out, boolean thisVersion) {
        try {
            List<String> lines = Files.readAllLines(out.resolve("results.jsonl"), StandardCharsets.UTF_8);
            Map<String, JsonNode> byFile = new TreeMap<>();
            for (String line : lines) {
                assertThat(thisVersion ? ContractSchema.errorsAgainstThisVersion(line) : ContractSchema.errors(line))
                        .as(line).isEmpty();
                JsonNode n = JSON.readTree(line);
                assertThat(byFile.put(n.get("file").asText(), n)).as("second record of " + n.get("file")).isNull();
            }
            assertThat(lines).hasSize(byFile.size());
            return byFile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> files(Path out) {
        return new ArrayList<>(read(out).keySet());
    }

    static String errorType(JsonNode n) {
        return n.at("/error/type").asText();
    }

    /** Writes small text resumes {@code prefix000.txt…} with distinct content. */
    static List<Path> textResumes(Path dir, String prefix, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(prefix.hashCode());
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve(String.format("%s%03d.txt", prefix, i));
            Files.writeString(p, "Person " + prefix + i + "\n" + NearDuplicatesTest.randomResume(rnd, 120));
            out.add(p);
        }
        return out;
    }
}
