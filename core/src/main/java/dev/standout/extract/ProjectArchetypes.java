package dev.standout.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The list of tutorial and course projects (MNIST digits, Titanic survival, to-do app, Netflix clone…) that many
 * resumes share and that set no one apart, and the matcher that recognizes them in a project's words.
 *
 * <p>The standard list ships as the resource {@code dev/standout/extract/project-archetypes.tsv}; its format is
 * described at the top of that file. Each archetype has triggers: phrases of lemmas matched as consecutive words, or
 * groups of phrases ({@code "sentiment & tweet"}) that must all occur. A word matches a trigger word when its lemma
 * or its own lower-cased form equals it, hyphens and dots ignored ("To-Do" = "todo").
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ProjectArchetypes {

    /**
     * One archetype.
     *
     * @param id       stable id, used as a feature of the corpus model ("mnist", "todo-app")
     * @param name     a readable name
     * @param triggers each trigger is a list of phrases that must all occur; a phrase is a list of words
     */
    public record Archetype(String id, String name, List<List<List<String>>> triggers) {
        public Archetype {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            triggers = List.copyOf(triggers);
        }
    }

    private static final String RESOURCE = "project-archetypes.tsv";
    private final List<Archetype> archetypes;

    private ProjectArchetypes(List<Archetype> archetypes) {
        this.archetypes = List.copyOf(archetypes);
    }

    /** The standard list, read once from the class path. */
    public static ProjectArchetypes standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ProjectArchetypes INSTANCE = load();

        private static ProjectArchetypes load() {
            try (InputStream in = ProjectArchetypes.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a list in the format of the standard one (tab-separated id, name, triggers; "#" starts a comment).
     *
     * @throws IOException              when the reader fails
     * @throws IllegalArgumentException when a line is malformed; the message names the line
     */
    public static ProjectArchetypes parse(Reader reader) throws IOException {
        List<Archetype> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length != 3 || cols[0].isBlank() || cols[2].isBlank()) {
                throw new IllegalArgumentException("line " + n + ": expected id<TAB>name<TAB>triggers: " + line);
            }
            if (!ids.add(cols[0].trim())) throw new IllegalArgumentException("line " + n + ": duplicate id " + cols[0]);
            List<List<List<String>>> triggers = new ArrayList<>();
            for (String trigger : cols[2].split("\\s+\\|\\s+")) {
                List<List<String>> phrases = new ArrayList<>();
                for (String phrase : trigger.split("\\s+&\\s+")) {
                    List<String> words = new ArrayList<>();
                    for (String w : phrase.trim().split("\\s+")) {
                        String k = normalize(w);
                        if (!k.isEmpty()) words.add(k);
                    }
                    if (!words.isEmpty()) phrases.add(List.copyOf(words));
                }
                if (!phrases.isEmpty()) triggers.add(List.copyOf(phrases));
            }
            out.add(new Archetype(cols[0].trim(), cols[1].trim(), triggers));
        }
        return new ProjectArchetypes(out);
    }

    /** The archetypes, in the order of the list. */
    public List<Archetype> all() {
        return archetypes;
    }

    /** The form words are compared in: lower case, without hyphens, dots and underscores (a trailing "*" stays). */
    public static String normalize(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '-' || c == '.' || c == '_' || c == '‐' || c == '–') continue;
            b.append(c);
        }
        return b.toString();
    }

    /**
     * The first archetype (in list order) with a trigger found in the words.
     *
     * @param lemmas  the words' lemmas, normalized with {@link #normalize}
     * @param surface the words themselves, normalized the same way, position by position
     */
    public Optional<Archetype> match(List<String> lemmas, List<String> surface) {
        if (lemmas.size() != surface.size()) throw new IllegalArgumentException("lemmas and words differ in length");
        for (Archetype a : archetypes) {
            for (List<List<String>> trigger : a.triggers()) {
                boolean all = true;
                for (List<String> phrase : trigger) {
                    if (!contains(lemmas, surface, phrase)) {
                        all = false;
                        break;
                    }
                }
                if (all) return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static boolean contains(List<String> lemmas, List<String> surface, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= lemmas.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!wordMatches(phrase.get(j), lemmas.get(i + j), surface.get(i + j))) continue outer;
            }
            return true;
        }
        return false;
    }

    private static boolean wordMatches(String pattern, String lemma, String word) {
        if (pattern.endsWith("*")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return lemma.startsWith(prefix) || word.startsWith(prefix);
        }
        return pattern.equals(lemma) || pattern.equals(word);
    }
}
