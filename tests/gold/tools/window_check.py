#!/usr/bin/env python3
"""Checks that a held-out set shares no sentence with any other text: every 15-character window
(whitespace removed) of the set's texts is looked up in all .txt files under tests/gold and the
shared samples (../shared/samples beside the repository), the set's own folder excluded. Prints
each matching window; exit 1 if any.

Usage: python3 tests/gold/tools/window_check.py tests/gold/heldout15
"""
import glob, os, re, sys

W = 15
TOOLS = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.dirname(TOOLS)
REPO = os.path.dirname(os.path.dirname(GOLD))
ROOTS = [GOLD, os.path.join(os.path.dirname(REPO), "shared", "samples")]


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    target = os.path.abspath(argv[1])
    corpus = []
    for root in ROOTS:
        for p in glob.glob(os.path.join(root, "**", "*.txt"), recursive=True):
            if os.path.abspath(p).startswith(target + os.sep):
                continue
            corpus.append(re.sub(r"\s+", "", open(p, encoding="utf-8", errors="replace").read()))
    big = "\n".join(corpus)
    hits = 0
    for f in sorted(glob.glob(os.path.join(target, "*.txt"))):
        t = re.sub(r"\s+", "", open(f, encoding="utf-8").read())
        seen = set()
        for i in range(len(t) - W + 1):
            w = t[i:i + W]
            if w in big and w not in seen:
                seen.add(w)
                hits += 1
                print(os.path.basename(f), w)
    print("matching windows:", hits, "corpus files:", len(corpus))
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
