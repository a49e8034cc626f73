"""Published French (and Spanish, Catalan) text from pinned Debian packages, for the evaluation sets
and the benchmark corpus. Python 3 standard library only.

Packages are fetched with `apt-get download NAME=VERSION` into eval/out/debian/ (git-ignored) and
unpacked there with `dpkg-deb -x`; nothing is installed, except Apertium, which has to be to run
(`require_installed`). A build names every package with its version, so a rebuild reads the same
bytes; `record` keeps the SHA-256 of each .deb for the SOURCES tables.

Text extraction:
- `html_blocks`: the text of each <p> (and list item, table cell, dt/dd, title) of an HTML page,
  whitespace collapsed, and whether code-like markup (<code>, class="command", ...) was inside.
- `man_paragraphs`: a man page rendered by groff with an unbounded line length, so each
  paragraph comes out on one line.
- `mo_catalog`: the messages of a compiled gettext catalogue.
- `apertium`: machine translation with Debian's Apertium (unknown words unmarked, as a user of
  `apertium -u` reads them).
"""
import gettext
import glob
import gzip
import hashlib
import html.parser
import os
import re
import shutil
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CACHE = os.path.join(REPO, "eval", "out", "debian")

_fetched = {}   # name -> (version, sha256 of the .deb, root folder)


def fetch(name, version):
    """Downloads NAME=VERSION (once) and unpacks it; returns the folder holding its file tree."""
    if name in _fetched:
        return _fetched[name][2]
    os.makedirs(CACHE, exist_ok=True)
    plain = version.split(":", 1)[-1]
    stored = version.replace(":", "%3a")   # apt-get download's name for a version with an epoch
    debs = glob.glob(os.path.join(CACHE, f"{name}_{stored}_*.deb"))
    if not debs:
        done = subprocess.run(["apt-get", "download", "-q", f"{name}={version}"], cwd=CACHE,
                              capture_output=True, text=True)
        debs = glob.glob(os.path.join(CACHE, f"{name}_{stored}_*.deb"))
        if done.returncode != 0 or not debs:
            sys.exit(f"{name}={version}: apt-get download failed (run 'apt-get update' first?)\n{done.stderr}")
    deb = debs[0]
    root = os.path.join(CACHE, "root", f"{name}_{plain}")
    if not os.path.isdir(root):
        shutil.rmtree(root + ".part", ignore_errors=True)
        os.makedirs(root + ".part")
        subprocess.run(["dpkg-deb", "-x", deb, root + ".part"], check=True)
        os.rename(root + ".part", root)
    with open(deb, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    _fetched[name] = (version, digest, root)
    return root


def files(name, version, pattern):
    """The files of a package matching a glob under its root (e.g. 'usr/share/doc/x/*.html'), sorted."""
    root = fetch(name, version)
    found = sorted(glob.glob(os.path.join(root, pattern)))
    if not found:
        sys.exit(f"{name}={version}: no file matches {pattern}")
    return found


def relative(path):
    """A fetched file's path as the package installs it (below /)."""
    rel = os.path.relpath(path, os.path.join(CACHE, "root"))
    return "/" + rel.split(os.sep, 1)[1]


def require_installed(packages):
    """Apertium runs from its installed modes: stop unless each NAME is installed at VERSION."""
    wrong = []
    for name, version in packages.items():
        got = subprocess.run(["dpkg-query", "-W", "-f=${Version}", name], capture_output=True, text=True).stdout
        if got != version:
            wrong.append(f"{name}={version}")
            _fetched.pop(name, None)
        else:
            _fetched[name] = (version, "installed", "/")
    if wrong:
        sys.exit("install these first: apt-get install " + " ".join(wrong))


def record():
    """(name, version, sha256) of every package used so far, sorted by name."""
    return [(name, v[0], v[1]) for name, v in sorted(_fetched.items())]


def write_sources_tsv(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("package\tversion\tsha256 of the .deb\n")
        for name, version, digest in record():
            f.write(f"{name}\t{version}\t{digest}\n")


BLOCK_TAGS = {"p", "li", "dd", "dt", "td", "th", "title", "h1", "h2", "h3", "h4", "blockquote"}
CODE_TAGS = {"code", "tt", "kbd", "pre", "samp", "var", "img"}
CODE_CLASSES = {"command", "literal", "filename", "package", "systemitem", "option", "replaceable",
                "userinput", "computeroutput", "email", "uri", "ulink", "envar", "function",
                "programlisting", "screen"}
SKIP_TAGS = {"script", "style", "pre", "head"}


class _Blocks(html.parser.HTMLParser):
    """Innermost block elements' text, in document order, with a code-markup flag."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.stack, self.skip, self.divs = [], [], 0, []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
            return
        if tag == "div":
            # Publican (DocBook) writes paragraphs as <div class="para">.
            self.divs.append("para" in (dict(attrs).get("class") or "").split())
            if not self.divs[-1]:
                return
        if tag in BLOCK_TAGS or (tag == "div" and self.divs[-1]):
            self._close()
            self.stack.append([tag, [], False])
        elif self.stack:
            classes = set((dict(attrs).get("class") or "").split())
            if tag in CODE_TAGS or classes & CODE_CLASSES:
                self.stack[-1][2] = True

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        block = tag in BLOCK_TAGS or (tag == "div" and self.divs and self.divs.pop())
        if block and self.stack:
            self._close()
            if self.stack:
                self.stack.pop()

    def _close(self):
        """Emits the text gathered so far in the open block (nested blocks split their parent)."""
        if self.stack and self.stack[-1][1]:
            tag, parts, code = self.stack[-1]
            text = re.sub(r"\s+", " ", "".join(parts)).strip()
            if text:
                self.out.append((tag, text, code))
            self.stack[-1][1] = []
            self.stack[-1][2] = False

    def handle_data(self, data):
        if self.stack and not self.skip:
            self.stack[-1][1].append(data)


def html_blocks(path):
    """[(tag, text, has_code_markup)] for a page."""
    parser = _Blocks()
    with open(path, encoding="utf-8", errors="replace") as f:
        parser.feed(f.read())
    parser.close()
    return parser.out


def man_paragraphs(path):
    """The paragraphs of a (possibly gzipped) man page, each on one line, without headings."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        source = f.read()
    if source.startswith(b".so "):
        return []
    done = subprocess.run(["groff", "-k", "-Kutf-8", "-t", "-Tutf8", "-man", "-rLL=100000n", "-rcR=1", "-P-cbou"],
                          input=source, capture_output=True, env={**os.environ, "LC_ALL": "C.UTF-8"})
    text = done.stdout.decode("utf-8", errors="replace")
    out = []
    for line in text.split("\n"):
        line = re.sub(r"\s+", " ", line).strip()
        # Headings are upper case lines at the left margin; the page's header and footer name it.
        if line and not (line.upper() == line and len(line.split()) <= 6):
            out.append(line)
    return out[1:-1] if len(out) > 2 else []


def mo_catalog(path):
    """{msgid: msgstr} of a .mo file, without the header and without plural forms."""
    with open(path, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    return {k: v for k, v in catalog.items() if isinstance(k, str) and k and v}


def apertium(pair, paragraphs):
    """Translates each paragraph with `apertium -u PAIR`; one process for all, paragraphs kept apart
    by blank lines (Apertium keeps the blank lines of its text format)."""
    marker = "\n\n"
    clean = [re.sub(r"\s+", " ", p).strip() for p in paragraphs]
    done = subprocess.run(["apertium", "-u", pair], input=marker.join(clean), capture_output=True,
                          text=True, check=True)
    out = [re.sub(r"\s+", " ", t).strip() for t in done.stdout.strip("\n").split(marker)]
    if len(out) != len(clean):
        # Fall back to one call per paragraph: slower, but alignment is never guessed.
        out = [subprocess.run(["apertium", "-u", pair], input=p, capture_output=True, text=True,
                              check=True).stdout.strip() for p in clean]
    return out


WORD = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)*")


def words(text):
    """Counted as relecture's WordCounter counts: runs of letters and digits, a hyphenated compound once."""
    return len(WORD.findall(text))


def sha256_text(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Function words of the four languages the packages' text comes in; shared words count for each.
FUNCTION_WORDS = {
    "fr": set("le la les des du au aux est et un une pour dans que qui sur pas avec ce cette il ils elle "
              "vous nous sont par ou mais être avoir fait plus peut leur se sa son ses ne".split()),
    "en": set("the of and to is in that for it with as on are this be by you or not from can an which "
              "have if will".split()),
    "es": set("el los las del que es y en un una por para con se no al lo como más su sus pero está son "
              "este esta puede si o".split()),
    "ca": set("el els les del que és i en un una per amb es no al dels als com més seu seva però està "
              "són aquest aquesta pot si o".split()),
}


def language(text):
    """The language (fr, en, es, ca) whose function words the text uses most, or None when no
    language has at least three of them and twice as many as the runner-up: the manuals'
    translations are incomplete, and some paragraphs are still in English."""
    tokens = [t.lower() for t in WORD.findall(text)]
    hits = sorted(((sum(t in words for t in tokens), lang) for lang, words in FUNCTION_WORDS.items()),
                  reverse=True)
    (best, lang), (second, _) = hits[0], hits[1]
    return lang if best >= 3 and best >= 2 * second else None
