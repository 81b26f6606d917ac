package dev.standout.nlp;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NlpPipelineTest {

    private static final NlpPipeline NLP = NlpPipeline.shared();

    private static List<String> words(List<Sentence> sentences) {
        List<String> out = new ArrayList<>();
        for (Sentence s : sentences) for (Token t : s.tokens()) out.add(t.text());
        return out;
    }

    @Test
    void keepsTechnologyNamesWhole() {
        String text = "Stack: C++, C#, .NET, ASP.NET, Node.js, e-commerce, 03/2015 and .net core";
        List<String> words = words(NLP.tokenize(text));
        assertThat(words).contains("C++", "C#", ".NET", "ASP.NET", "Node.js", "e-commerce", "03/2015", ".net");
        assertThat(NLP.tokenize(text)).hasSize(1);
    }

    @Test
    void offsetsPointIntoTheGivenString() {
        String text = "Built a sensor hub.\nUsed by 3,000 students 😀 daily – “really”.";
        for (Sentence s : NLP.tag(text)) {
            for (Token t : s.tokens()) assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void everyLineIsASentence() {
        List<Sentence> s = NLP.tokenize("Senior Engineer\nAcme Corp\nJan 2019 - Present");
        assertThat(s).hasSize(3);
        assertThat(s.get(1).text("Senior Engineer\nAcme Corp\nJan 2019 - Present")).isEqualTo("Acme Corp");
    }

    @Test
    void rangeOffsetsMapBackToTheWholeText() {
        String text = "PROJECTS\nGreenhouse monitor: collected 2.1M sensor readings.\nSKILLS";
        int start = text.indexOf("Greenhouse");
        int end = text.indexOf("\nSKILLS");
        List<Sentence> s = NLP.tag(text, start, end);
        Token first = s.get(0).tokens().get(0);
        assertThat(first.start()).isEqualTo(start);
        assertThat(first.text()).isEqualTo("Greenhouse");
        for (Sentence x : s) for (Token t : x.tokens()) assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        assertThat(s.get(s.size() - 1).end()).isLessThanOrEqualTo(end);
    }

    @Test
    void tagsAndLemmatizes() {
        List<Token> t = NLP.tag("Collected readings from air quality sensors").get(0).tokens();
        assertThat(t.get(0).key()).isEqualTo("collect");
        assertThat(t.get(0).isVerb()).isTrue();
        assertThat(t.get(5).key()).isEqualTo("sensor");
        assertThat(t.get(5).isNoun()).isTrue();
        assertThat(NLP.tokenize("Collected readings").get(0).tokens().get(0).tag()).isEmpty();
    }

    @Test
    void protectedTokensKeepTheirOwnLemma() {
        Token net = NLP.tag("Wrote services in .NET").get(0).tokens().get(3);
        assertThat(net.text()).isEqualTo(".NET");
        assertThat(net.key()).isEqualTo(".net");
    }

    @Test
    void emptyAndBlankTextGiveNoSentences() {
        assertThat(NLP.tokenize("")).isEmpty();
        assertThat(NLP.tag("  \n\n ")).isEmpty();
    }

    @Test
    void badRangeIsACallerMistake() {
        assertThatThrownBy(() -> NLP.tokenize("abc", 2, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void longRunsWithoutPunctuationAreTaggedInPieces() {
        String text = "word ".repeat(NlpPipeline.MAX_TAGGED_SENTENCE * 2 + 7);
        List<Sentence> s = NLP.tag(text);
        assertThat(s.stream().mapToInt(Sentence::size).sum()).isEqualTo(NlpPipeline.MAX_TAGGED_SENTENCE * 2 + 7);
        assertThat(s).allSatisfy(x -> assertThat(x.size()).isLessThanOrEqualTo(NlpPipeline.MAX_TAGGED_SENTENCE));
        assertThat(s.get(s.size() - 1).tokens()).allSatisfy(t -> assertThat(t.tag()).isNotEmpty());
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add("Project " + i + ": built a graph database loader in Java that indexed " + (i * 1000)
                    + " documents.\nReduced query latency by " + i + "% for 300 analysts.");
        }
        List<List<Sentence>> expected = new ArrayList<>();
        for (String t : texts) expected.add(NLP.tag(t));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Sentence>>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String t : texts) futures.add(pool.submit(() -> NLP.tag(t)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(expected.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTaggerLoadedInTheBackgroundTagsAsTheSharedOne() throws Exception {
        String text = "Built a recommender in Python that served 2,000 users.\nLed the migration to Kubernetes.";
        NlpPipeline fresh = NlpPipeline.newInstance();
        assertThat(fresh.preloadTaggerInBackground()).isSameAs(fresh);
        fresh.preloadTaggerInBackground(); // a second call does not start a second load
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<Sentence>>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) futures.add(pool.submit(() -> fresh.tag(text))); // they wait for the load
            for (Future<List<Sentence>> f : futures) {
                assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(NLP.tag(text));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fresh.preloadTaggerInBackground().tag(text)).isEqualTo(NLP.tag(text)); // loaded: nothing to do
    }

    @Test
    void printsNothingWhileBuildingAndAnnotating() {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        try {
            System.setErr(capture);
            System.setOut(capture);
            NlpPipeline fresh = NlpPipeline.newInstance();
            fresh.tokenize("Built a weather station.\n• Used by 40 farmers (café ☃ \u0007 odd chars).");
            fresh.tag("Built a weather station.\n• Used by 40 farmers (café ☃ \u0007 odd chars).");
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** In a JVM of its own, so that nothing else loaded CoreNLP or SLF4J first. */
    @Test
    void printsNothingInAFreshJvm() throws IOException, InterruptedException {
        Path log = Files.createTempFile("standout-nlp", ".log");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    QuietMain.class.getName())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
            assertThat(Files.readString(log)).isEmpty();
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Builds the pipeline and uses both levels; exits non-zero when the answers look wrong. */
    static final class QuietMain {
        public static void main(String[] args) {
            NlpPipeline nlp = NlpPipeline.shared();
            int a = nlp.tokenize("Senior Engineer\nAcme Corp").size();
            Token first = nlp.tag("Built a weather station used by 40 farmers.").get(0).tokens().get(0);
            if (a != 2 || !first.key().equals("build")) System.exit(3);
        }
    }
}
