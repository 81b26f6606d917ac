package dev.standout.cli;

import dev.standout.Standout;
import dev.standout.parse.OcrMode;
import dev.standout.parse.OcrOptions;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code --ocr} and {@code --ocr-language}: how scans and images are read (a picocli mixin). */
final class OcrCliOptions {
    @Option(names = "--ocr", paramLabel = "MODE", defaultValue = "auto",
            description = "read scans and images (PNG, JPEG, TIFF, image-only PDF pages) with Tesseract: auto (where "
                    + "needed, when installed), never, always (every PDF page, its text layer ignored); default: "
                    + "${DEFAULT-VALUE}")
    String mode;

    @Option(names = "--ocr-language", paramLabel = "LANG", defaultValue = "eng",
            description = "Tesseract language(s) to read, e.g. eng or eng+deu (each installed); default: ${DEFAULT-VALUE}")
    String language;

    /**
     * Sets the options on an analyzer's builder.
     *
     * @return {@code null} when they are set, else the exit code to end with (the reason printed to {@code err})
     */
    Integer configure(Standout.Builder builder, PrintWriter err) {
        OcrOptions options;
        try {
            options = OcrOptions.DEFAULT.withMode(OcrOptions.mode(mode)).withLanguage(language);
        } catch (IllegalArgumentException e) {
            err.println("standout: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (options.mode() == OcrMode.ALWAYS && !options.usable()) {
            err.println("standout: --ocr always needs Tesseract with the '" + options.language()
                    + "' language (Debian: apt-get install tesseract-ocr tesseract-ocr-eng)");
            return ExitCodes.FAILURE;
        }
        builder.ocr(options);
        return null;
    }
}
