package dev.standout.taxonomy;

import dev.standout.resume.CredentialKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The credential catalog: certifications, licenses, online courses and bootcamps, by id and by alias, with a
 * {@link GazetteerMatcher} over all aliases. Immutable and thread-safe; {@link #defaultCatalog()} is loaded once, on
 * first use, from {@value #RESOURCE} (built by {@code dev.standout.tools.CredentialCatalogBuilder}), with the
 * prebuilt trie {@code credentials.gaz} when it is fresh (see {@link SkillTaxonomy}).
 *
 * <p>Matches flagged {@linkplain GazetteerMatch#ambiguous() ambiguous} are ordinary phrases ("Machine Learning",
 * "CSM", "A+") that name a credential only in a credential context; see {@link #hasCredentialContext}.
 */
public final class CredentialCatalog {
    public static final String RESOURCE = "/dev/standout/taxonomy/credentials.tsv";
    /** The trie over the aliases of {@link #RESOURCE}, prebuilt by the builder; optional. */
    static final String BINARY_RESOURCE = "/dev/standout/taxonomy/credentials.gaz";
    public static final String HEADER =
            "id\tname\tkind\tlevel\tissuer\tprior\tprior_note\tcontext\tsources\taliases";

    private final Map<String, CredentialEntry> byId;
    private final List<CredentialEntry> entries;
    private final List<String> comments;
    private final GazetteerMatcher matcher;
    private volatile Map<String, List<CredentialEntry>> byKey;

    private CredentialCatalog(List<CredentialEntry> entries, List<String> comments) {
        this(entries, comments, null);
    }

    private CredentialCatalog(List<CredentialEntry> entries, List<String> comments, GazetteerMatcher prebuilt) {
        Map<String, CredentialEntry> m = new LinkedHashMap<>(entries.size() * 2);
        GazetteerMatcher.Builder b = prebuilt == null ? GazetteerMatcher.builder() : null;
        for (CredentialEntry e : entries) {
            if (m.putIfAbsent(e.id(), e) != null) throw new IllegalArgumentException("duplicate id " + e.id());
            if (b != null) for (GazetteerAlias a : e.aliases()) b.add(e.id(), a);
        }
        this.byId = Collections.unmodifiableMap(m);
        this.entries = List.copyOf(entries);
        this.comments = List.copyOf(comments);
        this.matcher = b != null ? b.build() : prebuilt;
    }

    private static final class Holder {
        static final CredentialCatalog DEFAULT;

        static {
            try {
                List<String> comments = new ArrayList<>();
                byte[] source = Tsv.resourceBytes(CredentialCatalog.class, RESOURCE);
                List<String[]> rows = Tsv.parse(source, HEADER, 10, comments);
                DEFAULT = fromRows(rows, comments,
                        Tsv.matcherAsync(rows, 0, 9, CredentialCatalog.class, BINARY_RESOURCE, source));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The catalog shipped with Standout, loaded once. */
    public static CredentialCatalog defaultCatalog() {
        return Holder.DEFAULT;
    }

    public static CredentialCatalog of(List<CredentialEntry> entries) {
        return new CredentialCatalog(entries, List.of());
    }

    /** Reads the TSV form written by the builder. */
    public static CredentialCatalog read(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader br ? br : new BufferedReader(reader, 1 << 16);
        StringBuilder sb = new StringBuilder(1 << 16);
        char[] buf = new char[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) sb.append(buf, 0, n);
        return parse(sb.toString());
    }

    private static CredentialCatalog parse(String text) throws IOException {
        List<String> comments = new ArrayList<>();
        List<String[]> rows = Tsv.parse(text, HEADER, 10, comments);
        return fromRows(rows, comments, Tsv.matcherAsync(rows, 0, 9));
    }

    private static CredentialCatalog fromRows(List<String[]> rows, List<String> comments,
                                  java.util.concurrent.FutureTask<GazetteerMatcher> matcher) throws IOException {
        List<CredentialEntry> out = new ArrayList<>(rows.size());
        for (String[] f : rows) {
            List<String> raw = Tsv.splitList(f[9]);
            List<GazetteerAlias> aliases = new ArrayList<>(raw.size());
            for (String a : raw) aliases.add(GazetteerAlias.parse(a));
            OptionalLong prior = f[5].isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(f[5]));
            out.add(new CredentialEntry(f[0], f[1], CredentialKind.valueOf(f[2]), f[3], f[4], prior, f[6],
                    "1".equals(f[7]), Tsv.commaList(f[8]), aliases));
        }
        return new CredentialCatalog(out, comments, Tsv.join(matcher));
    }

    public Optional<CredentialEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Entries that have an alias with the same {@linkplain GazetteerMatcher#normalize key} as {@code alias}. */
    public List<CredentialEntry> byAlias(String alias) {
        Objects.requireNonNull(alias, "alias");
        Map<String, List<CredentialEntry>> m = byKey;
        if (m == null) {
            synchronized (this) {
                m = byKey;
                if (m == null) {
                    Map<String, List<CredentialEntry>> k = new HashMap<>(entries.size() * 8);
                    for (CredentialEntry e : entries) {
                        for (GazetteerAlias a : e.aliases()) {
                            List<CredentialEntry> l = k.computeIfAbsent(a.key(), x -> new ArrayList<>(1));
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

    public List<CredentialEntry> entries() {
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

    private static final Set<String> CREDENTIAL_CUES = Set.of(
            "certificate", "certificates", "certification", "certifications", "certified", "certifying", "license",
            "licensed", "licence", "licensure", "coursera", "edx", "udemy", "udacity", "linkedin", "datacamp",
            "pluralsight", "nanodegree", "specialization", "specialisation", "course", "courses", "mooc",
            "credential", "credentials", "accreditation", "accredited", "diploma", "exam", "passed", "badge",
            "training", "trainings", "completed", "completion", "issued", "issuer", "id");

    /**
     * Whether the words between {@code start} and {@code end} stand in a credential context: a credential cue
     * ("certificate", "certified", "Coursera", "course", "license"…) on the same line or on the line just before
     * (a "Certifications" heading, say). A heuristic, meant to confirm ambiguous matches; section-aware callers
     * should also accept matches inside a certifications section.
     */
    public boolean hasCredentialContext(String text, int start, int end) {
        Objects.requireNonNull(text, "text");
        return credentialContext(text, null, start, end);
    }

    /**
     * {@link #hasCredentialContext(String, int, int)} in a text already tokenized; each stretch of text is
     * tokenized once however many matches look at it.
     */
    public boolean hasCredentialContext(GazetteerText text, int start, int end) {
        Objects.requireNonNull(text, "text");
        return credentialContext(text.text, text, start, end);
    }

    private static boolean credentialContext(String text, GazetteerText cache, int start, int end) {
        if (start < 0 || end > text.length() || start > end) throw new IllegalArgumentException("bad span");
        int ls = start;
        while (ls > 0 && text.charAt(ls - 1) != '\n' && start - ls < 300) ls--;
        int le = end;
        while (le < text.length() && text.charAt(le) != '\n' && le - end < 300) le++;
        if (hasCue(text, cache, ls, start) || hasCue(text, cache, end, le)) return true;
        // previous non-blank line, if short (a heading)
        int pe = ls - 1;
        while (pe > 0 && Character.isWhitespace(text.charAt(pe))) pe--;
        if (pe <= 0) return false;
        int ps = pe;
        while (ps > 0 && text.charAt(ps - 1) != '\n') ps--;
        return pe - ps < 60 && hasCue(text, cache, ps, pe + 1);
    }

    private static boolean hasCue(String text, GazetteerText cache, int from, int to) {
        if (cache != null) return cache.credentialCue(from, to, CredentialCatalog::hasCue);
        return hasCue(GazetteerTokens.of(text.substring(from, to)));
    }

    private static boolean hasCue(GazetteerTokens t) {
        for (int i = 0; i < t.size; i++) {
            if (t.kind[i] == GazetteerTokens.WORD && CREDENTIAL_CUES.contains(t.key[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The kind of an entry, or {@link CredentialKind#OTHER} for an unknown id. */
    public CredentialKind kindOf(String id) {
        CredentialEntry e = byId.get(id);
        return e == null ? CredentialKind.OTHER : e.kind();
    }

    /** Ids of entries per kind, in catalog order. */
    public Map<CredentialKind, List<String>> idsByKind() {
        Map<CredentialKind, List<String>> m = new LinkedHashMap<>();
        for (CredentialEntry e : entries) m.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e.id());
        m.replaceAll((k, l) -> List.copyOf(l));
        return Collections.unmodifiableMap(m);
    }
}
