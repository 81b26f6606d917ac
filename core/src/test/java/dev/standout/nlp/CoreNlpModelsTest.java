package dev.standout.nlp;

import dev.standout.Result;
import dev.standout.Standout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CoreNLP model files that a whole analysis asks for are exactly those that the standout-corenlp-models
 * artifact carries: none missing (an annotator that needs another model would fail where only that artifact is
 * on the class path), none carried for nothing.
 *
 * <p>CoreNLP looks its models up through the system class loader ({@code ClassLoader.getSystemResourceAsStream}),
 * so the analysis runs in a JVM of its own ({@link #main}) whose system class loader is {@link RecordingLoader}:
 * it delegates everything as usual and writes down every resource under {@code edu/stanford/nlp/models/} asked of
 * it. The analysis extracts projects, so the part-of-speech tagger runs as well as the tokenizer.
 */
class CoreNlpModelsTest {

    private static final String MODELS = "edu/stanford/nlp/models/";
    private static final String LOG_PROPERTY = "standout.test.resourceLog";

    /** Has a summary and a project, so that the tagger runs (project themes are lemmatized). */
    private static final String RESUME = String.join("\n",
            "Jordan Example",
            "Data analyst",
            "jordan@example.com",
            "",
            "SUMMARY",
            "Analyst who built dashboards used by 40 teams and automated the monthly reporting.",
            "",
            "EXPERIENCE",
            "Data Analyst, Acme Corp, Jan 2020 - Present",
            "- Built a forecasting model in Python that cut stock-outs by 12%.",
            "",
            "PROJECTS",
            "Bike counter: collected 2.1M sensor readings from city bike lanes and published an open data set.",
            "",
            "EDUCATION",
            "B.Sc. Statistics, University of Somewhere, 2019",
            "",
            "SKILLS",
            "Python, SQL, Tableau");

    @Test
    void anAnalysisLoadsExactlyTheModelFilesOfTheModelsArtifact(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("resources.log");
        Path out = dir.resolve("out.txt");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", // a custom system class loader turns class-data sharing off, with a warning
                "-Djava.system.class.loader=" + RecordingLoader.class.getName(),
                "-D" + LOG_PROPERTY + "=" + log,
                "-cp", System.getProperty("java.class.path"),
                CoreNlpModelsTest.class.getName());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("analysis finished").isTrue();
        String output = Files.readString(out);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("\"status\":\"OK\"", "\"themes\"");

        Set<String> asked = new TreeSet<>();
        Set<String> entries = new TreeSet<>();
        for (String line : Files.readAllLines(log)) {
            String[] f = line.split("\t", 2);
            assertThat(f[1]).as("model file asked for but not on the class path: " + f[0]).isNotEqualTo("MISSING");
            asked.add(f[0]);
            entries.add(classPathEntry(f[1]));
        }
        assertThat(asked).as("model files asked for").isNotEmpty();
        assertThat(entries).as("class path entries that the model files came from").hasSize(1);
        Path artifact = Path.of(entries.iterator().next());
        assertThat(read(artifact, "META-INF/NOTICE")).as("NOTICE of " + artifact).contains("standout-corenlp-models");
        assertThat(modelFiles(artifact)).as("model files carried by " + artifact).isEqualTo(asked);
    }

    /** Runs in the JVM that the test starts: one analysis, its record on standard output. */
    public static void main(String[] args) throws Exception {
        Result r = Standout.create().analyze(RESUME);
        System.out.println(r.toJson());
    }

    /** The file or folder of the class path that a resource URL points into. */
    private static String classPathEntry(String url) throws Exception {
        if (url.startsWith("jar:")) return Path.of(new URL(url.substring(4, url.indexOf("!/"))).toURI()).toString();
        String path = Path.of(new URL(url).toURI()).toString().replace(File.separatorChar, '/');
        return Path.of(path.substring(0, path.indexOf("/" + MODELS))).toString();
    }

    private static Set<String> modelFiles(Path entry) throws IOException {
        Set<String> out = new TreeSet<>();
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                files.filter(Files::isRegularFile)
                        .map(f -> entry.relativize(f).toString().replace(File.separatorChar, '/'))
                        .filter(n -> n.startsWith(MODELS))
                        .forEach(out::add);
            }
        } else {
            try (JarFile jar = new JarFile(entry.toFile())) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    JarEntry j = e.nextElement();
                    if (!j.isDirectory() && j.getName().startsWith(MODELS)) out.add(j.getName());
                }
            }
        }
        return out;
    }

    private static String read(Path entry, String name) throws IOException {
        if (Files.isDirectory(entry)) return Files.readString(entry.resolve(name));
        try (JarFile jar = new JarFile(entry.toFile())) {
            JarEntry j = jar.getJarEntry(name);
            if (j == null) return "";
            try (InputStream in = jar.getInputStream(j)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * A system class loader that delegates everything to the JVM's own and writes each CoreNLP model resource
     * asked of it, with where it was found, to the file named by the {@value #LOG_PROPERTY} property.
     */
    public static final class RecordingLoader extends URLClassLoader {
        static {
            ClassLoader.registerAsParallelCapable();
        }

        public RecordingLoader(ClassLoader parent) {
            super(new URL[0], parent);
        }

        @Override
        public URL getResource(String name) {
            URL u = super.getResource(name);
            record(name, u);
            return u;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            Enumeration<URL> all = super.getResources(name);
            if (!name.startsWith(MODELS)) return all;
            List<URL> list = java.util.Collections.list(all);
            record(name, list.isEmpty() ? null : list.get(0));
            return java.util.Collections.enumeration(list);
        }

        private static void record(String name, URL u) {
            if (!name.startsWith(MODELS)) return;
            String line = name + "\t" + (u == null ? "MISSING" : u.toString()) + "\n";
            synchronized (RecordingLoader.class) {
                try {
                    Files.writeString(Path.of(System.getProperty(LOG_PROPERTY)), line, StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
