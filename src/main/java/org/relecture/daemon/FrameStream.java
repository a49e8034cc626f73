package org.relecture.daemon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** One of a command's output streams (stdout or stderr) as frames on the connection to its client. */
final class FrameStream extends OutputStream {
    private final DataOutputStream connection;
    private final byte tag;

    FrameStream(DataOutputStream connection, byte tag) {
        this.connection = connection;
        this.tag = tag;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return;
        }
        // stdout and stderr share the connection: a frame is written whole.
        synchronized (connection) {
            Wire.writeFrame(connection, tag, b, off, len);
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (connection) {
            connection.flush();
        }
    }
}
