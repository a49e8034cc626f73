package org.relecture.rules.typography;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Pairs the quotation marks of a document, paragraph by paragraph, the way a French reader does:
 * {@code « »} nest, {@code “ ”} and straight quotes may stand inside them, a straight {@code "}
 * is an opening or a closing mark depending on the spaces around it, and a quotation may run on
 * over several paragraphs: each new paragraph opens with {@code «} (or {@code »}, or a dialogue
 * dash), or, for a quotation set out as a block (opened at a paragraph's start or after a colon:
 * a speech, a letter, verse), a later paragraph closes it. A {@code »} that opens a paragraph says
 * the quotation goes on, even when the text shown begins inside it. Marks outside prose (URLs,
 * code, markup) are not quotation marks.
 */
final class QuotePairer {
    private static final char STRAIGHT = '"';
    private static final char OPEN_CURLY = '“';
    private static final char CLOSE_CURLY = '”';
    private static final char LOW_CURLY = '„';
    /** Before a straight quote, these make it an opening mark as a space does. */
    private static final String OPENS_AFTER = "([{«“‘—–/";
    /** After a straight quote, these make it a closing mark as a space does. */
    private static final String CLOSES_BEFORE = ".,;:!?)]}…»”’'-–—/";

    private static final int SHORT_LINK_WORDS = 6;
    /** Hand-wrapped text keeps its lines shorter than this. */
    private static final int WRAPPED_LINE_LENGTH = 100;
    /** How far a wrapped quotation is followed to its closing guillemet. */
    private static final int MAX_WRAPPED_LINES = 8;
    /** How many lines (paragraphs) a block quotation is followed to its closing guillemet. */
    private static final int MAX_BLOCK_LINES = 16;
    /** Dialogue dashes as texts type them: em and en dash, horizontal bar, a hyphen then a space. */
    private static final String DIALOGUE_DASHES = "—–―";

    private final Prose prose;
    private final List<Quotes.Pair> pairs = new ArrayList<>();
    private final List<Quotes.Pair> mismatches = new ArrayList<>();
    private final List<Integer> unclosed = new ArrayList<>();
    private final List<Integer> unopened = new ArrayList<>();

    /**
     * An open quotation mark; {@code block} when it opens a quotation set out on its own (at the
     * start of a paragraph or after a colon); {@code implicit} for the {@code »} that opens a
     * paragraph going on with a quotation begun before the text shown (an excerpt).
     */
    private record Open(int offset, char mark, boolean nested, boolean block, boolean implicit) {
        Open(int offset, char mark, boolean nested) {
            this(offset, mark, nested, false, false);
        }
    }

    private QuotePairer(Prose prose) {
        this.prose = prose;
    }

    static Quotes pair(Prose prose) {
        QuotePairer pairer = new QuotePairer(prose);
        pairer.run();
        return new Quotes(pairer.pairs, pairer.mismatches, pairer.unclosed, pairer.unopened);
    }

    private void run() {
        List<Prose.Paragraph> paragraphs = prose.paragraphs();
        Deque<Open> carried = new ArrayDeque<>();
        for (int k = 0; k < paragraphs.size(); k++) {
            Prose.Paragraph paragraph = paragraphs.get(k);
            Deque<Open> stack = carried;
            int from = paragraph.start();
            int firstAt = firstVisible(paragraph);
            char first = firstAt < paragraph.end() ? prose.charAt(firstAt) : ' ';
            if (!stack.isEmpty() && (first == '«' || first == '»')) {
                from = firstAt + 1; // the mark that says the quotation goes on
            } else if (first == '»' && continuationMark(paragraph, firstAt)) {
                // French dialogue: » opens each paragraph of a quotation that goes on; with none
                // open, the quotation began before this text, and this mark stands for its «.
                stack.push(new Open(firstAt, '«', false, true, true));
                from = firstAt + 1;
            }
            for (int i = from; i < paragraph.end(); i++) {
                if (prose.isProse(i)) {
                    mark(paragraph, stack, i);
                }
            }
            List<Open> french = stack.stream().filter(o -> o.mark() == '«').toList();
            carried = new ArrayDeque<>();
            if (!french.isEmpty()) {
                Prose.Paragraph next = k + 1 < paragraphs.size() ? paragraphs.get(k + 1) : null;
                if (next != null && continues(k, french.stream().anyMatch(Open::block))) {
                    french.forEach(carried::addLast);
                } else if (!cutShort(paragraph)) {
                    french.stream().filter(o -> !o.implicit()).forEach(o -> unclosed.add(o.offset()));
                }
            }
        }
        unclosed.sort(Integer::compare);
    }

    private void mark(Prose.Paragraph paragraph, Deque<Open> stack, int i) {
        char c = prose.charAt(i);
        switch (c) {
            case '«' -> stack.push(new Open(i, c, insideFrench(stack), opensBlock(paragraph, i), false));
            case '»' -> closeFrench(paragraph, stack, i);
            case OPEN_CURLY -> {
                if (!stack.isEmpty() && stack.peek().mark() == LOW_CURLY) {
                    close(stack, i, c);
                } else {
                    stack.push(new Open(i, c, insideFrench(stack)));
                }
            }
            case LOW_CURLY -> stack.push(new Open(i, c, insideFrench(stack)));
            case CLOSE_CURLY -> closeCurly(paragraph, stack, i);
            case STRAIGHT -> straight(paragraph, stack, i);
            default -> {
            }
        }
    }

    private void closeFrench(Prose.Paragraph paragraph, Deque<Open> stack, int i) {
        if (stack.stream().noneMatch(o -> o.mark() == '«')) {
            if (!decorative(paragraph, i)) {
                unopened.add(i);
            }
            return;
        }
        while (stack.peek().mark() != '«') {
            stack.pop(); // an inner quotation left open: the guillemet ends it too
        }
        close(stack, i, '»');
    }

    private void closeCurly(Prose.Paragraph paragraph, Deque<Open> stack, int i) {
        Open top = stack.peek();
        if (top != null && (top.mark() == OPEN_CURLY || top.mark() == LOW_CURLY || top.mark() == STRAIGHT)) {
            close(stack, i, CLOSE_CURLY);
        } else if (top != null && top.mark() == '«') {
            closesGuillemet(paragraph, stack, i);
        } else if (opening(paragraph, i)) {
            stack.push(new Open(i, CLOSE_CURLY, insideFrench(stack))); // ”...” as some writers type it
        }
    }

    private void straight(Prose.Paragraph paragraph, Deque<Open> stack, int i) {
        Open top = stack.peek();
        boolean opening = opening(paragraph, i);
        boolean closing = closing(paragraph, i);
        if (top != null && top.mark() == STRAIGHT) {
            close(stack, i, STRAIGHT);
        } else if (closing && Character.isDigit(prose.charAt(i - 1))) {
            return; // inches or seconds: 15", 3'20"
        } else if (closing && top != null && (top.mark() == OPEN_CURLY || top.mark() == LOW_CURLY)) {
            close(stack, i, STRAIGHT);
        } else if (closing && top != null && top.mark() == '«') {
            closesGuillemet(paragraph, stack, i);
        } else if (opening || !closing && spaced(paragraph, i)) {
            stack.push(new Open(i, STRAIGHT, insideFrench(stack)));
        }
    }

    /**
     * A {@code "} or {@code ”} that ends a {@code «} quotation: a mismatch when no {@code »}
     * comes before the next {@code «}; otherwise it is a stray mark inside the quotation.
     */
    private void closesGuillemet(Prose.Paragraph paragraph, Deque<Open> stack, int i) {
        for (int j = i + 1; j < paragraph.end(); j++) {
            char c = prose.charAt(j);
            if (c == '»' && prose.isProse(j)) {
                return;
            }
            if (c == '«' && prose.isProse(j)) {
                break;
            }
        }
        Open open = stack.pop();
        mismatches.add(new Quotes.Pair(open.offset(), i, open.mark(), prose.charAt(i), open.nested()));
    }

    private void close(Deque<Open> stack, int i, char closeMark) {
        Open open = stack.pop();
        pairs.add(new Quotes.Pair(open.offset(), i, open.mark(), closeMark, open.nested()));
    }

    private static boolean insideFrench(Deque<Open> stack) {
        return stack.stream().anyMatch(o -> o.mark() == '«');
    }

    private boolean opening(Prose.Paragraph paragraph, int i) {
        return spaceBefore(paragraph, i) && !spaceAfter(paragraph, i);
    }

    private boolean closing(Prose.Paragraph paragraph, int i) {
        return !spaceBefore(paragraph, i) && spaceAfter(paragraph, i);
    }

    /** {@code " mot "}: spaces on both sides, as French spacing typed with straight quotes. */
    private boolean spaced(Prose.Paragraph paragraph, int i) {
        return spaceBefore(paragraph, i) && spaceAfter(paragraph, i) && i + 1 < paragraph.end();
    }

    private boolean spaceBefore(Prose.Paragraph paragraph, int i) {
        char c = prose.charAt(i - 1);
        return i == paragraph.start() || Prose.isSpace(c) || OPENS_AFTER.indexOf(c) >= 0;
    }

    private boolean spaceAfter(Prose.Paragraph paragraph, int i) {
        char c = prose.charAt(i + 1);
        return i + 1 >= paragraph.end() || Prose.isSpace(c) || CLOSES_BEFORE.indexOf(c) >= 0;
    }

    /**
     * The quotation open at the end of paragraph {@code k} goes on in the next one: that one opens
     * with {@code «}, {@code »} or a dialogue dash; or the text is hard-wrapped, the next line of
     * the same block (or, when the lines are wrapped mid-sentence, one of the next few) coming to
     * a closing guillemet before any opening one; or, for a block quotation, one of the next
     * paragraphs does (a letter or a speech whose paragraphs do not repeat the mark).
     */
    private boolean continues(int k, boolean block) {
        List<Prose.Paragraph> paragraphs = prose.paragraphs();
        Prose.Paragraph next = paragraphs.get(k + 1);
        if (opensWithMark(next)) {
            return true;
        }
        for (int j = k + 1; j < paragraphs.size() && j - k <= (block ? MAX_BLOCK_LINES : MAX_WRAPPED_LINES); j++) {
            Prose.Paragraph line = paragraphs.get(j);
            if (!block && (line.afterBlank() || j > k + 1 && !wrapped(paragraphs.get(j - 1)))) {
                return false;
            }
            char guillemet = firstGuillemet(line);
            if (guillemet != 0) {
                return guillemet == '»';
            }
        }
        return false;
    }

    /** The paragraph opens with {@code «}, {@code »} or a dialogue dash. */
    private boolean opensWithMark(Prose.Paragraph paragraph) {
        int at = firstVisible(paragraph);
        if (at >= paragraph.end()) {
            return false;
        }
        char first = prose.charAt(at);
        return first == '«' || first == '»' || DIALOGUE_DASHES.indexOf(first) >= 0
                || first == '-' && at + 1 < paragraph.end() && Prose.isSpace(prose.charAt(at + 1));
    }

    /** A {@code «} at the start of its paragraph or after a colon opens a quotation set out as a block. */
    private boolean opensBlock(Prose.Paragraph paragraph, int i) {
        int j = i - 1;
        while (j >= paragraph.start() && Prose.isSpace(prose.charAt(j))) {
            j--;
        }
        return j < paragraph.start() || prose.charAt(j) == ':';
    }

    private char firstGuillemet(Prose.Paragraph line) {
        int opening = firstVisible(line);
        for (int j = line.start(); j < line.end(); j++) {
            char c = prose.charAt(j);
            if ((c == '«' || c == '»') && prose.isProse(j) && j != opening) {
                return c;
            }
        }
        return 0;
    }

    /** A short line that stops mid-sentence: text wrapped by hand, a paragraph over several lines. */
    private boolean wrapped(Prose.Paragraph line) {
        String text = prose.text().substring(line.start(), line.end()).stripTrailing();
        return text.length() <= WRAPPED_LINE_LENGTH && !text.isEmpty() && ".!?…:»".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** A {@code »} opening a paragraph, then a word: the mark of a quotation that goes on. */
    private boolean continuationMark(Prose.Paragraph paragraph, int at) {
        int i = at + 1;
        while (i < paragraph.end() && Prose.isSpace(prose.charAt(i))) {
            i++;
        }
        return i > at + 1 && i < paragraph.end() && Character.isLetter(prose.charAt(i));
    }

    /** A paragraph that ends on an ellipsis was cut (a teaser, a truncated title): its quotation too. */
    private boolean cutShort(Prose.Paragraph paragraph) {
        String line = prose.text().substring(paragraph.start(), paragraph.end()).stripTrailing();
        return line.endsWith("…") || line.endsWith("...");
    }

    /**
     * Guillemets as web pages use them, in a line with none opening: separators
     * ({@code Accueil » Monde » Asie}) or the arrow of a short link ({@code Lire la suite »}).
     */
    private boolean decorative(Prose.Paragraph paragraph, int i) {
        String line = prose.text().substring(paragraph.start(), paragraph.end());
        if (line.indexOf('«') >= 0) {
            return false;
        }
        boolean separators = line.indexOf('»') != line.lastIndexOf('»');
        boolean linkArrow = line.substring(i - paragraph.start() + 1).isBlank()
                && line.strip().split("\\s+").length <= SHORT_LINK_WORDS;
        return separators || linkArrow;
    }

    private int firstVisible(Prose.Paragraph paragraph) {
        int i = paragraph.start();
        while (i < paragraph.end() && Prose.isSpace(prose.charAt(i))) {
            i++;
        }
        return i;
    }
}
