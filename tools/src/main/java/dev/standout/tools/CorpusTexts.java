package dev.standout.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standout.DocumentException;
import dev.standout.parse.DocumentParsers;
import dev.standout.parse.TextNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The unlabelled resume corpora of the shared folder, as normalized texts with their occupation: florex records
 * (all IT) and the livecareer PDFs (one folder per occupation). The resource builders learn from them which
 * short forms resumes write and in which occupations a name is a technology. The labelled dotin and DataTurks sets
 * are never read here: they are kept for evaluation.
 */
final class CorpusTexts {
    static final String FLOREX = "corpus/florex/resume_corpus.jsonl.gz";
    static final String LIVECAREER = "corpus/livecareer";
    /** livecareer folders of IT occupations. */
    static final Set<String> IT_FOLDERS = Set.of("INFORMATION-TECHNOLOGY");
    /** livecareer folders of engineering occupations, neither IT nor outside it for the context counts. */
    static final Set<String> ENGINEERING_FOLDERS = Set.of("ENGINEERING");

    /** A resume's normalized text and where it comes from. */
    record Doc(String source, String occupation, String text) {
        /** An IT resume: a florex record or a livecareer IT folder. */
        boolean it() {
            return source.equals("florex") || IT_FOLDERS.contains(occupation);
        }

        /** A resume of an occupation outside IT and engineering. */
        boolean outsideIt() {
            return !it() && !ENGINEERING_FOLDERS.contains(occupation);
        }
    }

    /** Every {@value}-th florex record is read. */
    static final int FLOREX_STEP = 5;
    /** At most this many florex records are read. */
    static final int FLOREX_MAX = 6000;

    private CorpusTexts() {
    }

    /** The corpora the builders learn from: every {@link #FLOREX_STEP}-th florex record and the livecareer PDFs. */
    static List<Doc> standard(Path shared) throws IOException {
        List<Doc> out = new ArrayList<>(florex(shared, FLOREX_STEP, FLOREX_MAX));
        out.addAll(livecareer(shared, Math.max(1, Runtime.getRuntime().availableProcessors())));
        return out;
    }

    /** Every {@code step}-th florex record, at most {@code max}, in file order. */
    static List<Doc> florex(Path shared, int step, int max) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(shared.resolve(FLOREX))), StandardCharsets.UTF_8))) {
            String line;
            int i = 0;
            while ((line = r.readLine()) != null && out.size() < max) {
                if (i++ % step != 0 || line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                String text = TextNormalizer.normalize(n.path("text").asText(""));
                if (!text.isBlank()) out.add(new Doc("florex", "florex", text));
            }
        }
        return out;
    }

    /** The livecareer PDFs, parsed on {@code threads} threads, in folder and file-name order; unreadable ones left out. */
    static List<Doc> livecareer(Path shared, int threads) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(shared.resolve(LIVECAREER), 2)) {
            s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().forEach(files::add);
        }
        DocumentParsers parsers = DocumentParsers.standard();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Doc>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    try {
                        String text = TextNormalizer.normalize(parsers.parse(Files.readAllBytes(f)).text());
                        return text.isBlank() ? null
                                : new Doc("livecareer", f.getParent().getFileName().toString(), text);
                    } catch (DocumentException e) {
                        return null;
                    }
                }));
            }
            List<Doc> out = new ArrayList<>();
            for (Future<Doc> fu : futures) {
                Doc d = fu.get();
                if (d != null) out.add(d);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new UncheckedIOException(new IOException(e.getCause()));
        } finally {
            pool.shutdownNow();
        }
    }
}
