package dev.standout.extract;

import dev.standout.resume.Certificate;
import dev.standout.section.SectionedText;
import dev.standout.taxonomy.CredentialCatalog;

import java.util.List;
import java.util.Objects;

/** Finds credentials. */
public final class CredentialExtractor {
    private final CredentialCatalog catalog;

    public CredentialExtractor() {
        this(CredentialCatalog.defaultCatalog());
    }

    public CredentialExtractor(CredentialCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public List<Certificate> extract(SectionedText sectioned) {
        return List.of();
    }
}
