"""Python jieba (PyPI) on the benchmark corpus: the peer most users run today."""
import json
import sys
import time

import jieba

text = open(sys.argv[1], encoding="utf-8").read()
t0 = time.perf_counter()
jieba.initialize()
init = time.perf_counter() - t0
runs = []
for _ in range(2):
    t = time.perf_counter()
    n = sum(1 for _ in jieba.cut(text, HMM=True))
    runs.append(time.perf_counter() - t)
print(json.dumps({"init_s": init, "runs_s": runs, "tokens": n, "chars": len(text), "version": jieba.__version__}))
