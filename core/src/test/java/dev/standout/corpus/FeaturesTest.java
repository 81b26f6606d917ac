package dev.standout.corpus;

import dev.standout.resume.Certificate;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Evidence;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.standout.corpus.Resumes.resume;
import static org.assertj.core.api.Assertions.assertThat;

class FeaturesTest {
    @Test
    void turnsEveryKindOfItemIntoNamespacedFeatures() {
        Resume r = resume()
                .cert("aws-saa", CredentialKind.VENDOR_CERTIFICATION)
                .cert("unknown:google data analytics", CredentialKind.ONLINE_COURSE)
                .listed("sql").used("python")
                .degree("master", "Computer Science & Engineering")
                .project("Crop doctor", List.of("crop disease  detection"), List.of("users"), "")
                .project("Digits", List.of("digit classification"), List.of(), "mnist")
                .build();

        assertThat(Features.of(r)).containsExactly(
                "arch:mnist",
                "cred:aws-saa",
                "cred:unknown:google data analytics",
                "credkind:online_course",
                "credkind:vendor_certification",
                "degree:master|computer science and engineering",
                "degreelevel:master",
                "project:any",
                "project:evidenced",
                "project:original",
                "projev:users",
                "skill:python",
                "skill:sql",
                "skillused:python",
                "theme:crop disease detection",
                "theme:digit classification");
    }

    @Test
    void countsOnlyItemsReadWithAtLeastHalfConfidence() {
        Resume sure = resume()
                .cert("aws-saa", CredentialKind.VENDOR_CERTIFICATION)
                .used("python")
                .project("Crop doctor", List.of("crop disease detection"), List.of("users"), "")
                .build();
        Resume r = new Resume(sure.basics(), sure.work(), sure.education(),
                List.of(sure.skills().get(0), new Skill("cobol", "COBOL", Evidence.USED, List.of(), 0.49)),
                List.of(sure.certificates().get(0).withConfidence(0.5),
                        new Certificate("unknown:excellent multi-tasker", "Excellent multi-tasker",
                                CredentialKind.OTHER, "", "", "", List.of(), 0.2)),
                List.of(sure.projects().get(0),
                        new Project("Company Name", "", List.of(), "", List.of(), List.of("METRIC"), "",
                                List.of("company name"), List.of(), 0.3)));

        assertThat(Features.of(r)).isEqualTo(Features.of(sure))
                .contains("cred:aws-saa", "skill:python", "theme:crop disease detection")
                .noneMatch(f -> f.contains("cobol") || f.contains("multi-tasker") || f.contains("company name")
                        || f.equals("projev:metric"));
        Resume allDoubtful = new Resume(r.basics(), r.work(), r.education(), List.of(r.skills().get(1)),
                List.of(r.certificates().get(1)), List.of(r.projects().get(1)));
        assertThat(Features.of(allDoubtful)).noneMatch(f -> f.startsWith("project:") || f.startsWith("skill")
                || f.startsWith("cred"));
    }

    @Test
    void aSlimResumeKeepsItsConfidences() {
        Resume r = new Resume(Resume.EMPTY.basics(), List.of(), List.of(),
                List.of(new Skill("cobol", "COBOL", Evidence.USED, List.of(), 0.49)),
                List.of(new Certificate("x", "X", CredentialKind.OTHER, "", "", "2020", List.of(), 0.7)),
                List.of(new Project("P", "d", List.of(), "", List.of(), List.of(), "", List.of("t"), List.of(), 0.4)));
        Resume slim = ModelBuild.slim(r);
        assertThat(slim.skills().get(0).confidence()).isEqualTo(0.49);
        assertThat(slim.certificates().get(0).confidence()).isEqualTo(0.7);
        assertThat(slim.projects().get(0).confidence()).isEqualTo(0.4);
    }

    @Test
    void normalizesCaseWidthAndSpaces() {
        assertThat(Features.normalize("  Ｐython\tData\u00A0 Science ")).isEqualTo("python data science");
        assertThat(Features.credential("AWS-SAA")).isEqualTo(Features.credential("aws-saa"));
    }

    @Test
    void leavesOutValuesThatLookPersonal() {
        Resume r = resume()
                .cert("unknown:jane.doe@example.com", CredentialKind.OTHER)
                .cert("unknown:call +1 (555) 123-4567", CredentialKind.OTHER)
                .cert("unknown:https://example.com/badge/123", CredentialKind.OTHER)
                .cert("unknown:github.com/janedoe", CredentialKind.OTHER)
                .listed("node.js", "asp.net", "socket.io")
                .build();

        assertThat(Features.of(r)).filteredOn(f -> f.startsWith("cred:")).isEmpty();
        assertThat(Features.of(r)).contains("skill:node.js", "skill:asp.net", "skill:socket.io");
    }

    @Test
    void emptyResumeHasNoFeatures() {
        assertThat(Features.of(Resume.EMPTY)).isEmpty();
    }
}
