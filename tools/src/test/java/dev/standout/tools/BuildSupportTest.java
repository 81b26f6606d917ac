package dev.standout.tools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BuildSupportTest {
    @Test
    void slugs() {
        assertThat(BuildSupport.slug("C++")).isEqualTo("c-plus-plus");
        assertThat(BuildSupport.slug("C#")).isEqualTo("c-sharp");
        assertThat(BuildSupport.slug(".NET")).isEqualTo("dot-net");
        assertThat(BuildSupport.slug("Node.js")).isEqualTo("node-js");
        assertThat(BuildSupport.slug("CI/CD")).isEqualTo("ci-cd");
        assertThat(BuildSupport.slug("Café Société")).isEqualTo("cafe-societe");
        assertThat(BuildSupport.slug("Погружение в Python")).isEqualTo("погружение-в-python");
    }

    @Test
    void enrolments() {
        assertThat(CredentialCatalogBuilder.parseEnrolled("350k")).isEqualTo(350_000L);
        assertThat(CredentialCatalogBuilder.parseEnrolled("1.2m")).isEqualTo(1_200_000L);
        assertThat(CredentialCatalogBuilder.parseEnrolled("5.3k")).isEqualTo(5_300L);
        assertThat(CredentialCatalogBuilder.parseEnrolled("n/a")).isNull();
    }

    @Test
    void levelsAndAcronyms() {
        assertThat(CredentialCatalogBuilder.levelOf("AWS Certified Solutions Architect - Associate"))
                .isEqualTo("associate");
        assertThat(CredentialCatalogBuilder.levelOf("Cisco Certified Internetwork Expert")).isEqualTo("expert");
        assertThat(SkillGazetteerBuilder.initialsMatch("SQL", "Structured query language")).isTrue();
        assertThat(SkillGazetteerBuilder.initialsMatch("HTML", "Hypertext markup language")).isTrue();
        assertThat(SkillGazetteerBuilder.initialsMatch("XYZ", "Structured query language")).isFalse();
    }
}
