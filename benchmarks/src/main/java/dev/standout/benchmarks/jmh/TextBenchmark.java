package dev.standout.benchmarks.jmh;

import dev.standout.parse.TextNormalizer;
import dev.standout.resume.Basics;
import dev.standout.section.ContactExtractor;
import dev.standout.section.SectionSegmenter;
import dev.standout.section.SectionedText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** The text steps after parsing, per real resume: normalization, section segmentation, contact details. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextBenchmark {
    private List<String> raw;
    private List<String> normalized;
    private List<SectionedText> sectioned;
    private final SectionSegmenter segmenter = new SectionSegmenter();
    private final ContactExtractor contacts = new ContactExtractor();

    @Setup
    public void setup() {
        raw = Inputs.raw();
        normalized = Inputs.normalized();
        sectioned = Inputs.sectioned();
    }

    @Benchmark
    public String normalize(Cycle c) {
        return TextNormalizer.normalize(raw.get(c.next(raw.size())));
    }

    @Benchmark
    public SectionedText sections(Cycle c) {
        return segmenter.segment(normalized.get(c.next(normalized.size())));
    }

    @Benchmark
    public Basics contacts(Cycle c) {
        return contacts.extract(sectioned.get(c.next(sectioned.size())));
    }
}
