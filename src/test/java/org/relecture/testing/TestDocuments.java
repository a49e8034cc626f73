package org.relecture.testing;

import java.io.ByteArrayInputStream;
import org.relecture.text.Document;
import org.relecture.text.InputReader;
import org.relecture.text.SentenceSplitter;

/** Documents made from test text the way relecture reads a file: sentences and Markdown markup included. */
public final class TestDocuments {
    private static final InputReader READER = new InputReader(new SentenceSplitter(), new ByteArrayInputStream(new byte[0]));

    private TestDocuments() {
    }

    /** The path matters: a {@code .md} path is read as Markdown. */
    public static Document read(String path, String text) {
        return READER.document(path, text);
    }
}
