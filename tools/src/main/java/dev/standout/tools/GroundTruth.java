package dev.standout.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The labelled resumes of {@code ../shared/data/groundtruth}: dotin train (inline {@code <label type="…">} spans)
 * and DataTurks train (character offsets, end inclusive, some shifted: relocated by the span's text).
 *
 * Used by the evaluation ({@code dev.standout.benchmarks.ExtractionEval}) and by {@link SkillModelTrainer}.
 *
 * <p>Each set is split once and for all into a development part (80%) and a held-out part (20%): dotin files whose
 * number is a multiple of 5, and DataTurks records whose line index is a multiple of 5, are held out. Rules and
 * lists are tuned by looking at the development part only.
 */
public final class GroundTruth {
    private GroundTruth() {
    }

    /** A labelled span, with offsets into the document's raw text. */
    public record Span(String label, int start, int end, String text) {
    }

    /** A labelled resume: its raw text (labels removed) and its spans. */
    public record Doc(String id, String text, List<Span> spans, boolean heldOut) {
        public List<Span> spans(String label) {
            return spans.stream().filter(s -> s.label().equals(label)).toList();
        }
    }

    private static final Pattern TAG = Pattern.compile("<label type=\"([^\"]*)\">|</label>");

    public static List<Doc> dotin(Path shared) throws IOException {
        List<Doc> docs = new ArrayList<>();
        Path dir = shared.resolve("data/groundtruth/dotin/train");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".xml")).sorted().toList()) {
                String name = f.getFileName().toString();
                String xml = Files.readString(f, StandardCharsets.UTF_8);
                int a = xml.indexOf("<cv>");
                int b = xml.lastIndexOf("</cv>");
                String body = a >= 0 && b > a ? xml.substring(a + 4, b) : xml;
                int number;
                try {
                    number = Integer.parseInt(name.replaceAll("\\D", ""));
                } catch (NumberFormatException e) {
                    number = name.hashCode();
                }
                docs.add(parseInline("dotin/" + name, body, number % 5 == 0));
            }
        }
        return docs;
    }

    /** Text without its label tags (entities unescaped) and the labelled spans in it. */
    public static Doc parseInline(String id, String body, boolean heldOut) {
        StringBuilder text = new StringBuilder(body.length());
        List<Span> spans = new ArrayList<>();
        Deque<Object[]> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(body);
        int pos = 0;
        while (m.find()) {
            text.append(unescape(body.substring(pos, m.start())));
            pos = m.end();
            if (m.group(1) != null) {
                open.push(new Object[]{m.group(1), text.length()});
            } else if (!open.isEmpty()) {
                Object[] o = open.pop();
                int s = (Integer) o[1];
                String t = text.substring(s);
                // the span without surrounding white space
                int ls = 0;
                while (ls < t.length() && Character.isWhitespace(t.charAt(ls))) ls++;
                int le = t.length();
                while (le > ls && Character.isWhitespace(t.charAt(le - 1))) le--;
                if (le > ls) spans.add(new Span((String) o[0], s + ls, s + le, t.substring(ls, le)));
            }
        }
        text.append(unescape(body.substring(pos)));
        return new Doc(id, text.toString(), List.copyOf(spans), heldOut);
    }

    public static List<Doc> dataturks(Path shared) throws IOException {
        List<Doc> docs = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        Path file = shared.resolve("data/groundtruth/dataturks/traindata.json");
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode node = json.readTree(line);
                String content = node.path("content").asText();
                List<Span> spans = new ArrayList<>();
                for (JsonNode ann : node.path("annotation")) {
                    for (JsonNode label : ann.path("label")) {
                        for (JsonNode point : ann.path("points")) {
                            Span s = relocate(content, label.asText(), point.path("start").asInt(),
                                    point.path("end").asInt(), point.path("text").asText());
                            if (s != null) spans.add(s);
                        }
                    }
                }
                spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
                docs.add(new Doc("dataturks/" + n, content, List.copyOf(spans), n % 5 == 0));
                n++;
            }
        }
        return docs;
    }

    /** The span at its offsets when its text is there, else at the nearest place that holds its text. */
    public static Span relocate(String content, String label, int start, int endInclusive, String text) {
        String t = text.strip();
        if (t.isEmpty()) return null;
        int s = start;
        int e = Math.min(content.length(), endInclusive + 1);
        if (s >= 0 && s <= e && content.substring(s, e).strip().equals(t)) {
            int k = content.indexOf(t, s);
            if (k >= 0 && k < e) return new Span(label, k, k + t.length(), t);
        }
        int best = -1;
        for (int k = content.indexOf(t); k >= 0; k = content.indexOf(t, k + 1)) {
            if (best < 0 || Math.abs(k - start) < Math.abs(best - start)) best = k;
        }
        return best < 0 ? null : new Span(label, best, best + t.length(), t);
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
