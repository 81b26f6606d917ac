package dev.standout.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.standout.ErrorType;
import dev.standout.Standout;
import dev.standout.batch.Slot.Outcome;
import dev.standout.internal.ResultJson;
import dev.standout.parse.ParseLimits;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The entry point of a batch worker process: a long-lived JVM that analyzes one file per request, started,
 * fed, timed and, when it dies or hangs, killed and replaced by {@link BatchRunner} in
 * {@link Isolation#PROCESS process isolation}. Not meant to be run by hand.
 *
 * <p><b>Protocol</b> (UTF-8, one JSON object per line). The worker loads its analyzer, analyzes a built-in
 * resume once (so that models are loaded before the first file's time limit starts), then writes
 * {@code {"ready":true,"pid":N}}. For each request line {@code {"id":N,"path":"/abs/file","name":"rel/name"}}
 * on its standard input it writes one answer line {@code {"id":N,"record":{…},"minhash":"…"}}: the contract
 * record and the near-duplicate signature of the text. After an {@link OutOfMemoryError} it answers with
 * {@code "recycle":true} and exits, so that no file is analyzed in a heap left in a doubtful state. It exits
 * when its standard input ends, and halts when the process that started it is gone. Anything the libraries
 * print to standard output goes to standard error instead, so that it cannot break the protocol.
 *
 * <p>Arguments: {@code --parent-pid N}, {@code --max-bytes N}, {@code --max-pages N}, {@code --max-chars N}
 * (the parse limits), {@code --ocr MODE}, {@code --ocr-language L}, {@code --ocr-max-pages N},
 * {@code --ocr-page-timeout-ms N}, {@code --ocr-max-pixels N}, {@code --ocr-dpi N}, {@code --ocr-command C} (the OCR
 * options) and {@code --analyzer CLASS} (a {@link FileAnalyzer} with a public no-argument
 * constructor; default: {@link Standout} with those limits).
 */
public final class WorkerMain {
    private WorkerMain() {
    }

    public static void main(String[] args) {
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        int code;
        try {
            code = run(args, System.in, protocol);
        } catch (IOException e) {
            System.err.println("standout worker: " + e.getMessage());
            code = 1;
        } catch (IllegalArgumentException e) {
            System.err.println("standout worker: " + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }

    /** Serves requests until the input ends; returns the exit code. */
    static int run(String[] args, InputStream in, OutputStream out) throws IOException {
        ParseLimits limits = ParseLimits.DEFAULT;
        dev.standout.parse.OcrOptions ocr = dev.standout.parse.OcrOptions.DEFAULT;
        String analyzerClass = null;
        long parentPid = -1;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) throw new IllegalArgumentException("missing value for " + a);
            String v = args[++i];
            switch (a) {
                case "--parent-pid" -> parentPid = Long.parseLong(v);
                case "--max-bytes" -> limits = limits.withMaxBytes(Long.parseLong(v));
                case "--max-pages" -> limits = limits.withMaxPages(Integer.parseInt(v));
                case "--max-chars" -> limits = limits.withMaxChars(Integer.parseInt(v));
                case "--ocr" -> ocr = ocr.withMode(dev.standout.parse.OcrOptions.mode(v));
                case "--ocr-language" -> ocr = ocr.withLanguage(v);
                case "--ocr-max-pages" -> ocr = ocr.withMaxPages(Integer.parseInt(v));
                case "--ocr-page-timeout-ms" -> ocr = ocr.withPageTimeout(java.time.Duration.ofMillis(Long.parseLong(v)));
                case "--ocr-max-pixels" -> ocr = ocr.withMaxPixels(Long.parseLong(v));
                case "--ocr-dpi" -> ocr = ocr.withDpi(Integer.parseInt(v));
                case "--ocr-command" -> ocr = ocr.withCommand(v);
                case "--analyzer" -> analyzerClass = v;
                default -> throw new IllegalArgumentException("unknown argument: " + a);
            }
        }
        if (parentPid > 0) watchParent(parentPid);
        FileAnalyzer analyzer = analyzerClass == null
                ? FileAnalyzer.of(Standout.builder().limits(limits).ocr(ocr).build()) : instantiate(analyzerClass);
        OneFile.warmUp(analyzer);

        OutputStream o = new BufferedOutputStream(out, 1 << 16);
        ObjectNode ready = RecordCodec.JSON.createObjectNode();
        ready.put("ready", true);
        ready.put("pid", ProcessHandle.current().pid());
        writeLine(o, ready);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) continue;
            JsonNode req = RecordCodec.JSON.readTree(line);
            long id = req.path("id").asLong();
            Outcome outcome = OneFile.analyze(analyzer, Path.of(req.path("path").asText()), req.path("name").asText(),
                    limits.maxBytes());
            boolean recycle = outcome.result().error().map(e -> e.type() == ErrorType.OUT_OF_MEMORY).orElse(false);
            ObjectNode answer = RecordCodec.JSON.createObjectNode();
            answer.put("id", id);
            answer.set("record", ResultJson.toNode(outcome.result()));
            if (outcome.signature() != null) answer.put("minhash", NearDuplicates.encode(outcome.signature()));
            if (recycle) answer.put("recycle", true);
            writeLine(o, answer);
            if (recycle) return 0;
        }
        return 0;
    }

    private static void writeLine(OutputStream o, JsonNode node) throws IOException {
        o.write(RecordCodec.JSON.writeValueAsBytes(node));
        o.write('\n');
        o.flush();
    }

    private static FileAnalyzer instantiate(String className) {
        try {
            Class<?> c = Class.forName(className);
            if (!FileAnalyzer.class.isAssignableFrom(c)) {
                throw new IllegalArgumentException(className + " is not a " + FileAnalyzer.class.getName());
            }
            return (FileAnalyzer) c.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("analyzer class not found: " + className, e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalArgumentException("analyzer class " + className
                    + " needs a public constructor without arguments", e);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("analyzer class " + className + " failed to start: " + e.getCause(), e);
        }
    }

    /** Halts this worker when the batch that started it is gone (killed, crashed), even in the middle of a file. */
    private static void watchParent(long pid) {
        Optional<ProcessHandle> parent = ProcessHandle.of(pid);
        if (parent.isEmpty() || !parent.get().isAlive()) Runtime.getRuntime().halt(4);
        ProcessHandle p = parent.get();
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
                if (!p.isAlive()) Runtime.getRuntime().halt(4);
            }
        }, "standout-parent-watch");
        t.setDaemon(true);
        t.start();
    }
}
