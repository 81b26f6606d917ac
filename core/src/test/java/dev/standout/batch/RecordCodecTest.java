package dev.standout.batch;

import dev.standout.ContractSchema;
import dev.standout.ErrorType;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.Warning;
import dev.standout.report.BatchReport;
import dev.standout.resume.Basics;
import dev.standout.resume.Certificate;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Education;
import dev.standout.resume.Evidence;
import dev.standout.resume.Mention;
import dev.standout.resume.Profile;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.resume.Work;
import dev.standout.score.Analysis;
import dev.standout.score.DifferentiationScorer;
import dev.standout.score.ItemKind;
import dev.standout.score.ScoredItem;
import dev.standout.corpus.CorpusModel;
import dev.standout.section.Section;
import dev.standout.section.SectionType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordCodecTest {
    static Resume richResume() {
        Mention m = new Mention("AWS Certified Developer", SectionType.CERTIFICATIONS, 120, 143);
        return new Resume(
                new Basics("Ada \"Lovelace\" <b>", "Data engineer", "ada@example.com", "+44 20 7946 0000",
                        "https://ada.example", List.of(new Profile("GitHub", "ada", "https://github.com/ada"))),
                List.of(new Work("Example Co", "Engineer", "2019-03", "", true, "Built pipelines for 40 teams",
                        List.of(new Mention("Engineer", SectionType.EXPERIENCE, 50, 58)))),
                List.of(new Education("Example University", "Computer Science", "MSc", "master", "2018", List.of())),
                List.of(new Skill("python", "Python", Evidence.USED, List.of()),
                        new Skill("sql", "SQL", Evidence.LISTED, List.of())),
                List.of(new Certificate("aws-dva", "AWS Certified Developer", CredentialKind.VENDOR_CERTIFICATION,
                        "associate", "Amazon", "2021", List.of(m))),
                List.of(new Project("Crop disease detector", "Phone app for farmers", List.of("Python"),
                        "https://example.org/crop", List.of("used by 2,000 farmers"), List.of("USERS"), "",
                        List.of("crop disease", "image classification"), List.of()),
                        new Project("MNIST digits", "", List.of(), "", List.of(), List.of(), "mnist", List.of(),
                                List.of())));
    }

    static Result richResult() {
        Analysis a = new Analysis(61.25, 83.4, "software-developer", "test@1",
                List.of(new ScoredItem(ItemKind.PROJECT, "Crop disease detector", "", 0.012, 22.5, "an original project"),
                        new ScoredItem(ItemKind.CERTIFICATE, "AWS Certified Developer", "aws-dva", 0.31, 1.25,
                                "held by about 31%")),
                List.of("Show SQL in use."), List.of("KEYWORD_STUFFING"));
        return Result.ok("dir/ada.pdf", "a".repeat(64), DocumentFormat.PDF, List.of(Warning.MULTI_COLUMN), "text",
                List.of(new Section(SectionType.CONTACT, "", 0, 0, 40), new Section(SectionType.EXPERIENCE,
                        "Experience", 41, 52, 200)), richResume(), a);
    }

    @Test
    void decodingARecordGivesBackTheSameRecord() {
        Result r = richResult();
        String line = r.toJson();
        Result back = RecordCodec.decode(line);
        assertThat(back.toJson()).isEqualTo(line);
        assertThat(back.resume()).isEqualTo(r.resume());
        assertThat(back.text()).isEmpty();
    }

    @Test
    void aDecodedResumeScoresAsTheOriginal() {
        CorpusModel.Builder b = CorpusModel.builder();
        for (int i = 0; i < 12; i++) b.add(richResume(), Set.of());
        DifferentiationScorer scorer = DifferentiationScorer.of(b.build(2));
        Result back = RecordCodec.decode(richResult().toJson());
        assertThat(scorer.score(back.resume(), null)).isEqualTo(scorer.score(richResume(), null));
    }

    @Test
    void failedRecordsRoundTrip() {
        Result r = Result.failed("x.docx", "b".repeat(64), DocumentFormat.DOCX, ErrorType.TOO_LARGE, "too big");
        assertThat(RecordCodec.decode(r.toJson()).toJson()).isEqualTo(r.toJson());
    }

    @Test
    void sampleResumesRoundTrip() throws IOException {
        Path samples = Path.of("..", "samples", "resumes");
        if (!Files.isDirectory(samples)) return;
        Standout standout = Standout.create();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path f : files.sorted().toList()) {
                Result r;
                try {
                    r = standout.analyze(f);
                } catch (dev.standout.DocumentException e) {
                    continue;
                }
                assertThat(RecordCodec.decode(r.toJson()).toJson()).as(f.toString()).isEqualTo(r.toJson());
            }
        }
    }

    @Test
    void batchAnnotationsStayWithinTheContractAndAreDroppedOnReading() {
        Result r = richResult();
        String line = RecordCodec.encode(r, List.of(new BatchReport.Similar("dir/ada-copy.pdf", 0.9375)), true);
        assertThat(ContractSchema.errors(line)).isEmpty();
        assertThat(line).contains("\"NEAR_DUPLICATE\"", "\"SCORING_FAILED\"",
                "\"nearDuplicates\":[{\"file\":\"dir/ada-copy.pdf\",\"similarity\":0.938}]");
        assertThat(RecordCodec.decode(line).toJson()).isEqualTo(r.toJson());
    }

    static Result withConfidences(Result r) {
        Resume x = r.resume();
        Resume doubtful = new Resume(x.basics(), x.work(), x.education(),
                List.of(x.skills().get(0).withConfidence(0.35), x.skills().get(1)),
                List.of(x.certificates().get(0).withConfidence(0.8)),
                List.of(x.projects().get(0), x.projects().get(1).withConfidence(0)));
        return Result.ok(r.file(), r.sha256(), r.format(), r.warnings(), "", r.sections(), doubtful,
                r.analysis().orElseThrow());
    }

    @Test
    void confidencesAreWrittenAndReadBack() {
        Result r = withConfidences(richResult());
        String line = r.toJson();
        assertThat(line).contains("\"name\":\"Python\",\"id\":\"python\",\"type\":\"TECHNICAL\",\"evidence\":\"USED\",\"confidence\":0.35",
                "\"evidence\":\"LISTED\",\"confidence\":1.0", "\"date\":\"2021\",\"confidence\":0.8",
                "\"archetype\":\"mnist\",\"confidence\":0.0");
        Result back = RecordCodec.decode(line);
        assertThat(back.resume()).isEqualTo(r.resume());
        assertThat(back.resume().skills()).extracting(Skill::confidence).containsExactly(0.35, 1.0);
        assertThat(back.resume().certificates()).extracting(Certificate::confidence).containsExactly(0.8);
        assertThat(back.resume().projects()).extracting(Project::confidence).containsExactly(1.0, 0.0);
        assertThat(back.toJson()).isEqualTo(line);
    }

    @Test
    void aRecordWithoutConfidencesReadsAsFullyConfident() throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode node =
                (com.fasterxml.jackson.databind.node.ObjectNode) RecordCodec.JSON.readTree(
                        withConfidences(richResult()).toJson());
        for (String list : List.of("skills", "certificates", "projects")) {
            for (com.fasterxml.jackson.databind.JsonNode item : node.path("resume").path(list)) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) item).remove("confidence");
            }
        }
        String old = RecordCodec.JSON.writeValueAsString(node);
        assertThat(old).doesNotContain("confidence");
        assertThat(ContractSchema.errors(old)).isEmpty();
        assertThat(ContractSchema.errorsAgainstThisVersion(old)).isEmpty();
        Resume back = RecordCodec.decode(old).resume();
        assertThat(back).isEqualTo(richResume());
        assertThat(back.skills()).extracting(Skill::confidence).containsOnly(1.0);
    }

    @Test
    void confidencesMeetTheContract() {
        String line = withConfidences(richResult()).toJson();
        assertThat(ContractSchema.errors(line)).isEmpty();
        assertThat(ContractSchema.errorsAgainstThisVersion(line)).isEmpty();
        for (String bad : List.of("1.5", "-0.1", "\"high\"")) {
            String wrong = line.replace("\"confidence\":0.35", "\"confidence\":" + bad);
            assertThat(wrong).isNotEqualTo(line);
            assertThat(ContractSchema.errorsAgainstThisVersion(wrong)).as(bad).isNotEmpty();
            assertThatThrownBy(() -> RecordCodec.decode(wrong)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("confidence");
        }
    }

    @Test
    void rejectsWhatIsNoRecord() {
        for (String bad : List.of("", "[]", "{\"file\":\"a\"}", "{\"file\":\"a\",\"status\":\"MAYBE\"}",
                "{\"file\":\"a\",\"status\":\"FAILED\",\"error\":{\"type\":\"NOPE\",\"message\":\"m\"}}",
                "{\"file\":\"a\",\"status\":\"OK\",\"resu")) {
            assertThatThrownBy(() -> RecordCodec.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
