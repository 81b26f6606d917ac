package dev.standout.taxonomy;

import java.util.Objects;

/**
 * One surface form of a gazetteer entry.
 *
 * <p>In the resource files an alias is written as its text, prefixed by {@code ~} when it is ambiguous (a short
 * or common word that needs supporting context: {@code ~Go}, {@code ~Excel}) and by {@code =} when it matches only
 * as written or in capitals ({@code =R} matches "R", not "r").
 *
 * @param text          the alias as written in the catalog
 * @param ambiguous     whether a match needs supporting context before it is trusted
 * @param caseSensitive whether it matches only as written or in capitals
 */
public record GazetteerAlias(String text, boolean ambiguous, boolean caseSensitive) {
    public GazetteerAlias {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) throw new IllegalArgumentException("blank alias");
    }

    /** Parses {@code [~][=]text}. */
    public static GazetteerAlias parse(String field) {
        boolean ambiguous = false;
        boolean cs = false;
        int i = 0;
        while (i < field.length()) {
            char c = field.charAt(i);
            if (c == '~') ambiguous = true;
            else if (c == '=') cs = true;
            else break;
            i++;
        }
        return new GazetteerAlias(field.substring(i), ambiguous, cs);
    }

    /** The form {@link #parse} reads. */
    public String format() {
        return (ambiguous ? "~" : "") + (caseSensitive ? "=" : "") + text;
    }

    /** The normalized key that matching uses: lower-case tokens, soft punctuation dropped. */
    public String key() {
        return GazetteerMatcher.normalize(text);
    }
}
