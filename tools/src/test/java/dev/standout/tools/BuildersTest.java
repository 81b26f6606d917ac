package dev.standout.tools;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Builds both resources twice from the shared data and compares bytes; skips when the shared data is absent
 * (system property {@code standout.shared} or env {@code STANDOUT_SHARED}).
 */
class BuildersTest {
    private static final Path CORE_RESOURCES = Path.of("../core/src/main/resources/dev/standout/taxonomy");

    private static Path shared() {
        String s = System.getProperty("standout.shared");
        if (s == null || s.isBlank()) s = System.getenv("STANDOUT_SHARED");
        assumeTrue(s != null && !s.isBlank(), "no standout.shared");
        Path p = Path.of(s);
        Path data = Files.isDirectory(p.resolve("data")) ? p.resolve("data") : p;
        assumeTrue(Files.isRegularFile(data.resolve(SkillGazetteerBuilder.ESCO)), "no ESCO under " + data);
        assumeTrue(Files.isRegularFile(data.resolve(CredentialCatalogBuilder.ROADMAP)), "no roadmap under " + data);
        return data;
    }

    @Test
    void skillGazetteerIsDeterministicAndCommitted() throws Exception {
        Path data = shared();
        java.util.List<CorpusTexts.Doc> corpus = CorpusTexts.standard(data);
        String a = SkillGazetteerBuilder.buildFrom(data, corpus);
        String b = SkillGazetteerBuilder.buildFrom(data, corpus);
        assertThat(a.getBytes(StandardCharsets.UTF_8)).isEqualTo(b.getBytes(StandardCharsets.UTF_8));
        Path committed = CORE_RESOURCES.resolve("skills.tsv");
        if (Files.isRegularFile(committed)) {
            assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                    .as("skills.tsv is stale: rerun SkillGazetteerBuilder").isEqualTo(a);
            assertThat(Files.readAllBytes(CORE_RESOURCES.resolve("skills.gaz")))
                    .as("skills.gaz is stale: rerun SkillGazetteerBuilder")
                    .isEqualTo(SkillGazetteerBuilder.binaryFor(a));
        }
    }

    @Test
    void credentialCatalogIsDeterministicAndCommitted() throws Exception {
        Path data = shared();
        String a = CredentialCatalogBuilder.buildFrom(data);
        String b = CredentialCatalogBuilder.buildFrom(data);
        assertThat(a.getBytes(StandardCharsets.UTF_8)).isEqualTo(b.getBytes(StandardCharsets.UTF_8));
        Path committed = CORE_RESOURCES.resolve("credentials.tsv");
        if (Files.isRegularFile(committed)) {
            assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                    .as("credentials.tsv is stale: rerun CredentialCatalogBuilder").isEqualTo(a);
            assertThat(Files.readAllBytes(CORE_RESOURCES.resolve("credentials.gaz")))
                    .as("credentials.gaz is stale: rerun CredentialCatalogBuilder")
                    .isEqualTo(CredentialCatalogBuilder.binaryFor(a));
        }
    }

    @Test
    void occupationTableIsDeterministicAndCommitted() throws Exception {
        Path data = shared();
        assumeTrue(Files.isRegularFile(data.resolve(OccupationTableBuilder.ALTERNATE)), "no O*NET under " + data);
        String a = OccupationTableBuilder.buildFrom(data);
        assertThat(a).isEqualTo(OccupationTableBuilder.buildFrom(data));
        Path committed = Path.of("../core/src/main/resources/dev/standout/corpus/occupations.tsv");
        if (Files.isRegularFile(committed)) {
            assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                    .as("occupations.tsv is stale: rerun OccupationTableBuilder").isEqualTo(a);
        }
        assertThat(a).contains("\nT\tdata scientist\t15-2051.00\n", "\nO\tdata-scientists\t15-2051.00\tData Scientists\t"
                + "mathematical-science-occupations\n");
    }

    @Test
    void audiencePriorsAreCommittedAndCiteEveryFigure() throws Exception {
        String a = AudiencePriorBuilder.buildCommitted();
        Path committed = Path.of("../core/src/main/resources/dev/standout/score/audience-priors.tsv");
        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .as("audience-priors.tsv is stale: rerun AudiencePriorBuilder").isEqualTo(a);
        for (String line : a.split("\n")) {
            if (line.startsWith("#")) continue;
            String[] f = line.split("\t");
            assertThat(f).hasSize(6);
            assertThat(Double.parseDouble(f[3])).isBetween(0.0, AudiencePriorBuilder.CAP);
            assertThat(f[5]).as(f[0]).containsPattern("\\b(19|20)\\d\\d\\b").contains("audience");
        }
    }

    @Test
    void audiencePriorsShareTheWholePoolPriorsAssumptionsAndDate() throws Exception {
        String f = "F\tLISTING_RATE\t0.1\tlisting\tsomewhere\t2019\trough\n"
                + "F\tUS_SHARE\t0.2\tU.S.\tsomewhere\t2020\tknown\n"
                + "L\t2020\t70000000\tthen\tsomewhere\tknown\n"
                + "L\t2023\t142000000\tnow\tsomewhere\tknown\n"
                + "A\tds\tdata-science applicants\t15-2051.00\t100000\tjobs\tBLS\t2023\trough\n";
        String built = AudiencePriorBuilder.build(f
                + "C\tcourse:ibm-data-science\tds\tENROLLED\t480000\tenrolled\tCoursera\t2020\tdata\n"
                + "C\tcourse:google-data-analytics\tds\tENROLLED\t100000\tenrolled\tCoursera\t2023\tuncertain\n");
        // 480,000 x 142/70 x 0.1 x 0.2 / 100,000; a 2023 figure is not grown to 2023
        assertThat(built).contains("course:ibm-data-science\tdata-science applicants\tdata-scientists\t0.1947\t")
                .contains("x 2.03 for Coursera's growth 2020 to 2023")
                .contains("course:google-data-analytics\tdata-science applicants\tdata-scientists\t0.0200\t");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AudiencePriorBuilder.build(
                        f.replace("US_SHARE\t0.2", "US_SHARE\t0.3")))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("EnrolmentPrior");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AudiencePriorBuilder.build(f
                        + "C\tcourse:ibm-data-science\tds\tENROLLED\t480000\tenrolled\tCoursera\t2019\tdata\n"))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("no learner count");
    }

    @Test
    void audiencePriorsRefuseAFigureWithoutItsFields() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AudiencePriorBuilder.build(
                "C\tcourse:ibm-data-science\tdata-science\tENROLLED\t480000"))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("expected 9 fields");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AudiencePriorBuilder.build(
                "A\tx\tx applicants\t99-9999.00\t1000\tjobs\tsomewhere\t2023\trough"))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("unknown O*NET-SOC code");
    }
}
