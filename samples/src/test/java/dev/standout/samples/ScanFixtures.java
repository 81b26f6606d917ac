package dev.standout.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scans made in the tests from born-digital PDFs, so that no binary that can be generated is committed: each page is
 * rendered by PDFBox (150–300 DPI, grey), turned by a small angle, sprinkled with noise (as a scanner or a phone
 * leaves it), and written as an image-only PDF, PNG, JPEG or TIFF with the JDK's Image I/O (which writes TIFF since
 * Java 9).
 */
final class ScanFixtures {
    private ScanFixtures() {
    }

    /** The pages of a PDF as scans: rendered at {@code dpi}, turned by {@code degrees}, with noise. */
    static List<BufferedImage> scan(byte[] pdf, int dpi, double degrees, long seed) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> pages = new ArrayList<>();
            Random random = new Random(seed);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                pages.add(noise(rotate(page, degrees), random));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage rotate(BufferedImage page, double degrees) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
            g.drawImage(page, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Grey paper (a little below white), sensor noise, and a few specks. */
    static BufferedImage noise(BufferedImage page, Random random) {
        java.awt.image.WritableRaster r = page.getRaster();
        int w = page.getWidth();
        int h = page.getHeight();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                int v = row[x] * 235 / 255 + 10 + (int) Math.round(random.nextGaussian() * 12);
                row[x] = Math.max(0, Math.min(255, v));
            }
            r.setSamples(0, y, w, 1, 0, row);
        }
        for (int i = 0; i < w * h / 20_000; i++) {
            int x = random.nextInt(w - 3);
            int y = random.nextInt(h - 3);
            for (int dy = 0; dy < 2; dy++) for (int dx = 0; dx < 2; dx++) r.setSample(x + dx, y + dy, 0, 40);
        }
        return page;
    }

    /** An image-only PDF: each page one scan, as a JPEG (as scanners write them) or lossless. */
    static byte[] imagePdf(List<BufferedImage> pages, int dpi, boolean jpeg) {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage img : pages) {
                float w = img.getWidth() * 72f / dpi;
                float h = img.getHeight() * 72f / dpi;
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                PDImageXObject x = jpeg ? JPEGFactory.createFromImage(doc, img, 0.8f)
                        : LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, w, h);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mixed PDF: the born-digital PDF's pages, with page {@code index} replaced by its scan. */
    static byte[] mixedPdf(byte[] pdf, int index, BufferedImage scan, int dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf);
             PDDocument scanned = Loader.loadPDF(imagePdf(List.of(scan), dpi, true));
             PDDocument mixed = new PDDocument()) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                mixed.importPage(i == index ? scanned.getPage(0) : doc.getPage(i));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            mixed.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One image in a format Image I/O writes ({@code png}, {@code jpeg} at quality 0.85, {@code tiff}). */
    static byte[] image(BufferedImage img, String format) {
        return images(List.of(img), format);
    }

    /** Images in one file: several pages for TIFF. */
    static byte[] images(List<BufferedImage> pages, String format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) throw new IllegalStateException("no Image I/O writer for " + format);
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
            } else if (format.equals("tiff")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("Deflate");
            }
            if (pages.size() == 1) {
                writer.write(null, new IIOImage(pages.get(0), null, null), param);
            } else {
                writer.prepareWriteSequence(null);
                for (BufferedImage p : pages) writer.writeToSequence(new IIOImage(p, null, null), param);
                writer.endWriteSequence();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
