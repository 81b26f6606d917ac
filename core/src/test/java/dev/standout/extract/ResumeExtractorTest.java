package dev.standout.extract;

import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.resume.Basics;
import dev.standout.resume.Certificate;
import dev.standout.resume.Evidence;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.section.SectionedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.standout.section.SectionType.CERTIFICATIONS;
import static dev.standout.section.SectionType.EDUCATION;
import static dev.standout.section.SectionType.EXPERIENCE;
import static dev.standout.section.SectionType.PROJECTS;
import static dev.standout.section.SectionType.SKILLS;
import static org.assertj.core.api.Assertions.assertThat;

class ResumeExtractorTest {

    private static final ResumeExtractor EXTRACTOR = new ResumeExtractor();

    private static final String RESUME = String.join("\n",
            "Sam Quill",
            "Backend Engineer",
            "sam.quill@example.org | github.com/samquill",
            "",
            "Experience",
            "Backend Engineer, Example Freight Inc., Jan 2020 - Present",
            "• Moved 40 services to Kubernetes, cutting deploy time by 70%.",
            "",
            "Projects",
            "Ledger Sync",
            "• Built a replication monitor with React and Node.js, used by 3 teams.",
            "",
            "Education",
            "B.S. in Computer Science, Example State University, 2019",
            "",
            "Certifications",
            "• Certified Kubernetes Administrator (CKA), 2022",
            "",
            "Skills",
            "Python, PostgreSQL, Kubernetes, React",
            "");

    @Test
    void composesEveryPartOfTheResume() throws Exception {
        Resume r = Standout.create().analyze(RESUME).resume();
        assertThat(r.basics().name()).isEqualTo("Sam Quill");
        assertThat(r.work()).extracting(w -> w.name()).contains("Example Freight Inc.");
        assertThat(r.education()).extracting(e -> e.level()).contains("bachelor");
        assertThat(r.certificates()).extracting(Certificate::id).containsExactly("cert:cka");
        assertThat(r.projects()).extracting(Project::name).contains("Ledger Sync");
        assertThat(r.skills()).extracting(Skill::id)
                .contains("skill:python", "skill:postgresql", "skill:kubernetes", "skill:react", "skill:node-js");
    }

    @Test
    void projectKeywordsAreTheSkillsUsedInTheProject() throws Exception {
        Resume r = Standout.create().analyze(RESUME).resume();
        Project p = r.projects().stream().filter(x -> x.name().equals("Ledger Sync")).findFirst().orElseThrow();
        assertThat(p.keywords()).containsExactly("React", "Node.js");
        Skill react = r.skills().stream().filter(s -> s.id().equals("skill:react")).findFirst().orElseThrow();
        assertThat(react.evidence()).isEqualTo(Evidence.USED);
        Skill python = r.skills().stream().filter(s -> s.id().equals("skill:python")).findFirst().orElseThrow();
        assertThat(python.evidence()).isEqualTo(Evidence.LISTED);
    }

    @Test
    void techFieldsOfAProjectTakeTheSkillsCanonicalNames() {
        SectionedText st = Texts.sections(PROJECTS, """
                Route Planner
                Tech: NodeJS, Postgres, k8s
                • Plans 2,000 delivery routes a day for a local courier.
                """);
        List<Project> p = EXTRACTOR.extract(st, Basics.EMPTY).projects();
        assertThat(p).singleElement().extracting(Project::keywords).asList()
                .contains("Node.js", "Kubernetes").doesNotHaveDuplicates().doesNotContain("NodeJS", "k8s");
    }

    @Test
    void aSkillNamedInAProjectToldOfInARoleIsUsed() {
        SectionedText st = Texts.sections(
                SKILLS, "Terraform, Go, Docker\n",
                EXPERIENCE, "Platform Engineer, Example Corp, 2019 - 2023\n"
                        + "Project: Module Registry\n"
                        + "• Built a Terraform module registry that cut setup time by 50%.\n",
                EDUCATION, "B.Sc. Physics, Example University, 2018\n",
                CERTIFICATIONS, "• HashiCorp Certified: Terraform Associate, 2021\n");
        Resume r = EXTRACTOR.extract(st, Basics.EMPTY);
        Skill t = r.skills().stream().filter(s -> s.id().equals("skill:terraform")).findFirst().orElseThrow();
        assertThat(t.evidence()).isEqualTo(Evidence.USED);
        assertThat(r.projects()).isNotEmpty();
        assertThat(r.projects().get(0).keywords()).contains("Terraform");
        assertThat(r.certificates()).extracting(Certificate::id).containsExactly("cert:terraform-associate");
    }

    @Test
    void theResultJsonHoldsSkillsCredentialsAndProjects() throws Exception {
        Result r = Standout.create().analyze(RESUME);
        String json = r.toJson();
        assertThat(json).contains("\"skills\":[{", "\"certificates\":[{", "\"projects\":[{", "\"evidence\":\"USED\"",
                "\"keywords\":[\"React\",\"Node.js\"]");
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        SectionedText st = Texts.sections(SKILLS, "Python, Go, Kubernetes\n", PROJECTS, "Tool\n• Built in Go.\n");
        Resume expected = EXTRACTOR.extract(st, Basics.EMPTY);
        List<Thread> threads = new java.util.ArrayList<>();
        List<Resume> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> results.add(EXTRACTOR.extract(st, Basics.EMPTY)));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        assertThat(results).hasSize(8).allSatisfy(x -> assertThat(x).isEqualTo(expected));
    }
}
