package dev.standout.taxonomy;

import java.util.Objects;

/**
 * A match of a gazetteer alias in a text.
 *
 * @param start     offset of the first character of the match in the text
 * @param end       offset just past the last character
 * @param id        the entry's id
 * @param surface   the text between start and end, as written
 * @param ambiguous whether the alias that matched is ambiguous and needs supporting context
 */
public record GazetteerMatch(int start, int end, String id, String surface, boolean ambiguous) {
    public GazetteerMatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(surface, "surface");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets: " + start + ", " + end);
    }
}
