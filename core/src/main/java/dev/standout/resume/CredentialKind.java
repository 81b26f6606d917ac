package dev.standout.resume;

/** Kinds of credentials, from the lightest signal to the heaviest. Names are those of the output contract. */
public enum CredentialKind {
    ONLINE_COURSE, BOOTCAMP, VENDOR_CERTIFICATION, PROFESSIONAL_CERTIFICATION, LICENSE, OTHER
}
