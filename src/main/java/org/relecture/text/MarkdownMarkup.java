package org.relecture.text;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds the markup of a Markdown document with a CommonMark parser: everything that is not the
 * literal text of a paragraph, heading, list item or quote is markup (markers, link targets, code,
 * HTML). Offsets stay those of the original file.
 */
public final class MarkdownMarkup {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownMarkup() {
    }

    public static List<Markup> of(String text) {
        List<Markup> markup = new ArrayList<>();
        PARSER.parse(text).accept(new AbstractVisitor() {
            private int proseEnd;
            private Block block;

            @Override
            public void visit(Text node) {
                Block owner = blockOf(node);
                for (SourceSpan span : node.getSourceSpans()) {
                    int start = span.getInputIndex();
                    if (start > proseEnd) {
                        markup.add(new Markup(proseEnd, start, readAs(text, proseEnd, start, owner)));
                    }
                    proseEnd = Math.max(proseEnd, start + span.getLength());
                    block = owner;
                }
            }

            @Override
            public void visit(org.commonmark.node.Document document) {
                visitChildren(document);
                if (proseEnd < text.length()) {
                    markup.add(new Markup(proseEnd, text.length(), "\n"));
                }
            }

            private String readAs(String text, int from, int to, Block owner) {
                if (block != null && owner != block) {
                    return "\n\n";
                }
                String gap = text.substring(from, to);
                return gap.contains("\n") || gap.contains("\r") ? " " : "";
            }
        });
        return markup;
    }

    private static Block blockOf(Node node) {
        Node n = node.getParent();
        while (n != null && !(n instanceof Block)) {
            n = n.getParent();
        }
        return (Block) n;
    }
}
