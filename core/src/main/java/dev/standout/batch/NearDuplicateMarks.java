package dev.standout.batch;

import dev.standout.Result;
import dev.standout.report.BatchReport.Similar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The near-duplicate marks of a batch, for runners other than {@link BatchRunner} (the Spark batch) that must
 * write the same records: a record whose resume is nearly the same as another file's of the batch gets the
 * warning {@code NEAR_DUPLICATE} and a {@code nearDuplicates} list of those files with their estimated similarity.
 *
 * <p>How {@link BatchRunner} finds them, in steps another runner can spread over machines: each analyzed record
 * has a {@linkplain #signature signature}; two records are candidates when one of their {@value #BANDS}
 * {@linkplain #bandKey band keys} is equal; a candidate pair is a {@linkplain #pair near-duplicate} when its
 * estimated similarity reaches the threshold ({@value #DEFAULT_THRESHOLD} by default). The pairs then give each
 * record its {@linkplain #similar list}, and a record with one is {@linkplain #mark written} with the marks. See
 * {@code NearDuplicates} for the method. Stateless and thread-safe.
 */
public final class NearDuplicateMarks {
    /** The estimated Jaccard similarity from which two resumes are near-duplicates, unless a batch says otherwise. */
    public static final double DEFAULT_THRESHOLD = NearDuplicates.DEFAULT_THRESHOLD;
    /** How many band keys a signature has. */
    public static final int BANDS = NearDuplicates.BANDS;

    private NearDuplicateMarks() {
    }

    /**
     * Two near-duplicate records.
     *
     * @param a          the index of the first in the batch's file order
     * @param b          the index of the second, greater than {@code a}
     * @param similarity their estimated similarity, 0–1
     */
    public record Pair(int a, int b, double similarity) {
        public Pair {
            if (a < 0 || b <= a) throw new IllegalArgumentException("a pair needs 0 <= a < b: " + a + ", " + b);
        }
    }

    /**
     * The signature of a record, as the batch computes it from the normalized text of the analysis; {@code null}
     * for a failed record or a text without words (such a record has no near-duplicates).
     */
    public static int[] signature(Result r) {
        Objects.requireNonNull(r, "r");
        return r.isOk() ? NearDuplicates.signature(r.text()) : null;
    }

    /** The key of band {@code band} (0 to {@value #BANDS} - 1) of a signature; equal keys make two candidates. */
    public static String bandKey(int[] signature, int band) {
        if (band < 0 || band >= BANDS) throw new IndexOutOfBoundsException("band " + band);
        StringBuilder b = new StringBuilder(48).append(band);
        for (int i = band * NearDuplicates.ROWS; i < (band + 1) * NearDuplicates.ROWS; i++) {
            b.append(':').append(signature[i]);
        }
        return b.toString();
    }

    /**
     * The pair of two candidates when they are near-duplicates, else {@code null}.
     *
     * @param a    the index of one record in the batch's file order
     * @param sigA its signature
     * @param b    the index of the other, not {@code a}
     * @param sigB its signature
     */
    public static Pair pair(int a, int[] sigA, int b, int[] sigB, double threshold) {
        double sim = NearDuplicates.similarity(sigA, sigB);
        if (!(sim >= threshold)) return null;
        return a < b ? new Pair(a, b, sim) : new Pair(b, a, sim);
    }

    /**
     * Every near-duplicate pair among the signatures of a batch in file order ({@code null} entries take no
     * part), sorted by {@code a}, then {@code b}: what {@link BatchRunner} finds on one machine.
     */
    public static List<Pair> pairs(List<int[]> signatures, double threshold) {
        return NearDuplicates.pairs(signatures, threshold);
    }

    /**
     * The near-duplicates of each record that has any, by index: the other file of each of its pairs, most
     * similar first (then by file name).
     *
     * @param files the batch's file names in file order
     * @param pairs its near-duplicate pairs, in any order, each once
     */
    public static Map<Integer, List<Similar>> similar(List<String> files, Collection<Pair> pairs) {
        Map<Integer, List<Similar>> out = new TreeMap<>();
        for (Pair p : pairs) {
            out.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(new Similar(files.get(p.b()), p.similarity()));
            out.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(new Similar(files.get(p.a()), p.similarity()));
        }
        for (List<Similar> l : out.values()) {
            l.sort(Comparator.comparingDouble(Similar::similarity).reversed().thenComparing(Similar::file));
        }
        return out;
    }

    /**
     * A record ({@link Result#toJson()}) with the marks of its near-duplicates, as {@link BatchRunner} writes it
     * to {@code results.jsonl}; the record unchanged when there are none.
     *
     * @throws IllegalArgumentException when {@code record} is not a record
     */
    public static String mark(String record, List<Similar> nearDuplicates) {
        Objects.requireNonNull(record, "record");
        if (nearDuplicates.isEmpty()) return record;
        return RecordCodec.encode(RecordCodec.decode(record), nearDuplicates, false);
    }
}
