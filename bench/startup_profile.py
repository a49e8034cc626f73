#!/usr/bin/env python3
"""Reads a JFR recording of one cold `relecture check` and prints where its time goes, as Markdown.
    bench/startup_profile.py RECORDING.jfr WALL_SECONDS   (run by bench/startup-profile.sh)

Each execution sample (one every 10 ms per running Java thread) is put in the first phase below
that one of its frames belongs to; a phase's CPU time is its samples times 10 ms, and its span
runs from its first to its last sample, in seconds since the JVM started. Samples see Java code
only: time inside the JVM itself (parsing and verifying classes, compiling, collecting garbage)
is in no phase, and shows as the difference with the wall time and in the JVM's own counters."""
import json
import subprocess
import sys
from datetime import datetime

INTERVAL = 0.010

# (phase, frames that put a sample in it: "Class.method" prefixes), most specific first.
PHASES = [
    ("first check: LanguageTool's spelling suggestions",
     ["morfologik.speller.Speller.findReplacement", "MorfologikSpellerRule.calcSpellerSuggestions",
      "MorfologikSpeller.getSuggestions", "MultitokenSpeller.getSuggestions", "MultitokenSpeller.computeSuggestions"]),
    ("LanguageTool: spelling dictionaries and speller",
     ["LanguageToolPreload.loadSpelling", "MorfologikMultiSpeller.<init>", "SpellingCheckRule.init",
      "CFSA2Serializer.", "MorfologikSpellerRule.<init>", "French.getMultitokenSpeller", "MultitokenSpeller.<init>",
      "MorfologikMultiSpeller.getDictionary", "Dictionary.read"]),
    ("LanguageTool: tagger, disambiguator, tokenizers",
     ["LanguageToolPreload.loadAnalysis", ".getTagger", ".getDisambiguator", ".getChunker", "MultiWordChunker.lazyInit",
      ".getSentenceTokenizer", ".getWordTokenizer", "FrenchTagger.", "FrenchHybridDisambiguator.<init>"]),
    ("LanguageTool: rules (pattern rules, rule objects)",
     ["JLanguageTool.<init>", "PatternRuleLoader.", "XMLRuleHandler.", "DisambiguationRuleLoader.", "Language.getRelevantRules",
      "French.getRelevantRules", "LanguageToolDetector.<init>", "JLanguageTool.activateLanguageModelRules"]),
    ("first check: LanguageTool", ["JLanguageTool.check"]),
    ("first check: relecture's detectors and reconciliation",
     ["org.relecture.check.Checker.check", "org.relecture.check.Checker.whole", "org.relecture.check.Checker.across",
      "org.relecture.check.Checker.piece"]),
    ("relecture: rule library and detectors", ["org.relecture.rules.", "org.relecture.check."]),
    ("report", ["org.relecture.reports."]),
    ("command line, configuration, input", ["org.relecture."]),
]
JVM_ONLY = "JDK code outside relecture's (start-up, JFR)"


def events(recording, types):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "2048", "--events", ",".join(types), recording],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def time_of(value):
    """JFR's JSON times look like 2026-12-05T12:16:16.331866496Z (nanoseconds, which Python cannot read)."""
    day, _, fraction = value.rstrip("Z").partition(".")
    return datetime.fromisoformat(day + "+00:00").timestamp() + float("0." + (fraction or "0"))


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


def phase_of(frames):
    for phase, marks in PHASES:
        if any(mark in name for name in frames for mark in marks):
            return phase
    return JVM_ONLY


def main():
    recording, wall = sys.argv[1], float(sys.argv[2])
    info = events(recording, ["jdk.JVMInformation"])[0]["values"]
    start = time_of(info["jvmStartTime"])
    samples = events(recording, ["jdk.ExecutionSample"])
    cpu, first, last, threads = {}, {}, {}, {}
    main_at = None
    for event in samples:
        values = event["values"]
        frames = [frame_name(f) for f in values["stackTrace"]["frames"]]
        at = time_of(values["startTime"]) - start
        phase = phase_of(frames)
        cpu[phase] = cpu.get(phase, 0) + 1
        first[phase] = min(first.get(phase, at), at)
        last[phase] = max(last.get(phase, at), at)
        threads.setdefault(phase, set()).add(values["sampledThread"]["javaName"] or "?")
        if main_at is None and any(name.startswith("org.relecture.cli.Main.main") for name in frames):
            main_at = at
    compiler = events(recording, ["jdk.CompilerStatistics"])
    classes = events(recording, ["jdk.ClassLoadingStatistics"])
    gcs = events(recording, ["jdk.GarbageCollection"])
    jit_s = max((parse_duration(e["values"]["totalTimeSpent"]) for e in compiler), default=0)
    gc_s = sum(parse_duration(e["values"]["sumOfPauses"]) for e in gcs)
    loaded = max((e["values"]["loadedClassCount"] for e in classes), default=0)
    order = [p for p, _ in PHASES] + [JVM_ONLY]
    print("| phase | CPU in Java code (s) | from - to (s after JVM start) | threads |")
    print("|---|---|---|---|")
    for phase in sorted(cpu, key=order.index):
        print("| %s | %.2f | %.1f - %.1f | %s |" % (phase, cpu[phase] * INTERVAL, first[phase], last[phase],
                                               ", ".join(sorted(threads[phase]))))
    print("| total | %.2f | | |" % (sum(cpu.values()) * INTERVAL))
    print()
    print("Outside Java code (not sampled): JIT compilation %.2f s of compiler threads, garbage collection pauses "
          "%.2f s, and the JVM's own loading, linking and verifying of %d classes. First sample in relecture's `main` "
          "%.2f s after the JVM started (JFR's own start included). Wall time of the same run without JFR: %.2f s."
          % (jit_s, gc_s, loaded, main_at if main_at is not None else float("nan"), wall))


def parse_duration(value):
    """JFR's JSON durations look like "PT0.0123S"."""
    if isinstance(value, (int, float)):
        return value / 1e9
    value = value.strip("PTS")
    if "M" in value:
        minutes, seconds = value.split("M")
        return int(minutes) * 60 + float(seconds or 0)
    return float(value or 0)


if __name__ == "__main__":
    main()
