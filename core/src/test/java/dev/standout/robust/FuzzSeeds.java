package dev.standout.robust;

import dev.standout.parse.ParseFixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the seed inputs of {@link FrontDoorFuzzTest}: small valid documents of each format, generated from
 * invented text (never a real resume). The files are committed under
 * {@code core/src/test/resources/dev/standout/robust/FrontDoorFuzzTestInputs/<method>/seed-*}; run this again
 * (from {@code core/}, with the test class path) only to refresh them:
 *
 * <pre>java -cp target/test-classes:$(cat cp.txt) dev.standout.robust.FuzzSeeds src/test/resources/dev/standout/robust/FrontDoorFuzzTestInputs</pre>
 */
public final class FuzzSeeds {

    static final String RESUME_TEXT = String.join("\n",
            "Jane Example",
            "Data Engineer",
            "jane.example@example.com | +1 555 010 2030",
            "",
            "Experience",
            "Data Engineer, Example Analytics, 2019 - Present",
            "- Built invented pipelines in Python and Kafka",
            "",
            "Education",
            "B.Sc. Computer Science, Example University, 2018",
            "",
            "Skills",
            "Python, SQL, Docker",
            "");

    private FuzzSeeds() {
    }

    /** Seeds per fuzz target method: file name to content. */
    static Map<String, Map<String, byte[]>> seeds() {
        Map<String, Map<String, byte[]>> all = new LinkedHashMap<>();
        Map<String, byte[]> pdf = new LinkedHashMap<>();
        pdf.put("seed-handwritten.pdf", MiniPdf.simple("Jane Example", "Data Engineer", "Skills: Python, SQL"));
        pdf.put("seed-claims-many-pages.pdf", MiniPdf.textPage("10000000000", "Jane Example").bytes());
        pdf.put("seed-pdfbox.pdf", ParseFixtures.simplePdf("Jane Example", "Data Engineer"));
        pdf.put("seed-owner-password-only.pdf",
                ParseFixtures.protect(ParseFixtures.simplePdf("Jane Example"), "owner-secret", ""));
        all.put("fuzzPdf", pdf);

        Map<String, byte[]> docx = new LinkedHashMap<>();
        docx.put("seed-simple.docx", ParseFixtures.simpleDocx("Jane Example", "Data Engineer"));
        docx.put("seed-rich.docx", ParseFixtures.richDocx());
        all.put("fuzzDocx", docx);

        Map<String, byte[]> xml = new LinkedHashMap<>();
        xml.put("seed-simple.xml", entry(ParseFixtures.simpleDocx("Jane Example", "Data Engineer")));
        xml.put("seed-rich.xml", entry(ParseFixtures.richDocx()));
        all.put("fuzzDocxXml", xml);

        Map<String, byte[]> doc = new LinkedHashMap<>();
        doc.put("seed-invented.doc", ParseFixtures.inventedDoc());
        all.put("fuzzDoc", doc);

        Map<String, byte[]> text = new LinkedHashMap<>();
        text.put("seed-resume.txt", RESUME_TEXT.getBytes(StandardCharsets.UTF_8));
        text.put("seed-resume-cp1252.txt", "Jos\u00e9 Example\r\nD\u00e9veloppeur \u2013 Caf\u00e9 \u2022 Python\r\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        text.put("seed-resume-utf16.txt", ("\uFEFF" + RESUME_TEXT).getBytes(StandardCharsets.UTF_16LE));
        text.put("seed-resume.html", ("<!DOCTYPE html><html><head><title>CV</title><style>p{}</style></head><body>"
                + "<h1>Jane Example</h1><p>Data Engineer &amp; analyst</p><h2>Skills</h2><ul><li>Python</li>"
                + "<li>SQL</li></ul><table><tr><td>2019</td><td>Example Analytics</td></tr></table></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        all.put("fuzzText", text);
        return all;
    }

    private static byte[] entry(byte[] docx) {
        String[] found = new String[1];
        ParseFixtures.rewriteEntry(docx, "word/document.xml", xml -> {
            found[0] = xml;
            return xml;
        });
        return found[0].getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0]
                : "src/test/resources/dev/standout/robust/FrontDoorFuzzTestInputs");
        for (Map.Entry<String, Map<String, byte[]>> target : seeds().entrySet()) {
            Path dir = Files.createDirectories(root.resolve(target.getKey()));
            for (Map.Entry<String, byte[]> seed : target.getValue().entrySet()) {
                Files.write(dir.resolve(seed.getKey()), seed.getValue());
            }
        }
    }
}
