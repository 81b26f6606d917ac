package dev.standout.corpus;

import dev.standout.resume.Certificate;
import dev.standout.resume.Confidence;
import dev.standout.resume.Education;
import dev.standout.resume.Evidence;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;

import java.text.Normalizer;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The one definition of the features a resume has, used both to count a pool ({@link CorpusModel.Builder}) and
 * to score a resume against it. Stateless and thread-safe.
 *
 * <p>A feature is a namespaced string, {@code namespace:value}, with the value {@linkplain #normalize normalized}
 * (NFKC, lower case, single spaces):
 * <table>
 *   <caption>Feature namespaces</caption>
 *   <tr><th>feature</th><th>one per</th></tr>
 *   <tr><td>{@code cred:<catalog id>}</td><td>credential; unknown ones keep their {@code unknown:<name>} id</td></tr>
 *   <tr><td>{@code credkind:<kind>}</td><td>credential kind held at least once ({@code online_course}…)</td></tr>
 *   <tr><td>{@code skill:<id>}</td><td>skill, listed or used</td></tr>
 *   <tr><td>{@code skillused:<id>}</td><td>skill shown in use in a role or a project</td></tr>
 *   <tr><td>{@code degree:<level>|<area>}</td><td>degree; level {@code unspecified} when unknown</td></tr>
 *   <tr><td>{@code degreelevel:<level>}</td><td>degree level held at least once</td></tr>
 *   <tr><td>{@code theme:<lemma phrase>}</td><td>project theme</td></tr>
 *   <tr><td>{@code arch:<archetype id>}</td><td>tutorial archetype a project matches ({@code mnist}…)</td></tr>
 *   <tr><td>{@code projev:<evidence kind>}</td><td>evidence kind shown by some project ({@code users}…)</td></tr>
 *   <tr><td>{@code project:any}</td><td>the resume has at least one project</td></tr>
 *   <tr><td>{@code project:original}</td><td>… at least one project that matches no tutorial archetype</td></tr>
 *   <tr><td>{@code project:evidenced}</td><td>… at least one original project with evidence</td></tr>
 * </table>
 * Values that fail the privacy check (e-mail, phone number, URL, over 160
 * characters) are left out here already; the builder checks again.
 *
 * <p>Skills, credentials and projects read with a confidence below {@link Confidence#UNCERTAIN} (0.5: more
 * likely misread than not) have no features: a pool counts only the items it can trust, so that a fragment the
 * extraction took for a project or a credential does not make the like of it look common, and segment inference
 * is not swayed by it. The scorer gives such items little or nothing too (see {@code dev.standout.score}).
 */
public final class Features {
    public static final String CREDENTIAL = "cred:";
    public static final String CREDENTIAL_KIND = "credkind:";
    public static final String SKILL = "skill:";
    public static final String SKILL_USED = "skillused:";
    public static final String DEGREE = "degree:";
    public static final String DEGREE_LEVEL = "degreelevel:";
    public static final String THEME = "theme:";
    public static final String ARCHETYPE = "arch:";
    public static final String PROJECT_EVIDENCE = "projev:";
    public static final String PROJECT_ANY = "project:any";
    public static final String PROJECT_ORIGINAL = "project:original";
    public static final String PROJECT_EVIDENCED = "project:evidenced";

    /** The level written for a degree whose level is not known. */
    public static final String UNSPECIFIED_LEVEL = "unspecified";
    /** The evidence kind implied by a non-empty project URL. */
    public static final String LINK = "LINK";

    private Features() {
    }

    /** The sorted feature set of a resume; never null, possibly empty. */
    public static SortedSet<String> of(Resume resume) {
        Objects.requireNonNull(resume, "resume");
        TreeSet<String> out = new TreeSet<>();
        for (Certificate c : resume.certificates()) {
            if (Confidence.uncertain(c.confidence())) continue;
            add(out, credential(c.id()));
            add(out, credentialKind(c));
        }
        for (Skill s : resume.skills()) {
            if (Confidence.uncertain(s.confidence())) continue;
            add(out, skill(s.id()));
            if (s.evidence() == Evidence.USED) add(out, skillUsed(s.id()));
        }
        for (Education e : resume.education()) {
            if (e.level().isBlank() && e.area().isBlank()) continue;
            add(out, degree(e));
            add(out, degreeLevel(e.level()));
        }
        for (Project p : resume.projects()) {
            if (Confidence.uncertain(p.confidence())) continue;
            out.add(PROJECT_ANY);
            for (String t : p.themes()) add(out, theme(t));
            if (!p.archetype().isBlank()) {
                add(out, archetype(p.archetype()));
            } else {
                out.add(PROJECT_ORIGINAL);
                if (!evidenceKinds(p).isEmpty()) out.add(PROJECT_EVIDENCED);
            }
            for (String ev : evidenceKinds(p)) add(out, projectEvidence(ev));
        }
        return Collections.unmodifiableSortedSet(out);
    }

    public static String credential(String catalogId) {
        return CREDENTIAL + normalize(catalogId);
    }

    public static String credentialKind(Certificate c) {
        return CREDENTIAL_KIND + c.kind().name().toLowerCase(Locale.ROOT);
    }

    public static String skill(String skillId) {
        return SKILL + normalize(skillId);
    }

    public static String skillUsed(String skillId) {
        return SKILL_USED + normalize(skillId);
    }

    public static String degree(Education e) {
        return DEGREE + level(e.level()) + "|" + area(e.area());
    }

    public static String degreeLevel(String level) {
        return DEGREE_LEVEL + level(level);
    }

    public static String theme(String lemmaPhrase) {
        return THEME + normalize(lemmaPhrase);
    }

    public static String archetype(String archetypeId) {
        return ARCHETYPE + normalize(archetypeId);
    }

    public static String projectEvidence(String evidenceKind) {
        return PROJECT_EVIDENCE + normalize(evidenceKind);
    }

    /**
     * The distinct evidence kinds of a project, upper case and sorted, with {@link #LINK} added when the project
     * has a URL.
     */
    public static SortedSet<String> evidenceKinds(Project p) {
        TreeSet<String> kinds = new TreeSet<>();
        for (String e : p.evidence()) {
            String k = normalize(e).toUpperCase(Locale.ROOT);
            if (!k.isEmpty()) kinds.add(k);
        }
        if (!p.url().isBlank()) kinds.add(LINK);
        return Collections.unmodifiableSortedSet(kinds);
    }

    /**
     * The normalized form of a feature value: Unicode NFKC, lower case (root locale), control characters and
     * runs of white space turned into one space, trimmed.
     */
    public static String normalize(String s) {
        if (s == null) return "";
        switch (asciiState(s)) {
            case 0:
                return s;
            case 1:
                return s.toLowerCase(Locale.ROOT); // NFKC leaves ASCII as it is
            default:
                break;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The fast paths: 0 for printable ASCII without capitals and with single spaces only between words (already
     * normal), 1 for the same with capitals (only lower-casing needed), 2 for anything else.
     */
    private static int asciiState(String s) {
        int n = s.length();
        if (n == 0) return 0;
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') return 2;
        int state = 0;
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E || (c == ' ' && prev == ' ')) return 2;
            if (c >= 'A' && c <= 'Z') state = 1;
            prev = c;
        }
        return state;
    }

    /** The level part of a degree feature: normalized, or {@value #UNSPECIFIED_LEVEL}. */
    static String level(String level) {
        String l = normalize(level).replace('|', ' ');
        return l.isEmpty() ? UNSPECIFIED_LEVEL : l;
    }

    /** The area part of a degree feature: letters and digits only, "&amp;" read as "and", at most 60 characters. */
    static String area(String area) {
        String a = normalize(area).replace("&", " and ");
        StringBuilder b = new StringBuilder(a.length());
        boolean space = false;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            } else {
                space = true;
            }
        }
        String s = b.toString();
        if (s.length() > 60) {
            int cut = s.lastIndexOf(' ', 60);
            s = s.substring(0, cut > 0 ? cut : 60);
        }
        return s;
    }

    private static void add(TreeSet<String> out, String feature) {
        if (acceptable(feature)) out.add(feature);
    }

    /**
     * Whether a feature may be counted: it has a namespace and a value, and passes the privacy check (no
     * e-mail address, phone number or URL, at most 160 characters).
     */
    public static boolean acceptable(String feature) {
        if (feature == null) return false;
        int colon = feature.indexOf(':');
        if (colon <= 0 || colon == feature.length() - 1) return false;
        return FeatureGuard.acceptable(feature);
    }

    /** The namespace of a feature, including its colon, or {@code ""}. */
    public static String namespace(String feature) {
        int colon = feature.indexOf(':');
        return colon < 0 ? "" : feature.substring(0, colon + 1);
    }

}
