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
 * @param confidence   how sure the extraction is that this is a project of the resume, named and bounded as the
 *                     resume presents it, in [0, 1] ({@link Confidence})
 */
public record Project(String name, String description, List<String> keywords, String url, List<String> highlights,
                      List<String> evidence, String archetype, List<String> themes, List<Mention> mentions,
                      double confidence) {
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
        confidence = Confidence.check(confidence);
    }

    /** A project read with full confidence. */
    public Project(String name, String description, List<String> keywords, String url, List<String> highlights,
                   List<String> evidence, String archetype, List<String> themes, List<Mention> mentions) {
        this(name, description, keywords, url, highlights, evidence, archetype, themes, mentions, Confidence.CERTAIN);
    }

    /** This project with another confidence. */
    public Project withConfidence(double confidence) {
        return new Project(name, description, keywords, url, highlights, evidence, archetype, themes, mentions,
                confidence);
    }
}
