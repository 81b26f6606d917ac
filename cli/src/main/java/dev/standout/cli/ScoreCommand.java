package dev.standout.cli;

import dev.standout.Standout;
import dev.standout.resume.Resume;
import dev.standout.score.Analysis;
import dev.standout.score.JsonResumeReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code standout score FILE.json}: scores a resume that is already structured, as JSON Resume. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score a structured resume given as a JSON Resume document (jsonresume.org), without parsing,",
                "and print its analysis (the contract's analysis object)."})
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the JSON Resume document")
    Path file;

    @Option(names = "--format", defaultValue = "json", description = "json (the analysis object) or text; default: ${DEFAULT-VALUE}")
    AnalyzeCommand.Format format;

    @Mixin
    ScoringOptions scoring;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("standout: no such file: " + file);
            return ExitCodes.USAGE;
        }
        Standout.Builder builder = Standout.builder();
        Integer refused = scoring.configure(builder, err);
        if (refused != null) return refused;
        Resume resume;
        try {
            if (Files.size(file) > JsonResumeReader.MAX_DOCUMENT_BYTES) {
                err.println("standout: " + file + " is larger than " + JsonResumeReader.MAX_DOCUMENT_BYTES + " bytes");
                return ExitCodes.SOME_FAILED;
            }
            resume = Standout.readJsonResume(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("standout: " + file + " is not a JSON Resume document: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
        Standout standout = builder.build();
        Analysis analysis;
        try {
            analysis = standout.score(resume);
        } catch (IllegalStateException e) {
            err.println("standout: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (format == AnalyzeCommand.Format.json) {
            out.println(analysis.toPrettyJson());
        } else {
            out.println(file + "  [JSON Resume]");
            if (!resume.basics().name().isEmpty()) out.println("  name: " + resume.basics().name());
            if (!resume.basics().label().isEmpty()) out.println("  label: " + resume.basics().label());
            AnalyzeCommand.printAnalysis(out, analysis);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
