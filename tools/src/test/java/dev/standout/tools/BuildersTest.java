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
}
