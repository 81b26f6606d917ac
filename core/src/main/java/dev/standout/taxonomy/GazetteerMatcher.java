package dev.standout.taxonomy;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A one-pass matcher of gazetteer aliases: a trie over normalized tokens (see {@link #normalize}), scanned left to
 * right, where at each word the longest alias wins and the scan goes on after it.
 *
 * <p>Matches never start or end inside a word: "Java" does not match in "JavaScript" (different token), nor in
 * "java.util", "R" not in "R&amp;D", "SQL" not in "T-SQL" unless that is an alias itself. A hyphen after a match is
 * allowed for unambiguous aliases ("Java-based"). Within a match, the soft tokens {@code - ( ) :} and an intra-word
 * dot are skipped, so "scikit-learn" matches "scikit learn" and "Solutions Architect - Associate (AWS)" matches the
 * alias "Solutions Architect Associate AWS". A word ending in a one- or two-digit version matches its stem when the
 * stem has three letters or more ("HTML5", "Python3").
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GazetteerMatcher {
    static final int ROOT = 0;
    private static final int MAX_SOFT_SKIP = 2;

    private final Map<String, Integer> tokenIds;
    private final LongIntMap edges;
    /** first payload of a node, or -1 */
    private final int[] nodePayload;
    private final int[] payEntry;
    private final int[] payNext;
    private final boolean[] payAmbiguous;
    /** alias tokens as written, for case-sensitive aliases; null otherwise */
    private final String[][] payCase;
    private final String[] ids;
    private final int aliasCount;

    private GazetteerMatcher(Builder b) {
        this.tokenIds = b.tokenIds;
        this.edges = b.edges;
        this.nodePayload = Arrays.copyOf(b.nodePayload, b.nodeCount);
        this.payEntry = Arrays.copyOf(b.payEntry, b.payCount);
        this.payNext = Arrays.copyOf(b.payNext, b.payCount);
        this.payAmbiguous = Arrays.copyOf(b.payAmbiguous, b.payCount);
        this.payCase = Arrays.copyOf(b.payCase, b.payCount);
        this.ids = b.ids.toArray(new String[0]);
        this.aliasCount = b.payCount;
    }

    private GazetteerMatcher(Map<String, Integer> tokenIds, LongIntMap edges, int[] nodePayload, int[] payEntry,
                             int[] payNext, boolean[] payAmbiguous, String[][] payCase, String[] ids) {
        this.tokenIds = tokenIds;
        this.edges = edges;
        this.nodePayload = nodePayload;
        this.payEntry = payEntry;
        this.payNext = payNext;
        this.payAmbiguous = payAmbiguous;
        this.payCase = payCase;
        this.ids = ids;
        this.aliasCount = payEntry.length;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The normalized key of an alias or phrase: lower-cased tokens without soft punctuation, separated by single
     * spaces. Two strings with the same key match the same texts (case-sensitive aliases aside).
     */
    public static String normalize(String text) {
        return GazetteerTokens.keyOf(text);
    }

    /** Number of aliases in the trie. */
    public int aliasCount() {
        return aliasCount;
    }

    /** All matches, left to right, non-overlapping, longest first at each position. */
    public List<GazetteerMatch> find(String text) {
        Objects.requireNonNull(text, "text");
        return find(text, GazetteerTokens.of(text));
    }

    /**
     * {@link #find(String)} of a text already tokenized: match one text with several gazetteers, and check
     * contexts, with a single tokenization.
     */
    public List<GazetteerMatch> find(GazetteerText text) {
        Objects.requireNonNull(text, "text");
        return find(text.text, text.tokens);
    }

    List<GazetteerMatch> find(String text, GazetteerTokens t) {
        List<GazetteerMatch> out = new ArrayList<>();
        int n = t.size;
        int[] tids = new int[n];
        for (int i = 0; i < n; i++) {
            Integer id = tokenIds.get(t.key[i]);
            tids[i] = id == null ? -1 : id;
        }
        boolean[] address = t.addressTokens();
        int i = 0;
        while (i < n) {
            if (t.kind[i] != GazetteerTokens.WORD || !startOk(t, i) || (address != null && address[i])) {
                i++;
                continue;
            }
            int node = ROOT;
            int bestEnd = -1;
            int bestPay = -1;
            int j = i;
            int soft = 0;
            while (j < n) {
                if (j > i && t.isSoft(j)) {
                    if (++soft > MAX_SOFT_SKIP) break;
                    j++;
                    continue;
                }
                soft = 0;
                int child = tids[j] < 0 ? -1 : edges.get(edgeKey(node, tids[j]));
                if (child < 0 && t.kind[j] == GazetteerTokens.WORD) {
                    String stem = versionStem(t.key[j]);
                    if (stem != null) {
                        Integer sid = tokenIds.get(stem);
                        if (sid != null) child = edges.get(edgeKey(node, sid));
                    }
                }
                if (child < 0) break;
                node = child;
                for (int p = nodePayload[node]; p >= 0; p = payNext[p]) {
                    if (endOk(t, j, payAmbiguous[p]) && caseOk(t, i, j, payCase[p])) {
                        bestEnd = j;
                        bestPay = p;
                        break;
                    }
                }
                j++;
            }
            if (bestPay >= 0) {
                int s = t.start[i];
                int e = t.end[bestEnd];
                // "Solutions Architect – Associate (AWS)": take the closing parenthesis of a skipped opening one
                int open = 0;
                for (int k = i + 1; k <= bestEnd; k++) {
                    if (t.kind[k] == GazetteerTokens.PUNCT) {
                        if (t.key[k].equals("(")) open++;
                        else if (t.key[k].equals(")") && open > 0) open--;
                    }
                }
                if (open > 0 && bestEnd + 1 < n && t.key[bestEnd + 1].equals(")")) e = t.end[bestEnd + 1];
                out.add(new GazetteerMatch(s, e, ids[payEntry[bestPay]], text.substring(s, e), payAmbiguous[bestPay]));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean startOk(GazetteerTokens t, int i) {
        int p = i - 1;
        return !(p >= 1 && t.glued[i] && t.isJoiner(p) && t.glued[p] && t.kind[p - 1] == GazetteerTokens.WORD);
    }

    private static boolean endOk(GazetteerTokens t, int j, boolean ambiguous) {
        if (t.kind[j] != GazetteerTokens.WORD) return true;
        int q = j + 1;
        if (q + 1 < t.size && t.glued[q] && t.isJoiner(q) && t.glued[q + 1] && t.kind[q + 1] == GazetteerTokens.WORD) {
            // "Java-based" is fine, "Go-to-market" and "R&D" are not
            return !ambiguous && t.key[q].equals("-");
        }
        return true;
    }

    private static boolean caseOk(GazetteerTokens t, int i, int j, String[] written) {
        if (written == null) return true;
        int w = 0;
        for (int k = i; k <= j; k++) {
            if (k > i && t.isSoft(k)) continue;
            if (w >= written.length) return false;
            String raw = t.raw(k);
            String a = written[w++];
            if (!raw.equals(a) && !raw.equals(a.toUpperCase(Locale.ROOT))) {
                // "HTML5" for "HTML"
                if (!(raw.length() > a.length() && versionStem(raw.toLowerCase(Locale.ROOT)) != null
                        && (raw.startsWith(a) || raw.startsWith(a.toUpperCase(Locale.ROOT))))) {
                    return false;
                }
            }
        }
        return w == written.length;
    }

    /** "html5" → "html", "python3" → "python"; null when the key is no such word */
    static String versionStem(String key) {
        int n = key.length();
        int d = n;
        while (d > 0 && Character.isDigit(key.charAt(d - 1))) d--;
        if (d == n || n - d > 2 || d < 3) return null;
        for (int k = 0; k < d; k++) {
            char c = key.charAt(k);
            if (c < 'a' || c > 'z') return null;
        }
        return key.substring(0, d);
    }

    private static long edgeKey(int node, int token) {
        return ((long) node << 32) | (token & 0xFFFFFFFFL);
    }

    // ------------------------------------------------------------------------------------------------ binary form

    private static final int MAGIC = 0x534F475A; // "SOGZ"
    /** version of the binary form; with {@link GazetteerTokens#VERSION} it must match for a file to be read */
    static final int FORMAT = 2;

    /**
     * Writes the trie in a compact binary form that {@link #read} loads without tokenizing any alias. The
     * form records the length and CRC-32 of the source (the TSV the matcher was built from), so that a loader can
     * tell a stale file. Same matcher, same bytes.
     */
    public void write(OutputStream out, long sourceLength, long sourceCrc) throws IOException {
        DataOutputStream o = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        o.writeInt(MAGIC);
        o.writeInt(FORMAT);
        o.writeInt(GazetteerTokens.VERSION);
        o.writeLong(sourceLength);
        o.writeLong(sourceCrc);
        o.writeInt(ids.length);
        for (String id : ids) o.writeUTF(id);
        String[] tokens = new String[tokenIds.size()];
        for (Map.Entry<String, Integer> e : tokenIds.entrySet()) tokens[e.getValue()] = e.getKey();
        o.writeInt(tokens.length);
        for (String t : tokens) o.writeUTF(t);
        // every node but the root has one incoming edge: write its parent and token, node by node
        int nodes = nodePayload.length;
        int[] parent = new int[nodes];
        int[] token = new int[nodes];
        edges.forEach((key, child) -> {
            parent[child] = (int) (key >>> 32);
            token[child] = (int) key;
        });
        o.writeInt(nodes);
        for (int n = 0; n < nodes; n++) {
            o.writeInt(nodePayload[n]);
            if (n > 0) {
                o.writeInt(parent[n]);
                o.writeInt(token[n]);
            }
        }
        o.writeInt(payEntry.length);
        for (int i = 0; i < payEntry.length; i++) {
            o.writeInt(payEntry[i]);
            o.writeInt(payNext[i]);
            o.writeBoolean(payAmbiguous[i]);
            String[] c = payCase[i];
            o.writeShort(c == null ? 0 : c.length + 1);
            if (c != null) for (String w : c) o.writeUTF(w);
        }
        o.flush();
    }

    /**
     * Reads the binary form; empty when it is of another format or tokenizer version, or was built from another
     * source than the one of {@code sourceLength} bytes with CRC-32 {@code sourceCrc}.
     */
    static Optional<GazetteerMatcher> read(byte[] data, long sourceLength, long sourceCrc) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        if (data.length < 28 || in.readInt() != MAGIC || in.readInt() != FORMAT
                || in.readInt() != GazetteerTokens.VERSION || in.readLong() != sourceLength
                || in.readLong() != sourceCrc) {
            return Optional.empty();
        }
        String[] ids = new String[in.readInt()];
        for (int i = 0; i < ids.length; i++) ids[i] = in.readUTF();
        int tokenCount = in.readInt();
        Map<String, Integer> tokenIds = new HashMap<>(tokenCount * 2);
        for (int i = 0; i < tokenCount; i++) tokenIds.put(in.readUTF(), i);
        int nodes = in.readInt();
        int[] nodePayload = new int[nodes];
        LongIntMap edges = new LongIntMap(nodes * 2);
        for (int n = 0; n < nodes; n++) {
            nodePayload[n] = in.readInt();
            if (n > 0) edges.put(edgeKey(in.readInt(), in.readInt()), n);
        }
        int pays = in.readInt();
        int[] payEntry = new int[pays];
        int[] payNext = new int[pays];
        boolean[] payAmbiguous = new boolean[pays];
        String[][] payCase = new String[pays][];
        for (int i = 0; i < pays; i++) {
            payEntry[i] = in.readInt();
            payNext[i] = in.readInt();
            payAmbiguous[i] = in.readBoolean();
            int c = in.readShort();
            if (c > 0) {
                payCase[i] = new String[c - 1];
                for (int k = 0; k < c - 1; k++) payCase[i][k] = in.readUTF();
            }
        }
        return Optional.of(new GazetteerMatcher(tokenIds, edges, nodePayload, payEntry, payNext, payAmbiguous,
                payCase, ids));
    }

    /** Same trie, same entries, same flags. */
    boolean sameAs(GazetteerMatcher o) {
        return tokenIds.equals(o.tokenIds) && edges.sameAs(o.edges) && Arrays.equals(nodePayload, o.nodePayload)
                && Arrays.equals(payEntry, o.payEntry) && Arrays.equals(payNext, o.payNext)
                && Arrays.equals(payAmbiguous, o.payAmbiguous) && Arrays.deepEquals(payCase, o.payCase)
                && Arrays.equals(ids, o.ids);
    }

    // ------------------------------------------------------------------------------------------------ context

    private static final Set<String> CUES_BEFORE = Set.of(
            "programming in", "coding in", "written in", "developed in", "development in", "developing in",
            "experience in", "experience with", "experienced in", "experienced with", "proficient in", "proficient with",
            "proficiency in", "knowledge of", "familiar with", "familiarity with", "skilled in", "expertise in",
            "expert in", "worked with", "working with", "work with", "using", "languages", "language",
            "technologies", "tools", "frameworks", "libraries", "platforms", "databases", "scripting in",
            "scripts in", "built in", "built with", "implemented in", "knowledge in", "hands-on");
    private static final Set<String> CUES_AFTER = Set.of(
            "developer", "developers", "programming", "programmer", "programmers", "language", "languages", "code",
            "coding", "script", "scripts", "scripting", "development", "engineer", "engineers", "framework",
            "frameworks", "library", "libraries", "package", "packages", "sdk", "api", "apis", "ide", "runtime",
            "compiler", "modules", "module", "macros", "vba", "pivot", "spreadsheets", "spreadsheet", "workbooks",
            "database", "databases", "cluster", "clusters", "streaming", "jobs", "cookbooks", "recipes", "manifests",
            "playbooks", "apps", "app", "applications", "application", "queries", "studio", "shiny", "version",
            "versions", "server", "certified", "certification");
    private static final Set<String> HEADING_CUES = Set.of(
            "languages", "language", "skills", "technologies", "technology", "tools", "frameworks", "libraries",
            "platforms", "databases", "software", "environment", "environments", "stack", "programming", "tech",
            "technical", "expertise", "proficiencies", "competencies", "packages", "ides", "scripting", "os");
    /** words that right after an ambiguous match show it is an ordinary word: "Less than 1 year" */
    private static final Set<String> ORDINARY_AFTER = Set.of("than", "of", "the", "a", "an", "to", "is", "was");

    /**
     * Whether the words between {@code start} and {@code end} stand where a technology would: next to another
     * (unambiguous) match in a list ("Java, C, C++", "C | Python"), on a line under a heading such as
     * "Languages:" or "Technical skills:", or next to a cue ("programming in R", "Go developer",
     * "experience with Swift", "Spark cluster"). A heuristic, meant to confirm ambiguous matches; it looks at the
     * same line only.
     */
    public boolean hasTechContext(String text, int start, int end) {
        Objects.requireNonNull(text, "text");
        return techContext(text, null, start, end);
    }

    /**
     * {@link #hasTechContext(String, int, int)} in a text already tokenized; each line is tokenized and matched
     * once however many matches on it are checked.
     */
    public boolean hasTechContext(GazetteerText text, int start, int end) {
        Objects.requireNonNull(text, "text");
        return techContext(text.text, text, start, end);
    }

    private boolean techContext(String text, GazetteerText cache, int start, int end) {
        if (start < 0 || end > text.length() || start > end) throw new IllegalArgumentException("bad span");
        int ls = start;
        while (ls > 0 && text.charAt(ls - 1) != '\n' && start - ls < 300) ls--;
        int le = end;
        while (le < text.length() && text.charAt(le) != '\n' && le - end < 300) le++;
        int s = start - ls;
        int e = end - ls;
        GazetteerTokens t = cache != null ? cache.tokens(ls, le) : GazetteerTokens.of(text.substring(ls, le));
        int first = -1;
        int last = -1;
        for (int k = 0; k < t.size; k++) {
            if (first < 0 && t.start[k] >= s) first = k;
            if (t.end[k] <= e) last = k;
        }
        if (first < 0 || last < first) return false;
        String a1 = wordAfter(t, last, 1);
        if (a1 != null && ORDINARY_AFTER.contains(a1)) return false;

        // a list neighbour that is itself a match
        int prevEnd = -1;
        int k = first - 1;
        if (k >= 0 && isSeparator(t, k)) {
            k--;
            if (k >= 0 && t.key[k].equals(")")) k = skipParenthesisBack(t, k);
            if (k >= 0) prevEnd = t.end[k];
        }
        int nextStart = -1;
        k = last + 1;
        if (k < t.size && t.key[k].equals("(")) k = skipParenthesis(t, k);
        if (k < t.size && isSeparator(t, k) && k + 1 < t.size) nextStart = t.start[k + 1];
        if (prevEnd >= 0 || nextStart >= 0) {
            List<GazetteerMatch> neighbours = cache != null ? cache.matches(this, ls, le)
                    : find(t.text, t);
            for (GazetteerMatch m : neighbours) {
                if (m.ambiguous()) continue;
                if (m.end() == prevEnd || m.start() == nextStart) return true;
            }
        }
        // a heading before, on the same line: "Languages: C, Go"
        for (int h = first - 1; h >= 0; h--) {
            if (t.key[h].equals(":")) {
                for (int w = h - 1; w >= 0 && w >= h - 4; w--) {
                    if (t.kind[w] == GazetteerTokens.WORD && HEADING_CUES.contains(t.key[w])) return true;
                }
                break;
            }
        }
        // cue words
        String w1 = wordBefore(t, first, 1);
        String w2 = wordBefore(t, first, 2);
        if (w1 != null && (CUES_BEFORE.contains(w1) || (w2 != null && CUES_BEFORE.contains(w2 + " " + w1)))) {
            return true;
        }
        return a1 != null && CUES_AFTER.contains(a1);
    }

    private static final Set<String> SEPARATORS = Set.of(",", "|", ";", "/", "\u2022", "\u00B7", "\u25CF",
            "\u25AA", "\u2023", "*", "&", "\u27A2", "\u25E6", "\uF0B7", "and", "or", "+");

    private static boolean isSeparator(GazetteerTokens t, int k) {
        return SEPARATORS.contains(t.key[k]);
    }

    private static int skipParenthesis(GazetteerTokens t, int k) {
        int depth = 0;
        for (int i = k; i < t.size; i++) {
            if (t.key[i].equals("(")) depth++;
            else if (t.key[i].equals(")") && --depth == 0) return i + 1;
        }
        return t.size;
    }

    private static int skipParenthesisBack(GazetteerTokens t, int k) {
        int depth = 0;
        for (int i = k; i >= 0; i--) {
            if (t.key[i].equals(")")) depth++;
            else if (t.key[i].equals("(") && --depth == 0) return i - 1;
        }
        return -1;
    }

    private static String wordBefore(GazetteerTokens t, int k, int nth) {
        int seen = 0;
        for (int i = k - 1; i >= 0; i--) {
            if (t.kind[i] != GazetteerTokens.WORD) {
                if (t.key[i].equals(":") || t.key[i].equals("-")) continue;
                return null;
            }
            if (++seen == nth) return t.key[i];
        }
        return null;
    }

    private static String wordAfter(GazetteerTokens t, int k, int nth) {
        int seen = 0;
        for (int i = k + 1; i < t.size; i++) {
            if (t.kind[i] != GazetteerTokens.WORD) {
                if (t.isSoft(i)) continue;
                return null;
            }
            if (++seen == nth) return t.key[i];
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ builder

    /** Collects aliases; not thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> tokenIds = new HashMap<>();
        private final LongIntMap edges = new LongIntMap(1 << 16);
        private int[] nodePayload = new int[1 << 14];
        private int nodeCount = 1;
        private int[] payEntry = new int[1 << 12];
        private int[] payNext = new int[1 << 12];
        private boolean[] payAmbiguous = new boolean[1 << 12];
        private String[][] payCase = new String[1 << 12][];
        private int payCount;
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Integer> idIndex = new HashMap<>();
        private boolean built;

        private Builder() {
            Arrays.fill(nodePayload, -1);
        }

        /** Adds an alias of entry {@code id}. Aliases with no word token are ignored. */
        public Builder add(String id, GazetteerAlias alias) {
            return add(id, alias.text(), alias.ambiguous(), alias.caseSensitive());
        }

        /** Adds an alias of entry {@code id}. Aliases with no word token are ignored. */
        public Builder add(String id, String alias, boolean ambiguous, boolean caseSensitive) {
            if (built) throw new IllegalStateException("already built");
            Objects.requireNonNull(id, "id");
            if (!caseSensitive && isPlain(alias)) return addKeys(id, alias, ambiguous);
            GazetteerTokens t = GazetteerTokens.of(alias);
            int words = 0;
            int firstKept = -1;
            for (int i = 0; i < t.size; i++) {
                if (t.isSoft(i)) continue;
                if (firstKept < 0) firstKept = i;
                if (t.kind[i] == GazetteerTokens.WORD) words++;
            }
            if (words == 0 || t.kind[firstKept] != GazetteerTokens.WORD) return this;
            String[] written = caseSensitive ? new String[t.size] : null;
            int w = 0;
            int node = ROOT;
            for (int i = 0; i < t.size; i++) {
                if (t.isSoft(i)) continue;
                String key = t.key[i];
                Integer tid = tokenIds.get(key);
                if (tid == null) {
                    tid = tokenIds.size();
                    tokenIds.put(key, tid);
                }
                long ek = edgeKey(node, tid);
                int child = edges.get(ek);
                if (child < 0) {
                    child = newNode();
                    edges.put(ek, child);
                }
                node = child;
                if (written != null) written[w++] = t.raw(i);
            }
            return addPayload(node, id, ambiguous, written == null ? null : Arrays.copyOf(written, w));
        }

        /** letters, digits and single inner spaces only: the words, lower-cased, are the tokens */
        private static boolean isPlain(String alias) {
            int n = alias.length();
            if (n == 0 || alias.charAt(0) == ' ' || alias.charAt(n - 1) == ' ') return false;
            char prev = 'x';
            for (int i = 0; i < n; i++) {
                char c = alias.charAt(i);
                if (c == ' ') {
                    if (prev == ' ') return false;
                } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                    return false;
                }
                prev = c;
            }
            return true;
        }

        private Builder addKeys(String id, String alias, boolean ambiguous) {
            String lower = alias.toLowerCase(Locale.ROOT);
            int node = ROOT;
            int b = 0;
            int n = lower.length();
            while (b <= n) {
                int e = lower.indexOf(' ', b);
                if (e < 0) e = n;
                String key = lower.substring(b, e);
                Integer tid = tokenIds.get(key);
                if (tid == null) {
                    tid = tokenIds.size();
                    tokenIds.put(key, tid);
                }
                long ek = edgeKey(node, tid);
                int child = edges.get(ek);
                if (child < 0) {
                    child = newNode();
                    edges.put(ek, child);
                }
                node = child;
                b = e + 1;
            }
            return addPayload(node, id, ambiguous, null);
        }

        private Builder addPayload(int node, String id, boolean ambiguous, String[] written) {
            Integer entry = idIndex.get(id);
            if (entry == null) {
                entry = ids.size();
                ids.add(id);
                idIndex.put(id, entry);
            }
            // skip an exact duplicate
            for (int p = nodePayload[node]; p >= 0; p = payNext[p]) {
                if (payEntry[p] == entry && payAmbiguous[p] == ambiguous && Arrays.equals(payCase[p], written)) {
                    return this;
                }
            }
            int p = newPayload();
            payEntry[p] = entry;
            payAmbiguous[p] = ambiguous;
            payCase[p] = written;
            // append, so that the first added alias is tried first
            payNext[p] = -1;
            if (nodePayload[node] < 0) {
                nodePayload[node] = p;
            } else {
                int q = nodePayload[node];
                while (payNext[q] >= 0) q = payNext[q];
                payNext[q] = p;
            }
            return this;
        }

        private int newNode() {
            if (nodeCount == nodePayload.length) {
                int old = nodePayload.length;
                nodePayload = Arrays.copyOf(nodePayload, old * 2);
                Arrays.fill(nodePayload, old, nodePayload.length, -1);
            }
            return nodeCount++;
        }

        private int newPayload() {
            if (payCount == payEntry.length) {
                int n = payCount * 2;
                payEntry = Arrays.copyOf(payEntry, n);
                payNext = Arrays.copyOf(payNext, n);
                payAmbiguous = Arrays.copyOf(payAmbiguous, n);
                payCase = Arrays.copyOf(payCase, n);
            }
            return payCount++;
        }

        public GazetteerMatcher build() {
            built = true;
            return new GazetteerMatcher(this);
        }
    }

    /** Open-addressing map from long to non-negative int; {@code get} gives -1 when absent. */
    static final class LongIntMap {
        private long[] keys;
        private int[] values;
        private boolean[] used;
        private int size;
        private int mask;

        LongIntMap(int capacity) {
            int cap = Integer.highestOneBit(Math.max(16, capacity) - 1) << 1;
            keys = new long[cap];
            values = new int[cap];
            used = new boolean[cap];
            mask = cap - 1;
        }

        private static int hash(long k) {
            k ^= k >>> 33;
            k *= 0xff51afd7ed558ccdL;
            k ^= k >>> 33;
            return (int) k;
        }

        int get(long k) {
            int i = hash(k) & mask;
            while (used[i]) {
                if (keys[i] == k) return values[i];
                i = (i + 1) & mask;
            }
            return -1;
        }

        void put(long k, int v) {
            if ((size + 1) * 2 > keys.length) grow();
            int i = hash(k) & mask;
            while (used[i]) {
                if (keys[i] == k) {
                    values[i] = v;
                    return;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = k;
            values[i] = v;
            size++;
        }

        interface EntryConsumer {
            void accept(long key, int value);
        }

        /** every entry, in slot order */
        void forEach(EntryConsumer c) {
            for (int i = 0; i < keys.length; i++) if (used[i]) c.accept(keys[i], values[i]);
        }

        /** same mapping, whatever the layout */
        boolean sameAs(LongIntMap o) {
            if (size != o.size) return false;
            for (int i = 0; i < keys.length; i++) if (used[i] && o.get(keys[i]) != values[i]) return false;
            return true;
        }

        private void grow() {
            long[] ok = keys;
            int[] ov = values;
            boolean[] ou = used;
            int cap = ok.length * 2;
            keys = new long[cap];
            values = new int[cap];
            used = new boolean[cap];
            mask = cap - 1;
            size = 0;
            for (int i = 0; i < ok.length; i++) if (ou[i]) put(ok[i], ov[i]);
        }
    }
}
