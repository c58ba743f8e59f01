//! People named with their official titles.
//!
//! News of government meetings almost always introduces a person as
//! `title name` (`市委书记陈金虎`, `代市长赵建军`, `市委副书记、代理市长盛蕾`,
//! `记者 仰武`), then repeats the bare name. So a person is recognised where a
//! title head (`书记`, `市长`, `主任`, `局长`, `记者` …) is directly followed by
//! a surname from the shipped list (`surnames.txt`) and one or two more Han
//! chars, and the name is followed by punctuation or a reporting verb
//! (`表示`, `主持`, `说` …). That boundary test chooses between two- and
//! three-char names (`盛蕾带队`, `赵建军主持`) and keeps words like `项目`
//! from passing as names. The title is extended backwards over the whole
//! `、`-joined title list and its organisation prefix.
//!
//! Name lists share a title (`市领导蒋敏、周常青、高亚光`, and
//! `叶万生、吴铁民等市四套班子领导`), and `陈金虎书记` (name before title)
//! is accepted at a clause start. Each person's count covers every later
//! mention of the bare name.

use super::{group, is_clause_break, is_han, Text};
use crate::core::report::{Entity, EntityKind, Evidence};

char_set!(not_in_name, NOT_IN_NAME);

lexicon!(titles, TITLES);
char_set!(next_char, NEXT_CHARS);
lexicon!(after_titles, AFTER_TITLES);
lexicon!(next_words, NEXT_WORDS);

/// Title heads, longest first.
const TITLES: &[&str] = &[
    "临时代办",
    "党组成员",
    "党委委员",
    "副总指挥",
    "副指挥长",
    "副主委",
    "代理市长",
    "总指挥",
    "指挥长",
    "副检察长",
    "副书记",
    "副馆长",
    "副庭长",
    "副院长",
    "副校长",
    "副所长",
    "副处长",
    "副关长",
    "检察长",
    "审判长",
    "代市长",
    "副市长",
    "副区长",
    "副县长",
    "副省长",
    "副主任",
    "副主席",
    "秘书长",
    "副局长",
    "副部长",
    "副厅长",
    "董事长",
    "总经理",
    "市领导",
    "县领导",
    "省领导",
    "区领导",
    "州领导",
    "通讯员",
    "实习生",
    "书记",
    "市长",
    "区长",
    "县长",
    "省长",
    "主任",
    "主席",
    "主委",
    "常委",
    "局长",
    "部长",
    "厅长",
    "院长",
    "记者",
    "馆长",
    "庭长",
    "校长",
    "所长",
    "处长",
    "关长",
    "署长",
];

/// Titles that may follow a bare name (`陈金虎书记`).
const AFTER_TITLES: &[&str] = &["书记", "市长", "区长", "县长", "省长", "主任", "同志"];

/// Words that may follow a name.
const NEXT_WORDS: &[&str] = &[
    "座谈",
    "会谈",
    "交谈",
    "通话",
    "握手",
    "签署",
    "表示",
    "主持",
    "带队",
    "率队",
    "看来",
    "概括",
    "强调",
    "指出",
    "要求",
    "参加",
    "出席",
    "会见",
    "调研",
    "认为",
    "介绍",
    "提出",
    "讲话",
    "发言",
    "一行",
    "同志",
    "宣布",
    "听取",
    "来到",
    "深入",
    "前往",
    "召开",
    "陪同",
    "分别",
    "批示",
    "希望",
    "致辞",
    "通报",
    "检查",
    "督查",
    "视察",
    "考察",
    "先后",
    "对前期",
    "在会上",
];

/// Single chars that may follow a name (`陈荣明说`, `朱欢对`).
const NEXT_CHARS: &str = "说在对就等和与及也还到向称、则却便又";

/// Chars that never occur in a given name in these texts.
const NOT_IN_NAME: &str =
    "的了着过是要与及对就也还到向市区县省局委部办会长记任席领导等一二三四五六七八九十年月日某";

/// Words that look like names after a title but are not.
const NOT_NAMES: &[&str] = &[
    "项目",
    "高度",
    "高质量",
    "常委",
    "万人",
    "和市长",
    "全市",
    "全省",
];

/// Scanner state shared by the rules.
struct Finder<'t, 'a> {
    t: &'t Text<'a>,
}

impl Finder<'_, '_> {
    /// Whether the chars after a name at `e` end it.
    fn boundary(&self, e: usize) -> bool {
        let c = self.t.get(e);
        is_clause_break(c) || next_char(c) || next_words().at(self.t, e).is_some()
    }

    /// The surname length at char `i` (0 when none).
    fn surname(&self, i: usize) -> usize {
        super::persons::surname_at(self.t, i)
    }

    /// Whether chars `[i, i + n)` can be a name with a surname of `s` chars.
    fn plausible(&self, i: usize, s: usize, n: usize) -> bool {
        let t = self.t;
        // (no surname, no name: before the tests below, at every clause start)
        if s == 0 {
            return false;
        }
        let given = (i + s..i + n).all(|k| is_han(t.get(k)) && !not_in_name(t.get(k)));
        // A reporting verb is never a name (`韩立明书记强调`), nor a given
        // name after a one-char "surname" (`记者时表示`: 时 + 表示).
        let verb = next_words().at(t, i).is_some() || next_words().at(t, i + s).is_some();
        s > 0 && given && !verb && !NOT_NAMES.contains(&t.slice(i, i + n))
    }

    /// A name `陈金虎` followed by a title `书记` at char `i`: its end.
    fn name_before_title(&self, i: usize) -> Option<usize> {
        let s = self.surname(i);
        [s + 1, s + 2]
            .into_iter()
            .find(|&n| {
                let head = after_titles().at(self.t, i + n);
                self.plausible(i, s, n)
                    && head.is_some_and(|h| self.boundary(i + n + h.chars().count()))
            })
            .map(|n| i + n)
    }

    /// A name starting at char `i`: its end, choosing the length by what follows.
    fn name_at(&self, i: usize) -> Option<usize> {
        let t = self.t;
        let s = self.surname(i);
        let ok = |n: usize| self.plausible(i, s, n) && self.boundary(i + n);
        // (`和` ends a given name where it joins nothing: before
        // punctuation or a reporting verb, `大使邰景和，`, `邰景和表示`)
        let he = || {
            s > 0
                && t.get(i + s + 1) == '和'
                && self.plausible(i, s, s + 1)
                && (is_clause_break(t.get(i + s + 2)) || next_words().at(t, i + s + 2).is_some())
        };
        let (two, three) = (ok(s + 1), ok(s + 2));
        // `张镇说` reads as 张镇 + 说: prefer the shorter name before a one-char verb.
        if he() || (three && !(two && next_char(t.get(i + s + 1)))) {
            Some(i + s + 2)
        } else {
            two.then_some(i + s + 1)
        }
    }

    /// The end of a foreign name read on from `e` over `·`-joined parts
    /// (`马丁` + `·安南`): each part two to six Han chars that end where a
    /// name ends; `e` when no such part follows.
    fn dotted_end(&self, e: usize) -> usize {
        let t = self.t;
        let mut end = e;
        while super::persons::is_dot(t.get(end)) {
            let part = (end + 1..end + 8)
                .take_while(|&k| is_han(t.get(k)) && !self.boundary(k))
                .count();
            if !(2..=6).contains(&part) || !self.boundary(end + 1 + part) {
                break;
            }
            end += 1 + part;
        }
        end
    }
}

/// Start of the title whose head starts at `h`, over `、`-joined titles.
/// Words that end the clause before a title (`还有`, `包括`, `以及`).
const CLAUSE_ENDS: &[&str] = &[
    "还有", "包括", "以及", "其中", "担任", "出任", "邀请", "陪同",
    // verbs of meeting, mourning and playing someone (`吊唁泰国前总理`,
    // `首战英国名将`)
    "会见", "会晤", "接见", "看望", "慰问", "吊唁", "悼念", "拜会", "拜访", "宴请", "采访", "任命",
    "祝贺", "感谢", "欢迎", "战胜", "击败", "首战", "迎战", "负于", "逼平",
    // substitutions and contacts (`换上中场`, `一边联系社区网格员`)
    "换上", "换下", "派上", "联系", "找来", "请来",
    // time adverbs and a verb of recalling before the title (`此后天津队主攻`,
    // `回顾清代金石学家`)
    "此后", "随后", "其后", "当天", "当晚", "近日", "日前", "回顾",
];

/// Whether a title may start with `c` (a gate, see [`super::flags::gate`]).
pub(super) fn title_start_char(c: char) -> bool {
    titles().may_start(c)
}

/// Roles that are no title heads but head a `、`-joined list of titles
/// (`策展人、河南大学历史文化学院教授`).
#[rustfmt::skip]
const LIST_ROLES: &[&str] = &[
    "负责人", "策展人", "公诉人", "创始人", "发起人", "召集人", "联络人", "作者", "学生", "研究生",
    "博士生", "经营者", "首席专家",
];

fn title_start(t: &Text, h: usize) -> usize {
    // (a hyphen joins the parts of a foreign place: `巴登-符腾堡州`)
    let joins = |k: usize| matches!(t.get(k), '-' | '－') && is_han(t.before(k));
    let mut a = h;
    let mut seg_end = h;
    loop {
        // (a firm's bracketed place inside its name: `本源量子计算科技
        // （合肥）股份有限公司董事长`)
        let bracket = |a: usize| -> Option<usize> {
            if a < 2 || t.get(a - 1) != '）' {
                return None;
            }
            let open = (a.saturating_sub(8)..a - 1)
                .rev()
                .find(|&k| t.get(k) == '（')?;
            ((open + 1..a - 1).all(|k| is_han(t.get(k))) && open > 0 && is_han(t.before(open)))
                .then_some(open)
        };
        loop {
            while a > 0
                && (is_han(t.get(a - 1)) || t.get(a - 1).is_ascii_alphanumeric() || joins(a - 1))
                && seg_end - a < 24
            {
                a -= 1;
            }
            match bracket(a).filter(|_| seg_end - a < 24) {
                Some(open) => a = open,
                None => break,
            }
        }
        // (or a role that heads a list of titles: `项目负责人、…研究馆员`,
        // `学生、…院长`, `论文第一作者、…教授`)
        let prev_title = a >= 2
            && t.get(a - 1) == '、'
            && (title_len_before(t, a - 1).is_some()
                || LIST_ROLES.iter().any(|w| t.ends_with(a - 1, w)));
        // (or a field of a ministry named by a list: `兼建设、交通和基础设施部`,
        // `巴伐利亚州经济、能源和技术部`)
        let prev_field = a >= 4
            && t.get(a - 1) == '、'
            && is_han(t.get(a - 3))
            && is_han(t.get(a - 2))
            && (matches!(t.get(a - 4), '兼' | '州' | '国' | '省' | '市')
                || title_len_before(t, a - 3).is_some())
            && (a..seg_end).any(|q| t.get(q) == '和');
        if !prev_title && !prev_field {
            break;
        }
        a -= 1;
        seg_end = a;
    }
    let kin = KIN.iter().any(|w| t.starts_with(h, w));
    // Drop words before the title within its clause (`在市委常委…`,
    // `并与慕尼黑工业大学副校长`; not the `对` of `对外经济部`, `对口帮扶…工作队`).
    // (and a dateline's end: `本报巴黎6月18日电记者`, `本报讯记者`)
    let cut = (a..h).rev().find(|&k| {
        (matches!(t.get(k), '在' | '由' | '据' | '对' | '是' | '的' | '了' | '向' | '并') && !(t.get(k) == '对' && matches!(t.get(k + 1), '外' | '口')))
            // (`陪同考察的有市委常委`, `出席会议的还有`; not `国有`)
            || (t.get(k) == '有' && matches!(t.before(k), '的' | '还' | '者' | '也' | '都'))
            || (matches!(t.get(k), '电' | '讯') && matches!(t.before(k), '日' | '报'))
            // (another person's title and name before `和`: `总理马琼巴和`
            // + `中国驻坦桑尼亚大使`)
            || (matches!(t.get(k), '和' | '及')
                // (not a second title after `兼`: `副总理兼经济和…部长`)
                && ((2..=4).any(|n| {
                    k >= a + n && t.get(k - n) != '兼' && title_len_before(t, k - n).is_some()
                })
                    // (or a foreign name with its dot: `菲利普·朗格和`)
                    || (k.saturating_sub(7)..k).any(|q| super::persons::is_dot(t.get(q)))))
            // (a kin word after another person and `和`: `蒋翠兰和丈夫`)
            || (matches!(t.get(k), '和' | '与' | '同') && kin)
            // (`村里`, `镇里`: where, not the title's body: `村里返乡青年`)
            || (t.get(k) == '里' && matches!(t.before(k), '村' | '镇' | '乡' | '家' | '城' | '县' | '厂' | '店'))
    });
    let mut start = cut.map_or(a, |k| k + 1);
    // (and words that end the clause before it: `发言的还有联想集团副总裁`)
    for k in (start + 1..=h).rev() {
        if let Some(w) = CLAUSE_ENDS.iter().find(|w| t.ends_with(k, w)) {
            if k >= start + w.chars().count() {
                start = k;
                break;
            }
        }
    }
    if matches!(t.get(start), '与' | '同') && start < h {
        start + 1
    } else if t.starts_with(start, "本报") && start + 2 < h + 1 {
        // a byline's `本报记者` is a reporter's title as `记者` is (the paper
        // is the one in the reader's hands, not a body named)
        start + 2
    } else {
        start
    }
}

/// Official and academic titles written right after a name
/// (`曹建平院长`, `托马斯·施密特教授`), longest first; forms of address
/// (`同志`, `先生`) are no titles.
const TITLES_AFTER_NAME: &[&str] = &[
    "常务副市长",
    "常务副省长",
    "副总经理",
    "副董事长",
    "副总理",
    "副主席",
    "副部长",
    "副总统",
    "副市长",
    "副省长",
    "副主任",
    "副院长",
    "副校长",
    "副局长",
    "副县长",
    "副总裁",
    "委员长",
    "董事长",
    "总经理",
    "总书记",
    "研究员",
    "总统",
    "总理",
    "首相",
    "主席",
    "议长",
    "国王",
    "女王",
    "外长",
    "部长",
    "书记",
    "主任",
    "院长",
    "校长",
    "局长",
    "市长",
    "省长",
    "县长",
    "行长",
    "总裁",
    "大使",
    "教授",
    "院士",
    "博士",
    "主编",
    "将军",
];

/// The title written right after a name ending before char `e`
/// (`曹建平` + `院长`), when no title stands before it.
pub fn title_after(t: &Text, e: usize) -> Option<String> {
    let w = TITLES_AFTER_NAME.iter().find(|w| t.starts_with(e, w))?;
    let n = w.chars().count();
    // (the title ends there: not `主任务`, `书记员`)
    let next = t.get(e + n);
    (!is_han(next)
        || !matches!(
            next,
            '务' | '员' | '处' | '室' | '科' | '部' | '局' | '会' | '团'
        ))
    .then(|| w.to_string())
}

/// The length in chars of the title head or title word that ends right
/// before char `i` (`副州长`, `外长`), if one does.
fn title_len_before(t: &Text, i: usize) -> Option<usize> {
    titles()
        .before(t, i)
        .map(|w| w.chars().count())
        .or_else(|| super::persons::title_word_before(t, i))
}

/// The title written right before char `i`, when a title head ends there
/// (`湘西州委常委、副州长` before `田秀英`): the title as the people with
/// titles read it, for names the general passes find after one.
pub fn title_before(t: &Text, i: usize) -> Option<String> {
    // (a byline's space: `通讯员 廖敏`)
    let i = if matches!(t.before(i), ' ' | '\u{3000}') {
        i - 1
    } else {
        i
    };
    let h = i.checked_sub(title_len_before(t, i)?)?;
    // (the verbs of an appointment notice are evidence, not titles:
    // `任命郦翔为…`)
    if super::persons::is_appointment_verb(t.slice(h, i)) {
        return None;
    }
    let start = title_start(t, h);
    // (a kin word alone is no title: `钟满仓和妻子` + `饶桂英`)
    (start < i && !KIN.contains(&t.slice(start, i))).then(|| t.slice(start, i).to_string())
}

/// Kin words, which stand before a name as titles do but are none.
const KIN: &[&str] = &[
    "丈夫", "妻子", "儿子", "女儿", "父亲", "母亲", "爱人", "老伴", "孙子", "孙女",
];

/// People with titles, counted over every mention of their names.
pub fn people(t: &Text) -> Vec<Entity> {
    let f = Finder { t };
    let mut found: Vec<(String, Option<String>, Evidence)> = Vec::new();
    // each name's index in `found` (a scan of `found` per mention was
    // quadratic on a text full of titled names)
    let mut index: super::FxMap<String, usize> = Default::default();
    let mut add = |name: &str, title: Option<String>, ev: Evidence| match index
        .get(name)
        .and_then(|&k| found.get_mut(k))
    {
        Some((_, old, old_ev)) if old.is_none() => {
            *old = title;
            *old_ev = ev;
        }
        Some(_) => {}
        None => {
            index.insert(name.to_string(), found.len());
            found.push((name.to_string(), title, ev));
        }
    };
    // nothing below starts at a char that starts no title unless a clause
    // breaks before it (or the text starts there) and a surname starts
    // there: the chars a title starts with and the clause breaks by the
    // gates
    use super::flags::gate::{BREAK, TITLE};
    let surname_char = super::persons::starts_surname;
    // (the gates read from the slice, not through the text's cell per test)
    let gates = t.gates();
    let gated = |k: usize, mask: u32| super::flags::gated(gates, k, mask);
    let mut i = 0;
    while i < t.len() {
        if i > 0 && !gated(i, TITLE) && !gated(i - 1, BREAK) {
            // the chars up to the next title's or break's start neither
            // (nor follow a break): skip to that title, or past that break
            let j = t.next_gated(i, TITLE | BREAK);
            i = if gated(j, TITLE) { j } else { j + 1 };
            continue;
        }
        let c = t.get(i);
        let may = gated(i, TITLE) || (surname_char(c) && (i == 0 || gated(i - 1, BREAK)));
        if !may {
            i += 1;
            continue;
        }
        if let Some(head) = titles().at(t, i) {
            let e = i + head.chars().count();
            let space = |k: usize| matches!(t.get(k), ' ' | '\u{3000}');
            let spaced = space(e);
            let n0 = if spaced { e + 1 } else { e };
            let byline = matches!(head, "记者" | "通讯员" | "摄影" | "实习生");
            // a byline's name between spaces or brackets is a name whatever
            // its first char (`（记者 才让卓玛 通讯员 …）`)
            let spaced_at = |k: usize| {
                let run = (k..t.len().min(k + 12))
                    .take_while(|&j| is_han(t.get(j)) || super::persons::is_dot(t.get(j)))
                    .count();
                let dotted = (k..k + run).any(|j| super::persons::is_dot(t.get(j)));
                (byline
                    && ((2..=4).contains(&run) || dotted)
                    && (space(k + run) || matches!(t.get(k + run), '）' | ')'))
                    && titles().at(t, k).is_none())
                .then_some(k + run)
            };
            let first = f
                .name_at(n0)
                .or_else(|| spaced.then(|| spaced_at(n0)).flatten());
            if let Some(mut n1) = first {
                // a foreign name with a middle dot reads on across it
                // (`联合国秘书长马丁·安南`)
                n1 = f.dotted_end(n1);
                // (a part it could not read, `穆伦加·姆万巴为`: the name is
                // left to the reader of foreign names, not cut at the dot)
                if super::persons::is_dot(t.get(n1)) && is_han(t.get(n1 + 1)) {
                    i = n1;
                    continue;
                }
                let title = t.slice(title_start(t, i), e).to_string();
                add(t.slice(n0, n1), Some(title.clone()), Evidence::Title);
                // `市领导蒋敏、周常青、高亚光`: the list shares the title.
                // (a byline's names are spaced: `通讯员 苏雅婷 陈俊杰`)
                while t.get(n1) == '、' || (byline && space(n1)) {
                    let next = f
                        .name_at(n1 + 1)
                        .or_else(|| space(n1).then(|| spaced_at(n1 + 1)).flatten());
                    match next {
                        // (never a title as a name: `记者 李四 通讯员 …`)
                        Some(n2)
                            if titles().at(t, n2).is_none() && titles().at(t, n1 + 1).is_none() =>
                        {
                            add(t.slice(n1 + 1, n2), Some(title.clone()), Evidence::Title);
                            n1 = n2;
                        }
                        _ => break,
                    }
                }
                i = n1;
                continue;
            }
        }
        if is_clause_break(t.before(i)) {
            // `叶万生、吴铁民等市四套班子领导`
            let mut names = Vec::new();
            let mut k = i;
            while let Some(e) = f.name_at(k) {
                names.push((k, e));
                if t.get(e) != '、' {
                    break;
                }
                k = e + 1;
            }
            if let Some(&(_, e)) = names.last() {
                let tail = (e + 1..(e + 12).min(t.len()))
                    .find(|&j| t.starts_with(j, "领导") || t.starts_with(j, "负责人"));
                let clean = tail.is_some_and(|j| (e..j).all(|k| !is_clause_break(t.get(k))));
                if t.get(e) == '等' && clean {
                    let j = tail.unwrap_or(e);
                    let title = t.slice(e + 1, j + if t.starts_with(j, "领导") { 2 } else { 3 });
                    for (a, b) in names {
                        add(t.slice(a, b), Some(title.to_string()), Evidence::List);
                    }
                }
            } else if let Some(e) = f.name_before_title(i) {
                // `陈金虎书记`
                if titles().at(t, i).is_none() {
                    add(t.slice(i, e), None, Evidence::Title);
                }
            }
        }
        i += 1;
    }
    let names: Vec<String> = found.iter().map(|f| f.0.clone()).collect();
    group(super::mentions(t, &names))
        .into_iter()
        .map(|(k, spans)| Entity {
            text: found[k].0.clone(),
            kind: EntityKind::Person,
            title: found[k].1.clone(),
            count: spans.len(),
            spans,
            generic: false,
            evidence: found[k].2,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Vec<(String, Option<String>, usize)> {
        people(&Text::new(s))
            .into_iter()
            .map(|e| (e.text, e.title, e.count))
            .collect()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn titles_before_names_and_shared_titles() {
        let got = p(
            "8月30—31日,市委书记陈金虎,市委副书记、代理市长盛蕾带队督查天宁区。陈金虎、盛蕾要求。",
        );
        assert_eq!(got[0], ("陈金虎".into(), some("市委书记"), 2));
        assert_eq!(got[1], ("盛蕾".into(), some("市委副书记、代理市长"), 2));
    }

    #[test]
    fn a_county_or_provinces_leaders_share_the_title() {
        let got = p("县领导马志刚、孟庆海、杜红梅等同志要带头。");
        let titled: Vec<_> = got.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
        assert_eq!(
            titled,
            [
                ("马志刚", Some("县领导")),
                ("孟庆海", Some("县领导")),
                ("杜红梅", Some("县领导"))
            ]
        );
    }

    #[test]
    fn lists_bylines_and_leading_words() {
        let got = p("市领导蒋敏、周常青、高亚光,市政府秘书长张立军参加会议。(记者 仰武)");
        let names: Vec<_> = got.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, ["蒋敏", "周常青", "高亚光", "张立军", "仰武"]);
        assert_eq!(got[2].1, some("市领导"));
        assert_eq!(got[4].1, some("记者"));
        let got = p("连续两年,在市委常委、市纪委书记、市监委主任周凤琴看来,是“军功章”。");
        assert_eq!(
            got[0],
            ("周凤琴".into(), some("市委常委、市纪委书记、市监委主任"), 1)
        );
    }

    #[test]
    fn names_before_titles() {
        let got = p("市委副书记、市长富永伟主持会议,叶万生、吴铁民等市四套班子领导出席会议。");
        assert_eq!(got[1], ("叶万生".into(), some("市四套班子领导"), 1));
        assert_eq!(got[2].0, "吴铁民");
        assert_eq!(p("会上,王明书记指出。")[0], ("王明".into(), None, 1));
    }

    #[test]
    fn words_are_not_names() {
        assert!(p("加快推进书记项目建设,市委书记要求。董事长表示。").is_empty());
    }
}
