package dev.standout.tools;

import dev.standout.corpus.EnrolmentPrior;
import dev.standout.corpus.Occupations;
import dev.standout.taxonomy.CredentialCatalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds core's audience priors ({@code dev/standout/score/audience-priors.tsv}) from the hand-written figures in
 * the resource {@code audience-priors.tsv} next to this class: for each course or certification, the share of
 * the people in the occupations it addresses who hold it, with every figure's source and year carried along.
 *
 * <pre>
 *   listers = enrolled × GROWTH × LISTING_RATE × US_SHARE   (enrolments are worldwide, the audience U.S. jobs)
 *   listers = holders × US_SHARE_HOLDERS                    (a certification with a holder count)
 *   share   = min(CAP, listers / audience)
 *   GROWTH  = learners(audience's year) / learners(figure's year)   Coursera's registered learners (L lines)
 * </pre>
 * The audience is the U.S. jobs of the occupations a credential addresses, standing in for their applicants; the
 * factors bring the enrolments to the same country ({@code US_SHARE}), the same people (those who finish and list
 * the certificate, {@code LISTING_RATE}) and the same date ({@code GROWTH}: a 2020 enrolment count is brought to
 * the 2023 jobs by the platform's growth). The data file gives the reasoning and every source. {@code LISTING_RATE}
 * and {@code US_SHARE} must equal {@link EnrolmentPrior}'s constants and the growth from 2020 to 2023 must equal
 * {@link EnrolmentPrior#GROWTH}, so that the whole-pool prior and the audience priors rest on the same assumptions.
 * {@link #CAP} = 0.5, as for every prior. The credential ids must be in the catalog, and the O*NET-SOC codes in
 * the occupation table; figures marked {@code data} must equal the catalog's prior, which the catalog builder
 * read from the Coursera data set.
 *
 * <pre>java dev.standout.tools.AudiencePriorBuilder --out core/src/main/resources/dev/standout/score/audience-priors.tsv</pre>
 */
public final class AudiencePriorBuilder {
    static final String USAGE = "usage: AudiencePriorBuilder --out FILE";
    static final String SOURCE = "audience-priors.tsv";
    /** No prior says more than half of an audience holds a credential. */
    public static final double CAP = 0.5;

    private record Audience(String id, String display, List<String> occupations, double jobs, String year,
                            String note) {
    }

    private AudiencePriorBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = BuildSupport.args(args, USAGE);
        String out = BuildSupport.required(a, "out", USAGE);
        String tsv = buildCommitted();
        BuildSupport.write(Path.of(out), tsv);
        System.err.println("wrote " + out);
    }

    /** The resource's text from the figures that ship with the tools. */
    public static String buildCommitted() throws IOException {
        return build(String.join("\n", BuildSupport.resourceLines(SOURCE)));
    }

    /**
     * The priors' TSV text from figures in the source format.
     *
     * @throws IOException when a line is malformed, an id or code is unknown, or a data figure disagrees
     */
    public static String build(String figures) throws IOException {
        Map<String, Double> factors = new TreeMap<>();
        Map<String, String> factorNotes = new LinkedHashMap<>();
        Map<String, Audience> audiences = new LinkedHashMap<>();
        Map<String, Double> learners = new TreeMap<>();
        List<String[]> creds = new ArrayList<>();
        Occupations occupations = Occupations.standard();
        CredentialCatalog catalog = CredentialCatalog.defaultCatalog();
        BufferedReader r = new BufferedReader(new StringReader(figures));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "F" -> {
                    need(f, 7, line);
                    factors.put(f[1], number(f[2], line));
                    factorNotes.put(f[1], f[1] + " = " + f[2] + ": " + f[3] + " (" + f[4] + ", " + f[5] + "; " + f[6] + ")");
                }
                case "A" -> {
                    need(f, 9, line);
                    List<String> ids = new ArrayList<>();
                    for (String code : f[3].split(",")) {
                        ids.add(occupations.byCode(code.trim())
                                .orElseThrow(() -> new IOException("unknown O*NET-SOC code " + code + ": " + f[1])).id());
                    }
                    audiences.put(f[1], new Audience(f[1], f[2], ids, number(f[4], line), f[7].trim(),
                            "audience " + f[4] + " " + f[5] + " (" + f[6] + ", " + f[7] + "; " + f[8] + ")"));
                }
                case "L" -> {
                    need(f, 6, line);
                    learners.put(f[1].trim(), number(f[2], line));
                }
                case "C" -> {
                    need(f, 9, line);
                    creds.add(f);
                }
                default -> throw new IOException("expected F, A, L or C: " + line);
            }
        }
        same(factors, "LISTING_RATE", EnrolmentPrior.LISTING_RATE);
        same(factors, "US_SHARE", EnrolmentPrior.US_SHARE);
        if (learners.containsKey("2020") && learners.containsKey("2023")) {
            double g = learners.get("2023") / learners.get("2020");
            if (Math.abs(g - EnrolmentPrior.GROWTH) > 1e-9) {
                throw new IOException("learners 2023/2020 = " + g + ", but EnrolmentPrior.GROWTH = " + EnrolmentPrior.GROWTH);
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("# Standout audience priors. Generated by dev.standout.tools.AudiencePriorBuilder from the figures in\n");
        b.append("#   tools/src/main/resources/dev/standout/tools/audience-priors.tsv; do not edit.\n");
        b.append("# share = min(").append(fmt(CAP)).append(", listers / audience); listers = enrolled x GROWTH x LISTING_RATE x US_SHARE\n");
        for (String n : factorNotes.values()) b.append("#   ").append(n).append('\n');
        b.append("#   GROWTH = Coursera's registered learners at the audience's year / at the figure's year:");
        learners.forEach((y, n) -> b.append(' ').append(y).append(' ').append(String.format(Locale.ROOT, "%.0f", n)));
        b.append('\n');
        b.append("# credential id <TAB> audience (as it reads) <TAB> occupation ids <TAB> share <TAB> basis <TAB> figures\n");
        for (String[] f : creds) {
            String id = f[1];
            if (catalog.byId(id).isEmpty()) throw new IOException("credential not in the catalog: " + id);
            Audience au = audiences.get(f[2]);
            if (au == null) throw new IOException("unknown audience " + f[2] + " for " + id);
            double figure = number(f[4], String.join("\t", f));
            double listers;
            double growth = 1;
            String basis;
            switch (f[3]) {
                case "ENROLLED" -> {
                    growth = growth(learners, f[7].trim(), au.year(), id);
                    listers = figure * growth * factor(factors, "LISTING_RATE") * factor(factors, "US_SHARE");
                    basis = "enrolment figures";
                }
                case "HOLDERS" -> {
                    listers = figure * factor(factors, "US_SHARE_HOLDERS");
                    basis = "holder counts";
                }
                default -> throw new IOException("expected ENROLLED or HOLDERS: " + String.join("\t", f));
            }
            if (f[8].equals("data")) { // the catalog holds the Coursera data set's enrolments
                var prior = catalog.byId(id).get().prior();
                if (prior.isEmpty() || prior.getAsLong() != (long) figure) {
                    throw new IOException(id + ": figure " + f[4] + " is not the catalog's data (" + prior + ")");
                }
            }
            double share = Math.min(CAP, listers / au.jobs());
            b.append(id).append('\t').append(au.display()).append('\t').append(String.join(",", au.occupations()))
                    .append('\t').append(String.format(Locale.ROOT, "%.4f", share)).append('\t').append(basis)
                    .append('\t').append(BuildSupport.clean(f[3].toLowerCase(Locale.ROOT) + " " + f[4] + " " + f[5]
                            + " (" + f[6] + ", " + f[7] + "; " + f[8] + ")"
                            + (growth == 1 ? "" : String.format(Locale.ROOT, "; x %.2f for Coursera's growth %s to %s",
                            growth, f[7].trim(), au.year()))
                            + "; " + au.note()))
                    .append('\n');
        }
        return b.toString();
    }

    /** Coursera's growth between a figure's year and its audience's year: 1 when they are the same year. */
    private static double growth(Map<String, Double> learners, String from, String to, String id) throws IOException {
        if (from.equals(to)) return 1;
        Double a = learners.get(from);
        Double b = learners.get(to);
        if (a == null || b == null) {
            throw new IOException(id + ": no learner count (L line) for " + (a == null ? from : to)
                    + " to bring the figure to its audience's year");
        }
        return b / a;
    }

    private static void same(Map<String, Double> factors, String name, double expected) throws IOException {
        double v = factor(factors, name);
        if (Math.abs(v - expected) > 1e-12) {
            throw new IOException(name + " = " + v + ", but EnrolmentPrior says " + expected
                    + ": the whole-pool and audience priors must rest on the same assumptions");
        }
    }

    private static double factor(Map<String, Double> factors, String name) throws IOException {
        Double v = factors.get(name);
        if (v == null) throw new IOException("no factor " + name);
        return v;
    }

    private static void need(String[] f, int n, String line) throws IOException {
        if (f.length < n) throw new IOException("expected " + n + " fields: " + line);
    }

    private static double number(String s, String line) throws IOException {
        try {
            double v = Double.parseDouble(s.trim());
            if (!(v >= 0) || Double.isInfinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IOException("not a number '" + s + "': " + line);
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
