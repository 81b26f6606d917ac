package dev.standout.corpus;

import dev.standout.resume.CredentialKind;
import dev.standout.resume.Resume;
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
