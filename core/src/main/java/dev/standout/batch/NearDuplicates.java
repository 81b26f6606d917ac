package dev.standout.batch;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds near-duplicate resumes in a batch: the same resume sent twice (as PDF and as DOCX, or with a changed
 * phone number), or resumes filled into the same template with little of their own.
 *
 * <p>A resume's text is lower-cased and cut into words (runs of letters and digits); its shingles are the
 * runs of {@value #SHINGLE} consecutive words. Its signature is a MinHash of {@value #HASHES} 32-bit values:
 * for each of {@value #HASHES} seeded 64-bit mixes of a shingle's hash, the least over the shingles. The share
 * of equal positions in two signatures estimates the Jaccard similarity of their shingle sets (standard error
 * about 0.035 at 0.8). Candidate pairs come from locality-sensitive hashing ({@value #BANDS} bands of
 * {@value #ROWS} rows: a pair at Jaccard 0.8 is a candidate with probability above 0.999, at 0.5 about 0.87),
 * and a candidate is a near-duplicate when its estimated similarity is at least the threshold
 * ({@value #DEFAULT_THRESHOLD} by default). Stateless and thread-safe.
 */
final class NearDuplicates {
    static final int SHINGLE = 5;
    static final int HASHES = 128;
    static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;
    static final double DEFAULT_THRESHOLD = 0.8;

    private static final long[] SEEDS = seeds();

    private NearDuplicates() {
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        return s;
    }

    /** The signature of a text, or {@code null} when it has no word. */
    static int[] signature(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) return null;
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        int n = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
                String w = words.get(j);
                for (int k = 0; k < w.length(); k++) {
                    h ^= w.charAt(k);
                    h *= 0x100000001b3L;
                }
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h ^ SEEDS[k]) >>> 1; // non-negative, so that signed comparison orders them
                if (v < min[k]) min[k] = v;
            }
        }
        for (int k = 0; k < HASHES; k++) sig[k] = (int) (min[k] ^ (min[k] >>> 32));
        return sig;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(Character.toLowerCase(cp));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) out.add(w.toString());
        return out;
    }

    /** SplitMix64's finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The estimated Jaccard similarity of two signatures. */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
        return same / (double) HASHES;
    }

    static String encode(int[] sig) {
        ByteBuffer buf = ByteBuffer.allocate(HASHES * 4);
        for (int v : sig) buf.putInt(v);
        return Base64.getEncoder().withoutPadding().encodeToString(buf.array());
    }

    /** The signature encoded by {@link #encode}; {@link IllegalArgumentException} when it is not one. */
    static int[] decode(String s) {
        byte[] bytes = Base64.getDecoder().decode(s);
        if (bytes.length != HASHES * 4) throw new IllegalArgumentException("not a signature: " + bytes.length + " bytes");
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        int[] sig = new int[HASHES];
        for (int i = 0; i < HASHES; i++) sig[i] = buf.getInt();
        return sig;
    }

    /**
     * The near-duplicate pairs among signatures ({@code null} entries take no part), sorted by {@code a}, then
     * {@code b}.
     */
    static List<NearDuplicateMarks.Pair> pairs(List<int[]> sigs, double threshold) {
        Set<Long> seen = new HashSet<>();
        List<NearDuplicateMarks.Pair> out = new ArrayList<>();
        for (int band = 0; band < BANDS; band++) {
            Map<BandKey, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < sigs.size(); i++) {
                int[] s = sigs.get(i);
                if (s == null) continue;
                buckets.computeIfAbsent(new BandKey(s, band * ROWS), k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 0; x < bucket.size(); x++) {
                    for (int y = x + 1; y < bucket.size(); y++) {
                        int a = bucket.get(x);
                        int b = bucket.get(y);
                        if (!seen.add(((long) a << 32) | b)) continue;
                        NearDuplicateMarks.Pair p = NearDuplicateMarks.pair(a, sigs.get(a), b, sigs.get(b), threshold);
                        if (p != null) out.add(p);
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(NearDuplicateMarks.Pair::a).thenComparingInt(NearDuplicateMarks.Pair::b));
        return out;
    }

    private static final class BandKey {
        private final int[] sig;
        private final int from;
        private final int hash;

        BandKey(int[] sig, int from) {
            this.sig = sig;
            this.from = from;
            int h = from;
            for (int i = from; i < from + ROWS; i++) h = 31 * h + sig[i];
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof BandKey k) || k.from != from) return false;
            for (int i = from; i < from + ROWS; i++) if (sig[i] != k.sig[i]) return false;
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
