package dev.standout.taxonomy;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints load and match times (the numbers depend on the machine; the bounds asserted here are loose, only to
 * catch a blow-up). This test reads the TSV forms (trie built alias by alias); the default instances read the
 * prebuilt tries and load faster.
 */
class TaxonomyPerformanceTest {
    /** A made-up resume of about 5,000 characters. */
    static String syntheticResume() {
        String block = """
                JANE DOE - Senior Software Engineer - jane.doe@example.com - https://github.com/janedoe
                SUMMARY
                Backend engineer with 8 years of experience building distributed systems in Java, Go and Python.
                Led the migration of a monolith to microservices on Kubernetes (EKS) with Terraform and Helm.
                SKILLS
                Languages: Java, Kotlin, Go, Python, SQL, JavaScript, TypeScript, C++, R
                Frameworks: Spring Boot, Django, Flask, React, Node.js, Express, Angular
                Data: PostgreSQL, MySQL, Redis, Apache Kafka, Apache Spark, Elasticsearch, Snowflake
                Cloud & DevOps: AWS (EC2, S3, Lambda), GCP, Docker, Jenkins, GitHub Actions, CI/CD, Linux
                EXPERIENCE
                Acme Corp, Senior Software Engineer, 2019 - present
                - Designed REST APIs and gRPC services handling 20k requests per second.
                - Built data pipelines with Airflow and dbt; reduced reporting latency by 40%.
                - Mentored four engineers; ran code reviews and introduced test-driven development.
                Globex, Software Engineer, 2015 - 2019
                - Developed a machine learning feature store with scikit-learn, pandas and TensorFlow.
                - Maintained Microsoft Excel and Power BI dashboards for the finance team.
                CERTIFICATIONS
                AWS Certified Solutions Architect - Associate (SAA-C03), CKA, Scrum Master (CSM)
                EDUCATION
                B.Sc. Computer Science, State University, 2015
                """;
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 5000) sb.append(block);
        return sb.substring(0, 5000);
    }

    @Test
    void loadAndMatchTimes() throws Exception {
        long t0 = System.nanoTime();
        SkillTaxonomy skills;
        try (Reader r = new InputStreamReader(SkillTaxonomy.class.getResourceAsStream(SkillTaxonomy.RESOURCE),
                StandardCharsets.UTF_8)) {
            skills = SkillTaxonomy.read(r);
        }
        long t1 = System.nanoTime();
        CredentialCatalog creds;
        try (Reader r = new InputStreamReader(CredentialCatalog.class.getResourceAsStream(CredentialCatalog.RESOURCE),
                StandardCharsets.UTF_8)) {
            creds = CredentialCatalog.read(r);
        }
        long t2 = System.nanoTime();
        String text = syntheticResume();
        for (int i = 0; i < 300; i++) {
            skills.find(text);
            creds.find(text);
        }
        int rounds = 1000;
        long t3 = System.nanoTime();
        int n = 0;
        for (int i = 0; i < rounds; i++) n += skills.find(text).size();
        long t4 = System.nanoTime();
        for (int i = 0; i < rounds; i++) n += creds.find(text).size();
        long t5 = System.nanoTime();
        double skillsUs = (t4 - t3) / 1e3 / rounds;
        double credsUs = (t5 - t4) / 1e3 / rounds;
        System.out.printf(Locale.ROOT, "taxonomy load: skills %.0f ms (%d entries, %d aliases), credentials %.0f ms"
                        + " (%d entries); match per 5,000 chars: skills %.0f us, credentials %.0f us (%d matches)%n",
                (t1 - t0) / 1e6, skills.size(), skills.matcher().aliasCount(), (t2 - t1) / 1e6, creds.size(),
                skillsUs, credsUs, n / rounds);
        assertThat(n).isPositive();
        assertThat(skillsUs).isLessThan(20_000);
        assertThat((t2 - t0) / 1e6).isLessThan(20_000);
    }
}
