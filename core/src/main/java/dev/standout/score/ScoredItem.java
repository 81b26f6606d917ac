package dev.standout.score;

import java.util.Objects;

/**
 * One item of a resume with what it did to the score.
 *
 * @param kind         what it is
 * @param name         its name as shown to a person
 * @param id           its feature or catalog id, or {@code ""}
 * @param commonness   estimated share (0–1) of the reference pool (or segment) that has it
 * @param contribution points it adds to the score
 * @param explanation  one readable sentence, e.g. "held by about 41% of cloud-engineer resumes in the pool"
 */
public record ScoredItem(ItemKind kind, String name, String id, double commonness, double contribution,
                         String explanation) {
    public ScoredItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        id = id == null ? "" : id;
        explanation = explanation == null ? "" : explanation;
        if (!(commonness >= 0 && commonness <= 1)) {
            throw new IllegalArgumentException("commonness must be in [0, 1]: " + commonness);
        }
        if (!Double.isFinite(contribution)) throw new IllegalArgumentException("contribution: " + contribution);
    }
}
