package dev.standout.parse;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Generates test documents with invented text (no real person's resume). */
final class Fixtures {

    static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont HELVETICA_BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private Fixtures() {
    }

    /** A piece of text placed at (x, y from the top of a Letter page) in a font size. */
    record Text(float x, float yFromTop, float size, String text, boolean bold, boolean alignRight) {
        static Text at(float x, float y, float size, String text) {
            return new Text(x, y, size, text, false, false);
        }

        static Text bold(float x, float y, float size, String text) {
            return new Text(x, y, size, text, true, false);
        }

        static Text right(float xRight, float y, float size, String text) {
            return new Text(xRight, y, size, text, false, true);
        }
    }

    /** A PDF with one page per list of texts. */
    static byte[] pdf(List<List<Text>> pages) {
        try (PDDocument doc = new PDDocument()) {
            for (List<Text> texts : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Text t : texts) {
                        PDFont font = t.bold() ? HELVETICA_BOLD : HELVETICA;
                        float x = t.x();
                        if (t.alignRight()) {
                            x -= font.getStringWidth(t.text()) / 1000f * t.size();
                        }
                        cs.beginText();
                        cs.setFont(font, t.size());
                        cs.newLineAtOffset(x, height - t.yFromTop());
                        cs.showText(t.text());
                        cs.endText();
                    }
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of single-column text, one page. */
    static byte[] simplePdf(String... lines) {
        List<Text> texts = new ArrayList<>();
        float y = 72;
        for (String line : lines) {
            texts.add(Text.at(72, y, 11, line));
            y += 14;
        }
        return pdf(List.of(texts));
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** A PDF whose pages are each either an image (no text) or lines of text. Null entries are image pages. */
    static byte[] pdfWithImagePages(List<String> pageTexts) {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLUE);
            g.fillOval(20, 20, 60, 60);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            for (String text : pageTexts) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (text == null) {
                        cs.drawImage(image, 72, 400, 400, 200);
                    } else {
                        cs.beginText();
                        cs.setFont(HELVETICA, 11);
                        cs.newLineAtOffset(72, 700);
                        cs.showText(text);
                        cs.endText();
                    }
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Encrypts a PDF with the standard security handler. */
    static byte[] protect(byte[] pdf, String ownerPassword, String userPassword) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            AccessPermission permission = new AccessPermission();
            permission.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permission);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX built by {@code build}. */
    static byte[] docx(java.util.function.Consumer<XWPFDocument> build) {
        try (XWPFDocument doc = new XWPFDocument()) {
            build.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX with the given paragraphs. */
    static byte[] simpleDocx(String... paragraphs) {
        return docx(doc -> {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
        });
    }

    /** Rewrites one entry of a ZIP package (all others copied as they are). */
    static byte[] rewriteEntry(byte[] zip, String name, UnaryOperator<String> change) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(name)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an entry of a ZIP as text. */
    static String entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP of the given entries (name, content). */
    static byte[] zip(String... namesAndContents) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                ZipEntry e = new ZipEntry(namesAndContents[i]);
                if (namesAndContents[i].equals("mimetype")) {
                    byte[] c = namesAndContents[i + 1].getBytes(StandardCharsets.US_ASCII);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(c.length);
                    e.setCompressedSize(c.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(c);
                    e.setCrc(crc.getValue());
                }
                out.putNextEntry(e);
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
