package org.relecture.rules.technical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.testing.TestDocuments;
import org.relecture.text.Document;

/** What is technical text, on made-up technical French. */
class TechnicalTextTest {
    private static final TechnicalText TECHNICAL = load();

    private static TechnicalText load() {
        try {
            return new TechnicalText(RuleLibrary.load(List.of(RulesHome.locate().orElseThrow())));
        } catch (RuleLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> technical(String path, String text) {
        Document document = TestDocuments.read(path, text);
        List<String> found = new ArrayList<>();
        for (int[] span : TECHNICAL.find(document).spans()) {
            found.add(text.substring(span[0], span[1]));
        }
        return found;
    }

    private static List<String> technical(String text) {
        return technical("t.txt", text);
    }

    @Test
    void optionsPathsFileNamesAndIdentifiers() {
        assertEquals(List.of("--verbose", "-p", "/etc/apt/sources.list", "~/.bashrc"),
                technical("Ajoutez --verbose ou -p, puis lisez /etc/apt/sources.list et ~/.bashrc."));
        assertEquals(List.of("get_value", "getValue", "base64", "strtol()", "printf(3)", "$HOME", "debian.org"),
                technical("Appelez get_value ou getValue, base64, strtol() et printf(3) avec $HOME sur debian.org."));
        assertEquals(List.of("truc.conf", "java.util.List"), technical("Le fichier truc.conf et la classe java.util.List."));
    }

    @Test
    void frenchWrittenWithSlashesDigitsAndDotsIsProse() {
        assertEquals(List.of(), technical("Le 1er et le 2e jour, à 12h45, entrée/sortie et/ou fin.les deux, p. ex. le XXIe siècle."));
        assertEquals(List.of(), technical("Le 2nd tour, la 3eme place et le 4ieme rang."));
    }

    @Test
    void aCommandAndItsArgumentsUpToAFrenchWord() {
        assertEquals(List.of("git clone URL", "pip install requests"),
                technical("Lancez git clone URL puis pip install requests dans le dossier."));
        assertEquals(List.of("sudo apt-get install libtruc"), technical("Installez-le avec sudo apt-get install libtruc."));
    }

    @Test
    void aCommandThatIsAlsoAWordNeedsTheDocumentToShowIt() {
        assertEquals(List.of(), technical("Make a deal, find the way."));
        assertEquals(List.of("find /tmp -name truc.txt"), technical("Cherchez avec find /tmp -name truc.txt dans le dossier."));
        assertEquals(List.of("at 4pm + 3 days"), technical("On peut indiquer at 4pm + 3 days pour plus tard."));
        assertEquals(List.of("until", "until"),
                technical("La commande until répète la liste ; until s'arrête quand la liste réussit."));
    }

    @Test
    void aWordAfterACueIsAnIdentifierWhenItIsNoFrenchWord() {
        assertEquals(List.of("libtruc", "libtruc"), technical("Le paquet libtruc fournit tout ; libtruc est petit."));
        assertEquals(List.of(), technical("Le fichier est ouvert par le programme principal."));
    }

    @Test
    void codeWrittenAsCodeAndItsWordsElsewhere() {
        assertEquals(List.of("`norc`", "norc"), technical("Avec `norc`, le shell lit norc seulement."));
        assertEquals(List.of("```\nmake install\n```", "make"),
                technical("Tapez :\n```\nmake install\n```\nPuis make refait tout.\n"));
        assertEquals(List.of("`nopipe`", "nopipe"), technical("doc.md", "Avec `nopipe`, le tube reste : nopipe suffit.\n"));
        assertEquals(List.of("https://exemple.fr/cooperation"), technical("Voir https://exemple.fr/cooperation sur la cooperation."));
        assertEquals(List.of(), technical("doc.md", "Voir [le rapport](https://exemple.fr/cooperation) sur la cooperation.\n"));
    }

    @Test
    void aCueNamesTheFirstWordFrenchDoesNotHaveAndThoseJoinedToIt() {
        assertEquals(List.of("nocasematch"), technical("Si l'option d'interpréteur nocasematch est activée, tout change."));
        assertEquals(List.of("regcomp", "regexec"), technical("Il emploie les interfaces POSIX regcomp et regexec pour cela."));
        assertEquals(List.of(), technical("Si un paquet manque guarda de suivi, les fichiers et está là, les scripts du difference."));
    }

    @Test
    void callsWithASectionNumberInBracketsAndFormats() {
        assertEquals(List.of("nice(1)", "HH:MM"), technical("Une valeur de politesse (voir nice(1)) élevée, à l'heure HH:MM précise."));
        assertEquals(List.of(), technical("Rendez-vous à 12:30 pour la réunion."));
    }

    @Test
    void aLoneDoubleDashIsCodeOnlyInADocumentThatWritesOptions() {
        assertEquals(List.of("--", "-a"), technical("Deux caractères -- terminent les options, comme -a."));
        assertEquals(List.of(), technical("Il est parti -- enfin -- vers le sud."));
    }

    @Test
    void aTermWithItsTranslationInBrackets() {
        assertEquals(List.of("noon", "weeks"), technical("Indiquez noon (midi) ou un nombre de weeks (semaines) ensuite."));
        assertEquals(List.of("root directory"), technical("Tout part du répertoire racine (« root directory »)."));
    }
}
