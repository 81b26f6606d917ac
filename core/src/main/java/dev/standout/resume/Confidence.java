package dev.standout.resume;

/**
 * How sure the extraction is that an item ({@link Skill}, {@link Certificate}, {@link Project}) is what the
 * resume means: a number in [0, 1], kept to two decimals (the precision the output contract writes, so a record
 * read back from its JSON equals the one written). Items given without one, such as structured JSON Resume
 * input, have {@link #CERTAIN}. Stateless.
 *
 * <p>The scorer weighs each item's contribution by its confidence (see {@code dev.standout.score}); a model
 * build counts only items of at least {@link #UNCERTAIN} (see {@code dev.standout.corpus.Features}).
 */
public final class Confidence {
    /** The confidence of an item nobody doubts, and of items made without one. */
    public static final double CERTAIN = 1.0;
    /**
     * Below this an item is more likely misread than not: its explanation says so, advice does not build on it,
     * and a model build does not count it.
     */
    public static final double UNCERTAIN = 0.5;

    private Confidence() {
    }

    /** Whether an item of this confidence is below {@link #UNCERTAIN}. */
    public static boolean uncertain(double confidence) {
        return confidence < UNCERTAIN;
    }

    /**
     * The confidence as a record keeps it: rounded to two decimals.
     *
     * @throws IllegalArgumentException when it is NaN or outside [0, 1]
     */
    static double check(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        return Math.round(confidence * 100) / 100.0;
    }
}
