package dev.standout.resume;

import java.util.List;
import java.util.Objects;

/**
 * A skill found in a resume (JSON Resume {@code skills[]}).
 *
 * @param id         the taxonomy id (stable across versions of the gazetteer)
 * @param name       the canonical name
 * @param type       technical, domain, soft or a natural language; it decides how the skill is scored
 * @param evidence   {@link Evidence#USED} when any mention stands in a role or a project
 * @param mentions   where it was found
 * @param confidence how sure the extraction is that this is a skill of the resume, in [0, 1] ({@link Confidence})
 */
public record Skill(String id, String name, SkillType type, Evidence evidence, List<Mention> mentions,
                   double confidence) {
    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        mentions = List.copyOf(mentions);
        confidence = Confidence.check(confidence);
    }

    /** A skill of a type read with full confidence. */
    public Skill(String id, String name, SkillType type, Evidence evidence, List<Mention> mentions) {
        this(id, name, type, evidence, mentions, Confidence.CERTAIN);
    }

    /** A {@link SkillType#TECHNICAL} skill read with full confidence. */
    public Skill(String id, String name, Evidence evidence, List<Mention> mentions) {
        this(id, name, SkillType.TECHNICAL, evidence, mentions, Confidence.CERTAIN);
    }

    /** A {@link SkillType#TECHNICAL} skill read with the given confidence. */
    public Skill(String id, String name, Evidence evidence, List<Mention> mentions, double confidence) {
        this(id, name, SkillType.TECHNICAL, evidence, mentions, confidence);
    }

    /** This skill with another confidence. */
    public Skill withConfidence(double confidence) {
        return new Skill(id, name, type, evidence, mentions, confidence);
    }
}
