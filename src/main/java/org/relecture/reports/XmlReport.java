package org.relecture.reports;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's streaming XML writer as the XML reports use it: UTF-8, one element a line, and text
 * cleaned of the characters XML 1.0 cannot carry (a document may hold control characters; the
 * report must still parse).
 */
final class XmlReport {
    private final XMLStreamWriter xml;

    XmlReport(OutputStream out) {
        try {
            // The JDK's own writer, not whichever a jar on the class path registers (Spark's Hadoop
            // client brings a shaded Woodstox that quotes and escapes otherwise).
            this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer is missing", e);
        }
    }

    XMLStreamWriter writer() {
        return xml;
    }

    void startDocument() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
    }

    /** A line break and {@code depth} levels of indentation before the next element. */
    void indent(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, clean(value));
    }

    void text(String value) throws XMLStreamException {
        xml.writeCharacters(clean(value));
    }

    void endDocument() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }

    void flush() throws XMLStreamException {
        xml.flush();
    }

    /** Replaces what XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) with U+FFFD. */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE);
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }
}
