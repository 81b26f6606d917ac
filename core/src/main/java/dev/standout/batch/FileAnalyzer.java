package dev.standout.batch;

import dev.standout.DocumentException;
import dev.standout.Result;
import dev.standout.Standout;

import java.util.Objects;

/**
 * What a batch does with one document: {@link Standout#analyze(byte[], String)} unless told otherwise. The
 * seam lets a batch run another analysis (or, in tests, a parser that hangs or exhausts memory) through the
 * same parallel, time-limited and isolated machinery.
 *
 * <p>Implementations must be thread-safe: a batch calls one instance from several threads. One that runs in a
 * worker process (see {@link BatchRunner.Builder#workerAnalyzer(String)}) needs a public constructor without
 * arguments.
 */
@FunctionalInterface
public interface FileAnalyzer {
    /**
     * Analyzes one document.
     *
     * @param document the whole file
     * @param name     the name the result reports
     * @throws DocumentException a typed failure of this document; anything unchecked becomes an
     *                           {@code INTERNAL} record
     */
    Result analyze(byte[] document, String name) throws DocumentException;

    /** The analysis of a {@link Standout} instance. */
    static FileAnalyzer of(Standout standout) {
        Objects.requireNonNull(standout, "standout");
        return standout::analyze;
    }
}
