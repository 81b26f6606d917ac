package dev.standout.cli;

import dev.standout.DocumentException;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.parse.FormatDetector;
import dev.standout.resume.Basics;
import dev.standout.section.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code standout analyze FILE}: analyzes one resume and prints its result. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyze one resume (PDF, DOCX, DOC, text, or a scan or photo as PNG, JPEG or TIFF) and print "
                + "the result.")
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the resume file")
    Path file;

    @Option(names = "--format", defaultValue = "json", description = "json (the contract record) or text; default: ${DEFAULT-VALUE}")
    Format format;

    @Mixin
    ScoringOptions scoring;

    @Mixin
    OcrCliOptions ocr;

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
        if (refused == null) refused = ocr.configure(builder, err);
        if (refused != null) return refused;
        Standout standout = builder.build();
        Result result;
        try {
            result = standout.analyze(file);
        } catch (DocumentException e) {
            String sha = "";
            var detected = dev.standout.parse.DocumentFormat.UNKNOWN;
            try {
                byte[] bytes = Files.readAllBytes(file);
                sha = Standout.sha256(bytes);
                detected = FormatDetector.detect(bytes);
            } catch (IOException | OutOfMemoryError ignored) {
                // the failure record is still written, without hash and format
            }
            result = Result.failed(file.toString(), sha, detected, e);
        } catch (IOException e) {
            err.println("standout: cannot read " + file + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (format == Format.json) out.println(result.toPrettyJson());
        else printText(out, result);
        out.flush();
        return result.isOk() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    static void printText(PrintWriter out, Result r) {
        out.println(r.file() + "  [" + r.format() + "]  " + r.status());
        r.error().ifPresent(e -> out.println("  error: " + e.type() + ": " + e.message()));
        if (!r.warnings().isEmpty()) out.println("  warnings: " + r.warnings());
        r.ocr().ifPresent(o -> out.printf(java.util.Locale.ROOT, "  OCR: %d page(s), %d words, mean confidence %.2f (%s)%n",
                o.pages(), o.words(), o.confidence(), o.language()));
        if (!r.isOk()) return;
        Basics b = r.resume().basics();
        if (!b.name().isEmpty()) out.println("  name: " + b.name());
        if (!b.label().isEmpty()) out.println("  label: " + b.label());
        if (!b.email().isEmpty()) out.println("  email: " + b.email());
        if (!b.phone().isEmpty()) out.println("  phone: " + b.phone());
        b.profiles().forEach(p -> out.println("  " + p.network() + ": " + p.url()));
        out.println("  sections:");
        for (Section s : r.sections()) {
            String heading = s.heading().isEmpty() ? "" : "  \"" + s.heading() + "\"";
            out.printf("    %-15s %6d chars%s%n", s.type(), s.end() - s.contentStart(), heading);
        }
        r.analysis().ifPresent(a -> printAnalysis(out, a));
    }

    static void printAnalysis(PrintWriter out, dev.standout.score.Analysis a) {
        out.printf("  score: %.1f (percentile %.0f)%s%n", a.score(), a.percentile(),
                a.segment().isEmpty() ? "" : ", segment " + a.segment());
        if (!a.flags().isEmpty()) out.println("  flags: " + String.join(", ", a.flags()));
        a.items().forEach(i -> out.printf("    %+6.1f  %-11s %s: %s%n", i.contribution(), i.kind(), i.name(),
                i.explanation()));
        if (!a.advice().isEmpty()) {
            out.println("  advice:");
            a.advice().forEach(s -> out.println("    - " + s));
        }
    }
}
