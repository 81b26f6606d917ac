package dev.standout.spark;

import java.io.Serializable;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;

/**
 * One input of a job as it travels to an executor: a file to read there (its URI and its length at listing
 * time) or a record's text, with the id or name it is known by and its segments.
 */
final class PoolItem implements Serializable {
    private static final long serialVersionUID = 1L;

    final String id;
    final String[] segments;
    final URI path;     // null for a text record
    final long length;  // of the file when listed
    final String text;  // null for a file

    private PoolItem(String id, Set<String> segments, URI path, long length, String text) {
        this.id = id;
        this.segments = new TreeSet<>(segments).toArray(new String[0]);
        this.path = path;
        this.length = length;
        this.text = text;
    }

    static PoolItem file(String id, Set<String> segments, URI path, long length) {
        return new PoolItem(id, segments, path, length, null);
    }

    static PoolItem text(String id, Set<String> segments, String text) {
        return new PoolItem(id, segments, null, 0, text);
    }

    Set<String> segmentSet() {
        return Set.of(segments);
    }

    @Override
    public String toString() {
        return path != null ? path.toString() : id;
    }
}
