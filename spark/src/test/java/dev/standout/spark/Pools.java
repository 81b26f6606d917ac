package dev.standout.spark;

import dev.standout.CorruptDocumentException;
import dev.standout.EmptyTextException;
import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.ModelBuild;
import dev.standout.resume.Basics;
import dev.standout.resume.Certificate;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Education;
import dev.standout.resume.Evidence;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.resume.Work;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.spark.sql.SparkSession;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/** Generated inputs for the Spark tests, and what they share. */
final class Pools {
    private Pools() {
    }

    /** A local[2] session for one test class: no UI, loopback only, few shuffle partitions. */
    static SparkSession session() {
        return SparkSession.builder().master("local[2]").appName("standout-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    static byte[] bytes(CorpusModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    static final String[] RESUMES = {
            "Jane Doe\njane.doe@example.com | +1 555 010 0101\nData Scientist\n\nSUMMARY\nData scientist with six "
                    + "years of experience in forecasting.\n\nSKILLS\nPython, SQL, TensorFlow, Spark\n\nEXPERIENCE\n"
                    + "Senior Data Scientist, Acme Corp, 2019 - Present\nBuilt a churn model used by 2 million users.\n"
                    + "\nEDUCATION\nM.Sc. Statistics, University of Oslo, 2016\n\nCERTIFICATIONS\nAWS Certified "
                    + "Machine Learning - Specialty\n",
            "John Smith\njohn@example.org\nAccountant\n\nPROFILE\nChartered accountant.\n\nEXPERIENCE\nAccountant, "
                    + "Smith & Co, 2015 - 2022\nPrepared monthly financial statements in SAP and Excel.\n\n"
                    + "EDUCATION\nBachelor of Commerce, Accounting, 2014\n\nCERTIFICATIONS\nCPA\n",
            "Ana Lima\nana.lima@example.net\nJava Developer\n\nSKILLS\nJava, Spring Boot, Kafka, Docker, "
                    + "Kubernetes\n\nPROJECTS\nOpen-source rate limiter for Spring, 1,200 GitHub stars, "
                    + "https://github.com/ana/limiter\n\nEXPERIENCE\nBackend Engineer, Globex, 2018 - 2024\n",
            "Wei Chen\nwei.chen@example.com\nWeb Developer\n\nSKILLS\nJavaScript, React, Node.js, CSS\n\nPROJECTS\n"
                    + "Netflix clone in React\nTo-do app with Firebase\n\nEDUCATION\nB.S. Computer Science, 2020\n",
    };

    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 740);
                for (String line : text.split("\n")) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -14);
                }
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) doc.createParagraph().createRun().setText(line);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static void gzip(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    static String jsonRecord(String id, String label, String text) {
        StringBuilder b = new StringBuilder("{");
        if (id != null) b.append("\"id\":\"").append(id).append("\",");
        if (label != null) b.append("\"labels\":[\"").append(label).append("\"],");
        b.append("\"text\":\"").append(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                .append("\"}");
        return b.toString();
    }

    /**
     * A folder of real-looking resume files for the real extraction: text, PDF and DOCX files in occupation
     * folders, a nested folder, files that fail (corrupt PDF, blank text, an image), files both readers skip
     * (hidden ones, SOURCE.txt), a JSON-lines file inside, odd names.
     */
    static Path realPool(Path dir) throws IOException {
        Path pool = dir.resolve("pool");
        write(pool.resolve("DATA-SCIENTIST/jane.txt"), RESUMES[0]);
        write(pool.resolve("DATA-SCIENTIST/jane.pdf"), pdf(RESUMES[0]));
        write(pool.resolve("ACCOUNTANT/john.docx"), docx(RESUMES[1]));
        write(pool.resolve("ACCOUNTANT/john.pdf"), pdf(RESUMES[1]));
        write(pool.resolve("ACCOUNTANT/2021/john again.txt"), RESUMES[1]);
        write(pool.resolve("Java_Developer/ana.pdf"), pdf(RESUMES[2]));
        // a name whose UTF-8 bytes sort apart from its characters, where file names can hold it
        boolean utf8Names = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));
        write(pool.resolve(utf8Names ? "web/wei résumé.txt" : "web/wei resume.txt"), RESUMES[3]);
        write(pool.resolve("web/_wei.txt"), RESUMES[3]);
        write(pool.resolve("web/Wei-2.txt"), RESUMES[3]);
        write(pool.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        write(pool.resolve("blank.txt"), "  \n\t \n");
        // a GIF (PNG, JPEG and TIFF are read by OCR): unsupported
        write(pool.resolve("image.gif"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0});
        write(pool.resolve(".hidden/secret.txt"), RESUMES[0]);
        write(pool.resolve("web/.draft.txt"), RESUMES[3]);
        write(pool.resolve("SOURCE.txt"), "where these came from");
        gzip(pool.resolve("records.jsonl.gz"), jsonRecord("r1", "Data Scientist", RESUMES[0]) + "\n"
                + jsonRecord(null, "accountant", RESUMES[1]) + "\n\n"
                + jsonRecord("r3", "python_developer", RESUMES[2]) + "\n");
        return pool;
    }

    /** A JSON-lines file of text records, with a blank line, a record without id or labels. */
    static Path extraJsonLines(Path dir) throws IOException {
        Path f = dir.resolve("extra.jsonl");
        write(f, jsonRecord("x1", "Web_Developer", RESUMES[3]) + "\n   \n"
                + jsonRecord("x2", null, RESUMES[2]) + "\n" + jsonRecord(null, null, RESUMES[0]) + "\n");
        return f;
    }

    /**
     * A stand-in extraction that gives every kind of feature from marked words, so that counting, segments,
     * the count floor and calibration are exercised whatever the real extraction finds today: {@code s:x} a
     * listed skill, {@code u:x} a skill used, {@code c:x} a credential, {@code d:x} a degree area, {@code p:a+b} a
     * project with themes (and evidence when it ends in {@code !}), {@code t:x} a tutorial project, {@code l:x}
     * the headline; {@code FAIL} makes the document corrupt, a blank one is empty.
     */
    static final class Tokens implements SparkModelBuild.ExtractorFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public ModelBuild.Extractor create() {
            return Tokens::extract;
        }

        static Resume extract(dev.standout.corpus.PoolDocument doc) throws CorruptDocumentException,
                EmptyTextException {
            String text = doc.text() != null ? doc.text() : new String(doc.bytes(), StandardCharsets.UTF_8);
            if (text.isBlank()) throw new EmptyTextException("no text");
            List<Skill> skills = new ArrayList<>();
            List<Certificate> certs = new ArrayList<>();
            List<Education> education = new ArrayList<>();
            List<Project> projects = new ArrayList<>();
            List<Work> work = new ArrayList<>();
            String label = "";
            for (String w : text.split("\\s+")) {
                if (w.equals("FAIL")) throw new CorruptDocumentException("asked to fail");
                if (w.length() < 3 || w.charAt(1) != ':') continue;
                String v = w.substring(2);
                switch (w.charAt(0)) {
                    case 's' -> skills.add(new Skill(v, v, Evidence.LISTED, List.of()));
                    case 'u' -> {
                        skills.add(new Skill(v, v, Evidence.USED, List.of()));
                        work.add(new Work("Acme", v + " engineer", "2019", "", true, "did " + v, List.of()));
                    }
                    case 'c' -> certs.add(new Certificate(v, v, v.hashCode() % 2 == 0 ? CredentialKind.ONLINE_COURSE
                            : CredentialKind.VENDOR_CERTIFICATION, "", "", "", List.of()));
                    case 'd' -> education.add(new Education("Uni", v, "Master", "master", "2015", List.of()));
                    case 'p' -> {
                        boolean evidence = v.endsWith("!");
                        List<String> themes = List.of(v.replace("!", "").split("\\+"));
                        projects.add(new Project(v, "a project", List.of(), "", List.of(),
                                evidence ? List.of("USERS") : List.of(), "", themes, List.of()));
                    }
                    case 't' -> projects.add(new Project(v, "", List.of(), "", List.of(), List.of(), v, List.of(),
                            List.of()));
                    case 'l' -> label = v.replace('_', ' ');
                    default -> {
                    }
                }
            }
            return new Resume(new Basics("", label, "", "", "", List.of()), work, education, skills, certs, projects);
        }
    }

    private static final String[] SKILLS = {"python", "sql", "excel", "sap", "java", "docker", "react", "spark",
            "tableau", "kafka", "rust", "cobol"};
    private static final String[] CERTS = {"aws-ml", "cpa", "pmp", "coursera-ml", "ocp", "cka"};
    private static final String[] THEMES = {"churn", "fraud", "forecast", "chatbot", "limiter", "ledger"};

    /** {@code n} token resumes per occupation folder, one failing file, one blank file, and a JSON-lines file. */
    static Path tokenPool(Path dir, int n) throws IOException {
        Random random = new Random(42);
        Path pool = dir.resolve("tokens");
        String[] folders = {"data-scientist", "accountant", "java-developer", "misc/2020"};
        for (String folder : folders) {
            for (int i = 0; i < n; i++) write(pool.resolve(folder + "/r" + i + ".txt"), tokens(random, folder));
        }
        write(pool.resolve("accountant/failing.txt"), "s:excel FAIL");
        write(pool.resolve("accountant/blank.txt"), " ");
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < n; i++) {
            jsonl.append(jsonRecord("j" + i, i % 2 == 0 ? "Python_Developer" : "Teacher", tokens(random, "j")))
                    .append('\n');
        }
        gzip(pool.resolve("more.jsonl.gz"), jsonl.toString());
        return pool;
    }

    private static String tokens(Random random, String folder) {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(3) == 0) b.append("l:").append(folder.contains("java") ? "Java_Developer" : "Accountant");
        for (int k = 0; k < 2 + random.nextInt(5); k++) b.append(" s:").append(SKILLS[random.nextInt(SKILLS.length)]);
        for (int k = 0; k < random.nextInt(3); k++) b.append(" u:").append(SKILLS[random.nextInt(SKILLS.length)]);
        for (int k = 0; k < random.nextInt(3); k++) b.append(" c:").append(CERTS[random.nextInt(CERTS.length)]);
        if (random.nextBoolean()) b.append(" d:").append(random.nextBoolean() ? "statistics" : "accounting");
        if (random.nextInt(3) == 0) {
            b.append(" p:").append(THEMES[random.nextInt(THEMES.length)]).append('+')
                    .append(THEMES[random.nextInt(THEMES.length)]).append(random.nextBoolean() ? "!" : "");
        }
        if (random.nextInt(4) == 0) b.append(" t:mnist");
        return b.toString().trim();
    }
}
