package dev.standout.batch;

import dev.standout.DocumentException;
import dev.standout.EmptyTextException;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.parse.DocumentFormat;
import dev.standout.resume.Basics;
import dev.standout.resume.Resume;
import dev.standout.score.JsonResumeReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only {@link FileAnalyzer} that misbehaves on demand, by file name: {@code hang} spins for 8 s and
 * ignores interruption (a parser stuck in a loop), {@code oom} allocates until the heap is gone, {@code crash}
 * halts the JVM (a native crash), {@code slow} takes 40 ms. A {@code .json} file is read as a JSON Resume; any
 * other file is taken as plain text whose first line is the name (no NLP, so workers start in a blink).
 * Public with a no-argument constructor so that worker processes can load it by name.
 */
public final class TestAnalyzer implements FileAnalyzer {
    /** Keeps the spinning loop from being optimized away. */
    public static volatile long sink;

    @Override
    public Result analyze(byte[] document, String name) throws DocumentException {
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (base.contains("hang")) {
            // ignores interruption, as a parser stuck in a loop would; gives up after 8 s so that an abandoned
            // in-process thread does not burn a core for the rest of the test run
            long end = System.nanoTime() + 8_000_000_000L;
            while (System.nanoTime() < end) sink++;
            throw new IllegalStateException("stuck for 8 s");
        }
        if (base.contains("oom")) {
            List<long[]> hog = new ArrayList<>();
            while (true) hog.add(new long[1 << 20]);
        }
        if (base.contains("crash")) Runtime.getRuntime().halt(134);
        if (base.contains("slow")) {
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String text = new String(document, StandardCharsets.UTF_8);
        if (text.isBlank()) throw new EmptyTextException("the document holds no text");
        Resume resume;
        if (base.endsWith(".json")) {
            try {
                resume = JsonResumeReader.create().parse(text);
            } catch (IOException e) {
                throw new dev.standout.CorruptDocumentException("not a JSON Resume: " + e.getMessage());
            }
        } else {
            resume = Resume.EMPTY.withBasics(new Basics(text.lines().findFirst().orElse("").strip(), "", "", "", "",
                    List.of()));
        }
        return Result.ok(name, Standout.sha256(document), DocumentFormat.TXT, List.of(), text, List.of(), resume, null);
    }
}
