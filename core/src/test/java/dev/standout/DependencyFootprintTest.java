package dev.standout;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an application that depends on standout-core downloads: core's runtime class path (written by the build,
 * see core/pom.xml) plus core itself must stay within {@link #LIMIT} bytes. It was 514 MB while core depended on
 * CoreNLP's full models jar.
 *
 * <p>A folder on the class path (a reactor build that stops before {@code package}) counts the bytes of its
 * files, and core counts its {@code target/classes}: both overstate the jars they become, so the check errs on the
 * safe side. CI measures the exact figure with the external project in samples/external-project.
 */
class DependencyFootprintTest {

    /** 60 MB. */
    static final long LIMIT = 60_000_000L;

    @Test
    void anApplicationDependingOnCoreResolvesAtMostSixtyMegabytes() throws IOException {
        Path base = Path.of(System.getProperty("basedir", "."));
        Path listing = base.resolve("target/runtime-classpath.txt");
        assertThat(listing).as("written by maven-dependency-plugin in the generate-test-resources phase").exists();

        List<String> lines = new ArrayList<>();
        long total = bytes(base.resolve("target/classes"));
        lines.add("standout-core (target/classes) " + total);
        for (String entry : Files.readString(listing).trim().split(File.pathSeparator)) {
            if (entry.isBlank()) continue;
            Path p = Path.of(entry);
            assertThat(p).as("class path entry").exists();
            long b = bytes(p);
            total += b;
            lines.add(p.getFileName() + " " + b);
        }
        // the listing is the real one: CoreNLP, its model file and the parsers are on it
        assertThat(String.join("\n", lines)).contains("stanford-corenlp-", "pdfbox-", "poi-");
        assertThat(String.join("\n", lines)).containsAnyOf("standout-corenlp-models", "models/target/classes");
        assertThat(total).as("bytes of standout-core and its runtime dependencies:\n" + String.join("\n", lines))
                .isLessThanOrEqualTo(LIMIT);
    }

    private static long bytes(Path p) throws IOException {
        if (Files.isRegularFile(p)) return Files.size(p);
        try (Stream<Path> files = Files.walk(p)) {
            long sum = 0;
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) sum += Files.size(f);
            return sum;
        }
    }
}
