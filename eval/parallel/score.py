#!/usr/bin/env python3
"""How well relecture's score separates human from machine translation (issue 20).

    python3 eval/parallel/score.py [FIELD...]     # default fields: every score field the JSON has

Writes each pair's human and machine text to eval/out/parallel/{human,mt}/ID.txt, runs
`./relecture check --format json` on both folders (one run each, default options) and prints, for
each document score field of the JSON report (`score`, and `calibratedScore` or any other listed
in FIELD), per work and overall: the share of pairs where the human text scores higher (a tie
counts half) and the AUC over all documents (the probability that a human document drawn at
random scores higher than a machine one: Mann-Whitney, ties half); for `penaltyPer1000`, where
lower is better, the comparison is reversed. The report also goes to eval/out/parallel/report.txt.
"""
import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, "eval", "out", "parallel")
LOWER_IS_BETTER = {"penaltyPer1000", "penalty"}


def check(folder):
    done = subprocess.run([os.path.join(REPO, "relecture"), "check", "--format", "json", folder],
                          capture_output=True, text=True, check=True)
    return {os.path.splitext(os.path.basename(doc["path"]))[0]: doc for doc in json.loads(done.stdout)["documents"]}


def better(a, b, field):
    """1 when a is better than b, 0.5 on a tie, else 0."""
    if a == b:
        return 0.5
    return float((a < b) if field in LOWER_IS_BETTER else (a > b))


def auc(human, machine, field):
    return sum(better(h, m, field) for h in human for m in machine) / (len(human) * len(machine))


def main():
    with open(os.path.join(HERE, "pairs.jsonl"), encoding="utf-8") as f:
        pairs = [json.loads(line) for line in f]
    shutil.rmtree(OUT, ignore_errors=True)
    for side in ("human", "mt"):
        os.makedirs(os.path.join(OUT, side))
        for p in pairs:
            with open(os.path.join(OUT, side, p["id"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(p[side])
    human, machine = check(os.path.join(OUT, "human")), check(os.path.join(OUT, "mt"))
    numeric = [k for k, v in next(iter(human.values())).items() if isinstance(v, (int, float)) and k != "words"]
    fields = sys.argv[1:] or [k for k in numeric if k in ("score", "calibratedScore", "penaltyPer1000")]
    lines = [f"{len(pairs)} document pairs (human French vs Apertium's French), relecture check, default options", ""]
    works = defaultdict(list)
    for p in pairs:
        works[p["work"]].append(p["id"])
    works["all"] = [p["id"] for p in pairs]
    for field in fields:
        lines.append(f"{field}: human higher in pairs / AUC / mean human / mean machine")
        for work, ids in works.items():
            h = [human[i][field] for i in ids]
            m = [machine[i][field] for i in ids]
            share = sum(better(a, b, field) for a, b in zip(h, m)) / len(ids)
            lines.append(f"  {work:24s} {len(ids):4d} pairs  {100 * share:5.1f}%  AUC {auc(h, m, field):.3f}  "
                         f"{sum(h) / len(h):7.1f} {sum(m) / len(m):7.1f}")
        lines.append("")
    report = "\n".join(lines)
    print(report)
    with open(os.path.join(OUT, "report.txt"), "w", encoding="utf-8") as f:
        f.write(report + "\n")


if __name__ == "__main__":
    main()
