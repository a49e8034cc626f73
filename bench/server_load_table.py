#!/usr/bin/env python3
"""The Markdown table of bench/server-load.sh: the median of each measure over the rounds, for
LanguageTool's server and relecture's, the ratio of the medians, and each round's own ratio (the two
servers of a round ran one after the other, so a round's ratio is the least disturbed by the
machine's drift). The text before the table comes on standard input.
Usage: bench/server_load_table.py LANGUAGETOOL_RESULTS RELECTURE_RESULTS"""
import statistics
import sys

FIELDS = ["first", "p50_1", "p95_1", "p50_4", "p95_4", "rps4", "errors", "matches", "first_again",
          "client_first_get", "client_warm_get", "ready_s", "peak_mb"]


def rounds(path):
    with open(path) as f:
        return [dict(zip(FIELDS, map(float, line.split()))) for line in f if line.strip()]


def fmt(value):
    return f"{value:.0f}" if value >= 100 else f"{value:.1f}"


lt, rel = rounds(sys.argv[1]), rounds(sys.argv[2])
med = lambda rows, key: statistics.median(r[key] for r in rows)


def ratios(key):
    return ", ".join(f"{r[key] / l[key]:.2f}" for l, r in zip(lt, rel) if l[key])


def row(label, key, ratio=True):
    a, b = med(lt, key), med(rel, key)
    cells = [label, fmt(a), fmt(b)]
    cells += [f"{b / a:.2f}x", ratios(key)] if ratio and a else ["", ""]
    return "| " + " | ".join(cells) + " |"


first_over_p50 = lambda rows: statistics.median(r["first"] / r["p50_1"] for r in rows)
print(sys.stdin.read().rstrip())
print()
print("| measure (median of the rounds) | LanguageTool 6.8 server | relecture serve | ratio | each round's ratio |")
print("|---|---|---|---|---|")
print(row("latency p50, concurrency 1 (ms)", "p50_1"))
print(row("latency p95, concurrency 1 (ms)", "p95_1"))
print(row("latency p50, concurrency 4 (ms)", "p50_4"))
print(row("latency p95, concurrency 4 (ms)", "p95_4"))
print(row("throughput, concurrency 4 (requests/s)", "rps4"))
print(row("first request after ready (ms)", "first"))
each = ", ".join(f"{r['first'] / r['p50_1']:.2f}" for r in rel)
print(f"| first request / steady p50 at concurrency 1 | {first_over_p50(lt):.2f}x | {first_over_p50(rel):.2f}x | | relecture: {each} |")
print(f"| diagnostic: the first paragraph sent again at the end (ms) | {fmt(med(lt, 'first_again'))} | {fmt(med(rel, 'first_again'))} | | |")
print(f"| diagnostic: the client's first GET of the ready path, then its last of 5 (ms) | "
      f"{fmt(med(lt, 'client_first_get'))}, {fmt(med(lt, 'client_warm_get'))} | "
      f"{fmt(med(rel, 'client_first_get'))}, {fmt(med(rel, 'client_warm_get'))} | | |")
print(row("start to ready (s)", "ready_s", ratio=False))
print(f"| errors (all rounds) | {sum(r['errors'] for r in lt):.0f} | {sum(r['errors'] for r in rel):.0f} | | |")
print(row("matches per answer", "matches", ratio=False))
print(f"| peak resident memory (MB, largest round) | {max(r['peak_mb'] for r in lt):.0f} | {max(r['peak_mb'] for r in rel):.0f} | | |")
