package dev.standout.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What the resume corpora say of each technology of the skills gazetteer: in how many IT resumes and in how many
 * resumes of other occupations it is named, unambiguous and ambiguous aliases apart. Built by
 * {@code dev.standout.tools.SkillContextBuilder} from the florex and livecareer corpora and shipped as
 * {@value #RESOURCE}; the list of ambiguous names it decides, with their counts, is in
 * {@code docs/ambiguous-skills.md}.
 *
 * <p>{@link #itSpecific} tells an IT technology (Java, Linux, SQL: named three times as often, per resume, in IT
 * resumes as in others) from everyday software (Microsoft Office, QuickBooks) and from what the corpora do not
 * know. {@link #ambiguousPrior} is a feature of the skill mention model: how often an ambiguous name is written in
 * IT resumes rather than in others ("Chef" is mostly a cook).
 *
 * <p>Immutable and thread-safe; {@link #standard()} is loaded once.
 */
final class SkillContext {
    static final String RESOURCE = "/dev/standout/extract/skill-context.tsv";
    /** An IT technology is named at least this share of the time (per resume, both corpora weighed equally) in IT resumes. */
    static final double IT_SPECIFIC = 0.75;
    /** Everyday software is named less than this share of the time in IT resumes. */
    static final double EVERYDAY = 0.5;
    /** Fewer resumes than this say nothing. */
    static final int MIN_DOCS = 5;

    private static final SkillContext EMPTY = new SkillContext(0, 0, Map.of());

    private final int itDocs;
    private final int otherDocs;
    private final Map<String, int[]> rows;

    private SkillContext(int itDocs, int otherDocs, Map<String, int[]> rows) {
        this.itDocs = itDocs;
        this.otherDocs = otherDocs;
        this.rows = rows;
    }

    private static final class Holder {
        static final SkillContext STANDARD = load();

        private static SkillContext load() {
            try (InputStream in = SkillContext.class.getResourceAsStream(RESOURCE)) {
                if (in == null) return EMPTY;
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The context shipped with Standout; empty (nothing is IT-specific) when the resource is missing. */
    static SkillContext standard() {
        return Holder.STANDARD;
    }

    /** Reads the TSV form: {@code #} comments, a {@code corpus} row with the two sizes, a header, one row an id. */
    static SkillContext read(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Map<String, int[]> rows = new HashMap<>();
        int it = 0;
        int other = 0;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 5) throw new IOException("bad skill context line: " + line);
            if (f[0].equals("corpus")) {
                it = Integer.parseInt(f[1]);
                other = Integer.parseInt(f[2]);
                continue;
            }
            rows.put(f[0], new int[]{Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4])});
        }
        return new SkillContext(it, other, Map.copyOf(rows));
    }

    /**
     * The share of IT resumes among those naming it, the two corpora weighed equally:
     * {@code (it / N_it) / (it / N_it + other / N_other)}, each count plus one half.
     */
    double share(int it, int other) {
        double a = (it + 0.5) / (itDocs + 1.0);
        double o = (other + 0.5) / (otherDocs + 1.0);
        return a / (a + o);
    }

    /** True for a technology that the corpora name, unambiguously, mostly in IT resumes. */
    boolean itSpecific(String id) {
        int[] r = rows.get(id);
        return r != null && r[0] + r[1] >= MIN_DOCS && share(r[0], r[1]) >= IT_SPECIFIC;
    }

    /**
     * True for everyday software: a technology that the corpora name, unambiguously, at least as often per resume
     * outside IT as in IT resumes (Microsoft Excel, Outlook, QuickBooks). Its ambiguous names ("Excel") need no
     * other technology in the resume.
     */
    boolean everyday(String id) {
        int[] r = rows.get(id);
        return r != null && r[0] + r[1] >= MIN_DOCS && share(r[0], r[1]) < EVERYDAY;
    }

    /**
     * How often an ambiguous name of this technology is written in IT resumes rather than in others:
     * {@code "low"} (share below 0.25), {@code "mid"}, {@code "high"} (0.75 and above), or {@code "none"} when the
     * corpora have too few resumes naming it.
     */
    String ambiguousPrior(String id) {
        int[] r = rows.get(id);
        if (r == null || r[2] + r[3] < MIN_DOCS) return "none";
        double s = share(r[2], r[3]);
        return s < 0.25 ? "low" : s < IT_SPECIFIC ? "mid" : "high";
    }
}
