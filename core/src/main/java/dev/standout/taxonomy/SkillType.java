package dev.standout.taxonomy;

/** Kinds of entries in the skills gazetteer. */
public enum SkillType {
    /** a technology: programming language, framework, product, tool, platform, standard */
    TECH,
    /** a body of knowledge or a field: accounting, macroeconomics, embedded systems */
    KNOWLEDGE,
    /** a job-specific competence: project management, budgeting, welding */
    SKILL,
    /** a transversal (soft) skill: communication, leadership, teamwork */
    SOFT,
    /** a natural language: English, Spanish */
    LANGUAGE
}
