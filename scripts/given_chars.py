#!/usr/bin/env python3
"""Prints the chars of `GIVEN_CHARS` in src/core/extract/persons.rs.

Chars that stand in given names far more often than in words, read from
jieba's dictionary (assets/jieba/jieba_dict.txt.gz, MIT): the given names of
its three-char `nr` entries (frequency 5 or less) that start with a surname of
src/core/extract/surnames.txt; a char is kept when it stands there at least
five times and at least three times as often (by share) as in the
dictionary's words weighted by their frequency. Kinship, title and place
chars are left out. Most frequent first.

    python3 scripts/given_chars.py
"""
import collections
import gzip
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
BAN = set("村镇寺郡堂帝爷弟兄僧师哥叔氏王侯臣庄寨陵溪川郎卿掌诸孙姆儿公子女妹姐嫂婆娘姑舅伯翁夫人老小大")


def main():
    surnames = set()
    with open(os.path.join(ROOT, "src/core/extract/surnames.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            for w in line.split():
                if len(w) > 2:
                    surnames.update(w)
    given, words = collections.Counter(), collections.Counter()
    total = given_total = 0
    path = os.path.join(ROOT, "assets/jieba/jieba_dict.txt.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 3:
                continue
            word, freq, tag = parts[0], int(parts[1]), parts[2]
            for c in word:
                words[c] += freq
            total += freq * len(word)
            if tag == "nr" and len(word) == 3 and word[0] in surnames and freq <= 5:
                for c in word[1:]:
                    given[c] += 1
                    given_total += 1
    keep = [
        c
        for c in given
        if given[c] >= 5
        and (given[c] / given_total) / ((words[c] + 1) / total) >= 3
        and c not in BAN
    ]
    keep.sort(key=lambda c: -given[c])
    print("".join(keep))


if __name__ == "__main__":
    main()
