package dev.standout.taxonomy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A text tokenized once gives exactly what the string methods give, for matches and for context checks. */
class GazetteerTextTest {
    private static final SkillTaxonomy SKILLS = SkillTaxonomy.defaultTaxonomy();
    private static final CredentialCatalog CREDENTIALS = CredentialCatalog.defaultCatalog();

    private static void sameAsStringMethods(String text) {
        GazetteerText t = GazetteerText.of(text);
        List<GazetteerMatch> skills = SKILLS.find(text);
        assertThat(SKILLS.find(t)).as(text).isEqualTo(skills);
        for (GazetteerMatch m : skills) {
            assertThat(SKILLS.hasTechContext(t, m.start(), m.end())).as(m + " in " + text)
                    .isEqualTo(SKILLS.hasTechContext(text, m.start(), m.end()));
        }
        List<GazetteerMatch> creds = CREDENTIALS.find(text);
        assertThat(CREDENTIALS.find(t)).as(text).isEqualTo(creds);
        for (GazetteerMatch m : creds) {
            assertThat(CREDENTIALS.hasCredentialContext(t, m.start(), m.end())).as(m + " in " + text)
                    .isEqualTo(CREDENTIALS.hasCredentialContext(text, m.start(), m.end()));
        }
    }

    @Test
    void aResumeGivesTheSameMatchesAndContexts() {
        sameAsStringMethods(TaxonomyPerformanceTest.syntheticResume());
        sameAsStringMethods("Languages: C, R, Go | Swift\nprogramming in R and Go\nGo to market, Excel at sales\n"
                + "CERTIFICATIONS\nMachine Learning (Coursera), CSM, A+\nI completed Machine Learning\n");
    }

    @Test
    void randomMixturesOfAliasesAndSeparatorsGiveTheSameMatchesAndContexts() {
        List<String> words = new ArrayList<>();
        for (SkillEntry e : SKILLS.entries().subList(0, 400)) words.add(e.aliases().get(0).text());
        for (CredentialEntry e : CREDENTIALS.entries().subList(0, 100)) words.add(e.aliases().get(0).text());
        words.addAll(List.of("C", "R", "Go", "Excel", "Spark", "using", "experience with", "certified", "course",
                "Languages:", "Skills:", "developer", "than", "the", "(", ")", "www.example.com", "a@b.com",
                "Machine Learning", "CSM", "A+", "Coursera"));
        List<String> glue = List.of(" ", ", ", " | ", "\n", " and ", "; ", "\n\n", "-", " / ", ": ");
        Random r = new Random(7);
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            int len = 5 + r.nextInt(60);
            for (int i = 0; i < len; i++) {
                b.append(words.get(r.nextInt(words.size()))).append(glue.get(r.nextInt(glue.size())));
            }
            if (r.nextInt(10) == 0) b.append("x".repeat(400)).append(" C, R");
            sameAsStringMethods(b.toString());
        }
    }
}
