package dev.standout.corpus;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * An outside estimate of how common a credential is: the share (0–1) of relevant resumes that hold it,
 * known independently of the pool (for instance from course enrolment figures, see {@link EnrolmentPrior}).
 * It keeps a pool that predates a popular credential from calling that credential rare. Implementations are
 * immutable and thread-safe.
 *
 * <p>A source may also know priors measured against an audience: the share of the people in the occupations
 * a credential addresses who hold it ({@link #prior(String, List)}), which {@link Commonness} trusts more for
 * an occupation the pool has few resumes of.
 */
@FunctionalInterface
public interface PriorSource {
    /** The prior share for a credential's catalog id against the whole pool, or empty when there is none. */
    OptionalDouble prior(String credentialId);

    /**
     * The prior for a credential when scoring against an occupation: {@code occupations} is the occupation's
     * chain in {@link Occupations} (the occupation first, its major group last), empty for the whole pool or a
     * segment outside the tree. By default the whole-pool prior, untargeted.
     */
    default Optional<Prior> prior(String credentialId, List<String> occupations) {
        OptionalDouble p = prior(credentialId);
        return p.isPresent() ? Optional.of(Prior.of(p.getAsDouble())) : Optional.empty();
    }

    /**
     * A prior share and what it rests on.
     *
     * @param share    the share (0–1) of the population that holds the credential
     * @param basis    what the figure is, for explanations ("enrolment figures", "holder counts"), or {@code ""}
     * @param audience who it was measured against, for explanations ("data-science applicants"), or {@code ""}
     *                 when against the whole pool
     */
    record Prior(double share, String basis, String audience) {
        public Prior {
            if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("prior share must be in [0, 1]: " + share);
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(audience, "audience");
        }

        /** A bare share against the whole pool. */
        public static Prior of(double share) {
            return new Prior(share, "", "");
        }

        /** Whether it was measured against the occupations of an audience rather than the whole pool. */
        public boolean targeted() {
            return !audience.isEmpty();
        }
    }

    /** No priors: the pool alone decides. */
    static PriorSource none() {
        return id -> OptionalDouble.empty();
    }

    /**
     * Priors from a map of catalog id to share; the map is copied.
     *
     * @throws IllegalArgumentException when a share is outside [0, 1]
     */
    static PriorSource of(Map<String, Double> shares) {
        Objects.requireNonNull(shares, "shares");
        TreeMap<String, Double> copy = new TreeMap<>();
        shares.forEach((k, v) -> {
            Objects.requireNonNull(k, "credential id");
            if (v == null || !(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("prior share for " + k + " must be in [0, 1]: " + v);
            }
            copy.put(k, v);
        });
        return id -> {
            Double v = copy.get(id);
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
        };
    }
}
