package dev.standout.samples;

import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.score.Analysis;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default model scores the sample applicants the way a recruiter would rank them. */
class ScoringSamplesTest {
    private static final Standout STANDOUT = Standout.create();

    private static Analysis analysis(String file) throws Exception {
        Result r = STANDOUT.analyze(Path.of("resumes", file));
        assertThat(r.analysis()).as(file + " is scored").isPresent();
        return r.analysis().orElseThrow();
    }

    @Test
    void anOriginalEvidencedProjectOutscoresPopularCertificatesAndTutorialProjects() throws Exception {
        Analysis popular = analysis("Jordan_Whitlock_Resume.pdf");
        Analysis original = analysis("Mireille Tanaka-Boyd CV.pdf");
        assertThat(original.score()).isGreaterThan(popular.score() + 20);
        assertThat(popular.advice()).anyMatch(a -> a.contains("original project"));
    }

    @Test
    void theAspiringDataScientistIsScoredAsOneAndHerCertificatesReadAsCommon() throws Exception {
        Analysis a = analysis("Jordan_Whitlock_Resume.pdf");
        assertThat(a.segment()).isEqualTo("data-scientists");
        for (String id : new String[] {"course:deeplearning-ai-deep-learning", "course:ibm-data-science",
                "course:google-data-analytics"}) {
            var item = a.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
            assertThat(item.commonness()).as(id).isGreaterThan(0.045);
            assertThat(item.contribution()).as(id).isLessThanOrEqualTo(1.2);
            assertThat(item.explanation()).as(id).contains("applicants by enrolment figures", "of this pool's");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("would add about ([0-9.]+) points, far more than "
                + "another online course \\(about ([0-9.]+) points\\)").matcher(String.join("\n", a.advice()));
        assertThat(m.find()).as("advice compares an original project with another course").isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(10 * Double.parseDouble(m.group(2)));
    }

    @Test
    void keywordStuffingIsFlaggedNotRewarded() throws Exception {
        Analysis stuffed = analysis("KaydenBrooks_FrontEnd_Developer.pdf");
        assertThat(stuffed.flags()).contains("KEYWORD_STUFFING");
    }

    @Test
    void everySampleGetsAnExplainedScore() throws Exception {
        for (String f : new String[] {"D_Achterberg_PE_Resume.docx", "Hannah Meriwether RN Resume.pdf",
                "LuciaFerreiraDunn_CPA.pdf", "evelyn_shoemaker_resume.txt"}) {
            Analysis a = analysis(f);
            assertThat(a.score()).isBetween(0.0, 100.0);
            assertThat(a.items()).isNotEmpty().allMatch(i -> !i.explanation().isBlank());
            assertThat(a.model()).startsWith("standout-default");
        }
    }
}
