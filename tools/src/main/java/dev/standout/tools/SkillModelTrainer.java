package dev.standout.tools;

import dev.standout.extract.SkillExtractor;
import dev.standout.extract.SkillModel;
import dev.standout.parse.TextNormalizer;
import dev.standout.section.SectionSegmenter;
import dev.standout.section.SectionedText;
import dev.standout.taxonomy.SkillTaxonomy;
import dev.standout.resume.SkillType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Trains the {@link SkillModel} that decides which candidate skill mentions to keep, and writes
 * {@code core/src/main/resources/dev/standout/extract/skill-model.tsv}.
 *
 * <pre>java dev.standout.tools.SkillModelTrainer --shared ../shared --out core/src/main/resources/dev/standout/extract/skill-model.tsv</pre>
 *
 * <p>Data: the development part (80%) of the dotin train set (see {@link GroundTruth}); the held-out part is never
 * read. Each resume goes the library's way (normalizer, segmenter), then {@link SkillExtractor#candidates} gives
 * the candidates. A candidate is positive when it overlaps a gold "Tech Tools" or "Job Specific Skills" span whose
 * word set it shares by a Jaccard index of 0.5 or more; it is left out of training when it only repeats, elsewhere,
 * the words of a gold span (dotin labels only some repeated mentions); it is negative otherwise. Soft skills are
 * not modelled (the rules keep them), nor are the technologies that are always kept ({@link SkillExtractor#forced});
 * they count in the choice of the threshold.
 *
 * <p>Model: L2-regularized logistic regression over the candidates' binary features, fitted by full-batch
 * gradient descent with AdaGrad steps, a fixed number of rounds and no randomness, so the same data give the same
 * file. The threshold is the one that maximizes the distinct F1 (each value once per resume, paired with a gold value
 * by a Jaccard index of 0.5 or more, as {@code ExtractionEval} counts it; the gold values no candidate reaches count
 * as misses) over out-of-fold predictions of a 5-fold cross-validation by resume, or rather the highest threshold
 * whose F1 is within {@link #TOLERANCE} of that best (the optimum is flat, and precision comes first); the weights
 * are then fitted on the whole development part.
 */
public final class SkillModelTrainer {
    static final String USAGE = "usage: SkillModelTrainer --shared DIR --out FILE";
    static final Set<String> LABELS = Set.of("Tech Tools", "Job Specific Skills");
    private static final int ROUNDS = 600;
    private static final double L2 = Double.parseDouble(System.getProperty("standout.l2", "3.0"));
    private static final double STEP = 0.5;
    private static final int FOLDS = 5;
    /**
     * How far below the best cross-validated distinct F1 the chosen threshold may be: the F1 varies by less than
     * this over a wide range of thresholds, and the highest of them keeps the most precision.
     */
    static final double TOLERANCE = 0.005;

    /** One candidate: its feature indices and its label (1, 0). */
    record Example(int doc, int[] features, int label, String text) {
    }

    /** Kept whatever the model says: see {@link SkillExtractor#forced}. */
    static boolean forced(SkillExtractor.Candidate c) {
        return SkillExtractor.forced(c);
    }

    private SkillModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = BuildSupport.args(args, USAGE);
        String out = BuildSupport.required(a, "out", USAGE);
        Path shared = BuildSupport.sharedDir(a.get("shared"));
        if (shared.getFileName().toString().equals("data")) shared = shared.getParent();
        List<GroundTruth.Doc> docs = new ArrayList<>();
        for (GroundTruth.Doc d : GroundTruth.dotin(shared)) if (!d.heldOut()) docs.add(d);

        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        int[] goldPerDoc = new int[docs.size()];
        // per resume, for the distinct measure: the gold values, and the values kept whatever the model says
        List<List<String>> goldValues = new ArrayList<>();
        List<List<String>> forcedValues = new ArrayList<>();
        int skipped = 0;
        int forcedTp = 0;
        int forcedFp = 0;
        SkillExtractor rules = new SkillExtractor(SkillTaxonomy.defaultTaxonomy(), null);
        SectionSegmenter segmenter = new SectionSegmenter();
        for (int di = 0; di < docs.size(); di++) {
            GroundTruth.Doc d = docs.get(di);
            String text = TextNormalizer.normalize(d.text());
            SectionedText st = segmenter.segment(text);
            Alignment align = Alignment.of(d.text(), text);
            List<int[]> gold = new ArrayList<>();
            List<String> goldText = new ArrayList<>();
            for (GroundTruth.Span s : d.spans()) {
                if (!LABELS.contains(s.label())) continue;
                int[] at = align.span(s.start(), s.end());
                if (at == null) continue;
                gold.add(at);
                goldText.add(s.text());
            }
            goldPerDoc[di] = gold.size();
            goldValues.add(goldText);
            List<String> kept = new ArrayList<>();
            forcedValues.add(kept);
            for (SkillExtractor.Candidate c : rules.candidates(st)) {
                if (c.type() == SkillType.SOFT || c.type() == SkillType.LANGUAGE) continue;
                int label = 0;
                for (int g = 0; g < gold.size() && label == 0; g++) {
                    int[] x = gold.get(g);
                    if (x[0] < c.mention().end() && c.mention().start() < x[1]
                            && jaccard(goldText.get(g), c.mention().text()) >= 0.5) {
                        label = 1;
                    }
                }
                if (label == 0) {
                    boolean repeat = false;
                    for (String g : goldText) repeat |= jaccard(g, c.mention().text()) >= 0.5;
                    if (repeat) {
                        skipped++;
                        continue;
                    }
                }
                if (forced(c)) {
                    if (label == 1) forcedTp++;
                    else forcedFp++;
                    kept.add(c.mention().text());
                    continue;
                }
                int[] f = new int[c.features().size()];
                for (int k = 0; k < f.length; k++) {
                    f[k] = index.computeIfAbsent(c.features().get(k), x -> {
                        names.add(x);
                        return names.size() - 1;
                    });
                }
                examples.add(new Example(di, f, label, c.mention().text()));
            }
        }
        int positives = 0;
        for (Example e : examples) positives += e.label();
        int gold = 0;
        for (int g : goldPerDoc) gold += g;
        System.err.printf(Locale.ROOT, "%d resumes, %d gold mentions, %d candidates kept by rule (%d right), %d candidates"
                        + " for the model (%d positive), %d repeats left out, %d features%n", docs.size(), gold,
                forcedTp + forcedFp, forcedTp, examples.size(), positives, skipped, names.size());

        // threshold from out-of-fold predictions
        double[] oof = new double[examples.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> train = new ArrayList<>();
            for (Example e : examples) if (e.doc() % FOLDS != fold) train.add(e);
            double[] w = fit(train, names.size());
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).doc() % FOLDS == fold) oof[i] = probability(w, examples.get(i).features());
            }
        }
        // the threshold that maximizes the distinct measure (each value once per resume, lenient), the one the
        // extraction is judged by; the mention F1 at that threshold is reported beside it
        double[] byThreshold = new double[81];
        double[][] prf = new double[81][];
        for (int k = 20; k <= 80; k++) {
            double t = k / 100.0;
            int tp = forcedTp;
            int fp = forcedFp;
            List<List<String>> predicted = new ArrayList<>();
            for (List<String> f : forcedValues) predicted.add(new ArrayList<>(f));
            for (int i = 0; i < oof.length; i++) {
                if (oof[i] < t) continue;
                Example e = examples.get(i);
                predicted.get(e.doc()).add(e.text());
                if (e.label() == 1) tp++;
                else fp++;
            }
            int[] d = new int[3];
            for (int di = 0; di < docs.size(); di++) {
                int[] x = distinct(goldValues.get(di), predicted.get(di));
                for (int j = 0; j < 3; j++) d[j] += x[j];
            }
            byThreshold[k] = 2.0 * d[0] / (2.0 * d[0] + d[1] + d[2]);
            prf[k] = new double[]{d[0] / (double) Math.max(1, d[0] + d[1]), d[0] / (double) Math.max(1, d[0] + d[2]),
                    2.0 * tp / (2.0 * tp + fp + (gold - tp))};
        }
        // the optimum is flat: of the thresholds within TOLERANCE of the best F1, the highest (precision first)
        double top = 0;
        for (int k = 20; k <= 80; k++) top = Math.max(top, byThreshold[k]);
        int chosen = 20;
        for (int k = 20; k <= 80; k++) if (byThreshold[k] >= top - TOLERANCE) chosen = k;
        double bestT = chosen / 100.0;
        double bestF = byThreshold[chosen];
        double bestP = prf[chosen][0];
        double bestR = prf[chosen][1];
        double mentionF = prf[chosen][2];
        System.err.printf(Locale.ROOT, "cross-validated distinct F1 %.3f (P %.3f, R %.3f), mention F1 %.3f, at threshold"
                + " %.2f%n", bestF, bestP, bestR, mentionF, bestT);

        double[] w = fit(examples, names.size());
        Map<String, Double> weights = new HashMap<>();
        for (int k = 0; k < names.size(); k++) weights.put(names.get(k), w[k]);
        weights.put("bias", w[names.size()]);
        SkillModel model = new SkillModel(weights, bestT);
        String tsv = model.toTsv(List.of(
                "Skill mention model for Standout (GPL-3.0-or-later): logistic regression over candidate features.",
                "Built by dev.standout.tools.SkillModelTrainer from the development part (80%) of the dotin resume",
                "NER train set (CC0); no resume text is stored, only feature weights.",
                String.format(Locale.ROOT, "%d resumes, %d candidates, cross-validated distinct F1 %.3f (mention F1"
                        + " %.3f).", docs.size(), examples.size(), bestF, mentionF)));
        BuildSupport.write(Path.of(out), tsv);
        System.err.println("wrote " + out);
    }

    /** Logistic regression weights (the last one is the bias), L2-regularized, AdaGrad on the full batch. */
    static double[] fit(List<Example> data, int features) {
        double[] w = new double[features + 1];
        double[] g2 = new double[features + 1];
        double[] grad = new double[features + 1];
        for (int round = 0; round < ROUNDS; round++) {
            java.util.Arrays.fill(grad, 0);
            for (Example e : data) {
                double p = probability(w, e.features());
                double d = p - e.label();
                for (int f : e.features()) grad[f] += d;
                grad[features] += d;
            }
            for (int k = 0; k <= features; k++) {
                if (k < features) grad[k] += L2 * w[k];
                g2[k] += grad[k] * grad[k];
                if (g2[k] > 0) w[k] -= STEP * grad[k] / Math.sqrt(g2[k]);
            }
        }
        return w;
    }

    static double probability(double[] w, int[] features) {
        double z = w[w.length - 1];
        for (int f : features) z += w[f];
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * True positives, false positives and misses of one resume's values, each distinct value (by its words) once,
     * paired one to one by the best Jaccard index of their word sets when it is 0.5 or more.
     */
    static int[] distinct(List<String> goldValues, List<String> predictedValues) {
        List<String> g = distinctValues(goldValues);
        List<String> p = distinctValues(predictedValues);
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                double x = jaccard(g.get(i), p.get(j));
                if (x >= 0.5) pairs.add(new double[]{x, i, j});
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        boolean[] gu = new boolean[g.size()];
        boolean[] pu = new boolean[p.size()];
        int tp = 0;
        for (double[] x : pairs) {
            int i = (int) x[1];
            int j = (int) x[2];
            if (gu[i] || pu[j]) continue;
            gu[i] = true;
            pu[j] = true;
            tp++;
        }
        return new int[]{tp, p.size() - tp, g.size() - tp};
    }

    private static List<String> distinctValues(List<String> values) {
        Map<String, String> byKey = new java.util.LinkedHashMap<>();
        for (String v : values) {
            String k = String.join(" ", words(v));
            if (!k.isEmpty()) byKey.putIfAbsent(k, v);
        }
        return new ArrayList<>(byKey.values());
    }

    static double jaccard(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        int inter = 0;
        for (String s : x) if (y.contains(s)) inter++;
        return (double) inter / (x.size() + y.size() - inter);
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
