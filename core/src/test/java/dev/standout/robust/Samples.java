package dev.standout.robust;

import dev.standout.DocumentException;
import dev.standout.Result;
import dev.standout.SharedData;
import dev.standout.Standout;
import dev.standout.parse.ParseFixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A mixed set of inputs for the embedding tests: generated good documents of every format and generated hostile
 * ones of every failure type, plus, when the shared folder is there, the hostile corpus.
 */
final class Samples {

    private Samples() {
    }

    private static Map<String, byte[]> generated;

    /** Generated inputs only (no shared data needed), by name; made once (callers must not change the arrays). */
    static synchronized Map<String, byte[]> generated() {
        if (generated == null) {
            generated = java.util.Collections.unmodifiableMap(make());
        }
        return generated;
    }

    private static Map<String, byte[]> make() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("resume.pdf", ParseFixtures.twoColumnPdf());
        m.put("handwritten.pdf", MiniPdf.simple("Jane Example", "Data Engineer", "Python, SQL"));
        m.put("claims-pages.pdf", MiniPdf.textPage("10000000000", "Jane Example").bytes());
        m.put("owner-only.pdf", ParseFixtures.protect(ParseFixtures.simplePdf("Jane Example"), "owner", ""));
        m.put("user-password.pdf", ParseFixtures.protect(ParseFixtures.simplePdf("Jane Example"), "owner", "user"));
        m.put("certificate.pdf", GeneratedHostileFilesTest.certificateEncryptedPdf());
        m.put("image-only.pdf", ParseFixtures.pdfWithImagePages(java.util.Arrays.asList((String) null)));
        m.put("resume.docx", ParseFixtures.richDocx());
        m.put("locked.docx", ParseFixtures.encryptedDocx(ParseFixtures.simpleDocx("Jane Example"), "pw"));
        m.put("bomb.docx", GeneratedHostileFilesTest.docxWithBigBody(34L << 20));
        m.put("xxe.docx", XmlExternalEntitiesTest.docxVariants(p -> "http://127.0.0.1:9/" + p)
                .get("ent-word/document.xml"));
        m.put("resume.doc", ParseFixtures.inventedDoc());
        m.put("resume.txt", FuzzSeeds.RESUME_TEXT.getBytes(StandardCharsets.UTF_8));
        m.put("resume.html", "<html><body><h1>Jane Example</h1><p>Data Engineer</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        m.put("truncated.pdf", java.util.Arrays.copyOf(ParseFixtures.twoColumnPdf(), 700));
        m.put("truncated.docx", java.util.Arrays.copyOf(ParseFixtures.richDocx(), 1500));
        m.put("picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        m.put("empty.txt", new byte[0]);
        return m;
    }

    /** The generated inputs and, when present, every file of the shared hostile corpus. */
    static Map<String, byte[]> all() {
        Map<String, byte[]> m = new LinkedHashMap<>(generated());
        Optional<Path> hostile = SharedData.root().map(r -> r.resolve("data/hostile")).filter(Files::isDirectory);
        if (hostile.isPresent()) {
            try {
                for (String name : HostileCorpusTest.files(hostile.get())) {
                    m.put("hostile/" + name, Files.readAllBytes(hostile.get().resolve(name)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return m;
    }

    /** The outcome of one analysis as a comparable string: the record's JSON, or the error type and message. */
    static String outcome(Standout standout, String name, byte[] bytes) {
        try {
            Result r = standout.analyze(bytes, name);
            return r.toJson();
        } catch (DocumentException e) {
            return e.type() + ": " + e.getMessage();
        }
    }
}
