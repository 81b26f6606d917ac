package dev.standout.resume;

import java.util.List;
import java.util.Objects;

/**
 * A project found in a resume (JSON Resume {@code projects[]}).
 *
 * @param name         the project's name (its first line or title)
 * @param description  the description as written
 * @param keywords     skill names of the technologies used
 * @param url          a link to the project, or {@code ""}
 * @param highlights   outcome evidence sentences (numbers, users, accuracy, releases, merged contributions…)
 * @param evidence     kinds of evidence found (e.g. USERS, METRIC, LINK, RELEASE, CONTRIBUTION, PUBLICATION)
 * @param archetype    the id of the tutorial/course archetype it matches (e.g. "mnist"), or {@code ""}
 * @param themes       lemmatized key phrases of the project, for the corpus model
 * @param mentions     where it was found
 */
public record Project(String name, String description, List<String> keywords, String url, List<String> highlights,
                      List<String> evidence, String archetype, List<String> themes, List<Mention> mentions) {
    public Project {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        keywords = List.copyOf(keywords);
        url = url == null ? "" : url;
        highlights = List.copyOf(highlights);
        evidence = List.copyOf(evidence);
        archetype = archetype == null ? "" : archetype;
        themes = List.copyOf(themes);
        mentions = List.copyOf(mentions);
    }
}
