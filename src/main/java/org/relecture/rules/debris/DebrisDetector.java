package org.relecture.rules.debris;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.relecture.findings.Finding;
import org.relecture.rules.Detector;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.text.Document;
import org.relecture.text.Markup;

/**
 * Web debris in a scraped article: boilerplate blocks of the page (newsletter, comments, share
 * and cookie banners, teasers), links, embedded posts, markup remnants, and the labels a
 * scraper leaves around the headline. Debris lines are grouped into blocks, one finding each;
 * debris inside a line of prose is reported on its own span. Every suggestion deletes (or, for an
 * HTML entity or Markdown emphasis, restores what the markup stood for).
 */
public final class DebrisDetector implements Detector {
    static final String EMBEDS_FILE = "debris-embeds.txt";

    private static final String BLOCK_MESSAGE = "Bloc copié de la page web (lettre d'information, commentaires, partage, "
            + "liens vers d'autres articles) : à supprimer.";
    private static final String BOILERPLATE_MESSAGE = "Texte de l'interface de la page web (bouton, renvoi, message "
            + "d'un module) : à supprimer.";
    private static final String URL_MESSAGE = "Adresse web laissée dans le texte : à supprimer.";
    private static final String EMBED_MESSAGE = "Reste d'une publication de réseau social intégrée (signature, lien) : "
            + "à supprimer.";
    private static final String MARKUP_LINE_MESSAGE = "Ligne de balisage ou menu de la page web (puces, barres verticales, balises) : "
            + "à supprimer.";

    private final Boilerplate boilerplate;
    private final Links links;
    private final InlineMarkup markup;
    private final LineClassifier classifier;
    private final HeadlineDebris headline;

    public DebrisDetector(RuleLibrary library) throws RuleLoadException {
        this.boilerplate = Boilerplate.load(library);
        this.links = Links.load(library);
        this.markup = InlineMarkup.load(library);
        PatternSet embeds = PatternSet.of(library, EMBEDS_FILE);
        this.classifier = new LineClassifier(boilerplate, embeds, links, markup);
        this.headline = HeadlineDebris.load(library);
    }

    @Override
    public List<RuleInfo> rules() {
        return DebrisRules.ALL;
    }

    @Override
    public List<Finding> check(Document document) {
        boilerplate.newDocument();
        boolean markdown = document.path().toLowerCase(Locale.ROOT).endsWith(".md");
        List<TextLine> lines = visibleLines(document);
        List<LineKind> kinds = lines.stream().map(l -> classifier.classify(l, markdown)).toList();
        List<DebrisBlocks.Block> blocks = DebrisBlocks.find(lines, kinds);

        List<Hit> hits = new ArrayList<>();
        boolean[] inBlock = new boolean[lines.size()];
        for (DebrisBlocks.Block block : blocks) {
            hits.add(blockHit(lines, kinds, block));
            for (int i = block.first(); i <= block.last(); i++) {
                inBlock[i] = true;
            }
        }
        int first = firstTextLine(kinds, inBlock);
        if (first >= 0) {
            headline.findLabel(lines, kinds, first, hits::add);
        }
        for (TextLine line : lines) {
            if (!inBlock[line.index()] && !line.isBlank()) {
                findInLine(line, markdown, hits::add);
            }
        }
        return keepLongestOfOverlapping(hits).stream().map(DebrisRules::finding).toList();
    }

    private void findInLine(TextLine line, boolean markdown, Consumer<Hit> out) {
        headline.findSiteSuffix(line, out);
        for (Links.Link link : links.find(line.text(), 0, line.text().length())) {
            if (link.siteName()) {
                continue;
            }
            out.accept(new Hit(link.embed() ? DebrisRules.EMBED : DebrisRules.URL, line.start() + link.start(),
                    line.start() + link.end(), link.embed() ? EMBED_MESSAGE : URL_MESSAGE, ""));
        }
        markup.find(line.text(), line.start(), markdown, out);
        findGluedEmbed(line, out);
        findBoilerplateSentences(line, out);
    }

    private void findGluedEmbed(TextLine line, Consumer<Hit> out) {
        int at = classifier.gluedEmbed(line.text());
        if (at >= 0) {
            out.accept(new Hit(DebrisRules.EMBED, line.start() + at, line.contentEnd(), EMBED_MESSAGE, ""));
        }
    }

    /**
     * A strong boilerplate sentence glued to a paragraph ("… en mars. Partager sur Facebook"). A
     * scraper glues boxes to the edges of a paragraph, so only its first and last sentences are asked.
     */
    private void findBoilerplateSentences(TextLine line, Consumer<Hit> out) {
        String text = line.text();
        List<int[]> chunks = Texts.chunks(text);
        List<int[]> edges = chunks.size() <= 2 ? chunks : List.of(chunks.get(0), chunks.get(chunks.size() - 1));
        for (int[] chunk : edges) {
            if (boilerplate.of(text.substring(chunk[0], chunk[1])) == Boilerplate.Strength.STRONG) {
                int start = chunk[0];
                int end = chunk[1];
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                out.accept(new Hit(DebrisRules.BOILERPLATE, line.start() + start, line.start() + end, BOILERPLATE_MESSAGE, ""));
            }
        }
    }

    private Hit blockHit(List<TextLine> lines, List<LineKind> kinds, DebrisBlocks.Block block) {
        int start = lines.get(block.first()).contentStart();
        int end = lines.get(block.last()).contentEnd();
        if (block.has(LineKind.BOILERPLATE) || block.has(LineKind.WEAK_BOILERPLATE)) {
            return block.lineCount() > 1
                    ? new Hit(DebrisRules.BOILERPLATE_BLOCK, start, end, BLOCK_MESSAGE, "", leftoverKinds(lines, kinds, block))
                    : new Hit(DebrisRules.BOILERPLATE, start, end, BOILERPLATE_MESSAGE, "");
        }
        if (block.has(LineKind.EMBED)) {
            return new Hit(DebrisRules.EMBED, start, end, EMBED_MESSAGE, "");
        }
        if (block.has(LineKind.URL)) {
            return new Hit(DebrisRules.URL, start, end, URL_MESSAGE, "");
        }
        return new Hit(DebrisRules.MARKUP, start, end, MARKUP_LINE_MESSAGE, "");
    }

    /**
     * The distinct kinds of leftover in a block: each kind of box its boilerplate lines come from
     * (a section of the boilerplate lists), and each other kind of debris line (a run of short
     * teaser lines, an embed, a bare link, markup). Weak and meta lines belong to the box they touch.
     */
    private int leftoverKinds(List<TextLine> lines, List<LineKind> kinds, DebrisBlocks.Block block) {
        Set<String> found = new HashSet<>();
        for (int i = block.first(); i <= block.last(); i++) {
            LineKind kind = kinds.get(i);
            switch (kind) {
                case BOILERPLATE -> found.addAll(boilerplate.kinds(lines.get(i).content()));
                case SHORT, EMBED, URL, MARKUP -> found.add(kind.name());
                default -> { }
            }
        }
        return Math.max(1, found.size());
    }

    private static int firstTextLine(List<LineKind> kinds, boolean[] inBlock) {
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) != LineKind.BLANK && !inBlock[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The document's lines as a reader sees them: in Markdown, the syntax (markers, link targets,
     * HTML) is blanked out with spaces, so it is neither debris nor text; offsets do not move.
     */
    private static List<TextLine> visibleLines(Document document) {
        if (document.markup().isEmpty()) {
            return TextLine.of(document.text());
        }
        char[] visible = document.text().toCharArray();
        for (Markup m : document.markup()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (visible[i] != '\n' && visible[i] != '\r') {
                    visible[i] = ' ';
                }
            }
        }
        return TextLine.of(new String(visible));
    }

    /**
     * Two hits on the same debris (a site suffix and its pipe, a Markdown link and its address)
     * make one finding: the one starting first, the longer at the same start.
     */
    private static List<Hit> keepLongestOfOverlapping(List<Hit> hits) {
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Hit> kept = new ArrayList<>();
        int end = -1;
        for (Hit hit : sorted) {
            if (hit.start() >= end) {
                kept.add(hit);
                end = hit.end();
            }
        }
        return kept;
    }
}
