#!/usr/bin/env python3
"""Checks every 15-character window (whitespace removed) of this set's texts against all .txt files under
tests/gold and shared/samples (this set's own folder excluded). Prints each matching window; exit 1 if any."""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.abspath(os.path.join(HERE, ".."))
ROOTS = ["/work/main/tests/gold", "/work/shared/samples"]
W = 15
corpus = []
for root in ROOTS:
    for p in glob.glob(os.path.join(root, "**", "*.txt"), recursive=True):
        if os.path.abspath(p).startswith(SET + os.sep):
            continue
        corpus.append(re.sub(r"\s+", "", open(p, encoding="utf-8", errors="replace").read()))
big = "\n".join(corpus)
hits = 0
for f in sorted(glob.glob(os.path.join(SET, "n0*.txt"))):
    t = re.sub(r"\s+", "", open(f, encoding="utf-8").read())
    seen = set()
    for i in range(len(t) - W + 1):
        w = t[i:i + W]
        if w in big and w not in seen:
            seen.add(w); hits += 1
            print(os.path.basename(f), w)
print("matching windows:", hits, "corpus files:", len(corpus))
sys.exit(1 if hits else 0)
