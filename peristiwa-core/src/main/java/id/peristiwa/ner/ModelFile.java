package id.peristiwa.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes a {@link SequenceModel}. The file is gzip-compressed; inside, in Java's
 * {@link DataOutput} encoding (big-endian, strings as modified UTF-8):
 * <pre>
 * UTF    "peristiwa-ner"            magic
 * int    2                          format version
 * int    hashBits                   feature table size 2^hashBits
 * int    T, then T x UTF            tag names in index order (O, B-PERSON, I-PERSON, B-ORGANIZATION, ...)
 * int    L, int W, then W x (UTF word, L x short cluster, byte casing)   word classes, coarse level first;
 *                                   casing: the CasingClass ordinal
 * (T+1)*T x float                   transitions: row 0 from the sentence start, row p+1 from tag p
 * float  scale                      weight = stored short x scale
 * int    R                          rows, then R x:
 *        varint  bucket - previous bucket (ascending; the first from 0)
 *        byte    bit t set when tag t's weight is not zero
 *        short   the weight of each tag whose bit is set, in tag order
 * </pre>
 * The word table holds lower-case word forms and their classes only, never running text.
 */
final class ModelFile {
    static final String MAGIC = "peristiwa-ner";
    /**
     * The format version, raised whenever the features change meaning (2: known-name features from the pack's
     * gazetteer), so that a model trained with other features is refused instead of scoring nonsense.
     */
    static final int VERSION = 2;

    private ModelFile() {
    }

    static void write(SequenceModel model, OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip));
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(model.hashBits());
        int tags = EntityTags.COUNT;
        out.writeInt(tags);
        for (int t = 0; t < tags; t++) {
            out.writeUTF(EntityTags.name(t));
        }
        model.clusters().write(out);
        for (float f : model.transitions()) {
            out.writeFloat(f);
        }
        SparseWeights w = model.weights();
        out.writeFloat(w.scale());
        int[] buckets = w.buckets();
        short[] q = w.quantized();
        out.writeInt(buckets.length);
        int previous = 0;
        for (int r = 0; r < buckets.length; r++) {
            writeVarint(out, buckets[r] - previous);
            previous = buckets[r];
            int mask = 0;
            for (int t = 0; t < tags; t++) {
                mask |= q[r * tags + t] != 0 ? 1 << t : 0;
            }
            out.writeByte(mask);
            for (int t = 0; t < tags; t++) {
                if (q[r * tags + t] != 0) {
                    out.writeShort(q[r * tags + t]);
                }
            }
        }
        out.flush();
        gzip.finish();
    }

    static SequenceModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16)));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a Peristiwa name-tagger model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("name-tagger model format " + version + " is not supported (expected " + VERSION + ")");
        }
        int bits = in.readInt();
        int tags = in.readInt();
        if (tags != EntityTags.COUNT) {
            throw new IOException("model has " + tags + " tags, expected " + EntityTags.COUNT);
        }
        for (int t = 0; t < tags; t++) {
            String name = in.readUTF();
            if (!name.equals(EntityTags.name(t))) {
                throw new IOException("model tag " + t + " is " + name + ", expected " + EntityTags.name(t));
            }
        }
        WordClusters clusters = WordClusters.read(in);
        float[] transitions = new float[(tags + 1) * tags];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        float scale = in.readFloat();
        int rows = in.readInt();
        int[] buckets = new int[rows];
        short[] q = new short[rows * tags];
        int previous = 0;
        for (int r = 0; r < rows; r++) {
            previous += readVarint(in);
            buckets[r] = previous;
            int mask = in.readUnsignedByte();
            for (int t = 0; t < tags; t++) {
                if ((mask & 1 << t) != 0) {
                    q[r * tags + t] = in.readShort();
                }
            }
        }
        return new SequenceModel(bits, clusters, new SparseWeights(buckets, q, scale), transitions);
    }

    private static void writeVarint(DataOutput out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte(v & 0x7F | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInput in) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
