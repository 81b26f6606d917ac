package dev.standout.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * True positives, false positives and false negatives of one label, exact and lenient, summed over resumes.
 *
 * <p>Lenient: a predicted value and a gold value pair up when the Jaccard index of their word sets (lower-cased
 * runs of letters, digits, {@code +} and {@code #}) is at least 0.5; pairs are made one to one, greedily, best
 * index first. Exact: the word sequences are equal.
 */
final class EvalScore {
    int exactTp;
    int exactFp;
    int exactFn;
    int lenTp;
    int lenFp;
    int lenFn;
    /** predictions left out of the count: unlabelled repeats of a labelled mention, or outside labelled blocks */
    int ignored;
    /** the same, for exact matching */
    int exactIgnored;

    /** A value with its place in the normalized text ({@code start < 0} when it has none). */
    record Item(int start, int end, String text, String note) {
        Item(int start, int end, String text) {
            this(start, end, text, "");
        }
    }

    /** called with each paired prediction, when set (for dumps) */
    Consumer<Item> onTruePositive;

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    static String key(String s) {
        return String.join(" ", words(s));
    }

    static double jaccard(String a, String b) {
        Set<String> x = new LinkedHashSet<>(words(a));
        Set<String> y = new LinkedHashSet<>(words(b));
        if (x.isEmpty() || y.isEmpty()) return 0;
        int inter = 0;
        for (String w : x) if (y.contains(w)) inter++;
        return (double) inter / (x.size() + y.size() - inter);
    }

    /** Per resume sets: each distinct value (by its words) counts once, wherever it stands. */
    void addSets(Set<String> goldRaw, Set<String> predRaw, Consumer<Item> fp, Consumer<Item> fn) {
        List<Item> gold = new ArrayList<>();
        for (String s : dedupe(goldRaw)) gold.add(new Item(-1, -1, s));
        List<Item> pred = new ArrayList<>();
        for (String s : dedupe(predRaw)) pred.add(new Item(-1, -1, s));
        add(gold, pred, false, false, fp, fn);
    }

    /**
     * Per resume, one value per skill: each predicted skill (the forms it is written in: "Oracle", "Oracle 11g") and
     * each gold skill (the labelled values that name one skill) counts once. A predicted and a gold skill pair up by
     * their closest forms: lenient when the best Jaccard index of a form of one and a form of the other is at least
     * 0.5, exact when a form of one has the words of a form of the other; one to one, best pairs first. Skills with
     * one form each count as {@link #addSets} counts them.
     */
    void addGroups(List<List<String>> gold, List<List<String>> pred, Consumer<Item> fp, Consumer<Item> fn) {
        gold = gold.stream().map(g -> dedupe(new LinkedHashSet<>(g))).filter(g -> !g.isEmpty()).toList();
        pred = pred.stream().map(g -> dedupe(new LinkedHashSet<>(g))).filter(g -> !g.isEmpty()).toList();
        // exact: each prediction takes the first free gold skill that shares a form
        boolean[] gu = new boolean[gold.size()];
        int tp = 0;
        for (List<String> p : pred) {
            for (int i = 0; i < gold.size(); i++) {
                if (!gu[i] && best(gold.get(i), p, true) > 0) {
                    gu[i] = true;
                    tp++;
                    break;
                }
            }
        }
        exactTp += tp;
        exactFp += pred.size() - tp;
        exactFn += gold.size() - tp;
        // lenient: greedy one to one by the best Jaccard index of two forms
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < pred.size(); j++) {
                double x = best(gold.get(i), pred.get(j), false);
                if (x >= 0.5) pairs.add(new Pair(i, j, x));
            }
        }
        gu = new boolean[gold.size()];
        boolean[] pu = new boolean[pred.size()];
        int ltp = pairGreedily(pairs, gu, pu);
        lenTp += ltp;
        lenFp += pred.size() - ltp;
        lenFn += gold.size() - ltp;
        for (int j = 0; j < pred.size(); j++) {
            Item it = new Item(-1, -1, String.join(" | ", pred.get(j)));
            if (!pu[j] && fp != null) fp.accept(it);
            if (pu[j] && onTruePositive != null) onTruePositive.accept(it);
        }
        if (fn != null) {
            for (int i = 0; i < gold.size(); i++) if (!gu[i]) fn.accept(new Item(-1, -1, String.join(" | ", gold.get(i))));
        }
    }

    /** A gold value, a predicted value and how alike they are. */
    private record Pair(int g, int p, double j) {
    }

    /** Pairs values one to one, the most alike first; marks the paired ones in {@code gu} and {@code pu}. */
    private static int pairGreedily(List<Pair> pairs, boolean[] gu, boolean[] pu) {
        pairs.sort((x, y) -> Double.compare(y.j(), x.j()));
        int n = 0;
        for (Pair x : pairs) {
            if (gu[x.g()] || pu[x.p()]) continue;
            gu[x.g()] = true;
            pu[x.p()] = true;
            n++;
        }
        return n;
    }

    /** The best match of two skills' forms: the highest Jaccard index, or (exact) 1 when two forms have the same words. */
    private static double best(List<String> a, List<String> b, boolean exact) {
        double m = 0;
        for (String x : a) {
            for (String y : b) {
                m = Math.max(m, exact ? (key(x).equals(key(y)) ? 1 : 0) : jaccard(x, y));
            }
        }
        return m;
    }

    /**
     * Per mention: gold and predicted values pair up only when their places overlap. A prediction left unpaired
     * whose words are those of a gold value elsewhere in the same resume is a repeat that the annotators did not
     * label (they label only some repeated mentions): it is {@link #ignored}, neither right nor wrong.
     */
    void addMentions(List<Item> gold, List<Item> pred, Consumer<Item> fp, Consumer<Item> fn) {
        add(gold, pred, true, true, fp, fn);
    }

    private void add(List<Item> gold, List<Item> pred, boolean positional, boolean ignoreRepeats,
                     Consumer<Item> fp, Consumer<Item> fn) {
        // exact
        boolean[] gu = new boolean[gold.size()];
        boolean[] pu = new boolean[pred.size()];
        for (int j = 0; j < pred.size(); j++) {
            String pk = key(pred.get(j).text());
            for (int i = 0; i < gold.size(); i++) {
                if (gu[i] || (positional && !overlap(gold.get(i), pred.get(j)))) continue;
                if (key(gold.get(i).text()).equals(pk)) {
                    gu[i] = true;
                    pu[j] = true;
                    break;
                }
            }
        }
        int tp = 0;
        for (boolean b : pu) if (b) tp++;
        int ign = ignoreRepeats ? repeats(gold, pred, pu, true) : 0;
        exactIgnored += ign;
        exactTp += tp;
        exactFp += pred.size() - tp - ign;
        exactFn += gold.size() - tp;

        // lenient: greedy one to one by best Jaccard
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < pred.size(); j++) {
                if (positional && !overlap(gold.get(i), pred.get(j))) continue;
                double x = jaccard(gold.get(i).text(), pred.get(j).text());
                if (x >= 0.5) pairs.add(new Pair(i, j, x));
            }
        }
        gu = new boolean[gold.size()];
        pu = new boolean[pred.size()];
        int ltp = pairGreedily(pairs, gu, pu);
        int lign = ignoreRepeats ? repeats(gold, pred, pu, false) : 0;
        lenTp += ltp;
        lenFp += pred.size() - ltp - lign;
        lenFn += gold.size() - ltp;
        ignored += lign;
        Set<Integer> rep = new LinkedHashSet<>();
        if (ignoreRepeats) {
            for (int j = 0; j < pred.size(); j++) if (!pu[j] && isRepeat(gold, pred.get(j), false)) rep.add(j);
        }
        if (fp != null) for (int j = 0; j < pred.size(); j++) if (!pu[j] && !rep.contains(j)) fp.accept(pred.get(j));
        if (onTruePositive != null) for (int j = 0; j < pred.size(); j++) if (pu[j]) onTruePositive.accept(pred.get(j));
        if (fn != null) for (int i = 0; i < gold.size(); i++) if (!gu[i]) fn.accept(gold.get(i));
    }

    private static int repeats(List<Item> gold, List<Item> pred, boolean[] paired, boolean exact) {
        int n = 0;
        for (int j = 0; j < pred.size(); j++) if (!paired[j] && isRepeat(gold, pred.get(j), exact)) n++;
        return n;
    }

    private static boolean isRepeat(List<Item> gold, Item p, boolean exact) {
        String pk = key(p.text());
        for (Item g : gold) {
            if (exact ? key(g.text()).equals(pk) : jaccard(g.text(), p.text()) >= 0.5) return true;
        }
        return false;
    }

    private static boolean overlap(Item a, Item b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static List<String> dedupe(Set<String> values) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String v : values) {
            String k = key(v);
            if (!k.isEmpty()) byKey.putIfAbsent(k, v);
        }
        return new ArrayList<>(byKey.values());
    }

    void addAll(EvalScore o) {
        exactTp += o.exactTp;
        exactFp += o.exactFp;
        exactFn += o.exactFn;
        lenTp += o.lenTp;
        lenFp += o.lenFp;
        lenFn += o.lenFn;
        ignored += o.ignored;
        exactIgnored += o.exactIgnored;
    }

    static double p(int tp, int fp) {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    static double r(int tp, int fn) {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    static double f1(int tp, int fp, int fn) {
        double p = p(tp, fp);
        double r = r(tp, fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double lenientF1() {
        return f1(lenTp, lenFp, lenFn);
    }

    double exactF1() {
        return f1(exactTp, exactFp, exactFn);
    }

    /** The same counts with the left-out predictions taken as false positives (lenient columns only exact ones). */
    EvalScore strict() {
        EvalScore s = new EvalScore();
        s.exactTp = exactTp;
        s.exactFp = exactFp + exactIgnored;
        s.exactFn = exactFn;
        s.lenTp = lenTp;
        s.lenFp = lenFp + ignored;
        s.lenFn = lenFn;
        return s;
    }

    String row(String label, String part) {
        return String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |%s", label, part,
                p(exactTp, exactFp), r(exactTp, exactFn), exactF1(),
                p(lenTp, lenFp), r(lenTp, lenFn), lenientF1(), lenTp + lenFn,
                ignored > 0 ? " " + ignored + " |" : " |");
    }
}
