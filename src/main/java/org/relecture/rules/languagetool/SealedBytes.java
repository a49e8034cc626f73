package org.relecture.rules.languagetool;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * The frame of the files relecture keeps in its cache folder for what LanguageTool builds at each
 * start: a magic number and a format, the content, then a CRC-32 of all before it, so that a
 * damaged or foreign file is refused before any of its content is believed.
 */
final class SealedBytes {
    /** Writes a file's content. */
    interface Content {
        void write(DataOutputStream out) throws IOException;
    }

    private SealedBytes() {
    }

    static byte[] seal(int magic, int format, Content content) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeInt(magic);
        out.writeInt(format);
        content.write(out);
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(buffer.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return buffer.toByteArray();
    }

    /** The content of bytes {@link #seal} wrote with this magic number and format. */
    static DataInputStream open(byte[] bytes, int magic, int format) throws IOException {
        if (bytes.length < 2 * Integer.BYTES + Long.BYTES) {
            throw new IOException("truncated");
        }
        int end = bytes.length - Long.BYTES;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, end);
        if (crc.getValue() != ByteBuffer.wrap(bytes, end, Long.BYTES).getLong()) {
            throw new IOException("damaged");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, end));
        if (in.readInt() != magic || in.readInt() != format) {
            throw new IOException("not a file of this relecture");
        }
        return in;
    }
}
