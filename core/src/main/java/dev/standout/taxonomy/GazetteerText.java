package dev.standout.taxonomy;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A text cut into gazetteer tokens once, for matching it with any number of gazetteers and checking the context of
 * any number of matches without cutting it again:
 *
 * <pre>{@code
 * GazetteerText t = GazetteerText.of(text);
 * for (GazetteerMatch m : skills.find(t)) {
 *     if (m.ambiguous() && !skills.hasTechContext(t, m.start(), m.end())) continue;
 *     ...
 * }
 * for (GazetteerMatch m : credentials.find(t)) { ... credentials.hasCredentialContext(t, m.start(), m.end()) ... }
 * }</pre>
 *
 * Every method that takes a {@code GazetteerText} gives the same result as its {@code String} twin given
 * {@link #text()}; the lines that context checks look at are tokenized and matched once per line, however many
 * matches stand on them.
 *
 * <p>Not thread-safe (it caches as it is used): make one per text and thread. Making one costs one pass over the
 * text.
 */
public final class GazetteerText {
    final String text;
    final GazetteerTokens tokens;
    private Map<Long, GazetteerTokens> lineTokens;
    private Map<Long, Map<GazetteerMatcher, List<GazetteerMatch>>> lineMatches;
    private Map<Long, Boolean> credentialCues;

    private GazetteerText(String text) {
        this.text = text;
        this.tokens = GazetteerTokens.of(text);
    }

    /** Tokenizes {@code text}. */
    public static GazetteerText of(String text) {
        return new GazetteerText(Objects.requireNonNull(text, "text"));
    }

    /** The text. */
    public String text() {
        return text;
    }

    private static long key(int from, int to) {
        return ((long) from << 32) | (to & 0xFFFFFFFFL);
    }

    /** The tokens of {@code text.substring(from, to)}, offsets relative to {@code from}. */
    GazetteerTokens tokens(int from, int to) {
        if (lineTokens == null) lineTokens = new HashMap<>();
        return lineTokens.computeIfAbsent(key(from, to), k -> GazetteerTokens.of(text.substring(from, to)));
    }

    /** {@code matcher.find(text.substring(from, to))}. */
    List<GazetteerMatch> matches(GazetteerMatcher matcher, int from, int to) {
        if (lineMatches == null) lineMatches = new HashMap<>();
        return lineMatches.computeIfAbsent(key(from, to), k -> new IdentityHashMap<>(2))
                .computeIfAbsent(matcher, m -> m.find(text.substring(from, to), tokens(from, to)));
    }

    /** Whether {@code text.substring(from, to)} holds a credential cue (see {@link CredentialCatalog}), cached. */
    boolean credentialCue(int from, int to, java.util.function.Predicate<GazetteerTokens> test) {
        if (credentialCues == null) credentialCues = new HashMap<>();
        return credentialCues.computeIfAbsent(key(from, to), k -> test.test(tokens(from, to)));
    }
}
