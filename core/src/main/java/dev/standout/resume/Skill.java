package dev.standout.resume;

import java.util.List;
import java.util.Objects;

/**
 * A skill found in a resume (JSON Resume {@code skills[]}).
 *
 * @param id       the taxonomy id (stable across versions of the gazetteer)
 * @param name     the canonical name
 * @param type     technical, domain, soft or a natural language; it decides how the skill is scored
 * @param evidence {@link Evidence#USED} when any mention stands in a role or a project
 * @param mentions where it was found
 */
public record Skill(String id, String name, SkillType type, Evidence evidence, List<Mention> mentions) {
    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        mentions = List.copyOf(mentions);
    }

    /** A {@link SkillType#TECHNICAL} skill. */
    public Skill(String id, String name, Evidence evidence, List<Mention> mentions) {
        this(id, name, SkillType.TECHNICAL, evidence, mentions);
    }
}
