package dev.standout.resume;

import dev.standout.section.SectionType;

import java.util.Objects;

/**
 * Where an item was found: the words as they stand in the normalized text, the section, and offsets.
 *
 * @param text    the words as written
 * @param section the section they stand in
 * @param start   offset of the first character in the normalized text
 * @param end     offset just past the last character
 */
public record Mention(String text, SectionType section, int start, int end) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(section, "section");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets: " + start + ", " + end);
    }
}
