package dev.standout.extract;

import dev.standout.resume.Education;
import dev.standout.section.SectionedText;

import java.util.List;

/** Placeholder, replaced in the next step. */
public final class EducationExtractor {
    public List<Education> extract(SectionedText sectioned) {
        return List.of();
    }
}
