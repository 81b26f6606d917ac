package dev.standout.score;

/** What a scored item is. Names are those of the output contract ({@code analysis.items[].kind}). */
public enum ItemKind {
    CERTIFICATE, DEGREE, SKILL, PROJECT
}
