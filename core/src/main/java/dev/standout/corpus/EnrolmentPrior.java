package dev.standout.corpus;

/**
 * Turns an online course's enrolment count into a prior share of resumes that list its certificate, for a
 * {@link PriorSource}. Stateless.
 *
 * <pre>
 *   share = min(CAP, enrolled × GROWTH × LISTING_RATE × US_SHARE / REFERENCE_POPULATION)
 * </pre>
 * The enrolments are worldwide counts of 2020 (the Coursera data set the catalog holds); the population they are
 * compared with is U.S. jobs of 2022–2023. So the enrolments are brought to the jobs' date ({@link #GROWTH}), cut to
 * the U.S. learners among them ({@link #US_SHARE}) and to those who finish and list the certificate
 * ({@link #LISTING_RATE}); both sides then count people of one country at one date. The same factors, with the
 * same sources, make the audience priors ({@code dev.standout.tools.AudiencePriorBuilder}, whose build fails when its
 * data file states other values), which compare with the U.S. jobs of the occupations a course addresses instead of
 * {@link #REFERENCE_POPULATION}.
 * <ul>
 *   <li>{@link #LISTING_RATE} = 0.1: the share of enrolees who finish the course and put it on a resume. Published
 *       completion rates of open online courses: a median of 12.6% of enrolees across the courses with published figures (K. Jordan,
 *       "Massive open online course completion rates revisited", IRRODL 16(3), 2015); 71,589 verified
 *       certificates for 1.76 million course sign-ups (4.1%) in the Johns Hopkins Data Science Specialization
 *       (Class Central, February 2015); about 3% of all participants but 46% of paying ones in MITx and HarvardX
 *       courses (Reich and Ruipérez-Valiente, "The MOOC pivot", Science, 2019). 0.1 sits within that range and
 *       takes every finisher as listing the certificate; a resume names a certificate its holder earned, so the
 *       listing rate cannot exceed the completion rate.</li>
 *   <li>{@link #GROWTH} = 142/70 ≈ 2.03: a course's enrolments only grow, and are assumed to grow with the
 *       platform: Coursera had 70 million registered learners when the enrolments were scraped (2020 Impact
 *       Report, September 2020) and about 142 million on 31 December 2023 (Form 10-K for 2023). Uncertain: an
 *       older course may grow slower than the platform, a data-science one faster.</li>
 *   <li>{@link #US_SHARE} = 0.2: the share of Coursera's learners in the United States: 14 million of 70 million
 *       learners (Coursera's 2020 Impact Report, September 2020, the year the enrolments were scraped).</li>
 *   <li>{@link #REFERENCE_POPULATION} = 5,000,000: the U.S. jobs the listers compete with when no audience is
 *       known: computer and mathematical occupations, 5.0 million jobs (U.S. Bureau of Labor Statistics,
 *       Occupational Employment and Wage Statistics, May 2022) — the occupations most such courses and this
 *       tool's default pool address. Jobs stand in for the applicant pool, which no statistic counts: every
 *       worker of these occupations has a resume that competes when they apply.</li>
 *   <li>{@link #CAP} = 0.5: no prior says more than half the pool holds a credential.</li>
 * </ul>
 * So the Stanford "Machine Learning" course (3.2 million enrolled in 2020) gives 2.6% of U.S. computer and
 * mathematical workers, "AI For Everyone" (350k) 0.28%, a median Coursera course (42k) 0.03%. A course's own
 * audience makes it far commoner: the IBM Data Science Professional Certificate (480k) is 0.39% of computer and
 * mathematical workers but about 10% of data-science applicants (see {@code CatalogPriors}). These are orders of magnitude, not measurements; the
 * pool outweighs them wherever it is large and recent (see {@link Commonness}).
 */
public final class EnrolmentPrior {
    /** Share of enrolees who finish a course and list its certificate. */
    public static final double LISTING_RATE = 0.1;
    /** Growth of Coursera's registered learners from the enrolments' date to the jobs' (70 → 142 million). */
    public static final double GROWTH = 142_000_000.0 / 70_000_000.0;
    /** Share of Coursera's learners in the United States (14 of 70 million, 2020). */
    public static final double US_SHARE = 0.2;
    /** U.S. jobs in computer and mathematical occupations (BLS OEWS, May 2022). */
    public static final double REFERENCE_POPULATION = 5_000_000;
    public static final double CAP = 0.5;

    private EnrolmentPrior() {
    }

    /** The prior share for a course with {@code enrolled} students; 0 for none. */
    public static double share(double enrolled) {
        if (!(enrolled >= 0) || Double.isInfinite(enrolled)) {
            throw new IllegalArgumentException("enrolment must be a finite number ≥ 0: " + enrolled);
        }
        return Math.min(CAP, enrolled * GROWTH * LISTING_RATE * US_SHARE / REFERENCE_POPULATION);
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
