package dev.standout.report;

import dev.standout.ErrorType;
import dev.standout.Result;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.Warning;
import dev.standout.resume.Basics;
import dev.standout.resume.Certificate;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Education;
import dev.standout.resume.Evidence;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.score.Analysis;
import dev.standout.score.ItemKind;
import dev.standout.score.ScoredItem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A made-up batch for report tests: scored resumes, failures, near-duplicates and hostile names. */
final class ReportFixtures {
    /** A file name that would run a script if it were not escaped. */
    static final String HOSTILE_FILE = "x/<img src=x onerror=\"document.body.id='pwned'\">.pdf";
    /** Extracted text that would break out of an attribute and a table if it were not escaped. */
    static final String HOSTILE_NAME = "\"><script id=pwned2>document.title='pwned'</script><td ";

    private static final String[] SKILLS = {"Python", "SQL", "Excel", "Java", "Tableau", "Kubernetes", "Figma",
            "Salesforce", "QuickBooks", "AutoCAD"};
    private static final String[] CERTS = {"Google Data Analytics", "AWS Certified Cloud Practitioner", "PMP",
            "CPA", "Certified Nursing Assistant", "Scrum Master"};

    private ReportFixtures() {
    }

    static BatchReport batch(int n, long seed) {
        Random rnd = new Random(seed);
        List<BatchReport.Entry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String file = String.format("applicants/%s/resume-%03d.pdf", i % 3 == 0 ? "it" : "sales", i);
            String name = "Applicant " + i;
            if (i == 7) {
                file = HOSTILE_FILE;
                name = HOSTILE_NAME;
            }
            List<Skill> skills = new ArrayList<>();
            for (String s : SKILLS) {
                if (rnd.nextDouble() < 0.4) {
                    skills.add(new Skill(s.toLowerCase(), s, rnd.nextBoolean() ? Evidence.USED : Evidence.LISTED,
                            List.of()));
                }
            }
            List<Certificate> certs = new ArrayList<>();
            for (String c : CERTS) {
                if (rnd.nextDouble() < 0.25) {
                    certs.add(new Certificate("cat:" + c.toLowerCase().replace(' ', '-'), c,
                            CredentialKind.VENDOR_CERTIFICATION, "", "", "", List.of()));
                }
            }
            List<Project> projects = rnd.nextDouble() < 0.3 ? List.of(new Project("Route planner " + i,
                    "Plans delivery routes", List.of(), "", List.of("used by 300 drivers"), List.of("USERS"), "",
                    List.of("route planning"), List.of())) : List.of();
            Resume resume = new Resume(new Basics(name, "Analyst", "", "", "", List.of()), List.of(),
                    List.of(new Education("Example University", "Economics", "BA", "bachelor", "2015", List.of())),
                    skills, certs, projects);
            List<ScoredItem> items = new ArrayList<>();
            for (Certificate c : certs) {
                double common = 0.05 + rnd.nextDouble() * 0.4;
                items.add(new ScoredItem(ItemKind.CERTIFICATE, c.name(), c.id(), common, 10 * (1 - common),
                        "a vendor certification held by about " + Math.round(common * 100) + "% of the pool"));
            }
            for (Project p : projects) {
                items.add(new ScoredItem(ItemKind.PROJECT, p.name(), "", 0.01, 20,
                        "an original project with evidence (users)"));
            }
            for (Skill s : skills) {
                double common = rnd.nextDouble() * 0.6;
                items.add(new ScoredItem(ItemKind.SKILL, s.name(), s.id(), common, 2 * (1 - common),
                        (s.evidence() == Evidence.USED ? "shown in use; " : "listed only; ") + "about "
                                + Math.round(common * 100) + "% list it"));
            }
            items.sort((a, b) -> Double.compare(b.contribution(), a.contribution()));
            double score = Math.max(0, Math.min(100, 45 + rnd.nextGaussian() * 18));
            Analysis a = new Analysis(score, Math.min(100, score * 1.1), i % 3 == 0 ? "information-technology"
                    : "sales", "batch-self", items, List.of("Show " + SKILLS[i % SKILLS.length] + " in use."),
                    List.of());
            List<Warning> warnings = i % 11 == 0 ? List.of(Warning.MULTI_COLUMN) : List.of();
            Result r = Result.ok(file, String.format("%064x", i), DocumentFormat.PDF, warnings, "", List.of(), resume, a);
            entries.add(new BatchReport.Entry(r, List.of()));
        }
        entries.add(new BatchReport.Entry(Result.failed("hostile/encrypted.pdf", "", DocumentFormat.PDF,
                ErrorType.ENCRYPTED, "The PDF needs a password"), List.of()));
        entries.add(new BatchReport.Entry(Result.failed("hostile/bomb.docx", "", DocumentFormat.DOCX,
                ErrorType.TOO_LARGE, "The DOCX expands to more than 32 MiB <b>"), List.of()));
        entries.add(new BatchReport.Entry(Result.failed("hostile/loop.pdf", "", DocumentFormat.PDF, ErrorType.TIMEOUT,
                "the analysis took longer than the limit of 60 s; its worker process was killed and replaced"),
                List.of()));
        // a near-duplicate pair
        BatchReport.Entry a = entries.get(1);
        BatchReport.Entry b = entries.get(2);
        entries.set(1, new BatchReport.Entry(a.result(), List.of(new BatchReport.Similar(b.result().file(), 0.91))));
        entries.set(2, new BatchReport.Entry(b.result(), List.of(new BatchReport.Similar(a.result().file(), 0.91))));
        entries.sort((x, y) -> x.result().file().compareTo(y.result().file()));
        BatchReport.RunInfo run = new BatchReport.RunInfo("0.1.0-test", "/data/applicants", Instant.parse(
                "2026-01-15T09:30:00Z"), Duration.ofSeconds(42), entries.size(), 0, 2, "process",
                Duration.ofSeconds(60), "self: the batch's own " + n + " resumes", "", 3, 0);
        return new BatchReport(run, entries, List.of(new BatchReport.NearDuplicate(a.result().file(),
                b.result().file(), 0.91)));
    }
}
