/**
 * Batch runs: a folder of a few thousand applicant files in, one record per file out, whatever the files do.
 * Start at {@link dev.standout.batch.BatchRunner}; the command line's {@code standout batch} is a thin layer
 * over it.
 *
 * <h2>Lanes and isolation</h2>
 * A run has {@code threads} lanes; each takes the next file of the sorted list, analyzes it and appends its
 * record. Where a lane analyzes is its {@link dev.standout.batch.Isolation}:
 * <ul>
 *   <li><b>process</b> (the command line's default): each lane owns a worker JVM
 *       ({@link dev.standout.batch.WorkerMain}) with a heap of its own ({@code -Xmx1g} by default,
 *       {@code -XX:+ExitOnOutOfMemoryError}, serial GC, the C1 compiler only: every worker compiles the same
 *       code for itself, and C2's compiler threads would take the cores the lanes need), started once, warmed up on a built-in resume (so that
 *       the NLP models load before the first file's clock starts) and fed one file per request over its
 *       standard input and output (one JSON line each way). When a file overruns the time limit the lane kills
 *       the worker with SIGKILL and records TIMEOUT; when the worker dies under a file (its heap exhausted,
 *       a crash) the lane records OUT_OF_MEMORY or INTERNAL; in every case the next file gets a fresh worker.
 *       This is the design of Apache Tika's pipes: the only time limit that holds against a parser that
 *       ignores interruption, and the only memory guard that cannot hurt the other files, is a process
 *       boundary. Workers are long-lived because loading the NLP models takes seconds per JVM; a worker also
 *       halts when the process that started it is gone, so a killed batch leaves no orphans.</li>
 *   <li><b>none</b> (the library's default): lanes analyze on threads of this JVM, watched by the lane's
 *       thread. A file that overruns the time limit is interrupted and abandoned with a TIMEOUT record, and the
 *       lane goes on with a new thread. <em>Limitation:</em> Java cannot stop a thread, so a parser that
 *       ignores interruption keeps running (and holding memory) until it ends; and the heap is shared, so a file
 *       that exhausts it may fail the files analyzed beside it. Use process isolation for files from strangers.</li>
 * </ul>
 *
 * <h2>Durable output and resuming</h2>
 * {@code results.jsonl} is the journal: each record is appended as one {@code write} as soon as its file is
 * done, so a run killed at any moment keeps every record it finished and at most one torn line at the end.
 * Beside it, {@code .standout/fingerprints.tsv} keeps each document's near-duplicate signature by content hash.
 * {@link dev.standout.batch.BatchRunner#resume} reads the journal back, keeps every intact record whose file is
 * still there with the same name and SHA-256, drops a torn last line and the records of changed or vanished
 * files, analyzes the rest, and so ends, like a fresh run, with exactly one record per input file.
 * When every file is done, the run's second pass scores the pool, flags near-duplicates and rewrites
 * {@code results.jsonl} in file order (atomically, through a temporary file and a rename), so the final order
 * does not depend on thread timing; then it writes {@code results.csv}, {@code summary.json} and
 * {@code report.html} (see {@link dev.standout.report}).
 *
 * <h2>The pool</h2>
 * Records are scored against a {@link dev.standout.batch.Pool}: the embedded default model, a model file, or
 * the batch itself. Without an embedded default model ({@link dev.standout.corpus.CorpusModel#defaultModel()}
 * throws), the default pool leaves records without analysis and the summary says so; the run does not fail.
 *
 * <p><b>Self pool.</b> "Among these applicants, who stands out?" The batch's analyzed resumes are counted into
 * a {@link dev.standout.corpus.CorpusModel} (no occupation segments: the applicants to one opening are one
 * pool), with count floor 2 and, when there is a default model with {@code N_d} resumes, {@code M = 50} virtual
 * resumes that hold each default feature {@code f} in {@code round(M · df_d(f) / N_d)} of them. The usual
 * commonness estimate (see {@link dev.standout.corpus.Commonness}) then reads, for a batch of {@code N_b}
 * resumes of which {@code df_b} have the feature,
 * <pre>
 *   p = (df_b + round(M · p_d) + 0.5) / (N_b + M + 50)      with p_d = df_d / N_d, the default model's share
 * </pre>
 * so the default model weighs like 50 applicants: it dominates a batch of ten and fades in a batch of a
 * thousand. The batch's count includes the resume being scored; the floor of 2 makes a feature that only
 * this resume has count as unseen by the others. Near-duplicates are counted once (a resume sent twice is not
 * two applicants). The model is then calibrated on the batch itself, so a percentile is the share of these
 * applicants who score lower. The batch's model never leaves memory.
 *
 * <h2>Near-duplicates</h2>
 * MinHash signatures of word 5-grams of each document's text, compared through locality-sensitive hashing;
 * pairs whose estimated Jaccard similarity is at least 0.8 are near-duplicates (the same resume sent twice or
 * converted to another format, a template filled in with little of one's own). Both records get the warning
 * {@code NEAR_DUPLICATE} and a {@code nearDuplicates} list naming the other file; the summary and the report
 * list the pairs.
 */
package dev.standout.batch;
