package dev.standout.section;

import dev.standout.parse.Layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Normalized resume text split into sections, with the layout cues of its lines. The sections are in text order, do
 * not overlap, and cover the text from the first section's start to the end.
 *
 * @param text     the normalized text
 * @param sections its sections
 * @param layout   the cues of each line of the text (bold, indent, bullets…), from the document it was read from
 */
public record SectionedText(String text, List<Section> sections, Layout layout) {
    public SectionedText {
        Objects.requireNonNull(text, "text");
        sections = List.copyOf(sections);
        layout = layout == null || layout.lineCount() != lineCount(text) ? Layout.plain(text) : layout;
    }

    /** Sections of a text with no document behind it: the cues are what its characters show. */
    public SectionedText(String text, List<Section> sections) {
        this(text, sections, null);
    }

    private static int lineCount(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        return n;
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
