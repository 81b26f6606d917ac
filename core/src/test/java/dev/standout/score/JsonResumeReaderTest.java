package dev.standout.score;

import dev.standout.resume.Certificate;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Evidence;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonResumeReaderTest {
    /** A fictional person, written for this test. */
    static final String DOC = """
            {
              "basics": {
                "name": "Ada Example", "label": "Data Engineer", "email": "ada@example.org",
                "phone": "+1 555 0100", "website": "https://ada.example.org",
                "profiles": [{"network": "GitHub", "username": "ada-example", "url": "https://github.com/ada-example"}]
              },
              "work": [
                {"company": "Field Labs", "position": "Data Engineer", "startDate": "2021-03",
                 "summary": "Built pipelines in Python and Airflow.", "highlights": ["Cut load time 40% with Spark"]},
                {"name": "Old Co", "position": "Analyst", "startDate": "2018", "endDate": "2021"}
              ],
              "education": [
                {"institution": "State University", "area": "Computer Science", "studyType": "M.Sc.", "endDate": "2018"},
                {"institution": "Tech College", "area": "Mathematics", "studyType": "Bachelor of Science"}
              ],
              "skills": [
                {"name": "Data", "keywords": ["Python", "Spark", "Rust"]},
                {"name": "C++"},
                {"name": "Dup", "keywords": ["python"]}
              ],
              "certificates": [
                {"name": "Machine Learning", "issuer": "Coursera", "date": "2020-01-01"},
                {"name": "AWS Certified Solutions Architect - Associate", "issuer": "Amazon", "date": "2022"},
                {"name": "Full-Stack Web Bootcamp", "issuer": "Some School"},
                {"name": "  "}
              ],
              "projects": [
                {"name": "Crop doctor", "description": "Detects crop disease from leaf photos; collected 12k images.",
                 "highlights": ["Used by 3,000 farmers", "Accuracy 94% on held-out fields"],
                 "keywords": ["PyTorch"], "url": "https://example.org/crop"},
                {"name": "Notes", "description": "A note-taking app", "themes": ["note taking"], "archetype": "todo-app"},
                {"name": "Patch", "highlights": ["Pull request merged into Apache Arrow"], "evidence": ["CONTRIBUTION"]}
              ]
            }
            """;

    @Test
    void mapsAJsonResumeDocument() throws IOException {
        Resume r = JsonResumeReader.create().parse(DOC);

        assertThat(r.basics().name()).isEqualTo("Ada Example");
        assertThat(r.basics().label()).isEqualTo("Data Engineer");
        assertThat(r.basics().url()).isEqualTo("https://ada.example.org");
        assertThat(r.basics().profiles()).singleElement().satisfies(p -> assertThat(p.network()).isEqualTo("GitHub"));

        assertThat(r.work()).hasSize(2);
        assertThat(r.work().get(0).name()).isEqualTo("Field Labs");
        assertThat(r.work().get(0).current()).isTrue();
        assertThat(r.work().get(0).summary()).contains("Airflow").contains("Cut load time");
        assertThat(r.work().get(1).current()).isFalse();

        assertThat(r.education()).extracting(e -> e.level()).containsExactly("master", "bachelor");

        assertThat(r.skills()).extracting(Skill::id).containsExactly("python", "spark", "rust", "c++");
        assertThat(r.skills()).filteredOn(s -> s.evidence() == Evidence.USED).extracting(Skill::name)
                .containsExactly("Python", "Spark");

        assertThat(r.certificates()).extracting(Certificate::id).containsExactly("unknown:machine learning",
                "unknown:aws certified solutions architect - associate", "unknown:full-stack web bootcamp");
        assertThat(r.certificates()).extracting(Certificate::kind).containsExactly(CredentialKind.ONLINE_COURSE,
                CredentialKind.OTHER, CredentialKind.BOOTCAMP);
        assertThat(r.certificates().get(0).issuer()).isEqualTo("Coursera");

        Project crop = r.projects().get(0);
        assertThat(crop.evidence()).containsExactlyInAnyOrder("DATA", "METRIC", "USERS", "LINK");
        assertThat(crop.url()).isEqualTo("https://example.org/crop");
        assertThat(crop.keywords()).containsExactly("PyTorch");
        assertThat(r.projects().get(1).archetype()).isEqualTo("todo-app");
        assertThat(r.projects().get(1).themes()).containsExactly("note taking");
        assertThat(r.projects().get(1).evidence()).isEmpty();
        assertThat(r.projects().get(2).evidence()).containsExactly("CONTRIBUTION");
    }

    @Test
    void letsHooksResolveCertificatesSkillsAndProjects() throws IOException {
        JsonResumeReader reader = JsonResumeReader.builder()
                .certificateResolver(name -> name.startsWith("AWS")
                        ? new Certificate("aws-saa", "AWS Solutions Architect", CredentialKind.VENDOR_CERTIFICATION,
                        "associate", "", "", List.of())
                        : null)
                .skillIds(name -> name.equalsIgnoreCase("python") ? "esco:python" : null)
                .projectHook(p -> new Project(p.name(), p.description(), p.keywords(), p.url(), p.highlights(),
                        p.evidence(), p.archetype(), List.of("hooked"), p.mentions()))
                .build();
        Resume r = reader.parse(DOC);
        Certificate aws = r.certificates().get(1);
        assertThat(aws.id()).isEqualTo("aws-saa");
        assertThat(aws.issuer()).isEqualTo("Amazon");
        assertThat(aws.date()).isEqualTo("2022");
        assertThat(r.skills()).extracting(Skill::id).contains("esco:python");
        assertThat(r.projects()).allSatisfy(p -> assertThat(p.themes()).containsExactly("hooked"));
    }

    @Test
    void unwrapsAStandoutResult() throws IOException {
        Resume r = JsonResumeReader.create().parse("{\"file\": \"a.pdf\", \"resume\": " + DOC + "}");
        assertThat(r.basics().name()).isEqualTo("Ada Example");
    }

    @Test
    void readsAnEmptyObjectAsAnEmptyResume() throws IOException {
        Resume r = JsonResumeReader.create().parse("{}");
        assertThat(r.skills()).isEmpty();
        assertThat(r.basics().name()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "42", "\"text\"", "{\"basics\": ", "not json", ""})
    void rejectsWhatIsNotAJsonResumeWithAnIOException(String json) {
        assertThatThrownBy(() -> JsonResumeReader.create().parse(json)).isInstanceOf(IOException.class);
    }

    @Test
    void toleratesWrongTypesInFields() throws IOException {
        Resume r = JsonResumeReader.create().parse("""
                {"basics": "x", "work": {"a": 1}, "skills": [1, {"name": 7}, {"keywords": "no"}],
                 "certificates": [{"name": ["x"]}], "projects": [{}]}""");
        assertThat(r.skills()).extracting(Skill::name).containsExactly("7");
        assertThat(r.certificates()).isEmpty();
        assertThat(r.projects()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Untitled project"));
    }

    @Test
    void givesStructuredItemsFullConfidenceUnlessTheDocumentSaysOtherwise() throws IOException {
        Resume plain = JsonResumeReader.create().parse(DOC);
        assertThat(plain.skills()).extracting(Skill::confidence).containsOnly(1.0);
        assertThat(plain.certificates()).extracting(Certificate::confidence).containsOnly(1.0);
        assertThat(plain.projects()).extracting(Project::confidence).containsOnly(1.0);

        JsonResumeReader reader = JsonResumeReader.builder()
                .certificateResolver(name -> new Certificate("cat:" + name, name, CredentialKind.OTHER, "", "", "",
                        List.of()))
                .projectHook(p -> new Project(p.name(), p.description(), p.keywords(), p.url(), p.highlights(),
                        p.evidence(), p.archetype(), List.of("hooked"), p.mentions()))
                .build();
        Resume r = reader.parse("""
                {"skills": [{"name": "Data", "keywords": ["Python", "Spark"], "confidence": 0.4},
                            {"name": "SQL", "confidence": "high"}, {"name": "Go", "confidence": 1.5}],
                 "certificates": [{"name": "PMP", "confidence": 0.85}, {"name": "CPA"}],
                 "projects": [{"name": "Fragment", "confidence": 0.2}, {"name": "Real", "confidence": 1}]}""");
        assertThat(r.skills()).extracting(Skill::name, Skill::confidence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Python", 0.4), org.assertj.core.groups.Tuple.tuple("Spark", 0.4),
                org.assertj.core.groups.Tuple.tuple("SQL", 1.0), org.assertj.core.groups.Tuple.tuple("Go", 1.0));
        assertThat(r.certificates()).extracting(Certificate::confidence).containsExactly(0.85, 1.0);
        assertThat(r.projects()).extracting(Project::confidence).containsExactly(0.2, 1.0);
        assertThat(r.projects()).allSatisfy(p -> assertThat(p.themes()).containsExactly("hooked"));
    }

    @ParameterizedTest
    @CsvSource({"B.Tech, bachelor", "Bachelor of Arts, bachelor", "MBA, master", "Master of Science, master",
            "Ph.D., doctorate", "Associate of Applied Science, associate", "Diploma, diploma", "High School, ''"})
    void readsDegreeLevels(String studyType, String level) {
        assertThat(JsonResumeReader.level(studyType)).isEqualTo(level);
    }

    @Test
    void scoresAJsonResumeEndToEnd() throws IOException {
        Resume r = JsonResumeReader.create().parse(DOC);
        Analysis a = DifferentiationScorer.of(dev.standout.corpus.CorpusModel.empty()).score(r, null);
        assertThat(a.score()).isBetween(0.0, 100.0);
        assertThat(a.items()).extracting(ScoredItem::kind).contains(ItemKind.PROJECT, ItemKind.CERTIFICATE,
                ItemKind.SKILL, ItemKind.DEGREE);
    }
}
