package dev.standout.score;

import dev.standout.resume.Resume;

/**
 * Scores an extracted resume against a reference pool. One-method seam: implementations are immutable and
 * thread-safe; the same input always gives the same analysis.
 */
@FunctionalInterface
public interface Scorer {
    /**
     * @param resume  the extracted resume
     * @param segment the occupation segment to compare with, or {@code null} to infer it (or use the whole pool)
     */
    Analysis score(Resume resume, String segment);
}
