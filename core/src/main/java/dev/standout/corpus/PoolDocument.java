package dev.standout.corpus;

import java.util.Objects;
import java.util.Set;

/**
 * One resume of a pool to build a model from: either a file's bytes or text already extracted, with the
 * occupation segments it belongs to (canonical ids, see {@link SegmentResolver#canonical}).
 *
 * @param id       a stable id (a path relative to the input, or the record's id)
 * @param segments canonical segment ids
 * @param bytes    the document's bytes, or {@code null} when {@code text} is given
 * @param text     the resume's text, or {@code null} when {@code bytes} are given
 */
public record PoolDocument(String id, Set<String> segments, byte[] bytes, String text) {
    public PoolDocument {
        Objects.requireNonNull(id, "id");
        segments = Set.copyOf(segments);
        if ((bytes == null) == (text == null)) throw new IllegalArgumentException("give bytes or text, not both");
    }
}
