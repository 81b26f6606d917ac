package dev.standout.corpus;

import dev.standout.resume.Resume;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A corpus-frequency model: for a pool of resumes, its size and, per {@linkplain Features feature}, how many
 * resumes have it (document frequency), overall and per occupation segment, plus optionally the pool's own
 * {@linkplain ScoreDistribution score distribution}.
 *
 * <p>Load it once and share it: a model is immutable and thread-safe, and scorers built on it are cheap.
 * Build one with {@link #builder()}; builders merge, so a pool counted in partitions gives the same model,
 * byte for byte, as the pool counted in one go.
 *
 * <p><b>Privacy.</b> A model never holds a feature seen in fewer than {@link #minCount()} resumes, overall or
 * per segment, nor a segment with fewer resumes than that, nor a feature that looks like an e-mail address,
 * phone number or URL. {@link #DEFAULT_MIN_COUNT} is the floor the command line uses.
 *
 * <p><b>File format</b> (version {@value #FORMAT_VERSION}; integers are unsigned LEB128 varints unless said
 * otherwise, strings are a varint byte length and UTF-8 bytes):
 * <pre>
 *   magic        8 bytes  "STDOUTCM"
 *   version      4 bytes  big-endian int, 1
 *   info         4 strings: id, version, description, created
 *   minCount     varint
 *   poolSize     varint
 *   segments     varint S, then S × (name string, size varint), names ascending
 *   features     varint F, then F × (shared-prefix length varint, suffix length varint, suffix UTF-8 bytes,
 *                df varint, varint m, m × (segment-index delta varint, count varint)),
 *                features ascending by String order, prefixes shared with the previous feature's UTF-8 bytes
 *   scores       1 byte 0 (none) or 1, then scorer string, bins varint, overall histogram,
 *                varint D, D × (segment string, histogram); a histogram is varint n, n × (bin delta varint,
 *                count varint) over its non-zero bins
 *   checksum     4 bytes  big-endian CRC-32 of every byte before it
 * </pre>
 * Nothing in the bytes comes from a clock or the environment: the build date is whatever the builder passes
 * in {@link ModelInfo}.
 */
public final class CorpusModel {
    /** The version of the file format this library writes and reads. */
    public static final int FORMAT_VERSION = 1;
    /** The least number of resumes a feature must be seen in to be kept, unless the builder says otherwise. */
    public static final int DEFAULT_MIN_COUNT = 5;
    /** The class-path resource {@link #defaultModel()} loads. */
    public static final String DEFAULT_RESOURCE = "/dev/standout/corpus/default.model";

    private static volatile CorpusModel defaultModel;

    private final ModelInfo info;
    private final int minCount;
    private final int poolSize;
    private final String[] segments;      // ascending
    private final int[] segmentSizes;
    private final String[] features;      // ascending
    private final int[] df;
    private final int[] segStart;         // features.length + 1 offsets into segIdx/segCount
    private final int[] segIdx;
    private final int[] segCount;
    private final Map<String, Integer> index;
    private final ScoreDistribution scores; // nullable

    CorpusModel(ModelInfo info, int minCount, int poolSize, String[] segments, int[] segmentSizes, String[] features,
                int[] df, int[] segStart, int[] segIdx, int[] segCount, ScoreDistribution scores) {
        this.info = Objects.requireNonNull(info, "info");
        this.minCount = minCount;
        this.poolSize = poolSize;
        this.segments = segments;
        this.segmentSizes = segmentSizes;
        this.features = features;
        this.df = df;
        this.segStart = segStart;
        this.segIdx = segIdx;
        this.segCount = segCount;
        HashMap<String, Integer> ix = new HashMap<>(Math.max(16, (int) (features.length / 0.7f) + 1), 0.75f);
        for (int i = 0; i < features.length; i++) ix.put(features[i], i);
        this.index = ix;
        this.scores = scores;
    }

    private CorpusModel(CorpusModel m, ScoreDistribution scores) {
        this.info = m.info;
        this.minCount = m.minCount;
        this.poolSize = m.poolSize;
        this.segments = m.segments;
        this.segmentSizes = m.segmentSizes;
        this.features = m.features;
        this.df = m.df;
        this.segStart = m.segStart;
        this.segIdx = m.segIdx;
        this.segCount = m.segCount;
        this.index = m.index;
        this.scores = scores;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A model of an empty pool: every feature is unseen. For tests, and for scoring with priors only. */
    public static CorpusModel empty(ModelInfo info) {
        return new CorpusModel(info, DEFAULT_MIN_COUNT, 0, new String[0], new int[0], new String[0], new int[0],
                new int[1], new int[0], new int[0], null);
    }

    /** {@link #empty(ModelInfo)} named {@code empty}. */
    public static CorpusModel empty() {
        return empty(ModelInfo.of("empty", ""));
    }

    /**
     * The model that ships inside the library ({@value #DEFAULT_RESOURCE}), loaded on first use and shared.
     *
     * @throws IllegalStateException when the library was built without one, or it cannot be read
     */
    public static CorpusModel defaultModel() {
        CorpusModel m = defaultModel;
        if (m != null) return m;
        synchronized (CorpusModel.class) {
            if (defaultModel == null) {
                try (InputStream in = CorpusModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                    if (in == null) {
                        throw new IllegalStateException("no default corpus model: the resource " + DEFAULT_RESOURCE
                                + " is not on the class path. Build one with the CLI's model build command, or "
                                + "load a model with CorpusModel.load(path)");
                    }
                    defaultModel = load(in);
                } catch (IOException e) {
                    throw new IllegalStateException("the default corpus model " + DEFAULT_RESOURCE
                            + " cannot be read: " + e.getMessage(), e);
                }
            }
            return defaultModel;
        }
    }

    /** Reads a model written by {@link #write(OutputStream)}; the stream is read to its end, not closed. */
    public static CorpusModel load(InputStream in) throws IOException {
        return ModelCodec.read(in);
    }

    /** Reads a model file. */
    public static CorpusModel load(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return load(in);
        }
    }

    /** Writes the model in the {@linkplain CorpusModel format above}; the stream is flushed, not closed. */
    public void write(OutputStream out) throws IOException {
        checkPrivacy();
        ModelCodec.write(this, out);
    }

    /** Writes the model to a file, replacing it. */
    public void write(Path path) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
            write(out);
        }
    }

    /** This model with the pool's score distribution attached (segments with fewer than minCount scores left out). */
    public CorpusModel withScoreDistribution(ScoreDistribution distribution) {
        Objects.requireNonNull(distribution, "distribution");
        return new CorpusModel(this, distribution.withoutSegmentsBelow(minCount));
    }

    public ModelInfo info() {
        return info;
    }

    /** {@code id@version}: what results cite as the model used. */
    public String label() {
        return info.label();
    }

    /** Features seen in fewer resumes than this were left out. */
    public int minCount() {
        return minCount;
    }

    /** Number of resumes in the pool. */
    public int poolSize() {
        return poolSize;
    }

    /** The segments with counts of their own, sorted. */
    public List<String> segments() {
        return Collections.unmodifiableList(Arrays.asList(segments));
    }

    /** Number of resumes in a segment; 0 for a segment the model does not know (or {@code null}). */
    public int segmentSize(String segment) {
        int s = segmentIndex(segment);
        return s < 0 ? 0 : segmentSizes[s];
    }

    /** Number of features kept. */
    public int featureCount() {
        return features.length;
    }

    /** Whether the model counts this feature (it was seen in at least {@link #minCount()} resumes). */
    public boolean contains(String feature) {
        return index.containsKey(feature);
    }

    /** In how many resumes of the pool the feature was seen; 0 when fewer than {@link #minCount()}. */
    public int documentFrequency(String feature) {
        Integer i = index.get(feature);
        return i == null ? 0 : df[i];
    }

    /**
     * In how many resumes of a segment the feature was seen; 0 when fewer than {@link #minCount()}, or when the
     * segment is unknown.
     */
    public int documentFrequency(String feature, String segment) {
        int i = indexOf(feature);
        if (i < 0) return 0;
        int s = segmentIndex(segment);
        if (s < 0) return 0;
        return documentFrequencyAt(i, s);
    }

    /** The document frequencies of the features starting with {@code prefix} (e.g. {@code "cred:"}), sorted. */
    public SortedMap<String, Integer> documentFrequencies(String prefix) {
        TreeMap<String, Integer> out = new TreeMap<>();
        int from = Arrays.binarySearch(features, prefix);
        if (from < 0) from = -from - 1;
        for (int i = from; i < features.length && features[i].startsWith(prefix); i++) out.put(features[i], df[i]);
        return Collections.unmodifiableSortedMap(out);
    }

    /** The pool's score distribution, when one was attached. */
    public Optional<ScoreDistribution> scoreDistribution() {
        return Optional.ofNullable(scores);
    }

    @Override
    public String toString() {
        return "CorpusModel[" + info.label() + ", " + poolSize + " resumes, " + features.length + " features, "
                + segments.length + " segments, minCount " + minCount + "]";
    }

    // ---- package-private access for Commonness: one lookup per feature, one per segment ----

    /** The feature's position, or -1 when the model does not count it. */
    int indexOf(String feature) {
        Integer i = index.get(feature);
        return i == null ? -1 : i;
    }

    /** {@link #documentFrequency(String)} of the feature at {@code i}. */
    int documentFrequencyAt(int i) {
        return df[i];
    }

    /** The segment's position, or -1 for a segment the model does not know (or {@code null}). */
    int segmentIndexOf(String segment) {
        return segmentIndex(segment);
    }

    /** {@link #segmentSize(String)} of the segment at {@code s}. */
    int segmentSizeAt(int s) {
        return segmentSizes[s];
    }

    /** {@link #documentFrequency(String, String)} of the feature at {@code i} in the segment at {@code s}. */
    int documentFrequencyAt(int i, int s) {
        int lo = segStart[i];
        int hi = segStart[i + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = segIdx[mid];
            if (v < s) lo = mid + 1;
            else if (v > s) hi = mid - 1;
            else return segCount[mid];
        }
        return 0;
    }

    // ---- package-private access for the codec ----

    String[] segmentsRaw() {
        return segments;
    }

    int[] segmentSizesRaw() {
        return segmentSizes;
    }

    String[] featuresRaw() {
        return features;
    }

    int[] dfRaw() {
        return df;
    }

    int[] segStartRaw() {
        return segStart;
    }

    int[] segIdxRaw() {
        return segIdx;
    }

    int[] segCountRaw() {
        return segCount;
    }

    ScoreDistribution scoresOrNull() {
        return scores;
    }

    private int segmentIndex(String segment) {
        if (segment == null || segment.isEmpty()) return -1;
        int s = Arrays.binarySearch(segments, segment);
        return s < 0 ? -1 : s;
    }

    /** Refuses to let a feature or segment below the count floor, or one that looks personal, leave memory. */
    private void checkPrivacy() {
        for (int s = 0; s < segments.length; s++) {
            if (segmentSizes[s] < minCount) throw new IllegalStateException("segment below minCount: " + segments[s]);
        }
        for (int i = 0; i < features.length; i++) {
            if (df[i] < minCount) throw new IllegalStateException("feature below minCount: " + features[i]);
            String why = FeatureGuard.refusal(features[i]);
            if (why != null) throw new IllegalStateException("refusing to write a feature that " + why);
        }
        for (int j = 0; j < segCount.length; j++) {
            if (segCount[j] < minCount) throw new IllegalStateException("segment count below minCount");
        }
    }

    static void checkSegmentName(String segment) {
        Objects.requireNonNull(segment, "segment");
        String why = FeatureGuard.refusal(segment);
        if (why != null) throw new IllegalArgumentException("bad segment name '" + segment + "': " + why);
    }

    /**
     * Counts a pool of resumes into a model. Not thread-safe: give each thread or partition its own builder
     * and {@link #merge} them. Counting is a commutative monoid: the empty builder is the identity, and
     * merging in any order and grouping gives the same counts, hence the same written model.
     *
     * <p>Features that look like an e-mail address, phone number or URL, that are longer than
     * 160 characters or that lack a {@code namespace:} are not counted; the
     * number of such refusals is {@link #rejectedFeatures()}.
     *
     * <p>Serializable, so that a distributed job can ship per-partition builders to be merged.
     */
    public static final class Builder implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private int poolSize;
        private long rejected;
        private final HashMap<String, int[]> total = new HashMap<>();
        private final HashMap<String, int[]> segmentSizes = new HashMap<>();
        private final HashMap<String, HashMap<String, int[]>> bySegment = new HashMap<>();

        private Builder() {
        }

        /** Counts one resume by its features. */
        public Builder add(Resume resume, Set<String> segments) {
            return add(Features.of(resume), segments);
        }

        /**
         * Counts one resume.
         *
         * @param features its features (see {@link Features}); each is counted once
         * @param segments the occupation segments it belongs to, possibly none
         * @throws IllegalArgumentException when a segment name is blank or looks personal
         */
        public Builder add(Set<String> features, Set<String> segments) {
            Objects.requireNonNull(features, "features");
            Objects.requireNonNull(segments, "segments");
            List<HashMap<String, int[]>> segMaps = new ArrayList<>(segments.size());
            for (String s : segments) {
                checkSegmentName(s);
            }
            if (poolSize == Integer.MAX_VALUE) throw new IllegalStateException("pool too large");
            poolSize++;
            for (String s : segments) {
                segmentSizes.computeIfAbsent(s, k -> new int[1])[0]++;
                segMaps.add(bySegment.computeIfAbsent(s, k -> new HashMap<>()));
            }
            for (String f : features) {
                if (!Features.acceptable(f)) {
                    rejected++;
                    continue;
                }
                total.computeIfAbsent(f, k -> new int[1])[0]++;
                for (HashMap<String, int[]> m : segMaps) m.computeIfAbsent(f, k -> new int[1])[0]++;
            }
            return this;
        }

        /** Adds the counts of {@code other} into this builder; {@code other} is left as it was. */
        public Builder merge(Builder other) {
            Objects.requireNonNull(other, "other");
            if (other == this) throw new IllegalArgumentException("cannot merge a builder into itself");
            poolSize = Math.addExact(poolSize, other.poolSize);
            rejected += other.rejected;
            addAll(total, other.total);
            addAll(segmentSizes, other.segmentSizes);
            other.bySegment.forEach((s, m) -> addAll(bySegment.computeIfAbsent(s, k -> new HashMap<>()), m));
            return this;
        }

        private static void addAll(HashMap<String, int[]> into, HashMap<String, int[]> from) {
            from.forEach((k, v) -> {
                int[] c = into.computeIfAbsent(k, x -> new int[1]);
                c[0] = Math.addExact(c[0], v[0]);
            });
        }

        /** Number of resumes counted so far. */
        public int poolSize() {
            return poolSize;
        }

        /** Number of features refused by the privacy check so far. */
        public long rejectedFeatures() {
            return rejected;
        }

        /** {@link #build(int, ModelInfo)} with {@link ModelInfo#UNNAMED}. */
        public CorpusModel build(int minCount) {
            return build(minCount, ModelInfo.UNNAMED);
        }

        /**
         * The model, keeping only features seen in at least {@code minCount} resumes, per-segment counts of at
         * least {@code minCount}, and segments of at least {@code minCount} resumes. The builder stays usable.
         */
        public CorpusModel build(int minCount, ModelInfo info) {
            if (minCount < 1) throw new IllegalArgumentException("minCount must be at least 1: " + minCount);
            Objects.requireNonNull(info, "info");
            TreeMap<String, Integer> segs = new TreeMap<>();
            segmentSizes.forEach((s, c) -> {
                if (c[0] >= minCount) segs.put(s, c[0]);
            });
            String[] segNames = segs.keySet().toArray(new String[0]);
            int[] segSizes = segs.values().stream().mapToInt(Integer::intValue).toArray();
            List<HashMap<String, int[]>> segMaps = new ArrayList<>(segNames.length);
            for (String s : segNames) segMaps.add(bySegment.get(s));

            TreeMap<String, Integer> kept = new TreeMap<>();
            total.forEach((f, c) -> {
                if (c[0] >= minCount) kept.put(f, c[0]);
            });
            int n = kept.size();
            String[] feats = new String[n];
            int[] dfs = new int[n];
            int[] start = new int[n + 1];
            int[] idxBuf = new int[Math.max(16, n)];
            int[] cntBuf = new int[Math.max(16, n)];
            int pairs = 0;
            int i = 0;
            for (Map.Entry<String, Integer> e : kept.entrySet()) {
                feats[i] = e.getKey();
                dfs[i] = e.getValue();
                start[i] = pairs;
                for (int s = 0; s < segNames.length; s++) {
                    int[] c = segMaps.get(s).get(e.getKey());
                    if (c != null && c[0] >= minCount) {
                        if (pairs == idxBuf.length) {
                            idxBuf = Arrays.copyOf(idxBuf, pairs * 2);
                            cntBuf = Arrays.copyOf(cntBuf, pairs * 2);
                        }
                        idxBuf[pairs] = s;
                        cntBuf[pairs] = c[0];
                        pairs++;
                    }
                }
                i++;
            }
            start[n] = pairs;
            return new CorpusModel(info, minCount, poolSize, segNames, segSizes, feats, dfs, start,
                    Arrays.copyOf(idxBuf, pairs), Arrays.copyOf(cntBuf, pairs), null);
        }
    }
}
