package dev.standout.benchmarks.jmh;

import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.ModelInfo;
import dev.standout.resume.Resume;
import dev.standout.score.DifferentiationScorer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The corpus model the scoring benchmarks use, as bytes: the file named by the system property
 * {@code bench.model}, else the library's embedded default model, else (so that the benchmarks run before a
 * default model exists) a small model counted from the benchmark's own resumes.
 */
final class Models {
    private static byte[] bytes;
    private static String description;

    private Models() {
    }

    static synchronized byte[] bytes() {
        if (bytes != null) return bytes;
        try {
            String file = System.getProperty("bench.model");
            if (file != null && !file.isBlank()) {
                bytes = Files.readAllBytes(Path.of(file));
                description = file;
                return bytes;
            }
            try (InputStream in = CorpusModel.class.getResourceAsStream(CorpusModel.DEFAULT_RESOURCE)) {
                if (in != null) {
                    bytes = in.readAllBytes();
                    description = "embedded default";
                    return bytes;
                }
            }
            List<Resume> resumes = Inputs.resumes();
            CorpusModel.Builder b = CorpusModel.builder();
            for (Resume r : resumes) b.add(r, Set.of());
            CorpusModel m = b.build(1, ModelInfo.of("bench-sample", "0"));
            m = DifferentiationScorer.standard(m).calibrate(resumes, r -> Set.of());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.write(out);
            bytes = out.toByteArray();
            description = "counted from the " + resumes.size() + " benchmark resumes";
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusModel model() {
        try {
            return CorpusModel.load(new java.io.ByteArrayInputStream(bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized String description() {
        bytes();
        return description;
    }
}
