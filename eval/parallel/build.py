#!/usr/bin/env python3
"""Builds the human-versus-machine translation set (issue 20) from Debian packages.

    apt-get install apertium=3.8.3-1+b2 apertium-fr-es=0.9.4-1 apertium-fra-cat=1.10.0-1
    python3 eval/parallel/build.py      # writes pairs.jsonl and sources.tsv here

Debian's manuals are translated by people from one English original into French, Spanish and
Catalan, and each language's HTML is built from the same DocBook source, so a page has the same
paragraphs in the same order in every language. For each page whose French and Spanish (or
Catalan) editions have as many paragraphs, paragraph i of the French edition (the human
translation) is paired with Apertium's French translation of paragraph i of the Spanish (Catalan)
edition (machine translation of a human translation of the same English). A pair of paragraphs
is kept when both are in their language (untranslated English paragraphs are left out) and their
lengths agree within a factor of two. Consecutive kept pairs make a document pair of 250 to 600
words (human side). Deterministic: files in sorted order, no random choice.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "eval", "lib"))
import debsource as d  # noqa: E402

APERTIUM = {"apertium": "3.8.3-1+b2", "apertium-fr-es": "0.9.4-1", "apertium-fra-cat": "1.10.0-1"}
MIN_WORDS, MAX_WORDS = 250, 600
PAIRS_PER_WORK = 20
HANDBOOK = ("debian-handbook", "11.20220922")
INSTALL = ("installation-guide-amd64", "20230508+deb12u1")
# (work, French package and files, other-language package and files with {name} for the page, pair)
WORKS = [
    ("debian-handbook es", HANDBOOK + ("usr/share/doc/debian-handbook/html/fr-FR/*.html",), HANDBOOK,
     "usr/share/doc/debian-handbook/html/es-ES/{name}", "es", "es-fr"),
    ("debian-handbook ca", HANDBOOK + ("usr/share/doc/debian-handbook/html/fr-FR/*.html",), HANDBOOK,
     "usr/share/doc/debian-handbook/html/ca-ES/{name}", "ca", "cat-fra"),
    ("installation-guide es", INSTALL + ("usr/share/doc/installation-guide-amd64/fr/*.html",), INSTALL,
     "usr/share/doc/installation-guide-amd64/es/{name}", "es", "es-fr"),
    ("installation-guide ca", INSTALL + ("usr/share/doc/installation-guide-amd64/fr/*.html",), INSTALL,
     "usr/share/doc/installation-guide-amd64/ca/{name}", "ca", "cat-fra"),
    ("harden-doc es", ("harden-doc", "3.19+nmu1", "usr/share/doc/harden-doc/html/fr-FR/*.html"),
     ("harden-doc", "3.19+nmu1"), "usr/share/doc/harden-doc/html/es-ES/{name}", "es", "es-fr"),
    ("debian-reference es", ("debian-reference-fr", "2.100", "usr/share/debian-reference/*.fr.html"),
     ("debian-reference-es", "2.100"), "usr/share/debian-reference/{stem}.es.html", "es", "es-fr"),
    ("maint-guide es", ("maint-guide-fr", "1.2.53", "usr/share/doc/maint-guide-fr/html/*.fr.html"),
     ("maint-guide-es", "1.2.53"), "usr/share/doc/maint-guide-es/html/{stem}.es.html", "es", "es-fr"),
]
TEXT_TAGS = {"p", "div"}


def blocks(path):
    return [t for tag, t, _ in d.html_blocks(path) if tag in TEXT_TAGS]


def aligned(french_files, other_package, other_pattern, lang):
    """[(page, French paragraph, other-language paragraph)] for pages with equal paragraph counts."""
    root = d.fetch(*other_package)
    out = []
    for path in french_files:
        name = os.path.basename(path)
        other = os.path.join(root, other_pattern.format(name=name, stem=name.split(".")[0]))
        if not os.path.exists(other):
            continue
        fr, xx = blocks(path), blocks(other)
        if len(fr) != len(xx):
            continue
        for a, b in zip(fr, xx):
            wa, wb = d.words(a), d.words(b)
            if wa >= 8 and 0.5 <= wa / max(wb, 1) <= 2 and d.language(a) == "fr" and d.language(b) == lang:
                out.append((d.relative(path), a, b))
    return out


def main():
    d.require_installed(APERTIUM)
    pairs = []
    for work, (package, version, pattern), other_package, other_pattern, lang, pair in WORKS:
        rows = aligned(d.files(package, version, pattern), other_package, other_pattern, lang)
        translated = d.apertium(pair, [b for _, _, b in rows])
        made, human, machine, size, page = 0, [], [], 0, None
        for (path, a, _), mt in zip(rows, translated):
            if path != page:
                human, machine, size, page = [], [], 0, path
            human.append(a)
            machine.append(mt)
            size += d.words(a)
            if size > MAX_WORDS:
                human, machine, size = [], [], 0
            elif size >= MIN_WORDS:
                pairs.append({"id": f"p{len(pairs):03d}", "work": work, "page": path, "pair": pair,
                              "human": "\n\n".join(human) + "\n", "mt": "\n\n".join(machine) + "\n"})
                human, machine, size, made = [], [], 0, made + 1
                if made == PAIRS_PER_WORK:
                    break
        print(f"{work}: {len(rows)} aligned paragraphs, {made} document pairs", file=sys.stderr)
    with open(os.path.join(HERE, "pairs.jsonl"), "w", encoding="utf-8") as f:
        for p in pairs:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"{len(pairs)} pairs, {sum(d.words(p['human']) for p in pairs)} words human, "
          f"{sum(d.words(p['mt']) for p in pairs)} words machine", file=sys.stderr)
    d.write_sources_tsv(os.path.join(HERE, "sources.tsv"))


if __name__ == "__main__":
    main()
