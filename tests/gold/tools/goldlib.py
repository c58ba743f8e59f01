"""Shared by the gold builders of dev16 and heldout3 (`*/tools/build_gold.py`): the figure and
generic-body helpers, and `build(G)`, which writes each text's JSON from its annotations and checks
them against the text (names, titles, places, bodies, indicators, changes and periods occur verbatim;
a person's count is the name's occurrences; figures occur as often as listed and in text order; every
quoted span is in the gold with its count; outline markers in order, each followed by its text;
600–1500 Han chars per text). Run a builder from its set's folder."""
import json, re, sys
from collections import Counter

N = None


def F(text, indicator, change=None, period=None, unit=None, value=None):
    # `30多家` → 家; `4万多元` → 万元 (the approximate marker is no part of the unit)
    m = re.match(r'^([0-9]+(?:\.[0-9]+)?)(余|多)?(万|亿)?(余|多)?(.+)$', text)
    v = float(m.group(1)); v = int(v) if v == int(v) and '.' not in m.group(1) else v
    return {"text": text, "value": value if value is not None else v,
            "unit": unit or (m.group(3) or '') + m.group(5), "indicator": indicator, "change": change, "period": period}


def C(text, value, unit, indicator, change=None, period=None):
    """A figure written with a Chinese numeral and a measure word (`两成` → value 2, unit 成)."""
    return {"text": text, "value": value, "unit": unit, "indicator": indicator, "change": change, "period": period}


def GEN(text):
    return {"text": text, "generic": True}


def build(G):
    errors = []
    def check(cond, msg):
        if not cond: errors.append(msg)

    totals = Counter()
    for s, g in G.items():
        t = open(f"{s}.txt", encoding="utf-8").read()
        out = {"sample": s, "people": [], "places": g["places"], "orgs": g["orgs"],
               "figures": g["figures"], "quotes": [], "outline": []}
        for name, title in g["people"]:
            c = t.count(name)
            check(c > 0, f"{s}: person {name} missing")
            check(title in t, f"{s}: title {title} missing")
            # title right before or after the name, or before a 、-list of names that ends with it
            near = re.search(re.escape(title) + r" ?(?:[^，。、\s]{1,8}[、 ])*" + re.escape(name), t)
            check(near or (name + title) in t, f"{s}: title {title} not next to {name}")
            out["people"].append({"name": name, "title": title, "count": c})
        check(len(set(g["places"])) == len(g["places"]), f"{s}: duplicate place")
        for p in g["places"]:
            check(p in t, f"{s}: place {p} missing")
        onames = [o["text"] if isinstance(o, dict) else o for o in g["orgs"]]
        check(len(set(onames)) == len(onames), f"{s}: duplicate org")
        for o in onames:
            check(o in t, f"{s}: org {o} missing")
        # figures: each gold text occurs exactly as often as listed, and in text order
        fc = Counter(f["text"] for f in g["figures"])
        for ftxt, n in fc.items():
            occ = len(re.findall(r'(?<![0-9.])' + re.escape(ftxt), t))
            check(occ == n, f"{s}: figure {ftxt} listed {n} times, occurs {occ}")
        pos = 0
        for f in g["figures"]:
            m = re.compile(r'(?<![0-9.])' + re.escape(f["text"])).search(t, pos)
            check(m is not None, f"{s}: figure {f['text']} not in text order")
            if m: pos = m.end()
            check(f["indicator"] in t, f"{s}: indicator {f['indicator']} missing")
            if f["change"]: check(f["change"] in t, f"{s}: change {f['change']} missing")
            if f["period"]: check(f["period"] in t, f"{s}: period {f['period']} missing")
        # every quoted span in the text is in the gold; count = quoted occurrences
        # (content compared after dropping a trailing ，/。)
        allq = [("q", q) for q in re.findall(r'“([^”]*)”', t) + re.findall(r'‘([^’]*)’', t)] + \
               [("b", q) for q in re.findall(r'《([^》]*)》', t)]
        qc = Counter((k, q.rstrip('，。,')) for k, q in allq)
        gq = {q for q, _ in g["quotes"]}
        check(len(gq) == len(g["quotes"]), f"{s}: duplicate quote")
        for q, kind in g["quotes"]:
            c = qc[("b", q)] if kind == "book_title" else qc[("q", q)]
            check(c > 0, f"{s}: quote {q} missing")
            if kind == "numbered":
                check(q[0] in "一二三四五六七八九十百千万两0123456789" and len(q) <= 8 and "、" not in q,
                      f"{s}: {q} is not a numbered name")
            out["quotes"].append({"text": q, "kind": kind, "count": c})
        for k, q in allq:
            q2 = q.rstrip('，。,')
            check(q2 in gq, f"{s}: quoted {q2} not in gold")
        pos = 0
        for level, marker, text in g["outline"]:
            i = t.find(marker, pos)
            check(i >= 0, f"{s}: marker {marker} not found after {pos}")
            after = t[i + len(marker):].lstrip("，,")
            check(after.startswith(text), f"{s}: outline text {text!r} != {after[:len(text)]!r}")
            pos = i + 1
            out["outline"].append({"marker": marker, "text": text, "level": level})
        with open(f"{s}.json", "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        han = len(re.findall(r'[\u4e00-\u9fff]', t))
        check(600 <= han <= 1500, f"{s}: {han} Chinese characters")
        n = {k: len(v) for k, v in out.items() if isinstance(v, list)}
        n["generic"] = sum(isinstance(o, dict) for o in g["orgs"])
        totals.update(n)
        print(s, "han", han, n)

    print("total", dict(totals))
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("all checks passed")
