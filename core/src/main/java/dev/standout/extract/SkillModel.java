package dev.standout.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A logistic-regression model that tells which candidate skill mentions to keep: a weight per binary feature of a
 * candidate (its kind, section, list context, case… see {@link SkillExtractor.Candidate#features()}) and a
 * threshold on the probability. {@link #standard()} is trained by {@code dev.standout.tools.SkillModelTrainer} on
 * the development part of a labelled resume set and shipped as {@value #RESOURCE}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SkillModel {
    public static final String RESOURCE = "/dev/standout/extract/skill-model.tsv";
    static final String BIAS = "bias";

    private final Map<String, Double> weights;
    private final double threshold;

    public SkillModel(Map<String, Double> weights, double threshold) {
        this.weights = Map.copyOf(Objects.requireNonNull(weights, "weights"));
        if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException("threshold not in (0, 1): " + threshold);
        this.threshold = threshold;
    }

    private static final class Holder {
        static final SkillModel STANDARD = load();

        private static SkillModel load() {
            try (InputStream in = SkillModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) return null;
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The model shipped with Standout, loaded once; {@code null} when the resource is missing. */
    public static SkillModel standard() {
        return Holder.STANDARD;
    }

    /** The probability that a candidate with these features is a skill mention. */
    public double probability(Collection<String> features) {
        double z = weights.getOrDefault(BIAS, 0.0);
        for (String f : features) z += weights.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-z));
    }

    /** True when the probability reaches the threshold. */
    public boolean accepts(List<String> features) {
        return probability(features) >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    public Map<String, Double> weights() {
        return weights;
    }

    /** Reads the TSV form: {@code #} comments, a {@code threshold} row, then one {@code feature<TAB>weight} a row. */
    public static SkillModel read(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Map<String, Double> w = new LinkedHashMap<>();
        double threshold = 0.5;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IOException("bad model line: " + line);
            String k = line.substring(0, tab);
            double v = Double.parseDouble(line.substring(tab + 1).trim());
            if (k.equals("threshold")) threshold = v;
            else w.put(k, v);
        }
        return new SkillModel(w, threshold);
    }

    /** The TSV form, features sorted, weights rounded to 4 decimals: the same model gives the same bytes. */
    public String toTsv(List<String> comments) {
        StringBuilder b = new StringBuilder();
        for (String c : comments) b.append("# ").append(c).append('\n');
        b.append(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            if (Math.abs(e.getValue()) < 5e-5) continue;
            b.append(e.getKey()).append('\t').append(String.format(Locale.ROOT, "%.4f", e.getValue())).append('\n');
        }
        return b.toString();
    }
}
