package dev.standout.benchmarks;

import dev.standout.DocumentException;
import dev.standout.extract.CredentialExtractor;
import dev.standout.extract.ResumeExtractor;
import dev.standout.extract.SkillExtractor;
import dev.standout.nlp.NlpPipeline;
import dev.standout.parse.DocumentParsers;
import dev.standout.parse.ParseLimits;
import dev.standout.parse.TextNormalizer;
import dev.standout.resume.Resume;
import dev.standout.section.ContactExtractor;
import dev.standout.section.SectionSegmenter;
import dev.standout.section.SectionedText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Time of the extraction per resume, parsing excluded: normalizer, section segmenter, contact basics and the
 * {@link ResumeExtractor} (work, education, skills, credentials, projects), on livecareer PDFs (parsed beforehand)
 * and florex texts from {@code ../shared}. One thread, after a warm-up; the one-time loads (taxonomy, catalog,
 * tagger) are reported apart. Usage: {@code ResumeExtractionTiming [pdfs=300] [texts=1000]}; the shared folder from
 * {@code standout.shared} or {@code STANDOUT_SHARED} (default {@code ../shared}).
 */
public final class ResumeExtractionTiming {
    private ResumeExtractionTiming() {
    }

    public static void main(String[] args) throws IOException {
        int pdfs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int texts = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path shared = Data.shared();

        long t0 = System.nanoTime();
        ResumeExtractor extractor = new ResumeExtractor(new SkillExtractor(), new CredentialExtractor(),
                NlpPipeline.shared());
        SectionSegmenter segmenter = new SectionSegmenter();
        ContactExtractor contacts = new ContactExtractor();
        extractor.extract(segmenter.segment("Jane Doe\nSkills\nJava, Python\nProjects\nTool\n• Built a tool in Go.\n"),
                contacts.extract(segmenter.segment("Jane Doe\n")));
        System.out.printf(Locale.ROOT, "first use (taxonomy, catalog, skill model, tagger): %.0f ms%n",
                (System.nanoTime() - t0) / 1e6);

        List<String> pdfTexts = parsePdfs(shared.resolve("data/corpus/livecareer"), pdfs);
        List<String> florex = Data.florexTexts(shared, texts);
        for (int i = 0; i < Math.min(60, florex.size()); i++) run(florex.get(i), segmenter, contacts, extractor);
        report("livecareer PDFs (text already parsed)", pdfTexts, segmenter, contacts, extractor);
        report("florex texts", florex, segmenter, contacts, extractor);
    }

    private static Resume run(String raw, SectionSegmenter segmenter, ContactExtractor contacts,
                              ResumeExtractor extractor) {
        SectionedText st = segmenter.segment(TextNormalizer.normalize(raw));
        return extractor.extract(st, contacts.extract(st));
    }

    private static void report(String what, List<String> texts, SectionSegmenter segmenter, ContactExtractor contacts,
                               ResumeExtractor extractor) {
        long[] t = new long[texts.size()];
        int skills = 0;
        int certs = 0;
        int projects = 0;
        long chars = 0;
        for (int i = 0; i < texts.size(); i++) {
            long a = System.nanoTime();
            Resume r = run(texts.get(i), segmenter, contacts, extractor);
            t[i] = System.nanoTime() - a;
            skills += r.skills().size();
            certs += r.certificates().size();
            projects += r.projects().size();
            chars += texts.get(i).length();
        }
        Arrays.sort(t);
        double mean = Arrays.stream(t).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "%s: %d resumes (%.0f chars on average): mean %.1f ms, median %.1f ms, p95 %.1f ms,"
                        + " max %.0f ms per resume; %.1f skills, %.2f credentials, %.2f projects per resume%n",
                what, texts.size(), (double) chars / Math.max(1, texts.size()), mean, t[t.length / 2] / 1e6,
                t[(int) (t.length * 0.95)] / 1e6, t[t.length - 1] / 1e6, (double) skills / texts.size(),
                (double) certs / texts.size(), (double) projects / texts.size());
    }

    private static List<String> parsePdfs(Path dir, int max) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        List<String> out = new ArrayList<>();
        DocumentParsers parsers = DocumentParsers.standard();
        int step = Math.max(1, files.size() / Math.max(1, max));
        for (int i = 0; i < files.size() && out.size() < max; i += step) {
            try {
                out.add(parsers.parse(Files.readAllBytes(files.get(i)), ParseLimits.DEFAULT).text());
            } catch (DocumentException e) {
                // a file that does not parse is not part of this measure
            }
        }
        return out;
    }
}
