package dev.standout.robust;

import dev.standout.DocumentException;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.parse.ParseFixtures;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * XML in a document is parsed with external entities and DTDs off. A listener on the loopback interface
 * (127.0.0.1, an ephemeral port) stands in for an attacker's server: documents whose XML points entities, external
 * DTDs, parameter entities and XInclude at it, in every part of a DOCX, must not make it see a connection; an
 * entity naming a local file must not bring the file's content into the text or the error message. HTML (read by
 * stripping tags) and PDF links are checked the same way.
 */
class XmlExternalEntitiesTest {

    private static final Standout STANDOUT = Standout.create();
    private static final String SECRET = "TOPSECRET-4711-XXE";

    private ServerSocket server;
    private Thread acceptor;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        server.setSoTimeout(100);
        acceptor = new Thread(this::accept, "xxe-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        acceptor.join(2_000);
    }

    /** Records each connection's request line (or that it sent none), then hangs up. */
    private void accept() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(500);
                String line;
                try {
                    line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1))
                            .readLine();
                } catch (IOException e) {
                    line = "(no request line)";
                }
                requests.add(String.valueOf(line));
            } catch (SocketTimeoutException e) {
                // poll again until closed
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                requests.add("(accept failed: " + e + ")");
            }
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    @Test
    void theListenerSeesAConnectionWhenOneIsMade() throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            s.getOutputStream().write("GET /probe HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            for (int i = 0; i < 50 && requests.isEmpty(); i++) {
                Thread.sleep(20);
            }
        }
        assertThat(requests).containsExactly("GET /probe HTTP/1.0");
    }

    @Test
    void theHostileXmlWouldReachTheListenerThroughAParserWithDefaultSettings() throws Exception {
        // proves the fixtures are potent: the JDK's parser with its defaults fetches all three
        Map<String, byte[]> variants = docxVariants(this::url);
        for (String variant : List.of("pe-word/document.xml", "dtd-word/document.xml", "ent-word/document.xml")) {
            String xml = entry(variants.get(variant), "word/document.xml");
            try {
                javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                // the listener hangs up without an answer
            }
        }
        Thread.sleep(300);
        assertThat(new java.util.TreeSet<>(requests)).containsExactly("GET /dtd-word/document.xml HTTP/1.1",
                "GET /ent-word/document.xml HTTP/1.1", "GET /pe-word/document.xml HTTP/1.1");
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void entitiesDtdsAndXIncludeInAnyPartOfADocxMakeNoConnection() throws InterruptedException {
        Map<String, byte[]> variants = docxVariants(this::url);
        assertThat(variants).hasSizeGreaterThan(15);
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> v : variants.entrySet()) {
            outcomes.put(v.getKey(), FrontDoor.check(STANDOUT, v.getValue(), "xxe.docx"));
        }
        Thread.sleep(300); // a late connection still counts
        assertThat(requests).as("connections seen; outcomes %s", outcomes).isEmpty();
    }

    @Test
    void anEntityNamingALocalFileDoesNotBringItsContentIntoTheResult(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">");
        Map<String, byte[]> variants = docxVariants(path -> path.startsWith("dtd") || path.startsWith("pe")
                ? dtd.toUri().toString() : secret.toUri().toString());
        for (Map.Entry<String, byte[]> v : variants.entrySet()) {
            String seen;
            try {
                Result r = STANDOUT.analyze(v.getValue(), "xxe.docx");
                seen = r.toJson();
            } catch (DocumentException e) {
                seen = e.getMessage();
            }
            assertThat(seen).as(v.getKey()).doesNotContain(SECRET);
        }
    }

    @Test
    void htmlWithExternalReferencesMakesNoConnection() throws InterruptedException {
        String html = "<!DOCTYPE html SYSTEM \"" + url("html-dtd") + "\" [<!ENTITY x SYSTEM \"" + url("html-ent")
                + "\">]><html><head><link rel=\"stylesheet\" href=\"" + url("css") + "\"><script src=\""
                + url("js") + "\"></script></head><body><h1>Jane Example &x;</h1><img src=\"" + url("img")
                + "\"><iframe src=\"" + url("frame") + "\"></iframe><p>Data Engineer</p></body></html>";
        assertThat(FrontDoor.check(STANDOUT, html.getBytes(StandardCharsets.UTF_8), "resume.html")).isEqualTo("OK");
        Thread.sleep(300);
        assertThat(requests).isEmpty();
    }

    @Test
    void pdfLinksAndExternalStreamsMakeNoConnection() throws InterruptedException {
        MiniPdf pdf = MiniPdf.textPage("1", "Jane Example");
        int action = pdf.add("<< /S /URI /URI " + MiniPdf.literal(url("pdf-uri")) + " >>");
        pdf.add("<< /Length 0 /F << /FS /URL /F " + MiniPdf.literal(url("pdf-stream")) + " >> >>\nstream\n\nendstream");
        byte[] bytes = withOpenAction(pdf, action);
        assertThat(FrontDoor.check(STANDOUT, bytes, "links.pdf")).isEqualTo("OK");
        Thread.sleep(300);
        assertThat(requests).isEmpty();
    }

    private static byte[] withOpenAction(MiniPdf pdf, int action) {
        MiniPdf copy = new MiniPdf();
        List<String> objects = pdf.objects();
        for (int i = 0; i < objects.size(); i++) {
            copy.add(i == 0 ? "<< /Type /Catalog /Pages 2 0 R /OpenAction " + action + " 0 R >>" : objects.get(i));
        }
        return copy.bytes();
    }

    /**
     * DOCX packages, each with one hostile construct in one XML part: an external parameter entity, an external
     * DTD, a referenced external general entity, and (in the main part) an XInclude. {@code target} gives the
     * entity's system id for a variant name ({@code pe-...}, {@code dtd-...}, {@code ent-...}, {@code xi-...}).
     */
    static Map<String, byte[]> docxVariants(java.util.function.Function<String, String> target) {
        byte[] docx = ParseFixtures.simpleDocx("Jane Example", "XXEMARKER");
        Map<String, byte[]> variants = new LinkedHashMap<>();
        for (String part : xmlParts(docx)) {
            variants.put("pe-" + part, ParseFixtures.rewriteEntry(docx, part, xml -> withDoctype(xml,
                    "[<!ENTITY % pe SYSTEM \"" + target.apply("pe-" + part) + "\"> %pe;]")));
            variants.put("dtd-" + part, ParseFixtures.rewriteEntry(docx, part, xml -> withDoctype(xml,
                    "SYSTEM \"" + target.apply("dtd-" + part) + "\"")));
            variants.put("ent-" + part, ParseFixtures.rewriteEntry(docx, part, xml -> {
                String withEntity = withDoctype(xml, "[<!ENTITY xxe SYSTEM \"" + target.apply("ent-" + part) + "\">]");
                if (withEntity.contains("XXEMARKER")) {
                    return withEntity.replace("XXEMARKER", "&xxe;");
                }
                int close = withEntity.lastIndexOf("</");
                if (close < 0) { // an empty root element, <root .../>: give it content
                    close = withEntity.lastIndexOf("/>");
                    return withEntity.substring(0, close) + ">&xxe;</" + rootName(withEntity) + ">";
                }
                return withEntity.substring(0, close) + "&xxe;" + withEntity.substring(close);
            }));
        }
        variants.put("xi-word/document.xml", ParseFixtures.rewriteEntry(docx, "word/document.xml", xml ->
                xml.replace("<w:body>", "<w:body><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\""
                        + target.apply("xi-word/document.xml") + "\" parse=\"text\"/>")));
        return variants;
    }

    /** Inserts {@code <!DOCTYPE root ...>} after the XML declaration. */
    private static String withDoctype(String xml, String declaration) {
        int afterDecl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, afterDecl) + "<!DOCTYPE " + rootName(xml) + " " + declaration + ">"
                + xml.substring(afterDecl);
    }

    /** The name of the root element (the first element after the declaration and any DOCTYPE). */
    private static String rootName(String xml) {
        int at = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        at = xml.indexOf('<', at);
        while (xml.startsWith("<!", at)) {
            at = xml.indexOf('<', xml.indexOf('>', at));
        }
        int start = at + 1;
        int end = start;
        while (end < xml.length() && " />\r\n\t".indexOf(xml.charAt(end)) < 0) {
            end++;
        }
        return xml.substring(start, end);
    }

    private static List<String> xmlParts(byte[] zip) {
        List<String> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    parts.add(e.getName());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return parts;
    }
}
