package dev.standout.score;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standout.corpus.Features;
import dev.standout.extract.ProjectEvidence;
import dev.standout.resume.Basics;
import dev.standout.resume.Certificate;
import dev.standout.resume.Confidence;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Education;
import dev.standout.resume.Evidence;
import dev.standout.resume.Profile;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.resume.SkillType;
import dev.standout.resume.Work;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads a <a href="https://jsonresume.org/schema">JSON Resume</a> document into a {@link Resume}, for callers
 * who already hold structured resumes and want them scored. Immutable and thread-safe.
 *
 * <p>Mapping:
 * <ul>
 *   <li>{@code basics}: name, label, email, phone, url (or {@code website}), profiles.</li>
 *   <li>{@code work[]}: name (or {@code company}), position, startDate, endDate; the summary and highlights
 *       become the summary; a role with a start and no end is current.</li>
 *   <li>{@code education[]}: institution, area, studyType, endDate; the level (bachelor, master, doctorate,
 *       associate, diploma) is read from studyType.</li>
 *   <li>{@code skills[]}: each keyword is a skill (the entry's name is then a category); an entry without
 *       keywords is itself a skill. A skill is {@link Evidence#USED} when its name appears in a role's
 *       summary or highlights, or in a project's description, highlights or keywords. Its id is the
 *       normalized name unless a skill-id hook says otherwise.</li>
 *   <li>{@code certificates[]}: name, issuer, date. The certificate hook may resolve a name to a catalog
 *       entry; otherwise the id is {@code unknown:<normalized name>} and the kind is guessed: an online-course
 *       platform as issuer or in the name gives {@code ONLINE_COURSE}, "bootcamp" {@code BOOTCAMP},
 *       "license"/"licence" {@code LICENSE}, anything else {@code OTHER}.</li>
 *   <li>{@code projects[]}: name, description, highlights, keywords, url. Evidence kinds are read from the
 *       highlights, description and url by the extraction's own {@link ProjectEvidence} patterns (users,
 *       metrics, money or time saved, merged contributions, releases, publications, gathered data, links)
 *       unless an {@code evidence} array is given; {@code themes} and {@code archetype} are taken when present
 *       (they are not JSON Resume fields) and can be filled by the project hook.</li>
 * </ul>
 * Skills, certificates and projects have confidence {@link Confidence#CERTAIN} (a structured document says what
 * its author means) unless an entry carries a {@code confidence} number in [0, 1] (not a JSON Resume field;
 * Standout's own results have one), which is then kept (one that is not such a number is ignored); a skills
 * entry's confidence holds for each of its keywords.
 * A document wrapped as {@code {"resume": {...}}} (the shape of Standout's own results) is unwrapped.
 * Inputs are limited to {@value #MAX_DOCUMENT_BYTES} bytes and a nesting depth of 64.
 */
public final class JsonResumeReader {
    /** Largest document read, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 10_000_000;

    private static final Pattern ONLINE_PLATFORM = Pattern.compile(
            "(?i)\\b(coursera|udemy|edx|udacity|linkedin learning|datacamp|pluralsight|khan academy|futurelearn|"
                    + "codecademy|freecodecamp|skillshare)\\b");

    private final ObjectMapper mapper;
    private final Function<String, Certificate> certificates;
    private final Function<String, String> skillIds;
    private final Function<String, SkillType> skillTypes;
    private final UnaryOperator<Project> projects;

    private JsonResumeReader(Builder b) {
        JsonFactory f = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_BYTES).maxNestingDepth(64)
                        .maxStringLength(MAX_DOCUMENT_BYTES).build())
                .build();
        this.mapper = new ObjectMapper(f);
        this.certificates = b.certificates;
        this.skillIds = b.skillIds;
        this.skillTypes = b.skillTypes;
        this.projects = b.projects;
    }

    /** A reader without hooks: unknown certificates, skill ids from names, projects as written. */
    public static JsonResumeReader create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads a document from a stream (not closed). */
    public Resume read(InputStream in) throws IOException {
        return read(mapper.readTree(in));
    }

    /** Reads a document from a file. */
    public Resume read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        }
    }

    /** Reads a document from a JSON string. */
    public Resume parse(String json) throws IOException {
        Objects.requireNonNull(json, "json");
        return read(mapper.readTree(json));
    }

    /**
     * Maps a parsed document.
     *
     * @throws IOException when it is not a JSON object
     */
    public Resume read(JsonNode root) throws IOException {
        if (root == null || !root.isObject()) {
            throw new IOException("a JSON Resume document must be a JSON object, not "
                    + (root == null ? "nothing" : root.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        JsonNode r = root;
        if (!root.has("basics") && root.path("resume").isObject()) r = root.get("resume");

        JsonNode b = r.path("basics");
        List<Profile> profiles = new ArrayList<>();
        for (JsonNode p : array(b, "profiles")) {
            profiles.add(new Profile(text(p, "network"), text(p, "username"), text(p, "url")));
        }
        Basics basics = new Basics(text(b, "name"), text(b, "label"), text(b, "email"), text(b, "phone"),
                first(text(b, "url"), text(b, "website")), profiles);

        List<Work> work = new ArrayList<>();
        StringBuilder usedText = new StringBuilder();
        for (JsonNode w : array(r, "work")) {
            StringBuilder summary = new StringBuilder(text(w, "summary"));
            for (JsonNode h : array(w, "highlights")) {
                if (summary.length() > 0) summary.append('\n');
                summary.append(h.asText(""));
            }
            String start = text(w, "startDate");
            String end = text(w, "endDate");
            work.add(new Work(first(text(w, "name"), text(w, "company")), text(w, "position"), start, end,
                    end.isBlank() && !start.isBlank(), summary.toString(), List.of()));
            usedText.append(' ').append(summary);
        }

        List<Education> education = new ArrayList<>();
        for (JsonNode e : array(r, "education")) {
            String studyType = text(e, "studyType");
            education.add(new Education(text(e, "institution"), text(e, "area"), studyType, level(studyType),
                    text(e, "endDate"), List.of()));
        }

        List<Project> projectList = new ArrayList<>();
        for (JsonNode p : array(r, "projects")) {
            Project project = project(p);
            if (projects != null) project = Objects.requireNonNull(projects.apply(project), "project hook result");
            project = project.withConfidence(confidence(p));
            projectList.add(project);
            usedText.append(' ').append(project.description());
            for (String h : project.highlights()) usedText.append(' ').append(h);
            for (String k : project.keywords()) usedText.append(" | ").append(k);
        }

        String used = usedText.toString().toLowerCase(Locale.ROOT);
        Map<String, Skill> skills = new LinkedHashMap<>();
        for (JsonNode s : array(r, "skills")) {
            double confidence = confidence(s);
            List<String> names = new ArrayList<>();
            for (JsonNode k : array(s, "keywords")) if (!k.asText("").isBlank()) names.add(k.asText().trim());
            if (names.isEmpty() && !text(s, "name").isBlank()) names.add(text(s, "name").trim());
            for (String n : names) {
                String id = skillIds == null ? null : skillIds.apply(n);
                if (id == null || id.isBlank()) id = Features.normalize(n);
                Evidence ev = mentioned(used, n) ? Evidence.USED : Evidence.LISTED;
                SkillType type = skillTypes == null ? null : skillTypes.apply(id);
                Skill skill = new Skill(id, n, type == null ? SkillType.TECHNICAL : type, ev, List.of(), confidence);
                skills.merge(id, skill, (a, c) -> (a.evidence() == Evidence.USED ? a : c)
                        .withConfidence(Math.max(a.confidence(), c.confidence())));
            }
        }

        List<Certificate> certs = new ArrayList<>();
        for (JsonNode c : array(r, "certificates")) {
            String name = text(c, "name").trim();
            if (name.isEmpty()) continue;
            String issuer = text(c, "issuer");
            String date = text(c, "date");
            Certificate resolved = certificates == null ? null : certificates.apply(name);
            if (resolved == null) {
                resolved = new Certificate("unknown:" + Features.normalize(name), name, guessKind(name, issuer), "",
                        issuer, date, List.of());
            } else if (resolved.issuer().isBlank() || resolved.date().isBlank()) {
                resolved = new Certificate(resolved.id(), resolved.name(), resolved.kind(), resolved.level(),
                        resolved.issuer().isBlank() ? issuer : resolved.issuer(),
                        resolved.date().isBlank() ? date : resolved.date(), resolved.mentions());
            }
            certs.add(resolved.withConfidence(confidence(c)));
        }
        return new Resume(basics, work, education, new ArrayList<>(skills.values()), certs, projectList);
    }

    private static Project project(JsonNode p) {
        List<String> highlights = strings(p, "highlights");
        List<String> keywords = strings(p, "keywords");
        String description = text(p, "description");
        List<String> evidence;
        if (p.has("evidence")) {
            evidence = strings(p, "evidence");
        } else {
            EnumSet<ProjectEvidence> ev = EnumSet.noneOf(ProjectEvidence.class);
            List<String> texts = new ArrayList<>(highlights);
            texts.add(description);
            texts.add(text(p, "url"));
            for (String t : texts) ev.addAll(ProjectEvidence.in(t));
            evidence = new ArrayList<>();
            for (ProjectEvidence e : ev) evidence.add(e.name());
        }
        String name = text(p, "name").isBlank() ? "Untitled project" : text(p, "name");
        return new Project(name, description, keywords, text(p, "url"), highlights, evidence, text(p, "archetype"),
                strings(p, "themes"), List.of());
    }

    /** Whether a skill name stands as a word (or a project keyword) in the lower-cased text. */
    static boolean mentioned(String lowerText, String skill) {
        String s = skill.toLowerCase(Locale.ROOT).trim();
        if (s.isEmpty()) return false;
        int from = 0;
        while (true) {
            int i = lowerText.indexOf(s, from);
            if (i < 0) return false;
            int end = i + s.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(lowerText.charAt(i - 1));
            boolean endOk = end == lowerText.length() || !Character.isLetterOrDigit(lowerText.charAt(end))
                    && lowerText.charAt(end) != '+' && lowerText.charAt(end) != '#';
            if (startOk && endOk) return true;
            from = i + 1;
        }
    }

    /** The degree level of a study type as written: bachelor, master, doctorate, associate, diploma or "". */
    static String level(String studyType) {
        String s = " " + studyType.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").trim() + " ";
        if (s.isBlank()) return "";
        if (s.matches(".*\\b(phd|ph d|doctor|doctorate|doctoral|dphil|edd|md)\\b.*")) return "doctorate";
        if (s.matches(".*\\b(master|masters|msc|ms|ma|mba|meng|mtech|m tech|m sc|m s|m a|mca|mphil|llm)\\b.*")) {
            return "master";
        }
        if (s.matches(".*\\b(bachelor|bachelors|bsc|bs|ba|beng|btech|b tech|b sc|b s|b a|b e|be|bca|bcom|llb|"
                + "undergraduate)\\b.*")) {
            return "bachelor";
        }
        if (s.matches(".*\\b(associate|aas)\\b.*")) return "associate";
        if (s.matches(".*\\b(diploma|certificate|hnd)\\b.*")) return "diploma";
        return "";
    }

    static CredentialKind guessKind(String name, String issuer) {
        String both = name + " " + issuer;
        if (ONLINE_PLATFORM.matcher(both).find()) return CredentialKind.ONLINE_COURSE;
        String l = both.toLowerCase(Locale.ROOT);
        if (l.contains("bootcamp") || l.contains("boot camp")) return CredentialKind.BOOTCAMP;
        if (l.matches(".*\\blicen[cs](e|ed)\\b.*")) return CredentialKind.LICENSE;
        return CredentialKind.OTHER;
    }

    /**
     * An entry's {@code confidence} (not a JSON Resume field): {@link Confidence#CERTAIN} when absent, as
     * structured input is what its author means, or when it is not a number in [0, 1] (ignored, like other
     * fields of the wrong type).
     */
    private static double confidence(JsonNode n) {
        JsonNode v = n.path("confidence");
        return v.isNumber() && v.asDouble() >= 0 && v.asDouble() <= 1 ? v.asDouble() : Confidence.CERTAIN;
    }

    private static Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode a = n.path(field);
        return a.isArray() ? a : List.of();
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : array(n, field)) {
            if (x.isValueNode() && !x.asText("").isBlank()) out.add(x.asText().trim());
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText("") : "";
    }

    private static String first(String a, String b) {
        return a.isBlank() ? b : a;
    }

    /** Hooks of a {@link JsonResumeReader}; each may be set once. */
    public static final class Builder {
        private Function<String, Certificate> certificates;
        private Function<String, String> skillIds;
        private Function<String, SkillType> skillTypes;
        private UnaryOperator<Project> projects;

        private Builder() {
        }

        /**
         * Resolves a certificate name to a catalog entry; return {@code null} for a name the catalog does not
         * know (it then keeps the id {@code unknown:<normalized name>}).
         */
        public Builder certificateResolver(Function<String, Certificate> resolver) {
            if (certificates != null) throw new IllegalStateException("certificateResolver was already set");
            this.certificates = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /** Maps a skill name to a taxonomy id; return {@code null} to keep the normalized name. */
        public Builder skillIds(Function<String, String> ids) {
            if (skillIds != null) throw new IllegalStateException("skillIds was already set");
            this.skillIds = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /**
         * The type of a skill by its id (after {@link #skillIds}), or null when unknown; without it, or when it
         * gives null, a skill is {@link SkillType#TECHNICAL}.
         */
        public Builder skillTypes(Function<String, SkillType> types) {
            if (skillTypes != null) throw new IllegalStateException("skillTypes was already set");
            this.skillTypes = Objects.requireNonNull(types, "types");
            return this;
        }

        /** Completes each project after mapping, e.g. with themes and a tutorial archetype. */
        public Builder projectHook(UnaryOperator<Project> hook) {
            if (projects != null) throw new IllegalStateException("projectHook was already set");
            this.projects = Objects.requireNonNull(hook, "hook");
            return this;
        }

        public JsonResumeReader build() {
            return new JsonResumeReader(this);
        }
    }
}
