package dev.standout.score;

import dev.standout.corpus.EnrolmentPrior;
import dev.standout.corpus.PriorSource;
import dev.standout.resume.CredentialKind;
import dev.standout.taxonomy.CredentialCatalog;
import dev.standout.taxonomy.CredentialEntry;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Outside prevalence priors from the credential catalog's {@code prior} column: enrolments for online courses,
 * estimated holders for certifications and licenses. Immutable and thread-safe.
 *
 * <pre>
 *   online course:   share = EnrolmentPrior.share(enrolled)              (see {@link EnrolmentPrior})
 *   everything else: share = min(0.5, holders / HOLDER_POPULATION)
 * </pre>
 * {@link #HOLDER_POPULATION} = 20,000,000 is the order of magnitude of resumes a professional credential's
 * holders are spread over (holders of PMP, CPA or CISSP work across many occupations and countries; the catalog's
 * holder counts are worldwide). So PMP (about 1.5 million holders) gives 7.5%, CISSP (about 170,000) under 1%.
 */
public final class CatalogPriors implements PriorSource {
    /** Resumes that holders of a certification are spread over. */
    public static final double HOLDER_POPULATION = 20_000_000;
    private static volatile CatalogPriors standard;

    private final CredentialCatalog catalog;

    private CatalogPriors(CredentialCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Priors from a catalog. */
    public static CatalogPriors of(CredentialCatalog catalog) {
        return new CatalogPriors(catalog);
    }

    /** Priors from the catalog that ships in the library. */
    public static CatalogPriors standard() {
        CatalogPriors s = standard;
        if (s == null) {
            synchronized (CatalogPriors.class) {
                s = standard;
                if (s == null) standard = s = new CatalogPriors(CredentialCatalog.defaultCatalog());
            }
        }
        return s;
    }

    @Override
    public OptionalDouble prior(String credentialId) {
        Optional<CredentialEntry> e = catalog.byId(credentialId);
        if (e.isEmpty() || e.get().prior().isEmpty()) return OptionalDouble.empty();
        long n = e.get().prior().getAsLong();
        if (e.get().kind() == CredentialKind.ONLINE_COURSE) return OptionalDouble.of(EnrolmentPrior.share(n));
        return OptionalDouble.of(Math.min(0.5, n / HOLDER_POPULATION));
    }
}
