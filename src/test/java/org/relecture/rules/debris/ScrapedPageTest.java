package org.relecture.rules.debris;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Finding;

/** Whole scraped pages, written for these tests: every box is one finding, the article stays. */
class ScrapedPageTest {
    @Test
    void aWordPressPageKeepsItsHeadlineAndText() {
        String text = DebrisTestSupport.resource("scraped-wordpress.txt");
        List<String> found = DebrisTestSupport.flagged(text);
        assertEquals(List.of(
                "DEBRIS_BOILERPLATE:Accueil » Actualités » Monde",
                "DEBRIS_BOILERPLATE_BLOCK:Publié le 12 mars 2024 à 10h32 | Mis à jour le 12 mars 2024 à 11h05\n\n"
                        + "Par Jeanne Petit\n\nPartager\nFacebook Twitter LinkedIn E-mail",
                "DEBRIS_BOILERPLATE:Lire aussi : La Chine prépare une mission lunaire",
                "DEBRIS_BOILERPLATE_BLOCK:" + text.substring(text.indexOf("Tags :")).strip()), found);
    }

    @Test
    void aNewsPageWithABannerAnEmbedAndANewsletter() {
        String text = DebrisTestSupport.resource("scraped-news.txt");
        List<Finding> findings = DebrisTestSupport.check(text);
        List<String> rules = findings.stream().map(Finding::rule).toList();
        assertEquals(List.of("DEBRIS_BOILERPLATE_BLOCK", "DEBRIS_EMBED", "DEBRIS_BOILERPLATE_BLOCK"), rules);
        Finding last = findings.get(2);
        assertEquals(text.substring(text.indexOf("Read more:")).strip(), text.substring(last.start(), last.end()));
    }
}
