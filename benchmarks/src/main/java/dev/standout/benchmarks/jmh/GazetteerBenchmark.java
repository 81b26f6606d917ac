package dev.standout.benchmarks.jmh;

import dev.standout.taxonomy.CredentialCatalog;
import dev.standout.taxonomy.GazetteerMatch;
import dev.standout.taxonomy.SkillTaxonomy;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Gazetteer matching over a whole real resume: the skills trie (tens of thousands of aliases) and the credential
 * catalog's, alone and with the context checks that confirm their ambiguous matches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GazetteerBenchmark {
    @Param({"skills", "credentials"})
    String gazetteer;

    private List<String> texts;
    private final SkillTaxonomy skills = SkillTaxonomy.defaultTaxonomy();
    private final CredentialCatalog credentials = CredentialCatalog.defaultCatalog();
    private boolean skill;

    @Setup
    public void setup() {
        texts = Inputs.normalized();
        skill = gazetteer.equals("skills");
    }

    @Benchmark
    public List<GazetteerMatch> find(Cycle c) {
        String t = texts.get(c.next(texts.size()));
        return skill ? skills.find(t) : credentials.find(t);
    }

    @Benchmark
    public void findWithContext(Cycle c, Blackhole bh) {
        String t = texts.get(c.next(texts.size()));
        for (GazetteerMatch m : skill ? skills.find(t) : credentials.find(t)) {
            if (!m.ambiguous()) {
                bh.consume(m);
            } else if (skill) {
                bh.consume(skills.hasTechContext(t, m.start(), m.end()));
            } else {
                bh.consume(credentials.hasCredentialContext(t, m.start(), m.end()));
            }
        }
    }
}
