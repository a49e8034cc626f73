#!/usr/bin/env python3
"""Builds the untranslated-fragment test set from Debian packages (real published text only).

    apt-get install debian-reference-fr maint-guide-fr developers-reference-fr aptitude-doc-fr debian-faq-fr \
                    fortunes-it fortunes-es fortunes fortunes-min wfrench
    python3 eval/untranslated/build.py            # writes testset.jsonl and sources.tsv here

French hosts and clean controls: prose paragraphs (<p> without code, file names or commands) of
five French Debian manuals, each sentence with at least 70% of its words in the wfrench list
(the translations are incomplete: some paragraphs are still in English). Foreign fragments: sentences, runs of 3 to 5 words, word pairs and
single words taken from Italian, Spanish and English fortune files. A single word or a pair is
kept only when it is written in lower case and at least one of its words is not in the French
word list of the `wfrench` package (a list independent of the detector's dictionaries): a word
French also has cannot be seen as untranslated. Italian fortunes write accents as apostrophes
("e'" for "è"); sentences with such a form are left out.

Each spliced item is one host (the first sentences of a paragraph) with one fragment inserted:
sentences between two host sentences, shorter fragments between two words of a host sentence.
Offsets are UTF-16 code units (the text is BMP-only, so Python indices). Items alternate between
the dev split (for tuning) and the test split (what the README reports). Deterministic: a fixed
random seed and the package files in sorted order.
"""
import glob
import html.parser
import json
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261123
PER_CLASS = 12          # fragments per language and length class
CONTROLS = 140          # clean French paragraphs
HOST_WORDS = 45         # a host keeps its first sentences up to about this many words

FRENCH_SOURCES = [
    ("debian-reference-fr", "/usr/share/debian-reference/*.fr.html"),
    ("maint-guide-fr", "/usr/share/doc/maint-guide-fr/html/*.fr.html"),
    ("developers-reference-fr", "/usr/share/developers-reference/fr/*.html"),
    ("aptitude-doc-fr", "/usr/share/doc/aptitude/html/fr/*.html"),
    ("debian-faq-fr", "/usr/share/doc/debian/FAQ/fr/*.fr.html"),
]
FOREIGN_SOURCES = {
    "it": ("fortunes-it", "/usr/share/games/fortunes/it/*.u8"),
    "es": ("fortunes-es", "/usr/share/games/fortunes/es/*.fortunes"),
    "en": ("fortunes", "/usr/share/games/fortunes/*.u8"),
}
CODE_TAGS = {"code", "tt", "kbd", "pre", "samp", "var", "img", "table"}
CODE_CLASSES = {"command", "literal", "filename", "package", "systemitem", "option", "replaceable",
                "userinput", "computeroutput", "email", "uri", "ulink", "envar", "function"}
NOT_PROSE = re.compile(r"[/\\$<>=_{}@#|~`\[\]*^+%&]|\.\w|\d")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Ý«])")
WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")


class Paragraphs(html.parser.HTMLParser):
    """The text of each <p>, and whether code-like markup was inside it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.text, self.depth, self.code = [], [], 0, False

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            self.depth, self.text, self.code = 1, [], False
        elif self.depth:
            classes = set((dict(attrs).get("class") or "").split())
            if tag in CODE_TAGS or classes & CODE_CLASSES:
                self.code = True

    def handle_endtag(self, tag):
        if tag == "p" and self.depth:
            self.depth = 0
            if not self.code:
                self.out.append(re.sub(r"\s+", " ", "".join(self.text)).strip())

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def version(package):
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True,
                          text=True, check=True).stdout


def owner(path):
    """The Debian package that installed the file (fortunes and fortunes-min share a folder)."""
    out = subprocess.run(["dpkg-query", "-S", path], capture_output=True, text=True, check=True).stdout
    return out.split(":")[0]


def all_french(paragraph, french_words):
    """True when every sentence has at least 70% of its words in the wfrench list: the manuals'
    translations are not complete, and some paragraphs are still in English."""
    for sentence in SENTENCE_END.split(paragraph):
        words = [w.strip(".,;:!?()").lower() for w in sentence.split()]
        words = [w for w in words if w.isalpha() and len(w) > 1]
        if words and sum(w in french_words for w in words) < 0.7 * len(words):
            return False
    return True


def french_paragraphs(french_words):
    found = []
    for package, pattern in FRENCH_SOURCES:
        files = sorted(glob.glob(pattern))
        if not files:
            sys.exit(f"{package}: no file matches {pattern}; install the package")
        for path in files:
            parser = Paragraphs()
            with open(path, encoding="utf-8") as f:
                parser.feed(f.read())
            for p in parser.out:
                words = p.split()
                if 20 <= len(words) <= 90 and not NOT_PROSE.search(p) and p.endswith(".") \
                        and p[0].isupper() and p.isprintable() and all(ord(c) < 0x10000 for c in p) \
                        and "«" not in p and '"' not in p and all_french(p, french_words):
                    found.append((package, path, p))
    # The single-page edition of a manual repeats its chapters: keep each paragraph once.
    seen, unique = set(), []
    for item in found:
        if item[2] not in seen:
            seen.add(item[2])
            unique.append(item)
    return unique


def fortunes(pattern):
    for path in sorted(glob.glob(pattern)):
        with open(path, encoding="utf-8", errors="strict") as f:
            try:
                content = f.read()
            except UnicodeDecodeError:
                continue
        for entry in re.split(r"\n%\n", content):
            body = re.split(r"\n\s*--", entry)[0]
            if '"' in body or ":" in body or "\t" in body:
                continue
            yield path, re.sub(r"\s+", " ", body).strip()


def foreign_sentences(language):
    package, pattern = FOREIGN_SOURCES[language]
    out = []
    for path, body in fortunes(pattern):
        for s in SENTENCE_END.split(body):
            words = s.split()
            if not 6 <= len(words) <= 16 or not s[0].isupper() or s[-1] not in ".!?":
                continue
            if NOT_PROSE.search(s[:-1]) or "(" in s or "..." in s or " - " in s or not all(ord(c) < 0x10000 for c in s):
                continue
            if any(sum(c.isupper() for c in w) > 1 for w in words):
                continue
            if language == "it" and re.search(r"[a-zA-Z]'(\W|$)", s):
                continue
            out.append((package, path, s))
    return out


def load_french_words():
    with open("/usr/share/dict/french", encoding="utf-8") as f:
        return {w.strip().lower() for w in f}


def bare(word):
    return word.strip(".,;!?").lower()


def short_pieces(sentence, n, french_words):
    """Runs of n lower-case words inside the sentence, no punctuation between them."""
    words = sentence.split()
    pieces = []
    for i in range(1, len(words) - n + 1):
        run = words[i:i + n]
        if any(not WORD.match(w) or not w.islower() for w in run):
            continue
        if n <= 2 and all(w.lower() in french_words for w in run):
            continue
        if n == 1 and len(run[0]) < 3:
            continue
        pieces.append(" ".join(run))
    return pieces


def host(paragraph):
    sentences = SENTENCE_END.split(paragraph)
    kept = []
    for s in sentences:
        kept.append(s)
        if sum(len(k.split()) for k in kept) >= HOST_WORDS * 0.6:
            break
    return kept


def splice(rng, sentences, fragment, words):
    """Inserts the fragment into the host sentences; returns the text and the fragment's offsets.
    A sentence goes between two host sentences when there are two, else (without its final
    punctuation) into the sentence as the shorter fragments do."""
    if words >= 6 and len(sentences) >= 2:
        at = rng.randrange(1, len(sentences))
        before = " ".join(sentences[:at]) + " "
        return before + fragment + " " + " ".join(sentences[at:]), len(before), len(before) + len(fragment)
    target = max(range(len(sentences)), key=lambda k: len(sentences[k].split()))
    tokens = sentences[target].split()
    at = rng.randrange(2, len(tokens) - 1)
    head = " ".join(sentences[:target] + [" ".join(tokens[:at])]) + " "
    if words >= 6:
        fragment = fragment.rstrip(".!?")
    tail = " " + " ".join([" ".join(tokens[at:])] + sentences[target + 1:])
    return head + fragment + tail, len(head), len(head) + len(fragment)


def length_class(words):
    return "1" if words == 1 else "2" if words == 2 else "3-5" if words <= 5 else "6+"


def main():
    rng = random.Random(SEED)
    french_words = load_french_words()
    paragraphs = french_paragraphs(french_words)
    rng.shuffle(paragraphs)
    items, sources = [], {}
    classes = [("6+", None), ("3-5", None), ("2", 2), ("1", 1)]
    index = 0
    for language in ("it", "en", "es"):
        pool = foreign_sentences(language)
        rng.shuffle(pool)
        for name, n in classes:
            taken = 0
            while taken < PER_CLASS:
                package, path, sentence = pool.pop()
                if name == "6+":
                    fragment = sentence
                else:
                    size = n or rng.randrange(3, 6)
                    pieces = short_pieces(sentence, size, french_words)
                    if not pieces:
                        continue
                    fragment = rng.choice(pieces)
                words = len(fragment.split())
                fr_package, fr_path, paragraph = paragraphs.pop()
                sentences = host(paragraph)
                if sum(len(s.split()) for s in sentences) < 12:
                    continue
                text, start, end = splice(rng, sentences, fragment, words)
                fragment_text = text[start:end]
                items.append({
                    "id": f"{language}-{index:03d}", "split": "dev" if index % 2 == 0 else "test",
                    "kind": "spliced", "text": text,
                    "fragments": [{"start": start, "end": end, "language": language,
                                   "words": len(fragment_text.split()),
                                   "length": length_class(len(fragment_text.split())),
                                   "text": fragment_text}],
                    "host": os.path.relpath(fr_path, "/usr/share"), "foreign": os.path.relpath(path, "/usr/share"),
                })
                sources[fr_package] = version(fr_package)
                sources[owner(path)] = version(owner(path))
                taken += 1
                index += 1
    for k in range(CONTROLS):
        fr_package, fr_path, paragraph = paragraphs.pop()
        items.append({"id": f"fr-{k:03d}", "split": "dev" if k % 2 == 0 else "test", "kind": "clean",
                      "text": paragraph, "fragments": [], "host": os.path.relpath(fr_path, "/usr/share")})
        sources[fr_package] = version(fr_package)
    sources["wfrench"] = version("wfrench")
    with open(os.path.join(HERE, "testset.jsonl"), "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sources.tsv"), "w", encoding="utf-8") as f:
        f.write("package\tversion\n")
        for package in sorted(sources):
            f.write(f"{package}\t{sources[package]}\n")
    print(f"{len(items)} items, {len(paragraphs)} French paragraphs left unused", file=sys.stderr)


if __name__ == "__main__":
    main()
