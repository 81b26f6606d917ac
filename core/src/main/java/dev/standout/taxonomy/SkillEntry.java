package dev.standout.taxonomy;

import dev.standout.resume.SkillType;

import java.util.List;
import java.util.Objects;

/**
 * An entry of the skills gazetteer.
 *
 * @param id        stable id, {@code "skill:" + slug(name)}
 * @param name      canonical name
 * @param type      kind of skill
 * @param sources   where it comes from: {@code curated}, {@code esco}, {@code onet}
 * @param hot       O*NET marks it as a "Hot Technology"
 * @param ambiguous the canonical name is a short or common word that needs supporting context (C, R, Go, Excel)
 * @param aliases   all surface forms, the canonical name first
 */
public record SkillEntry(String id, String name, SkillType type, List<String> sources, boolean hot, boolean ambiguous,
                         List<GazetteerAlias> aliases) {
    public SkillEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        sources = List.copyOf(sources);
        aliases = List.copyOf(aliases);
    }
}
