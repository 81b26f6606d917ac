package dev.standout.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Normalized resume text split into sections. The sections are in text order, do not overlap, and cover the
 * text from the first section's start to the end.
 */
public record SectionedText(String text, List<Section> sections) {
    public SectionedText {
        Objects.requireNonNull(text, "text");
        sections = List.copyOf(sections);
    }

    /** The section that holds offset {@code offset}, or {@link SectionType#CONTACT} before the first one. */
    public SectionType typeAt(int offset) {
        for (Section s : sections) {
            if (offset >= s.start() && offset < s.end()) return s.type();
        }
        return SectionType.CONTACT;
    }

    /** All sections of a type, in text order. */
    public List<Section> of(SectionType type) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) if (s.type() == type) out.add(s);
        return out;
    }

    /** The first section of a type. */
    public Optional<Section> first(SectionType type) {
        return sections.stream().filter(s -> s.type() == type).findFirst();
    }
}
