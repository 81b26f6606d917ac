package dev.standout.cli;

import dev.standout.Standout;
import dev.standout.corpus.CorpusModel;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The options of the commands that score one resume: {@code --model} and {@code --segment} (a picocli mixin). */
final class ScoringOptions {
    @Option(names = "--model", paramLabel = "MODEL", description = "score against this model file instead of the embedded one")
    Path model;

    @Option(names = "--segment", description = "occupation segment to compare with (default: inferred from the titles and content)")
    String segment;

    /**
     * Sets the options on an analyzer's builder.
     *
     * @return {@code null} when they are set, else the exit code to end with (the reason printed to {@code err})
     */
    Integer configure(Standout.Builder builder, PrintWriter err) {
        if (model != null) {
            try {
                builder.model(CorpusModel.load(model));
            } catch (IOException e) {
                err.println("standout: cannot load the model " + model + ": " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
        if (segment != null) {
            try {
                builder.segment(segment);
            } catch (IllegalArgumentException e) {
                err.println("standout: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        return null;
    }
}
