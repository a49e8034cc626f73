#!/usr/bin/env python3
"""Builds the French grammar-error evaluation set (issue 16, item 4) from Debian packages.

    python3 eval/grammar/build.py       # writes testset.jsonl and sources.tsv here

1. Clean sentences: published French prose of eight packages (the Debian Administrator's
   Handbook, the Debian FAQ, the Developer's Reference, the installation guide, the history of
   Debian, the Securing Debian manual, and the French translations of Battle for Wesnoth's unit
   descriptions and Freeciv's nation histories), 8 to 40 words, no code, quotes, digits, brackets
   (eval/lib/frenchtext.py), each once, in a seeded order.
2. ErrorInjector.java (run with the application's class path, target/lib) tags each with
   LanguageTool's French tagger and disambiguator and injects one error of one class by the
   documented rules (ErrorInjector's comment, SOURCES.md), checking with the same dictionary that
   the replacement is a French word; it takes PER_CLASS sentences per class and as many untouched
   sentences, and alternates dev and test. Deterministic: fixed seeds, files in sorted order.
"""
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "eval", "lib"))
import debsource as d  # noqa: E402
import frenchtext as ft  # noqa: E402

SEED = 20261205
PER_CLASS = 100
SOURCES = [ft.HANDBOOK, ft.FAQ, ft.DEVREF, ft.INSTALL, ft.HISTORY, ft.HARDEN, ft.WESNOTH_UNITS, ft.FREECIV_NATIONS]


def candidates():
    """Every usable sentence; the literary catalogues give their even-numbered paragraphs only
    (the odd ones belong to the clean literary set of eval/clean)."""
    seen, out = set(), []
    for source in SOURCES:
        for n, (path, paragraph) in enumerate(ft.paragraphs(source)):
            if source[3] == "mo" and n % 2:
                continue
            for s in ft.sentences(paragraph):
                if ft.prose_sentence(s) and s not in seen:
                    seen.add(s)
                    out.append({"text": s, "source": f"{source[0]}:{path}"})
    return out


def main():
    items = candidates()
    random.Random(SEED).shuffle(items)
    work = os.path.join(REPO, "eval", "out", "grammar")
    os.makedirs(work, exist_ok=True)
    with open(os.path.join(work, "candidates.jsonl"), "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} candidate sentences", file=sys.stderr)
    if not os.path.isdir(os.path.join(REPO, "target", "lib")):
        subprocess.run([os.path.join(REPO, "relecture"), "--version"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["java", "-cp", os.path.join(REPO, "target", "lib", "*"), os.path.join(HERE, "ErrorInjector.java"),
                    os.path.join(work, "candidates.jsonl"), os.path.join(HERE, "testset.jsonl"),
                    str(PER_CLASS), str(SEED)], check=True)
    d.write_sources_tsv(os.path.join(HERE, "sources.tsv"))


if __name__ == "__main__":
    main()
