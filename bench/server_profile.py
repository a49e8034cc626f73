#!/usr/bin/env python3
"""Where a server check's time goes, from a flight recording of `relecture serve` under load
(bench/server-profile.sh): execution samples from a time on (UTC, YYYY-MM-DDTHH:MM:SS.fff), counted
by thread, by stage of a check (a sample counts in every stage one of its frames belongs to, so
stages nest and overlap), and by top frame. Usage: bench/server_profile.py RECORDING.jfr SINCE"""
import collections
import json
import re
import subprocess
import sys

# (stage, frames that put a sample in it, frames that keep it out: substrings of "Class.method")
LT_CHECK = "JLanguageTool.check"
SEARCH = "morfologik.speller.Speller.findRepl"
STAGES = [
    ("LanguageTool's check (JLanguageTool.check), suggestions aside", [LT_CHECK], [SEARCH]),
    ("  sentence analysis (tagging, disambiguation)", ["JLanguageTool.getAnalyzedSentence"], []),
    ("  sentence rules", ["TextCheckCallable.getOtherRuleMatches"], [SEARCH]),
    ("    rules' hint lookups (canBeIgnoredFor)", ["AbstractTokenBasedRule.canBeIgnoredFor"], []),
    ("  text-level rules", ["TextCheckCallable.getTextLevelRuleMatches"], [SEARCH]),
    ("spelling suggestions (morfologik's search), any thread", [SEARCH], []),
    ("relecture's own detectors and reconciliation", ["org.relecture.check.Checker."], [LT_CHECK, SEARCH]),
    ("HTTP and JSON (Jetty, Jackson)", ["org.eclipse.jetty", "com.fasterxml"], ["org.relecture.check.Checker."]),
]


def samples(recording, since):
    text = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", "--stack-depth", "96",
                           recording], capture_output=True, text=True, check=True).stdout
    for event in json.loads(text)["recording"]["events"]:
        values = event["values"]
        if values["startTime"][:23] < since:
            continue
        frames = [f"{f['method']['type']['name'].replace('/', '.')}.{f['method']['name']}" for f in values["stackTrace"]["frames"]]
        yield re.sub(r"\d+", "#", values["sampledThread"]["javaName"]), frames


threads, stages, tops = collections.Counter(), collections.Counter(), collections.Counter()
total = 0
for thread, frames in samples(sys.argv[1], sys.argv[2]):
    total += 1
    threads[thread] += 1
    if frames:
        tops[frames[0]] += 1
    stack = "\n".join(frames)
    for stage, markers, out in STAGES:
        if any(m in stack for m in markers) and not any(m in stack for m in out):
            stages[stage] += 1
share = lambda n: f"{100 * n / total:.0f}%" if total else "-"
print(f"{total} execution samples after the warm-up requests (one per 10 to 20 ms of a running thread)")
print()
print("| thread | samples | share |")
print("|---|---|---|")
for thread, n in threads.most_common(8):
    print(f"| {thread} | {n} | {share(n)} |")
print()
print("| stage (all threads) | samples | share |")
print("|---|---|---|")
for stage, _, _ in STAGES:
    print(f"| {stage.replace('  ', '&nbsp;&nbsp;')} | {stages[stage]} | {share(stages[stage])} |")
print()
print("| top frame | samples | share |")
print("|---|---|---|")
for frame, n in tops.most_common(12):
    print(f"| `{frame}` | {n} | {share(n)} |")
