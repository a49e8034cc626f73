#!/usr/bin/env python3
"""Builds the clean-French false-alarm sets (issue 16, items 1-3) from Debian packages.

    python3 eval/clean/build.py       # writes clean.jsonl and sources.tsv here

Three sets of documents (300 to 900 words, runs of consecutive paragraphs of one source), all
French published by people and taken as correct, so every finding on them is a false alarm
(or a real slip of the translators: the harness lists the findings so they can be read):

- technical: running text that names commands, options, files and packages, code-like markup
  and characters kept: French man pages (manpages-fr), Debian Reference, the New Maintainers'
  Guide, aptitude's manual, and the --help texts and messages of coreutils, dpkg and apt
  (French message catalogues, messages of 12 words or more, in msgid order);
- literary: the French descriptions of Battle for Wesnoth's units (narrative prose), the odd-
  numbered paragraphs (the grammar set takes the even ones);
- press: Freeciv's French histories of nations (encyclopaedic prose with names, dates, places),
  the odd-numbered paragraphs.

No Debian package reachable here ships French literature or press text; these are the nearest.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "eval", "lib"))
import debsource as d  # noqa: E402
import frenchtext as ft  # noqa: E402

MIN_WORDS, MAX_WORDS = 300, 900
MANPAGES = ("manpages-fr", "4.18.1-1", "usr/share/man/fr/man*/*", "man")
CATALOGUES = [("coreutils", "9.1-1", "usr/share/locale/fr/LC_MESSAGES/coreutils.mo"),
              ("dpkg", "1.21.23", "usr/share/locale/fr/LC_MESSAGES/dpkg.mo"),
              ("apt", "2.6.2", "usr/share/locale/fr/LC_MESSAGES/apt.mo")]
# (set, source, documents wanted)
PLAN = [
    ("technical", MANPAGES, 24),
    ("technical", ft.REFERENCE, 12),
    ("technical", ft.MAINT, 6),
    ("technical", ft.APTITUDE, 6),
    ("technical", "catalogues", 12),
    ("literary", ft.WESNOTH_UNITS, 40),
    ("press", ft.FREECIV_NATIONS, 40),
]


def man_paragraphs():
    out = []
    for path in d.files(*MANPAGES[:3]):
        out += [(d.relative(path), p) for p in d.man_paragraphs(path) if d.language(p) == "fr"]
    return out


def catalogue_paragraphs():
    out = []
    for package, version, pattern in CATALOGUES:
        for path in d.files(package, version, pattern):
            catalog = d.mo_catalog(path)
            for key in sorted(catalog):
                text = re.sub(r"[ \t]+", " ", catalog[key]).strip()
                if d.words(text) >= 12 and d.language(text) == "fr" and "%" not in text:
                    out.append((f"{package}:{d.relative(path)}", text))
    return out


def documents(stream, wanted, step):
    """Up to `wanted` runs of consecutive paragraphs, MIN_WORDS to MAX_WORDS words each, taken
    from every `step`-th part of the stream so the documents spread over the whole source."""
    docs, current, size = [], [], 0
    chunk = max(1, len(stream) // max(1, wanted * step))
    for n, (source, text) in enumerate(stream):
        if (n // chunk) % step:
            continue
        words = d.words(text)
        if words > MAX_WORDS:
            continue
        if size + words > MAX_WORDS:
            current, size = [], 0
        current.append((source, text))
        size += words
        if size >= MIN_WORDS:
            docs.append(current)
            current, size = [], 0
            if len(docs) == wanted:
                break
    return docs


def main():
    items, seen = [], set()
    for kind, source, wanted in PLAN:
        if source == MANPAGES:
            stream = man_paragraphs()
        elif source == "catalogues":
            stream = catalogue_paragraphs()
        else:
            stream = ft.paragraphs(source, code=True)
            if source[3] == "mo":
                stream = stream[1::2]
        stream = [(s, t) for s, t in stream if t not in seen and not seen.add(t)]
        docs = documents(stream, wanted, 1 if source[3:] == ("mo",) or source == "catalogues" else 2)
        if len(docs) < wanted:
            print(f"{kind} {source if isinstance(source, str) else source[0]}: {len(docs)} of {wanted} documents",
                  file=sys.stderr)
        for doc in docs:
            text = "\n\n".join(t for _, t in doc) + "\n"
            items.append({"id": f"{kind}-{len([i for i in items if i['set'] == kind]):03d}", "set": kind,
                          "words": d.words(text), "source": doc[0][0], "text": text})
    with open(os.path.join(HERE, "clean.jsonl"), "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    for kind in ("technical", "literary", "press"):
        chosen = [i for i in items if i["set"] == kind]
        print(f"{kind}: {len(chosen)} documents, {sum(i['words'] for i in chosen)} words", file=sys.stderr)
    d.write_sources_tsv(os.path.join(HERE, "sources.tsv"))


if __name__ == "__main__":
    main()
