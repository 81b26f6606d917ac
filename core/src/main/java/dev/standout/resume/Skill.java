package dev.standout.resume;

import java.util.List;
import java.util.Objects;

/**
 * A skill found in a resume (JSON Resume {@code skills[]}).
 *
 * @param id       the taxonomy id (stable across versions of the gazetteer)
 * @param name     the canonical name
 * @param evidence {@link Evidence#USED} when any mention stands in a role or a project
 * @param mentions   where it was found
 * @param confidence how sure the extraction is that this is a skill of the resume, in [0, 1] ({@link Confidence})
 */
public record Skill(String id, String name, Evidence evidence, List<Mention> mentions, double confidence) {
    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evidence, "evidence");
        mentions = List.copyOf(mentions);
        confidence = Confidence.check(confidence);
    }

    /** A skill read with full confidence. */
    public Skill(String id, String name, Evidence evidence, List<Mention> mentions) {
        this(id, name, evidence, mentions, Confidence.CERTAIN);
    }

    /** This skill with another confidence. */
    public Skill withConfidence(double confidence) {
        return new Skill(id, name, evidence, mentions, confidence);
    }
}
