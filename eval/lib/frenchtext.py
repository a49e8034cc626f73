"""French prose from the packages shared by the evaluation sets: which sources are read and how
their paragraphs are cut into sentences and filtered. See eval/*/SOURCES.md."""
import re

import debsource as d

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«A-ZÀ-ÖØ-Ý])")
CODE_LIKE = re.compile(r"[/\\$<>=_{}@#|~`\[\]*^+%&]|\w\.\w|--|\(\)")
ABBREVIATION_END = re.compile(r"\b(?:M|Mme|p|ex|etc|cf|av|J\.-C|St|env|n°)\.$")

# (package, version, files, kind) for prose paragraphs: kind "html" or "mo" (long messages).
HANDBOOK = ("debian-handbook", "11.20220922", "usr/share/doc/debian-handbook/html/fr-FR/*.html", "html")
FAQ = ("debian-faq-fr", "11.1", "usr/share/doc/debian/FAQ/fr/*.fr.html", "html")
DEVREF = ("developers-reference-fr", "12.18", "usr/share/developers-reference/fr/*.html", "html")
INSTALL = ("installation-guide-amd64", "20230508+deb12u1", "usr/share/doc/installation-guide-amd64/fr/*.html", "html")
HISTORY = ("debian-history", "2.28", "usr/share/doc/debian-history/docs/*.fr.html", "html")
REFERENCE = ("debian-reference-fr", "2.100", "usr/share/debian-reference/*.fr.html", "html")
MAINT = ("maint-guide-fr", "1.2.53", "usr/share/doc/maint-guide-fr/html/*.fr.html", "html")
APTITUDE = ("aptitude-doc-fr", "0.8.13-5", "usr/share/doc/aptitude/html/fr/*.html", "html")
HARDEN = ("harden-doc", "3.19+nmu1", "usr/share/doc/harden-doc/html/fr-FR/*.html", "html")
WESNOTH = "wesnoth-1.16-data", "1:1.16.9-1"
WESNOTH_UNITS = WESNOTH + ("usr/share/games/wesnoth/1.16/locale/fr/LC_MESSAGES/wesnoth-units.mo", "mo")
WESNOTH_HELP = WESNOTH + ("usr/share/games/wesnoth/1.16/locale/fr/LC_MESSAGES/wesnoth-help.mo", "mo")
FREECIV = "freeciv-data", "3.0.6-1+deb12u1"
FREECIV_NATIONS = FREECIV + ("usr/share/locale/fr/LC_MESSAGES/freeciv-nations.mo", "mo")

PROSE_TAGS = {"p", "div", "li", "dd", "blockquote"}


def paragraphs(source, code=False):
    """[(file below /, paragraph)] in French, in file order; with code=False only paragraphs
    without code-like markup (html) and without code-like characters. A message catalogue's
    paragraphs are its messages' blank-line-separated parts, in msgid order."""
    package, version, pattern, kind = source
    out = []
    for path in d.files(package, version, pattern):
        if kind == "html":
            texts = [t for tag, t, has_code in d.html_blocks(path) if tag in PROSE_TAGS and (code or not has_code)]
        else:
            catalog = d.mo_catalog(path)
            texts = [re.sub(r"\s+", " ", part).strip() for key in sorted(catalog)
                     for part in re.split(r"\n\s*\n", catalog[key])]
            texts = [t for t in texts if "<" not in t and "{" not in t and "$" not in t]
        for t in texts:
            if d.language(t) == "fr" and (code or not CODE_LIKE.search(t)):
                out.append((d.relative(path), t))
    return out


def sentences(paragraph):
    """The paragraph's sentences (a full stop after a known abbreviation does not end one)."""
    parts, current = [], ""
    for piece in SENTENCE_END.split(paragraph):
        current = f"{current} {piece}" if current else piece
        if not ABBREVIATION_END.search(current):
            parts.append(current)
            current = ""
    if current:
        parts.append(current)
    return parts


def prose_sentence(s, low=8, high=40):
    """A plain declarative French sentence: low to high words, a capital first, a full stop last, no
    quotes, brackets, digits or code characters, at most one colon or semicolon."""
    n = d.words(s)
    return (low <= n <= high and s[0].isupper() and s.endswith(".") and not s.endswith("..")
            and not re.search(r"[\"«»“”()\[\]0-9]", s) and len(re.findall("[:;]", s)) <= 1 and not CODE_LIKE.search(s)
            and s.isprintable() and all(ord(c) < 0x10000 for c in s) and d.language(s) == "fr")
