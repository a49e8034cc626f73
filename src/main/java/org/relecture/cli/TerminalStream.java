package org.relecture.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.relecture.reports.TerminalText;

/**
 * UTF-8 bytes on their way to stderr with every character a terminal would obey written as a
 * visible escape ({@link TerminalText}), line feeds and tabs excepted: messages name files and
 * quote rule files, and neither may drive the terminal. Everything written to stderr passes here
 * (relecture's messages, picocli's, traces under {@code -v}), so no message can forget it; only
 * the progress bar, which redraws its line with a carriage return, writes around it and escapes
 * its own label.
 */
final class TerminalStream extends FilterOutputStream {
    private final byte[] pending = new byte[4];
    private int have;
    private int need;

    private TerminalStream(OutputStream out) {
        super(out);
    }

    /** A stream for stderr: what it is given, escaped, on {@code raw}. */
    static Escaping escaping(PrintStream raw) {
        return new Escaping(raw);
    }

    /** The stream under stderr's escaping, for the progress bar; the stream itself when it has none. */
    static PrintStream unescaped(PrintStream err) {
        return err instanceof Escaping e ? e.raw : err;
    }

    /** stderr with its escaping; {@link #unescaped} gives the stream underneath. */
    static final class Escaping extends PrintStream {
        private final PrintStream raw;

        private Escaping(PrintStream raw) {
            super(new TerminalStream(raw), true, StandardCharsets.UTF_8);
            this.raw = raw;
        }
    }

    @Override
    public void write(int b) throws IOException {
        b &= 0xff;
        if (need > 0) {
            if ((b & 0xc0) == 0x80) {
                pending[have++] = (byte) b;
                if (have == need) {
                    writeCodePoint();
                }
                return;
            }
            passPending(); // a broken sequence goes as it came
        }
        if (b < 0x80) {
            if (escaped(b)) {
                writeEscape(b);
            } else {
                out.write(b);
            }
        } else if (b >= 0xc0 && b < 0xf8) {
            pending[0] = (byte) b;
            have = 1;
            need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        } else {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    private void writeCodePoint() throws IOException {
        int c = new String(pending, 0, have, StandardCharsets.UTF_8).codePointAt(0);
        int n = have;
        have = 0;
        need = 0;
        if (escaped(c)) {
            writeEscape(c);
        } else {
            out.write(pending, 0, n);
        }
    }

    private static boolean escaped(int c) {
        return c != '\n' && c != '\t' && TerminalText.obeyed(c);
    }

    private void writeEscape(int c) throws IOException {
        out.write(TerminalText.escape(c).getBytes(StandardCharsets.US_ASCII));
    }

    private void passPending() throws IOException {
        out.write(pending, 0, have);
        have = 0;
        need = 0;
    }

    @Override
    public void close() throws IOException {
        passPending();
        super.close();
    }
}
