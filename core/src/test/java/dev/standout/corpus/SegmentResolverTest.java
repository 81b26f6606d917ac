package dev.standout.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.standout.corpus.Resumes.resume;
import static org.assertj.core.api.Assertions.assertThat;

class SegmentResolverTest {
    private final SegmentResolver resolver = SegmentResolver.standard();

    @ParameterizedTest
    @CsvSource({
            "Senior Software Engineer, software-developer",
            "Front-End Developer (React), front-end-developer",
            "Oracle DBA, database-administrator",
            "I.T. Network Administrator, network-administrator",
            "Registered Nurse, healthcare",
            "Staff Accountant, accountant",
            "Sales Manager, sales",
            "Executive Chef, chef",
            "HR Generalist, hr",
            "Mechanical Engineer, engineering",
            "Data Scientist, information-technology",
            "Attorney at Law, advocate",
    })
    void resolvesTitlesToSegments(String title, String segment) {
        assertThat(resolver.candidates(title)).first().isEqualTo(segment);
    }

    @Test
    void addsTheParentOfAnItClass() {
        assertThat(resolver.candidates("Python Developer")).containsExactly("python-developer", "information-technology");
    }

    @Test
    void headlineAndRecentRolesWeighMost() {
        var r = resume().label("Java Developer").role("Java Developer").role("Teacher").build();
        assertThat(resolver.resolve(r)).contains("java-developer");
    }

    @Test
    void saysNothingWhenTitlesSayNothing() {
        assertThat(resolver.resolve(resume().role("Volunteer").build())).isEmpty();
        assertThat(resolver.resolve(dev.standout.resume.Resume.EMPTY)).isEmpty();
    }

    @Test
    void canonicalIdsAreLowerCaseAndHyphenated() {
        assertThat(SegmentResolver.canonical("Software_Developer")).isEqualTo("software-developer");
        assertThat(SegmentResolver.canonical("BUSINESS-DEVELOPMENT")).isEqualTo("business-development");
        assertThat(SegmentResolver.canonical("INFORMATION-TECHNOLOGY")).isEqualTo("information-technology");
        assertThat(SegmentResolver.displayName("hr")).isEqualTo("HR");
        assertThat(SegmentResolver.displayName("software-developer")).isEqualTo("software developer");
    }
}
