/**
 * Extractors: from a {@link dev.standout.section.SectionedText} to the parts of a {@link dev.standout.resume.Resume}.
 *
 * <pre>{@code
 * ResumeExtractor extractor = new ResumeExtractor();           // share it: immutable, thread-safe
 * Resume resume = extractor.extract(sectioned, basics);         // work, education, skills, credentials, projects
 * }</pre>
 *
 * <ul>
 *   <li>{@link dev.standout.extract.WorkExtractor}: roles, anchored on their date ranges
 *       ({@link dev.standout.extract.DateRangeParser}).</li>
 *   <li>{@link dev.standout.extract.EducationExtractor}: degrees, fields, institutions, years.</li>
 *   <li>{@link dev.standout.extract.SkillExtractor}: the skills gazetteer matched in one pass, candidates kept by
 *       rules and by the {@link dev.standout.extract.SkillModel}; unknown items of technology lists; mentions grouped
 *       per skill, USED when one stands in a role or a project.</li>
 *   <li>{@link dev.standout.extract.CredentialExtractor}: the credential catalog in its many spellings, and
 *       credentials in no catalog read from patterns and from CERTIFICATIONS items.</li>
 *   <li>{@link dev.standout.extract.ProjectExtractor}: projects with their evidence, archetype, themes and, through
 *       {@link dev.standout.extract.ResumeExtractor}, the skills used in them as keywords.</li>
 * </ul>
 * The heavy resources (taxonomy, catalog, skill model, part-of-speech tagger) are loaded once per JVM; only project
 * text is tagged. Every mention carries its offsets into the normalized text and its section.
 */
package dev.standout.extract;
