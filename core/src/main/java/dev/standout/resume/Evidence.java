package dev.standout.resume;

/** How a skill shows in a resume: only listed, or used in a role or a project. Used skills count more. */
public enum Evidence {
    /** Named only in a skills list or a summary. */
    LISTED,
    /** Named in the description of a role or a project: applied, not just claimed. */
    USED
}
