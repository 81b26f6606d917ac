package dev.standout.resume;

import java.util.List;

/**
 * A degree or diploma (JSON Resume {@code education[]}).
 *
 * @param institution the school or university
 * @param area        the field of study
 * @param studyType   the degree as written ("B.Tech", "Master of Science"…)
 * @param level       the normalized level: associate, bachelor, master, doctorate, diploma, or {@code ""}
 * @param endDate     the year of graduation, or {@code ""}
 * @param mentions    where it was found
 */
public record Education(String institution, String area, String studyType, String level, String endDate,
                        List<Mention> mentions) {
    public Education {
        institution = institution == null ? "" : institution;
        area = area == null ? "" : area;
        studyType = studyType == null ? "" : studyType;
        level = level == null ? "" : level;
        endDate = endDate == null ? "" : endDate;
        mentions = List.copyOf(mentions);
    }
}
