package dev.standout.section;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The heading vocabulary: maps a heading as written ("PROFESSIONAL  EXPERIENCE", "Licenses & Certifications") to
 * its canonical {@link SectionType}. Loaded once from {@code headings.txt} beside this class; immutable and safe to
 * share between threads.
 */
final class HeadingDictionary {

    /** The result of a lookup. */
    record Match(SectionType type, boolean weak, boolean exact) {
        /** Whether the phrase is a known field inside a section ("Responsibilities"), never a heading. */
        boolean negative() {
            return type == null;
        }
    }

    private record Entry(SectionType type, boolean weak) {
    }

    private static final String RESOURCE = "headings.txt";
    private static final List<String> MODIFIERS = List.of("relevant", "professional", "work", "technical", "key",
            "core", "academic", "personal", "additional", "other", "selected", "recent", "related", "previous",
            "prior", "major", "notable", "career", "industry", "industrial", "detailed", "brief",
            "current", "specific", "my", "it", "software", "computer", "engineering", "areas of", "summary of",
            "list of", "relevant technical", "main", "primary", "significant", "important", "functional", "domain",
            "previous work", "full");
    private static final Set<String> SUFFIXES = Set.of("summary", "details", "detail", "history", "overview",
            "section", "information", "info", "highlights", "profile", "record", "records", "list", "background",
            "acquired", "obtained", "attained", "achieved", "earned", "completed", "undertaken", "done", "held",
            "known");

    private static final class Holder {
        static final HeadingDictionary STANDARD = load();
    }

    private final Map<String, Entry> exact;
    private final Map<String, Entry> compact;
    /** First words of all headings and modifiers: a phrase starting with any other word is no heading. */
    private final Set<String> firstWords;

    private HeadingDictionary(Map<String, Entry> exact) {
        this.exact = Map.copyOf(exact);
        Set<String> first = new HashSet<>();
        for (String k : exact.keySet()) first.add(firstWord(k));
        for (String m : MODIFIERS) first.add(firstWord(m));
        this.firstWords = Set.copyOf(first);
        Map<String, Entry> c = new HashMap<>();
        exact.forEach((k, v) -> c.putIfAbsent(k.replace(" ", ""), v));
        this.compact = Map.copyOf(c);
    }

    private static String firstWord(String key) {
        int sp = key.indexOf(' ');
        return sp < 0 ? key : key.substring(0, sp);
    }

    /** Whether some heading could start with this word (any case); a cheap test before {@link #lookup}. */
    boolean canStartWith(String word) {
        return firstWords.contains(key(word));
    }

    /** The dictionary that ships with Standout. */
    static HeadingDictionary standard() {
        return Holder.STANDARD;
    }

    private static HeadingDictionary load() {
        try (InputStream in = HeadingDictionary.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, "missing resource " + RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Entry> map = new HashMap<>();
            SectionType type = null;
            boolean none = false;
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("[")) {
                    String name = line.substring(1, line.length() - 1);
                    none = name.equals("NONE");
                    type = none ? null : SectionType.valueOf(name);
                    continue;
                }
                if (type == null && !none) throw new IllegalStateException("heading before a [TYPE]: " + line);
                boolean weak = line.startsWith("~");
                String key = key(weak ? line.substring(1) : line);
                if (map.put(key, new Entry(type, weak)) != null) {
                    throw new IllegalStateException("duplicate heading: " + line);
                }
            }
            return new HeadingDictionary(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Looks a phrase up.
     *
     * @return the match, or null when the phrase is not a known heading
     */
    Match lookup(CharSequence phrase) {
        String key = key(phrase);
        if (key.isEmpty()) return null;
        Entry e = exact.get(key);
        if (e != null) return new Match(e.type(), e.weak(), true);
        if (isLetterSpaced(key) || (key.length() >= 8 && key.indexOf(' ') < 0)) {
            e = compact.get(key.replace(" ", ""));
            if (e != null) return new Match(e.type(), e.weak(), true);
        }
        Match derived = derive(key);
        if (derived != null) return derived;
        if (key.contains(" and ")) {
            // "experience and projects": every part a heading; the first one names the section
            Match first = null;
            for (String part : key.split(" and ")) {
                if (MODIFIERS.contains(part)) continue; // "technical and professional skills"
                Match m = lookupPart(part);
                if (m == null || m.negative()) {
                    first = null;
                    break;
                }
                if (first == null) first = m;
            }
            if (first != null) return new Match(first.type(), first.weak(), false);
            Match rest = derive(key.replace(" and ", " "));
            if (rest != null && !rest.negative()) return rest;
        }
        return null;
    }

    /** Shortest heading a misspelling is looked for: shorter words are too close to other words. */
    private static final int MISSPELLED_MIN_LENGTH = 10;

    /**
     * A heading written with one letter wrong, missing, added or two letters swapped ("ACHEIVEMENTS",
     * "EXPERIANCE"), for a line that is a heading by its looks; only headings of ten letters or more, and no field's
     * name. Null when there is none, or several of different sections.
     */
    Match lookupMisspelled(CharSequence phrase) {
        String key = key(phrase);
        if (key.length() < MISSPELLED_MIN_LENGTH) return null;
        Entry found = null;
        for (Map.Entry<String, Entry> e : exact.entrySet()) {
            Entry v = e.getValue();
            if (v.type() == null || e.getKey().length() < MISSPELLED_MIN_LENGTH) continue;
            if (Math.abs(e.getKey().length() - key.length()) > 1 || !withinOneEdit(key, e.getKey())) continue;
            if (found != null && found.type() != v.type()) return null;
            found = v;
        }
        return found == null ? null : new Match(found.type(), found.weak(), false);
    }

    /** Optimal string alignment distance at most 1: one substitution, insertion, deletion or swap of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) return true;
        int n = a.length();
        int m = b.length();
        int i = 0;
        while (i < Math.min(n, m) && a.charAt(i) == b.charAt(i)) i++;
        if (n == m) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) return true; // substitution
            return i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // swap
        }
        if (n == m + 1) return a.substring(i + 1).equals(b.substring(i)); // a has one letter more
        if (m == n + 1) return b.substring(i + 1).equals(a.substring(i));
        return false;
    }

    /**
     * The heading that ends a phrase, for a short line that is a heading by its looks but opens with a word the
     * vocabulary lacks ("ANALYTICAL PROJECTS", "TECHINICAL SKILLS"). Weak headings do not count.
     */
    Match lookupEnding(CharSequence phrase) {
        String key = key(phrase);
        int sp = key.indexOf(' ');
        while (sp > 0) {
            Entry e = exact.get(key.substring(sp + 1));
            if (e != null && e.type() != null && !e.weak()) return new Match(e.type(), false, false);
            sp = key.indexOf(' ', sp + 1);
        }
        return null;
    }

    private Match lookupPart(String key) {
        Entry e = exact.get(key);
        if (e != null) return new Match(e.type(), e.weak(), false);
        return derive(key);
    }

    /** Strips modifiers before and generic words after a known heading. */
    private Match derive(String key) {
        String k = key;
        for (int round = 0; round < 3; round++) {
            String stripped = stripSuffix(k);
            if (stripped != null) {
                Entry e = exact.get(stripped);
                if (e != null) return new Match(e.type(), e.weak(), false);
            }
            String next = stripModifier(k);
            if (next == null) {
                if (stripped == null) return null;
                k = stripped;
                continue;
            }
            Entry e = exact.get(next);
            if (e != null) return new Match(e.type(), e.weak(), false);
            k = next;
        }
        return null;
    }

    private static String stripModifier(String key) {
        for (String m : MODIFIERS) {
            if (key.length() > m.length() + 1 && key.startsWith(m) && key.charAt(m.length()) == ' ') {
                return key.substring(m.length() + 1);
            }
        }
        return null;
    }

    private static String stripSuffix(String key) {
        int sp = key.lastIndexOf(' ');
        if (sp <= 0) return null;
        if (SUFFIXES.contains(key.substring(sp + 1))) return key.substring(0, sp);
        int sp2 = key.lastIndexOf(' ', sp - 1);
        if (sp2 > 0 && SUFFIXES.contains(key.substring(sp2 + 1))) return key.substring(0, sp2);
        return null;
    }

    private static boolean isLetterSpaced(String key) {
        if (key.length() < 5) return false;
        for (int i = 0; i < key.length(); i++) {
            boolean space = key.charAt(i) == ' ';
            if (space != (i % 2 == 1)) return false;
        }
        return true;
    }

    /** The lookup key of a phrase: lowercase, '&', '+' and '/' as "and", other punctuation dropped. */
    static String key(CharSequence phrase) {
        StringBuilder b = new StringBuilder(phrase.length() + 8);
        boolean space = true;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLetter(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (c == '\'' || c == '\u2019') {
                continue;
            } else if (c == '&' || c == '+' || c == '/') {
                if (!space) b.append(' ');
                b.append("and ");
                space = true;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        String k = b.toString().strip();
        while (k.endsWith(" and")) k = k.substring(0, k.length() - 4);
        while (k.startsWith("and ")) k = k.substring(4);
        return k.equals("and") ? "" : k.toLowerCase(Locale.ROOT);
    }
}
