package dev.standout;

import dev.standout.resume.Certificate;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Evidence;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.score.Analysis;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Standout#readJsonResume} reads a structured resume the way the extraction reads text. */
class JsonResumeFrontDoorTest {
    static final String DOC = """
            {"basics": {"name": "Robin Castellanos", "label": "Data Scientist"},
             "work": [{"name": "Example Co", "position": "Data Scientist", "startDate": "2019-01",
                       "highlights": ["Built a demand forecast in Python used by 40 stores"]}],
             "skills": [{"name": "Languages", "keywords": ["Python", "NodeJS", "Underwater basket weaving"]}],
             "certificates": [{"name": "AWS Certified Solutions Architect - Associate", "issuer": "Amazon"},
                              {"name": "Certified Kubernetes Application Developer (CKAD)"},
                              {"name": "Certificate in Applied Beekeeping", "issuer": "Hive College"}],
             "projects": [{"name": "Titanic Survival Prediction", "description": "Kaggle notebook with logistic regression"},
                          {"name": "Flood sensor network", "description": "Gathered river-level data with 12 sensors",
                           "highlights": ["Alerts reach 3,000 users every spring"], "url": "https://github.com/robin/floods"}]}
            """;

    @Test
    void certificatesResolveAgainstTheCatalogInTheirSpellings() throws IOException {
        Resume r = Standout.readJsonResume(DOC);
        assertThat(r.certificates()).hasSize(3);
        assertThat(r.certificates().get(0).id()).isEqualTo("cert:aws-saa");
        Certificate aws = r.certificates().get(0);
        assertThat(aws.kind()).isEqualTo(CredentialKind.VENDOR_CERTIFICATION);
        assertThat(aws.level()).isEqualTo("associate");
        assertThat(r.certificates().get(1).id()).startsWith("cert:").containsIgnoringCase("ckad");
        // in no catalog: read by the patterns, kept with an unknown id
        assertThat(r.certificates().get(2).id()).startsWith("unknown:");
        assertThat(r.certificates().get(2).issuer()).isEqualTo("Hive College");
    }

    @Test
    void skillsTakeTheirTaxonomyIdsAndTheirEvidence() throws IOException {
        Resume r = Standout.readJsonResume(DOC);
        assertThat(r.skills()).extracting(Skill::id).contains("skill:python").doesNotContain("python");
        assertThat(r.skills()).filteredOn(s -> s.id().equals("skill:python")).first()
                .extracting(Skill::evidence).isEqualTo(Evidence.USED);
        Skill node = r.skills().stream().filter(s -> s.name().equals("NodeJS")).findFirst().orElseThrow();
        assertThat(node.id()).isEqualTo("skill:node-js"); // "NodeJS" is an alias of Node.js
        assertThat(node.evidence()).isEqualTo(Evidence.LISTED);
        // a skill the taxonomy does not know keeps its normalized name
        assertThat(r.skills()).extracting(Skill::id).contains("underwater basket weaving");
    }

    @Test
    void projectsGetArchetypesThemesAndEvidenceFromTheirText() throws IOException {
        Resume r = Standout.readJsonResume(DOC);
        Project titanic = r.projects().get(0);
        Project floods = r.projects().get(1);
        assertThat(titanic.archetype()).isEqualTo("titanic");
        assertThat(floods.archetype()).isEmpty();
        assertThat(floods.themes()).isNotEmpty();
        assertThat(floods.evidence()).contains("USERS", "DATA", "LINK");
    }

    @Test
    void theOriginalEvidencedProjectOutweighsTheTutorial() throws IOException {
        Analysis a = Standout.create().score(Standout.readJsonResume(DOC));
        double floods = a.items().stream().filter(i -> i.name().equals("Flood sensor network")).findFirst()
                .orElseThrow().contribution();
        double titanic = a.items().stream().filter(i -> i.name().equals("Titanic Survival Prediction")).findFirst()
                .orElseThrow().contribution();
        assertThat(floods).isGreaterThan(5 * titanic);
        assertThat(a.toJson()).contains("\"score\"", "\"items\"");
    }

    @Test
    void whatIsNotAJsonResumeIsAnIoException() {
        assertThatThrownBy(() -> Standout.readJsonResume("[1, 2]")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Standout.readJsonResume("{not json")).isInstanceOf(IOException.class);
    }
}
