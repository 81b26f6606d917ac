package dev.standout.benchmarks;

import dev.standout.extract.EducationExtractor;
import dev.standout.extract.ProjectExtractor;
import dev.standout.extract.WorkExtractor;
import dev.standout.nlp.NlpPipeline;
import dev.standout.nlp.Sentence;
import dev.standout.section.Section;
import dev.standout.section.SectionType;
import dev.standout.section.SectionedText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load time and throughput of the NLP pipeline and of the project, work and education extractors, on the florex
 * resumes in {@code ../shared} (one line each, as scraped). Usage:
 * {@code ExtractionThroughput [resumes=1000] [tagged=200]}; the shared folder comes from the system property
 * {@code standout.shared} or the environment variable {@code STANDOUT_SHARED} (default {@code ../shared}).
 *
 * <p>Sections come from a small stand-in heading splitter (the section segmenter is built elsewhere), so the
 * extraction figures measure the extractors, not the segmenter.
 */
public final class ExtractionThroughput {

    private static final Pattern HEADINGS = Pattern.compile(
            "(?<=\\s|^)(Work Experience|Education|Skills|Additional Information|Certifications|Projects|Links|Awards"
                    + "|Publications)(?=\\s)");

    private ExtractionThroughput() {
    }

    public static void main(String[] args) throws IOException {
        int resumes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int tagged = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<String> texts = Data.florexTexts(Data.shared(), resumes);

        long t0 = System.nanoTime();
        NlpPipeline nlp = NlpPipeline.shared();
        nlp.tokenize("Warm up.");
        long t1 = System.nanoTime();
        nlp.preloadTagger();
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "pipeline: tokenizer ready in %.0f ms, tagger loaded in %.0f ms%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6);

        // warm-up, then measure
        for (int i = 0; i < Math.min(100, texts.size()); i++) nlp.tokenize(texts.get(i));
        long tokens = 0;
        long s = System.nanoTime();
        for (String t : texts) tokens += count(nlp.tokenize(t));
        double secs = (System.nanoTime() - s) / 1e9;
        System.out.printf(Locale.ROOT, "tokenize,ssplit: %d resumes, %d tokens, %.0f tokens/s, %.2f ms/resume%n",
                texts.size(), tokens, tokens / secs, secs * 1000 / texts.size());

        for (int i = 0; i < Math.min(20, texts.size()); i++) nlp.tag(texts.get(i));
        tokens = 0;
        s = System.nanoTime();
        int n = Math.min(tagged, texts.size());
        for (int i = 0; i < n; i++) tokens += count(nlp.tag(texts.get(i)));
        secs = (System.nanoTime() - s) / 1e9;
        System.out.printf(Locale.ROOT, "tokenize,ssplit,pos,lemma: %d resumes, %d tokens, %.0f tokens/s, %.1f ms/resume%n",
                n, tokens, tokens / secs, secs * 1000 / n);

        WorkExtractor work = new WorkExtractor();
        EducationExtractor education = new EducationExtractor();
        ProjectExtractor projects = new ProjectExtractor();
        List<SectionedText> sectioned = new ArrayList<>();
        for (String t : texts) sectioned.add(sections(t));
        for (int i = 0; i < Math.min(50, sectioned.size()); i++) {
            work.extract(sectioned.get(i));
            education.extract(sectioned.get(i));
            projects.extract(sectioned.get(i));
        }
        long tw = 0;
        long te = 0;
        long tp = 0;
        int roles = 0;
        int degrees = 0;
        int found = 0;
        for (SectionedText st : sectioned) {
            long a = System.nanoTime();
            roles += work.extract(st).size();
            long b = System.nanoTime();
            degrees += education.extract(st).size();
            long c = System.nanoTime();
            found += projects.extract(st).size();
            long d = System.nanoTime();
            tw += b - a;
            te += c - b;
            tp += d - c;
        }
        int m = sectioned.size();
        System.out.printf(Locale.ROOT, "extraction per resume: work %.2f ms, education %.2f ms, projects %.2f ms"
                        + " (%d roles, %d degrees, %d projects in %d resumes)%n",
                tw / 1e6 / m, te / 1e6 / m, tp / 1e6 / m, roles, degrees, found, m);
    }

    private static long count(List<Sentence> sentences) {
        long n = 0;
        for (Sentence x : sentences) n += x.size();
        return n;
    }

    /** A stand-in for the section segmenter: the job board's headings where they stand in the one-line text. */
    static SectionedText sections(String text) {
        List<Section> out = new ArrayList<>();
        Matcher m = HEADINGS.matcher(text);
        List<int[]> heads = new ArrayList<>();
        while (m.find()) heads.add(new int[]{m.start(), m.end()});
        int first = heads.isEmpty() ? text.length() : heads.get(0)[0];
        out.add(new Section(SectionType.CONTACT, "", 0, 0, first));
        for (int i = 0; i < heads.size(); i++) {
            int[] h = heads.get(i);
            int end = i + 1 < heads.size() ? heads.get(i + 1)[0] : text.length();
            String heading = text.substring(h[0], h[1]);
            SectionType type = switch (heading) {
                case "Work Experience" -> SectionType.EXPERIENCE;
                case "Education" -> SectionType.EDUCATION;
                case "Skills" -> SectionType.SKILLS;
                case "Certifications" -> SectionType.CERTIFICATIONS;
                case "Projects" -> SectionType.PROJECTS;
                case "Awards" -> SectionType.AWARDS;
                case "Publications" -> SectionType.PUBLICATIONS;
                default -> SectionType.OTHER;
            };
            out.add(new Section(type, heading, h[0], h[1], end));
        }
        return new SectionedText(text, out);
    }
}
