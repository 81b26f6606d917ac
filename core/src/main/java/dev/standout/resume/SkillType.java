package dev.standout.resume;

import java.util.Locale;

/**
 * What kind of skill a {@link Skill} is; names are those of the output contract. The skills gazetteer gives each
 * of its entries one of them.
 *
 * <p>How each type is scored ({@code dev.standout.score.DifferentiationScorer}; formula in the package
 * documentation of {@code dev.standout.score}):
 * <ul>
 *   <li>{@link #TECHNICAL} and {@link #DOMAIN}: the full skill rule. A skill shown in use (in a role or a project)
 *       counts {@code 1.5 × rarity}; a skill only listed counts {@code 0.5 × rarity}, shares the cap of listed
 *       skills and counts towards keyword stuffing.</li>
 *   <li>{@link #SOFT}: reported, but weighs little: {@code 0.1 × rarity} each, listed or in use, all soft skills
 *       together at most 0.5 raw points; never counted among the listed skills, so they neither dilute the others
 *       nor count towards keyword stuffing, and no advice names them.</li>
 *   <li>{@link #LANGUAGE}: a natural language counts as a listed skill wherever it stands (a role does not show
 *       it in use), and never towards keyword stuffing.</li>
 * </ul>
 */
public enum SkillType {
    /** a technology: programming language, framework, product, tool, platform, technical standard */
    TECHNICAL,
    /** a job-specific competence or body of knowledge: accounting, budgeting, patient care, welding, menu planning */
    DOMAIN,
    /** a transversal (soft) skill: communication, leadership, teamwork, time management */
    SOFT,
    /** a natural language: English, Spanish */
    LANGUAGE;

    /**
     * The type named {@code name}, case-insensitively; also reads the names of gazetteers written before the four
     * types ({@code TECH} → TECHNICAL, {@code SKILL} and {@code KNOWLEDGE} → DOMAIN).
     *
     * @throws IllegalArgumentException when the name is none of them
     */
    public static SkillType parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        return switch (n) {
            case "TECH" -> TECHNICAL;
            case "SKILL", "KNOWLEDGE" -> DOMAIN;
            default -> {
                try {
                    yield valueOf(n);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("not a skill type: '" + name + "'", e);
                }
            }
        };
    }
}
