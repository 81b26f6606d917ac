package dev.standout.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The gazetteer built from a small ESCO table of its own (no shared data folder needed). */
class SkillGazetteerBuilderTest {

    private static String build(Path dir, String escoRows) throws Exception {
        Path esco = dir.resolve(SkillGazetteerBuilder.ESCO);
        Files.createDirectories(esco.getParent());
        Files.writeString(esco, "preferredLabel,altLabels,skillType\n" + escoRows, StandardCharsets.UTF_8);
        Path onet = dir.resolve(SkillGazetteerBuilder.ONET);
        Files.createDirectories(onet.getParent());
        Files.writeString(onet, "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n",
                StandardCharsets.UTF_8);
        return SkillGazetteerBuilder.buildFrom(dir, List.of());
    }

    /** the aliases of one entry, lower case, without their ~ and = flags; empty when the entry is absent */
    private static List<String> aliases(String tsv, String id) {
        for (String line : tsv.split("\n")) {
            String[] f = line.split("\t");
            if (f.length >= 7 && f[0].equals(id)) {
                return java.util.Arrays.stream(f[6].split("\\|"))
                        .map(a -> a.replaceFirst("^[~=]+", "").toLowerCase(java.util.Locale.ROOT)).toList();
            }
        }
        return List.of();
    }

    @Test
    void alternativeLabelsThatLeaveOutTheObjectNameAnotherSkillAndAreDropped(@TempDir Path dir) throws Exception {
        String tsv = build(dir, """
                monitor swimming-pool infrastructure,"infrastructure management
                infrastructure monitoring
                swimming-pool infrastructure",skill/competence
                draw blueprints,"technical specifications
                blueprint drafting",skill/competence
                manage cadastre,"real estate
                cadastre management",skill/competence
                prepare wood production reports,"wood production reports
                production reports",skill/competence
                """);
        assertThat(aliases(tsv, "skill:monitor-swimming-pool-infrastructure"))
                .contains("swimming-pool infrastructure")
                .doesNotContain("infrastructure management", "infrastructure monitoring");
        assertThat(aliases(tsv, "skill:draw-blueprints")).contains("blueprint drafting")
                .doesNotContain("technical specifications");
        assertThat(aliases(tsv, "skill:manage-cadastre")).contains("cadastre management").doesNotContain("real estate");
        assertThat(aliases(tsv, "skill:prepare-wood-production-reports")).contains("wood production reports")
                .doesNotContain("production reports");
        assertThat(tsv).doesNotContain("infrastructure management").doesNotContain("technical specifications");
    }

    @Test
    void everydayFormsOfTheSameSkillStay(@TempDir Path dir) throws Exception {
        String tsv = build(dir, """
                develop new products,"product development
                new product development",skill/competence
                use word processing software,"word processing
                word processor software",skill/competence
                carry out financial transactions,"financial transactions
                handle financial transactions",skill/competence
                """);
        // a weak modifier ("new"), the instrument ("software") and a verb's particle ("out") are not the object
        assertThat(aliases(tsv, "skill:develop-new-products")).contains("product development", "new product development");
        assertThat(aliases(tsv, "skill:use-word-processing-software")).contains("word processing");
        assertThat(aliases(tsv, "skill:carry-out-financial-transactions")).contains("financial transactions");
    }

    @Test
    void sameWordAcrossInflections() {
        assertThat(SkillGazetteerBuilder.sameWord("budgets", "budget")).isTrue();
        assertThat(SkillGazetteerBuilder.sameWord("recruitment", "recruiting")).isTrue();
        assertThat(SkillGazetteerBuilder.sameWord("menus", "menu")).isTrue();
        assertThat(SkillGazetteerBuilder.sameWord("infrastructure", "swimming")).isFalse();
        assertThat(SkillGazetteerBuilder.sameWord("cadastre", "estate")).isFalse();
    }
}
