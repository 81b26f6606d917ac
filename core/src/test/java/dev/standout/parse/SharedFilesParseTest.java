package dev.standout.parse;

import dev.standout.DocumentException;
import dev.standout.ErrorType;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every DOCX, DOC and PDF under {@code <shared>/data/files} (real resumes, never copied into the project)
 * and checks that each parses to text or fails with a typed, non-internal {@link DocumentException}.
 *
 * <p>The shared folder comes from the system property {@code standout.shared} (Maven sets it), else the
 * environment variable {@code STANDOUT_SHARED}, else {@code ../shared} beside the project. Without it the test
 * is skipped.
 */
class SharedFilesParseTest {

    @TestFactory
    Stream<DynamicTest> everySharedResumeParsesOrFailsTyped() throws IOException {
        Path files = shared().resolve("data").resolve("files");
        Assumptions.assumeTrue(Files.isDirectory(files), files + " not found; skipping");
        List<Path> documents;
        try (Stream<Path> walk = Files.walk(files)) {
            documents = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(pdf|docx|doc)"))
                    .sorted()
                    .toList();
        }
        assertThat(documents).isNotEmpty();
        DocumentParsers parsers = DocumentParsers.standard();
        return documents.stream().map(file -> DynamicTest.dynamicTest(files.relativize(file).toString(), () -> {
            byte[] bytes = Files.readAllBytes(file);
            try {
                ParsedDocument doc = parsers.parse(bytes, ParseLimits.DEFAULT);
                assertThat(doc.text()).isNotBlank();
            } catch (DocumentException e) {
                assertThat(e.type()).as("%s: %s", file, e.getMessage()).isNotEqualTo(ErrorType.INTERNAL);
            } catch (Throwable t) {
                fail(file + " threw " + t, t);
            }
        }));
    }

    static Path shared() {
        String property = System.getProperty("standout.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("STANDOUT_SHARED");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        // the working directory of a module's tests is the module; ../shared sits beside the project
        return Path.of("..", "..", "shared").toAbsolutePath().normalize();
    }
}
