package dev.standout.resume;

import java.util.List;
import java.util.Objects;

/** A structured resume in the shape of JSON Resume. Immutable. */
public record Resume(Basics basics, List<Work> work, List<Education> education, List<Skill> skills,
                     List<Certificate> certificates, List<Project> projects) {
    public static final Resume EMPTY = new Resume(Basics.EMPTY, List.of(), List.of(), List.of(), List.of(), List.of());

    public Resume {
        Objects.requireNonNull(basics, "basics");
        work = List.copyOf(work);
        education = List.copyOf(education);
        skills = List.copyOf(skills);
        certificates = List.copyOf(certificates);
        projects = List.copyOf(projects);
    }

    public Resume withBasics(Basics b) {
        return new Resume(b, work, education, skills, certificates, projects);
    }
}
