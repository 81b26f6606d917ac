package dev.standout.taxonomy;

import dev.standout.resume.SkillType;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkillTaxonomyTest {
    private static final SkillTaxonomy T = SkillTaxonomy.defaultTaxonomy();

    private static List<String> ids(String text) {
        return T.find(text).stream().map(GazetteerMatch::id).toList();
    }

    private static GazetteerMatch only(String text) {
        List<GazetteerMatch> m = T.find(text);
        assertThat(m).as(text).hasSize(1);
        return m.get(0);
    }

    @Test
    void loadsOnceWithSourcesInTheHeader() {
        assertThat(SkillTaxonomy.defaultTaxonomy()).isSameAs(T);
        assertThat(T.size()).isGreaterThan(5000);
        assertThat(String.join("\n", T.comments())).contains("ESCO", "O*NET 29.2", "European Union");
        SkillEntry java = T.byId("skill:java").orElseThrow();
        assertThat(java.name()).isEqualTo("Java");
        assertThat(java.type()).isEqualTo(SkillType.TECHNICAL);
        assertThat(java.hot()).isTrue();
        assertThat(java.sources()).contains("curated", "onet");
        assertThat(T.byAlias("oracle java")).containsExactly(java);
    }

    @Test
    void ambiguousShortNamesAreFlagged() {
        for (String name : List.of("C", "R", "Go", "Swift", "Spark", "Excel", "Access", "Word", "Ruby", "Rust",
                "Shell", "Chef", "Puppet", "Ant", "Make", "Pig", "Hive", "Flask", "Express", "Rails", "Unity",
                "Oracle")) {
            GazetteerMatch m = only("Skills: " + name);
            assertThat(m.ambiguous()).as(name).isTrue();
        }
        assertThat(T.byId("skill:go").orElseThrow().ambiguous()).isTrue();
        assertThat(T.byId("skill:r").orElseThrow().ambiguous()).isTrue();
        assertThat(T.byId("skill:c").orElseThrow().ambiguous()).isTrue();
        assertThat(only("Golang").ambiguous()).isFalse();
        assertThat(only("Microsoft Excel").ambiguous()).isFalse();
        assertThat(only("Apache Spark").ambiguous()).isFalse();
    }

    @Test
    void acronymsAndSpellings() {
        assertThat(only("k8s").id()).isEqualTo("skill:kubernetes");
        assertThat(only("NodeJS").id()).isEqualTo("skill:node-js");
        assertThat(only("Node.js").id()).isEqualTo("skill:node-js");
        assertThat(only("C#").id()).isEqualTo("skill:c-sharp");
        assertThat(only("C++").id()).isEqualTo("skill:c-plus-plus");
        assertThat(only(".NET").id()).isEqualTo("skill:dot-net");
        assertThat(only("dotnet").id()).isEqualTo("skill:dot-net");
        assertThat(only("Postgres").id()).isEqualTo("skill:postgresql");
        assertThat(only("sklearn").id()).isEqualTo("skill:scikit-learn");
        assertThat(only("ReactJS").id()).isEqualTo("skill:react");
        assertThat(only("React.js").id()).isEqualTo("skill:react");
        assertThat(only("JS").id()).isEqualTo("skill:javascript");
        assertThat(only("TypeScript").id()).isEqualTo("skill:typescript");
        assertThat(only("CI/CD").id()).isEqualTo("skill:ci-cd");
        assertThat(only("Power BI").id()).isEqualTo("skill:power-bi");
        assertThat(only("ML").id()).isEqualTo("skill:machine-learning");
        assertThat(only("NLP").id()).isEqualTo("skill:natural-language-processing");
        assertThat(only("GCP").id()).isEqualTo("skill:google-cloud-platform");
        assertThat(only("HTML5").id()).isEqualTo("skill:html");
    }

    @Test
    void noMatchInsideAnotherWord() {
        assertThat(ids("JavaScript")).containsExactly("skill:javascript");
        assertThat(ids("Google")).doesNotContain("skill:go");
        assertThat(ids("R&D")).doesNotContain("skill:r");
        assertThat(ids("Scalability")).isEmpty();
    }

    @Test
    void longestMatch() {
        assertThat(ids("Spring Boot")).containsExactly("skill:spring-boot");
        assertThat(ids("Apache Spark Streaming")).containsExactly("skill:apache-spark");
        assertThat(ids("Microsoft SQL Server")).containsExactly("skill:microsoft-sql-server");
    }

    @Test
    void techContextConfirmsAmbiguousMatches() {
        String list = "Programming languages: Java, C, Python, R, Go";
        for (GazetteerMatch m : T.find(list)) {
            if (m.ambiguous()) assertThat(T.hasTechContext(list, m.start(), m.end())).as(m.surface()).isTrue();
        }
        String prose = "Grade C in the final review, then a Go to market plan";
        for (GazetteerMatch m : T.find(prose)) {
            if (m.ambiguous()) assertThat(T.hasTechContext(prose, m.start(), m.end())).as(m.surface()).isFalse();
        }
    }

    @Test
    void readsItsOwnFormatAndRejectsAnotherHeader() throws Exception {
        String tsv = "# test\n" + SkillTaxonomy.HEADER + "\n"
                + "skill:go\tGo\tTECH\tcurated\t1\t1\t~=Go|Golang\n";
        SkillTaxonomy t = SkillTaxonomy.read(new StringReader(tsv));
        assertThat(t.byId("skill:go").orElseThrow().aliases())
                .containsExactly(new GazetteerAlias("Go", true, true), new GazetteerAlias("Golang", false, false));
        assertThat(t.find("go Go golang")).extracting(GazetteerMatch::surface).containsExactly("Go", "golang");
        assertThatThrownBy(() -> SkillTaxonomy.read(new StringReader("id\tname\n"))).hasMessageContaining("header");
    }

    @Test
    void idsAreUniqueSlugs() {
        for (SkillEntry e : T.entries()) {
            assertThat(e.id()).startsWith("skill:");
            assertThat(e.id().substring(6)).doesNotContain(" ").isEqualTo(e.id().substring(6).toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void softSkillsThatAreSeveralSkillsAreApart() {
        // managing a team is a job skill, not leadership; public speaking, self-motivation, results orientation,
        // quick learning and relationship building are each their own soft skill
        assertThat(only("Team management").id()).isEqualTo("skill:people-management");
        assertThat(T.byId("skill:people-management").orElseThrow().type()).isEqualTo(SkillType.DOMAIN);
        assertThat(only("Team building").id()).isEqualTo("skill:team-building");
        assertThat(T.byId("skill:team-building").orElseThrow().type()).isEqualTo(SkillType.DOMAIN);
        assertThat(only("Public speaking").id()).isEqualTo("skill:public-speaking");
        assertThat(only("Self-starter").id()).isEqualTo("skill:self-motivation");
        assertThat(only("Results-driven").id()).isEqualTo("skill:results-orientation");
        assertThat(only("Quick learner").id()).isEqualTo("skill:quick-learning");
        assertThat(only("Relationship building").id()).isEqualTo("skill:relationship-building");
        for (String id : List.of("skill:public-speaking", "skill:self-motivation", "skill:results-orientation",
                "skill:quick-learning", "skill:relationship-building")) {
            assertThat(T.byId(id).orElseThrow().type()).as(id).isEqualTo(SkillType.SOFT);
        }
        assertThat(only("Leadership skills").id()).isEqualTo("skill:leadership");
        assertThat(only("Strong work ethic").id()).isEqualTo("skill:work-ethic");
    }
}
