package dev.standout.score;

import java.util.List;
import java.util.Objects;

/**
 * How much a resume stands out from a reference pool, with every point explained.
 *
 * @param score      0–100
 * @param percentile share (0–100) of the reference pool that scores lower
 * @param segment    the occupation segment whose frequencies were used, or {@code ""} for the whole pool
 * @param model      id and version of the corpus-frequency model used
 * @param items      the scored items, largest contribution first
 * @param advice     what would raise the score most, most useful first
 * @param flags      findings about the resume as a whole, e.g. {@code KEYWORD_STUFFING}
 */
public record Analysis(double score, double percentile, String segment, String model, List<ScoredItem> items,
                       List<String> advice, List<String> flags) {
    public Analysis {
        if (!(score >= 0 && score <= 100)) throw new IllegalArgumentException("score must be in [0, 100]: " + score);
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100]: " + percentile);
        }
        segment = segment == null ? "" : segment;
        Objects.requireNonNull(model, "model");
        items = List.copyOf(items);
        advice = List.copyOf(advice);
        flags = List.copyOf(flags);
    }

    /** This analysis as the contract's {@code analysis} object, on one line. */
    public String toJson() {
        return dev.standout.internal.ResultJson.write(this, false);
    }

    /** This analysis as the contract's {@code analysis} object, indented for people. */
    public String toPrettyJson() {
        return dev.standout.internal.ResultJson.write(this, true);
    }
}
