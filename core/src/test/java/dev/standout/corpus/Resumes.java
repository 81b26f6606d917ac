package dev.standout.corpus;

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

/** Hand-built resumes for tests: a tiny fluent builder over the resume records. */
public final class Resumes {
    private String label = "";
    private final List<Work> work = new ArrayList<>();
    private final List<Education> education = new ArrayList<>();
    private final List<Skill> skills = new ArrayList<>();
    private final List<Certificate> certificates = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();

    public static Resumes resume() {
        return new Resumes();
    }

    public Resumes label(String l) {
        label = l;
        return this;
    }

    public Resumes role(String position) {
        work.add(new Work("Acme", position, "2020", "", true, "", List.of()));
        return this;
    }

    public Resumes cert(String id, CredentialKind kind) {
        return cert(id, kind, "");
    }

    public Resumes cert(String id, CredentialKind kind, String level) {
        certificates.add(new Certificate(id, id, kind, level, "", "", List.of()));
        return this;
    }

    public Resumes listed(String... ids) {
        for (String id : ids) skills.add(new Skill(id, id, Evidence.LISTED, List.of()));
        return this;
    }

    public Resumes used(String... ids) {
        for (String id : ids) skills.add(new Skill(id, id, Evidence.USED, List.of()));
        return this;
    }

    public Resumes degree(String level, String area) {
        education.add(new Education("Uni", area, level, level, "2018", List.of()));
        return this;
    }

    public Resumes project(String name, List<String> themes, List<String> evidence, String archetype) {
        projects.add(new Project(name, "", List.of(), "", List.of(), evidence, archetype, themes, List.of()));
        return this;
    }

    public Resumes project(Project p) {
        projects.add(p);
        return this;
    }

    public Resume build() {
        return new Resume(new Basics("", label, "", "", "", List.of()), work, education, skills, certificates,
                projects);
    }
}
