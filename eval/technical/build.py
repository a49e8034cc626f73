#!/usr/bin/env python3
"""Builds a held-out set of technical French (issue 16, item 3) from Debian packages.

    python3 eval/technical/build.py       # writes technical.jsonl and sources.tsv here

Paragraphs with code markup (commands, options, files, packages named in running text) of
manuals translated into French by people: The Debian Administrator's Handbook, the Securing
Debian manual and the installation guide. None of them is in eval/clean/clean.jsonl, which the
technical rules were tuned on; the grammar set takes prose sentences without code from two of
them, this set only paragraphs with code. Documents are runs of consecutive paragraphs of one
manual, 300 to 900 words, paragraphs separated by a blank line, as plain text (the markup is
gone: code reads as it does once copied out of a page). Every finding on them is a false alarm,
or a slip of the translators.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "eval", "lib"))
import debsource as d  # noqa: E402
import frenchtext as ft  # noqa: E402

MIN_WORDS, MAX_WORDS = 300, 900
# (source, documents wanted)
PLAN = [(ft.HANDBOOK, 24), (ft.HARDEN, 12), (ft.INSTALL, 12)]
PROSE_TAGS = {"p", "div", "li", "dd"}


def code_paragraphs(source):
    """[(file, paragraph)] in French with code markup inside, in file order."""
    package, version, pattern, _ = source
    out = []
    for path in d.files(package, version, pattern):
        for tag, text, has_code in d.html_blocks(path):
            if tag in PROSE_TAGS and has_code and d.words(text) >= 8 and d.language(text) == "fr":
                out.append((d.relative(path), text))
    return out


def documents(stream, wanted):
    """Up to `wanted` runs of consecutive paragraphs, spread over the stream."""
    docs, current, size = [], [], 0
    step = max(1, len(stream) // (wanted * 6))
    for n, (source, text) in enumerate(stream):
        if (n // step) % 2:
            continue
        words = d.words(text)
        if words > MAX_WORDS:
            continue
        if current and (size + words > MAX_WORDS or current[-1][0] != source and size >= MIN_WORDS):
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
    for source, wanted in PLAN:
        stream = [(s, t) for s, t in code_paragraphs(source) if t not in seen and not seen.add(t)]
        docs = documents(stream, wanted)
        if len(docs) < wanted:
            print(f"{source[0]}: {len(docs)} of {wanted} documents", file=sys.stderr)
        for doc in docs:
            text = "\n\n".join(t for _, t in doc) + "\n"
            items.append({"id": f"technical-heldout-{len(items):03d}", "set": "technical-heldout",
                          "words": d.words(text), "source": doc[0][0], "text": text})
    with open(os.path.join(HERE, "technical.jsonl"), "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"technical-heldout: {len(items)} documents, {sum(i['words'] for i in items)} words", file=sys.stderr)
    d.write_sources_tsv(os.path.join(HERE, "sources.tsv"))


if __name__ == "__main__":
    main()
