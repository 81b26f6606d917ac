package dev.standout.benchmarks.jmh;

import dev.standout.extract.CredentialExtractor;
import dev.standout.extract.EducationExtractor;
import dev.standout.extract.ProjectExtractor;
import dev.standout.extract.ResumeExtractor;
import dev.standout.extract.SkillExtractor;
import dev.standout.extract.WorkExtractor;
import dev.standout.nlp.NlpPipeline;
import dev.standout.resume.Basics;
import dev.standout.section.SectionedText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The extractors, per real sectioned resume: work, education, skills (gazetteer, context, mention model),
 * credentials, projects (part-of-speech tagging of project text only; no keyword hook here), and
 * {@code all}: {@link ResumeExtractor}, the library's extraction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractBenchmark {
    @Param({"work", "education", "skills", "credentials", "projects", "all"})
    String extractor;

    private List<SectionedText> texts;
    private final WorkExtractor work = new WorkExtractor();
    private final EducationExtractor education = new EducationExtractor();
    private final SkillExtractor skills = new SkillExtractor();
    private final CredentialExtractor credentials = new CredentialExtractor();
    private final ResumeExtractor all = new ResumeExtractor();
    private ProjectExtractor projects;

    @Setup
    public void setup() {
        texts = Inputs.sectioned();
        NlpPipeline.shared().preloadTagger();
        projects = new ProjectExtractor(NlpPipeline.shared(), text -> List.of());
    }

    @Benchmark
    public Object extract(Cycle c) {
        SectionedText t = texts.get(c.next(texts.size()));
        return switch (extractor) {
            case "work" -> work.extract(t);
            case "education" -> education.extract(t);
            case "skills" -> skills.extract(t);
            case "credentials" -> credentials.extract(t);
            case "projects" -> projects.extract(t);
            case "all" -> all.extract(t, Basics.EMPTY);
            default -> throw new IllegalArgumentException(extractor);
        };
    }
}
