package dev.standout.corpus;

import dev.standout.resume.Resume;
import dev.standout.resume.Work;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Infers a resume's occupation segment from its titles: the headline ({@code basics.label}) and the positions
 * held ({@code work[].position}, the first listed weighing most). Immutable and thread-safe.
 *
 * <p><b>Segment ids</b> are lower-case, hyphenated occupation names — one scheme for every pool:
 * <ul>
 *   <li>the ten IT classes of the florex resume corpus: {@code database-administrator},
 *       {@code front-end-developer}, {@code java-developer}, {@code network-administrator},
 *       {@code project-manager}, {@code python-developer}, {@code security-analyst},
 *       {@code software-developer}, {@code systems-administrator}, {@code web-developer}, each with the parent
 *       {@code information-technology};</li>
 *   <li>the 24 livecareer occupations, e.g. {@code accountant}, {@code business-development},
 *       {@code information-technology}, {@code healthcare} ({@link #canonical} turns a folder name or a florex
 *       label into its id).</li>
 * </ul>
 *
 * <p><b>Table.</b> The resource {@value #RESOURCE} maps title phrases (1–3 normalized words) to a segment and a
 * weight: phrases derived from the florex job-title list (single-class titles only; phrases seen at least 8
 * times and in one class at least 75% of the time; weight = that share; generic words such as "manager" left
 * out), plus hand-written phrases for the livecareer occupations (weight 1.25). A title scores
 * {@code Σ weight × words} per segment over the phrases it contains; titles are weighed 1 for the headline
 * and {@code 0.8^i} for the i-th position. Segments scoring at least {@value #MIN_SCORE} are candidates,
 * best first (ties by id), followed by the parents of the candidates.
 */
public final class SegmentResolver {
    /** The class-path resource holding the title table. */
    public static final String RESOURCE = "/dev/standout/corpus/segment-titles.tsv";
    /** Least score for a segment to be a candidate. */
    public static final double MIN_SCORE = 0.75;
    /** Longest phrase in the table, in words. */
    public static final int MAX_PHRASE_WORDS = 3;

    /** The florex IT classes, which have {@code information-technology} as parent. */
    public static final List<String> IT_SEGMENTS = List.of("database-administrator", "front-end-developer",
            "java-developer", "network-administrator", "project-manager", "python-developer", "security-analyst",
            "software-developer", "systems-administrator", "web-developer");
    /** The livecareer occupations. */
    public static final List<String> OCCUPATION_SEGMENTS = List.of("accountant", "advocate", "agriculture",
            "apparel", "arts", "automobile", "aviation", "banking", "bpo", "business-development", "chef",
            "construction", "consultant", "designer", "digital-media", "engineering", "finance", "fitness",
            "healthcare", "hr", "information-technology", "public-relations", "sales", "teacher");

    private static final String IT_PARENT = "information-technology";
    private static volatile SegmentResolver standard;

    private final Map<String, List<Entry>> table;

    private SegmentResolver(Map<String, List<Entry>> table) {
        this.table = table;
    }

    /** The resolver with the table that ships in the library, loaded once. */
    public static SegmentResolver standard() {
        SegmentResolver r = standard;
        if (r == null) {
            synchronized (SegmentResolver.class) {
                if (standard == null) {
                    try (InputStream in = SegmentResolver.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                        standard = load(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                }
                r = standard;
            }
        }
        return r;
    }

    /**
     * A resolver from a table in the resource's format: UTF-8 lines {@code phrase TAB segment TAB weight [TAB
     * note]}, {@code #} comments and blank lines ignored.
     */
    public static SegmentResolver load(InputStream in) throws IOException {
        Map<String, List<Entry>> t = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 3) throw new IOException("segment table line " + no + ": expected 3 fields");
            double w;
            try {
                w = Double.parseDouble(f[2]);
            } catch (NumberFormatException e) {
                throw new IOException("segment table line " + no + ": bad weight " + f[2]);
            }
            String phrase = String.join(" ", tokens(f[0]));
            if (phrase.isEmpty()) continue;
            t.computeIfAbsent(phrase, k -> new ArrayList<>()).add(new Entry(f[1], w));
        }
        t.replaceAll((k, v) -> List.copyOf(v));
        return new SegmentResolver(Map.copyOf(t));
    }

    /**
     * The canonical id of a segment name: lower case, runs of anything but letters and digits turned into one
     * hyphen ({@code "Software_Developer"} → {@code software-developer}, {@code "BUSINESS-DEVELOPMENT"} →
     * {@code business-development}).
     */
    public static String canonical(String name) {
        Objects.requireNonNull(name, "name");
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s;
    }

    /** How a segment id reads in a sentence: {@code software-developer} → "software developer", {@code hr} → "HR". */
    public static String displayName(String segment) {
        if (segment == null || segment.isEmpty()) return "";
        return switch (segment) {
            case "hr" -> "HR";
            case "bpo" -> "BPO";
            case "information-technology" -> "IT";
            default -> segment.replace('-', ' ');
        };
    }

    /** The parent of a segment ({@code information-technology} for the florex IT classes), or {@code ""}. */
    public static String parent(String segment) {
        return IT_SEGMENTS.contains(segment) ? IT_PARENT : "";
    }

    /** The best candidate segment of a resume, if any title says something. */
    public Optional<String> resolve(Resume resume) {
        List<String> c = candidates(resume);
        return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
    }

    /** Candidate segments of a resume, best first, then their parents. */
    public List<String> candidates(Resume resume) {
        Objects.requireNonNull(resume, "resume");
        TreeMap<String, Double> scores = new TreeMap<>();
        score(resume.basics().label(), 1.0, scores);
        double w = 1.0;
        for (Work work : resume.work()) {
            score(work.position(), w, scores);
            w *= 0.8;
            if (w < 0.05) break;
        }
        return rank(scores);
    }

    /**
     * Candidate segments of the positions held alone ({@code work[].position}, the first weighing most,
     * without the headline), best first, then their parents.
     */
    public List<String> candidatesOfWork(Resume resume) {
        Objects.requireNonNull(resume, "resume");
        TreeMap<String, Double> scores = new TreeMap<>();
        double w = 1.0;
        for (Work work : resume.work()) {
            score(work.position(), w, scores);
            w *= 0.8;
            if (w < 0.05) break;
        }
        return rank(scores);
    }

    /** Candidate segments for a single title, best first, then their parents. */
    public List<String> candidates(String title) {
        TreeMap<String, Double> scores = new TreeMap<>();
        score(title, 1.0, scores);
        return rank(scores);
    }

    private void score(String title, double weight, Map<String, Double> scores) {
        if (title == null || title.isBlank()) return;
        List<String> tok = tokens(title);
        for (int n = 1; n <= MAX_PHRASE_WORDS; n++) {
            for (int i = 0; i + n <= tok.size(); i++) {
                List<Entry> es = table.get(String.join(" ", tok.subList(i, i + n)));
                if (es == null) continue;
                for (Entry e : es) scores.merge(e.segment, weight * e.weight * n, Double::sum);
            }
        }
    }

    private static List<String> rank(TreeMap<String, Double> scores) {
        List<Map.Entry<String, Double>> es = new ArrayList<>(scores.entrySet());
        es.removeIf(e -> e.getValue() < MIN_SCORE);
        es.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, Double> e : es) out.add(e.getKey());
        for (Map.Entry<String, Double> e : es) {
            String p = parent(e.getKey());
            if (!p.isEmpty()) out.add(p);
        }
        return Collections.unmodifiableList(new ArrayList<>(out));
    }

    /**
     * The words of a title as the table knows them: NFKD with accents dropped, lower case, "i.t." read as "it",
     * split on anything but letters, digits, '+' and '#', keeping words that start with a letter.
     */
    public static List<String> tokens(String title) {
        String s = title;
        if (!isAscii(s)) s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT); // NFKD leaves ASCII as it is, and ASCII has no marks
        if (s.indexOf('.') >= 0) s = IT_DOTS.matcher(s).replaceAll("it");
        // the runs of [a-z0-9+#] that start with a letter (what splitting on [^a-z0-9+#]+ keeps)
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(s.charAt(i))) i++;
            int start = i;
            while (i < n && isWordChar(s.charAt(i))) i++;
            if (i > start && s.charAt(start) >= 'a' && s.charAt(start) <= 'z') out.add(s.substring(start, i));
        }
        return out;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern IT_DOTS = java.util.regex.Pattern.compile("\\bi\\.\\s?t\\b\\.?");

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '#';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    private record Entry(String segment, double weight) {
    }
}
