package dev.standout.spark;

import dev.standout.resume.Basics;
import dev.standout.resume.Certificate;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Education;
import dev.standout.resume.Evidence;
import dev.standout.resume.Mention;
import dev.standout.resume.Profile;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.resume.Work;
import dev.standout.section.SectionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeCodecTest {
    @Test
    void givesBackAnEqualResumeWithEveryFieldSet() {
        List<Mention> m = List.of(new Mention("Python ✓", SectionType.SKILLS, 3, 11));
        Resume r = new Resume(
                new Basics("Zoë", "Data Scientist", "z@example.com", "+1 555", "https://z.example",
                        List.of(new Profile("GitHub", "zoe", "https://github.com/zoe"))),
                List.of(new Work("Acme", "Lead", "2019-01", "", true, "Led 5 people", m)),
                List.of(new Education("Oslo", "Statistics", "M.Sc.", "master", "2016", m)),
                List.of(new Skill("python", "Python", Evidence.USED, m), new Skill("sql", "SQL", Evidence.LISTED,
                        List.of())),
                List.of(new Certificate("aws-ml", "AWS ML", CredentialKind.VENDOR_CERTIFICATION, "specialty", "AWS",
                        "2021", m)),
                List.of(new Project("Limiter", "rate limiter", List.of("java"), "https://x", List.of("1,200 stars"),
                        List.of("USERS", "LINK"), "", List.of("rate limiter"), m)));
        assertThat(ResumeCodec.decode(ResumeCodec.encode(r))).isEqualTo(r);
        assertThat(ResumeCodec.decode(ResumeCodec.encode(Resume.EMPTY))).isEqualTo(Resume.EMPTY);
    }
}
