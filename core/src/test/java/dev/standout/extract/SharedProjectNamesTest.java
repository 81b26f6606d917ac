package dev.standout.extract;

import dev.standout.DocumentException;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.resume.Project;
import dev.standout.section.SectionSegmenter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every livecareer PDF of {@code ../shared} (system property {@code standout.shared} or environment variable
 * {@code STANDOUT_SHARED}; skipped when absent): no project may be named by a date, a template's placeholder
 * ("Company Name", "City , State"), a section heading or a line that recurs at the top or bottom of the document's
 * pages (a running header or footer, found here with PDFBox's own text stripper, independently of the library).
 */
class SharedProjectNamesTest {

    private static final Pattern DATE = Pattern.compile("(?i)^[\\W\\d]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
            + "|nov|dec)[a-z]*\\.?\\s*,?\\s*)?(?:\\d{1,2}[/.-])?(?:19|20)\\d\\d(?:\\s*(?:-|–|to)\\s*(?:(?:jan|feb|mar|apr"
            + "|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*,?\\s*)?(?:\\d{1,2}[/.-])?(?:(?:19|20)\\d\\d|present|current"
            + "|now))?\\W*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^\\W*(?:name|company|city|state)\\W*$"
            + "|\\bcompany\\s+name\\b|\\bcity\\s*,\\s*state\\b");
    /** A name that opens with a date: "April 2011 to June 2011 …", "07/1995 - 03/2003 …". */
    private static final Pattern DATE_FIRST = Pattern.compile("(?i)^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
            + "|dec)[a-z]*\\.?\\s+|\\d{1,2}/)?(?:19|20)\\d\\d\\s*(?:-|–|to)\\s");

    private static Path livecareer() {
        String root = System.getProperty("standout.shared");
        if (root == null || root.isBlank()) root = System.getenv("STANDOUT_SHARED");
        Path path = root == null || root.isBlank() ? null : Path.of(root).resolve("data/corpus/livecareer");
        Assumptions.assumeTrue(path != null && Files.isDirectory(path),
                "shared livecareer corpus not found; skipping");
        return path;
    }

    @Test
    void noProjectIsNamedByADatePlaceholderHeadingOrRunningLine() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(livecareer())) {
            pdfs = files.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        Standout standout = Standout.builder().withoutScoring().build();
        List<String> bad = new ArrayList<>();
        int projects = 0;
        for (Path pdf : pdfs) {
            byte[] bytes = Files.readAllBytes(pdf);
            Result r;
            try {
                r = standout.analyze(bytes, pdf.getFileName().toString());
            } catch (DocumentException e) {
                continue; // a file that cannot be read has no projects to judge
            }
            Set<String> running = null;
            for (Project p : r.resume().projects()) {
                projects++;
                String name = p.name().strip();
                if (running == null) running = runningLines(bytes);
                String folded = fold(name);
                boolean runningLine = running.stream().anyMatch(l -> l.equals(folded) || l.contains(folded)
                        && folded.length() >= 12);
                if (DATE.matcher(name).matches() || DATE_FIRST.matcher(name).find() || PLACEHOLDER.matcher(name).find()
                        || SectionSegmenter.isHeadingPhrase(name) || runningLine) {
                    bad.add(pdf.getFileName() + ": " + name);
                }
            }
        }
        assertThat(pdfs).hasSizeGreaterThan(1000);
        assertThat(bad).as("%d projects in %d PDFs", projects, pdfs.size()).isEmpty();
    }

    /** Lines among the first and last three of a page that recur (digits folded) on two pages or more. */
    private static Set<String> runningLines(byte[] pdf) {
        Map<String, Integer> pagesWith = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            if (pages < 2 || pages > 50) return Set.of();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                List<String> lines = stripper.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty())
                        .toList();
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (i < 3 || i >= lines.size() - 3) {
                        String k = fold(lines.get(i));
                        if (!k.isEmpty() && seen.add(k)) pagesWith.merge(k, 1, Integer::sum);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        pagesWith.forEach((k, n) -> {
            if (n >= 2) out.add(k);
        });
        return out;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\d", "#").replaceAll("\\s+", " ").strip();
    }
}
