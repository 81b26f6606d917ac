package dev.standout.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The dimensions of the pages of a PNG, JPEG or TIFF image, read from its header alone, before anything is decoded:
 * a decompression bomb (a small file claiming a huge image) is told by its claim. PNG: the IHDR chunk; JPEG: the
 * first start-of-frame segment; TIFF: the width and length tags of each image file directory, following the chain
 * with a guard against loops. Stateless.
 */
final class ImageHeader {
    /** Most TIFF pages looked at. */
    private static final int MAX_IFDS = 1000;

    /** A page's width and height in pixels. */
    record Size(long width, long height) {
        long pixels() {
            return width * height;
        }
    }

    /** The header cannot be read: the image is damaged or not what it claims. */
    static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged(String message) {
            super(message, null, false, false);
        }
    }

    private ImageHeader() {
    }

    /** The sizes of the image's pages (one for PNG and JPEG). */
    static List<Size> sizes(byte[] b, DocumentFormat format) throws Damaged {
        return switch (format) {
            case PNG -> List.of(png(b));
            case JPEG -> List.of(jpeg(b));
            case TIFF -> tiff(b);
            default -> throw new IllegalArgumentException("not an image format: " + format);
        };
    }

    private static Size png(byte[] b) throws Damaged {
        // signature (8), IHDR length (4), "IHDR" (4), width (4), height (4)
        if (b.length < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            throw new Damaged("the PNG image has no header (IHDR)");
        }
        long w = u32be(b, 16);
        long h = u32be(b, 20);
        if (w == 0 || h == 0) throw new Damaged("the PNG image claims a size of " + w + " × " + h);
        return new Size(w, h);
    }

    private static Size jpeg(byte[] b) throws Damaged {
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) throw new Damaged("the JPEG image is damaged (no marker where one should be)");
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) { // no length
                i += 2;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) break; // end of image, start of scan: no frame before it
            int length = u16be(b, i + 2);
            if (length < 2) throw new Damaged("the JPEG image is damaged (a segment of length " + length + ")");
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 9 > b.length) break;
                long h = u16be(b, i + 5);
                long w = u16be(b, i + 7);
                if (w == 0 || h == 0) throw new Damaged("the JPEG image claims a size of " + w + " × " + h);
                return new Size(w, h);
            }
            i += 2 + length;
        }
        throw new Damaged("the JPEG image is damaged or cut short (no frame header)");
    }

    private static List<Size> tiff(byte[] b) throws Damaged {
        if (b.length < 8) throw new Damaged("the TIFF image is cut short");
        boolean little = b[0] == 'I';
        int magic = u16(b, 2, little);
        if (magic == 43) throw new Damaged("BigTIFF images are not supported");
        if (magic != 42) throw new Damaged("the TIFF image is damaged (bad header)");
        long offset = u32(b, 4, little);
        List<Size> sizes = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        while (offset != 0 && sizes.size() < MAX_IFDS) {
            if (!seen.add(offset)) break; // a loop: the pages read so far are the pages
            if (offset < 8 || offset + 2 > b.length) {
                if (sizes.isEmpty()) throw new Damaged("the TIFF image is damaged (its directory is outside the file)");
                break;
            }
            int at = (int) offset;
            int count = u16(b, at, little);
            long w = -1;
            long h = -1;
            for (int e = 0; e < count; e++) {
                int entry = at + 2 + 12 * e;
                if (entry + 12 > b.length) break;
                int tag = u16(b, entry, little);
                int type = u16(b, entry + 2, little);
                long value = type == 3 ? u16(b, entry + 8, little) : type == 4 ? u32(b, entry + 8, little) : -1;
                if (tag == 256) w = value;
                if (tag == 257) h = value;
            }
            if (w <= 0 || h <= 0) {
                if (sizes.isEmpty()) throw new Damaged("the TIFF image has no width or height");
                break;
            }
            sizes.add(new Size(w, h));
            int next = at + 2 + 12 * count;
            offset = next + 4 <= b.length ? u32(b, next, little) : 0;
        }
        return sizes;
    }

    private static int u16be(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static long u32be(byte[] b, int at) {
        return (long) (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : u16be(b, at);
    }

    private static long u32(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24
                : u32be(b, at);
    }
}
