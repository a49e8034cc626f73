#!/usr/bin/env python3
"""Distinct 300-word paragraphs for bench/server-load.sh, one a line: the documents of a corpus
(bench/corpus/build.sh) in name order, each cut into consecutive runs of WORDS words (a shorter
rest is left out), white space collapsed. The corpus keeps each source paragraph once, so no two
lines are the same text. Usage: bench/paragraphs.py CORPUS_DIR [WORDS]"""
import os
import sys

corpus = sys.argv[1]
size = int(sys.argv[2]) if len(sys.argv) > 2 else 300
seen = set()
for name in sorted(n for n in os.listdir(corpus) if n.endswith(".txt")):
    with open(os.path.join(corpus, name), encoding="utf-8") as f:
        words = f.read().split()
    for at in range(0, len(words) - size + 1, size):
        line = " ".join(words[at:at + size])
        if line not in seen:
            seen.add(line)
            print(line)
