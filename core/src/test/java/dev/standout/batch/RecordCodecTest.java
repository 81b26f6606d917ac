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

    @Test
    void rejectsWhatIsNoRecord() {
        for (String bad : List.of("", "[]", "{\"file\":\"a\"}", "{\"file\":\"a\",\"status\":\"MAYBE\"}",
                "{\"file\":\"a\",\"status\":\"FAILED\",\"error\":{\"type\":\"NOPE\",\"message\":\"m\"}}",
                "{\"file\":\"a\",\"status\":\"OK\",\"resu")) {
            assertThatThrownBy(() -> RecordCodec.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
