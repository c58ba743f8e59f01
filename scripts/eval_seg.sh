#!/usr/bin/env bash
# Segmentation quality on the SIGHAN 2005 bakeoff sets (issue 15): Wenxi's
# analysis tokens against plain jieba, P/R/F1 and OOV recall.
#   bash scripts/eval_seg.sh /path/to/sighan2005      (icwb2-data layout)
# The data is for research use only: it is read from the path given and
# never copied into this repository. A second argument names a directory
# where Wenxi's segmentations are written for the bakeoff's own scorer
# (perl DATA/scripts/score DATA/gold/pku_training_words.utf8
#  DATA/gold/pku_test_gold.utf8 OUT/pku.utf8).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?usage: eval_seg.sh SIGHAN2005_DIR [OUT_DIR]}
out=${2:-}
cargo build --release --quiet --example eval_seg
bin="${CARGO_TARGET_DIR:-target}/release/examples/eval_seg"
for corpus in msr pku; do
    echo "## $corpus"
    "$bin" "$data/testing/${corpus}_test.utf8" "$data/gold/${corpus}_test_gold.utf8" \
        "$data/gold/${corpus}_training_words.utf8" ${out:+"$out/$corpus.utf8"}
    echo
done
