package dev.standout.resume;

import java.util.List;
import java.util.Objects;

/**
 * A credential found in a resume (JSON Resume {@code certificates[]}): a certification, an online course,
 * a bootcamp or a license.
 *
 * @param id       catalog id, or {@code "unknown:" + normalized name} for a credential in no catalog
 * @param name     the catalog's name, or the name as written
 * @param kind     the kind
 * @param level    associate, professional, expert… or {@code ""}
 * @param issuer   the issuing organisation or vendor, or {@code ""}
 * @param date     the date as written, or {@code ""}
 * @param mentions   where it was found
 * @param confidence how sure the extraction is that this is a credential of the resume, in [0, 1]
 *                   ({@link Confidence})
 */
public record Certificate(String id, String name, CredentialKind kind, String level, String issuer, String date,
                          List<Mention> mentions, double confidence) {
    public Certificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        level = level == null ? "" : level;
        issuer = issuer == null ? "" : issuer;
        date = date == null ? "" : date;
        mentions = List.copyOf(mentions);
        confidence = Confidence.check(confidence);
    }

    /** A credential read with full confidence. */
    public Certificate(String id, String name, CredentialKind kind, String level, String issuer, String date,
                       List<Mention> mentions) {
        this(id, name, kind, level, issuer, date, mentions, Confidence.CERTAIN);
    }

    /** This credential with another confidence. */
    public Certificate withConfidence(double confidence) {
        return new Certificate(id, name, kind, level, issuer, date, mentions, confidence);
    }
}
