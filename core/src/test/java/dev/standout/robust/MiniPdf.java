package dev.standout.robust;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small PDFs by hand, object by object, with a correct cross-reference table: for files that PDFBox's
 * writer will not make (a page tree that lies about its page count, certificate encryption without the crypto
 * library) and for uncompressed seeds the fuzzer can mutate meaningfully. Text only, invented.
 */
final class MiniPdf {

    private final List<String> objects = new ArrayList<>();
    private String trailerExtra = "";

    /** Adds an object (its dictionary, or dictionary and stream) and returns its number. */
    int add(String body) {
        objects.add(body);
        return objects.size();
    }

    /** The objects so far, in order (object n is at index n - 1). */
    List<String> objects() {
        return List.copyOf(objects);
    }

    /** Adds a content stream (uncompressed) and returns its object number. */
    int stream(String content) {
        byte[] c = content.getBytes(StandardCharsets.ISO_8859_1);
        return add("<< /Length " + c.length + " >>\nstream\n" + content + "\nendstream");
    }

    /** Extra entries for the trailer dictionary, e.g. {@code /Encrypt 6 0 R /ID [<...> <...>]}. */
    MiniPdf trailer(String extra) {
        this.trailerExtra = extra;
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        long[] offsets = new long[objects.size() + 1];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i + 1] = out.size();
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        long xref = out.size();
        StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int i = 1; i <= objects.size(); i++) {
            x.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R ").append(trailerExtra)
                .append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(out, x.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** PDF string literal escaping. */
    static String literal(String s) {
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")";
    }

    /**
     * A one-page PDF with lines of Helvetica text whose page tree claims {@code claimedPages} pages (the truth is
     * one). Objects: 1 catalog, 2 pages, 3 page, 4 content, 5 font.
     */
    static MiniPdf textPage(String claimedPages, String... lines) {
        MiniPdf pdf = new MiniPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count " + claimedPages + " >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>");
        StringBuilder content = new StringBuilder("BT /F1 11 Tf 14 TL 72 720 Td\n");
        for (String line : lines) {
            content.append(literal(line)).append(" Tj T*\n");
        }
        content.append("ET");
        pdf.stream(content.toString());
        pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        return pdf;
    }

    /** A one-page text PDF with an honest page count. */
    static byte[] simple(String... lines) {
        return textPage("1", lines).bytes();
    }
}
