package dev.standout.taxonomy;

import dev.standout.resume.CredentialKind;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * An entry of the credential catalog.
 *
 * @param id           stable id: {@code cert:aws-saa}, {@code course:coursera-...}, {@code license:rn}
 * @param name         canonical name
 * @param kind         kind of credential
 * @param level        {@code foundational}, {@code associate}, {@code professional}, {@code expert}… or {@code ""}
 * @param issuer       the issuing organisation or vendor, or {@code ""}
 * @param prior        an outside estimate of how many people hold it (holders, or enrolments for online courses)
 * @param priorNote    where the prior comes from, or {@code ""}
 * @param needsContext the name is an ordinary phrase ("Machine Learning") that names this credential only in a
 *                     credential context (a certifications section, next to "certificate" or "Coursera"); such
 *                     aliases are flagged {@linkplain GazetteerAlias#ambiguous() ambiguous}, while specific ones
 *                     ("Machine Learning (Coursera)") are not
 * @param sources      where it comes from: {@code curated}, {@code roadmap} (CC BY-SA), {@code coursera},
 *                     {@code certdict}
 * @param aliases      all surface forms, the canonical name first; ambiguous ones need a credential context
 */
public record CredentialEntry(String id, String name, CredentialKind kind, String level, String issuer,
                              OptionalLong prior, String priorNote, boolean needsContext, List<String> sources,
                              List<GazetteerAlias> aliases) {
    public CredentialEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        level = level == null ? "" : level;
        issuer = issuer == null ? "" : issuer;
        prior = prior == null ? OptionalLong.empty() : prior;
        priorNote = priorNote == null ? "" : priorNote;
        sources = List.copyOf(sources);
        aliases = List.copyOf(aliases);
    }
}
