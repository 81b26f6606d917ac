package dev.standout;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared data folder for tests that read it: the {@code standout.shared} system property (Maven sets
 * it to {@code ../shared} beside the checkout), else the {@code STANDOUT_SHARED} environment variable.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared folder, when it is there. */
    public static Optional<Path> root() {
        String prop = System.getProperty("standout.shared");
        if (prop == null || prop.isBlank()) prop = System.getenv("STANDOUT_SHARED");
        if (prop == null || prop.isBlank()) return Optional.empty();
        Path p = Path.of(prop).toAbsolutePath().normalize();
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    /** A folder below the shared folder; skips the calling test with a message when it is absent. */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Path p = root.map(r -> r.resolve(relative)).orElse(null);
        Assumptions.assumeTrue(p != null && Files.exists(p),
                "shared data " + relative + " not found (set -Dstandout.shared or STANDOUT_SHARED); skipping");
        return p;
    }
}
