package dev.standout.score;

import dev.standout.corpus.EnrolmentPrior;
import dev.standout.corpus.PriorSource;
import dev.standout.resume.CredentialKind;
import dev.standout.taxonomy.CredentialCatalog;
import dev.standout.taxonomy.CredentialEntry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Outside prevalence priors: the credential catalog's {@code prior} column (enrolments for online courses,
 * estimated holders for certifications and licenses), measured against the whole pool, and audience priors,
 * measured against the occupations a credential addresses. Immutable and thread-safe.
 *
 * <p><b>Against the whole pool</b> ({@link #prior(String)}):
 * <pre>
 *   online course:   share = EnrolmentPrior.share(enrolled)              (see {@link EnrolmentPrior})
 *   everything else: share = min(0.5, holders / HOLDER_POPULATION)
 * </pre>
 * {@link #HOLDER_POPULATION} = 20,000,000 is the order of magnitude of resumes a professional credential's
 * holders are spread over (holders of PMP, CPA or CISSP work across many occupations and countries; the catalog's
 * holder counts are worldwide). So PMP (about 1.5 million holders) gives 7.5%, CISSP (about 170,000) under 1%.
 *
 * <p><b>Against an audience</b> ({@link #prior(String, List)}): the resource {@value #AUDIENCE_RESOURCE}, built by
 * {@code dev.standout.tools.AudiencePriorBuilder} from figures that each name their source and year, gives for a
 * credential the occupations it addresses and the share of their people who hold it: enrolments brought to the
 * jobs' date by Coursera's growth, times the share who finish and list it, times the U.S. share of learners, over
 * the U.S. jobs of those occupations, which stand in for their applicants (the same factors as
 * {@link EnrolmentPrior}, which the builder checks; the data file gives the reasoning). When the occupation scored
 * against is one of them, or lies under one of them, that share is the prior, marked as targeted
 * ({@link PriorSource.Prior#targeted()}); elsewhere the whole-pool prior applies. So the IBM Data Science
 * Professional Certificate is about 10% of data-science applicants, but 0.4% of all computer and mathematical
 * workers.
 */
public final class CatalogPriors implements PriorSource {
    /** Resumes that holders of a certification are spread over. */
    public static final double HOLDER_POPULATION = 20_000_000;
    /** The class-path resource of the audience priors. */
    public static final String AUDIENCE_RESOURCE = "/dev/standout/score/audience-priors.tsv";
    private static volatile CatalogPriors standard;

    private final CredentialCatalog catalog;
    private final Map<String, List<AudiencePrior>> audience;

    /**
     * A prior measured against an audience.
     *
     * @param credentialId the credential's catalog id
     * @param audience     who it was measured against, as it reads ("data-science applicants")
     * @param occupations  the ids of the occupations addressed ({@link dev.standout.corpus.Occupations})
     * @param share        the share of them who hold it
     * @param basis        what the figure is ("enrolment figures", "holder counts")
     * @param figures      the figures, sources and years it was computed from
     */
    public record AudiencePrior(String credentialId, String audience, Set<String> occupations, double share,
                                String basis, String figures) {
        public AudiencePrior {
            Objects.requireNonNull(credentialId, "credentialId");
            Objects.requireNonNull(audience, "audience");
            occupations = Set.copyOf(occupations);
            if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("share must be in [0, 1]: " + share);
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(figures, "figures");
        }
    }

    private CatalogPriors(CredentialCatalog catalog, List<AudiencePrior> audiencePriors) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        Map<String, List<AudiencePrior>> m = new HashMap<>();
        for (AudiencePrior a : audiencePriors) m.computeIfAbsent(a.credentialId(), k -> new ArrayList<>()).add(a);
        m.replaceAll((k, v) -> List.copyOf(v));
        this.audience = Map.copyOf(m);
    }

    /** Priors from a catalog, against the whole pool only. */
    public static CatalogPriors of(CredentialCatalog catalog) {
        return new CatalogPriors(catalog, List.of());
    }

    /** Priors from a catalog and audience priors. */
    public static CatalogPriors of(CredentialCatalog catalog, List<AudiencePrior> audiencePriors) {
        return new CatalogPriors(catalog, List.copyOf(audiencePriors));
    }

    /** Priors from the catalog and the audience priors that ship in the library. */
    public static CatalogPriors standard() {
        CatalogPriors s = standard;
        if (s == null) {
            synchronized (CatalogPriors.class) {
                s = standard;
                if (s == null) standard = s = new CatalogPriors(CredentialCatalog.defaultCatalog(), standardAudience());
            }
        }
        return s;
    }

    /** The audience priors that ship in the library. */
    public static List<AudiencePrior> standardAudience() {
        try (InputStream in = CatalogPriors.class.getResourceAsStream(AUDIENCE_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + AUDIENCE_RESOURCE);
            return readAudience(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + AUDIENCE_RESOURCE, e);
        }
    }

    /**
     * Audience priors in the resource's format: UTF-8 lines {@code credential TAB audience TAB occupation ids
     * (comma-separated) TAB share TAB basis TAB figures}, {@code #} comments and blank lines ignored.
     */
    public static List<AudiencePrior> readAudience(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<AudiencePrior> out = new ArrayList<>();
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 6) throw new IOException("audience priors line " + no + ": expected 6 fields");
            try {
                out.add(new AudiencePrior(f[0], f[1], Set.of(f[2].split(",")), Double.parseDouble(f[3]), f[4], f[5]));
            } catch (IllegalArgumentException e) {
                throw new IOException("audience priors line " + no + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    @Override
    public OptionalDouble prior(String credentialId) {
        Optional<CredentialEntry> e = catalog.byId(credentialId);
        if (e.isEmpty() || e.get().prior().isEmpty()) return OptionalDouble.empty();
        long n = e.get().prior().getAsLong();
        if (e.get().kind() == CredentialKind.ONLINE_COURSE) return OptionalDouble.of(EnrolmentPrior.share(n));
        return OptionalDouble.of(Math.min(0.5, n / HOLDER_POPULATION));
    }

    /**
     * The audience prior whose occupations include the occupation scored against or one of its ancestors
     * ({@code occupations}: its chain, most specific first); else the whole-pool prior. Basis of the whole-pool prior: "enrolment figures" for an
     * online course, "holder counts" otherwise.
     */
    @Override
    public Optional<Prior> prior(String credentialId, List<String> occupations) {
        List<AudiencePrior> as = audience.getOrDefault(credentialId, List.of());
        for (String node : occupations) {
            for (AudiencePrior a : as) {
                if (a.occupations().contains(node)) return Optional.of(new Prior(a.share(), a.basis(), a.audience()));
            }
        }
        OptionalDouble p = prior(credentialId);
        if (p.isEmpty()) return Optional.empty();
        boolean course = catalog.byId(credentialId).map(e -> e.kind() == CredentialKind.ONLINE_COURSE).orElse(false);
        return Optional.of(new Prior(p.getAsDouble(), course ? "enrolment figures" : "holder counts", ""));
    }

    /** The audience priors of a credential (empty when none). */
    public List<AudiencePrior> audiencePriors(String credentialId) {
        return audience.getOrDefault(credentialId, List.of());
    }
}
