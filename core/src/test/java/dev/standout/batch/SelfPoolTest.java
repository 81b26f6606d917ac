package dev.standout.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.standout.corpus.CorpusModel;
import dev.standout.resume.Basics;
import dev.standout.resume.Certificate;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Resume;
import dev.standout.score.Analysis;
import dev.standout.score.ScoredItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Scoring a batch against itself: who stands out among these applicants? */
class SelfPoolTest {
    private static Resume withCerts(String name, String... certIds) {
        List<Certificate> certs = new ArrayList<>();
        for (String id : certIds) {
            certs.add(new Certificate(id, id, CredentialKind.VENDOR_CERTIFICATION, "", "", "", List.of()));
        }
        return new Resume(new Basics(name, "", "", "", "", List.of()), List.of(), List.of(), List.of(), certs,
                List.of());
    }

    private static double commonnessOf(Analysis a, String id) {
        return a.items().stream().filter(i -> i.id().equals(id)).mapToDouble(ScoredItem::commonness).findFirst()
                .orElseThrow();
    }

    private static List<Resume> batch() {
        List<Resume> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) batch.add(i < 5 ? withCerts("r" + i, "half") : withCerts("r" + i, "other"));
        batch.set(9, withCerts("r9", "other", "only-mine"));
        return batch;
    }

    @Test
    void commonnessComesFromTheBatchWhenThereIsNoDefaultModel() {
        PoolScoring s = PoolScoring.self(batch(), Optional.empty());
        Analysis a = s.score(dev.standout.Result.ok("r0", "", dev.standout.parse.DocumentFormat.TXT, List.of(), "",
                List.of(), batch().get(0), null)).analysis().orElseThrow();
        // (df + 0.5) / (N + 50): held by 5 of 10
        assertThat(commonnessOf(a, "half")).isCloseTo((5 + 0.5) / (10 + 50), within(1e-3));
        assertThat(a.model()).isEqualTo("batch-self");
    }

    @Test
    void theDefaultModelWeighsLikeFiftyApplicants() {
        CorpusModel.Builder prior = CorpusModel.builder();
        for (int i = 0; i < 1000; i++) prior.add(i < 600 ? withCerts("p", "half") : withCerts("p"), Set.of());
        PoolScoring s = PoolScoring.self(batch(), Optional.of(prior.build(5)));
        Analysis a = s.score(dev.standout.Result.ok("r0", "", dev.standout.parse.DocumentFormat.TXT, List.of(), "",
                List.of(), batch().get(0), null)).analysis().orElseThrow();
        // 50 virtual resumes hold it in the default model's proportion (60%): (5 + 30 + 0.5) / (10 + 50 + 50)
        assertThat(commonnessOf(a, "half")).isCloseTo((5 + 30 + 0.5) / (10 + 50 + 50), within(1e-3));
        assertThat(s.description()).contains("10 resumes", "weighing 50 resumes");
    }

    @Test
    void aCredentialOnlyOneApplicantHoldsLiftsThemToTheTopOfTheBatch(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 10; i++) {
            String certs = i == 9 ? "{\"name\":\"Rare Professional Licence\"},{\"name\":\"Common Course\"}"
                    : "{\"name\":\"Common Course\"}";
            Files.writeString(in.resolve(String.format("a%02d.json", i)), "{\"basics\":{\"name\":\"Applicant " + i
                    + " of a batch that has quite a few words in it so that resumes differ " + "word ".repeat(i)
                    + i + "\"},\"certificates\":[" + certs + "]}");
        }
        // the same resume sent twice: counted once in the pool
        Files.copy(in.resolve("a03.json"), in.resolve("a03-again.json"));
        BatchSummary s = BatchRunner.builder().analyzer(new TestAnalyzer()).pool(Pool.self()).build()
                .run(in, dir.resolve("out"), BatchListener.NONE);

        assertThat(s.pool()).contains("the batch's own 10 resumes");
        assertThat(s.nearDuplicatePairs()).isEqualTo(1);
        Map<String, JsonNode> records = Records.read(dir.resolve("out"));
        JsonNode top = records.get("a09.json").get("analysis");
        for (Map.Entry<String, JsonNode> e : records.entrySet()) {
            if (e.getKey().equals("a09.json")) continue;
            assertThat(e.getValue().at("/analysis/score").asDouble()).isLessThan(top.get("score").asDouble());
        }
        assertThat(top.get("percentile").asDouble()).isGreaterThanOrEqualTo(90);
        assertThat(top.get("model").asText()).startsWith("batch-self");
    }
}
