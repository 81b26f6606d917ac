package dev.standout.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Standard occupations beyond the pool's own segments: the O*NET-SOC occupations with their parent chains
 * (data scientists → mathematical science occupations → computer and mathematical occupations), the title
 * phrases that name them, and where each of the pool's segments sits in that tree. Immutable and thread-safe.
 *
 * <p><b>Ids.</b> An occupation's id is its title as a slug ({@code data-scientists},
 * {@code mathematical-science-occupations}); the pool's segments keep their own singular ids
 * ({@code python-developer}), which never collide with these.
 *
 * <p><b>Resources.</b> {@value #RESOURCE} is built by {@code dev.standout.tools.OccupationTableBuilder} from the
 * O*NET database (titles, alternate titles, reported titles) and the SOC 2018 groups: lines
 * {@code O TAB id TAB code TAB title TAB parent} and {@code T TAB phrase TAB code}. {@value #POOL_RESOURCE} is
 * written by hand: each pool segment and the O*NET-SOC code of the occupation or group it stands for
 * ({@code python-developer 15-1252.00}, {@code information-technology 15-0000}).
 *
 * <p><b>Titles.</b> {@link #ofTitle} splits a title at separators ({@code | / , ; ·} and a spaced dash), and in the
 * first part that names anything takes the longest phrase of the table it contains (ties: the earliest), so
 * "Aspiring Data Scientist | Machine Learning Enthusiast" names data scientists.
 */
public final class Occupations {
    /** The class-path resource of the occupation tree and titles. */
    public static final String RESOURCE = "/dev/standout/corpus/occupations.tsv";
    /** The class-path resource placing the pool's segments in the tree. */
    public static final String POOL_RESOURCE = "/dev/standout/corpus/pool-occupations.tsv";
    /** Longest title phrase, in words. */
    public static final int MAX_PHRASE_WORDS = 5;

    private static final Pattern PARTS = Pattern.compile("\\s*(?:[|/,;·•]|\\s[-–—]\\s)\\s*");
    private static volatile Occupations standard;

    private final Map<String, Occupation> byId;
    private final Map<String, Occupation> byCode;
    private final Map<String, String> phrases;
    private final Map<String, String> poolToOccupation;
    private final Map<String, List<String>> poolAt;
    private final java.util.Set<String> poolUnder;

    /**
     * An occupation or occupation group.
     *
     * @param id     the slug id, e.g. {@code data-scientists}
     * @param code   the O*NET-SOC or SOC code, e.g. {@code 15-2051.00}, {@code 15-2000}
     * @param title  the title, e.g. "Data Scientists", "Mathematical Science Occupations"
     * @param parent the parent's id, or {@code ""} for a major group
     */
    public record Occupation(String id, String code, String title, String parent) {
        /** Whether this is an SOC major or minor group rather than an occupation. */
        public boolean isGroup() {
            return code.indexOf('.') < 0;
        }

        /** How it reads in a sentence, lower case: "data scientists", "mathematical science occupations". */
        public String display() {
            String t = title.toLowerCase(Locale.ROOT);
            return t.replace("information technology", "IT");
        }
    }

    private Occupations(Map<String, Occupation> byId, Map<String, String> phrases, Map<String, String> poolToCode) {
        this.byId = byId;
        Map<String, Occupation> codes = new HashMap<>();
        for (Occupation o : byId.values()) codes.put(o.code(), o);
        this.byCode = Map.copyOf(codes);
        this.phrases = phrases;
        Map<String, String> p2o = new TreeMap<>();
        Map<String, List<String>> at = new TreeMap<>();
        for (Map.Entry<String, String> e : poolToCode.entrySet()) {
            Occupation o = byCode.get(e.getValue());
            if (o == null) throw new IllegalArgumentException("pool segment " + e.getKey() + ": no occupation " + e.getValue());
            p2o.put(e.getKey(), o.id());
            at.computeIfAbsent(o.id(), k -> new ArrayList<>()).add(e.getKey());
        }
        at.replaceAll((k, v) -> List.copyOf(v));
        this.poolToOccupation = Collections.unmodifiableMap(p2o);
        this.poolAt = Collections.unmodifiableMap(at);
        java.util.Set<String> under = new java.util.HashSet<>();
        for (String id : p2o.values()) {
            for (Occupation o = byId.get(id); o != null; o = byId.get(o.parent())) under.add(o.id());
        }
        this.poolUnder = java.util.Set.copyOf(under);
    }

    /** The tree and titles that ship in the library, loaded once. */
    public static Occupations standard() {
        Occupations o = standard;
        if (o == null) {
            synchronized (Occupations.class) {
                if (standard == null) {
                    try (InputStream a = Occupations.class.getResourceAsStream(RESOURCE);
                         InputStream b = Occupations.class.getResourceAsStream(POOL_RESOURCE)) {
                        if (a == null) throw new IllegalStateException("missing resource " + RESOURCE);
                        if (b == null) throw new IllegalStateException("missing resource " + POOL_RESOURCE);
                        standard = load(a, b);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the occupation resources", e);
                    }
                }
                o = standard;
            }
        }
        return o;
    }

    /**
     * A tree from streams in the resources' formats (UTF-8; {@code #} comments and blank lines ignored).
     *
     * @param occupations lines {@code O TAB id TAB code TAB title TAB parent} and {@code T TAB phrase TAB code},
     *                    each occupation before the titles that name it
     * @param pool        lines {@code segment TAB code}
     * @throws IOException when a line cannot be read or names an unknown occupation
     */
    public static Occupations load(InputStream occupations, InputStream pool) throws IOException {
        // read in one piece and cut by hand: the table has some 36,000 lines and is read at every start
        String text = new String(occupations.readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Occupation> ids = new HashMap<>();
        Map<String, String> codes = new HashMap<>(); // code -> id
        Map<String, String> phrases = new HashMap<>(1 << 16);
        int no = 0;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) end = n;
            int lineEnd = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
            no++;
            if (lineEnd > pos && text.charAt(pos) != '#') {
                char kind = text.charAt(pos);
                int t1 = text.indexOf('\t', pos);
                int t2 = t1 < 0 || t1 >= lineEnd ? -1 : text.indexOf('\t', t1 + 1);
                if (t2 < 0 || t2 >= lineEnd || t1 != pos + 1) throw new IOException("occupation table line " + no + ": expected O or T fields");
                if (kind == 'T') {
                    String code = text.substring(t2 + 1, lineEnd);
                    String id = codes.get(code);
                    if (id == null) throw new IOException("title on line " + no + ": unknown code " + code);
                    phrases.put(text.substring(t1 + 1, t2), id);
                } else if (kind == 'O') {
                    String[] f = text.substring(pos, lineEnd).split("\t", -1);
                    if (f.length < 5) throw new IOException("occupation table line " + no + ": expected 5 fields");
                    ids.put(f[1], new Occupation(f[1], f[2], f[3], f[4]));
                    codes.put(f[2], f[1]);
                } else {
                    throw new IOException("occupation table line " + no + ": expected O or T fields");
                }
            }
            pos = end + 1;
        }
        for (Occupation o : ids.values()) {
            if (!o.parent().isEmpty() && !ids.containsKey(o.parent())) {
                throw new IOException("occupation " + o.id() + ": unknown parent " + o.parent());
            }
        }
        Map<String, String> poolToCode = new TreeMap<>();
        for (String line : lines(pool)) {
            String[] f = line.split("\t");
            if (f.length < 2) throw new IOException("pool occupation line: expected segment and code: " + line);
            poolToCode.put(f[0].trim(), f[1].trim());
        }
        try {
            return new Occupations(Map.copyOf(ids), Collections.unmodifiableMap(phrases), poolToCode);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<String> lines(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            out.add(line);
        }
        return out;
    }

    /** The occupation or group of an id. */
    public Optional<Occupation> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** The occupation or group of an O*NET-SOC or SOC code ({@code 15-2051.00}, {@code 15-2000}). */
    public Optional<Occupation> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim()));
    }

    /** The occupation a job title names, if any; see the class documentation. */
    public Optional<Occupation> ofTitle(String title) {
        if (title == null || title.isBlank()) return Optional.empty();
        for (String part : PARTS.split(title)) {
            List<String> tok = SegmentResolver.tokens(part);
            for (int n = Math.min(MAX_PHRASE_WORDS, tok.size()); n >= 1; n--) {
                for (int i = 0; i + n <= tok.size(); i++) {
                    String id = phrases.get(String.join(" ", tok.subList(i, i + n)));
                    if (id != null) return Optional.of(byId.get(id));
                }
            }
        }
        return Optional.empty();
    }

    /** An id itself, then its ancestors up to its major group; empty for an unknown id. */
    public List<String> chain(String id) {
        List<String> out = new ArrayList<>();
        for (Occupation o = id == null ? null : byId.get(id); o != null; o = byId.get(o.parent())) out.add(o.id());
        return Collections.unmodifiableList(out);
    }

    /** The occupation or group a pool segment stands for ({@code python-developer → software-developers}). */
    public Optional<String> occupationOfSegment(String segment) {
        return segment == null ? Optional.empty() : Optional.ofNullable(poolToOccupation.get(segment));
    }

    /** The pool segments that stand for an occupation or group (by id), sorted; empty when none. */
    public List<String> segmentsAt(String id) {
        return poolAt.getOrDefault(id, List.of());
    }

    /** Whether any pool segment sits at the occupation or group of this id or below it. */
    public boolean hasSegmentsUnder(String id) {
        return poolUnder.contains(id);
    }

    /**
     * Where a segment sits in the tree: an occupation id's own chain, or the chain of the occupation a pool
     * segment stands for; empty when neither.
     */
    public List<String> chainOfSegment(String segment) {
        if (segment == null) return List.of();
        if (byId.containsKey(segment)) return chain(segment);
        return occupationOfSegment(segment).map(this::chain).orElse(List.of());
    }

    /** Number of occupations and groups. */
    public int size() {
        return byId.size();
    }

    /** Number of title phrases. */
    public int titles() {
        return phrases.size();
    }

    @Override
    public String toString() {
        return "Occupations[" + byId.size() + " occupations and groups, " + phrases.size() + " titles]";
    }
}
