package dev.standout.benchmarks;

import dev.standout.extract.EducationExtractor;
import dev.standout.extract.ProjectExtractor;
import dev.standout.extract.WorkExtractor;
import dev.standout.nlp.NlpPipeline;
import dev.standout.resume.Basics;
import dev.standout.resume.Certificate;
import dev.standout.resume.Evidence;
import dev.standout.resume.Mention;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.section.Section;
import dev.standout.section.SectionType;
import dev.standout.section.SectionedText;
import dev.standout.taxonomy.CredentialCatalog;
import dev.standout.taxonomy.CredentialEntry;
import dev.standout.taxonomy.GazetteerMatch;
import dev.standout.taxonomy.GazetteerText;
import dev.standout.taxonomy.SkillEntry;
import dev.standout.taxonomy.SkillTaxonomy;
import dev.standout.taxonomy.SkillType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every extractor the library has, run over sectioned text the way the library's full analysis will run them:
 * work, education, skills and credentials (the two gazetteers over the whole text, ambiguous matches confirmed by
 * their context), projects (part-of-speech tagging of project text only, skills named in a project as its
 * keywords). The text is tokenized once for both gazetteers and all their context checks
 * ({@link GazetteerText}). The benchmarks use it so that the cost of extraction is measured while {@code Standout.analyze}
 * does not yet run all of it; the resume it gives is what scoring needs (ids, evidence, kinds, themes), not a
 * reference for accuracy. Thread-safe.
 */
public final class FullExtraction {
    private final WorkExtractor work = new WorkExtractor();
    private final EducationExtractor education = new EducationExtractor();
    private final SkillTaxonomy skills = SkillTaxonomy.defaultTaxonomy();
    private final CredentialCatalog credentials = CredentialCatalog.defaultCatalog();
    private final ProjectExtractor projects = new ProjectExtractor(NlpPipeline.shared(), this::technologiesIn);

    /**
     * Extractors over the default gazetteers. The tagging model loads when the first project is tagged, as in
     * the library: loading it on a helper thread at start-up ({@code -Dbench.preloadTagger=true}) did not make a
     * 2-thread batch faster and raised its peak resident memory by about 400 MB (G1 grew the heap while the
     * model loaded beside two parsing threads).
     */
    public FullExtraction() {
        if (Boolean.getBoolean("bench.preloadTagger")) NlpPipeline.shared().preloadTaggerInBackground();
    }

    /** The resume of a sectioned text, with the given contact basics. */
    public Resume extract(SectionedText text, Basics basics) {
        List<Project> found = projects.extract(text);
        List<int[]> projectRanges = new ArrayList<>();
        for (Project p : found) {
            Mention whole = p.mentions().get(p.mentions().size() - 1);
            projectRanges.add(new int[]{whole.start(), whole.end()});
        }
        GazetteerText tokens = GazetteerText.of(text.text()); // one tokenization for both gazetteers
        return new Resume(basics, work.extract(text), education.extract(text), skills(text, tokens, projectRanges),
                certificates(text, tokens), found);
    }

    List<Skill> skills(SectionedText sectioned, GazetteerText tokens, List<int[]> projectRanges) {
        String text = sectioned.text();
        List<Section> sections = sectioned.sections();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Boolean> used = new LinkedHashMap<>();
        Map<String, SkillEntry> entries = new LinkedHashMap<>();
        int si = 0;
        for (GazetteerMatch m : skills.find(tokens)) {
            while (si < sections.size() && sections.get(si).end() <= m.start()) si++;
            SectionType section = si < sections.size() ? sections.get(si).type() : SectionType.CONTACT;
            SkillEntry e = skills.byId(m.id()).orElse(null);
            if (e == null || e.type() == SkillType.LANGUAGE) continue;
            if (m.ambiguous() && !skills.hasTechContext(tokens, m.start(), m.end())) continue;
            Mention mention = new Mention(m.surface(), section, m.start(), m.end());
            entries.putIfAbsent(e.id(), e);
            mentions.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(mention);
            boolean u = section == SectionType.EXPERIENCE || section == SectionType.PROJECTS;
            for (int[] r : projectRanges) u |= m.start() >= r[0] && m.end() <= r[1];
            used.merge(e.id(), u, Boolean::logicalOr);
        }
        List<Skill> out = new ArrayList<>(mentions.size());
        mentions.forEach((id, ms) -> out.add(new Skill(id, entries.get(id).name(),
                used.get(id) ? Evidence.USED : Evidence.LISTED, ms)));
        return out;
    }

    List<Certificate> certificates(SectionedText sectioned, GazetteerText tokens) {
        Map<String, Certificate> out = new LinkedHashMap<>();
        for (GazetteerMatch m : credentials.find(tokens)) {
            CredentialEntry e = credentials.byId(m.id()).orElse(null);
            if (e == null) continue;
            SectionType section = sectioned.typeAt(m.start());
            if (m.ambiguous() && section != SectionType.CERTIFICATIONS
                    && !credentials.hasCredentialContext(tokens, m.start(), m.end())) {
                continue;
            }
            out.putIfAbsent(e.id(), new Certificate(e.id(), e.name(), e.kind(), e.level(), e.issuer(), "",
                    List.of(new Mention(m.surface(), section, m.start(), m.end()))));
        }
        return List.copyOf(out.values());
    }

    /** Technologies named in a piece of text (a project's keywords). */
    List<String> technologiesIn(String text) {
        Map<String, String> names = new LinkedHashMap<>();
        GazetteerText tokens = GazetteerText.of(text);
        for (GazetteerMatch m : skills.find(tokens)) {
            SkillEntry e = skills.byId(m.id()).orElse(null);
            if (e == null || e.type() == SkillType.SOFT || e.type() == SkillType.LANGUAGE) continue;
            if (m.ambiguous() && !skills.hasTechContext(tokens, m.start(), m.end())) continue;
            names.putIfAbsent(e.id(), e.name());
        }
        return List.copyOf(names.values());
    }
}
