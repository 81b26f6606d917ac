package dev.standout.samples;

import dev.standout.DocumentException;
import dev.standout.Result;
import dev.standout.Standout;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Embeds Standout the way an application does: one shared analyzer, typed failures handled per file.
 *
 * <pre>java -cp ... dev.standout.samples.EmbedExample samples/resumes/*.pdf</pre>
 */
public final class EmbedExample {
    private EmbedExample() {
    }

    public static void main(String[] args) {
        Standout standout = Standout.create(); // immutable and thread-safe: create once, share
        for (String arg : args) {
            try {
                Result result = standout.analyze(Path.of(arg));
                System.out.println(result.toJson());
            } catch (DocumentException e) {
                System.err.println(arg + ": " + e.type() + ": " + e.getMessage());
            } catch (IOException e) {
                System.err.println(arg + ": cannot read: " + e.getMessage());
            }
        }
    }
}
