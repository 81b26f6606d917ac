package dev.standout.extract;

import dev.standout.DocumentException;
import dev.standout.SharedData;
import dev.standout.parse.DocumentParsers;
import dev.standout.parse.TextNormalizer;
import dev.standout.resume.Mention;
import dev.standout.resume.Skill;
import dev.standout.resume.SkillType;
import dev.standout.section.SectionSegmenter;
import dev.standout.taxonomy.GazetteerAlias;
import dev.standout.taxonomy.SkillEntry;
import dev.standout.taxonomy.SkillTaxonomy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the livecareer PDFs of occupations outside IT and engineering ({@code ../shared}; skipped without it): no
 * programming language, DevOps tool or IT product is reported for a resume whose text has no other technical
 * context. An IT technology here is a technical skill that the corpora name mostly in IT resumes, or one named
 * by an ambiguous alias ("Chef", "C", "ADA", "Java"); other technical context is a second technical skill that is
 * not everyday software (Excel, Outlook and QuickBooks are everywhere), or a word of software work in the text.
 */
class NonItTechnologiesTest {
    private static final Set<String> IT_FOLDERS = Set.of("INFORMATION-TECHNOLOGY", "ENGINEERING");
    /** Words of software work, as a reader would look for them (the test's own list). */
    private static final Pattern SOFTWARE_WORK = Pattern.compile("(?i)\\b(?:programming|programmer|software"
            + "|developer|database|coding|scripting|source code|computer science|web development|devops|sysadmin"
            + "|system administrat\\w*|network administrat\\w*|information technology)\\b");

    private final SkillTaxonomy taxonomy = SkillTaxonomy.defaultTaxonomy();
    private final SkillContext context = SkillContext.standard();
    private final SkillExtractor extractor = new SkillExtractor();
    private final SectionSegmenter segmenter = new SectionSegmenter();

    @Test
    void reportsNoLoneTechnologyOutsideIt() throws IOException {
        Path root = SharedData.require("data/corpus/livecareer");
        DocumentParsers parsers = DocumentParsers.standard();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root, 2)) {
            files = s.filter(p -> p.toString().endsWith(".pdf"))
                    .filter(p -> !IT_FOLDERS.contains(p.getParent().getFileName().toString())).sorted().toList();
        }
        List<String> lone = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger resumes = new AtomicInteger();
        AtomicInteger withTechnologies = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Path f : files) {
                jobs.add(pool.submit(() -> {
                    String text;
                    try {
                        text = TextNormalizer.normalize(parsers.parse(Files.readAllBytes(f)).text());
                    } catch (DocumentException | IOException e) {
                        return;
                    }
                    resumes.incrementAndGet();
                    List<Skill> it = new ArrayList<>();
                    int technical = 0;
                    for (Skill s : extractor.extract(segmenter.segment(text))) {
                        if (s.type() != SkillType.TECHNICAL || context.everyday(s.id())) continue;
                        technical++;
                        if (context.itSpecific(s.id()) || namedAmbiguously(s)) it.add(s);
                    }
                    if (!it.isEmpty()) withTechnologies.incrementAndGet();
                    if (!it.isEmpty() && technical == 1 && !SOFTWARE_WORK.matcher(text).find()) {
                        Mention m = it.get(0).mentions().get(0);
                        lone.add(f.getParent().getFileName() + "/" + f.getFileName() + ": " + it.get(0).name()
                                + " [" + m.text() + "]");
                    }
                }));
            }
            for (Future<?> j : jobs) j.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
        assertThat(resumes.get()).as("livecareer PDFs outside IT and engineering").isGreaterThan(1000);
        // the extractor still reports IT technologies where a resume has them
        assertThat(withTechnologies.get()).isGreaterThan(50);
        assertThat(lone).as("lone IT technologies in resumes without technical context").isEmpty();
    }

    /** Every mention is written as an ambiguous alias of the skill ("CHEF" for Chef, "ADA" for Ada). */
    private boolean namedAmbiguously(Skill s) {
        SkillEntry e = taxonomy.byId(s.id()).orElse(null);
        if (e == null) return false;
        for (Mention m : s.mentions()) {
            String key = dev.standout.taxonomy.GazetteerMatcher.normalize(m.text());
            boolean amb = false;
            for (GazetteerAlias a : e.aliases()) amb |= a.ambiguous() && a.key().equals(key);
            if (!amb) return false;
        }
        return true;
    }
}
