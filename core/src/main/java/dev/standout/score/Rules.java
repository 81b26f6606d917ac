package dev.standout.score;

import dev.standout.resume.CredentialKind;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The constants and item-value functions of the differentiation score; see the package documentation for the
 * whole formula. Stateless.
 */
final class Rules {
    private Rules() {
    }

    // ---- rarity ----
    /** Commonness at which an item is worth nothing: held by half the pool. */
    static final double P_HI = 0.5;
    /** Commonness at and below which an item counts as fully rare: one resume in a thousand. */
    static final double P_LO = 0.001;
    private static final double LOG_RANGE = Math.log(P_HI / P_LO);

    /** Rarity in [0, 1]: {@code clamp(ln(P_HI / p) / ln(P_HI / P_LO), 0, 1)}, the surprisal scaled to the range. */
    static double rarity(double p) {
        if (!(p > 0)) return 1;
        double r = Math.log(P_HI / p) / LOG_RANGE;
        return Math.max(0, Math.min(1, r));
    }

    /** The commonness that has a given rarity (the inverse of {@link #rarity}, for r in [0, 1]). */
    static double commonnessOfRarity(double r) {
        return P_HI * Math.exp(-r * LOG_RANGE);
    }

    // ---- confidence ----
    /** Confidence at and below which an item is worth nothing. */
    static final double CONFIDENCE_FLOOR = 0.3;
    /** Confidence from which an item counts in full: the extraction is sure of what it read. */
    static final double CONFIDENCE_FULL = 0.8;

    /**
     * The factor of an item's raw points for its confidence {@code c}:
     * {@code clamp((c − FLOOR) / (FULL − FLOOR), 0, 1)}, 0 up to the floor, rising linearly to 1 at {@code FULL}.
     */
    static double confidenceWeight(double c) {
        if (c >= CONFIDENCE_FULL) return 1;
        if (!(c > CONFIDENCE_FLOOR)) return 0;
        return (c - CONFIDENCE_FLOOR) / (CONFIDENCE_FULL - CONFIDENCE_FLOOR);
    }

    // ---- credentials ----
    /** Points of a fully rare credential of each kind at level factor 1. */
    static final Map<CredentialKind, Double> KIND_WEIGHT = Map.of(
            CredentialKind.ONLINE_COURSE, 2.0,
            CredentialKind.BOOTCAMP, 3.5,
            CredentialKind.VENDOR_CERTIFICATION, 4.0,
            CredentialKind.PROFESSIONAL_CERTIFICATION, 7.0,
            CredentialKind.LICENSE, 7.0,
            CredentialKind.OTHER, 2.0);

    static final double LEVEL_ENTRY = 0.6;
    static final double LEVEL_ASSOCIATE = 0.85;
    static final double LEVEL_NONE = 1.0;
    static final double LEVEL_PROFESSIONAL = 1.15;
    static final double LEVEL_EXPERT = 1.35;

    /** The level factor of a credential's level as the catalog writes it. */
    static double levelFactor(String level) {
        String l = level == null ? "" : level.toLowerCase(Locale.ROOT);
        if (l.isBlank()) return LEVEL_NONE;
        if (containsAny(l, "expert", "advanced", "master")) return LEVEL_EXPERT;
        if (containsAny(l, "professional", "specialty", "specialist", "intermediate")) return LEVEL_PROFESSIONAL;
        if (containsAny(l, "associate", "practitioner")) return LEVEL_ASSOCIATE;
        if (containsAny(l, "fundamental", "foundation", "entry", "beginner", "introduct", "basic", "essential")) {
            return LEVEL_ENTRY;
        }
        return LEVEL_NONE;
    }

    /**
     * Commonness at which an online-course certificate is worth nothing: where the scorer calls a credential too
     * common to set a resume apart ({@link DifferentiationScorer#COMMON}, one holder in five), not at half the pool.
     * A course certificate is open to anyone for weeks of study and a small fee, so it sets its holder apart only
     * by being scarce among the applicants; once one applicant in five has it, it is what the pool has. A
     * certification or license also sorts by its exam, bootcamps by their selection and cost, so they keep
     * {@link #P_HI}. A rare course ({@code p ≤ P_LO}) keeps its full weight.
     */
    static final double P_HI_COURSE = DifferentiationScorer.COMMON;
    private static final double COURSE_LOG_RANGE = Math.log(P_HI_COURSE / P_LO);

    /**
     * Rarity of a credential of a kind: {@link #rarity} for every kind but {@code ONLINE_COURSE}, which uses
     * {@code clamp(ln(P_HI_COURSE / p) / ln(P_HI_COURSE / P_LO), 0, 1)}.
     */
    static double credentialRarity(CredentialKind kind, double p) {
        if (kind != CredentialKind.ONLINE_COURSE) return rarity(p);
        if (!(p > 0)) return 1;
        return Math.max(0, Math.min(1, Math.log(P_HI_COURSE / p) / COURSE_LOG_RANGE));
    }

    /** Raw points of a credential: {@code KIND_WEIGHT × levelFactor × credentialRarity(kind, p)}. */
    static double credential(CredentialKind kind, String level, double p) {
        return KIND_WEIGHT.get(kind) * levelFactor(level) * credentialRarity(kind, p);
    }

    // ---- projects ----
    /** Points of a fully rare original project with full evidence. */
    static final double PROJECT_WEIGHT = 20;
    /** Share of a project's theme factor that it gets even with the most common themes. */
    static final double THEME_FLOOR = 0.25;
    /** Rarity assumed for a project without themes. */
    static final double THEMELESS_RARITY = 0.5;
    /** Factor of a project that matches a tutorial archetype: near nothing. */
    static final double ARCHETYPE_FACTOR = 0.03;
    /** Share of the evidence factor a project gets with no evidence at all. */
    static final double EVIDENCE_FLOOR = 0.3;
    /** Evidence weight of kinds not listed in {@link #EVIDENCE_WEIGHT}. */
    static final double OTHER_EVIDENCE = 0.4;
    static final Map<String, Double> EVIDENCE_WEIGHT = Map.of(
            "USERS", 1.0, "CONTRIBUTION", 1.0, "PUBLICATION", 1.0,
            "RELEASE", 0.8, "METRIC", 0.8, "DATA", 0.8, "AWARD", 0.8, "DEPLOYMENT", 0.8,
            "LINK", 0.5);
    /** Evidence strength at and above which a project counts as evidenced for advice (one real outcome). */
    static final double REAL_EVIDENCE = 0.8;

    /** Sum of the weights of distinct evidence kinds. */
    static double evidenceStrength(Collection<String> kinds) {
        double e = 0;
        for (String k : kinds) e += EVIDENCE_WEIGHT.getOrDefault(k, OTHER_EVIDENCE);
        return e;
    }

    /** {@code EVIDENCE_FLOOR + (1 − EVIDENCE_FLOOR)(1 − e^(−E))}. */
    static double evidenceFactor(double strength) {
        return EVIDENCE_FLOOR + (1 - EVIDENCE_FLOOR) * (1 - Math.exp(-strength));
    }

    /** Raw points of an original project: {@code PROJECT_WEIGHT × (THEME_FLOOR + (1 − THEME_FLOOR) ρ_T) × ε}. */
    static double originalProject(double themeRarity, double evidenceStrength) {
        return PROJECT_WEIGHT * (THEME_FLOOR + (1 - THEME_FLOOR) * themeRarity) * evidenceFactor(evidenceStrength);
    }

    /** Raw points of a tutorial-archetype project: {@code PROJECT_WEIGHT × ARCHETYPE_FACTOR × ε}. */
    static double archetypeProject(double evidenceStrength) {
        return PROJECT_WEIGHT * ARCHETYPE_FACTOR * evidenceFactor(evidenceStrength);
    }

    // ---- skills ----
    static final double LISTED_WEIGHT = 0.5;
    static final double USED_WEIGHT = 1.5;
    /** Listed skills share the worth of this many: beyond it, each listed skill's points are scaled by cap / n. */
    static final int LISTED_CAP = 15;
    /** The listed skills of a resume together saturate at this many raw points. */
    static final double LISTED_SATURATION = 2.0;
    /** Points of a fully rare soft skill, listed or shown in use: soft skills weigh little. */
    static final double SOFT_WEIGHT = 0.1;
    /** All the soft skills of a resume together are worth at most this many raw points. */
    static final double SOFT_CAP = 0.5;
    /** More listed technical and domain skills than this raises {@code KEYWORD_STUFFING}. */
    static final int STUFFING_THRESHOLD = 40;

    // ---- degrees ----
    static final double DEGREE_RARITY_FLOOR = 0.4;

    static double degreeLevelWeight(String level) {
        return switch (level == null ? "" : level.toLowerCase(Locale.ROOT).trim()) {
            case "doctorate", "phd", "doctoral" -> 6;
            case "master" -> 4.5;
            case "bachelor" -> 3;
            case "associate" -> 2;
            case "diploma" -> 1.5;
            default -> 1;
        };
    }

    /** Raw points of a degree: {@code levelWeight × (0.4 + 0.6 rarity(p))}. */
    static double degree(String level, double p) {
        return degreeLevelWeight(level) * (DEGREE_RARITY_FLOOR + (1 - DEGREE_RARITY_FLOOR) * rarity(p));
    }

    private static boolean containsAny(String s, String... words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }
}
