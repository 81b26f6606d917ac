package dev.standout.section;

/** The canonical sections of a resume. Headings in many wordings map to one of these. */
public enum SectionType {
    /** The top of the resume before any heading: name, contact details, links. */
    CONTACT,
    SUMMARY,
    EXPERIENCE,
    EDUCATION,
    SKILLS,
    PROJECTS,
    CERTIFICATIONS,
    AWARDS,
    PUBLICATIONS,
    VOLUNTEER,
    LANGUAGES,
    INTERESTS,
    /** A heading that is recognized as one but maps to none of the above (references, personal details…). */
    OTHER
}
