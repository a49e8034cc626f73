package org.relecture.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

/**
 * A document's findings as the bytes the cache stores: every field, deflated (messages repeat),
 * with a CRC-32 of the findings' bytes so that an entry damaged on disk is noticed, never read as
 * other findings. SQLite checks its own structure, not the content of a value.
 */
final class FindingCodec {
    private static final int FORMAT = 1;

    private FindingCodec() {
    }

    static byte[] encode(List<Finding> findings) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(plain)) {
            out.writeInt(findings.size());
            for (Finding f : findings) {
                write(out, f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        byte[] bytes = plain.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ByteArrayOutputStream packed = new ByteArrayOutputStream(bytes.length / 3 + 16);
        try (DataOutputStream out = new DataOutputStream(packed)) {
            out.writeByte(FORMAT);
            out.writeInt(bytes.length);
            out.writeLong(crc.getValue());
            try (DeflaterOutputStream deflated = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_SPEED))) {
                deflated.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return packed.toByteArray();
    }

    /** @throws CacheException when the bytes are not findings this codec wrote */
    static List<Finding> decode(byte[] packed) throws CacheException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
            if (in.readByte() != FORMAT) {
                throw new CacheException("an entry of an unknown format");
            }
            int length = in.readInt();
            long expected = in.readLong();
            byte[] bytes = inflate(in, length);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            if (crc.getValue() != expected) {
                throw new CacheException("an entry whose checksum does not match (damaged)");
            }
            return read(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException | IllegalArgumentException e) {
            throw new CacheException("an entry that cannot be read (damaged): " + e.getMessage(), e);
        }
    }

    private static byte[] inflate(DataInputStream in, int length) throws IOException, CacheException {
        if (length < 0) {
            throw new CacheException("an entry of negative length (damaged)");
        }
        Inflater inflater = new Inflater();
        try (InflaterInputStream inflated = new InflaterInputStream(in, inflater)) {
            // Read what is there rather than allocate the declared length: a damaged length field
            // would otherwise ask for up to 2 GB and end the process instead of a cache miss.
            byte[] bytes = inflated.readNBytes(length);
            if (bytes.length != length || inflated.read() != -1 || inflater.getBytesWritten() != length) {
                throw new CacheException("an entry of the wrong length (damaged)");
            }
            return bytes;
        }
    }

    private static void write(DataOutputStream out, Finding f) throws IOException {
        writeString(out, f.rule());
        writeString(out, f.category().name());
        writeString(out, f.severity().name());
        out.writeInt(f.start());
        out.writeInt(f.end());
        writeString(out, f.message());
        out.writeInt(f.suggestions().size());
        for (String s : f.suggestions()) {
            writeString(out, s);
        }
        writeString(out, f.source());
        out.writeInt(f.attributes().size());
        for (Map.Entry<String, String> e : f.attributes().entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
    }

    private static List<Finding> read(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<Finding> findings = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            String rule = readString(in);
            Category category = Category.valueOf(readString(in));
            Severity severity = Severity.valueOf(readString(in));
            int start = in.readInt();
            int end = in.readInt();
            String message = readString(in);
            int n = in.readInt();
            List<String> suggestions = new ArrayList<>(Math.min(n, 64));
            for (int j = 0; j < n; j++) {
                suggestions.add(readString(in));
            }
            String source = readString(in);
            int a = in.readInt();
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int j = 0; j < a; j++) {
                attributes.put(readString(in), readString(in));
            }
            findings.add(new Finding(rule, category, severity, start, end, message, suggestions, source, attributes));
        }
        if (in.read() != -1) {
            throw new IOException("bytes after the last finding");
        }
        return List.copyOf(findings);
    }

    /**
     * As UTF-16 code units: any length (unlike {@link DataOutputStream#writeUTF}'s 64 KB), and
     * exactly the string, an unpaired surrogate of a request's text included (UTF-8 would replace it).
     */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available() / 2) {
            throw new IOException("a string of length " + length + " where " + in.available() + " bytes are left");
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }
}
