package dev.standout.taxonomy;

import dev.standout.resume.CredentialKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialCatalogTest {
    private static final CredentialCatalog C = CredentialCatalog.defaultCatalog();

    private static GazetteerMatch only(String text) {
        List<GazetteerMatch> m = C.find(text);
        assertThat(m).as(text).hasSize(1);
        return m.get(0);
    }

    @Test
    void awsSolutionsArchitectAssociateSpellings() {
        for (String s : List.of("AWS SAA-C03", "AWS Certified Solutions Architect – Associate",
                "AWS Certified Solutions Architect - Associate", "AWS Certified Solutions Architect Associate",
                "Solutions Architect Associate (AWS)", "SAA-C02", "AWS CSA-A")) {
            assertThat(only(s).id()).as(s).isEqualTo("cert:aws-saa");
            assertThat(C.byAlias(s)).extracting(CredentialEntry::id).as(s).containsExactly("cert:aws-saa");
        }
        CredentialEntry saa = C.byId("cert:aws-saa").orElseThrow();
        assertThat(saa.kind()).isEqualTo(CredentialKind.VENDOR_CERTIFICATION);
        assertThat(saa.level()).isEqualTo("associate");
        assertThat(saa.issuer()).isEqualTo("Amazon Web Services");
    }

    @Test
    void kindsOfCommonCredentials() {
        assertThat(C.kindOf("cert:cissp")).isEqualTo(CredentialKind.PROFESSIONAL_CERTIFICATION);
        assertThat(C.kindOf("cert:pmp")).isEqualTo(CredentialKind.PROFESSIONAL_CERTIFICATION);
        assertThat(C.kindOf("cert:cka")).isEqualTo(CredentialKind.VENDOR_CERTIFICATION);
        assertThat(C.kindOf("cert:rn")).isEqualTo(CredentialKind.LICENSE);
        assertThat(C.kindOf("cert:cpa")).isEqualTo(CredentialKind.LICENSE);
        assertThat(C.kindOf("course:google-data-analytics")).isEqualTo(CredentialKind.ONLINE_COURSE);
        assertThat(C.kindOf("bootcamp:le-wagon")).isEqualTo(CredentialKind.BOOTCAMP);
        assertThat(C.kindOf("nothing")).isEqualTo(CredentialKind.OTHER);
        assertThat(only("OSCP").id()).isEqualTo("cert:oscp");
        assertThat(only("CompTIA Security+").id()).isEqualTo("cert:comptia-security-plus");
        assertThat(only("Security+").id()).isEqualTo("cert:comptia-security-plus");
        assertThat(only("AZ-104").id()).isEqualTo("cert:az-104");
        assertThat(only("Certified Kubernetes Administrator").id()).isEqualTo("cert:cka");
        assertThat(only("Lean Six Sigma Green Belt").id()).isEqualTo("cert:six-sigma-green-belt");
    }

    @Test
    void priorsFromCourseraAndCuration() {
        CredentialEntry ml = C.byId("course:coursera-machine-learning").orElseThrow();
        assertThat(ml.issuer()).isEqualTo("Stanford University");
        assertThat(ml.prior()).hasValue(3_200_000L);
        assertThat(ml.needsContext()).isTrue();
        assertThat(C.byId("cert:cissp").orElseThrow().prior()).isPresent();
        assertThat(C.byId("cert:cissp").orElseThrow().priorNote()).isNotBlank();
    }

    @Test
    void ordinaryCourseTitlesNeedContext() {
        GazetteerMatch plain = only("I used machine learning with Python daily");
        assertThat(plain.ambiguous()).isTrue();
        String text = "Certifications\nMachine Learning with Python, IBM";
        GazetteerMatch inSection = only(text);
        assertThat(C.hasCredentialContext(text, inSection.start(), inSection.end())).isTrue();
        String prose = "Built a recommender with machine learning with Python at work";
        GazetteerMatch p = only(prose);
        assertThat(C.hasCredentialContext(prose, p.start(), p.end())).isFalse();
        assertThat(only("Machine Learning (Coursera)").ambiguous()).isFalse();
    }

    @Test
    void roadmapRowsAreMarked() {
        assertThat(C.entries()).anyMatch(e -> e.sources().contains("roadmap"));
        assertThat(String.join("\n", C.comments())).contains("CC BY-SA 4.0", "Paul Jerimy");
    }
}
