package dev.standout.corpus;

/**
 * Turns an online course's enrolment count into a prior share of resumes that list its certificate, for a
 * {@link PriorSource}. Stateless.
 *
 * <pre>
 *   share = min(CAP, enrolled × LISTING_RATE / REFERENCE_POPULATION)
 * </pre>
 * with
 * <ul>
 *   <li>{@link #LISTING_RATE} = 0.1: the share of enrolees who finish the course and put it on a resume.
 *       Completion rates of open online courses are commonly reported between 5% and 15% of enrolees, and most
 *       finishers who earn a certificate list it; 0.1 lumps both.</li>
 *   <li>{@link #REFERENCE_POPULATION} = 4,000,000: the number of resumes the enrolees compete with, taken as
 *       the order of magnitude of people in computer and mathematical occupations in the United States
 *       (about 4.6 million) — the audience most such courses and this tool's default pool address.</li>
 *   <li>{@link #CAP} = 0.5: no prior says more than half the pool holds a credential.</li>
 * </ul>
 * So the Stanford "Machine Learning" course (3.2 million enrolled in 2020) gives 8%, "AI For Everyone"
 * (350k) 0.9%, a median Coursera course (42k) 0.1%. These are orders of magnitude, not measurements; the pool
 * outweighs them wherever it is large and recent (see {@link Commonness}).
 */
public final class EnrolmentPrior {
    public static final double LISTING_RATE = 0.1;
    public static final double REFERENCE_POPULATION = 4_000_000;
    public static final double CAP = 0.5;

    private EnrolmentPrior() {
    }

    /** The prior share for a course with {@code enrolled} students; 0 for none. */
    public static double share(double enrolled) {
        if (!(enrolled >= 0) || Double.isInfinite(enrolled)) {
            throw new IllegalArgumentException("enrolment must be a finite number ≥ 0: " + enrolled);
        }
        return Math.min(CAP, enrolled * LISTING_RATE / REFERENCE_POPULATION);
    }

    /**
     * Parses an enrolment figure as the Coursera data writes it ({@code "350k"}, {@code "3.2m"}, {@code "1500"})
     * and returns its share.
     *
     * @throws IllegalArgumentException when the figure cannot be read
     */
    public static double share(String enrolled) {
        return share(parseCount(enrolled));
    }

    /** Parses {@code "350k"}, {@code "3.2m"}, {@code "1,500"} into a number. */
    public static double parseCount(String s) {
        if (s == null) throw new IllegalArgumentException("enrolment figure is null");
        String t = s.trim().toLowerCase(java.util.Locale.ROOT).replace(",", "");
        double mult = 1;
        if (t.endsWith("k")) {
            mult = 1e3;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            mult = 1e6;
            t = t.substring(0, t.length() - 1);
        }
        try {
            double v = Double.parseDouble(t.trim()) * mult;
            if (!(v >= 0) || Double.isInfinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an enrolment figure: '" + s + "'");
        }
    }
}
