package dev.standout.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry names of a ZIP file read from its central directory without inflating anything, falling back to
 * the local file headers when the central directory is missing (a truncated file). Every offset read from the
 * file is bounds-checked: the bytes are untrusted.
 *
 * @param names              entry names in directory order (at most the requested number)
 * @param mimetype           the content of a stored {@code mimetype} entry (OpenDocument), or null
 * @param declaredUncompressed the sum of the uncompressed sizes the central directory declares (-1 if unknown)
 * @param declaredEntries    the number of entries the central directory lists (-1 if unknown)
 */
record ZipListing(List<String> names, String mimetype, long declaredUncompressed, long declaredEntries) {

    private static final int EOCD_SIG = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int ZIP64_EOCD_SIG = 0x06064b50;
    private static final int CEN_SIG = 0x02014b50;
    private static final int LOC_SIG = 0x04034b50;

    static ZipListing read(byte[] b, int maxNames) {
        ZipListing central = fromCentralDirectory(b, maxNames);
        if (central != null && !central.names().isEmpty()) {
            return central;
        }
        return fromLocalHeaders(b, maxNames);
    }

    private static ZipListing fromCentralDirectory(byte[] b, int maxNames) {
        int eocd = -1;
        for (int i = b.length - 22; i >= 0 && i >= b.length - 22 - 65_535; i--) {
            if (i32(b, i) == EOCD_SIG) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return null;
        }
        long entries = u16(b, eocd + 10);
        long cdSize = u32(b, eocd + 12);
        long cdOffset = u32(b, eocd + 16);
        if ((entries == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) && eocd >= 20
                && i32(b, eocd - 20) == ZIP64_LOCATOR_SIG) {
            long z64 = i64(b, eocd - 20 + 8);
            if (z64 >= 0 && z64 + 56 <= b.length && i32(b, (int) z64) == ZIP64_EOCD_SIG) {
                entries = i64(b, (int) z64 + 32);
                cdSize = i64(b, (int) z64 + 40);
                cdOffset = i64(b, (int) z64 + 48);
            }
        }
        // Archives with a prefix (self-extractors) shift every offset; the directory ends where the EOCD begins.
        long start = cdOffset;
        if (start < 0 || start >= b.length || i32(b, (int) start) != CEN_SIG) {
            start = eocd - cdSize;
        }
        if (start < 0 || start >= b.length || i32(b, (int) start) != CEN_SIG) {
            return null;
        }
        List<String> names = new ArrayList<>();
        long declared = 0;
        String mimetype = null;
        int p = (int) start;
        while (p + 46 <= b.length && i32(b, p) == CEN_SIG && names.size() < maxNames) {
            int method = u16(b, p + 10);
            long compressed = u32(b, p + 20);
            long uncompressed = u32(b, p + 24);
            int nameLen = u16(b, p + 28);
            int extraLen = u16(b, p + 30);
            int commentLen = u16(b, p + 32);
            long localOffset = u32(b, p + 42);
            if (p + 46 + nameLen > b.length) {
                break;
            }
            String name = new String(b, p + 46, nameLen, StandardCharsets.UTF_8);
            names.add(name);
            if (uncompressed != 0xFFFFFFFFL) {
                declared += uncompressed;
            }
            if (name.equals("mimetype") && method == 0 && compressed < 200) {
                mimetype = storedContent(b, localOffset + (start - cdOffset), (int) compressed);
            }
            p += 46 + nameLen + extraLen + commentLen;
        }
        return new ZipListing(List.copyOf(names), mimetype, declared, entries);
    }

    private static String storedContent(byte[] b, long localOffset, int length) {
        if (localOffset < 0 || localOffset + 30 > b.length || i32(b, (int) localOffset) != LOC_SIG) {
            return null;
        }
        int lo = (int) localOffset;
        long data = (long) lo + 30 + u16(b, lo + 26) + u16(b, lo + 28);
        if (data + length > b.length) {
            return null;
        }
        return new String(b, (int) data, length, StandardCharsets.US_ASCII);
    }

    private static ZipListing fromLocalHeaders(byte[] b, int maxNames) {
        List<String> names = new ArrayList<>();
        String mimetype = null;
        for (int p = 0; p + 30 <= b.length && names.size() < maxNames; p++) {
            if (b[p] != 'P' || i32(b, p) != LOC_SIG) {
                continue;
            }
            int method = u16(b, p + 8);
            long compressed = u32(b, p + 18);
            int nameLen = u16(b, p + 26);
            int extraLen = u16(b, p + 28);
            if (nameLen == 0 || p + 30 + nameLen > b.length) {
                continue;
            }
            String name = new String(b, p + 30, nameLen, StandardCharsets.UTF_8);
            names.add(name);
            if (name.equals("mimetype") && method == 0 && compressed < 200) {
                mimetype = storedContent(b, p, (int) compressed);
            }
            p += 29 + nameLen + extraLen;
        }
        return new ZipListing(List.copyOf(names), mimetype, -1, -1);
    }

    /**
     * The first {@code max} bytes of an entry's content, found through its local header and inflated with a
     * bounded buffer; null if there is no such entry or it cannot be read. For sniffing small parts
     * ({@code [Content_Types].xml}) only.
     */
    static byte[] entryPrefix(byte[] b, String name, int max) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int p = 0; p + 30 <= b.length; p++) {
            if (b[p] != 'P' || i32(b, p) != LOC_SIG) {
                continue;
            }
            int nameLen = u16(b, p + 26);
            int extraLen = u16(b, p + 28);
            if (nameLen != wanted.length || p + 30 + nameLen > b.length
                    || !java.util.Arrays.equals(b, p + 30, p + 30 + nameLen, wanted, 0, nameLen)) {
                continue;
            }
            int method = u16(b, p + 8);
            int data = p + 30 + nameLen + extraLen;
            if (data > b.length) {
                return null;
            }
            if (method == 0) {
                int len = Math.min(max, b.length - data);
                return java.util.Arrays.copyOfRange(b, data, data + len);
            }
            if (method != 8) {
                return null;
            }
            java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
            try {
                inflater.setInput(b, data, b.length - data);
                byte[] out = new byte[max];
                int n = 0;
                while (n < max && !inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                    int k = inflater.inflate(out, n, max - n);
                    if (k == 0 && (inflater.needsInput() || inflater.finished())) {
                        break;
                    }
                    n += k;
                }
                return java.util.Arrays.copyOf(out, n);
            } catch (java.util.zip.DataFormatException e) {
                return null;
            } finally {
                inflater.end();
            }
        }
        return null;
    }

    private static int u16(byte[] b, int at) {
        if (at < 0 || at + 2 > b.length) {
            return 0;
        }
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int i32(byte[] b, int at) {
        if (at < 0 || at + 4 > b.length) {
            return 0;
        }
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static long u32(byte[] b, int at) {
        return i32(b, at) & 0xFFFFFFFFL;
    }

    private static long i64(byte[] b, int at) {
        return u32(b, at) | u32(b, at + 4) << 32;
    }
}
