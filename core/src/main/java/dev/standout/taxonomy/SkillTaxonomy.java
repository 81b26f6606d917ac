package dev.standout.taxonomy;

import dev.standout.resume.SkillType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The skills gazetteer: entries by id and by alias, and a {@link GazetteerMatcher} over all aliases.
 * Immutable and thread-safe; {@link #defaultTaxonomy()} is loaded once, on first use, from
 * {@value #RESOURCE} (built by {@code dev.standout.tools.SkillGazetteerBuilder}). The builder also writes the
 * trie in binary form next to it ({@code skills.gaz}, stamped with the TSV's length and CRC-32); the loader reads
 * it on a helper thread while it builds the entries, and builds the trie from the TSV when the binary form is
 * missing or stale.
 */
public final class SkillTaxonomy {
    public static final String RESOURCE = "/dev/standout/taxonomy/skills.tsv";
    /** The trie over the aliases of {@link #RESOURCE}, prebuilt by the builder; optional. */
    static final String BINARY_RESOURCE = "/dev/standout/taxonomy/skills.gaz";
    public static final String HEADER = "id\tname\ttype\tsources\thot\tambiguous\taliases";

    private final Map<String, SkillEntry> byId;
    private final List<SkillEntry> entries;
    private final List<String> comments;
    private final GazetteerMatcher matcher;
    private volatile Map<String, List<SkillEntry>> byKey;

    private SkillTaxonomy(List<SkillEntry> entries, List<String> comments) {
        this(entries, comments, null);
    }

    private SkillTaxonomy(List<SkillEntry> entries, List<String> comments, GazetteerMatcher prebuilt) {
        Map<String, SkillEntry> m = new LinkedHashMap<>(entries.size() * 2);
        GazetteerMatcher.Builder b = prebuilt == null ? GazetteerMatcher.builder() : null;
        for (SkillEntry e : entries) {
            if (m.putIfAbsent(e.id(), e) != null) throw new IllegalArgumentException("duplicate id " + e.id());
            if (b != null) for (GazetteerAlias a : e.aliases()) b.add(e.id(), a);
        }
        this.byId = Collections.unmodifiableMap(m);
        this.entries = List.copyOf(entries);
        this.comments = List.copyOf(comments);
        this.matcher = b != null ? b.build() : prebuilt;
    }

    private static final class Holder {
        static final SkillTaxonomy DEFAULT;

        static {
            try {
                List<String> comments = new ArrayList<>();
                byte[] source = Tsv.resourceBytes(SkillTaxonomy.class, RESOURCE);
                List<String[]> rows = Tsv.parse(source, HEADER, 7, comments);
                DEFAULT = fromRows(rows, comments,
                        Tsv.matcherAsync(rows, 0, 6, SkillTaxonomy.class, BINARY_RESOURCE, source));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The gazetteer shipped with Standout, loaded once. */
    public static SkillTaxonomy defaultTaxonomy() {
        return Holder.DEFAULT;
    }

    /** Builds a taxonomy from entries (tests, custom gazetteers). */
    public static SkillTaxonomy of(List<SkillEntry> entries) {
        return new SkillTaxonomy(entries, List.of());
    }

    /** Reads the TSV form written by the builder. */
    public static SkillTaxonomy read(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader br ? br : new BufferedReader(reader, 1 << 16);
        StringBuilder sb = new StringBuilder(1 << 16);
        char[] buf = new char[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) sb.append(buf, 0, n);
        return parse(sb.toString());
    }

    private static SkillTaxonomy parse(String text) throws IOException {
        List<String> comments = new ArrayList<>();
        List<String[]> rows = Tsv.parse(text, HEADER, 7, comments);
        return fromRows(rows, comments, Tsv.matcherAsync(rows, 0, 6));
    }

    private static SkillTaxonomy fromRows(List<String[]> rows, List<String> comments,
                                  java.util.concurrent.FutureTask<GazetteerMatcher> matcher) throws IOException {
        List<SkillEntry> out = new ArrayList<>(rows.size());
        for (String[] f : rows) {
            List<String> raw = Tsv.splitList(f[6]);
            List<GazetteerAlias> aliases = new ArrayList<>(raw.size());
            for (String a : raw) aliases.add(GazetteerAlias.parse(a));
            out.add(new SkillEntry(f[0], f[1], SkillType.parse(f[2]), Tsv.commaList(f[3]),
                    "1".equals(f[4]), "1".equals(f[5]), aliases));
        }
        return new SkillTaxonomy(out, comments, Tsv.join(matcher));
    }

    public Optional<SkillEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Entries that have an alias with the same {@linkplain GazetteerMatcher#normalize key} as {@code alias}. */
    public List<SkillEntry> byAlias(String alias) {
        Objects.requireNonNull(alias, "alias");
        Map<String, List<SkillEntry>> m = byKey;
        if (m == null) {
            synchronized (this) {
                m = byKey;
                if (m == null) {
                    Map<String, List<SkillEntry>> k = new HashMap<>(entries.size() * 4);
                    for (SkillEntry e : entries) {
                        for (GazetteerAlias a : e.aliases()) {
                            List<SkillEntry> l = k.computeIfAbsent(a.key(), x -> new ArrayList<>(1));
                            if (!l.contains(e)) l.add(e);
                        }
                    }
                    k.replaceAll((x, l) -> List.copyOf(l));
                    byKey = m = k;
                }
            }
        }
        return m.getOrDefault(GazetteerMatcher.normalize(alias), List.of());
    }

    public List<SkillEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The {@code #} lines at the top of the resource: source versions and attribution. */
    public List<String> comments() {
        return comments;
    }

    public GazetteerMatcher matcher() {
        return matcher;
    }

    /** Shorthand for {@code matcher().find(text)}. */
    public List<GazetteerMatch> find(String text) {
        return matcher.find(text);
    }

    /** Shorthand for {@code matcher().find(text)}, on a text tokenized once for several gazetteers. */
    public List<GazetteerMatch> find(GazetteerText text) {
        return matcher.find(text);
    }

    /** Shorthand for {@code matcher().hasTechContext(text, start, end)}. */
    public boolean hasTechContext(String text, int start, int end) {
        return matcher.hasTechContext(text, start, end);
    }

    /** Shorthand for {@code matcher().hasTechContext(text, start, end)}, on a text tokenized once. */
    public boolean hasTechContext(GazetteerText text, int start, int end) {
        return matcher.hasTechContext(text, start, end);
    }
}
