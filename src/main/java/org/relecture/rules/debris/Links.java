package org.relecture.rules.debris;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;

/**
 * Web addresses in text: {@code http(s)://...}, {@code www....} and short links
 * ({@code t.co/AbC}, {@code bit.ly/x}, from a data list). A domain named in prose
 * ({@code lemonde.fr}) and an e-mail address are not links: they have no scheme, no
 * {@code www.} and no shortener path.
 */
final class Links {
    static final String SHORT_LINKS_FILE = "debris-short-links.txt";
    /** Hosts whose links are the picture or video of an embedded post rather than a plain link. */
    private static final List<String> EMBED_HOSTS = List.of("pic.twitter.com", "pic.x.com");
    private static final String BODY = "[^\\s<>\"«»\\[\\]{}|]+";
    /** What a sentence puts right after a link; the link does not end with it. */
    private static final String TRAILING = ".,;:!?'\"»’”)]}…";

    /** A label of a host name; the last one of a site name is letters only ({@link #isSiteName}). */
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}-]+");

    private final Pattern pattern;

    /**
     * @param embed      the picture or video of an embedded post (pic.twitter.com)
     * @param siteName   {@code www.site.fr} with no path: inside a sentence it names a site, as
     *                   {@code lemonde.fr} does ("Consultez le site www.site.fr"), and stays
     */
    record Link(int start, int end, boolean embed, boolean siteName) {
    }

    private Links(Pattern pattern) {
        this.pattern = pattern;
    }

    static Links load(RuleLibrary library) throws RuleLoadException {
        String hosts = library.dataList(SHORT_LINKS_FILE).stream()
                .map(h -> Pattern.quote(h.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("|"));
        // A scheme may be glued to the previous sentence ("situation.https://t.co/x"); a bare host
        // must start a word, and no e-mail address or longer domain may end just before it.
        String regex = "(?:https?|ftp)://" + BODY
                + "|(?<![\\w@\\-/.])www\\." + BODY
                + (hosts.isEmpty() ? "" : "|(?<![\\w@\\-/])(?:" + hosts + ")/" + BODY);
        return new Links(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The links in {@code text[from, to)}, with absolute offsets. */
    List<Link> find(String text, int from, int to) {
        List<Link> links = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            int end = trimEnd(text, m.start(), m.end());
            if (end > m.start() && hasHostOrPath(text.substring(m.start(), end))) {
                String link = text.substring(m.start(), end).toLowerCase(Locale.ROOT);
                boolean embed = EMBED_HOSTS.stream().anyMatch(h -> link.startsWith(h) || link.contains("://" + h));
                links.add(new Link(m.start(), end, embed, isSiteName(link)));
            }
        }
        return links;
    }

    /**
     * Sentence punctuation after a link is not part of it; a closing bracket is when it was opened
     * inside. The brackets are counted once, so a link followed by a thousand brackets costs a
     * thousand steps, not a million.
     */
    private static int trimEnd(String text, int start, int end) {
        int opened = count(text, start, end, '(');
        int closed = count(text, start, end, ')');
        while (end > start && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
            char c = text.charAt(end - 1);
            if (c == ')') {
                if (opened >= closed) {
                    break;
                }
                closed--;
            }
            end--;
        }
        return end;
    }

    private static int count(String text, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * {@code www.} and host labels separated by dots, the last of two letters or more, and at most a
     * slash: a site's name. Split, not matched with a repeated group, which java.util.regex runs by
     * recursion (a stack overflow on a long run of labels).
     */
    static boolean isSiteName(String link) {
        String host = link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
        if (!host.regionMatches(true, 0, "www.", 0, 4)) {
            return false;
        }
        String[] labels = host.substring(4).split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        String last = labels[labels.length - 1];
        return last.codePointCount(0, last.length()) >= 2 && last.codePoints().allMatch(Character::isLetter);
    }

    /** "http://" or "www." alone is not a link. */
    private static boolean hasHostOrPath(String link) {
        String rest = link.replaceFirst("(?i)^(?:https?|ftp)://", "").replaceFirst("(?i)^www\\.", "");
        return rest.chars().anyMatch(Character::isLetterOrDigit);
    }
}
