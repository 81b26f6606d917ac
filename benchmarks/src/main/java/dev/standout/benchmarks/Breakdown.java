package dev.standout.benchmarks;

import dev.standout.DocumentException;
import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.ModelInfo;
import dev.standout.extract.CredentialExtractor;
import dev.standout.extract.EducationExtractor;
import dev.standout.extract.ProjectExtractor;
import dev.standout.extract.ResumeExtractor;
import dev.standout.extract.SkillExtractor;
import dev.standout.extract.WorkExtractor;
import dev.standout.nlp.NlpPipeline;
import dev.standout.parse.DocumentParsers;
import dev.standout.parse.TextNormalizer;
import dev.standout.resume.Basics;
import dev.standout.resume.Resume;
import dev.standout.score.DifferentiationScorer;
import dev.standout.section.ContactExtractor;
import dev.standout.section.SectionSegmenter;
import dev.standout.section.SectionedText;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where the time of one file goes, step by step, in CPU time of the one thread that does the work (so that the
 * figures hold on a machine shared with other work, where wall time does not): the floor's steps (PDFBox's plain
 * text, CoreNLP {@code tokenize,ssplit}) beside Standout's (its PDF reader, normalization, sections, contacts,
 * extraction, scoring), and, not counted in the total, each extractor on its own. One untimed pass warms the
 * JIT, then {@code --rounds} timed passes. With {@code --florex}, the inputs are florex resumes as text (the
 * model-building corpus) instead of PDFs.
 *
 * <pre>Usage: Breakdown [--shared DIR] [--files N=100] [--rounds R=2] [--model FILE] [--florex]</pre>
 */
public final class Breakdown {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String ALONE = "  alone: ";
    private final Map<String, long[]> cpu = new LinkedHashMap<>();
    private boolean timing;

    private Breakdown() {
    }

    public static void main(String[] args) throws Exception {
        String shared = null;
        int n = 100;
        int rounds = 2;
        boolean florex = false;
        String modelFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = args[++i];
                case "--files" -> n = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--model" -> modelFile = args[++i];
                case "--florex" -> florex = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<byte[]> docs = florex
                ? Data.florexTexts(Data.shared(shared), n).stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList()
                : Data.read(Data.livecareerPdfs(Data.shared(shared), n));
        CorpusModel model = modelFile != null ? CorpusModel.load(Path.of(modelFile)) : null;
        new Breakdown().run(docs, rounds, model, florex ? "florex text resumes" : "livecareer PDFs");
    }

    private <T> T step(String name, Supplier<T> s) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        T v = s.get();
        long dt = THREADS.getCurrentThreadCpuTime() - t0;
        if (timing) {
            long[] c = cpu.computeIfAbsent(name, k -> new long[2]);
            c[0] += dt;
            c[1]++;
        }
        return v;
    }

    private void run(List<byte[]> docs, int rounds, CorpusModel given, String what) throws IOException {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        StanfordCoreNLP floorNlp = new StanfordCoreNLP(p);
        DocumentParsers parsers = DocumentParsers.standard();
        SectionSegmenter segmenter = new SectionSegmenter();
        ContactExtractor contacts = new ContactExtractor();
        ResumeExtractor extractor = new ResumeExtractor();
        WorkExtractor work = new WorkExtractor();
        EducationExtractor education = new EducationExtractor();
        SkillExtractor skills = new SkillExtractor();
        CredentialExtractor credentials = new CredentialExtractor();
        ProjectExtractor projects = new ProjectExtractor(NlpPipeline.shared(), block -> List.of());
        NlpPipeline.shared().preloadTagger();

        List<Resume> resumes = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            timing = round > 0;
            resumes.clear();
            for (byte[] doc : docs) {
                String plain = step("floor: PDFBox PDFTextStripper", () -> {
                    if (doc[0] != '%') return new String(doc, StandardCharsets.UTF_8);
                    try (PDDocument d = Loader.loadPDF(doc)) {
                        return new PDFTextStripper().getText(d);
                    } catch (IOException e) {
                        return "";
                    }
                });
                step("floor: CoreNLP tokenize,ssplit", () -> {
                    Annotation a = new Annotation(plain);
                    floorNlp.annotate(a);
                    return a.get(CoreAnnotations.TokensAnnotation.class).size();
                });
                String raw = step("parse (Standout)", () -> {
                    try {
                        return parsers.parse(doc).text();
                    } catch (DocumentException e) {
                        return null;
                    }
                });
                if (raw == null) continue;
                String text = step("normalize", () -> TextNormalizer.normalize(raw));
                SectionedText st = step("sections", () -> segmenter.segment(text));
                Basics basics = step("contacts", () -> contacts.extract(st));
                resumes.add(step("extraction (ResumeExtractor, all of it)", () -> extractor.extract(st, basics)));
                step(ALONE + "work", () -> work.extract(st));
                step(ALONE + "education", () -> education.extract(st));
                step(ALONE + "skills", () -> skills.extract(st));
                step(ALONE + "credentials", () -> credentials.extract(st));
                step(ALONE + "projects (pos,lemma on project text)", () -> projects.extract(st));
            }
        }
        CorpusModel model = given;
        String modelNote = given == null ? "" : " (given model)";
        if (model == null) {
            CorpusModel.Builder b = CorpusModel.builder();
            for (Resume r : resumes) b.add(r, Set.of());
            model = b.build(1, ModelInfo.of("breakdown", "0"));
            modelNote = " (model counted from these resumes)";
        }
        DifferentiationScorer scorer = DifferentiationScorer.standard(model);
        for (int round = 0; round <= rounds * 20; round++) {
            timing = round > 0;
            for (Resume r : resumes) step("score" + modelNote, () -> scorer.score(r, null));
        }

        System.out.printf(Locale.ROOT, "CPU time per file, one thread, %d %s x %d rounds (load %s)%n",
                docs.size(), what, rounds, Machine.loadAverage());
        long floorTotal = 0;
        long standoutTotal = 0;
        for (Map.Entry<String, long[]> e : cpu.entrySet()) {
            long per = e.getValue()[0] / e.getValue()[1];
            if (e.getKey().startsWith("floor")) floorTotal += per;
            else if (!e.getKey().startsWith(ALONE)) standoutTotal += per;
            System.out.printf(Locale.ROOT, "  %-48s %9.3f ms%n", e.getKey(), per / 1e6);
        }
        System.out.printf(Locale.ROOT, "  %-48s %9.3f ms%n  %-48s %9.3f ms (%.2fx the floor)%n", "floor total",
                floorTotal / 1e6, "Standout total", standoutTotal / 1e6, (double) standoutTotal / floorTotal);
    }
}
