package org.relecture.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownMarkupTest {
    private static String prose(String text, List<Markup> markup) {
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (Markup m : markup) {
            sb.append(text, from, m.start()).append(m.readAs());
            from = m.end();
        }
        return sb.append(text.substring(from)).toString();
    }

    @Test
    void markersLinkTargetsAndCodeAreMarkupTextIsNot() {
        String md = "# Le titre\n\nUn [lien](https://exemple.fr/x) et du **gras**.\n\n```\ndu code\n```\n";
        List<Markup> markup = MarkdownMarkup.of(md);
        assertEquals("Le titre\n\nUn lien et du gras.\n", prose(md, markup));
        List<String> marked = new ArrayList<>();
        for (Markup m : markup) {
            marked.add(md.substring(m.start(), m.end()));
        }
        assertTrue(marked.contains("](https://exemple.fr/x)"), marked.toString());
        assertTrue(marked.stream().anyMatch(s -> s.contains("du code")), marked.toString());
    }

    @Test
    void softLineBreaksReadAsSpacesAndBlocksAsParagraphs() {
        String md = "Une phrase\r\ncontinue ici.\r\n\r\n- un point\r\n- un autre\r\n";
        assertEquals("Une phrase continue ici.\n\nun point\n\nun autre\n", prose(md, MarkdownMarkup.of(md)));
    }

    @Test
    void offsetsAreThoseOfTheFileEvenAfterMultiByteCharacters() {
        String md = "😀 **Été** fini";
        List<Markup> markup = MarkdownMarkup.of(md);
        assertEquals(new Markup(3, 5, ""), markup.get(0));
        assertEquals(new Markup(8, 10, ""), markup.get(1));
    }

    @Test
    void wordsLeaveMarkupOut() {
        String md = "Voir [la page](https://exemple.fr/une/longue/adresse) **vite**.";
        Document doc = new Document("a.md", md, List.of(), MarkdownMarkup.of(md));
        assertEquals(4, doc.words());
    }
}
