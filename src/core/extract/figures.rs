//! Figures: numbers with units, what they measure, their change and period.
//!
//! Economic reports state figures as `indicator [change] number unit`
//! (`共完成投资583.9亿元`, `高于序时进度17.6个百分点`) or as
//! `number count-unit noun` (`28个省重大项目`, `10件民生实事项目`). The pass
//! finds a number (Arabic, with `.`/thousands commas, or Chinese numerals),
//! requires a unit from a fixed list right after it, and rejects dates and
//! ordinals: `8月30—31日`, `2021年`, `1—7月` (a period), `第3`, and formula
//! parts (`3+5+X`). Chinese numerals count only with a measure word
//! (`四个月`, `十项`, `两月`), never as a bare `一` (an article in `一项工程`)
//! and never inside quotation marks, where they name slogans (`“两个专班”`).
//!
//! The indicator is the text between the previous clause break (or figure)
//! and the number, with change, period and filler words removed; for count
//! units it is the noun that follows (`15个难点事项`). The period is the
//! nearest period expression earlier in the sentence.

use super::{is_clause_break, is_han, Text};
use crate::core::report::Figure;

char_set!(is_numeral_char, "零一二三四五六七八九十两百千万亿");
// (numerals after a count: `两个一百年`, a phrase, not a figure)
char_set!(count_numeral, "一二三四五六七八九十两百千");

lexicon!(lex_units, UNITS);
lexicon!(lex_cn_units, CN_UNITS);
lexicon!(lex_unmeasured, UNMEASURED);
lexicon!(lex_periods, PERIODS);

/// Units after Arabic numbers, longest first.
#[rustfmt::skip]
const UNITS: &[&str] = &[
    // compound counts and rates first, before the simple unit they start
    // with (`1860家次`, `1268件次`, `1520台套`, `0.4个千分点`,
    // `1.86克/千克`, `18微克/立方米`)
    "万家次", "家次", "万件次", "件次", "万艘次", "艘次", "万架次", "架次", "航次", "班次", "台套", "个千分点", "微克/立方米", "毫克/立方米", "毫克/千克", "克/千克",
    // (a wind's speed: `42米/秒`)
    "米/秒",
    // wells, bags, orders, letters (`417眼`, `2400袋`, `3.8万单`, `5000多封`)
    "眼", "万袋", "袋", "万单", "单", "封",
    "个百分点", "个工作日", "个基点", "万平方公里", "平方公里", "万平方米", "平方米", "亿美元", "万美元", "美元", "万亿元", "亿元", "万元", "千元", "元", "%", "‰",
    "亿人次", "万人次", "人次", "万人", "万户次", "户次", "万户", "万吨标准煤", "万吨", "亿吨", "吨标准煤", "万亩", "万辆", "亿千瓦时", "万千瓦时", "万千瓦", "千瓦时", "千瓦",
    "立方米每秒", "亿立方米", "万立方米", "立方米", "万公顷", "公顷", "万标准箱", "标准箱", "万公里", "公斤", "千克", "毫米",
    "万个", "万家", "万名", "万件", "万台", "万套", "万只", "万部", "万册", "万张",
    "个月", "个", "项", "家", "件", "户", "亩", "吨",
    "公里", "千米", "米", "天", "倍", "辆", "台", "套", "所", "座", "名", "条", "万头", "头", "只", "张", "部", "册", "起", "例", "人",
    // counts in news, sport and culture (`射门17次`, `打进14球`, `积52分`,
    // `64列旅游专列`, `12场讲座`), with their magnitudes
    "亿欧元", "万欧元", "欧元", "亿日元", "万日元", "日元", "亿英镑", "万英镑", "英镑", "亿港元", "万港元", "港元",
    "亿台", "亿个", "亿件", "亿只", "亿棵", "万棵", "棵", "万株", "株", "亿剂次", "万剂次", "剂次", "亿剂", "万剂", "剂", "亿次", "万次", "次",
    "万场", "场", "小时", "分钟", "秒", "周", "球", "分", "块", "位", "篇", "万批次", "批次", "批", "支", "枚", "艘", "架", "列", "筐",
    "间", "处", "种", "字",
    // buildings, wells and ponds, scheduled runs (`12栋`, `300多口`, `68班`)
    "栋", "幢", "口", "班",
    // foreign currencies, power, seats, sets, pieces, volumes, degrees
    // (`1200亿挪威克朗`, `12吉瓦`, `48席`, `2局`, `186片`, `12卷`, `35.1℃`)
    "亿挪威克朗", "挪威克朗", "亿瑞典克朗", "瑞典克朗", "亿丹麦克朗", "丹麦克朗", "亿卢布", "万卢布", "卢布",
    "亿韩元", "万韩元", "韩元", "亿卢比", "卢比", "亿澳元", "万澳元", "澳元", "亿加元", "加元",
    "亿瑞士法郎", "瑞士法郎", "亿新加坡元", "新加坡元", "亿泰铢", "泰铢", "亿雷亚尔", "雷亚尔",
    "吉瓦", "兆瓦", "亿名", "席", "局", "片", "万片", "卷", "℃",
    // cases, racks, milliseconds, poems, steles, batches (`4.6万例`,
    // `8.6万架`, `18毫秒`, `1500多首`, `260余通`, `2300多批次`)
    "万例", "万架", "毫秒", "首", "通",
    // rounds, transactions, concentrations (`7轮`, `2100余笔`, `0.46毫克/升`)
    "轮", "万笔", "笔", "毫克/升",
    // votes, copies and samples, basis points, degrees, fry, pairs, containers, jin
    "基点", "票", "份", "摄氏度", "万尾", "尾", "双", "万标箱", "标箱", "亿斤", "万斤", "斤",
    // people by the hundred million, doses, boxes moved by a crane, trains,
    // and a rate per 100,000 (`7.3亿人`, `18.7万剂次`, `48.6自然箱`,
    // `1.08万列`, `147.52/10万`)
    "亿人", "万自然箱", "自然箱", "万列", "/10万",
    // wind and earthquake measures, pressure, lengths and volumes, satellites,
    // issues and questionnaires (`14级`, `42米/秒`, `955百帕`, `38厘米`,
    // `2400毫升`, `3颗`, `23期`, `3.2万份`)
    "级", "百帕", "厘米", "毫升", "颗", "期", "万份", "岁",
];

/// Units after Chinese numerals (measure words), longest first.
#[rustfmt::skip]
const CN_UNITS: &[&str] = &[
    "个百分点", "个月", "亿元", "万元", "元", "个", "项", "家", "件", "户", "天", "倍", "月",
    // tenths (`降低三成`, `四成以上`)
    "成",
    // land, weight and distance in words (`两公顷`)
    "公顷", "亩", "吨", "公里",
    // places and buildings counted in words (`两处`, `两座泵站`)
    "处", "座",
];

/// Units that count things: their indicator is the noun that follows.
#[rustfmt::skip]
const COUNT_UNITS: &[&str] = &[
    "个", "项", "家", "件", "户", "所", "座", "台", "套", "辆", "名", "条", "头", "只", "张", "部", "册", "起", "例",
    "万个", "万家", "万名", "万件", "万台", "万套", "万只", "万部", "万册", "万张",
    "亿台", "亿个", "亿件", "亿只", "亿棵", "万棵", "棵", "万株", "株", "亿剂", "万剂", "剂", "亿次", "万次", "次",
    "万场", "场", "块", "位", "篇", "批", "支", "枚", "艘", "架", "列", "筐", "间", "处", "种",
    "票", "份", "双", "尾", "万尾", "万例", "万架", "首", "通", "万批次", "批次", "轮", "万笔", "笔",
    "户次", "万户次", "万户", "万辆", "万头",
    "家次", "万家次", "件次", "万件次", "台套", "眼", "袋", "万袋", "单", "万单", "封",
    "栋", "幢", "口", "亿名", "席", "局", "片", "万片", "卷",
];

/// Nouns after a count unit that name no measured thing: `两个世纪`,
/// `三个方面`, `四项基本原则`, `两个维护` are phrases, not figures.
#[rustfmt::skip]
const UNMEASURED: &[&str] = &[
    "方面", "世纪", "原则", "基本原则", "代表", "意识", "自信", "维护", "确立", "全面", "层次", "阶段", "环节",
    "维度", "角度", "途径", "关系", "问题", "坚持", "必须", "务必", "结合", "转变", "统筹", "特点", "方向",
    "作风", "字", "一百年", "百年", "文明", "优先", "服务", "提升", "推动", "着力",
];

/// Comparison phrases: they say what a change is measured against, never
/// what is measured (`比上年增长5.0%` measures the subject named before).
#[rustfmt::skip]
const COMPARISONS: &[&str] = &[
    "按不变价格计算", "按可比价格计算", "按可比口径计算", "扣除价格因素", "比上年同期", "比去年同期", "比上年末",
    "比上年全年", "比上年", "比去年", "比上一届", "比上届", "较上届", "与上届相比", "比上月", "比上季度", "比年初", "较上年同期", "较去年同期", "较上年末", "较上年", "较去年",
    "较年初", "与上年相比", "按可比口径", "可比口径", "同口径", "同比", "环比",
    // against an earlier part of the year (`增速比上半年加快0.4个百分点`)
    "比上半年", "比一季度", "比前三季度", "比1—8月", "比上月末", "较上月", "较上半年", "较一季度",
    "较前三季度",
];

/// Time spans: the indicator may follow (`两个月招商引资`).
const TIME_UNITS: &[&str] = &[
    "个月",
    "月",
    "天",
    "个工作日",
    "小时",
    "分钟",
    "秒",
    "毫秒",
    "周",
];

/// Change words, longest first, and the direction each reports.
#[rustfmt::skip]
const CHANGES: &[(&str, &str)] = &[
    ("同比增长", "增长"), ("同比下降", "下降"), ("同比提高", "提高"), ("增长", "增长"), ("下降", "下降"), ("提高", "提高"),
    ("回落", "回落"), ("高于", "高于"), ("低于", "低于"), ("增加", "增加"), ("减少", "减少"), ("上升", "上升"),
    ("提升", "提升"), ("增长了", "增长"), ("同比上涨", "上涨"), ("上涨", "上涨"), ("下跌", "下跌"), ("降低", "降低"),
    ("缩短", "缩短"), ("延长", "延长"),
    // words of pace, gap, rates and normal years; read only right before
    // the number (`增速比上半年加快0.2个百分点`, `降幅收窄0.5个百分点`,
    // `较常年同期偏少41%`, `下调50个基点`), not as the verb of a clause
    // (`加快建设12个园区`)
    ("加快", "加快"), ("放缓", "放缓"), ("收窄", "收窄"), ("扩大", "扩大"), ("偏少", "偏少"),
    ("偏多", "偏多"), ("下调", "下调"), ("上调", "上调"), ("回升", "回升"),
];

/// Change words of [`CHANGES`] that are a change only right before the
/// number (elsewhere they are verbs: `加快建设`, `扩大开放`).
const ADJACENT_CHANGES: &[&str] = &[
    "加快", "放缓", "收窄", "扩大", "偏少", "偏多", "下调", "上调", "回升",
];

/// Period expressions (besides month ranges like `1—7月`), longest first.
#[rustfmt::skip]
const PERIODS: &[&str] = &[
    "第一季度", "第二季度", "第三季度", "第四季度", "过去一年", "过去两年", "过去三年", "过去五年",
    "前三季度", "今年以来", "去年以来", "近年以来", "近年来", "一季度", "二季度", "三季度", "四季度", "上半年", "下半年", "本赛季", "上赛季", "全年",
    "今年", "去年", "明年", "年内", "年度", "同期", "当年", "年末", "年初",
];

/// Filler stripped from the ends of an indicator.
#[rustfmt::skip]
const FILLER: &[&str] = &[
    "加快推进", "确保", "推动", "力争", "实现", "我市", "全市", "共", "累计", "达到", "达", "为", "超过", "超", "约", "近",
    "仅剩", "剩下的", "剩", "的", "后", "那么", "更要", "和", "及", "要", "全国", "全省", "全区", "全县", "其中",
    "初步核算", "已",
];

/// Words that open a clause but are not what it measures (stripped from the
/// start of an indicator only).
#[rustfmt::skip]
const LEAD: &[&str] = &[
    "本报讯", "据统计", "另外", "此外", "同时", "而", "来", "其余",
    // the approximation of a figure before it in the clause (`从300人次左右
    // 上升到850人次左右`)
    "左右", "以上", "以下",
];

/// Modal and linking words before a number (stripped from the end of an
/// indicator only): `贸易量预计为`, `职位只有`, `冠军将分别获得`.
#[rustfmt::skip]
const TRAIL: &[&str] = &[
    "预计为", "预计", "将", "可达", "可", "只有", "仅有", "至少", "分别", "也", "都", "已经", "就", "能",
    "到", "是", "获得", "有", "降至", "降到", "已",
];

/// Verbs whose object, written after the figure, is what the figure
/// measures (`提供4500万美元优惠贷款`, `预置1.2万吨粮食`).
#[rustfmt::skip]
const OBJECT_VERBS: &[&str] = &[
    "提供", "预置", "储备", "调运", "发放", "拨付", "下达", "筹集", "捐赠", "捐助", "援助", "种植", "收购",
    "运送", "投放", "设立",
    // (building a length or a number of something: `连夜打通3公里便道`)
    "打通", "修建", "新建", "铺设", "开通", "安排",
];

/// Bounds between a verb and its figure (`安排不少于5000万元专项资金`),
/// passed over when the verb decides what is measured.
const BOUNDS: &[&str] = &["不少于", "不低于", "不超过", "超过", "约", "近", "逾", "达"];

/// Nouns ending in `能`, which [`TRAIL`]'s modal `能` must not cut.
#[rustfmt::skip]
const NENG_NOUNS: &[&str] = &[
    "产能", "效能", "功能", "节能", "储能", "动能", "体能", "潜能", "热能", "核能", "风能", "电能", "职能",
    "智能", "技能", "性能", "光能", "本能", "赋能", "势能", "算能",
];

/// Stops ending a noun that follows a count unit.
#[rustfmt::skip]
const NOUN_STOPS: &[&str] = &[
    "完成", "进一步", "推进", "中", "的", "至关", "及", "和", "等", "内", "以内", "以上", "以下", "左右",
];

/// The value of a Chinese numeral string (`十五`, `两`, `三十`, `一百二十`).
pub fn chinese_value(s: &str) -> Option<f64> {
    let (mut total, mut section, mut digit) = (0f64, 0f64, None::<f64>);
    for c in s.chars() {
        let d = "零一二三四五六七八九".find(c).map(|b| (b / 3) as f64);
        match (c, d) {
            ('两', _) => digit = Some(2.0),
            (_, Some(d)) => digit = Some(d),
            ('十' | '百' | '千', _) => {
                let m = match c {
                    '十' => 10.0,
                    '百' => 100.0,
                    _ => 1000.0,
                };
                section += digit.take().unwrap_or(1.0) * m;
            }
            ('万' | '亿', _) => {
                let m = if c == '万' { 1e4 } else { 1e8 };
                total = (total + section + digit.take().unwrap_or(0.0)) * m;
                section = 0.0;
            }
            _ => return None,
        }
    }
    Some(total + section + digit.unwrap_or(0.0))
}

/// An Arabic number at `i`: (end, value). Accepts `169.6`, `1,100`.
fn arabic(t: &Text, i: usize) -> Option<(usize, f64)> {
    let mut j = i;
    let mut raw = String::new();
    while j < t.len() {
        let c = t.get(j);
        // `15·8%`: news of the 1990s writes the decimal point as `·`
        let point =
            matches!(c, '.' | '·') && j > i && t.get(j + 1).is_ascii_digit() && !raw.contains('.');
        if c.is_ascii_digit() || point {
            raw.push(if point { '.' } else { c });
            j += 1;
        } else if c == ','
            && (1..=3).all(|k| t.get(j + k).is_ascii_digit())
            && !t.get(j + 4).is_ascii_digit()
            && !raw.contains('.')
        {
            j += 1;
        } else {
            break;
        }
    }
    let v: f64 = raw.parse().ok()?;
    (j > i && v.is_finite()).then_some((j, v))
}

/// Whole digits at `i` (no point, no comma): (end, value, count of digits).
fn digits(t: &Text, i: usize) -> Option<(usize, f64, usize)> {
    let mut j = i;
    let mut v = 0.0;
    while j < t.len() && t.get(j).is_ascii_digit() && j - i < 9 {
        v = v * 10.0 + f64::from(t.get(j).to_digit(10)?);
        j += 1;
    }
    (j > i).then_some((j, v, j - i))
}

/// A race time at `i` (`2小时08分15秒`, `1分54秒37`, `3分05秒`): (end,
/// seconds). Two parts at least, the last one seconds; digits after `秒` are
/// its hundredths (as sport results write them).
fn race_time(t: &Text, i: usize) -> Option<(usize, f64)> {
    let (mut j, first, _) = digits(t, i)?;
    let mut secs = 0.0;
    if t.starts_with(j, "小时") {
        let (k, m, _) = digits(t, j + 2)?;
        if t.get(k) != '分' || t.get(k + 1) == '钟' {
            return None;
        }
        secs += first * 3600.0 + m * 60.0;
        j = k + 1;
    } else if t.get(j) == '分' && t.get(j + 1) != '钟' {
        secs += first * 60.0;
        j += 1;
    } else {
        return None;
    }
    let (k, s, _) = digits(t, j)?;
    if t.get(k) != '秒' {
        return None;
    }
    secs += s;
    j = k + 1;
    if let Some((k, h, n)) = digits(t, j).filter(|&(k, _, _)| !t.get(k).is_ascii_alphanumeric()) {
        secs += h / 10f64.powi(i32::try_from(n).ok()?);
        j = k;
    }
    Some((j, secs))
}

/// A Chinese numeral at `i`: (end, value).
fn chinese(t: &Text, i: usize) -> Option<(usize, f64)> {
    let num = is_numeral_char;
    if !(super::is_numeral(t.get(i)) || t.get(i) == '两') {
        return None;
    }
    let mut j = i;
    while j < t.len() && j < i + 8 && num(t.get(j)) {
        j += 1;
    }
    // Back off numerals that belong to the unit (`万元`, `亿元`).
    while j > i + 1 && matches!(t.get(j - 1), '万' | '亿') && t.get(j) == '元' {
        j -= 1;
    }
    Some((j, chinese_value(t.slice(i, j))?))
}

/// Whether a number may start with `c`: a digit, a numeral or `两` (a
/// gate, see [`super::flags::gate`]).
pub(super) fn number_start(c: char) -> bool {
    c.is_ascii_digit() || super::is_numeral(c) || c == '两'
}

/// All figures in the text; `quoted` are char ranges of quotation contents.
#[inline(never)]
pub fn figures(t: &Text, quoted: &[(usize, usize)]) -> Vec<Figure> {
    // quoted spans never overlap partially (nested ones lie inside their
    // parent): one search per char, not a scan of every span
    // direct speech: a quote with a sentence or clause break in it (`“一年中
    // 有将近300天能用自然冷源，…”`); a quoted term keeps its figures
    // (`“55个必查项”`)
    let speech = super::Held::new(
        quoted
            .iter()
            .copied()
            .filter(|&(a, b)| (a..b).any(|k| matches!(t.get(k), '，' | '。' | '；' | '！' | '？')))
            .collect(),
    );
    let in_speech = |i: usize| speech.contains(i, i + 1);
    let quoted = super::Held::new(quoted.to_vec());
    let in_quote = |i: usize| quoted.contains(i, i + 1);
    let mut out: Vec<Figure> = Vec::new();
    let mut last_end = 0;
    // position in a `分别` list, if one is running
    let mut respectively: Option<usize> = None;
    // start of the sentence of the last figure, and that sentence's first figure
    let mut sentence_at: Option<usize> = None;
    let mut sentence_first = 0;
    // only at the chars a number starts with (a digit, a numeral, `两`):
    // the next such char by the gates
    let mut i = 0;
    loop {
        i = t.next_gated(i, super::flags::gate::NUMBER);
        if i >= t.len() {
            break;
        }
        let c = t.get(i);
        let prev = t.before(i);
        let found = if c.is_ascii_digit()
            && !prev.is_ascii_alphanumeric()
            && !matches!(prev, '.' | '·' | '+' | '第')
        {
            arabic(t, i)
                .filter(|_| !in_speech(i))
                .map(|(j, v)| (j, v, false))
        } else if (super::is_numeral(c) || c == '两')
            // (`chinese` starts at no other char: skip the quote lookup)
            && !matches!(prev, '第' | '周' | '星')
            && !in_quote(i)
            && !is_numeral_char(prev)
        {
            chinese(t, i)
                // the article `一` (`一项工程`), not a tenth after a change
                // (`比去年增加一成`, `不到一成`)
                .filter(|&(j, v)| {
                    !(v == 1.0 && j == i + 1)
                        || (t.get(j) == '成'
                            && !is_han(t.get(j + 1))
                            && (t.ends_with(i, "不到")
                                || CHANGES.iter().any(|(w, _)| t.ends_with(i, w))))
                })
                // `这两个`, `数十个`, `几十家`, and small counts of things
                // in words (`两个弟子`, `五个部分`): not statistics
                .filter(|&(j, v)| {
                    // (sites and buildings are counted even when few:
                    // `两处停车场`, `两座泵站`)
                    let count = lex_cn_units()
                        .at(t, j)
                        .is_some_and(|u| COUNT_UNITS.contains(&u) && !matches!(u, "处" | "座"));
                    let vague =
                        matches!(prev, '这' | '那' | '数' | '几' | '每' | '各' | '前' | '后');
                    !(count && (vague || v < 10.0))
                })
                .map(|(j, v)| (j, v, true))
        } else {
            None
        };
        // (the units after the number: Chinese ones after Chinese numerals;
        // looked up by first char, as `Text::match_any` over the list)
        let Some((j, value, cn)) = found else {
            i += 1;
            continue;
        };
        if let Some((end, secs)) = (!cn).then(|| race_time(t, i)).flatten() {
            let mut fig = describe(t, i, end, secs, "秒", last_end);
            // `选手丹尼尔·基普鲁托以2小时08分15秒获得冠军`: the time is the
            // athlete's (after a team or a role: `…队的巴特尔以`, `选手`)
            if t.before(i) == '以' && t.get(end) != '的' {
                let who = clause_before(t, i - 1, last_end);
                let who = ["选手", "的"]
                    .iter()
                    .filter_map(|m| rfind_bytes(who, m).map(|k| &who[k + m.len()..]))
                    .min_by_key(|w| w.len())
                    .unwrap_or(who);
                if (2..=12).contains(&who.chars().count())
                    && who.chars().all(|c| is_han(c) || c == '·')
                {
                    fig.indicator = who.to_string();
                }
            }
            out.push(fig);
            last_end = end;
            i = end;
            continue;
        }
        // `2300余人`, `30多家`: an approximate count keeps its marker
        let approx = usize::from(
            matches!(t.get(j), '余' | '多')
                && !cn
                && lex_units().at(t, j + 1).is_some_and(|u| u != "%"),
        );
        // `8万多人次`, `4万多元`: the marker after the magnitude; the unit is
        // the magnitude and what follows the marker (`万人次`)
        let magnitude = t.get(j);
        let marked = (!cn
            && approx == 0
            && matches!(magnitude, '万' | '亿')
            && matches!(t.get(j + 1), '余' | '多'))
        .then(|| lex_units().at(t, j + 2))
        .flatten()
        .and_then(|u| {
            UNITS
                .iter()
                .copied()
                .find(|w| w.strip_prefix(magnitude) == Some(u))
        });
        let approx = approx + usize::from(marked.is_some());
        let units = if cn { lex_cn_units() } else { lex_units() };
        let unit = marked
            .or_else(|| units.at(t, j + approx))
            .filter(|u| *u != "月" || t.slice(i, j) == "两")
            // `10时30分` is a time of day, `3分之1` a fraction, `20周年` an
            // anniversary
            .filter(|u| match *u {
                "分" => !(matches!(t.before(i), '时' | '点' | ':' | '：') || t.get(j + 1) == '之'),
                "周" => !matches!(t.get(j + 1), '年' | '岁'),
                // `5.6级地震`, `风力14级`, not a grade or level of a
                // response, a warning, a body or a road (`3级响应`,
                // `2级预警`, `1级公路`)
                "级" => t
                    .match_any(
                        j + approx + 1,
                        &[
                            "响应", "应急", "预警", "警报", "标准", "党委", "干部", "医院", "公路",
                            "风险", "重点", "文物", "保护", "以上",
                        ],
                    )
                    .is_none(),
                // an age or a life expectancy (`91岁`, `80.12岁`), not an
                // age bracket (`60岁以上老人`, `35岁以下青年教师`)
                "岁" => t
                    .match_any(
                        j + approx + 1,
                        &[
                            "以上",
                            "以下",
                            "及以上",
                            "及以下",
                            "至",
                            "到",
                            "—",
                            "-",
                            "左右",
                            "上下",
                        ],
                    )
                    .is_none(),
                // `23期`, not a stage or a period (`3期工程`, `2期项目`)
                "期" => t
                    .match_any(j + approx + 1, &["工程", "项目", "建设", "间", "末", "初"])
                    .is_none(),
                // `3单元`, `2单位`: a word of `单`
                "单" | "万单" => !matches!(
                    t.get(j + approx + u.chars().count()),
                    '元' | '位' | '项' | '独' | '个' | '次' | '品'
                ),
                // `260余通` (steles, calls), not a word of `通` (`通过`, `通车`)
                "通" => !matches!(
                    t.get(j + approx + 1),
                    '过' | '知'
                        | '报'
                        | '讯'
                        | '车'
                        | '道'
                        | '信'
                        | '行'
                        | '用'
                        | '关'
                        | '航'
                        | '常'
                ),
                // tenths only where the word ends (`三成。`, `四成以上`),
                // not `一成不变`, `八成是`
                "成" => {
                    !is_han(t.get(j + 1))
                        || t.match_any(j + 1, &["以上", "左右", "多"]).is_some()
                        // (or after a word of quantity: `近六成生活在`,
                        // `约八成人口`)
                        || matches!(t.before(i), '近' | '约' | '超' | '逾' | '占' | '达' | '有')
                }
                _ => true,
            });
        let next = t.get(j);
        // `10—15亿元`, `5%—8%`: a range whose upper bound carries the unit
        let mark_at = j + approx + unit.map_or(0, |u| u.chars().count());
        // (`100毫米至180毫米`, each bound written out with its unit, is two
        // figures; `5%—8%` and `5%至8%` stay a target's range)
        let both = t.get(mark_at) == '至' && unit.is_some_and(|u| u != "%");
        let range = if matches!(t.get(mark_at), '—' | '-' | '~' | '～' | '至') && !cn && !both {
            let k = mark_at
                + if t.starts_with(mark_at, "——") {
                    2
                } else {
                    1
                };
            arabic(t, k).and_then(|(m, hi)| {
                let u = lex_units().at(t, m).filter(|u| *u != "月")?;
                unit.is_none_or(|lo| lo == u).then_some((m, hi, u))
            })
        } else {
            None
        };
        if let Some((m, hi, u)) = range {
            let end = m + u.chars().count();
            let mut fig = describe(t, i, end, value, u, last_end);
            fig.value_max = Some(hi);
            out.push(fig);
            last_end = end;
            i = end;
            continue;
        }
        let formula = next == '+' || next == '—' || next == '-' || next == '~';
        let Some(unit) = unit.filter(|_| !formula) else {
            i = j.max(i + 1);
            continue;
        };
        let end = j + approx + unit.chars().count();
        // `三个方面`, `两个世纪`, `两个一百年`: a count of no measured thing
        let after = end + usize::from(matches!(t.get(end), '多' | '余'));
        // (a phrase word, not the start of a noun: `服务器`, `服务站`)
        // (`40余名代表` in digits counts people: `三个代表` is the phrase)
        let phrase = lex_unmeasured().at(t, after).is_some_and(|w| {
            (cn || w != "代表")
                && !matches!(
                    t.get(after + w.chars().count()),
                    '器' | '站' | '机' | '点' | '区'
                )
        });
        let unmeasured = COUNT_UNITS.contains(&unit) && (phrase || count_numeral(t.get(after)));
        // `前3名` is a rank; `3天来`, `在3天内`, `两个月来` say when, not how much
        let rank = (unit == "名" || unit == "个月") && t.before(i) == '前';
        let when = TIME_UNITS.contains(&unit)
            && t.match_any(end, &["以来", "之内", "以后", "来", "内", "后"])
                .is_some();
        // `5000吨级船舶`, `64公斤级比赛`: a class, not a measure; `男子200米
        // 蝶泳`: an event
        let class = t.get(end) == '级' && !matches!(unit, "%" | "个百分点");
        // (or a relay's legs: `男子4×100米自由泳接力`)
        let relay = |k: usize| {
            matches!(t.before(k), '×' | 'x' | 'X' | '*')
                && t.before(k - 1).is_ascii_digit()
                && (1..=3).any(|n| {
                    k > n + 1 && {
                        let s = k - 1 - n;
                        t.ends_with(s, "男子") || t.ends_with(s, "女子") || t.ends_with(s, "混合")
                    }
                })
        };
        let event = matches!(unit, "米" | "公里" | "千米")
            && (t.ends_with(i, "男子")
                || t.ends_with(i, "女子")
                || t.ends_with(i, "混合")
                || (i >= 2 && relay(i)));
        if unmeasured || rank || when || class || event {
            i = end;
            continue;
        }
        let mut fig = describe(t, i, end, value, unit, last_end);
        // `事故37起、死亡29人,同比分别下降17.8%和21.6%`: the figures after
        // `分别` measure the earlier ones' indicators in turn
        // figures are in text order, so the sentence's earlier ones are the
        // tail of `out` from `sentence_first` (no scan per figure)
        let s0 = t.sentence(i).0;
        if sentence_at != Some(s0) {
            sentence_at = Some(s0);
            sentence_first = out.len();
        }
        let same = out.get(sentence_first..).unwrap_or(&[]);
        let between = t.slice(last_end, i);
        respectively = match respectively {
            Some(k) if matches!(between, "和" | "、" | "及" | "与") => Some(k + 1),
            _ if fig.indicator.is_empty() && clause_before(t, i, last_end).contains("分别") => {
                Some(0)
            }
            _ => None,
        };
        // the referents are the sentence's figures before the list, in order
        let base = respectively.and_then(|k| {
            let pool = same.len().checked_sub(k)?;
            (pool >= 2 && k < pool)
                .then(|| same.get(k).map(|p| p.indicator.clone()))
                .flatten()
        });
        // `下降17.8%和21.6%`: a figure joined to the one before shares its change
        if fig.change.is_none() && matches!(between, "和" | "、" | "及" | "与") {
            if let Some(prev) = same.last() {
                fig.change = prev.change.clone();
            }
        }
        // `城关区地区生产总值412.5亿元；堆龙德庆区156.8亿元`: a part naming
        // only another place measures what the part before it measured
        if is_place_only(&fig.indicator) {
            let mut k = i;
            while k > 0 && !matches!(t.get(k - 1), '。' | '！' | '？' | '\n') {
                k -= 1;
            }
            let from = t.byte(k);
            let prev = out
                .iter()
                .rev()
                .take_while(|p| p.start.is_some_and(|b| b >= from))
                .find(|p| {
                    p.unit == fig.unit && !p.indicator.is_empty() && !is_place_only(&p.indicator)
                });
            if let Some(p) = prev {
                let mut n = super::names::place_prefix(&p.indicator).unwrap_or(0);
                // (the figure's `地区生产总值`, not a suffix of the place)
                if p.indicator[..n].ends_with("地区") && p.indicator[n..].starts_with("生产") {
                    n -= "地区".len();
                }
                if n < p.indicator.len() {
                    fig.indicator = p.indicator[n..].to_string();
                }
            }
        }
        if let Some(ind) = base.filter(|s| !s.is_empty()) {
            fig.indicator = ind;
        } else if let Some(prev) = same.last() {
            // `地区生产总值12580.5亿元,同比增长6.2%`: the change measures the same indicator.
            if fig.indicator.is_empty() {
                fig.indicator = prev.indicator.clone();
            }
        }
        out.push(fig);
        last_end = end;
        i = end;
    }
    out
}

/// Whether an indicator is only a listed place (`堆龙德庆区`, `南京`).
fn is_place_only(s: &str) -> bool {
    !s.is_empty() && super::names::place_prefix(s) == Some(s.len())
}

/// The text of the clause before char `a` (back to a clause break or `floor`).
fn clause_before<'a>(t: &Text<'a>, a: usize, floor: usize) -> &'a str {
    let (s0, _) = t.sentence(a);
    let mut c0 = a;
    while c0 > s0.max(floor) && !is_clause_break(t.get(c0 - 1)) {
        c0 -= 1;
    }
    t.slice(c0, a)
}

/// Builds the figure at chars `[a, end)`; `floor` is where the last figure ended.
/// Where `w` last occurs in `hay` (as `hay.rfind(w)`, by bytes: a match of
/// whole UTF-8 chars starts on a char boundary), for the short clauses
/// around a figure, where `str::rfind` spent more on setting up its
/// searcher than on the search.
fn rfind_bytes(hay: &str, w: &str) -> Option<usize> {
    let (h, w) = (hay.as_bytes(), w.as_bytes());
    if w.is_empty() {
        return Some(h.len());
    }
    // (compared inline: a `memcmp` call per window cost more than the
    // compare, which usually fails at the first byte)
    h.windows(w.len())
        .rposition(|x| x.iter().zip(w).all(|(a, b)| a == b))
}

/// A summary of the chars of `s`: a bit per char, picked by a hash of it
/// (a word with a char whose bit is clear is not in `s`).
fn char_bloom(s: &str) -> u64 {
    s.chars().fold(0, |bits, c| bits | bloom_bit(c))
}

/// The bit of `c` in a [`char_bloom`].
#[inline]
fn bloom_bit(c: char) -> u64 {
    1 << ((c as u32).wrapping_mul(0x9E37_79B1) >> 26)
}

/// Whether `w` may be in the text `bloom` sums up (every char of it has
/// its bit).
fn may_hold(bloom: u64, w: &str) -> bool {
    w.chars().all(|c| bloom & bloom_bit(c) != 0)
}

fn describe(t: &Text, a: usize, end: usize, value: f64, unit: &str, floor: usize) -> Figure {
    let (s0, s1) = t.sentence(a);
    // The clause before the number.
    let mut c0 = a;
    while c0 > s0.max(floor) && !is_clause_break(t.get(c0 - 1)) {
        c0 -= 1;
    }
    let mut left = t.slice(c0, a).to_string();
    // `固定资产投资（不含农户）同比增长4.6%`: a note in brackets right
    // before qualifies the subject before it, which the figure measures
    if c0 > s0.max(floor) && t.get(c0 - 1) == '）' {
        let open = (c0.saturating_sub(24).max(s0)..c0 - 1)
            .rev()
            .find(|&k| t.get(k) == '（');
        if let Some(open) = open {
            let mut c1 = open;
            while c1 > s0.max(floor) && !is_clause_break(t.get(c1 - 1)) {
                c1 -= 1;
            }
            if c1 < open {
                left = format!("{}{left}", t.slice(c1, open));
            }
        }
    }
    let period = find_period(t, s0, a).or_else(|| carried_period(t, s0));
    if let Some(p) = &period {
        left = left.strip_prefix(p.as_str()).unwrap_or(&left).to_string();
    }
    // (the clause's chars summed up once: most listed words have a char
    // the clause lacks, and are not searched for; removing words from the
    // clause below leaves the summary true of what is left)
    let bloom = char_bloom(&left);
    for c in COMPARISONS {
        // (a clause is short: a plain search beats building a searcher)
        if may_hold(bloom, c) && rfind_bytes(&left, c).is_some() {
            left = left.replace(c, "");
        }
    }
    // The change word nearest the number (the first listed wins a tie).
    let hit = CHANGES
        .iter()
        .filter(|(w, _)| may_hold(bloom, w))
        .filter_map(|(w, dir)| rfind_bytes(&left, w).map(|p| (p + w.len(), p, *dir)))
        // `增加值` (value added), `自然增长率` (a rate) are indicators, not
        // changes
        .filter(|&(e, _, _)| !left[e..].starts_with(['值', '率']))
        // `改造提升12万亩` is an action (upgrading), not a direction
        .filter(|&(_, p, _)| !left[..p].ends_with("改造"))
        .filter(|&(e, p, _)| {
            !ADJACENT_CHANGES.contains(&&left[p..e]) || matches!(&left[e..], "" | "了")
        })
        // `再延长30年试点在12个县`: a change word with a number of its own
        // after it is that number's
        .filter(|&(e, _, _)| !left[e..].bytes().any(|b| b.is_ascii_digit()))
        .max_by_key(|&(e, p, _)| (e, usize::MAX - p));
    // `比传统码头提高近三成`: a clause that opens with `比` or `较` names the
    // base before its change word, not what is measured (the figure before
    // names that)
    let base = hit
        .filter(|_| left.starts_with('比') || left.starts_with('较'))
        .map(|(_, p, _)| p);
    // `提高到43.5%`, `增加至12万人`: a level reached after a change word
    // is no change (the word and its `到` are dropped all the same)
    let change = hit.and_then(|(e, p, dir)| {
        let reached = left[e..].starts_with(['到', '至']);
        let e = e + if reached { '到'.len_utf8() } else { 0 };
        left = format!("{}{}", &left[..p], &left[e..]);
        (!reached).then(|| dir.to_string())
    });
    if let Some(rest) = base.and_then(|p| left.get(p..)) {
        left = rest.to_string();
    }
    // `85亿元的电动汽车总部和50亿元风电企业南方总部`: after a conjunction the
    // noun that follows is measured, as it is after count units (`28个省重大项目`).
    let joined = ["和", "及", "与"].iter().any(|w| left.ends_with(w));
    let left = strip(&left);
    let mut right = noun_after(t, end);
    // `9个月的加固改造`: a duration measures the work that follows `的`
    if right.is_empty() && TIME_UNITS.contains(&unit) && t.get(end) == '的' {
        right = noun_after(t, end + 1);
    }
    // `5米深的排水沟`: a dimension, then the noun it measures
    let dimension = right.chars().count() == 1
        && matches!(right.chars().next(), Some('深' | '长' | '高' | '宽' | '厚'))
        && t.get(end + 1) == '的';
    if dimension {
        right = noun_after(t, end + 2);
    }
    // `由8小时缩短到3小时`: a change word after the figure is the clause's
    // verb, not what is measured
    if CHANGES.iter().any(|(w, _)| right.starts_with(w)) {
        right.clear();
    }
    // `假期7天共接待游客`: what follows is a new clause's verb, not a noun
    if [
        "共", "累计", "实现", "完成", "接待", "新增", "位列", "位居", "名列", "排名",
    ]
    .iter()
    .any(|w| right.starts_with(w))
    {
        right.clear();
    }
    // `占全国6%的耕地`, `生产了全国8%的粮食`: a share of what follows `的`
    // (not a change's level: `增长6%的目标`)
    let share = unit == "%" && t.get(end) == '的' && change.is_none() && hit.is_none();
    if share {
        right = noun_after(t, end + 1);
    }
    // `提供4500万美元优惠贷款`, `种了两公顷杂交水稻`: after a verb of giving,
    // placing or growing, the noun that follows is what is measured
    let verb_end = BOUNDS
        .iter()
        .find_map(|b| left.strip_suffix(b))
        .unwrap_or(&left);
    let object = !right.is_empty()
        && (left.ends_with(['了', '着']) || OBJECT_VERBS.iter().any(|v| verb_end.ends_with(v)));
    // `设立规模30亿元的中医药产业投资基金`: a size, then the thing it sizes
    let sized = ["规模", "总规模", "总额"].iter().any(|w| left.ends_with(w)) && t.get(end) == '的';
    if sized {
        right = noun_after(t, end + 1);
    }

    // `事故造成3人死亡`: people counted by what befell them
    let casualty = matches!(unit, "人" | "名")
        && ["死亡", "受伤", "遇难", "失踪", "重伤", "轻伤", "获救"]
            .iter()
            .any(|w| right.starts_with(w));
    if casualty {
        right.truncate("死亡".len());
    }
    let count = COUNT_UNITS.contains(&unit) || TIME_UNITS.contains(&unit);
    let prefer_right =
        count || joined || left.is_empty() || share || object || dimension || casualty || sized;
    // one char (`是`, `在`, `前`) is a stray word, not what is measured
    let left = if left.chars().count() == 1 {
        String::new()
    } else {
        left
    };
    let indicator = if (prefer_right || left.is_empty()) && !right.is_empty() {
        right
    } else {
        left
    };
    Figure {
        text: t.slice(a, end).to_string(),
        value,
        unit: unit.to_string(),
        indicator,
        change,
        sentence: t.slice(s0, s1).to_string(),
        period,
        start: Some(t.byte(a)),
        end: Some(t.byte(end)),
        value_max: None,
    }
}

/// Removes filler words from both ends of an indicator.
fn strip(s: &str) -> String {
    let mut s = s.trim();
    loop {
        let before = s;
        // (a word comes off the front only where the first char is a
        // listed word's first char, and the front changes only when one
        // does; the same of the back: where neither end's char is such a
        // char, no word of the lists comes off, and they are not walked)
        let front = s.chars().next().is_some_and(strip_first);
        let back = s.chars().next_back().is_some_and(strip_last);
        if front || back {
            for f in FILLER {
                s = s.strip_prefix(f).unwrap_or(s);
                s = s.strip_suffix(f).unwrap_or(s);
            }
            for f in LEAD {
                s = s.strip_prefix(f).unwrap_or(s);
            }
            for f in TRAIL {
                // (`能` of a noun is no modal: `粮食产能`, `储能`)
                if *f == "能" && NENG_NOUNS.iter().any(|w| s.ends_with(w)) {
                    continue;
                }
                s = s.strip_suffix(f).unwrap_or(s);
            }
        }
        // a leading date (`1997年城市污水处理厂`) is when, not what
        let digits = s.trim_start_matches(|c: char| c.is_ascii_digit());
        if digits.len() < s.len() {
            if let Some(rest) = ["年度", "个月来", "天来", "年来", "月来", "年", "月", "日"]
                .iter()
                .find_map(|u| digits.strip_prefix(u))
            {
                s = rest;
            }
        }
        if s == before {
            break;
        }
    }
    // `本年度的全球粗粮贸易量`: the head noun after the last `的`
    match s.rfind('的') {
        Some(p) if s[p + '的'.len_utf8()..].chars().count() >= 2 => {
            s[p + '的'.len_utf8()..].to_string()
        }
        _ => s.to_string(),
    }
}

// the first chars of the words [`strip`] takes off the front, and the last
// chars of those it takes off the back
char_set!(strip_first, super::firsts(&[FILLER, LEAD].concat()));
char_set!(strip_last, {
    [FILLER, TRAIL]
        .concat()
        .iter()
        .filter_map(|w| w.chars().last())
        .collect::<String>()
});

/// The Han noun right after a unit, up to a stop word or punctuation.
fn noun_after(t: &Text, mut i: usize) -> String {
    let start = i;
    // (`中` first is a word's, `36所中小学`; later it is the locative,
    // `3个项目中`)
    while i < t.len()
        && i < start + 10
        && is_han(t.get(i))
        && (NOUN_STOPS.iter().all(|w| !t.starts_with(i, w))
            || (i == start && t.get(i) == '中' && is_han(t.get(i + 1))))
    {
        i += 1;
    }
    t.slice(start, i).to_string()
}

/// How far before a figure its period may stand, in chars.
const PERIOD_REACH: usize = 300;

/// The period expression nearest before char `a` in the sentence from `s0`.
fn find_period(t: &Text, s0: usize, a: usize) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    // at most `PERIOD_REACH` chars back: a scan from the sentence's start
    // for every figure was quadratic in a long sentence
    for i in s0.max(a.saturating_sub(PERIOD_REACH))..a {
        let hit = month_range(t, i)
            .or_else(|| first_months(t, i))
            .or_else(|| dated_end(t, i))
            .or_else(|| year_since(t, i))
            .or_else(|| {
                lex_periods()
                    .at(t, i)
                    .map(|w| (i + w.chars().count(), w.to_string()))
            });
        // `年度` is a period only right before the number (`年度80项`);
        // `年末` in `比上年末` is the comparison's, not a period.
        // `年末`/`年初` open their clause (`年末全省常住人口`), never follow a
        // verb (`距离年末`).
        // `比上年末`, `比去年同期`, `比上年全年`: the base of a comparison
        // (asked only of a hit: most chars start no period)
        let compared = |w: &str| {
            // (`与去年同期相比`, `同上年相比`)
            (i > 0 && matches!(t.get(i - 1), '上' | '去' | '比' | '较' | '与' | '同' | '跟'))
                || t.ends_with(i, "上年")
                || t.ends_with(i, "去年")
                // `较常年同期偏少41%`: a normal year's, a comparison too
                || t.ends_with(i, "常年")
                || ((w == "年末" || w == "年初")
                    && i > s0
                    && !super::is_clause_break(t.get(i - 1))
                    // (`截至年末`, `到年末` state the period)
                    && !["截至", "截止", "到"].iter().any(|v| t.ends_with(i, v)))
                // `占当年缴存额`: the share's base, not the figure's period
                || (w == "当年" && i > 0 && t.get(i - 1) == '占')
        };
        if let Some((e, w)) =
            hit.filter(|(e, w)| *e <= a && (w != "年度" || *e == a) && !compared(w))
        {
            // The nearest wins; at the same end the longer (`前三季度`) one.
            if best.as_ref().is_none_or(|(be, _)| e > *be) {
                best = Some((e, w));
            }
        }
    }
    // `一季度末`, `上半年末`: the end of a period is the period stated
    best.map(|(e, w)| match t.get(e) {
        c @ ('末' | '初') if e < a && !w.ends_with(['末', '初']) => format!("{w}{c}"),
        _ => w,
    })
}

/// `2025年以来` at char `i` (four digits, not the end of a longer number):
/// its end and text.
fn year_since(t: &Text, i: usize) -> Option<(usize, String)> {
    let digits = (i..i + 4).all(|k| t.get(k).is_ascii_digit());
    (digits && !(i > 0 && t.get(i - 1).is_ascii_digit()) && t.starts_with(i + 4, "年以来"))
        .then(|| (i + 7, t.slice(i, i + 7).to_string()))
}

/// The period of a `；`-separated list that states it once, in an earlier
/// part (`一季度全市实现地区生产总值…；固定资产投资增长4.8%；…`): the
/// nearest period in up to three parts before the one starting at `s0`.
fn carried_period(t: &Text, mut s0: usize) -> Option<String> {
    for _ in 0..3 {
        if s0 == 0 || !matches!(t.get(s0 - 1), '；' | ';') {
            return None;
        }
        let (p0, _) = t.sentence(s0 - 1);
        if let Some(p) = find_period(t, p0, s0 - 1) {
            return Some(p);
        }
        s0 = p0;
    }
    None
}

/// `前10个月`, `前三个月` at char `i`: (end, text) — a period, not a figure.
fn first_months(t: &Text, i: usize) -> Option<(usize, String)> {
    // (`提前一个月`: ahead of time, no period)
    if t.get(i) != '前' || t.before(i) == '提' {
        return None;
    }
    let mut j = i + 1;
    while j < i + 4
        && (t.get(j).is_ascii_digit() || super::is_numeral(t.get(j)) || t.get(j) == '两')
    {
        j += 1;
    }
    (j > i + 1 && t.starts_with(j, "个月")).then(|| (j + 2, t.slice(i, j + 2).to_string()))
}

/// The end of a dated year or month at char `i` (`2028年底`, `9月末`,
/// `10月底`): (end, text).
fn dated_end(t: &Text, i: usize) -> Option<(usize, String)> {
    if !t.get(i).is_ascii_digit() || t.before(i).is_ascii_digit() {
        return None;
    }
    let mut j = i;
    while j < i + 4 && t.get(j).is_ascii_digit() {
        j += 1;
    }
    (matches!(t.get(j), '年' | '月') && matches!(t.get(j + 1), '底' | '末'))
        .then(|| (j + 2, t.slice(i, j + 2).to_string()))
}

/// A month range like `1—7月` or `1-8月` at char `i`: (end, text).
fn month_range(t: &Text, i: usize) -> Option<(usize, String)> {
    if !t.get(i).is_ascii_digit() || t.before(i).is_ascii_digit() {
        return None;
    }
    let mut j = i;
    while t.get(j).is_ascii_digit() {
        j += 1;
    }
    if !matches!(t.get(j), '—' | '-' | '~' | '至' | '–') {
        return None;
    }
    let mut k = j + 1;
    while t.get(k).is_ascii_digit() {
        k += 1;
    }
    (k > j + 1 && t.get(k) == '月').then(|| (k + 1, t.slice(i, k + 1).to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// A word made of a text's chars is never ruled out by its bloom.
        #[test]
        fn a_word_in_a_text_may_be_held(hay in "[比上年同a增长]{0,12}", k in 0usize..12, n in 0usize..4) {
            let w: String = hay.chars().skip(k).take(n).collect();
            proptest::prop_assert!(may_hold(char_bloom(&hay), &w));
        }

        /// A plain search of bytes finds what `str::rfind` finds.
        #[test]
        fn rfind_bytes_is_rfind(hay in "[比上年同a增长]{0,12}", w in "[比上年a增]{0,3}") {
            proptest::prop_assert_eq!(rfind_bytes(&hay, &w), hay.rfind(w.as_str()));
        }
    }

    #[test]
    fn ranges_are_one_figure_with_both_bounds() {
        let t = Text::new("全年目标增长5%—8%，投资10—15亿元，工期6至9个月，1—8月持续推进。");
        let f = figures(&t, &[]);
        let got: Vec<_> = f
            .iter()
            .map(|f| (f.text.as_str(), f.value, f.value_max, f.unit.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("5%—8%", 5.0, Some(8.0), "%"),
                ("10—15亿元", 10.0, Some(15.0), "亿元"),
                ("6至9个月", 6.0, Some(9.0), "个月"),
            ]
        );
    }

    #[test]
    fn compound_units_race_times_and_written_out_bounds() {
        let got = f("抽检1860家次，查处1268件次，投入设备1520台套，打机井417眼，完成3.8万单，镉含量1.86克/千克，浓度下降0.4个千分点，发现问题两处，新建两座泵站，比去年增加一成，40余名代表参会。");
        let got: Vec<_> = got
            .iter()
            .map(|f| (f.text.as_str(), f.unit.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("1860家次", "家次"),
                ("1268件次", "件次"),
                ("1520台套", "台套"),
                ("417眼", "眼"),
                ("3.8万单", "万单"),
                ("1.86克/千克", "克/千克"),
                ("0.4个千分点", "个千分点"),
                ("两处", "处"),
                ("两座", "座"),
                ("一成", "成"),
                ("40余名", "名"),
            ]
        );
        // the article and small counts of other things stay out; `3单元`
        // is no order
        assert!(f("建成一项工程，收了两个弟子，住在3单元。").is_empty());
        // since a year is the period, not the indicator's start
        let got = f("督察人员发现，2025年以来该设施累计停运达117天。");
        assert_eq!(got[0].indicator, "该设施累计停运");
        assert_eq!(got[0].period.as_deref(), Some("2025年以来"));
        // a comparison with an earlier part of the year is no indicator
        let got = f("增速比上半年加快0.4个百分点，增速比一季度回落0.2个百分点。");
        assert!(got.iter().all(|x| x.indicator == "增速"), "{got:?}");
        // an event's distance is no figure, a relay's legs too
        assert!(f("他获得男子200米混合泳金牌，浙江队赢得男子4×100米自由泳接力。").is_empty());
        // a race time is one figure in seconds, the athlete's
        let got = f("内蒙古田径队的巴特尔以2小时08分15秒获得冠军，司徒浩以1分54秒37的成绩夺冠，10时30分开赛。");
        let got: Vec<_> = got
            .iter()
            .map(|f| (f.text.as_str(), f.value, f.indicator.as_str()))
            .collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0], ("2小时08分15秒", 7695.0, "巴特尔"));
        assert_eq!((got[1].0, got[1].1), ("1分54秒37", 114.37));
        assert!(got[1].2.starts_with("成绩"), "{got:?}");
        // pace, gap and normal-year words right before the number are the
        // change; as a clause's verb they are not; `第四季度`, `过去一年`
        let got = f("今年以来，全市平均降水量较常年同期偏少41%。增速比上半年加快0.2个百分点，降幅收窄0.5个百分点。要加快建设12个园区。");
        let got: Vec<_> = got
            .iter()
            .map(|f| (f.change.as_deref(), f.period.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("偏少"), Some("今年以来")),
                (Some("加快"), None),
                (Some("收窄"), None),
                (None, None),
            ]
        );
        let got = f("第四季度新增岗位300个，过去一年完成投资8亿元。");
        assert_eq!(got[0].period.as_deref(), Some("第四季度"), "{got:?}");
        assert_eq!(got[1].period.as_deref(), Some("过去一年"), "{got:?}");
        // people counted by what befell them
        let got = f("事故造成3人死亡、2人受伤。");
        assert_eq!(got[0].indicator, "死亡", "{got:?}");
        assert_eq!(got[1].indicator, "受伤", "{got:?}");
        // a bracketed note after the subject leaves the subject measured
        let got = f("前三季度，全省固定资产投资（不含农户）同比增长4.6%。");
        assert_eq!(got[0].indicator, "固定资产投资", "{got:?}");
        // a part naming only another place measures what the part before
        // it measured
        let got =
            f("分区看，西湖区地区生产总值412.5亿元，增长5.6%；堆龙德庆区156.8亿元，增长7.3%。");
        assert_eq!(got[2].indicator, "地区生产总值", "{got:?}");
        assert_eq!(got[3].indicator, "地区生产总值", "{got:?}");
        // each bound written out with its unit after `至` is a figure
        let got = f("降雨量100毫米至180毫米，目标增长5%至6%。");
        let got: Vec<_> = got.iter().map(|f| (f.text.as_str(), f.value_max)).collect();
        assert_eq!(
            got,
            [("100毫米", None), ("180毫米", None), ("5%至6%", Some(6.0))]
        );
    }

    fn f(s: &str) -> Vec<Figure> {
        let t = Text::new(s);
        figures(&t, &super::super::quotes::quoted_spans(&t))
    }

    #[test]
    fn investment_figures_with_period_and_change() {
        let s = "今年1—7月,我市28个省重大项目完成投资169.6亿元,完成年度计划的75.9%,高于序时进度17.6个百分点,位列全省第3、苏南第1。";
        let got = f(s);
        let texts: Vec<_> = got.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(texts, ["28个", "169.6亿元", "75.9%", "17.6个百分点"]);
        assert_eq!(got[0].indicator, "省重大项目");
        assert_eq!(got[1].indicator, "省重大项目完成投资");
        assert_eq!(got[1].value, 169.6);
        assert_eq!(got[1].unit, "亿元");
        assert_eq!(got[1].period.as_deref(), Some("1—7月"));
        assert_eq!(got[2].indicator, "完成年度计划");
        assert_eq!(got[3].indicator, "序时进度");
        assert_eq!(got[3].change.as_deref(), Some("高于"));
    }

    #[test]
    fn bulletin_units_of_energy_volume_and_livestock() {
        // sentences written for the rule (issue 15: the units of statistical
        // bulletins were missing, so their figures and growth rates were lost)
        let got = f(
            "全年全省发电量2610.8亿千瓦时，增长7.2%。年末羊存栏960.4万只。\
                     港口集装箱吞吐量315万标准箱，天然气产量18.6亿立方米，原煤产量1.46亿吨。\
                     新增经营主体2.3万家企业，小麦亩产520公斤。",
        );
        let pairs: Vec<_> = got
            .iter()
            .map(|x| (x.text.as_str(), x.indicator.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("2610.8亿千瓦时", "发电量"),
                ("7.2%", "发电量"),
                ("960.4万只", "羊存栏"),
                ("315万标准箱", "港口集装箱吞吐量"),
                ("18.6亿立方米", "天然气产量"),
                ("1.46亿吨", "原煤产量"),
                ("2.3万家", "企业"),
                ("520公斤", "小麦亩产"),
            ]
        );
    }

    #[test]
    fn dates_years_and_ordinals_are_not_figures() {
        assert!(f("8月30—31日,10月18日,2021年度,第3,1—8月,“3+5+X”").is_empty());
    }

    #[test]
    fn chinese_numerals_with_measure_words() {
        let got = f("冲刺四个月,重点围绕十项事项,距离年末仅剩两月,把服务作为一项工程,充分发挥“两个专班”作用。");
        let v: Vec<_> = got
            .iter()
            .map(|x| (x.text.as_str(), x.value, x.unit.as_str()))
            .collect();
        assert_eq!(
            v,
            [
                ("四个月", 4.0, "个月"),
                ("十项", 10.0, "项"),
                ("两月", 2.0, "月")
            ]
        );
        assert_eq!(chinese_value("一百二十"), Some(120.0));
        assert_eq!(chinese_value("十五"), Some(15.0));
    }

    #[test]
    fn counts_in_news_sport_and_culture() {
        let got = f("秦皇岛队射门17次,索萨本赛季已打进14球,积52分;基地建有6块标准训练场,开行64列旅游专列,\
            举办12场专题讲座,种下2.6亿棵树苗,接待8万多人次,投资1.2亿欧元。10时30分开幕,建校20周年,三分之一。");
        let v: Vec<_> = got
            .iter()
            .map(|x| (x.text.as_str(), x.unit.as_str(), x.indicator.as_str()))
            .collect();
        assert_eq!(
            v,
            [
                ("17次", "次", "秦皇岛队射门"),
                ("14球", "球", "索萨本赛季已打进"),
                ("52分", "分", "索萨本赛季已打进"),
                ("6块", "块", "标准训练场"),
                ("64列", "列", "旅游专列"),
                ("12场", "场", "专题讲座"),
                ("2.6亿棵", "亿棵", "树苗"),
                ("8万多人次", "万人次", "接待"),
                ("1.2亿欧元", "亿欧元", "投资"),
            ]
        );
        assert_eq!(got[1].period.as_deref(), Some("本赛季"));
    }

    #[test]
    fn periods_stated_by_a_dated_end_or_since() {
        let got = f("到2028年底,培育特色产业强镇15个。今年以来,回收废旧塑料瓶60多吨。截至9月末,贷款余额8亿元。");
        let p: Vec<_> = got.iter().map(|x| x.period.as_deref()).collect();
        assert_eq!(p, [Some("2028年底"), Some("今年以来"), Some("9月末")]);
    }

    #[test]
    fn approximate_counts() {
        let got = f("新引进高层次人才2300余人,服务企业30多家,增长5%多。");
        let got: Vec<_> = got
            .iter()
            .map(|x| (x.text.as_str(), x.value, x.unit.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("2300余人", 2300.0, "人"),
                ("30多家", 30.0, "家"),
                ("5%", 5.0, "%")
            ]
        );
    }

    #[test]
    fn growth_with_period() {
        let got = f("今年以来,国联集团攻坚克难,一季度利润同比增长30%以上。");
        assert_eq!(got[0].indicator, "利润");
        assert_eq!(got[0].change.as_deref(), Some("增长"));
        assert_eq!(got[0].period.as_deref(), Some("一季度"));
    }

    #[test]
    fn bulletin_changes_measure_the_subject() {
        let got = f("全年国内生产总值1349084亿元，按不变价格计算，比上年增长5.0%。年末全国人口140828万人，比上年末减少139万人。全年居民消费价格比上年上涨0.2%。");
        let v: Vec<_> = got
            .iter()
            .map(|x| {
                (
                    x.text.as_str(),
                    x.indicator.as_str(),
                    x.change.as_deref(),
                    x.period.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            v,
            [
                ("1349084亿元", "国内生产总值", None, Some("全年")),
                ("5.0%", "国内生产总值", Some("增长"), Some("全年")),
                ("140828万人", "人口", None, Some("年末")),
                ("139万人", "人口", Some("减少"), Some("年末")),
                ("0.2%", "居民消费价格", Some("上涨"), Some("全年")),
            ]
        );
    }

    #[test]
    fn news_numerals_that_are_not_figures() {
        let got = f("跨越两个世纪的大桥,要从三个方面做好工作,坚持四项基本原则,这两个国家,男团前3名,3天来营业额达40万元,每天302辆车进出。增长15·8%。");
        let v: Vec<_> = got
            .iter()
            .map(|x| (x.text.as_str(), x.indicator.as_str()))
            .collect();
        assert_eq!(
            v,
            [("40万元", "营业额"), ("302辆", "车进出"), ("15·8%", "")]
        );
        assert_eq!(got[2].value, 15.8);
    }
}
