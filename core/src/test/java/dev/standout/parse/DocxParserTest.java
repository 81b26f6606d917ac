package dev.standout.parse;

import dev.standout.DocumentException;
import dev.standout.ErrorType;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

class DocxParserTest {

    private static final DocumentParsers PARSERS = DocumentParsers.standard();

    private static final String TEXT_BOX_LINES =
            "<w:p><w:r><w:t>Text box line one</w:t></w:r></w:p><w:p><w:r><w:t>Text box line two</w:t></w:r></w:p>";

    /** A DrawingML text box with Word's VML copy of it in mc:Fallback. */
    private static final String ALTERNATE_CONTENT_TEXT_BOX =
            "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
            + "<mc:Choice xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" Requires=\"wps\">"
            + "<w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
            + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
            + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
            + "<wps:wsp><wps:txbx><w:txbxContent>" + TEXT_BOX_LINES + "</w:txbxContent></wps:txbx></wps:wsp>"
            + "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            + "<mc:Fallback><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
            + TEXT_BOX_LINES + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            + "</mc:AlternateContent>";

    /** A VML-only text box (older Word), which POI also reports as "picture text". */
    private static final String VML_TEXT_BOX = "<w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\">"
            + "<v:textbox><w:txbxContent>" + TEXT_BOX_LINES + "</w:txbxContent></v:textbox></v:shape></w:pict>";

    static byte[] resumeDocx(String textBoxXml) {
        byte[] docx = Fixtures.docx(doc -> {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("Invented header: Jane Example");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("Invented footer: page one");
            doc.createParagraph().createRun().setText("Jane Example");
            doc.createParagraph().createRun().setText("Data Engineer");
            doc.createParagraph().createRun().setText("ANCHOR");
            XWPFTable table = doc.createTable(3, 2);
            table.getRow(0).getCell(0).setText("Skill");
            table.getRow(0).getCell(1).setText("Level");
            table.getRow(1).getCell(0).setText("Python");
            table.getRow(1).getCell(1).setText("Expert");
            table.getRow(2).getCell(0).setText("Tools");
            XWPFTableCell cell = table.getRow(2).getCell(1);
            XWPFTable nested = new XWPFTable(cell.getCTTc().addNewTbl(), cell, 2, 2);
            nested.getRow(0).getCell(0).setText("Nested A");
            nested.getRow(0).getCell(1).setText("Nested B");
            nested.getRow(1).getCell(0).setText("Nested C");
            nested.getRow(1).getCell(1).setText("Nested D");
            XWPFParagraph bullet = doc.createParagraph();
            bullet.createRun().setText("Built invented data pipelines");
            bullet.setNumID(bulletNumbering(doc));
            doc.createParagraph().createRun().setText("References on request");
        });
        return Fixtures.rewriteEntry(docx, "word/document.xml", xml -> {
            String marker = "<w:t>ANCHOR</w:t></w:r>";
            assertThat(xml).contains(marker);
            return xml.replace(marker, "<w:t>Anchor paragraph</w:t></w:r><w:r>" + textBoxXml + "</w:r>");
        });
    }

    private static BigInteger bulletNumbering(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("\u2022");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }

    @Test
    void readsHeaderBodyTablesTextBoxesAndFooterInDocumentOrder() throws DocumentException {
        ParsedDocument doc = PARSERS.parse(resumeDocx(ALTERNATE_CONTENT_TEXT_BOX), ParseLimits.DEFAULT);

        assertThat(doc.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(PdfParserTest.nonBlankLines(doc.text())).containsExactly(
                "Invented header: Jane Example",
                "Jane Example",
                "Data Engineer",
                "Anchor paragraph",
                "Text box line one",
                "Text box line two",
                "Skill | Level",
                "Python | Expert",
                "Tools",
                "Nested A | Nested B",
                "Nested C | Nested D",
                "\u2022 Built invented data pipelines",
                "References on request",
                "Invented footer: page one");
    }

    @Test
    void readsAVmlTextBoxOnce() throws DocumentException {
        ParsedDocument doc = PARSERS.parse(resumeDocx(VML_TEXT_BOX), ParseLimits.DEFAULT);
        List<String> lines = PdfParserTest.nonBlankLines(doc.text());
        assertThat(lines).containsSubsequence("Anchor paragraph", "Text box line one", "Text box line two", "Skill | Level");
        assertThat(doc.text().split("Text box line one", -1)).hasSize(2);
    }

    @Test
    void failsFastAsTooLargeForAZipBomb() throws IOException {
        byte[] bomb = withExtraEntry(Fixtures.simpleDocx("Jane Example"), "word/media/zeros.bin", 200L << 20);
        assertThat(bomb.length).isLessThan(2 << 20);
        long start = System.nanoTime();
        assertThatThrownBy(() -> PARSERS.parse(bomb, ParseLimits.DEFAULT))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.TOO_LARGE))
                .hasMessageContaining("zip bomb");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void countsInflatedBytesWhenTheDirectoryLiesAboutSizes() throws IOException {
        byte[] bomb = withExtraEntry(Fixtures.simpleDocx("Jane Example"), "word/media/zeros.bin", 20L << 20);
        byte[] lying = lieAboutSize(bomb, "word/media/zeros.bin", 1_000);
        ParseLimits limits = ParseLimits.DEFAULT.withMaxUnzippedBytes(8L << 20);
        assertThat(ZipListing.read(lying, 100).declaredUncompressed()).isLessThan(limits.maxUnzippedBytes());
        assertThatThrownBy(() -> PARSERS.parse(lying, limits))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.TOO_LARGE));
    }

    @Test
    void failsAsTooLargeWithTooManyEntries() throws IOException {
        byte[] docx = Fixtures.simpleDocx("Jane Example");
        for (int i = 0; i < 30; i++) {
            docx = withExtraEntry(docx, "customXml/item" + i + ".xml", 10);
        }
        byte[] many = docx;
        assertThatThrownBy(() -> PARSERS.parse(many, ParseLimits.DEFAULT.withMaxZipEntries(20)))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.TOO_LARGE))
                .hasMessageContaining("entries");
    }

    @Test
    void doesNotExpandExternalEntities(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET-4711");
        byte[] docx = Fixtures.rewriteEntry(Fixtures.simpleDocx("XXEMARKER"), "word/document.xml", xml -> {
            int afterDecl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
            return xml.substring(0, afterDecl) + doctype + xml.substring(afterDecl).replace("XXEMARKER", "&xxe;");
        });
        try {
            ParsedDocument doc = PARSERS.parse(docx, ParseLimits.DEFAULT);
            assertThat(doc.text()).doesNotContain("TOPSECRET");
        } catch (DocumentException e) {
            assertThat(e.type()).isIn(ErrorType.CORRUPT, ErrorType.EMPTY_TEXT);
            assertThat(e.getMessage()).doesNotContain("TOPSECRET");
        }
    }

    @Test
    void failsAsEncryptedForAPasswordProtectedDocx() throws Exception {
        byte[] encrypted = encrypt(Fixtures.simpleDocx("Jane Example"), "invented-password");
        assertThat(FormatDetector.detect(encrypted)).isEqualTo(DocumentFormat.DOCX);
        assertThatThrownBy(() -> PARSERS.parse(encrypted, ParseLimits.DEFAULT))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.ENCRYPTED));
    }

    @Test
    void failsAsCorruptWhenTheZipIsBroken() {
        byte[] docx = Fixtures.simpleDocx("Jane Example", "Data Engineer");
        byte[] broken = docx.clone();
        for (int i = 200; i < Math.min(broken.length, 600); i++) {
            broken[i] ^= 0x5A; // scramble compressed data of the first entries
        }
        assertThatThrownBy(() -> PARSERS.parse(broken, ParseLimits.DEFAULT))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.CORRUPT))
                .hasMessageStartingWith("DOCX is damaged");
    }

    @Test
    void truncatedPrefixesGiveTypedFailuresOrText() {
        byte[] docx = resumeDocx(ALTERNATE_CONTENT_TEXT_BOX);
        for (int len = 1; len < docx.length; len += Math.max(1, docx.length / 120)) {
            byte[] prefix = Arrays.copyOf(docx, len);
            try {
                assertThat(PARSERS.parse(prefix, ParseLimits.DEFAULT).text()).isNotBlank();
            } catch (DocumentException e) {
                assertThat(e.type()).as("prefix of %d bytes: %s", len, e.getMessage()).isNotEqualTo(ErrorType.INTERNAL);
            } catch (Throwable t) {
                fail("prefix of " + len + " bytes threw " + t, t);
            }
        }
    }

    /** Copies a ZIP and appends an entry of {@code size} zero bytes, streamed (never held in memory). */
    static byte[] withExtraEntry(byte[] zip, String name, long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.setLevel(1);
            out.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1 << 16];
            for (long written = 0; written < size; written += zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, size - written));
            }
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Sets the uncompressed size the central directory declares for an entry (the data is unchanged). */
    static byte[] lieAboutSize(byte[] zip, String name, int declared) {
        byte[] b = zip.clone();
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int p = 0; p + 46 < b.length; p++) {
            if (b[p] == 'P' && b[p + 1] == 'K' && b[p + 2] == 1 && b[p + 3] == 2) {
                int nameLen = (b[p + 28] & 0xFF) | (b[p + 29] & 0xFF) << 8;
                if (nameLen == wanted.length
                        && Arrays.equals(b, p + 46, p + 46 + nameLen, wanted, 0, nameLen)) {
                    b[p + 24] = (byte) declared;
                    b[p + 25] = (byte) (declared >> 8);
                    b[p + 26] = (byte) (declared >> 16);
                    b[p + 27] = (byte) (declared >> 24);
                    return b;
                }
            }
        }
        throw new IllegalArgumentException("no entry " + name);
    }

    static byte[] encrypt(byte[] docx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx));
                 OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
