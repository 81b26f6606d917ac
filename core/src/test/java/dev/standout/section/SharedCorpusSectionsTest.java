package dev.standout.section;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standout.parse.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Guards section detection against regressions on real resumes from {@code ../shared} (system property
 * {@code standout.shared} or environment variable {@code STANDOUT_SHARED}); skipped when that folder is absent.
 * The thresholds sit a little below what was measured when they were set (in brackets below).
 */
class SharedCorpusSectionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SectionSegmenter segmenter = new SectionSegmenter();

    private static Path shared(String relative) {
        String root = System.getProperty("standout.shared");
        if (root == null || root.isBlank()) root = System.getenv("STANDOUT_SHARED");
        Path path = root == null || root.isBlank() ? null : Path.of(root).resolve(relative);
        Assumptions.assumeTrue(path != null && Files.exists(path),
                "shared data " + relative + " not found; skipping");
        return path;
    }

    /** Share of texts in which each section type was found at least once. */
    private Map<SectionType, Double> detectionRates(List<String> texts) {
        Map<SectionType, Integer> counts = new EnumMap<>(SectionType.class);
        for (String raw : texts) {
            SectionedText st = segmenter.segment(TextNormalizer.normalize(raw));
            st.sections().stream().map(Section::type).distinct().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        Map<SectionType, Double> rates = new EnumMap<>(SectionType.class);
        for (SectionType t : SectionType.values()) rates.put(t, counts.getOrDefault(t, 0) / (double) texts.size());
        return rates;
    }

    private double shareWithRepeated(List<String> texts, SectionType type) {
        int repeated = 0;
        for (String raw : texts) {
            if (segmenter.segment(TextNormalizer.normalize(raw)).of(type).size() > 1) repeated++;
        }
        return repeated / (double) texts.size();
    }

    @Test
    void findsTheMainSectionsOfOneLineJobBoardResumes() throws IOException {
        Path file = shared("data/corpus/florex/resume_corpus.jsonl.gz");
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while (texts.size() < 500 && (line = in.readLine()) != null) {
                texts.add(JSON.readTree(line).get("text").asText());
            }
        }
        Map<SectionType, Double> rates = detectionRates(texts);
        assertThat(rates.get(SectionType.EXPERIENCE)).as("EXPERIENCE [1.000]").isGreaterThanOrEqualTo(0.97);
        assertThat(rates.get(SectionType.EDUCATION)).as("EDUCATION [0.950]").isGreaterThanOrEqualTo(0.92);
        assertThat(rates.get(SectionType.SKILLS)).as("SKILLS [0.874]").isGreaterThanOrEqualTo(0.84);
        // false headings inside a section would split it: education is written once in these resumes
        assertThat(shareWithRepeated(texts, SectionType.EDUCATION)).as("repeated EDUCATION [0.000]")
                .isLessThanOrEqualTo(0.02);
    }

    @Test
    void findsTheMainSectionsOfLabelledResumes() throws IOException {
        Path dir = shared("data/groundtruth/dotin/train");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                String xml = Files.readString(p, StandardCharsets.UTF_8);
                // strip the XML wrapper and the entity labels; the normalizer decodes character references
                texts.add(xml.replaceAll("(?s)^.*?<cv>|</cv>\\s*$", "").replaceAll("</?label[^>]*>", ""));
            }
        }
        Map<SectionType, Double> rates = detectionRates(texts);
        assertThat(rates.get(SectionType.EXPERIENCE)).as("EXPERIENCE [0.913]").isGreaterThanOrEqualTo(0.88);
        assertThat(rates.get(SectionType.EDUCATION)).as("EDUCATION [0.884]").isGreaterThanOrEqualTo(0.85);
        assertThat(rates.get(SectionType.SKILLS)).as("SKILLS [0.671]").isGreaterThanOrEqualTo(0.63);
    }

    @Test
    void findsTheMainSectionsOfMultiLineResumes() throws IOException {
        Path file = shared("data/groundtruth/dataturks/traindata.json");
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode node = JSON.readTree(line);
            texts.add(node.get("content").asText());
        }
        Map<SectionType, Double> rates = detectionRates(texts);
        assertThat(rates.get(SectionType.EXPERIENCE)).as("EXPERIENCE [1.000]").isGreaterThanOrEqualTo(0.97);
        assertThat(rates.get(SectionType.EDUCATION)).as("EDUCATION [0.965]").isGreaterThanOrEqualTo(0.93);
        assertThat(rates.get(SectionType.SKILLS)).as("SKILLS [0.850]").isGreaterThanOrEqualTo(0.81);
    }
}
