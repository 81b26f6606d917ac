package dev.standout.score;

import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.Resumes;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Resume;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case Standout was written for, scored by the library's own scorer and default model: an aspiring data
 * scientist with the popular data-science certificates, tutorial projects and one original project; and a cloud
 * engineer whose rare expert certification must still count.
 */
class ArticleCaseTest {
    private static final DifferentiationScorer SCORER = DifferentiationScorer.standard(CorpusModel.defaultModel());
    private static final List<String> POPULAR = List.of("course:deeplearning-ai-deep-learning",
            "course:ibm-data-science", "course:google-data-analytics");

    static Resumes aspiringDataScientist() {
        return Resumes.resume().label("Aspiring Data Scientist | Machine Learning Enthusiast")
                .role("Data Analyst Intern").role("Sales Associate (part-time)")
                .degree("bachelor", "Economics")
                .cert("course:coursera-machine-learning", CredentialKind.ONLINE_COURSE)
                .cert("course:deeplearning-ai-deep-learning", CredentialKind.ONLINE_COURSE)
                .cert("course:ibm-data-science", CredentialKind.ONLINE_COURSE, "beginner")
                .cert("course:google-data-analytics", CredentialKind.ONLINE_COURSE, "beginner")
                .cert("course:coursera-python-for-everybody", CredentialKind.ONLINE_COURSE)
                .project("Titanic Survival Prediction", List.of("titanic"), List.of(), "titanic")
                .project("MNIST Handwritten Digit Classifier", List.of("digit recognition"), List.of(), "mnist")
                .project("Iris Flower Classification", List.of("iris"), List.of(), "iris")
                .project("Columbus Bike-Share Demand", List.of("bike share demand forecasting"), List.of(), "")
                .used("python", "tensorflow", "sql").listed("pandas", "numpy", "scikit-learn", "git");
    }

    @Test
    void popularCertificatesAreCommonAmongTheirAudienceAndAddLittle() {
        Analysis a = SCORER.score(aspiringDataScientist().build(), null);
        assertThat(a.segment()).isEqualTo("data-scientists");
        for (String id : POPULAR) {
            ScoredItem i = a.items().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            // the targets: enrolments brought to the 2023 jobs put each at 5.7–11.7% of its audience,
            // against "fewer than 5" of the pool's 9,767 IT resumes, and a course that common adds at most a point
            assertThat(i.commonness()).as(id).isGreaterThanOrEqualTo(0.05);
            assertThat(i.contribution()).as(id).isLessThanOrEqualTo(1.0);
            assertThat(i.explanation()).as(id).containsPattern("held by about \\d+% of [a-z -]+ applicants by "
                    + "enrolment figures; fewer than 5 of this pool's [0-9,]+ IT resumes");
        }
    }

    @Test
    void evidenceForTheOriginalProjectBeatsAnotherCourseTenfold() {
        Analysis a = SCORER.score(aspiringDataScientist().build(), null);
        Pattern p = Pattern.compile("Add evidence to project .*could add about ([0-9.]+) points, far more than "
                + "another online course \\(about ([0-9.]+) points\\)");
        String advice = a.advice().stream().filter(x -> p.matcher(x).find()).findFirst().orElseThrow();
        Matcher m = p.matcher(advice);
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(10 * Double.parseDouble(m.group(2)));
    }

    @Test
    void aCloudEngineerStillGainsFromARareExpertCertification() {
        Resumes base = Resumes.resume().label("Cloud Engineer").role("Cloud Engineer")
                .cert("cert:aws-saa", CredentialKind.VENDOR_CERTIFICATION, "associate")
                .used("amazon-web-services", "terraform", "kubernetes");
        Resume without = base.build();
        Resume with = base.cert("cert:az-305", CredentialKind.VENDOR_CERTIFICATION, "expert").build();
        Analysis a = SCORER.score(with, null);
        ScoredItem expert = a.items().stream().filter(x -> x.id().equals("cert:az-305")).findFirst().orElseThrow();
        assertThat(expert.commonness()).isLessThan(0.01);
        assertThat(expert.contribution()).isGreaterThan(4);
        assertThat(a.score()).isGreaterThan(SCORER.score(without, null).score() + 4);
    }
}
