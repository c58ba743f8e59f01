#!/usr/bin/env python3
"""Builds r01.json … r06.json (heldout3) from the annotations below and checks them against the texts.
Run from tests/gold/heldout3: python3 tools/build_gold.py"""
import json, re, sys
from collections import Counter

N = None
G = {}

def F(text, indicator, change=None, period=None, unit=None, value=None):
    m = re.match(r'^([0-9]+(?:\.[0-9]+)?)(余|多)?(.+)$', text)
    v = float(m.group(1)); v = int(v) if v == int(v) and '.' not in m.group(1) else v
    return {"text": text, "value": value if value is not None else v,
            "unit": unit or m.group(3), "indicator": indicator, "change": change, "period": period}

def GEN(text):
    return {"text": text, "generic": True}

G['r01'] = dict(
 people=[("夏立军", "市委书记"), ("苏文涛", "市委副书记、市长"), ("韩德胜", "市人大常委会主任"),
         ("葛玉兰", "市政协主席"), ("邵明远", "市委常委、常务副市长"), ("迟雪梅", "记者"), ("鞠晓东", "通讯员")],
 places=["大连市", "大连", "日本", "韩国", "长兴岛经济区", "金普新区", "甘井子区", "瓦房店市", "庄河市",
         "大连自贸片区"],
 orgs=["市委", "市人大常委会", "市政协", "省委", "省政府", "恒力石化（大连）炼化有限公司",
       "英特尔半导体存储技术（大连）有限公司", "大连理工大学", "中国科学院大连化学物理研究所",
       "市发展改革委", "市工业和信息化局", "市商务局", "大连海关", "国家税务总局大连市税务局",
       "中国进出口银行大连分行", "大连银行股份有限公司", "市统计局", "市住房和城乡建设局",
       GEN("各地区、各部门"), GEN("各地区各部门")],
 figures=[
  F("6936.2亿元", "地区生产总值", N, "前三季度"), F("5.9%", "地区生产总值", "增长", "前三季度"),
  F("8.7%", "规模以上工业增加值", "增长", "前三季度"), F("11.4%", "石化产业增加值", "增长", "前三季度"),
  F("2.96亿吨", "港口货物吞吐量", N, "前三季度"), F("3.1%", "港口货物吞吐量", "增长", "前三季度"),
  F("3512.8亿元", "外贸进出口总额", N, "前三季度"), F("4.6%", "外贸进出口总额", "增长", "前三季度"),
  F("6.2%", "对日本、韩国进出口", "增长", "前三季度"), F("7.8%", "对日本、韩国进出口", "增长", "前三季度"),
  F("45个", "新开工亿元以上项目", N, "四季度"),
 ],
 quotes=[("稳中有进、进中向好", "quote"), ("挂号销号", "quote"), ("东北全面振兴‘大连答卷’", "quote"),
         ("大连答卷", "quote"), ("人民至上、生命至上", "quote")],
 outline=[(1, "首先", "要紧盯全年目标不放松，对落后指标逐项“挂号销号”。"),
          (1, "其次", "要全力扩大有效投资，四季度确保新开工亿元以上项目45个，加快推进长兴岛经济区、金普新区等重点区域项目建设。"),
          (1, "最后", "要扎实做好民生保障和安全生产，确保群众温暖过冬。")],
)

G['r02'] = dict(
 people=[],
 places=["山东省", "济南市", "青岛市", "烟台市", "济南", "青岛"],
 orgs=["山东省工业和信息化厅", "山东省财政厅", "中国人民银行山东省分行", "省工业和信息化厅", "省财政厅",
       "国家开发银行山东省分行", "中国工商银行山东省分行", "齐鲁银行股份有限公司", "山东大学",
       "山东产业技术研究院", "省工业和信息化厅技术改造处",
       GEN("各市工业和信息化局、财政局"), GEN("人民银行各市分行"), GEN("各有关金融机构")],
 figures=[
  F("1000万元", "贷款额"), F("50%", "贴息"), F("500万元", "年度贴息金额"),
  F("3个", "城市"), F("2亿元", "专项额度"),
 ],
 quotes=[("山东省制造业数字化转型行动方案", "book_title"), ("山东省技术改造服务平台", "quote"),
         ("技改贷", "quote"), ("诊断＋方案＋融资", "quote")],
 outline=[(1, "一、", "支持范围"), (1, "二、", "支持标准和方式"), (2, "（一）", "贴息标准"),
          (3, "1.", "对单个项目贷款额1000万元以上的，按照贷款实际支付利息的50%给予贴息。"),
          (3, "2.", "单个企业年度贴息金额最高不超过500万元，贴息期限最长不超过2年。"),
          (2, "（二）", "办理方式"), (3, "1.", "企业申报。"), (3, "2.", "银行核验。"), (3, "3.", "资金拨付。"),
          (1, "三、", "试点安排"), (1, "四、", "工作要求")],
)

G['r03'] = dict(
 people=[("德米特里·沃尔科夫", "俄罗斯哈巴罗夫斯克边疆区政府第一副主席"), ("姜思远", "黑龙江省委常委、副省长"),
         ("冯亚楠", "省外办主任"), ("车东升", "省商务厅副厅长"),
         ("叶莲娜·斯米尔诺娃", "俄罗斯驻哈尔滨总领事馆总领事"), ("孔令晖", "哈尔滨市委副书记、市长"),
         ("董玉洁", "副市长"), ("牟振华", "佳木斯市委书记"), ("阿列克谢·波波夫", "俄罗斯远东铁路局副局长"),
         ("曲晓东", "记者"), ("赫明", "通讯员"), ("于佳丽", "通讯员")],
 places=["俄罗斯", "哈巴罗夫斯克边疆区", "黑龙江", "黑龙江省", "哈尔滨市", "哈尔滨", "佳木斯市", "抚远市",
         "中国（黑龙江）自由贸易试验区哈尔滨片区", "黑瞎子岛", "乌苏里江"],
 orgs=["哈巴罗夫斯克边疆区政府", "黑龙江省委", "边疆区政府", "省外办", "省商务厅", "俄罗斯驻哈尔滨总领事馆",
       "哈电集团哈尔滨电机厂有限责任公司", "哈尔滨工业大学", "东北农业大学", "太平洋国立大学",
       "哈尔滨市委", "佳木斯市委", "黑龙江省商务厅", "哈巴罗夫斯克边疆区经济发展部", "龙江森工集团",
       "北大荒农垦集团有限公司", "哈尔滨银行股份有限公司", "俄罗斯远东铁路局"],
 figures=[
  F("1568.4亿元", "对俄进出口总额", N, "1—9月"), F("7.6%", "对俄进出口总额", "增长", "1—9月"),
  F("13.2%", "占全国对俄贸易的比重", N, "1—9月"), F("386万吨", "过货量", N, "今年"),
  F("11项", "合作协议"), F("4.2亿美元", "涉及金额"),
 ],
 quotes=[("界河", "quote"), ("通道", "quote")],
 outline=[],
)

G['r04'] = dict(
 people=[("马永祥", "渭源县委书记"), ("包文斌", "县委副书记、县长"), ("杨慧芳", "县领导"), ("石志军", "县领导")],
 places=["渭源县", "会川镇", "清源镇", "渭源", "渭源中药材产业园", "兰州", "天水", "渭河"],
 orgs=["渭源县委", "县委", "甘肃陇原中药材有限公司", "县农业农村局", "甘肃农业大学", "定西市农业科学研究院",
       "县发展和改革局", "县工业和商务信息化局", "甘肃银行定西分行", "渭源县农村信用合作联社", "县委农办",
       "县委督查室", "县纪委监委", GEN("各乡镇、县直各部门")],
 figures=[
  F("32.6万亩", "中药材种植面积"), F("28万亩", "马铃薯种植面积"), F("46个", "标准化种植基地"),
  F("9865元", "农村居民人均可支配收入", N, "前三季度"), F("8.1%", "农村居民人均可支配收入", "增长", "前三季度"),
  F("38.7亿元", "区域公用品牌价值"), F("15万亩", "脱毒种薯推广面积", N, "明年"),
  F("8个", "农产品加工项目", N, "全年"), F("6.5亿元", "新增涉农贷款", N, "今年"),
 ],
 quotes=[("马铃薯、中药材、草牧业", "quote"), ("渭源党参", "quote"), ("党参贷", "quote"), ("种薯贷", "quote"),
         ("一把手", "numbered"), ("咬定青山不放松", "quote")],
 outline=[(1, "一、", "认清形势，进一步增强发展特色产业的信心"), (1, "二、", "突出重点，推动特色产业提质增效"),
          (2, "（一）", "抓好种业振兴。"), (2, "（二）", "抓好精深加工。"), (2, "（三）", "抓好金融支持。"),
          (1, "三、", "压实责任，确保各项任务落地见效")],
)

G['r05'] = dict(
 people=[],
 places=["吉林省", "长春市", "吉林市", "延边朝鲜族自治州", "长春新区", "长白山保护开发区"],
 orgs=["吉林省统计局", "国家统计局吉林调查总队", "吉林大学", "东北师范大学",
       "中国科学院长春光学精密机械与物理研究所"],
 figures=[
  F("14652.8亿元", "地区生产总值", N, "全年"), F("4.8%", "地区生产总值", "增长", "全年"),
  F("1756.3亿元", "第一产业增加值"), F("4.6%", "第一产业增加值", "增长"),
  F("4918.5亿元", "第二产业增加值"), F("5.3%", "第二产业增加值", "增长"),
  F("7978.0亿元", "第三产业增加值"), F("4.5%", "第三产业增加值", "增长"),
  F("62845元", "人均地区生产总值", N, "全年"), F("5.6%", "人均地区生产总值", "增长", "全年"),
  F("7326.4亿元", "地区生产总值"), F("5.1%", "地区生产总值", "增长"),
  F("1758.9亿元", "地区生产总值"), F("4.3%", "地区生产总值", "增长"),
  F("1012.6亿元", "地区生产总值"), F("4.0%", "地区生产总值", "增长"),
  F("2315万人", "常住人口", N, "年末"), F("17万人", "常住人口", "减少", "年末"),
  F("8.9万人", "出生人口", N, "全年"), F("3.83‰", "出生率", N, "全年"),
  F("18.6万人", "死亡人口", N, "全年"), F("8.01‰", "死亡率", N, "全年"),
  F("9018.5万亩", "粮食种植面积", N, "全年"), F("22.6万亩", "粮食种植面积", "增加", "全年"),
  F("4193.2万吨", "粮食总产量", N, "全年"), F("1.4%", "粮食总产量", "增长", "全年"),
  F("3265.7万吨", "玉米产量"), F("1.8%", "玉米产量", "增长"),
  F("689.4万吨", "水稻产量"), F("0.6%", "水稻产量", "下降"),
  F("345.6万头", "肉牛存栏", N, "年末"), F("6.9%", "肉牛存栏", "增长", "年末"),
  F("6.3%", "规模以上工业增加值", "增长", "全年"),
  F("8.4%", "汽车制造业增加值", "增长"), F("3.7%", "石油化工业增加值", "增长"), F("5.9%", "医药产业增加值", "增长"),
  F("268.5万辆", "汽车产量", N, "全年"), F("7.3%", "汽车产量", "增长", "全年"),
  F("45.2万辆", "新能源汽车产量", N, "全年"), F("42.8%", "新能源汽车产量", "增长", "全年"),
  F("2.1%", "固定资产投资", "增长", "全年"), F("3.4%", "民间投资", "下降"),
  F("4326.5亿元", "社会消费品零售总额", N, "全年"), F("4.2%", "社会消费品零售总额", "增长", "全年"),
  F("3.25亿人次", "接待国内游客", N, "全年"), F("9.6%", "接待国内游客", "增长", "全年"),
  F("5218.7亿元", "国内旅游收入", N, "全年"), F("12.1%", "国内旅游收入", "增长", "全年"),
  F("30268元", "居民人均可支配收入", N, "全年"), F("5.3%", "居民人均可支配收入", "增长", "全年"),
  F("40125元", "城镇居民人均可支配收入"), F("4.3%", "城镇居民人均可支配收入", "增长"),
  F("20486元", "农村居民人均可支配收入"), F("6.5%", "农村居民人均可支配收入", "增长"),
  F("26.8万人", "城镇新增就业", N, "全年"), F("5.1%", "城镇调查失业率", N, "年末"),
  F("12个", "国家级重点实验室", N, "年末"), F("3860家", "国家级高新技术企业", N, "年末"),
  F("4.12万件", "专利授权量", N, "全年"), F("5.7%", "专利授权量", "增长", "全年"),
  F("22.6万人", "普通高等教育招生", N, "全年"), F("76.3万人", "在校生", N, "全年"),
  F("186项", "国家重点研发计划项目", N, "全年"),
 ],
 quotes=[],
 outline=[(1, "一、", "综合"), (1, "二、", "农业"), (1, "三、", "工业"), (1, "四、", "固定资产投资和国内贸易"),
          (1, "五、", "人民生活"), (1, "六、", "科学技术和教育")],
)

G['r06'] = dict(
 people=[("谭思雨", "记者"), ("罗俊峰", "市委常委、两江新区党工委书记"), ("程雪", "副市长"),
         ("蒋振宇", "重庆大学党委书记、校长"), ("马可·罗西", "意大利倍耐力轮胎公司亚太区总裁")],
 places=["两江新区", "两江协同创新区", "重庆", "渝北区", "沙坪坝区"],
 orgs=["市委", "两江新区党工委", "重庆大学", "重庆长安汽车股份有限公司", "两江新区管委会",
       "赛力斯集团股份有限公司", "宁德时代新能源科技股份有限公司", "意大利倍耐力轮胎公司",
       "重庆大学机械与运载工程学院", "中国汽车工程研究院股份有限公司", "重庆邮电大学",
       "中国科学院重庆绿色智能技术研究院", "中国建设银行重庆市分行", "重庆农村商业银行股份有限公司",
       "市经济信息委", "市科技局", "市投资促进局", GEN("各有关部门")],
 figures=[
  F("17个", "签约项目"), F("218.6亿元", "总投资"), F("5个", "外资项目"),
  F("98.6万辆", "汽车产量", N, "1—10月"), F("16.3%", "汽车产量", "增长", "1—10月"),
  F("60%", "新能源汽车产量占比", N, "1—10月"), F("56亿元", "总投资"),
  F("30项", "关键核心技术"), F("500名", "博士、硕士研究生"), F("120亿元", "授信总额"),
 ],
 quotes=[("链长制", "quote"), ("整车＋核心零部件＋软件", "quote"), ("智造重镇", "quote"), ("智慧名城", "quote"),
         ("教授进园区、成果进企业", "quote"), ("金牌店小二", "quote")],
 outline=[(1, "一是", "签约项目要早开工、早投产"), (1, "二是", "高校院所要和企业联合攻关"),
          (1, "三是", "各有关部门要当好服务企业的“金牌店小二”，推动项目早日见效。")],
)

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
