package dev.standout.taxonomy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerMatcherTest {
    private static final GazetteerMatcher M = GazetteerMatcher.builder()
            .add("java", "Java", false, false)
            .add("js", "JavaScript", false, false)
            .add("go", "Go", true, true)
            .add("go", "Golang", false, false)
            .add("r", "R", true, true)
            .add("c", "C", true, true)
            .add("csharp", "C#", false, false)
            .add("cpp", "C++", false, false)
            .add("dotnet", ".NET", false, false)
            .add("aspnet", "ASP.NET", false, false)
            .add("node", "Node.js", false, false)
            .add("node", "NodeJS", false, false)
            .add("cicd", "CI/CD", false, false)
            .add("sklearn", "scikit-learn", false, false)
            .add("spring", "Spring", true, true)
            .add("springboot", "Spring Boot", false, false)
            .add("html", "HTML", false, false)
            .add("saa", "Solutions Architect Associate (AWS)", false, false)
            .add("sql", "SQL", false, false)
            .add("tsql", "T-SQL", false, false)
            .add("https", "HTTPS", false, false)
            .build();

    private static List<String> ids(String text) {
        return M.find(text).stream().map(GazetteerMatch::id).toList();
    }

    @Test
    void neverMatchesInsideAWord() {
        assertThat(ids("JavaScript and TypeScript")).containsExactly("js");
        assertThat(ids("Google Cloud, Gopher")).isEmpty();
        assertThat(ids("R&D budget")).isEmpty();
        assertThat(ids("java.util.List")).isEmpty();
        assertThat(ids("go-to-market strategy")).isEmpty();
        assertThat(ids("T-SQL and SQL")).containsExactly("tsql", "sql");
        assertThat(ids("Java-based services")).containsExactly("java");
    }

    @Test
    void specialTokens() {
        assertThat(ids("C#, C++, .NET and ASP.NET")).containsExactly("csharp", "cpp", "dotnet", "aspnet");
        assertThat(ids("(C#/.NET)")).containsExactly("csharp", "dotnet");
        assertThat(ids("Node.js, node js, NodeJS")).containsExactly("node", "node", "node");
        assertThat(ids("CI/CD, CI / CD")).containsExactly("cicd", "cicd");
        assertThat(ids("scikit-learn, Scikit Learn")).containsExactly("sklearn", "sklearn");
        assertThat(ids("java. Net income")).containsExactly("java");
    }

    @Test
    void longestMatchWins() {
        List<GazetteerMatch> m = M.find("Spring Boot, spring-boot and Spring");
        assertThat(m).extracting(GazetteerMatch::id).containsExactly("springboot", "springboot", "spring");
        assertThat(m.get(2).ambiguous()).isTrue();
    }

    @Test
    void softPunctuationInsideAMatchAndClosingParenthesis() {
        String text = "Solutions Architect – Associate (AWS), 2021";
        List<GazetteerMatch> m = M.find(text);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).surface()).isEqualTo("Solutions Architect – Associate (AWS)");
    }

    @Test
    void caseSensitiveAliases() {
        assertThat(ids("R, r, C, c, GO, go, Go")).containsExactly("r", "c", "go", "go");
        assertThat(ids("golang")).containsExactly("go");
    }

    @Test
    void severalWrittenFormsOfACaseSensitiveAlias() {
        GazetteerMatcher m = GazetteerMatcher.builder()
                .add("ant", "ANT", true, true).add("ant", "Ant", true, true).build();
        assertThat(m.find("Ant, ANT, ant")).extracting(GazetteerMatch::surface).containsExactly("Ant", "ANT");
    }

    @Test
    void versionSuffixesAndOffsets() {
        String text = "Skills: HTML5, Java8 and Python3";
        List<GazetteerMatch> m = M.find(text);
        assertThat(m).extracting(GazetteerMatch::surface).containsExactly("HTML5", "Java8");
        for (GazetteerMatch x : m) assertThat(text.substring(x.start(), x.end())).isEqualTo(x.surface());
    }

    @Test
    void noMatchesInWebOrMailAddresses() {
        assertThat(ids("https://github.com/me/java-go and me.java@mail.com")).isEmpty();
        assertThat(ids("HTTPS and Java")).containsExactly("https", "java");
        // a host of a common top-level domain before a path, without "www." or a scheme
        assertThat(ids("github.com/me/java-go | java.org/go")).isEmpty();
        // a name that ends like a host stays a name
        assertThat(ids("ASP.NET/C#, Java")).containsExactly("aspnet", "csharp", "java");
    }

    @Test
    void techContext() {
        String list = "Languages: Java, C, C++ and Go";
        GazetteerMatch c = M.find(list).get(1);
        assertThat(c.id()).isEqualTo("c");
        assertThat(M.hasTechContext(list, c.start(), c.end())).isTrue();
        String prose = "He joined team C in Go Beach.";
        for (GazetteerMatch x : M.find(prose)) {
            assertThat(M.hasTechContext(prose, x.start(), x.end())).as(x.surface()).isFalse();
        }
        String cue = "Backend developer; experience with Go\nR programming";
        for (GazetteerMatch x : M.find(cue)) {
            assertThat(M.hasTechContext(cue, x.start(), x.end())).as(x.surface()).isTrue();
        }
    }

    @Test
    void normalizeGivesTheMatchingKey() {
        assertThat(GazetteerMatcher.normalize("Node.js")).isEqualTo(GazetteerMatcher.normalize("node js"));
        assertThat(GazetteerMatcher.normalize("scikit-learn")).isEqualTo("scikit learn");
        assertThat(GazetteerMatcher.normalize("C#/.NET")).isEqualTo("c# / .net");
        assertThat(GazetteerMatcher.normalize("Driver's License")).isEqualTo("drivers license");
    }

    @Property(tries = 300)
    void matchesAreOrderedDisjointAndTrue(@ForAll @StringLength(max = 200) String noise) {
        String text = noise + " Java, C# " + noise + " Spring Boot (" + noise + ")";
        int last = 0;
        for (GazetteerMatch m : M.find(text)) {
            assertThat(m.start()).isGreaterThanOrEqualTo(last);
            assertThat(m.end()).isGreaterThan(m.start());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
            last = m.end();
        }
    }
}
