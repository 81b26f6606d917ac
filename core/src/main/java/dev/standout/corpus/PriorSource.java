package dev.standout.corpus;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * An outside estimate of how common a credential is: the share (0–1) of relevant resumes that hold it,
 * known independently of the pool (for instance from course enrolment figures, see {@link EnrolmentPrior}).
 * It keeps a pool that predates a popular credential from calling that credential rare. Implementations are
 * immutable and thread-safe.
 */
@FunctionalInterface
public interface PriorSource {
    /** The prior share for a credential's catalog id, or empty when there is none. */
    OptionalDouble prior(String credentialId);

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
