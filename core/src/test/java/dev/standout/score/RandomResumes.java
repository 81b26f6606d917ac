package dev.standout.score;

import dev.standout.resume.Basics;
import dev.standout.resume.Certificate;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Education;
import dev.standout.resume.Evidence;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.resume.Work;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random resumes over the same vocabulary as {@link ScoringProperties}, without jqwik. */
final class RandomResumes {
    private RandomResumes() {
    }

    static <T> T pick(Random rnd, List<T> l) {
        return l.get(rnd.nextInt(l.size()));
    }

    static Resume next(Random rnd, int maxSkills) {
        CredentialKind[] kinds = CredentialKind.values();
        List<Certificate> certs = new ArrayList<>();
        for (int i = rnd.nextInt(6); i > 0; i--) {
            int id = rnd.nextInt(8);
            certs.add(new Certificate("c" + id, "Cert " + id, kinds[rnd.nextInt(kinds.length)],
                    pick(rnd, ScoringProperties.LEVELS), "", "", List.of()));
        }
        List<Skill> skills = new ArrayList<>();
        for (int i = rnd.nextInt(maxSkills + 1); i > 0; i--) {
            int id = rnd.nextInt(30);
            skills.add(new Skill("s" + id, "Skill " + id, rnd.nextBoolean() ? Evidence.USED : Evidence.LISTED, List.of()));
        }
        List<Project> projects = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) {
            List<String> themes = new ArrayList<>();
            for (int t = rnd.nextInt(4); t > 0; t--) themes.add("t" + rnd.nextInt(8));
            List<String> ev = new ArrayList<>();
            for (int e = rnd.nextInt(4); e > 0; e--) ev.add(pick(rnd, ScoringProperties.EVIDENCE));
            projects.add(new Project("Project " + rnd.nextInt(6), "", List.of(),
                    rnd.nextBoolean() ? "https://example.org/p" : "", List.of(), ev,
                    pick(rnd, List.of("", "", "", "mnist", "titanic")), themes, List.of()));
        }
        List<Education> degrees = new ArrayList<>();
        for (int i = rnd.nextInt(3); i > 0; i--) {
            String l = pick(rnd, List.of("bachelor", "master", "doctorate", "associate", "diploma", ""));
            degrees.add(new Education("Uni", pick(rnd, List.of("Computer Science", "Biology", "")), l, l, "", List.of()));
        }
        String title = pick(rnd, ScoringProperties.TITLES);
        return new Resume(new Basics("", title, "", "", "", List.of()),
                List.of(new Work("Acme", title, "2020", "", true, "", List.of())), degrees, skills, certs, projects);
    }
}
