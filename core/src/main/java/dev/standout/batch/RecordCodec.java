package dev.standout.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.standout.ErrorType;
import dev.standout.Result;
import dev.standout.internal.ResultJson;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.Warning;
import dev.standout.report.BatchReport.Similar;
import dev.standout.resume.Basics;
import dev.standout.resume.Certificate;
import dev.standout.resume.Confidence;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Education;
import dev.standout.resume.Evidence;
import dev.standout.resume.Mention;
import dev.standout.resume.Profile;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.resume.SkillType;
import dev.standout.resume.Work;
import dev.standout.score.Analysis;
import dev.standout.score.ItemKind;
import dev.standout.score.ScoredItem;
import dev.standout.section.Section;
import dev.standout.section.SectionType;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a contract record (a line of {@code results.jsonl}, as {@link ResultJson} writes it) back into a
 * {@link Result}, and writes the batch's own annotations (near-duplicates) on top of the contract record.
 *
 * <p>Reading is exact for everything that scoring reads (skill ids and evidence, credential ids, kinds and
 * levels, degrees, projects with their evidence, themes and archetype, every item's confidence), so a resume
 * scored after a trip through a worker process scores as it would have in the worker; a record without
 * confidences (written before they were part of the contract) reads as fully confident. The normalized text
 * is not part of a record: a decoded result has {@code ""} as text. {@code RecordCodecTest} checks that
 * {@code decode(encode(r))} encodes to the same bytes.
 */
final class RecordCodec {
    /** The warning the batch adds to a record that has a near-duplicate in the same batch. */
    static final String NEAR_DUPLICATE = "NEAR_DUPLICATE";
    /** The warning the batch adds when scoring a record failed (a bug; the record keeps no analysis). */
    static final String SCORING_FAILED = "SCORING_FAILED";
    /** The field listing a record's near-duplicates: {@code [{"file": ..., "similarity": ...}]}. */
    static final String NEAR_DUPLICATES_FIELD = "nearDuplicates";

    static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(50_000_000).maxNestingDepth(64).build())
            .build());

    private RecordCodec() {
    }

    /** One line of JSON for a record, with the batch's annotations when there are any. */
    static String encode(Result r, List<Similar> nearDuplicates, boolean scoringFailed) {
        ObjectNode node = ResultJson.toNode(r);
        if (!nearDuplicates.isEmpty() || scoringFailed) {
            ArrayNode warnings = node.withArray("warnings");
            if (!nearDuplicates.isEmpty()) warnings.add(NEAR_DUPLICATE);
            if (scoringFailed) warnings.add(SCORING_FAILED);
        }
        if (!nearDuplicates.isEmpty()) {
            ArrayNode arr = node.putArray(NEAR_DUPLICATES_FIELD);
            for (Similar s : nearDuplicates) {
                ObjectNode n = arr.addObject();
                n.put("file", s.file());
                n.put("similarity", Math.round(s.similarity() * 1000) / 1000.0);
            }
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a result tree", e);
        }
    }

    /**
     * Reads one record.
     *
     * @throws IllegalArgumentException when the line is not a record this version wrote
     */
    static Result decode(String line) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        return decode(root);
    }

    /** Reads one parsed record; {@link IllegalArgumentException} when it is not one. */
    static Result decode(JsonNode root) {
        if (root == null || !root.isObject()) throw new IllegalArgumentException("a record must be a JSON object");
        String file = requiredText(root, "file");
        String sha = text(root, "sha256");
        String status = requiredText(root, "status");
        DocumentFormat format = enumValue(DocumentFormat.class, text(root, "format"), DocumentFormat.UNKNOWN);
        switch (status) {
            case "FAILED": {
                JsonNode err = root.path("error");
                ErrorType type = enumValue(ErrorType.class, requiredText(err, "type"), null);
                if (type == null) throw new IllegalArgumentException("unknown error type: " + err.path("type"));
                String message = requiredText(err, "message");
                return Result.failed(file, sha, format, type, message);
            }
            case "OK": {
                List<Warning> warnings = new ArrayList<>();
                for (JsonNode w : array(root, "warnings")) {
                    Warning v = enumValue(Warning.class, w.asText(""), null);
                    if (v != null) warnings.add(v); // the batch's own warnings are recomputed, not read
                }
                List<Section> sections = new ArrayList<>();
                for (JsonNode s : array(root, "sections")) {
                    int start = s.path("start").asInt(0);
                    int end = s.path("end").asInt(start);
                    int contentStart = s.has("contentStart") ? s.get("contentStart").asInt(start) : start;
                    sections.add(new Section(enumValue(SectionType.class, requiredText(s, "type"), SectionType.OTHER),
                            text(s, "heading"), start, contentStart, end));
                }
                Resume resume = resume(root.path("resume"));
                Analysis analysis = root.path("analysis").isObject() ? analysis(root.get("analysis")) : null;
                Result ok = Result.ok(file, sha, format, warnings, "", sections, resume, analysis);
                JsonNode ocr = root.path("ocr");
                if (!ocr.isObject()) return ok;
                double confidence = ocr.path("confidence").asDouble(0);
                return ok.withOcr(new dev.standout.parse.OcrSummary(Math.max(0, ocr.path("pages").asInt(0)),
                        Math.max(0, ocr.path("words").asInt(0)), Math.max(0, Math.min(1, confidence)),
                        text(ocr, "language")));
            }
            default:
                throw new IllegalArgumentException("unknown status: " + status);
        }
    }

    static Resume resume(JsonNode r) {
        if (!r.isObject()) return Resume.EMPTY;
        JsonNode b = r.path("basics");
        List<Profile> profiles = new ArrayList<>();
        for (JsonNode p : array(b, "profiles")) {
            profiles.add(new Profile(text(p, "network"), text(p, "username"), text(p, "url")));
        }
        Basics basics = new Basics(text(b, "name"), text(b, "label"), text(b, "email"), text(b, "phone"),
                text(b, "url"), profiles);
        List<Work> work = new ArrayList<>();
        for (JsonNode w : array(r, "work")) {
            work.add(new Work(text(w, "name"), text(w, "position"), text(w, "startDate"), text(w, "endDate"),
                    w.path("current").asBoolean(false), text(w, "summary"), mentions(w)));
        }
        List<Education> education = new ArrayList<>();
        for (JsonNode e : array(r, "education")) {
            education.add(new Education(text(e, "institution"), text(e, "area"), text(e, "studyType"),
                    text(e, "level"), text(e, "endDate"), mentions(e)));
        }
        List<Skill> skills = new ArrayList<>();
        for (JsonNode s : array(r, "skills")) {
            skills.add(new Skill(text(s, "id"), requiredText(s, "name"), skillType(s),
                    enumValue(Evidence.class, text(s, "evidence"), Evidence.LISTED), mentions(s), confidence(s)));
        }
        List<Certificate> certificates = new ArrayList<>();
        for (JsonNode c : array(r, "certificates")) {
            certificates.add(new Certificate(text(c, "id"), requiredText(c, "name"),
                    enumValue(CredentialKind.class, text(c, "kind"), CredentialKind.OTHER), text(c, "level"),
                    text(c, "issuer"), text(c, "date"), mentions(c), confidence(c)));
        }
        List<Project> projects = new ArrayList<>();
        for (JsonNode p : array(r, "projects")) {
            projects.add(new Project(requiredText(p, "name"), text(p, "description"), strings(p, "keywords"),
                    text(p, "url"), strings(p, "highlights"), strings(p, "evidence"), text(p, "archetype"),
                    strings(p, "themes"), mentions(p), confidence(p)));
        }
        return new Resume(basics, work, education, skills, certificates, projects);
    }

    static Analysis analysis(JsonNode a) {
        List<ScoredItem> items = new ArrayList<>();
        for (JsonNode i : array(a, "items")) {
            ItemKind kind = enumValue(ItemKind.class, requiredText(i, "kind"), null);
            if (kind == null) throw new IllegalArgumentException("unknown item kind: " + i.path("kind"));
            items.add(new ScoredItem(kind, requiredText(i, "name"), text(i, "id"), i.path("commonness").asDouble(0),
                    i.path("contribution").asDouble(0), text(i, "explanation")));
        }
        return new Analysis(a.path("score").asDouble(0), a.path("percentile").asDouble(0), text(a, "segment"),
                text(a, "model"), items, strings(a, "advice"), strings(a, "flags"));
    }

    private static List<Mention> mentions(JsonNode n) {
        List<Mention> out = new ArrayList<>();
        for (JsonNode m : array(n, "mentions")) {
            int start = m.path("start").asInt(0);
            out.add(new Mention(text(m, "text"), enumValue(SectionType.class, text(m, "section"), SectionType.OTHER),
                    start, Math.max(start, m.path("end").asInt(start))));
        }
        return out;
    }

    /**
     * An item's {@code confidence}, {@link Confidence#CERTAIN} when the record has none (records written before
     * it was part of the contract); {@link IllegalArgumentException} when it is not a number in [0, 1].
     */
    private static double confidence(JsonNode n) {
        JsonNode v = n.path("confidence");
        if (v.isMissingNode() || v.isNull()) return Confidence.CERTAIN;
        if (!v.isNumber()) throw new IllegalArgumentException("confidence is not a number: " + v);
        return v.asDouble();
    }

    private static Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode a = n.path(field);
        return a.isArray() ? a : List.of();
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : array(n, field)) if (x.isValueNode()) out.add(x.asText(""));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText("") : "";
    }

    private static String requiredText(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isTextual()) throw new IllegalArgumentException("missing text field: " + field);
        return v.asText();
    }

    /**
     * A skill's type as written; a record written before skills had types gets the type of the default
     * taxonomy's entry with the same id, else {@link SkillType#TECHNICAL}.
     */
    private static SkillType skillType(JsonNode s) {
        SkillType t = enumValue(SkillType.class, text(s, "type"), null);
        if (t != null) return t;
        return dev.standout.taxonomy.SkillTaxonomy.defaultTaxonomy().byId(text(s, "id"))
                .map(dev.standout.taxonomy.SkillEntry::type).orElse(SkillType.TECHNICAL);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
