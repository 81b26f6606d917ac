package dev.standout.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.standout.Result;
import dev.standout.parse.Warning;
import dev.standout.resume.Basics;
import dev.standout.resume.Certificate;
import dev.standout.resume.Education;
import dev.standout.resume.Mention;
import dev.standout.resume.Profile;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.resume.Work;
import dev.standout.score.Analysis;
import dev.standout.score.ScoredItem;
import dev.standout.section.Section;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The one place where results become the contract's JSON ({@code result.schema.json}). Field names follow the
 * contract and JSON Resume; empty strings and empty optional lists are left out. Every skill, certificate and
 * project carries its {@code confidence} (two decimals, as the records keep it).
 */
public final class ResultJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {
    }

    public static String write(Result r, boolean pretty) {
        try {
            return (pretty ? PRETTY : COMPACT).writeValueAsString(toNode(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a result tree", e);
        }
    }

    public static ObjectNode toNode(Result r) {
        ObjectNode o = F.objectNode();
        o.put("file", r.file());
        if (!r.sha256().isEmpty()) o.put("sha256", r.sha256());
        o.put("status", r.status().name());
        o.put("format", r.format().name());
        r.error().ifPresent(e -> {
            ObjectNode err = o.putObject("error");
            err.put("type", e.type().name());
            err.put("message", e.message());
        });
        ArrayNode w = o.putArray("warnings");
        for (Warning warning : r.warnings()) w.add(warning.name());
        r.ocr().ifPresent(x -> {
            ObjectNode n = o.putObject("ocr");
            n.put("pages", x.pages());
            n.put("words", x.words());
            n.put("confidence", round(x.confidence(), 2));
            n.put("language", x.language());
        });
        if (r.isOk()) {
            ArrayNode secs = o.putArray("sections");
            for (Section s : r.sections()) {
                ObjectNode n = secs.addObject();
                n.put("type", s.type().name());
                putIfNotEmpty(n, "heading", s.heading());
                n.put("start", s.start());
                n.put("end", s.end());
            }
            o.set("resume", resume(r.resume()));
        }
        r.analysis().ifPresent(a -> o.set("analysis", analysis(a)));
        return o;
    }

    static ObjectNode resume(Resume resume) {
        ObjectNode o = F.objectNode();
        o.set("basics", basics(resume.basics()));
        ArrayNode work = o.putArray("work");
        for (Work x : resume.work()) {
            ObjectNode n = work.addObject();
            putIfNotEmpty(n, "name", x.name());
            putIfNotEmpty(n, "position", x.position());
            putIfNotEmpty(n, "startDate", x.startDate());
            putIfNotEmpty(n, "endDate", x.endDate());
            if (x.current()) n.put("current", true);
            putIfNotEmpty(n, "summary", x.summary());
            mentions(n, x.mentions());
        }
        ArrayNode edu = o.putArray("education");
        for (Education x : resume.education()) {
            ObjectNode n = edu.addObject();
            putIfNotEmpty(n, "institution", x.institution());
            putIfNotEmpty(n, "area", x.area());
            putIfNotEmpty(n, "studyType", x.studyType());
            putIfNotEmpty(n, "level", x.level());
            putIfNotEmpty(n, "endDate", x.endDate());
            mentions(n, x.mentions());
        }
        ArrayNode skills = o.putArray("skills");
        for (Skill x : resume.skills()) {
            ObjectNode n = skills.addObject();
            n.put("name", x.name());
            n.put("id", x.id());
            n.put("type", x.type().name());
            n.put("evidence", x.evidence().name());
            n.put("confidence", round(x.confidence(), 2));
            mentions(n, x.mentions());
        }
        ArrayNode certs = o.putArray("certificates");
        for (Certificate x : resume.certificates()) {
            ObjectNode n = certs.addObject();
            n.put("name", x.name());
            n.put("id", x.id());
            n.put("kind", x.kind().name());
            putIfNotEmpty(n, "level", x.level());
            putIfNotEmpty(n, "issuer", x.issuer());
            putIfNotEmpty(n, "date", x.date());
            n.put("confidence", round(x.confidence(), 2));
            mentions(n, x.mentions());
        }
        ArrayNode projects = o.putArray("projects");
        for (Project x : resume.projects()) {
            ObjectNode n = projects.addObject();
            n.put("name", x.name());
            putIfNotEmpty(n, "description", x.description());
            strings(n, "keywords", x.keywords());
            putIfNotEmpty(n, "url", x.url());
            strings(n, "highlights", x.highlights());
            strings(n, "evidence", x.evidence());
            putIfNotEmpty(n, "archetype", x.archetype());
            strings(n, "themes", x.themes());
            n.put("confidence", round(x.confidence(), 2));
            mentions(n, x.mentions());
        }
        return o;
    }

    static ObjectNode basics(Basics b) {
        ObjectNode n = F.objectNode();
        putIfNotEmpty(n, "name", b.name());
        putIfNotEmpty(n, "label", b.label());
        putIfNotEmpty(n, "email", b.email());
        putIfNotEmpty(n, "phone", b.phone());
        putIfNotEmpty(n, "url", b.url());
        ArrayNode profiles = n.putArray("profiles");
        for (Profile p : b.profiles()) {
            ObjectNode pn = profiles.addObject();
            pn.put("network", p.network());
            putIfNotEmpty(pn, "username", p.username());
            pn.put("url", p.url());
        }
        return n;
    }

    /** The contract's {@code analysis} object alone, as JSON. */
    public static String write(Analysis a, boolean pretty) {
        try {
            return (pretty ? PRETTY : COMPACT).writeValueAsString(analysis(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize an analysis tree", e);
        }
    }

    static ObjectNode analysis(Analysis a) {
        ObjectNode n = F.objectNode();
        n.put("score", round(a.score(), 1));
        n.put("percentile", round(a.percentile(), 1));
        putIfNotEmpty(n, "segment", a.segment());
        n.put("model", a.model());
        ArrayNode items = n.putArray("items");
        for (ScoredItem i : a.items()) {
            ObjectNode in = items.addObject();
            in.put("kind", i.kind().name());
            in.put("name", i.name());
            putIfNotEmpty(in, "id", i.id());
            in.put("commonness", round(i.commonness(), 4));
            in.put("contribution", round(i.contribution(), 2));
            putIfNotEmpty(in, "explanation", i.explanation());
        }
        ArrayNode advice = n.putArray("advice");
        for (String s : a.advice()) advice.add(s);
        strings(n, "flags", a.flags());
        return n;
    }

    private static void mentions(ObjectNode n, Collection<Mention> mentions) {
        if (mentions.isEmpty()) return;
        ArrayNode arr = n.putArray("mentions");
        for (Mention m : mentions) {
            ObjectNode mn = arr.addObject();
            mn.put("text", m.text());
            mn.put("section", m.section().name());
            mn.put("start", m.start());
            mn.put("end", m.end());
        }
    }

    private static ObjectNode strings(ObjectNode n, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            ArrayNode arr = n.putArray(field);
            for (String v : values) arr.add(v);
        }
        return n;
    }

    private static void putIfNotEmpty(ObjectNode n, String field, String value) {
        if (value != null && !value.isEmpty()) n.put(field, value);
    }

    private static double round(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
