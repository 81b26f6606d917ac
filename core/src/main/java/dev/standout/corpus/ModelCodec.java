package dev.standout.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/** Reads and writes the {@linkplain CorpusModel corpus-model file format}. Stateless. */
final class ModelCodec {
    static final byte[] MAGIC = "STDOUTCM".getBytes(StandardCharsets.US_ASCII);
    /** Refuse model files larger than this many bytes: a guard against reading garbage into memory. */
    static final long MAX_BYTES = 1L << 30;

    private ModelCodec() {
    }

    static void write(CorpusModel m, OutputStream out) throws IOException {
        Sink w = new Sink(1 << 16);
        w.bytes(MAGIC, 0, MAGIC.length);
        w.int32(CorpusModel.FORMAT_VERSION);
        ModelInfo info = m.info();
        w.string(info.id());
        w.string(info.version());
        w.string(info.description());
        w.string(info.created());
        w.varint(m.minCount());
        w.varint(m.poolSize());
        String[] segs = m.segmentsRaw();
        int[] sizes = m.segmentSizesRaw();
        w.varint(segs.length);
        for (int s = 0; s < segs.length; s++) {
            w.string(segs[s]);
            w.varint(sizes[s]);
        }
        String[] feats = m.featuresRaw();
        int[] df = m.dfRaw();
        int[] start = m.segStartRaw();
        int[] idx = m.segIdxRaw();
        int[] cnt = m.segCountRaw();
        w.varint(feats.length);
        byte[] prev = new byte[0];
        for (int i = 0; i < feats.length; i++) {
            byte[] cur = feats[i].getBytes(StandardCharsets.UTF_8);
            int p = 0;
            int max = Math.min(prev.length, cur.length);
            while (p < max && prev[p] == cur[p]) p++;
            w.varint(p);
            w.varint(cur.length - p);
            w.bytes(cur, p, cur.length - p);
            w.varint(df[i]);
            w.varint(start[i + 1] - start[i]);
            int last = 0;
            for (int j = start[i]; j < start[i + 1]; j++) {
                w.varint(idx[j] - last);
                last = idx[j];
                w.varint(cnt[j]);
            }
            prev = cur;
        }
        ScoreDistribution d = m.scoresOrNull();
        if (d == null) {
            w.byte1(0);
        } else {
            w.byte1(1);
            w.string(d.scorer());
            w.varint(ScoreDistribution.BINS);
            histogram(w, d.overallRaw());
            w.varint(d.bySegmentRaw().size());
            for (Map.Entry<String, long[]> e : d.bySegmentRaw().entrySet()) {
                w.string(e.getKey());
                histogram(w, e.getValue());
            }
        }
        CRC32 crc = new CRC32();
        crc.update(w.buf, 0, w.len);
        w.int32((int) crc.getValue());
        out.write(w.buf, 0, w.len);
        out.flush();
    }

    private static void histogram(Sink w, long[] h) {
        int nz = 0;
        for (long v : h) if (v != 0) nz++;
        w.varint(nz);
        int last = 0;
        for (int b = 0; b < h.length; b++) {
            if (h[b] == 0) continue;
            w.varint(b - last);
            last = b;
            w.varint(h[b]);
        }
    }

    static CorpusModel read(InputStream in) throws IOException {
        byte[] all = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
        if (all.length > MAX_BYTES) throw new ModelFormatException("model file larger than " + MAX_BYTES + " bytes");
        if (all.length < MAGIC.length + 8 || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new ModelFormatException("not a Standout corpus model (bad magic bytes)");
        }
        Source r = new Source(all, MAGIC.length, all.length - 4);
        int version = r.int32();
        if (version != CorpusModel.FORMAT_VERSION) {
            throw new ModelFormatException("unsupported corpus model format version " + version
                    + "; this library reads version " + CorpusModel.FORMAT_VERSION);
        }
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - 4);
        int stored = ((all[all.length - 4] & 0xff) << 24) | ((all[all.length - 3] & 0xff) << 16)
                | ((all[all.length - 2] & 0xff) << 8) | (all[all.length - 1] & 0xff);
        if ((int) crc.getValue() != stored) throw new ModelFormatException("corpus model checksum mismatch");

        ModelInfo info;
        try {
            info = new ModelInfo(r.string(), r.string(), r.string(), r.string());
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("bad model info: " + e.getMessage());
        }
        int minCount = r.varint();
        if (minCount < 1) throw new ModelFormatException("bad minCount " + minCount);
        int pool = r.varint();
        int nSeg = r.count(2);
        String[] segs = new String[nSeg];
        int[] sizes = new int[nSeg];
        for (int s = 0; s < nSeg; s++) {
            segs[s] = r.string();
            sizes[s] = r.varint();
            if (s > 0 && segs[s].compareTo(segs[s - 1]) <= 0) throw new ModelFormatException("segments not sorted");
            if (sizes[s] < minCount || sizes[s] > pool) throw new ModelFormatException("bad segment size");
        }
        int n = r.count(3);
        String[] feats = new String[n];
        int[] df = new int[n];
        int[] start = new int[n + 1];
        int[] idx = new int[Math.max(16, n)];
        int[] cnt = new int[Math.max(16, n)];
        int pairs = 0;
        byte[] scratch = new byte[256];
        int prevLen = 0;
        for (int i = 0; i < n; i++) {
            int p = r.varint();
            int len = r.varint();
            if (p > prevLen || (long) p + len > FeatureGuard.MAX_LENGTH * 4L) {
                throw new ModelFormatException("bad feature entry " + i);
            }
            prevLen = p + len;
            if (p + len > scratch.length) scratch = Arrays.copyOf(scratch, Math.max(p + len, scratch.length * 2));
            r.copy(scratch, p, len);
            feats[i] = new String(scratch, 0, p + len, StandardCharsets.UTF_8);
            if (i > 0 && feats[i].compareTo(feats[i - 1]) <= 0) throw new ModelFormatException("features not sorted");
            df[i] = r.varint();
            if (df[i] < minCount || df[i] > pool) throw new ModelFormatException("bad count for feature " + feats[i]);
            int m = r.varint();
            if (m > nSeg) throw new ModelFormatException("bad segment list for feature " + feats[i]);
            start[i] = pairs;
            int last = 0;
            for (int j = 0; j < m; j++) {
                int s = last + r.varint();
                if (s >= nSeg || (j > 0 && s == last)) throw new ModelFormatException("bad segment index");
                last = s;
                int c = r.varint();
                if (c < minCount || c > df[i] || c > sizes[s]) throw new ModelFormatException("bad segment count");
                if (pairs == idx.length) {
                    idx = Arrays.copyOf(idx, pairs * 2);
                    cnt = Arrays.copyOf(cnt, pairs * 2);
                }
                idx[pairs] = s;
                cnt[pairs] = c;
                pairs++;
            }
        }
        start[n] = pairs;
        ScoreDistribution d = null;
        int has = r.byte1();
        if (has == 1) {
            String scorer = r.string();
            int bins = r.varint();
            if (bins != ScoreDistribution.BINS) throw new ModelFormatException("unsupported histogram bins " + bins);
            long[] overall = histogram(r);
            int nd = r.count(2);
            TreeMap<String, long[]> by = new TreeMap<>();
            for (int k = 0; k < nd; k++) by.put(r.string(), histogram(r));
            try {
                d = new ScoreDistribution(scorer, overall, by);
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException("bad score distribution: " + e.getMessage());
            }
        } else if (has != 0) {
            throw new ModelFormatException("bad score-distribution flag " + has);
        }
        if (r.pos != r.end) throw new ModelFormatException("trailing bytes in corpus model");
        return new CorpusModel(info, minCount, pool, segs, sizes, feats, df, start, Arrays.copyOf(idx, pairs),
                Arrays.copyOf(cnt, pairs), d);
    }

    private static long[] histogram(Source r) throws ModelFormatException {
        long[] h = new long[ScoreDistribution.BINS];
        int nz = r.count(2);
        int b = 0;
        for (int k = 0; k < nz; k++) {
            b += r.varint();
            if (b >= h.length || (k > 0 && h[b] != 0)) throw new ModelFormatException("bad histogram bin");
            long v = r.varlong();
            if (v <= 0) throw new ModelFormatException("bad histogram count");
            h[b] = v;
        }
        return h;
    }

    /** A growing byte buffer. */
    private static final class Sink {
        byte[] buf;
        int len;

        Sink(int capacity) {
            buf = new byte[capacity];
        }

        private void ensure(int extra) {
            if (len + extra > buf.length) buf = Arrays.copyOf(buf, Math.max(len + extra, buf.length * 2));
        }

        void byte1(int b) {
            ensure(1);
            buf[len++] = (byte) b;
        }

        void bytes(byte[] b, int off, int n) {
            ensure(n);
            System.arraycopy(b, off, buf, len, n);
            len += n;
        }

        void int32(int v) {
            ensure(4);
            buf[len++] = (byte) (v >>> 24);
            buf[len++] = (byte) (v >>> 16);
            buf[len++] = (byte) (v >>> 8);
            buf[len++] = (byte) v;
        }

        void varint(long v) {
            if (v < 0) throw new IllegalArgumentException("negative varint " + v);
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[len++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[len++] = (byte) v;
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            bytes(b, 0, b.length);
        }
    }

    /** A bounds-checked reader over the body bytes. */
    private static final class Source {
        final byte[] buf;
        int pos;
        final int end;

        Source(byte[] buf, int pos, int end) {
            this.buf = buf;
            this.pos = pos;
            this.end = end;
        }

        private void need(int n) throws ModelFormatException {
            if (n < 0 || end - pos < n) throw new ModelFormatException("corpus model truncated");
        }

        int byte1() throws ModelFormatException {
            need(1);
            return buf[pos++] & 0xff;
        }

        int int32() throws ModelFormatException {
            need(4);
            int v = ((buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16) | ((buf[pos + 2] & 0xff) << 8)
                    | (buf[pos + 3] & 0xff);
            pos += 4;
            return v;
        }

        long varlong() throws ModelFormatException {
            long v = 0;
            for (int shift = 0; shift < 63; shift += 7) {
                need(1);
                byte b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) return v;
            }
            throw new ModelFormatException("bad varint");
        }

        int varint() throws ModelFormatException {
            long v = varlong();
            if (v > Integer.MAX_VALUE) throw new ModelFormatException("number out of range: " + v);
            return (int) v;
        }

        /** A count of items that each take at least {@code minBytes}: bounded by what is left. */
        int count(int minBytes) throws ModelFormatException {
            int c = varint();
            if ((long) c * minBytes > end - pos) throw new ModelFormatException("corpus model truncated");
            return c;
        }

        String string() throws ModelFormatException {
            int n = varint();
            need(n);
            String s = new String(buf, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        void copy(byte[] into, int at, int n) throws ModelFormatException {
            need(n);
            System.arraycopy(buf, pos, into, at, n);
            pos += n;
        }
    }
}
