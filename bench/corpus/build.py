#!/usr/bin/env python3
"""Builds a benchmark corpus of distinct French text from pinned Debian packages: French manuals and
man pages translated by people, and machine translation into French by Debian's Apertium of the
Spanish (and, for the largest corpora, Catalan) editions of other manuals.

    bench/corpus/build.sh                 # 100k: about 110,000 words, 25% machine translation
    bench/corpus/build.sh 1m              # about 1,000,000 words
    bench/corpus/build.sh docs 1000       # 1,000 documents
    bench/corpus/build.py --words N --docs N --mt-share S --name NAME   (the script build.sh runs)

Writes bench/corpus/out/NAME/ (git-ignored): doc-00001.txt ... and manifest.tsv (file, words,
origin, translation pair, package, source file, SHA-256 of the text). When bench/corpus/NAME.manifest.tsv
is committed, the new manifest must equal it byte for byte, or the script fails: the build is
reproducible, and a change of package version or of this script shows.

Text: block elements of the HTML manuals (<p>, list items, Publican's <div class="para">, ...)
and paragraphs of man pages (rendered by groff), each at least 6 words, in the expected language
by its function words (the translations are incomplete: English paragraphs are left out), each
kept once in the whole pool (the single-page editions repeat the chapters, man pages share
paragraphs). A document is a run of consecutive paragraphs of one package, 300 to 1,500 words
(its target drawn at random, fixed seed), so documents have the size of news articles.
Distinct content: in the first tier a manual is either machine-translated or read in its human
French edition, never both, and man pages are left out (their option lists are far from news
prose); a corpus larger than the first tier (about 300,000 words) draws on the second: French
man pages, the human French editions of the machine-translated manuals, and machine translations
of the Spanish man pages, Debian Reference and installation guide and of the Catalan Debian
Administrator's Handbook, installation guide and New Maintainers' Guide
(distinct text, but content that the first tier also has in another translation).
"""
import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "..", "eval", "lib"))
import debsource as d  # noqa: E402

SEED = 20261204
MIN_WORDS, MAX_WORDS = 300, 1500
PARAGRAPH_MIN_WORDS = 6

APERTIUM = {"apertium": "3.8.3-1+b2", "apertium-fr-es": "0.9.4-1", "apertium-fra-cat": "1.10.0-1"}

# (tier, origin, package, version, files, format, language of the text, Apertium pair or None)
SOURCES = [
    (1, "human", "developers-reference-fr", "12.18", "usr/share/developers-reference/fr/*.html", "html", "fr", None),
    (1, "human", "debian-reference-fr", "2.100", "usr/share/debian-reference/*.fr.html", "html", "fr", None),
    (1, "human", "debian-faq-fr", "11.1", "usr/share/doc/debian/FAQ/fr/*.fr.html", "html", "fr", None),
    (1, "human", "maint-guide-fr", "1.2.53", "usr/share/doc/maint-guide-fr/html/*.fr.html", "html", "fr", None),
    (1, "human", "debian-history", "2.28", "usr/share/doc/debian-history/docs/*.fr.html", "html", "fr", None),
    (1, "human", "installation-guide-amd64", "20230508+deb12u1",
     "usr/share/doc/installation-guide-amd64/fr/*.html", "html", "fr", None),
    (1, "mt", "debian-handbook", "11.20220922", "usr/share/doc/debian-handbook/html/es-ES/*.html", "html", "es", "es-fr"),
    (1, "mt", "harden-doc", "3.19+nmu1", "usr/share/doc/harden-doc/html/es-ES/*.html", "html", "es", "es-fr"),
    (1, "mt", "aptitude-doc-es", "0.8.13-5", "usr/share/doc/aptitude/html/es/*.html", "html", "es", "es-fr"),
    (2, "human", "debian-handbook", "11.20220922", "usr/share/doc/debian-handbook/html/fr-FR/*.html", "html", "fr", None),
    (2, "human", "harden-doc", "3.19+nmu1", "usr/share/doc/harden-doc/html/fr-FR/*.html", "html", "fr", None),
    (2, "human", "aptitude-doc-fr", "0.8.13-5", "usr/share/doc/aptitude/html/fr/*.html", "html", "fr", None),
    (2, "human", "manpages-fr", "4.18.1-1", "usr/share/man/fr/man*/*", "man", "fr", None),
    (2, "mt", "debian-handbook", "11.20220922", "usr/share/doc/debian-handbook/html/ca-ES/*.html", "html", "ca", "cat-fra"),
    (2, "mt", "debian-reference-es", "2.100", "usr/share/debian-reference/*.es.html", "html", "es", "es-fr"),
    (2, "mt", "manpages-es", "4.18.1-1", "usr/share/man/es/man*/*", "man", "es", "es-fr"),
    (2, "mt", "installation-guide-amd64", "20230508+deb12u1",
     "usr/share/doc/installation-guide-amd64/es/*.html", "html", "es", "es-fr"),
    (2, "mt", "installation-guide-amd64", "20230508+deb12u1",
     "usr/share/doc/installation-guide-amd64/ca/*.html", "html", "ca", "cat-fra"),
    (2, "mt", "maint-guide-ca", "1.2.53", "usr/share/doc/maint-guide-ca/html/*.ca.html", "html", "ca", "cat-fra"),
]
TEXT_TAGS = {"p", "div", "li", "dd", "blockquote", "td"}


def paragraphs(package, version, pattern, fmt, lang):
    """[(source file, paragraph)] in file order, in the given language, at least 6 words."""
    out = []
    for path in d.files(package, version, pattern):
        if fmt == "html":
            texts = [t for tag, t, _ in d.html_blocks(path) if tag in TEXT_TAGS]
        else:
            texts = d.man_paragraphs(path)
        for t in texts:
            if d.words(t) >= PARAGRAPH_MIN_WORDS and d.language(t) == lang:
                out.append((d.relative(path), t))
    return out


def documents(rng, stream):
    """Runs of consecutive paragraphs, each run between MIN_WORDS and MAX_WORDS words."""
    docs, current, size, target = [], [], 0, rng.randint(MIN_WORDS, 1200)
    for source, text in stream:
        n = d.words(text)
        if n > MAX_WORDS:
            continue
        if size + n > MAX_WORDS:
            if size >= MIN_WORDS:
                docs.append(current)
            current, size, target = [], 0, rng.randint(MIN_WORDS, 1200)
        current.append((source, text))
        size += n
        if size >= target:
            docs.append(current)
            current, size, target = [], 0, rng.randint(MIN_WORDS, 1200)
    if size >= MIN_WORDS:
        docs.append(current)
    return docs


def pool(rng):
    """Every document each source gives, with its tier and origin; no paragraph twice in the pool."""
    seen, out = set(), []
    for tier, origin, package, version, pattern, fmt, lang, pair in SOURCES:
        found = paragraphs(package, version, pattern, fmt, lang)
        if pair:
            texts = d.apertium(pair, [t for _, t in found])
            # Apertium's French still has to be French: a paragraph it left mostly as it was is dropped.
            found = [(s, t) for (s, _), t in zip(found, texts) if d.language(t) == "fr"]
        stream = []
        for source, text in found:
            key = " ".join(text.lower().split())
            if key not in seen:
                seen.add(key)
                stream.append((source, text))
        made = documents(rng, stream)
        print(f"{package} {pattern.split('/')[-2]} {pair or 'human'}: {len(found)} paragraphs, "
              f"{len(stream)} new, {len(made)} documents, {sum(d.words(t) for _, t in stream)} words",
              file=sys.stderr)
        for doc in made:
            out.append({"tier": tier, "origin": origin, "pair": pair or "-", "package": package,
                        "source": doc[0][0], "text": "\n\n".join(t for _, t in doc) + "\n",
                        "words": sum(d.words(t) for _, t in doc)})
    return out


def select(rng, docs, words, count, mt_share):
    """Documents for the machine-translated share and the rest, tier 1 first, in a seeded order."""
    chosen = []
    for origin, share in (("mt", mt_share), ("human", 1 - mt_share)):
        candidates = []
        for tier in (1, 2):
            group = [doc for doc in docs if doc["origin"] == origin and doc["tier"] == tier]
            rng.shuffle(group)
            candidates += group
        want_words = words * share if words else None
        want_docs = round(count * share) if count else None
        got_words = 0
        for n, doc in enumerate(candidates):
            if (want_words is not None and got_words >= want_words) or (want_docs is not None and n >= want_docs):
                break
            chosen.append(doc)
            got_words += doc["words"]
        else:
            print(f"warning: the pool holds only {got_words} words of {origin} text", file=sys.stderr)
    rng.shuffle(chosen)
    return chosen


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--name", required=True)
    parser.add_argument("--words", type=int)
    parser.add_argument("--docs", type=int)
    parser.add_argument("--mt-share", type=float, default=0.25)
    args = parser.parse_args()
    if not (args.words or args.docs):
        parser.error("give --words or --docs")
    d.require_installed(APERTIUM)
    rng = random.Random(SEED)
    docs = pool(rng)
    chosen = select(random.Random(f"{SEED}-{args.name}"), docs, args.words, args.docs, args.mt_share)
    out = os.path.join(HERE, "out", args.name)
    os.makedirs(out, exist_ok=True)
    for old in os.listdir(out):
        os.remove(os.path.join(out, old))
    lines = ["file\twords\torigin\tpair\tpackage\tsource\tsha256\n"]
    for n, doc in enumerate(chosen, 1):
        name = f"doc-{n:05d}.txt"
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(doc["text"])
        lines.append(f"{name}\t{doc['words']}\t{doc['origin']}\t{doc['pair']}\t{doc['package']}\t"
                     f"{doc['source']}\t{d.sha256_text(doc['text'])}\n")
    manifest = "".join(lines)
    with open(os.path.join(out, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write(manifest)
    total = sum(doc["words"] for doc in chosen)
    mt = sum(doc["words"] for doc in chosen if doc["origin"] == "mt")
    pool_words = sum(doc["words"] for doc in docs)
    print(f"{out}: {len(chosen)} documents, {total} words, {100 * mt / max(total, 1):.1f}% machine-translated "
          f"(pool: {len(docs)} documents, {pool_words} distinct words)", file=sys.stderr)
    committed = os.path.join(HERE, f"{args.name}.manifest.tsv")
    if os.path.exists(committed):
        with open(committed, encoding="utf-8") as f:
            if f.read() != manifest:
                sys.exit(f"{out}/manifest.tsv differs from {committed}: the packages or the script changed")
        print(f"identical to {os.path.relpath(committed)}", file=sys.stderr)


if __name__ == "__main__":
    main()
