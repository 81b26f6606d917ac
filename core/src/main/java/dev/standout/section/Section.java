package dev.standout.section;

import java.util.Objects;

/**
 * One section of a resume: offsets into the normalized text.
 *
 * @param type         the canonical type
 * @param heading      the heading as written ({@code ""} for the contact block or a section found without one)
 * @param start        offset of the heading's first character (or of the content when there is no heading)
 * @param contentStart offset of the first character after the heading
 * @param end          offset just past the section's last character
 */
public record Section(SectionType type, String heading, int start, int contentStart, int end) {
    public Section {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(heading, "heading");
        if (start < 0 || contentStart < start || end < contentStart) {
            throw new IllegalArgumentException("bad offsets: " + start + ", " + contentStart + ", " + end);
        }
    }

    /** The section's content (without the heading) taken from the text it was found in. */
    public String content(CharSequence text) {
        return text.subSequence(contentStart, end).toString();
    }
}
