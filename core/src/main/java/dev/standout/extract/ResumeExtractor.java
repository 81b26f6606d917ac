package dev.standout.extract;

import dev.standout.nlp.NlpPipeline;
import dev.standout.resume.Basics;
import dev.standout.resume.Certificate;
import dev.standout.resume.Education;
import dev.standout.resume.Mention;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.resume.Work;
import dev.standout.section.SectionedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * All the extractors in one: from sectioned text to a {@link Resume} with work, education, skills, credentials and
 * projects. Project keywords are the skills found in each project; a skill named inside a project counts as used.
 *
 * <p>Immutable and safe to share between threads. The heavy resources (the skills taxonomy, the credential catalog,
 * the part-of-speech model) are loaded once per JVM, on first use; only project text is tagged.
 */
public final class ResumeExtractor {
    private final WorkExtractor work;
    private final EducationExtractor education;
    private final SkillExtractor skills;
    private final CredentialExtractor credentials;
    private final NlpPipeline nlp;

    /** With the shared NLP pipeline, the default taxonomy and the default catalog. */
    public ResumeExtractor() {
        this(new SkillExtractor(), new CredentialExtractor(), NlpPipeline.shared());
    }

    /** With extractors of one's own (another taxonomy or catalog). */
    public ResumeExtractor(SkillExtractor skills, CredentialExtractor credentials, NlpPipeline nlp) {
        this.work = new WorkExtractor();
        this.education = new EducationExtractor();
        this.skills = Objects.requireNonNull(skills, "skills");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.nlp = Objects.requireNonNull(nlp, "nlp");
    }

    /**
     * Extracts a resume.
     *
     * @param sectioned normalized text split into sections
     * @param basics    the contact basics, found beforehand (see {@link dev.standout.section.ContactExtractor})
     */
    public Resume extract(SectionedText sectioned, Basics basics) {
        Objects.requireNonNull(sectioned, "sectioned");
        Objects.requireNonNull(basics, "basics");
        SectionedText text = SectionRepair.repair(sectioned);
        List<Work> roles = work.extract(text);
        List<Education> degrees = education.extract(text);
        List<SkillExtractor.Found> found = skills.find(text);
        String whole = text.text();
        // a project's keywords: the skills found in its text (the hook is given the project's text, which stands
        // in the resume; a text that stands twice gets the skills of its first place)
        ProjectExtractor projects = new ProjectExtractor(nlp, block -> {
            int at = whole.indexOf(block);
            return at < 0 ? List.of() : SkillExtractor.namesIn(found, at, at + block.length());
        });
        List<Project> projectList = new ArrayList<>();
        List<int[]> projectRanges = new ArrayList<>();
        for (Project p : projects.extract(text)) {
            projectList.add(skills.canonicalKeywords(p));
            Mention all = p.mentions().get(p.mentions().size() - 1);
            projectRanges.add(new int[]{all.start(), all.end()});
        }
        List<Skill> skillList = skills.group(found, projectRanges);
        List<Certificate> certs = credentials.extract(text);
        return new Resume(basics, roles, degrees, skillList, certs, projectList);
    }
}
