//! People named without a title: `邓小平说`, `记者 王俊`, `克林顿总统`,
//! `儒勒·凡尔纳`, `江泽民、李鹏等领导`.
//!
//! [`people`](super::people) finds people introduced by an official title,
//! the register of government meeting news. General news names people in
//! many more ways, so this pass accepts a candidate name when some evidence
//! says it is one, and never on the surname alone (a surname char and one or
//! two more chars are far more often a word than a name: `高度`, `万人`,
//! `周边`):
//!
//! - **Chinese names**: a surname from the shipped list (compound surnames
//!   such as 欧阳 first) and a one- or two-char given name, as one span that
//!   jieba's tokens do not cut across and that holds no common word of the
//!   dictionary, with a title before or after (`总统`, `教授`, `先生`,
//!   `同志` …), a reporting verb after (`说`, `指出`, `表示`, `强调`,
//!   `认为` …), a byline before (`记者`, `通讯员`) or a `、`-list with a
//!   name already found; or a word jieba's dictionary tags as a name (`nr`)
//!   that starts with a surname.
//! - **Transliterated names**: a run of the chars foreign names are spelt
//!   with (`克林顿`, `基里延科`), parts joined by the middle dot
//!   (`儒勒·凡尔纳`), with the same evidence, or any run with a middle dot.
//!
//! A name never spans punctuation or a verb (the given name must not run into
//! the next word), and once found it is a name in every later mention.

use super::hints::{Hints, WordClass};
use super::{is_clause_break, is_han, Text};
use crate::core::han::CharSet;
use crate::core::report::Evidence;

char_set!(no_name_start, "国政全副前新该各本我他其这那");

lexicon!(lex_strong, STRONG);

lexicon!(after_words, AFTER);
lexicon!(lex_time, TIME_WORDS);
lexicon!(lex_adverbs, ADVERBS);

/// Adverbs that often follow a person's name (see [`Scan::name_ends`]).
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "专程", "特意", "特地", "亲自", "一直", "再次", "随即", "刚刚", "始终", "依然",
];
lexicon!(lex_address, ADDRESS);
char_set!(
    noun_head,
    "车证杯书剑宫球诗报院馆镇村河庙氏票卡机器药病雨寺楼阁"
);
// Last chars of landforms (`艾丁湖`, `刘公岛`, `老爷岭`, `葡萄沟`): no
// given name ends in one, though jieba's dictionary tags many such
// places `nr`.
char_set!(landform_end, "湖岛湾峡沟滩坝寨岭");
// Verb complements and particles: no given name ends in one (`戴上`,
// `吹来`, `高些`).
char_set!(complement_end, "上下来去出过些啦呢吧吗嘛");
char_set!(numeral_in_name, "一二三四五六七八九十百千万两零");

/// Forms of address after a name.
const ADDRESS: &[&str] = &[
    "女士", "先生", "小姐", "夫人", "总统", "首相", "总理", "博士", "教授",
];

/// The titles and bylines before names, by their last char.
fn titles_by_last() -> &'static super::ByLast {
    static BY_LAST: std::sync::OnceLock<super::ByLast> = std::sync::OnceLock::new();
    BY_LAST.get_or_init(|| super::ByLast::new(BEFORE))
}

/// The length in chars of the longest title or byline word that ends right
/// before char `i` (`副州长`, `外长`, `记者`), if any.
pub fn title_word_before(t: &Text, i: usize) -> Option<usize> {
    if !ends_title(t.before(i)) {
        return None;
    }
    titles_by_last().ending(t, i).map(|(_, n)| n).max()
}

/// Whether a title or byline ends right before char `i` and is a token or
/// ends one (`记者`, `财政部长`): the chars after it start a name, never a
/// place (see [`names`](super::names)).
pub fn after_title(t: &Text, h: &Hints, i: usize) -> bool {
    ends_title(t.before(i))
        && titles_by_last().ending(t, i).any(|(_, n)| {
            // the title is a token or ends one (`财政部长`, `外交部副部长`)
            h.boundary(i)
                && (h.boundary(i - n)
                    || h.token(i - 1).is_some_and(|(x, y, c)| {
                        y == i
                            && x < i - n
                            && (c == WordClass::Noun
                                // (a deputy's title jieba does not know or
                                // tags otherwise: `副市长/?`, `副厅长/b`)
                                || matches!(t.slice(x, i - n), "副" | "常务副" | "原" | "前")
                                // (a country and its title jieba tags a
                                // name: `德国总理/nr`)
                                || (c == WordClass::Person
                                    && super::names::is_listed_place(t.slice(x, i - n))))
                    }))
        })
}

/// For each char of `t`, whether a title or byline ends right before it
/// ([`after_title`]): computed once per text, read by every rule of both
/// person passes (each asked it again at the same chars).
pub fn title_ends(t: &Text, h: &Hints) -> Vec<bool> {
    // (only after a char a title may end with: most chars are none)
    // (and where a token starts after it: `after_title` holds nowhere else)
    let mut out = vec![false; t.len()];
    // (only at the chars a title may end with, by the gates)
    for k in t.each_gated(super::flags::gate::TITLE_END) {
        let i = k + 1;
        // (or the title's last char and the name's first are one token of
        // jieba's, the title's start on a boundary: `河/长石/福来`)
        let glued = || {
            glued_to_title(h, i)
                && titles_by_last()
                    .ending(t, i)
                    .any(|(_, n)| n >= 2 && h.boundary(i - n))
        };
        if let Some(x) = out.get_mut(i) {
            *x = if h.boundary(i) {
                after_title(t, h, i)
            } else {
                glued()
            };
        }
    }
    // the items of an appointment notice after the first (`任命：甲为…；
    // 乙为…`, `免去丙的…职务；丁的…职务`): each starts after `；`, `：` or `，` as
    // after a title, when the sentence has the notice's verb and a name's
    // length on comes `为` or `的`
    // (only in a text with such a verb: most have none, and pay two
    // searches, not a look at every comma)
    let bytes = t.s.as_bytes();
    let notices = ["任命", "免去"]
        .iter()
        .any(|v| memchr::memmem::find(bytes, v.as_bytes()).is_some());
    let marks = ["；", "：", "，"]
        .into_iter()
        .filter(|_| notices)
        .flat_map(|m| memchr::memmem::find_iter(bytes, m.as_bytes()));
    for k in marks.map(|b| t.char_of(b)) {
        let i = k + 1;
        let item = (i + 2..=i + 4).any(|e| matches!(t.get(e), '为' | '的'));
        let notice = || {
            (k.saturating_sub(200)..k)
                .rev()
                .take_while(|&q| !super::is_sentence_end(t.get(q)) && t.get(q) != '\n')
                .any(|q| matches!((t.before(q), t.get(q)), ('任', '命') | ('免', '去')))
        };
        if item && h.boundary(i) && notice() {
            if let Some(x) = out.get_mut(i) {
                *x = true;
            }
        }
    }
    out
}

/// Whether jieba made the char before `i` and the char at `i` one token
/// of two chars, a noun or a word it does not know (a title's last char and
/// a surname: `河/长石/福来`).
fn glued_to_title(h: &Hints, i: usize) -> bool {
    h.token(i).is_some_and(|(x, y, c)| {
        x + 1 == i
            && y == i + 1
            && matches!(c, WordClass::Noun | WordClass::Unknown | WordClass::Other)
    })
}

/// Whether `c` is a one-char surname that is not mostly a function word
/// (`陈`, `唐`; not `和`, `向`).
pub fn is_bare_surname(c: char) -> bool {
    surname_sets().1.contains(c) && !function_surname(c)
}

/// [`is_bare_surname`] for a scan of every char: the set fetched once.
pub fn bare_surname_test() -> impl Fn(char) -> bool {
    let single = &surname_sets().1;
    move |c| single.contains(c) && !function_surname(c)
}

/// Whether `word` is one of the titles and forms of address written before
/// a name (`总理`, `外长`, `州长`).
pub fn is_title_word(word: &str) -> bool {
    before_word(word)
}

/// Time words that may follow a name (`库克今天发表声明`).
#[rustfmt::skip]
const TIME_WORDS: &[&str] = &[
    "今天", "昨天", "明天", "今年", "去年", "日前", "近日", "最近", "当天", "当时", "此前",
    "随后", "今晨", "昨晚", "今晚", "上午", "下午", "晚上",
];

/// Titles and forms of address that may stand right before a name.
#[rustfmt::skip]
const BEFORE: &[&str] = &[
    "国家主席", "国务院总理", "副总理", "副主席", "副总统", "国务委员", "委员长", "秘书长", "总书记",
    "外交部长", "外长", "总统", "总理", "首相", "主席", "议长", "国王", "女王", "亲王", "王子", "公主",
    "大使", "临时代办", "参赞", "领事", "部长", "省长", "市长", "县长", "区长", "州长", "镇长", "乡长", "村长",
    "书记", "主任", "局长", "厅长", "处长", "科长", "院长", "校长", "所长", "会长", "社长", "台长",
    "董事长", "总经理", "经理", "厂长", "总裁", "行长", "司令", "司令员", "政委", "将军", "上将",
    "中将", "少将", "大校", "上校", "团长", "营长", "连长", "排长", "班长", "队长", "组长", "站长",
    "教授", "副教授", "讲师", "研究员", "院士", "博士", "硕士", "工程师", "总工程师", "医生",
    "大夫", "主任医师", "副主任医师", "主治医师", "医师", "护士", "教师", "老师", "律师", "法官", "检察官", "警官", "民警", "干警", "战士",
    "记者", "通讯员", "编辑", "主编", "作者", "作家", "诗人", "画家", "书法家", "艺术家",
    "歌唱家", "演员", "导演", "歌手", "教练", "主教练", "队员", "球员", "选手", "运动员", "冠军",
    "委员", "代表", "发言人", "主持人", "学者", "专家", "科学家", "老人", "大爷", "大娘", "大妈",
    "师傅", "同学", "先生", "女士", "小姐", "夫人", "太太", "妻子", "丈夫", "儿子", "女儿", "父亲",
    "母亲", "爷爷", "奶奶", "烈士", "英雄", "模范", "劳模", "村民", "农民", "工人", "职工", "市民",
    "居民", "老板", "店主", "大臣", "外相", "厂主", "船工", "主帅", "前锋", "后卫", "门将",
    "外援", "棋手", "总干事", "秘书", "国脚", "老汉", "青年", "少年", "姑娘", "小伙子",
    "专员", "领袖", "财长", "外相", "首领", "领导人", "总监", "监事长", "主教", "大法官",
    "主力", "宇航员", "会长", "少将",
    "军长", "师长", "旅长", "参谋长", "参议员", "众议员", "议员", "司令官", "总督",
    // descriptors news puts before a player's or a candidate's name
    // (`英国名将曼尔`, `网坛老将鲍里斯·贝克尔`)
    "名将", "老将", "小将", "新秀",
    // occupations a news feature names people by (`槐植村茶农王秀英`)
    "茶农", "果农", "菜农", "花农", "渔民", "牧民", "农户", "养殖户", "种植户", "种粮大户", "养殖大户", "种植大户", "专业户", "村医", "志愿者",
    "快递员", "司机", "环卫工", "个体户", "大学生", "研究生", "传承人", "讲解员", "导游", "厨师",
    "技术员", "网格员", "操控员", "操作员", "调度员", "安全员", "质检员", "检验员", "巡查员", "协管员", "售票员", "列车员", "外卖员", "引航员", "飞行员", "管理员", "值班员", "信息员", "联络员", "辅导员", "收银员", "服务员", "监测员", "跑者", "理事长", "馆长", "庭长", "关长", "署长", "检察长", "审判长", "人民陪审员", "陪审员",
    "指挥长", "护林员", "巡护员", "管护员", "护边员", "辅警",
    "驾驶员", "乘务员", "营业员", "保洁员", "快递小哥", "外卖小哥",
    // patients, students, retired officials' ranks (`患者练秋萍`,
    // `留学生金智允`, `一级巡视员毕成林`)
    "患者", "病人", "留学生", "毕业生", "巡视员", "调研员",
    // students by degree, river wardens (`博士生蔺嘉禾`, `护河员`)
    "博士生", "硕士生", "本科生", "博士后", "护河员", "巡河员", "兽医",
    // players by position, editors, riders, scholars of a field
    // (`天津队主攻戚思涵`, `中华书局编审`, `外卖骑手`, `金石学家`)
    "主攻", "副攻", "接应", "二传", "自由人", "中场", "中锋", "控卫", "编审", "骑手", "学家",
    // the chiefs of rivers, lakes and forests (`县总河长闭文渊`)
    "河长", "湖长", "林长",
    // the heads of the special administrative regions and their bureaus
    // (`行政长官岑浩辉`, `财政司司长陈茂波`)
    "行政长官", "特首", "司长", "副司长",
    // (`该公司负责人甄国栋称`)
    "负责人",
    // professions with their grade (`研究馆员`, `博士生导师`, `首席分析师`,
    // `高级农艺师`, `首席预报员`)
    "研究馆员", "导师", "分析师", "预报员", "农艺师", "畜牧师", "会计师", "审计师", "设计师",
    "建筑师", "规划师", "工艺师", "药师", "柜员", "单证员", "经营者", "策展人",
    // the verbs of an appointment notice (`任命郦翔为…`, `免去蔺建波的…`),
    // see [`is_appointment_verb`]
    "任命", "免去", "提请任命", "决定任命",
    // a sentence's verb before the convicted (`判处辛业江有期徒刑5年`) and
    // a firm's controller (`实际控制人邰国庆`)
    "判处", "实际控制人", "法定代表人",
];
word_set!(before_word, BEFORE);

/// Whether `w` is a verb of an appointment notice that stands before a
/// name as a title does (`任命郦翔为…`): evidence of the name, not its title.
pub fn is_appointment_verb(w: &str) -> bool {
    matches!(w, "任命" | "免去" | "提请任命" | "决定任命" | "判处")
}

/// Words that may follow a name: titles after it and reporting verbs.
#[rustfmt::skip]
const AFTER: &[&str] = &[
    "同志", "先生", "女士", "小姐", "夫人", "总统", "总理", "首相", "主席", "委员长", "议长",
    "国王", "教授", "博士", "院士", "大使", "部长", "外长", "书记", "主任", "将军", "老人",
    "老师", "医生", "大夫", "教练", "师傅", "等人", "等同志", "等领导", "一行", "夫妇", "本人",
    "副总裁", "总裁", "副总理", "副主席", "副部长", "副总统", "副市长", "副省长", "副主任",
    "董事长", "总经理", "行长", "市长", "省长", "县长", "局长", "院长", "校长", "主编",
    "说", "指出", "表示", "强调", "认为", "介绍", "告诉", "说道", "谈到", "回忆", "透露",
    // (`聂远航这样说`)
    "这样说", "这么说", "如是说",
    "宣布", "提出", "称", "声称", "主持", "出席", "会见", "会晤", "接见", "访问", "致电", "致信",
    "致辞", "致词", "致开幕辞", "致开幕词", "致欢迎辞", "致欢迎词", "致闭幕辞", "致贺信",
    "致贺词", "致答谢辞", "讲话", "发言", "发表", "回答", "问道", "笑着", "激动", "感慨", "坦言", "承认",
    "评价", "解释", "补充", "告诫", "提醒", "希望", "建议", "呼吁", "要求", "率领", "率团", "陪同", "当选", "担任", "出任", "获得",
    "荣获", "夺得", "领导", "签署", "批准", "视察", "考察", "参观", "看望", "慰问", "抵达",
    "到达", "来到", "离开", "曾经", "曾", "早在", "生于", "出生", "逝世", "去世", "同意",
    // (an appointment notice's resignation: `接受蹇晓东辞去…职务`)
    "辞去",
    // (a sentence: `判处辛业江有期徒刑5年`)
    "有期徒刑", "无期徒刑", "死刑", "拘役",
    "上将", "中将", "少将", "大校", "上校", "中校", "少校", "元帅", "参议员", "众议员", "议员",
    // forms of address and honour after a name (`马骏烈士`, `李育英大娘`)
    "烈士", "大娘", "大爷", "大妈", "大婶", "大嫂", "大叔", "老汉", "阿姨",
    // the credits of a film or a play (`何伟主演`, `吴天明执导`)
    "主演", "执导", "编剧", "作曲", "作词", "演唱", "饰演", "扮演",
    // the author of a work (`卜海生的《太行以东》`)
    "的《",
    // ranks of go and chess players (`王磊六段`)
    "九段", "八段", "七段", "六段", "五段", "四段", "三段", "二段", "初段",
];

/// Surnames that are far more often function words or word starts (`和`,
/// `向记者`, `于近期`, `许可证`): they start a name only after a title.
const FUNCTION_SURNAMES: &str =
    "和向于从余万都能常那所时经全通以为与及对把被将在自由同跟给比连过许双史冷吉方明文高安元平成应却";

/// Surnames far more often the first char of other words (`党委`, `纳入`,
/// `冶金`, `训练`), left out of the surname list: a name starts with one
/// only right after a title (`市长党振华说`, `副总经理纳春生说`).
const TITLE_SURNAMES: &str = "党纳冶练";
char_set!(title_surname, TITLE_SURNAMES);

/// The commonest surnames, which may start a name jieba's HMM joined.
/// (Not those that are mostly function words: `于`, `万`, `余`, `向`, `方`.)
const COMMON: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付白邹孟熊秦邱江尹薛闫段雷侯龙陶黎贺顾毛郝龚邵钱严覃戴莫孔汤";

/// Titles that follow a name of any origin (`桥本首相`).
#[rustfmt::skip]
const STRONG: &[&str] = &[
    "首相", "总统", "总理", "外长", "外相", "国务卿", "议长", "总书记", "大使", "国王", "女王",
];

/// Whether `[a, b)` is the inside of a place after a preposition
/// (`走在/林子里`), which jieba's dictionary may tag a name.
fn inside_place(t: &Text, a: usize, b: usize) -> bool {
    t.get(b - 1) == '里' && matches!(t.before(a), '在' | '到' | '从' | '往' | '进')
}

/// Whether char `i` is `时` after an age, `when` (`少年/时随父亲`): no
/// name starts there, after a title word (`少年`) or not.
fn when_after_age(t: &Text, i: usize) -> bool {
    t.get(i) == '时' && t.before(i) == '年'
}

/// Chars that end a name when jieba's HMM joined them to it (`卡巴/杰时`,
/// `里贝罗各为`, `科斯马斯说`).
const NAME_TAIL: &str = "时各为等说是在和与及的也还都均率携则就又却便已将以作";

/// Whether `c` is a char jieba's model may glue to the end of a name
/// ([`NAME_TAIL`]: `赖斯/说` cut as `赖斯说`).
pub(super) fn is_name_tail(c: char) -> bool {
    NAME_TAIL.contains(c)
}

/// Chars that never occur in a given name here.
const NOT_GIVEN: &str = "的了是在和与及对就也还到向把被将从为于以等说讲称道要会能可已曾又都并而但或着过地得之其这那们个年月日时省市县区乡镇村局委部办厅处所则便即亦乃制某";

/// Chars transliterated foreign names are written with.
const FOREIGN: &str = "库芭汀娅丝琪黛妮薇露翰瑞滕捷夫佛肖默延钦契娃逊顿蒂兹茨阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼宾波伯博布查达戴丹道德登迪蒂杜多厄恩尔法范菲费芬丰弗福伏盖甘冈戈哥格根古圭哈海汉豪赫亨胡华霍基吉加贾杰金喀卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉连列林琳卢鲁伦罗洛马麦曼芒梅美蒙米密明莫墨姆穆纳娜奈内尼涅纽努诺欧帕潘佩彭皮普齐奇乔切琼丘萨塞桑瑟森沙莎尚舍什施史斯松苏索塔泰坦汤唐特提图托瓦旺威韦维温沃乌伍西希锡谢辛休修雅亚扬耶叶伊因尤于约泽扎詹兹佐朱茨略";

/// Words that pass the rules but are not names.
const NOT_NAMES: &[&str] = &[
    // idioms jieba's dictionary tags a name (`天空乌云密布`, `真/金白银`)
    "乌云密布",
    "金白银",
    // a dry port, not a 陆 (`货物在陆港完成报关`); a hospital's department,
    // a kind of student, a teachers' lodging (`周转宿舍`), a fund
    // (`何梁何利基金`)
    "陆港",
    "康复科",
    "师范生",
    "周转",
    "梁何利",
    "孙女",
    "孙子",
    "外孙",
    "外孙女",
    "孙儿",
    "夏令营",
    "冬令营",
    // weather and chemistry words spelt like transliterated names
    "厄尔尼诺",
    "拉尼娜",
    "尼古丁",
    "高度",
    "万人",
    "全市",
    "全省",
    "全国",
    "常委",
    "项目",
    "石油",
    "黄金",
    "白色",
    "金融",
    "安全",
    "方面",
    "周边",
    "周年",
    "文化",
    "明年",
    "当年",
    "同年",
    "左右",
    "司法",
    "安排",
    "向前",
    "任务",
    "任何",
    "于是",
    "和平",
    "向着",
    "元首",
    "朝鲜",
    "毛泽东思想",
    "马克思主义",
    "雷锋精神",
    // common words jieba's dictionary tags `nr` (a name)
    "白皮书",
    "廉政",
    "华裔",
    "祖先",
    "许可证",
    "吉普车",
    "双刃剑",
    "雷阵雨",
    "卢浮宫",
    "尤伯杯",
    // brands, sports, awards and things spelt like transliterated names
    "桑塔纳",
    "斯诺克",
    "阿尔法",
    "伏特加",
    "金字塔",
    "红富士",
    "奥林匹克",
    "奥斯卡",
    "格莱美",
    "迪斯尼",
    "迪士尼",
    "马拉松",
    "比基尼",
    "巧克力",
    "切尔诺贝利",
    "卢比",
    "安保",
    "养老金",
    "黄梅戏",
    // a hospital's department jieba's dictionary tags a name; a comparative
    // (`比以前高多了`)
    "麻醉科",
    "高多",
    "岛国",
    // farm seasons' work after a surname-like season (`夏灌`, `夏粮`)
    "夏灌",
    "夏播",
    "夏收",
    "夏种",
    "夏粮",
    "冬灌",
    "春灌",
];
word_set!(not_name, NOT_NAMES);

/// [`NOT_NAMES`], and a weekday with what follows it (`周二晚`, `周日上午`),
/// which starts like a name of the surname 周.
fn not_name_or_day(w: &str) -> bool {
    let mut cs = w.chars();
    not_name(w)
        || (cs.next() == Some('周') && cs.next().is_some_and(|c| "一二三四五六日末".contains(c)))
}

/// Public figures named often in news without a title (the compiler's own
/// list of state leaders and well-known names), taken where jieba's tokens
/// do not cut them.
#[rustfmt::skip]
const KNOWN: &[&str] = &[
    "毛泽东", "周恩来", "刘少奇", "朱德", "邓小平", "陈云", "任弼时", "董必武", "彭德怀", "贺龙",
    "陈毅", "叶剑英", "李先念", "杨尚昆", "彭真", "万里", "乔石", "江泽民", "李鹏", "朱镕基",
    "李瑞环", "胡锦涛", "尉健行", "李岚清", "温家宝", "吴邦国", "贾庆林", "曾庆红", "吴官正",
    "李长春", "罗干", "习近平", "李克强", "张德江", "俞正声", "刘云山", "王岐山", "张高丽",
    "汪洋", "赵乐际", "韩正", "王沪宁", "栗战书", "李强", "蔡奇", "丁薛祥", "李希", "钱其琛",
    "唐家璇", "李肇星", "杨洁篪", "王毅", "宋庆龄", "孙中山", "鲁迅", "郭沫若", "钱学森",
    "马克思", "恩格斯", "列宁", "斯大林", "克林顿", "叶利钦", "普京", "布什", "奥巴马", "特朗普",
    "拜登", "戈尔巴乔夫", "梅德韦杰夫", "布莱尔", "希拉克", "科尔", "施罗德", "默克尔", "萨科齐",
    "马克龙", "安南", "加利", "潘基文", "古特雷斯", "金大中", "金正日", "金日成", "金正恩",
    "桥本龙太郎", "小渊惠三", "小泉纯一郎", "安倍晋三", "曼德拉", "阿拉法特", "内塔尼亚胡",
    "穆巴拉克", "萨达姆", "卡斯特罗", "甘地", "尼赫鲁", "华盛顿", "林肯", "罗斯福", "丘吉尔",
    // people of history, letters, science and legend a text names alone
    // (`喜爱李白的读者`, `学雷锋`); not those that are common words too
    // (`老子`, `孙子`, `冰心`) nor the reign names of eras (`咸丰`, `明治`)
    "孔子", "孟子", "庄子", "庄周", "墨子", "荀子", "韩非子", "屈原", "司马迁", "李白", "杜甫",
    "白居易", "王维", "李商隐", "杜牧", "苏轼", "苏东坡", "辛弃疾", "李清照", "陆游", "欧阳修",
    "王安石", "范仲淹", "岳飞", "文天祥", "陶渊明", "王羲之", "颜真卿", "柳宗元", "韩愈", "王之涣",
    "曹雪芹", "罗贯中", "施耐庵", "吴承恩", "蒲松龄", "关汉卿", "汤显祖", "张衡", "祖冲之", "沈括",
    "李时珍", "华佗", "张仲景", "毕昇", "蔡伦", "郑和", "张骞", "玄奘", "鉴真", "班超", "霍去病",
    "孙权", "曹操", "刘备", "诸葛亮", "关羽", "张飞", "周瑜", "秦始皇", "刘邦", "项羽", "李世民",
    "武则天", "朱元璋", "成吉思汗", "忽必烈", "康熙", "乾隆", "雍正", "慈禧", "林则徐", "左宗棠",
    "曾国藩", "李鸿章", "张之洞", "康有为", "梁启超", "谭嗣同", "严复", "蔡元培", "胡适", "陈独秀",
    "李大钊", "老舍", "茅盾", "巴金", "沈从文", "徐志摩", "闻一多", "朱自清", "钱钟书", "杨绛",
    "齐白石", "徐悲鸿", "梅兰芳", "聂耳", "冼星海", "詹天佑", "李四光", "华罗庚", "邓稼先",
    "袁隆平", "屠呦呦", "雷锋", "焦裕禄", "孔繁森", "黄继光", "董存瑞", "刘胡兰", "西施", "王昭君",
    "貂蝉", "杨贵妃", "花木兰", "大禹", "伏羲", "炎帝", "释迦牟尼",
    "莎士比亚", "牛顿", "爱因斯坦", "达尔文", "哥白尼", "伽利略", "贝多芬", "莫扎特", "雨果",
    "托尔斯泰", "歌德", "拿破仑", "哥伦布", "马可·波罗", "黑格尔", "康德", "毕加索", "凡·高",
];

/// Dynasties an emperor's temple or posthumous name starts with
/// (`唐太宗`, `宋徽宗`, `汉武帝`).
const DYNASTIES: &str = "秦汉晋隋唐宋元明清魏周齐梁陈辽金";
/// Chars of temple and posthumous names between the dynasty and
/// `帝`/`宗`/`祖` (`太`, `武`, `徽`).
const TEMPLE: &str =
    "太高世文武景宣元成平光明章和安顺桓灵献惠昭穆神哲徽钦理度孝仁英宪玄肃代德敬炀恭中宁睿圣";
char_set!(is_dynasty, DYNASTIES);
char_set!(is_temple, TEMPLE);

/// An emperor named by dynasty and temple or posthumous name at `i`
/// (`唐太宗`, `汉光武帝`), whole tokens (`汉代/宗庙` is none): its end.
fn emperor_at(t: &Text, h: &Hints, i: usize) -> Option<usize> {
    if !is_dynasty(t.get(i)) || !is_temple(t.get(i + 1)) {
        return None;
    }
    [3, 4].into_iter().map(|n| i + n).find(|&e| {
        matches!(t.get(e - 1), '帝' | '宗' | '祖')
            && (i + 1..e - 1).all(|k| is_temple(t.get(k)))
            && h.aligned(i, e)
    })
}

/// Japanese family names common in Chinese news (`武村正义`, `久间章生`,
/// `桥本首相`), written in Han chars and so missed by the transliteration
/// and surname rules. (Not those that are mostly places or firms here:
/// `和田`, `山口`, `丰田`, `本田`.)
#[rustfmt::skip]
const JAPANESE: &[&str] = &[
    "桥本", "小渊", "小泉", "安倍", "田中", "中曾根", "村山", "宫泽", "竹下", "海部", "细川",
    "羽田", "福田", "麻生", "鸠山", "野田", "岸田", "石破", "河野", "高村", "武村", "久间",
    "东条", "松下", "铃木", "佐藤", "山本", "山田", "小林", "加藤", "吉田", "松本", "井上",
    "木村", "清水", "山崎", "池田", "石川", "前田", "藤田", "后藤", "冈田", "长谷川", "村上",
    "近藤", "坂本", "远藤", "青木", "藤井", "西村", "太田", "三浦", "藤原", "冈本", "松田",
    "中川", "中野", "原田", "小野", "田村", "竹内", "金子", "森田", "柴田", "酒井", "工藤",
    "横山", "宫崎", "宫本", "内田", "高木", "安藤", "岛田", "谷口", "大野", "丸山", "今井",
    "藤本", "村田", "武田", "杉山", "小山", "菅原", "久保", "松井", "樱井", "木下", "野村",
    "松尾", "菊地", "野口", "渡边", "伊藤", "斋藤", "佐佐木", "小川", "小岛", "大平", "二阶堂",
    "宇野", "额贺", "町村", "小和田", "大江", "黑泽", "川端", "三岛", "夏目", "芥川", "东野",
    "币原", "三木", "小泽", "高市",
];
lexicon!(lex_japanese, JAPANESE);

/// Elements of Mongolian given names, which a Mongolian name joins in twos
/// (`乌云` + `毕力格`, `乌云` + `达来`) or bears alone (`莫日根`): the
/// compiler's own list of common ones. jieba's dictionary reads some as
/// words (`乌云`, dark clouds), so a name is read of them only after a title.
#[rustfmt::skip]
const MONGOLIAN: &[&str] = &[
    "乌云", "巴特", "斯琴", "额尔敦", "宝音", "阿拉坦", "那仁", "其其格", "朝鲁", "苏和", "孟和",
    "布和", "巴图", "哈斯", "图雅", "萨仁", "乌力吉", "敖登", "达来", "毕力格", "格日勒", "额尔德尼",
    "呼和", "莫日根", "吉日嘎拉", "巴雅尔", "乌日娜", "其木格", "满都拉", "特木尔", "巴根", "娜仁",
    "额日和", "阿古拉", "图门", "巴音", "吉雅", "白音", "敖其尔", "达古拉", "格根", "塔娜",
];
lexicon!(lex_mongolian, MONGOLIAN);

char_set!(is_foreign_char, FOREIGN);

/// Whether `c` joins the parts of a foreign name (`儒勒·凡尔纳`).
pub fn is_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '・')
}

/// Whether `c` is one of the chars transliterated foreign names are spelt with.
pub fn is_foreign(c: char) -> bool {
    is_foreign_char(c)
}
char_set!(pub(super) not_given, NOT_GIVEN);

/// Chars that stand in given names far more often than in words: in jieba's
/// dictionary (`assets/jieba`, MIT), chars of the given names of its
/// three-char `nr` entries that start with a listed surname, at least five
/// times and at least three times as often there as in its words weighted
/// by frequency; kinship, title and place chars left out. Written by
/// `python3 scripts/given_chars.py`, most frequent first.
const GIVEN_CHARS: &str = "尔德文明军斯华克林玉志云特光金宗英宝龙太兵永春晓拉峰靖庆维祥尼亚丽君兰士青格荣秀仁忠纳蓉飞福剑俊良树敏红恩伟波兴杰引凤洛梅塔松罗昌振祖康宁田景瑞丹勒襄嘉芳贵刚贤吉普木博卡燕卫鲁顺守廷胜奇雷泽星绍森宏圣延礼宇灵泰雪阿香诺莱慧洪辉齐希继智惠鹏启虎善秋亮迪曼勇仙尚鸿泉健伦诗雄登诚雅玲丁珍蒂乃萍培邦誉静雨威亦寿伊孝怀敬桂斐仲兆仪耶瓦友冰岩锦蒙崇昭彦珠托鸣谷禄浩梁斌楚萨凯逊赫梦麟涛晋耀贝毅娜乾霞佩锡朗兹莲恒丰岭殿奉甲鼎堡冠震塞叹盛扬勋艳芬旭勤贞裕姊御茂奥怒冬莉衡厚钧哲欣琪玄魏琴津纯佳怡遂隆乔亭玛炳旗汝菲润庙紫乘抚跃奎戈鹤豪孟谦佐柱侠儒贯颜钦柏丝铭竹岳桓尉孔奔辅宪赞翠阁夷卢眉霖翰昆琳甫尧盖汤弘恭婷奏帅羊龄碧辛慈渊吾弗皆逸卒丘努轩湘秦尊亨贾柔艾桑允肃狗柳秉爵炎锋欲洁晶吕渡菊韵赐翔卓嗣淮澄陶麦谏仆腾焕禅镜媛藻沟伐妮骏帆桐宾牧翼瑜屯慕仓颖尹霍彪羽杜祯藩捷舟坝栋葛旺晴聪扶枝惟凌赤瑾虹萧薇邑穆琼驹桢梨渠雯巾廉辰沛坪舒仕狄淳豫敦盈仰婉勃燮琦吓奈乙瑶陪巡遥楠挺衍兀纲杏纹凉契彭塘滩卜禹徵钰丸梢斋祠毓贺璋舜孚莹弦崖霸锁衫藤峻吏慎笙徽庚霜昂灌姬焉鉴璐肇莽虞丞寅迦驰琏丕茹谕陇枫殷窝蔚蜀灿涅屏妍鹰瑛倩逢硕谱慰巍瑟苌苑杵嵩帕纱宰晨潭杉滋榜婴耕刃懿铎馨罕鑫铨谨悦巢椒绵荫潇雍蕾槐娴祚昊祺瞅翅啸娇渝蝶彝璞龟栖霄笛芝曜彰淇皱纬贻裔履葆翊柜庵歆岚叉柯锐铸铃圭耿鲸炜窑禧琛晏茜恺垣淞娟棠俭雁玺剌韶懋娅倚钊札浦骞猫镐坎姨誓谟汁弓弼汴沪祁宙禾庐绶羲兮擒沅戚媚翎侃纶桦鼐钗嘻榆戟镛芽苔祜颂沃瀛逵芒雀筠椿莎湛樱洙肖峪杲贲鳞虾蟠芹丙笃颍冢泓茎阗朔镖鸥浚潘菁匡俞霆豹厄鸽婕膝洼俏玮胤绒澍涧邺涵绢缨岐裙帛汜晖圃麓隽墀冥汶虏昔琢滕鳌冀蠡蒿岑冉芯骅粹敷凰鸾昕劭溥荃穗歧羡栗娣恕锺猷沐嘎筱绥舫戎榕诩蕙蓓弩昀蕊宠铉橙灼骥晟";
char_set!(given_char, GIVEN_CHARS);
char_set!(
    function_char,
    "的了着过在和与及或而并就都也还又才再把被从向对为以于给让将等们吗呢吧啊是有这那其之则"
);
char_set!(pub(super) is_common, COMMON);

/// Whether a name may start with `c` by its char alone, `c` no surname
/// that is mostly a function word (a gate, see [`super::flags::gate`]).
pub(super) fn name_start_gate(c: char) -> bool {
    name_start(c) && !function_only(c)
}

char_set!(
    pub(super) ends_title,
    BEFORE
        .iter()
        .filter_map(|w| w.chars().last())
        .collect::<String>()
);
char_set!(starts_known, super::firsts(KNOWN));
char_set!(pub(super) strong_first, super::firsts(STRONG));

char_set!(function_surname, FUNCTION_SURNAMES);

/// Whether `c` may start a name by its char alone: a known name, a
/// surname (compound or single, common or not), a Japanese family name or
/// a char foreign names are spelt with.
fn name_start(c: char) -> bool {
    static S: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let (compound, single) = surnames();
        CharSet::new(
            KNOWN
                .iter()
                .chain(JAPANESE)
                .chain(compound)
                .filter_map(|w| w.chars().next())
                .chain(single.iter().copied())
                .chain(COMMON.chars())
                .chain(FOREIGN.chars()),
        )
    })
    .contains(c)
}

/// Whether `c` may start a name only as a surname that is mostly a
/// function word (`和`, `在`, `向`): a single surname of
/// [`FUNCTION_SURNAMES`] that starts no known, Japanese or foreign name,
/// no compound surname and is no common surname. Such a char starts a
/// name only after a title (see `Scan::chinese_at`) or as a word jieba's
/// dictionary calls a name.
pub(super) fn function_only(c: char) -> bool {
    let (compound, single) = surname_sets();
    function_surname(c)
        && single.contains(c)
        && !compound.contains(c)
        && !starts_known(c)
        && !lex_japanese().may_start(c)
        && !is_common(c)
        && !is_foreign_char(c)
}

/// [`KNOWN`] by first char.
fn known_by_first() -> &'static super::ByFirstChar {
    static S: std::sync::OnceLock<super::ByFirstChar> = std::sync::OnceLock::new();
    S.get_or_init(|| super::ByFirstChar::new(KNOWN))
}

/// The shipped surname list: (compound, single).
pub fn surnames() -> &'static (Vec<&'static str>, Vec<char>) {
    static S: std::sync::OnceLock<(Vec<&'static str>, Vec<char>)> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let words = include_str!("surnames.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace);
        let (compound, single): (Vec<&str>, Vec<&str>) =
            words.partition(|w| w.chars().count() == 2);
        let mut single: Vec<char> = single.iter().flat_map(|w| w.chars()).collect();
        single.sort_unstable();
        single.dedup();
        (compound, single)
    })
}

/// [`surnames`] as sets for a lookup per char: the first chars of the
/// compound surnames, and the single ones.
fn surname_sets() -> &'static (CharSet, CharSet) {
    static S: std::sync::OnceLock<(CharSet, CharSet)> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let (compound, single) = surnames();
        (
            CharSet::new(compound.iter().filter_map(|w| w.chars().next())),
            CharSet::new(single.iter().copied()),
        )
    })
}

/// The compound surnames of [`surnames`] as pairs of chars (every one has
/// two).
fn compound_pairs() -> &'static [(char, char)] {
    static S: std::sync::OnceLock<Vec<(char, char)>> = std::sync::OnceLock::new();
    S.get_or_init(|| pairs_of(&surnames().0))
}

/// The words of two chars of `words` as pairs of chars, sorted (for a
/// binary search).
fn pairs_of(words: &[&str]) -> Vec<(char, char)> {
    let mut pairs: Vec<(char, char)> = words
        .iter()
        .filter_map(|w| {
            let mut cs = w.chars();
            match (cs.next(), cs.next(), cs.next()) {
                (Some(a), Some(b), None) => Some((a, b)),
                _ => None,
            }
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Whether a surname less common than [`COMMON`]'s starts the three chars
/// jieba's HMM joined at `a` (`齐传贤`, `樊小平`, `单霞丽`): any single
/// surname of the table, but no numeral in the given name (`贝恩四`), no
/// `越大越`-like frame, and not the tail of a transliteration jieba cut
/// (`西卡/鲁利泽`).
fn rarer_surname(t: &Text, h: &Hints, a: usize) -> bool {
    let c = t.get(a);
    surname_sets().1.contains(c)
        && !function_only(c)
        && !RARE_WORDS.contains(c)
        && t.get(a + 2) != c
        && !(a + 1..a + 3).any(|k| numeral_in_name(t.get(k)))
        && !(is_han(t.before(a))
            && is_foreign(t.before(a))
            && h.token(a - 1)
                .is_some_and(|(_, _, k)| k != WordClass::Function))
}

/// Single surnames that start far more words than names (`水南流`).
const RARE_WORDS: &str = "水";

/// A person found by this pass: char span and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// Why it is a name.
    pub evidence: Evidence,
}

struct Scan<'t, 'a> {
    t: &'t Text<'a>,
    h: &'t Hints,
    taken: &'t [bool],
    /// [`title_ends`] of the text.
    titles: &'t [bool],
}

/// The length of the listed surname starting at char `i` of `t`: 2 for a
/// compound one (its two chars' pair looked up, not each surname
/// compared), 1 for a single one, 0 for none.
pub(super) fn surname_at(t: &Text, i: usize) -> usize {
    let (first, single) = surname_sets();
    let c = t.get(i);
    if first.contains(c) && compound_pairs().binary_search(&(c, t.get(i + 1))).is_ok() {
        2
    } else {
        usize::from(single.contains(c))
    }
}

/// Whether `c` starts a listed surname, single or compound.
pub(super) fn starts_surname(c: char) -> bool {
    let (first, single) = surname_sets();
    first.contains(c) || single.contains(c)
}

impl Scan<'_, '_> {
    fn surname(&self, i: usize) -> usize {
        // a surname that is mostly a function word (`和`, `向`, `于`) starts a
        // name only after a title (see `chinese_at`)
        surname_at(self.t, i)
    }

    fn free(&self, a: usize, b: usize) -> bool {
        (a..b).all(|k| !self.taken.get(k).copied().unwrap_or(true))
    }

    /// Whether a title or byline ends right before `i`.
    fn before(&self, i: usize) -> bool {
        let t = self.t;
        let mut k = i;
        if matches!(t.before(k), ' ' | '\u{3000}') {
            k -= 1;
        }
        self.titles.get(k).copied().unwrap_or(false)
    }

    /// Whether a title or reporting verb starts at `e`.
    fn after(&self, e: usize) -> bool {
        after_words().at(self.t, e).is_some()
    }

    /// Whether `[a, b)` is a plausible Chinese name with a surname of `s` chars.
    fn chinese(&self, a: usize, s: usize, b: usize, titled: bool) -> bool {
        let t = self.t;
        s > 0
            && b > a + s
            && (a + s..b).all(|k| is_han(t.get(k)) && !not_given(t.get(k)))
            && (self.h.aligned(a, b) || (titled && self.tail_glued(a, b)))
            // never a surname jieba joined into a verb (`主任商量过`)
            && !self
                .h
                .token(a)
                .is_some_and(|(x, y, c)| x == a && y > a + s && y < b && c == WordClass::Verb)
            && (self.h.loose(a, b)
                || self.split_name(a, s, b)
                // after a title or byline, one token of three chars is a
                // name even when the dictionary calls it a noun (`李中文`)
                || (titled
                    && b - a == 3
                    && match self.h.word(a, b) {
                        // (where a name ends: not `博士毕业生` + `蓝亦舟`)
                        Some(WordClass::Noun) => self.name_ends(b),
                        // (`记者江建国报道`: jieba's dictionary calls it a
                        // place; never one the gazetteer lists, `市长江苏省`)
                        Some(WordClass::Place | WordClass::Function | WordClass::Other) => {
                            self.name_ends(b) && !super::names::is_listed_place(t.slice(a, b))
                        }
                        _ => false,
                    }))
            && !not_name_or_day(t.slice(a, b))
            && self.free(a, b)
    }

    /// Whether jieba's HMM made a three-char name and the one char after it
    /// that ends names one unknown word (`村民` + `周本华则/把`): the name
    /// is the word less that char.
    fn tail_glued(&self, a: usize, b: usize) -> bool {
        b == a + 3
            && NAME_TAIL.contains(self.t.get(b))
            && self
                .h
                .token(a)
                .is_some_and(|(x, y, c)| x == a && y == b + 1 && c == WordClass::Unknown)
    }

    /// Whether jieba cut `[a, b)` as the surname and one word for the given
    /// name (`张/国庆`, `李/红梅`): names are often words too.
    fn split_name(&self, a: usize, s: usize, b: usize) -> bool {
        let given = self.h.token(a + s);
        self.h.word(a, a + s).is_some()
            && given.is_some_and(|(x, y, c)| x == a + s && y == b && c != WordClass::Verb)
    }

    /// A Chinese name at `i` with context evidence: its end.
    fn chinese_at(&self, i: usize, known: &super::FxSet<String>) -> Option<(usize, Evidence)> {
        let t = self.t;
        let s = self.surname(i);
        if s == 0 {
            return None;
        }
        let before = self.before(i);
        // a function-word surname only as one word jieba made of the
        // whole name, after a title (`主席和夫人` is no name)
        let function = function_surname(t.get(i)) && s == 1;
        // a name found before it and `、` (`冯骥才、余华等`)
        let prev = i > 1
            && matches!(t.get(i - 1), '、' | '和' | '与')
            && (2..=4.min(i - 1)).any(|n| known.contains(t.slice(i - 1 - n, i - 1)));
        let prev3 = prev && i > 4 && known.contains(t.slice(i - 4, i - 1));
        // (a function-word surname then only after `、`: `王若飞和于`)
        if function && !before && !(prev && t.get(i - 1) == '、') {
            return None;
        }
        let listed = |e: usize| {
            let next = matches!(t.get(e), '、' | '和' | '与')
                && (2..=4).any(|n| known.contains(t.slice(e + 1, e + 1 + n)));
            next || prev
        };
        // three chars first, unless a one-char verb makes the shorter read
        // better (`张镇说`) or jieba made the two a word of its own
        let mut best = None;
        for n in [s + 2, s + 1] {
            let e = i + n;
            if !self.chinese(i, s, e, before)
                || (function
                    && !matches!(
                        self.h.word(i, e),
                        Some(WordClass::Unknown | WordClass::Person)
                    )
                    // (one token of three chars after a title: `记者许立群`)
                    && !(n == 3 && self.h.word(i, e).is_some()))
            {
                continue;
            }
            // a speaker at the start of a paragraph or sentence (`楼继伟：`)
            let speaker =
                matches!(t.get(e), '：' | ':') && (i == 0 || super::is_sentence_end(t.before(i)));
            let ev = if before {
                Some(Evidence::Title)
            } else if self.after(e) || speaker {
                Some(Evidence::Context)
            } else if listed(e) {
                Some(Evidence::List)
            } else if self.h.word(i, e) == Some(WordClass::Person) && n >= 3 {
                Some(Evidence::Dictionary)
            } else {
                None
            };
            if let Some(ev) = ev {
                let hmm_word = self.h.word(i, e) == Some(WordClass::Unknown)
                    || self.h.word(i, e) == Some(WordClass::Person);
                match best {
                    None => best = Some((e, ev, hmm_word)),
                    // (a three-char name after a three-char one in a list
                    // stays whole: `张孝华、张友/香父子`)
                    Some((_, Evidence::List, false)) if hmm_word && prev3 => {}
                    Some((_, _, false)) if hmm_word => best = Some((e, ev, hmm_word)),
                    _ => {}
                }
            }
        }
        best.map(|(e, ev, _)| (e, ev))
    }

    /// Whether a name may end before char `e`: punctuation or the text's
    /// end, `等`, a title or reporting verb, a verb or function word, or a
    /// time word (`库克今天发表声明`).
    fn name_ends(&self, e: usize) -> bool {
        let t = self.t;
        let c = t.get(e);
        !is_han(c)
            || matches!(
                c,
                '等' | '说'
                    | '率'
                    | '时'
                    | '各'
                    | '是'
                    | '在'
                    | '和'
                    | '与'
                    | '及'
                    | '的'
                    | '也'
                    | '还'
                    | '都'
                    | '曾'
                    | '已'
                    | '将'
                    | '对'
                    | '为'
                    | '把'
                    | '向'
                    | '从'
                    | '以'
                    | '作'
                    | '正'
            )
            || after_words().at(t, e).is_some()
            || lex_time().at(t, e).is_some()
            // an adverb of manner or time (`患者练秋萍专程赶来`)
            || lex_adverbs().at(t, e).is_some()
            // a day of the month (`部长瓦利六日宣布`)
            || (super::is_numeral(c) && (e + 1..e + 4).any(|k| t.get(k) == '日'))
            || (self.h.boundary(e)
                && match self.h.class(e) {
                    WordClass::Verb => true,
                    // (a one-char measure word is often the given name's
                    // last char: `赵国/钧`)
                    WordClass::Function => {
                        self.h.len_at(e) > 1
                            || function_char(c)
                            // (a one-char word used as a verb, its aspect
                            // particle after it: `褚满仓/种/了`)
                            || (matches!(t.get(e + 1), '了' | '着' | '过')
                                && self.h.len_at(e + 1) == 1)
                    }
                    // (a four-char idiom or set phrase: `默茨/举行会谈`)
                    WordClass::Other => self.h.len_at(e) >= 4,
                    _ => false,
                })
    }

    /// Whether a `和` ending a given name at `e` joins nothing after it: a
    /// clause breaks or a reporting verb or title follows (`大使邰景和，`,
    /// `邰景和表示`).
    fn joins_nothing(&self, e: usize) -> bool {
        is_clause_break(self.t.get(e)) || self.after(e)
    }

    /// The end of a name jieba's dictionary knows, `[i, y)`, with the last
    /// char of a transliteration it cut off as a one-char verb before a
    /// reporting verb (`外长塔德/塞/说`), or as a one-char noun when the
    /// name is spelt in transliteration chars throughout
    /// (`部长卡尔德/nrt 龙/n 表示`).
    fn foreign_tail(&self, i: usize, y: usize) -> usize {
        let t = self.t;
        let spelt = || (i..y).all(|q| is_foreign(t.get(q)));
        // (not a title's first char: `姆贝基/副/总统`)
        let last = is_han(t.get(y))
            && !is_name_tail(t.get(y))
            && !matches!(t.get(y), '副' | '总' | '前' | '原' | '老' | '小' | '大')
            && y > i
            && is_foreign(t.get(y - 1))
            && self.h.len_at(y) == 1
            && ((is_foreign(t.get(y)) && self.h.class(y) == WordClass::Verb)
                || (matches!(
                    self.h.class(y),
                    WordClass::Noun | WordClass::Other | WordClass::Verb
                ) && spelt()))
            && self.after(y + 1)
            && self.free(i, y + 1);
        if last {
            y + 1
        } else {
            y
        }
    }

    /// The end of a titled name read on from `e` over `·`-joined parts of
    /// any chars (`副主席买合木提` + `·阿不力孜`, `会长阿斯卡尔` +
    /// `·别克特诺夫`): each part whole tokens, two to six Han chars, up to a
    /// verb, a function word or punctuation; `e` when none follows.
    fn dotted_run(&self, e: usize) -> usize {
        let (t, h) = (self.t, self.h);
        let mut end = e;
        while is_dot(t.get(end)) && h.boundary(end + 1) {
            let mut k = end + 1;
            while let Some((x, y, c)) = h.token(k) {
                // (the part's first token may be any word: a dot is
                // followed by a name, `·别/克特诺夫`)
                // (after it, no word of the dictionary spelt in common
                // chars: `·韦德/全场`)
                let common_word = y - x > 1
                    && x >= end + 3
                    && !matches!(c, WordClass::Unknown | WordClass::Person)
                    && 2 * (x..y).filter(|&q| is_foreign(t.get(q))).count() < y - x;
                // (a transliteration char jieba read as a one-char verb,
                // where a name may end after it: `·克里什/托/会见`)
                let last_char = y == x + 1
                    && x >= end + 3
                    && c == WordClass::Verb
                    && is_foreign(t.get(x))
                    && self.h.boundary(y)
                    && self.name_ends(y);
                let stop = x != k
                    || !(x..y).all(|q| is_han(t.get(q)))
                    || (x > end + 1
                        && !last_char
                        && (matches!(c, WordClass::Verb | WordClass::Function)
                            || common_word
                            || after_words().at(t, x).is_some()));
                if stop || y - (end + 1) > 6 {
                    break;
                }
                k = y;
            }
            // (jieba's HMM joins the next word's char: `科夫率/代表团`)
            while k - (end + 1) > 2 && NAME_TAIL.contains(t.get(k - 1)) {
                k -= 1;
            }
            // (a part of one char that is a whole part of such names, where
            // a name may end: `法鲁克·汗/观摩`, Khan; `沙`, Shah)
            let one = k == end + 2 && matches!(t.get(end + 1), '汗' | '沙') && self.name_ends(k);
            if (k - (end + 1) < 2 && !one) || !self.free(end + 1, k) {
                break;
            }
            end = k;
        }
        end
    }

    /// A name right after a title or byline (`集团总裁宋朝弟等`, `政委高云江说`,
    /// `内务部长斯捷帕申是`), where jieba often cuts the name wrongly: a
    /// surname and one or two chars, a word jieba's dictionary calls a
    /// name, or a run of up to eight chars of unknown words and single chars,
    /// ending where a name may end (see [`Scan::name_ends`]).
    fn titled_at(&self, i: usize) -> Option<(usize, Evidence)> {
        let t = self.t;
        if !is_han(t.get(i)) || no_name_start(t.get(i)) || !self.before(i) {
            return None;
        }
        // no word of the dictionary that is not a name (`学者申请`,
        // `教师宿舍`, `队员都承认`): every token wholly inside is a name, an
        // unknown word or a single char that is no verb or function word
        // (`宋朝/弟等`: a word of no noun, verb or function class is fine;
        // `教练扎加洛`: so is a place spelt like a transliteration)
        // (a compound surname jieba calls a noun is fine: `选手司徒/浩`)
        let surname = self.surname(i);
        let compound = surname == 2;
        let s1 = surname == 1 && is_common(t.get(i));
        let words_ok = |e: usize| {
            (i..e).all(|k| match self.h.token(k) {
                Some((x, y, _)) if compound && x == i && y == i + 2 => true,
                Some((x, y, c)) if x >= i && y <= e => match c {
                    // (not a word of two chars or more after a surname that
                    // is mostly a function word: `农民/成功/a 切除`)
                    WordClass::Other if x == i && y - x >= 2 => {
                        !function_surname(t.get(i)) || is_common(t.get(i))
                    }
                    WordClass::Person | WordClass::Unknown | WordClass::Other => true,
                    // (or a one-char place as a given name's last char:
                    // `主任严律/南/教授`)
                    // (or a one-char surname jieba tagged a place, alone
                    // or with the given name's first char: `市委书记祁/ns
                    // 永年/t`, `主教练宁海/ns 涛/nr`)
                    WordClass::Place => {
                        (x..y).all(|q| is_foreign(t.get(q)))
                            || (x > i && y - x == 2)
                            || (x > i && y - x == 1 && y == e)
                            || (x == i && y - x <= 2 && surname == 1 && e == i + 3)
                    }
                    // a one-char verb only as the first char of a name
                    // spelt mostly in transliteration chars (`外长维/洛宁`),
                    // or `呷/v` ending a Yi name (`书记海来木呷`)
                    WordClass::Verb => {
                        y - x == 1
                            && ((x == i
                                && e >= i + 3
                                && 3 * (i..e).filter(|&q| is_foreign(t.get(q))).count()
                                    >= 2 * (e - i))
                                || (y == e && t.get(x) == '呷' && e >= i + 3)
                                // (or ending a three-char name before a
                                // verb of saying: `总编辑钱语/晴/v 介绍`)
                                || (y == e && e == i + 3 && x > i + 1 && self.after(e)))
                    }
                    // a one-char measure word or the like may end a
                    // given name (`赵国/钧`), a true function word not
                    // (or `和` ending the name where it joins nothing:
                    // `大使邰景和，`)
                    WordClass::Function => {
                        y - x == 1
                            && (!function_char(t.get(x))
                                || (t.get(x) == '和' && y == e && self.joins_nothing(e)))
                    }
                    // a two-char noun as the given name of a common
                    // surname jieba left on its own (`副会长许/传音`)
                    WordClass::Noun
                        if s1 && x == i + 1 && y == e && y - x == 2 && self.h.len_at(i) == 1 =>
                    {
                        true
                    }
                    _ => y - x == 1,
                },
                _ => true,
            })
        };
        let ok = |e: usize| {
            e > i + 1
                && (i..e).all(|k| is_han(t.get(k)))
                && words_ok(e)
                && self.name_ends(e)
                && self.free(i, e)
                && !not_name_or_day(t.slice(i, e))
        };
        // a Mongolian name of one or two elements, three chars or more
        // (`市长乌云/毕力/格`, `小将莫日根`)
        if let Some(w) = lex_mongolian().at(t, i) {
            let e1 = i + w.chars().count();
            let e2 = lex_mongolian().at(t, e1).map(|v| e1 + v.chars().count());
            if let Some(e) = e2
                .into_iter()
                .chain([e1])
                .find(|&e| e >= i + 3 && self.name_ends(e) && self.free(i, e))
            {
                return Some((e, Evidence::Title));
            }
        }
        // a word the dictionary calls a name (`郅振璞`), with the last char
        // of a transliteration jieba cut off ([`Scan::foreign_tail`])
        if let Some((_, y, WordClass::Person)) = self.h.token(i) {
            let tail = self.foreign_tail(i, y);
            if (2..=4).contains(&(y - i)) && (ok(y) || (tail > y && ok(tail))) {
                return Some((tail, Evidence::Title));
            }
        }
        let s = surname.max(usize::from(title_surname(t.get(i))));
        if s > 0 {
            // (`年` may end a given name of two chars after a title,
            // `市委书记祁永年`, `鹤年`, not after a word of time: `今年`)
            // (nor `和` before punctuation or a reporting verb, where it
            // joins nothing: `大使邰景和，`, `邰景和表示`)
            let given = |e: usize| {
                (i + s..e).all(|k| {
                    !not_given(t.get(k))
                        || (k + 1 == e
                            && k == i + s + 1
                            && match t.get(k) {
                                '和' => self.joins_nothing(e),
                                '年' => {
                                    !"今去明前后当每全近上下本历多半周同新往该"
                                        .contains(t.get(k - 1))
                                        && !super::is_numeral(t.get(k - 1))
                                }
                                _ => false,
                            })
                })
            };
            if let Some(e) = [i + s + 2, i + s + 1]
                .into_iter()
                .find(|&e| given(e) && ok(e))
            {
                return Some((e, Evidence::Title));
            }
            let e = i + s + 2;
            let plain = |e: usize| {
                (i..e).all(|k| is_han(t.get(k)))
                    && given(e)
                    && self.free(i, e)
                    && !not_name_or_day(t.slice(i, e))
            };
            // the given name one word of the dictionary after a surname
            // jieba cut off (`研究员詹/启航`, `主任麦/景行`): a noun or a
            // verb that is no reporting verb, where a name ends
            let word_given = self.h.len_at(i) == s
                && matches!(
                    self.h.token(i + s),
                    Some((x, y, WordClass::Verb | WordClass::Noun | WordClass::Other))
                        if x == i + s && y == e
                )
                && after_words().at(t, i + s).is_none()
                && self.name_ends(e);
            // the given name's last char a rare char jieba left alone
            // before the next word (`后卫龚子/骞/贡献`), or read as a
            // measure word (`法官郁南/枝/扎根`)
            let orphan = self.h.len_at(e - 1) == 1
                && (matches!(self.h.class(e - 1), WordClass::Other | WordClass::Unknown)
                    || (self.h.class(e - 1) == WordClass::Function
                        && !function_char(t.get(e - 1))))
                && self.h.aligned(i, e)
                && self.h.len_at(e) > 1
                && words_ok(e);
            if (word_given || orphan) && !function_surname(t.get(i)) && plain(e) {
                return Some((e, Evidence::Title));
            }
            // a given name ending in `年` (`馆长贺松年介绍`, which jieba cut
            // `贺松/年`), before a reporting verb or title, no numeral
            // before it
            let year = t.get(e - 1) == '年'
                && s == 1
                && is_han(t.get(i + 1))
                && !super::is_numeral(t.get(i + 1))
                && !not_given(t.get(i + 1))
                && self.h.aligned(i, e)
                && self.after(e)
                && self.free(i, e)
                && !function_surname(t.get(i));
            if year {
                return Some((e, Evidence::Title));
            }
        }
        // a transliterated name: unknown words and single chars (spelt
        // mostly with transliteration chars unless jieba made it one
        // unknown word: `前总理差瓦立、`)
        let mut e = i;
        let mut words = 0;
        while let Some((x, y, c)) = self.h.token(e) {
            // (no numeral inside: `索萨/梅开二度`, an idiom jieba tags a name)
            let piece = x == e
                && y - i <= 8
                && is_han(t.get(x))
                && !(x..y).any(|q| super::is_numeral(t.get(q)))
                && (c == WordClass::Unknown
                    || c == WordClass::Person
                    || (c == WordClass::Place && (x..y).all(|q| is_foreign(t.get(q))))
                    // a two-char place after the name's first piece
                    // (`哈/洛宁`): the spelling test below decides
                    || (c == WordClass::Place && x > i && y - x == 2)
                    || (y - x == 1 && is_foreign(t.get(x))));
            if !piece {
                break;
            }
            words += usize::from(y - x > 1);
            e = y;
        }
        // jieba's HMM joined the word after the name to it (`卡巴/杰时`,
        // `里贝罗各为`): the name ends before chars that end names
        while e - i > 3 && NAME_TAIL.contains(t.get(e - 1)) {
            e -= 1;
        }
        let spelt = (i..e).filter(|&k| is_foreign(t.get(k))).count() * 2 >= e - i
            || (words == 1 && self.h.len_at(i) == e - i && e - i >= 3);
        (e - i >= 2 && spelt && ok(e)).then_some((e, Evidence::Title))
    }

    /// A Chinese name whose surname jieba joined to the title's last char
    /// before it (`河长` + `石福来`, cut `河/长石/福来`): a one-char surname
    /// and whole tokens of one or two given chars the dictionary does not
    /// know as common words, where a name ends.
    fn glued_at(&self, i: usize) -> Option<(usize, Evidence)> {
        let t = self.t;
        if self.surname(i) != 1 || function_surname(t.get(i)) {
            return None;
        }
        [i + 3, i + 2].into_iter().find_map(|e| {
            let ok = (i..e).all(|k| is_han(t.get(k)) && (k == i || !not_given(t.get(k))))
                && self.h.aligned(i + 1, e)
                && self.h.loose(i + 1, e)
                && self.name_ends(e)
                && self.free(i, e)
                && !not_name_or_day(t.slice(i, e));
            ok.then_some((e, Evidence::Title))
        })
    }

    /// A name of any origin right before a head-of-state or diplomatic title
    /// (`桥本首相`, `萨默斯部长`): two to four chars the dictionary does not
    /// know as places, verbs or function words.
    /// `title_near` says whether a char that starts such a title lies in
    /// `i + 2 ..= i + 4`.
    fn before_strong_title(&self, i: usize, title_near: bool) -> Option<(usize, Evidence)> {
        let t = self.t;
        if !title_near || !self.h.boundary(i) || no_name_start(t.get(i)) {
            return None;
        }
        // an outline marker is no name (`二是总统新闻秘书…`)
        if super::is_numeral(t.get(i)) && matches!(t.get(i + 1), '是' | '要') {
            return None;
        }
        (2..=4).rev().find_map(|n| {
            let e = i + n;
            // (the title first: it rules out most chars at once)
            // (not a meeting of its holders: `东亚峰会/外长会`, `部长会议`)
            let meeting = |w: &str| {
                let m = e + w.chars().count();
                t.get(m) == '会' && !matches!(t.get(m + 1), '见' | '晤' | '谈' | '面')
            };
            let ok = lex_strong().at(t, e).is_some_and(|w| !meeting(w))
                && (i..e).all(|k| is_han(t.get(k)))
                && self.h.aligned(i, e)
                && (i..e).all(|k| {
                    matches!(
                        self.h.class(k),
                        WordClass::Person | WordClass::Unknown | WordClass::Noun
                    )
                })
                && self.free(i, e)
                && !not_name_or_day(t.slice(i, e));
            ok.then_some((e, Evidence::Title))
        })
    }

    /// A Japanese name at `i`: a listed family name (`武村`, `桥本`) and up
    /// to three chars of given name, where a name may end, with a title
    /// before it or a title or reporting verb after it (`武村正义说`,
    /// `桥本首相`), or two given chars and a verb (`请久间章生转达`). The
    /// shortest such reading.
    fn japanese_at(&self, i: usize) -> Option<(usize, Evidence)> {
        let t = self.t;
        let family = lex_japanese().at(t, i)?.chars().count();
        let before = self.before(i);
        (0..=3).find_map(|g| {
            let e = i + family + g;
            let ok = (i..e).all(|k| is_han(t.get(k)) && (k < i + family || !not_given(t.get(k))))
                && self.h.boundary(e)
                && self.name_ends(e)
                && self.free(i, e);
            if !ok {
                return None;
            }
            if before {
                Some((e, Evidence::Title))
            } else if self.after(e)
                || lex_strong().at(t, e).is_some()
                || (g == 2 && self.h.class(e) == WordClass::Verb)
                // (or an adverb, then a reporting verb: `桥本/还/表示`)
                || (matches!(t.get(e), '还' | '也' | '又' | '则' | '再' | '就' | '都')
                    && self.after(e + 1))
                || lex_adverbs()
                    .at(t, e)
                    .is_some_and(|a| self.after(e + a.chars().count()))
            {
                Some((e, Evidence::Context))
            } else {
                None
            }
        })
    }

    /// A name with a middle dot starting at `i` (`儒勒·凡尔纳`, `科菲·安南`):
    /// Han runs of up to six chars joined by dots, each part made of
    /// tokens the dictionary does not know as common words.
    ///
    /// `dot_near` says whether a dot lies in `i + 1 ..= i + 6`: the first
    /// part is at most six chars and a dot follows it, so without one
    /// there is no dotted name (most chars).
    fn dotted_at(&self, i: usize, dot_near: bool) -> Option<(usize, Evidence)> {
        let t = self.t;
        if !dot_near || !self.h.boundary(i) || !is_han(t.get(i)) {
            return None;
        }
        // a part: whole tokens of unknown words, names, places or
        // transliteration chars, at most six chars
        let part = |a: usize| {
            let mut e = a;
            while is_han(t.get(e)) {
                let (x, y, c) = self.h.token(e).unwrap_or((e, e + 1, WordClass::Unknown));
                let foreign = (x..y).filter(|&k| is_foreign(t.get(k))).count();
                // (a word of the dictionary after a dot, up to where a name
                // ends: `拉·甘地说`; a verb or a word of no class right
                // before a dot, after a title or at a clause's start:
                // `会长差猜·春哈旺`, not `音配像精粹·张君秋`)
                let name = matches!(c, WordClass::Person | WordClass::Place)
                    || (a > i
                        && x == a
                        && matches!(c, WordClass::Noun | WordClass::Other)
                        && (2..=3).contains(&(y - x))
                        && self.name_ends(y));
                let plain = name
                    || foreign == y - x
                    || (c == WordClass::Unknown && 2 * foreign >= y - x)
                    || (matches!(c, WordClass::Verb | WordClass::Unknown | WordClass::Other)
                        && y - x <= 3
                        && is_dot(t.get(y))
                        && a == i
                        && (self.before(i) || !is_han(t.before(i))));
                if x != e || !plain || y - a > 6 {
                    break;
                }
                e = y;
                // (a one-char name is a transliteration char jieba's
                // dictionary tags `nr`: the part reads on, `帕/提古丽·`)
                if name && y - x > 1 {
                    // jieba cut the name before its last char (`汤姆/士·`,
                    // `玛丽/特·`)
                    if self.h.len_at(y) == 1
                        && is_han(t.get(y))
                        && is_dot(t.get(y + 1))
                        && y + 1 - a <= 6
                    {
                        e = y + 1;
                    }
                    break;
                }
            }
            (e > a).then_some(e)
        };
        let mut e = part(i)?;
        let mut dots = 0;
        let mut last = i;
        while is_dot(t.get(e)) {
            match part(e + 1) {
                Some(n) => {
                    last = e + 1;
                    e = n;
                    dots += 1;
                }
                None => break,
            }
        }
        // jieba cuts the last part short (`卡洛斯·阿马/特`): it runs on
        // through the chars foreign names are spelt with
        // through single chars or unknown words, never into a word of the
        // dictionary (`科菲·安南/希望`)
        let mut split = 0;
        while dots > 0 && is_han(t.get(e)) {
            let Some((x, y, c)) = self.h.token(e) else {
                break;
            };
            let foreign = (x..y).filter(|&q| is_foreign(t.get(q))).count();
            // (`莱/万多/夫斯基`, `斯塔/门/科维奇`: a word of the dictionary
            // or a char with a common char only before more of the name,
            // not `里弗斯/内外/开花`)
            let more = || {
                self.h.token(y).is_some_and(|(x2, y2, c2)| {
                    x2 == y
                        && matches!(c2, WordClass::Unknown | WordClass::Person)
                        && 2 * (x2..y2).filter(|&q| is_foreign(t.get(q))).count() >= y2 - x2
                })
            };
            let piece = x == e
                && y - last < 8
                && if y - x == 1 {
                    is_foreign(t.get(x))
                        || (!matches!(c, WordClass::Verb | WordClass::Function) && more())
                } else {
                    foreign == y - x
                        || (2 * foreign >= y - x
                            && (matches!(c, WordClass::Unknown | WordClass::Person)
                                || (c != WordClass::Verb && more())))
                };
            if !piece {
                // (jieba joined the name's last char to a function word
                // after it: `麦麦/提在`, a verb; the char is the name's)
                // (or two chars of the name: `姆/万萨为`; `万` spells
                // names too, `伊万`, `姆万萨`, though no foreign char alone)
                let spelt = |q: usize| is_foreign(t.get(q)) || t.get(q) == '万';
                if x == e
                    && (2..=3).contains(&(y - x))
                    && y - last < 8
                    && (x..y - 1).all(spelt)
                    && (x..y - 1).any(|q| is_foreign(t.get(q)))
                    && function_char(t.get(y - 1))
                {
                    e = y - 1;
                    split = y;
                }
                break;
            }
            e = y;
        }
        // (the run-on stops before chars that end names: `科斯马斯说`,
        // `德米特里延科均`; a town or county after it makes it a place)
        let run_on = e.max(split);
        // (nor into `家`, the home: `艾买提·托合提家在`)
        while e > last + 1 && (NAME_TAIL.contains(t.get(e - 1)) || t.get(e - 1) == '家') {
            e -= 1;
        }
        if matches!(
            t.get(e),
            '镇' | '村' | '乡' | '县' | '市' | '省' | '州' | '区'
        ) {
            return None;
        }
        // (cut off inside jieba's last token: aligned up to where it was)
        (dots > 0 && self.h.aligned(i, run_on) && self.free(i, e))
            .then_some((e, Evidence::ForeignName))
    }

    /// A transliterated name of three to six chars right after a country
    /// and `的` (`美国的吉德里`, `比利时的卡勃莱拉`): its end. Whole tokens
    /// spelt mostly in transliteration chars, none a noun or a function word of
    /// the dictionary (`俄罗斯的伏特加` is a drink), up to where a name ends.
    fn of_country_at(&self, i: usize) -> Option<(usize, Evidence)> {
        let (t, h) = (self.t, self.h);
        if i < 3 || t.before(i) != '的' || !is_foreign(t.get(i)) || !h.aligned(i - 1, i) {
            return None;
        }
        let country = (2..=6.min(i - 1)).any(|n| {
            h.aligned(i - 1 - n, i - 1) && super::names::is_country_name(t.slice(i - 1 - n, i - 1))
        });
        if !country {
            return None;
        }
        let mut e = i;
        while let Some((x, y, c)) = h.token(e) {
            let foreign = (x..y).filter(|&k| is_foreign(t.get(k))).count();
            let piece = x == e
                && y - i <= 6
                && if y - x == 1 {
                    foreign == 1 && c != WordClass::Function
                } else {
                    2 * foreign >= y - x
                        && matches!(c, WordClass::Unknown | WordClass::Person | WordClass::Place)
                };
            if !piece {
                break;
            }
            e = y;
        }
        (e >= i + 3
            && 3 * (i..e).filter(|&k| is_foreign(t.get(k))).count() >= 2 * (e - i)
            && self.name_ends(e)
            && self.free(i, e)
            && !not_name_or_day(t.slice(i, e))
            && !super::names::is_listed_place(t.slice(i, e)))
        .then_some((e, Evidence::ForeignName))
    }

    /// A transliterated name `[a, b)` read on over the single chars jieba
    /// cut off it (`库/尼科娃`, `奥/兰迪斯`, `安德雷/斯`, `赫里斯/坚科`): a
    /// name char before it that is a token of its own, not a verb or a
    /// function word, after a char that cannot go on a name; after it, one
    /// such char, or one word jieba's model made of two chars that ends in
    /// one (`坚科`), where a name may end. The span as it was otherwise.
    fn widen_foreign(&self, a: usize, b: usize) -> (usize, usize) {
        let (t, h) = (self.t, self.h);
        if b < a + 2 || !(a..b).all(|k| is_foreign(t.get(k))) {
            return (a, b);
        }
        // a char of its own that a transliteration may hold
        let single = |k: usize| {
            is_foreign(t.get(k))
                && h.len_at(k) == 1
                && h.boundary(k)
                && !matches!(h.class(k), WordClass::Verb | WordClass::Function)
                && self.free(k, k + 1)
        };
        let mut start = a;
        if a > 0 && single(a - 1) {
            let k = a - 1;
            // (the char before stops a name: not one more such char)
            let stops = k == 0 || !is_han(t.get(k - 1)) || !single(k - 1);
            // (not a country's short form: `美`, `俄`)
            if stops && !super::names::is_country(t.get(k)) {
                start = k;
            }
        }
        let mut end = b;
        let next = match h.token(b) {
            Some((x, y, WordClass::Unknown))
                if x == b && y == b + 2 && is_han(t.get(b)) && is_foreign(t.get(b + 1)) =>
            {
                y
            }
            Some((x, y, _)) if x == b && y == b + 1 && single(b) => y,
            _ => b,
        };
        if next > b && self.free(b, next) && self.name_ends(next) {
            end = next;
        }
        (start, end)
    }

    /// A transliterated name at `i`: its end.
    fn foreign_at(&self, i: usize) -> Option<(usize, Evidence)> {
        let t = self.t;
        if !is_foreign(t.get(i)) || (i > 0 && is_foreign(t.before(i)) && is_han(t.before(i))) {
            return None;
        }
        let mut e = i;
        let mut dots = 0;
        loop {
            while is_foreign(t.get(e)) {
                e += 1;
            }
            if is_dot(t.get(e)) && is_foreign(t.get(e + 1)) {
                dots += 1;
                e += 1;
                continue;
            }
            break;
        }
        if e - i < 2 || !self.free(i, e) || !self.h.aligned(i, e) || not_name(t.slice(i, e)) {
            return None;
        }
        if dots > 0 {
            return Some((e, Evidence::ForeignName));
        }
        // a run of such chars is often a common word (`加拿大` is a place,
        // `马克思` a name): only dictionary names, or three chars and more
        // cut loose by jieba, with a title or verb next to them
        let word = self.h.word(i, e);
        if word == Some(WordClass::Person) && e - i >= 3 {
            return Some((e, Evidence::Dictionary));
        }
        let _ = word;
        let context = self.before(i) || self.after(e);
        // two chars only before a form of address (`拉埃女士`, `瑙曼先生`)
        let addressed = e - i == 2 && lex_address().at(t, e).is_some();
        // or before a reporting verb, at a clause start (`琼斯说`)
        let speaking = e - i == 2 && !is_han(t.before(i)) && self.after(e);
        (context && (e - i >= 3 || addressed || speaking) && self.h.loose(i, e))
            .then_some((e, Evidence::ForeignName))
    }
}

/// People right after a title or byline (`作者曹火星`, `外长哈洛宁`,
/// `秘书长科菲·安南`, `司令巴克`), outside the chars already `taken`. This
/// pass runs before the places, so that a place inside the name (`火星`,
/// `洛宁`) or a name jieba's dictionary calls a place (`巴克`) does not take
/// its chars; a name that is wholly a listed place (`冠军巴西`) is left to
/// the places.
pub fn titled(t: &Text, h: &Hints, taken: &[bool], titles: &[bool]) -> Vec<Found> {
    let scan = Scan {
        t,
        h,
        taken,
        titles,
    };
    let none = super::FxSet::default();
    let mut out = Vec::new();
    // the chars `scan.before` holds for, in order: right after a title's
    // end, or after the space after one (read from the text's table of
    // title ends, not tested at every char)
    let space = |c: char| matches!(c, ' ' | '\u{3000}');
    let starts = super::trues(titles).flat_map(|k| {
        let here = (!space(t.before(k))).then_some(k);
        let after = space(t.get(k)).then_some(k + 1);
        here.into_iter().chain(after)
    });
    let mut i = 0;
    for start in starts {
        if start < i || start >= t.len() {
            continue;
        }
        i = start;
        // (the title's last char and the surname one token of jieba's:
        // `河/长石/福来`)
        let glued = glued_to_title(h, i);
        if !is_han(t.get(i)) || !(h.boundary(i) || glued) || !scan.before(i) || when_after_age(t, i)
        {
            continue;
        }
        let dot_near = (i + 1..=i + 6).any(|k| is_dot(t.get(k)));
        let hit = if glued {
            scan.glued_at(i)
        } else {
            scan.dotted_at(i, dot_near)
                .or_else(|| scan.titled_at(i))
                .or_else(|| scan.chinese_at(i, &none))
        };
        match hit.filter(|&(e, _)| !super::names::is_listed_place(t.slice(i, e))) {
            Some((end, evidence)) => {
                let end = scan.dotted_run(end);
                // (a transliteration jieba cut after its second char:
                // `主席冯德/莱恩`)
                let end = match h.token(end) {
                    Some((x, y, WordClass::Person))
                        if end - i == 2
                            && x == end
                            && (x..y).all(|q| is_foreign(t.get(q)))
                            && scan.free(x, y)
                            && (scan.name_ends(y) || h.class(y) != WordClass::Noun) =>
                    {
                        y
                    }
                    _ => end,
                };
                // (an appointment's verb is context, not a title)
                let evidence = if [2, 4]
                    .iter()
                    .any(|&n| i >= n && is_appointment_verb(t.slice(i - n, i)))
                {
                    Evidence::Context
                } else {
                    evidence
                };
                out.push(Found {
                    start: i,
                    end,
                    evidence,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// People found by evidence around their names, outside the chars already
/// `taken` by other entities. `known` holds names found so far (for
/// `、`-lists).
pub fn persons(
    t: &Text,
    h: &Hints,
    taken: &[bool],
    titles: &[bool],
    known: &[String],
) -> Vec<Found> {
    let scan = Scan {
        t,
        h,
        taken,
        titles,
    };
    let mut out: Vec<Found> = Vec::new();
    let mut names: super::FxSet<String> = known.iter().cloned().collect();
    // the char tests of the scans' first tests: the text's gates
    use super::flags::gate::{COMMON, FUNCTION, NAME};
    // a common surname and two chars jieba left as single chars, seen twice
    // or more in the document (`江宏伟`, `许传音`): a name repeated, where a
    // chance sequence rarely repeats
    let bare = |i: usize, counting: bool| {
        if !t.gated(i, COMMON) || !h.boundary(i) {
            return None;
        }
        // three single chars, or one word jieba's HMM joined
        let singles = (i..i + 3).all(|k| h.len_at(k) == 1 && h.class(k) != WordClass::Function);
        // a name jieba cut in two: unknown pieces (`高允/连`), or the
        // surname alone as a name and a word (`江/宏伟`); a name is then
        // followed by punctuation, a verb, a function word or a title
        let loose3 = h.boundary(i + 3)
            && (i..i + 3).all(|k| {
                matches!(h.class(k), WordClass::Unknown | WordClass::Person)
                    || (h.len_at(k) == 1 && h.class(k) != WordClass::Function)
            });
        let surname_word = h.word(i, i + 1) == Some(WordClass::Person)
            && h.token(i + 1).is_some_and(|(x, y, c)| {
                x == i + 1
                    && y == i + 3
                    && !matches!(c, WordClass::Function | WordClass::Verb | WordClass::Place)
            });
        let ends_name = |e: usize| {
            !is_han(t.get(e))
                || matches!(h.class(e), WordClass::Verb | WordClass::Function)
                || after_words().at(t, e).is_some()
        };
        let e = if singles || ((loose3 || surname_word) && (counting || ends_name(i + 3))) {
            i + 3
        } else {
            match h.token(i) {
                Some((_, y, WordClass::Unknown)) if (2..=3).contains(&(y - i)) => y,
                _ => return None,
            }
        };
        ((i + 1..e).all(|k| is_han(t.get(k)) && !not_given(t.get(k)))
            && h.boundary(e)
            && (i..e).all(|k| !taken.get(k).copied().unwrap_or(true))
            && !not_name_or_day(t.slice(i, e)))
        .then_some(e)
    };
    // two-char names jieba's dictionary knows, spelt as transliterations
    // (`琼斯`, `亨特`), by how often they stand as a word of their own
    let mut foreign2: super::FxMap<&str, usize> = Default::default();
    // where jieba's names start (also for the skip below)
    let person_starts = h.starts_of(WordClass::Person);
    for &i in &person_starts {
        if h.word(i, i + 2) == Some(WordClass::Person)
            && is_foreign(t.get(i))
            && is_foreign(t.get(i + 1))
        {
            *foreign2.entry(t.slice(i, i + 2)).or_default() += 1;
        }
    }
    let mut seen: super::FxMap<&str, usize> = Default::default();
    // (only at the common surnames, `bare`'s first test, by the gates)
    for i in t.each_gated(super::flags::gate::COMMON) {
        if let Some(e) = bare(i, true) {
            *seen.entry(t.slice(i, e)).or_default() += 1;
        }
    }
    // cursors for the rules that need a dot or a title a few chars on
    let mut dots = super::GateAhead::new(super::flags::gate::DOT);
    let mut strong = super::GateAhead::new(super::flags::gate::STRONG);
    let mut p = 0;
    let mut chars = super::GateAhead::new(super::flags::gate::NAME | super::flags::gate::FUNCTION);
    // the next char after `i` where a name may be looked for: a char a
    // name may start with (or a function-word surname), the start of a
    // word jieba calls a name, or a dot or a strong title close enough
    // after it (a dot at `q` is within reach of `q - 6 ..= q - 1`, a
    // strong title's start at `r` of `r - 4 ..= r - 2`); every char in
    // between fails `may` below (the dot and title cursors the rules'
    // own: asked at growing chars, one search of the text each, not two)
    let mut next_candidate =
        |i: usize, p: &mut usize, dots: &mut super::GateAhead, strong: &mut super::GateAhead| {
            let by_char = chars.next(t, i + 1);
            while person_starts.get(*p).is_some_and(|&s| s <= i) {
                *p += 1;
            }
            let by_word = person_starts.get(*p).copied().unwrap_or(t.len());
            let reach = |at: usize, back: usize| {
                if at < t.len() {
                    at.saturating_sub(back).max(i + 1)
                } else {
                    t.len()
                }
            };
            let by_dot = reach(dots.next(t, i + 2), 6);
            let by_strong = reach(strong.next(t, i + 3), 4);
            by_char.min(by_word).min(by_dot).min(by_strong)
        };
    let mut i = 0;
    while i < t.len() {
        if !is_han(t.get(i)) || !h.boundary(i) {
            i = next_candidate(i, &mut p, &mut dots, &mut strong);
            continue;
        }
        // no rule below finds a name at `i` unless its char may start one
        // (a known name, a surname, a Japanese family name, a foreign
        // name's char; a surname that is mostly a function word only after
        // a title, see `chinese_at`), jieba calls the word there a name,
        // or a dot or a strong title lies a few chars on (one test for
        // most chars; the rule after a title alone never fires here:
        // `titled` tried it, and it is asked only where no title ends)
        let f = t.gates().get(i).copied().unwrap_or(0);
        let may = f & NAME != 0
            || (f & FUNCTION != 0 && (scan.before(i) || t.before(i) == '、'))
            || h.token(i).is_some_and(|(_, _, c)| c == WordClass::Person)
            || dots.within(t, i + 1, i + 6)
            || strong.within(t, i + 2, i + 4);
        if !may || when_after_age(t, i) {
            i = next_candidate(i, &mut p, &mut dots, &mut strong);
            continue;
        }
        let dict_name = h
            .token(i)
            .filter(|&(a, b, c)| {
                a == i
                    && c == WordClass::Person
                    && b - a == 2 + scan.surname(i)
                    && scan.surname(i) > 0
                    && (a..b).all(|k| is_han(t.get(k)))
                    && !not_name_or_day(t.slice(a, b))
                    && scan.free(a, b)
            })
            .map(|(_, b, _)| (b, Evidence::Dictionary));
        let known_name = starts_known(t.get(i))
            .then(|| known_by_first().starting(t, i).next())
            .flatten()
            .map(|(_, n)| i + n)
            .filter(|&e| h.aligned(i, e) && scan.free(i, e))
            // (a known name jieba reads as a numeral, `万里` in `相距万里`,
            // only with a title before it or a verb or title after it)
            .filter(|&e| {
                h.word(i, e) != Some(WordClass::Function) || scan.before(i) || scan.after(e)
            })
            .map(|e| (e, Evidence::Dictionary))
            .or_else(|| {
                emperor_at(t, h, i)
                    .filter(|&e| scan.free(i, e))
                    .map(|e| (e, Evidence::Dictionary))
            });
        // `高允连`: a common surname and chars jieba joined as an unknown word
        let unknown_word = h
            .token(i)
            .filter(|&(a, b, c)| {
                a == i
                    && c == WordClass::Unknown
                    && (2..=3).contains(&(b - a))
                    && (is_common(t.get(a))
                        || (b - a == 3
                            && rarer_surname(t, h, a)
                            // (then a name must end as one: `危化品安全`,
                            // `危化品、城镇燃气` are no names)
                            && ((!is_han(t.get(b)) && t.get(b) != '、')
                                || matches!(h.class(b), WordClass::Verb | WordClass::Function)
                                || scan.after(b))))
                    // (`和` inside a name jieba's model joined whole, before
                    // a verb of saying or a title: `陈和生/x 说`)
                    && (a + 1..b).all(|k| {
                        is_han(t.get(k))
                            && (!not_given(t.get(k))
                                || (t.get(k) == '和' && k == a + 1 && b - a == 3 && scan.after(b)))
                    })
                    && scan.free(a, b)
                    && !not_name_or_day(t.slice(a, b))
                    && !is_dot(t.get(b))
                    // (a section of a river or road after its place's
                    // name: `沅水桃源/段禁采/区内`)
                    && !(t.get(a) == '段'
                        && !scan.before(a)
                        && h.token(a.saturating_sub(1)).is_some_and(|(x, y, c)| {
                            y == a
                                && y - x >= 2
                                && matches!(c, WordClass::Noun | WordClass::Place)
                        }))
                    // (a magnitude after a number and its unit: `98.6万标箱`)
                    && !(matches!(t.get(a), '万' | '千' | '百' | '亿')
                        && a > 0
                        && (t.get(a - 1).is_ascii_digit() || super::is_numeral(t.get(a - 1))))
                    // (an issuer's code before a document number:
                    // `宁商发〔2026〕12号`)
                    && !matches!(t.get(b), '〔' | '[' | '［')
                    // a name is followed by punctuation, a verb, a function
                    // word, an adverb or a title, not by a noun
                    // (`高擎/科技创新火炬`; `胡斌/主动/报名`)
                    && (!is_han(t.get(b))
                        || matches!(
                            h.class(b),
                            WordClass::Verb | WordClass::Function | WordClass::Other
                        )
                        || scan.after(b)
                        || b - a == 3)
            })
            .map(|(_, b, _)| (b, Evidence::Surname));
        // a compound surname jieba's dictionary calls a name and a given
        // name its model made one unknown word, where a name may end
        // (`诸葛/明辉，`)
        let compound_given = (h.word(i, i + 2) == Some(WordClass::Person) && scan.surname(i) == 2)
            .then(|| h.token(i + 2))
            .flatten()
            .filter(|&(x, y, c)| {
                x == i + 2
                    && (1..=2).contains(&(y - x))
                    && c == WordClass::Unknown
                    && (x..y).all(|k| is_han(t.get(k)) && !not_given(t.get(k)))
                    && scan.free(i, y)
                    && scan.name_ends(y)
            })
            .map(|(_, y, _)| (y, Evidence::Surname));
        let bare_at = bare(i, false);
        let repeated = bare_at
            .filter(|&e| seen.get(t.slice(i, e)).is_some_and(|&n| n >= 2))
            .map(|e| (e, Evidence::Surname));
        // a subject at a clause's start (`。田晚霞下岗后`, `，朱力行已经`,
        // `陈亚平的胸中`): a common surname jieba left alone and a given
        // name, then a verb, a function word or `的`
        // (or jieba tagged the surname a noun and the given name is a word:
        // `田/晚霞`)
        let noun_given = || {
            let e = i + 3;
            (is_common(t.get(i))
                && matches!(
                    h.class(i),
                    WordClass::Noun | WordClass::Person | WordClass::Place
                )
                && h.token(i + 1).is_some_and(|(x, y, c)| {
                    x == i + 1
                        && y == e
                        && matches!(c, WordClass::Noun | WordClass::Unknown | WordClass::Other)
                })
                && (i + 1..e).all(|k| is_han(t.get(k)) && !not_given(t.get(k)))
                && scan.free(i, e))
            .then_some(e)
        };
        // (the cheap tests of the context first: most chars fail them)
        let subject = || {
            let opens = i == 0
                || !is_han(t.before(i))
                // or after a one-char preposition (`在陈亚平的胸中`)
                || (h.len_at(i - 1) == 1
                    && h.boundary(i - 1)
                    && matches!(t.before(i), '在' | '从' | '对' | '给' | '向' | '跟' | '让' | '被' | '把'));
            if !opens || h.len_at(i) != 1 || !is_common(t.get(i)) {
                return None;
            }
            bare_at
                .or_else(noun_given)
                .filter(|&e| {
                    e == i + 3
                        // (not a place's or a thing's head: `白屈港两侧`)
                        && !matches!(t.get(e - 1), '港' | '河' | '湖' | '江' | '山' | '路' | '街' | '桥' | '村' | '镇' | '县' | '市' | '区' | '省' | '岛' | '湾' | '厂' | '站')
                        && lex_address().at(t, i + 1).is_none()
                        && after_words().at(t, i + 1).is_none()
                        && is_han(t.get(e))
                        && (matches!(h.class(e), WordClass::Verb | WordClass::Function)
                            || scan.after(e))
                })
                .map(|e| (e, Evidence::Surname))
        };
        // a speaker opening a clause, any surname jieba calls a name of
        // its own and a two-char word of any class but a name's, a
        // place's or a function word's, then a verb of saying
        // (`，聂/远航/v 这样说`)
        let speaker = || {
            let e = i + 3;
            ((i == 0 || is_clause_break(t.before(i)))
                && h.word(i, i + 1) == Some(WordClass::Person)
                && scan.surname(i) == 1
                && h.token(i + 1).is_some_and(|(x, y, c)| {
                    x == i + 1
                        && y == e
                        && !matches!(
                            c,
                            WordClass::Function | WordClass::Place | WordClass::Person
                        )
                })
                && (i + 1..e).all(|k| is_han(t.get(k)) && !not_given(t.get(k)))
                && scan.free(i, e)
                && [
                    "说",
                    "表示",
                    "这样说",
                    "这么说",
                    "介绍",
                    "指出",
                    "告诉",
                    "坦言",
                ]
                .iter()
                .any(|w| t.starts_with(e, w)))
            .then_some((e, Evidence::Surname))
        };
        // (a name ends before punctuation, a verb, a function word or a
        // title)
        let name_ends_at = |b: usize| {
            !is_han(t.get(b))
                || matches!(h.class(b), WordClass::Verb | WordClass::Function)
                || scan.after(b)
        };
        // a common surname and two chars that name people far more often
        // than they stand in words ([`given_char`]), on jieba's token
        // edges, after a clause's start, `的` or a one-char preposition or
        // verb (`找刘彦彬。`, `，高允/连独立办厂`, `的庞/卫国。`), then
        // punctuation, a verb or a function word
        let given = || {
            let e = i + 3;
            let opens = i == 0
                || !is_han(t.before(i))
                || matches!(h.class(i - 1), WordClass::Verb)
                || (h.len_at(i - 1) == 1 && "的对找和与给向让被请帮及跟同由".contains(t.before(i)));
            (opens
                && is_common(t.get(i))
                && h.boundary(e)
                && (i + 1..e).all(|k| is_han(t.get(k)) && !not_given(t.get(k)))
                && (i + 1..e).any(|k| given_char(t.get(k)))
                && !(i..e).all(|k| is_foreign(t.get(k)))
                && (i..e).all(|k| {
                    h.token(k).is_some_and(|(x, y, c)| {
                        x >= i
                            && y <= e
                            // (no common word: `马铃薯`, `黄金/期`, `严峻性`;
                            // but a given name that is one after a surname
                            // jieba tags a name: `佟/nr 海生/n`)
                            && (matches!(
                                c,
                                WordClass::Unknown | WordClass::Person | WordClass::Place
                            ) || (c == WordClass::Noun
                                && x == i + 1
                                && h.word(i, i + 1) == Some(WordClass::Person)))
                    })
                })
                && scan.free(i, e)
                && !not_name_or_day(t.slice(i, e))
                && name_ends_at(e))
            .then_some((e, Evidence::Surname))
        };
        // a transliteration jieba's model joined into one unknown word, of
        // three to six chars all spelt like one (`遗孀伊梅尔达/x 得到`), before
        // punctuation, a verb, a function word or a title
        let foreign_word = h
            .token(i)
            .filter(|&(a, b, c)| {
                a == i
                    && c == WordClass::Unknown
                    && (3..=6).contains(&(b - a))
                    && (a..b).all(|k| is_foreign(t.get(k)))
                    // (not the tail of a longer one: `西卡/ns 鲁利泽`)
                    && !(a > 0
                        && is_foreign(t.before(a))
                        && matches!(
                            h.class(a - 1),
                            WordClass::Place | WordClass::Person | WordClass::Unknown
                        ))
                    && scan.free(a, b)
                    && !not_name_or_day(t.slice(a, b))
                    && name_ends_at(b)
            })
            .map(|(_, b, _)| (b, Evidence::ForeignName));
        // a three-char or longer foreign name jieba's dictionary knows
        // (`萨默斯`), before punctuation, a verb or a title
        let dict_any = h
            .token(i)
            .filter(|&(a, b, c)| {
                a == i
                    && c == WordClass::Person
                    && b - a >= 3
                    && (a..b).all(|k| is_han(t.get(k)) && !super::is_numeral(t.get(k)))
                    // (spelt like a transliteration: the dictionary's `nr`
                    // also holds `今天上午`, `严格遵守`)
                    && 3 * (a..b).filter(|&k| is_foreign(t.get(k))).count() >= 2 * (b - a)
                    && scan.free(a, b)
                    && !not_name_or_day(t.slice(a, b))
                    && name_ends_at(b)
            })
            .map(|(_, b, _)| (scan.foreign_tail(i, b), Evidence::Dictionary));
        // a two-char transliterated name jieba's dictionary knows, standing
        // as a word twice or more in the text, here before a name's end
        // (`琼斯今年的最好成绩`, `更像琼斯的保镖`)
        let dict_two = h
            .token(i)
            .filter(|&(a, b, c)| {
                a == i
                    && b == i + 2
                    && c == WordClass::Person
                    && foreign2.get(t.slice(a, b)).is_some_and(|&n| n >= 2)
                    // (not the end of a longer transliteration: `里/弗斯`)
                    && !(is_han(t.before(a)) && is_foreign(t.before(a)))
                    && scan.free(a, b)
                    && !not_name_or_day(t.slice(a, b))
                    && scan.name_ends(b)
            })
            .map(|(_, b, _)| (b, Evidence::Dictionary));
        // (right after a title, [`titled`] tried the dotted and titled
        // rules already, on chars no place had taken yet)
        let tried = scan.before(i);
        // (a dotted name over a known name that is its first part:
        // `马克思·卢布里克`)
        let mut dotted = || {
            (!tried)
                .then(|| scan.dotted_at(i, dots.within(t, i + 1, i + 6)))
                .flatten()
        };
        let hit = match known_name {
            Some((e, _)) if is_dot(t.get(e)) => dotted().filter(|d| d.0 > e).or(known_name),
            _ => known_name,
        }
        .or_else(dotted)
        .or_else(|| scan.japanese_at(i))
        .or_else(|| (!tried).then(|| scan.titled_at(i)).flatten())
        .or_else(|| scan.chinese_at(i, &names))
        .or(dict_name)
        .or(unknown_word)
        .or(compound_given)
        .or(repeated)
        .or_else(subject)
        .or_else(speaker)
        .or_else(given)
        .or(foreign_word)
        .or(dict_any)
        .or(dict_two)
        .or_else(|| scan.foreign_at(i))
        .or_else(|| scan.of_country_at(i))
        .or_else(|| scan.before_strong_title(i, strong.within(t, i + 2, i + 4)));
        // jieba's dictionary tags some common nouns as names (`雷阵雨`,
        // `许可证`, `吉普车`, `尤伯杯`): a dictionary name alone never ends
        // in a char that heads such nouns
        // (nor ends in `说`, which jieba's model glues to a name: `赖斯说`)
        // (nor is the tail of a longer transliteration jieba cut into two
        // single chars before it: `图/阿/马西纳`, a city; not `奥/兰迪斯`,
        // whose char jieba calls a name's; `库/尼科娃` is widened below)
        let single_foreign = |k: usize| {
            is_foreign(t.get(k))
                && h.len_at(k) == 1
                && !matches!(
                    h.class(k),
                    WordClass::Function | WordClass::Verb | WordClass::Person
                )
        };
        // (asked only of a dictionary name: not at every candidate)
        let tail = || i >= 2 && single_foreign(i - 1) && single_foreign(i - 2);
        // (a given name ending in `之`, a char of old-style names that
        // jieba leaves alone, before a form of address: `侯御/之 先生`, as
        // `王羲之`; not a known name's `之`, `郑和之说`)
        let hit = hit.map(|(e, ev)| {
            let zhi = e == i + 2
                && ev != Evidence::Dictionary
                && t.get(e) == '之'
                && h.len_at(e) == 1
                && ["先生", "女士", "同志", "教授", "老先生", "博士"]
                    .iter()
                    .any(|w| t.starts_with(e + 1, w));
            (e + usize::from(zhi), ev)
        });
        let hit = hit.filter(|&(e, ev)| {
            (ev != Evidence::Dictionary
                || !noun_head(t.before(e))
                    && t.before(e) != '说'
                    && !inside_place(t, i, e)
                    && !tail())
                && !landform_end(t.before(e))
                || known_name.is_some()
        });
        // the end of a railway or road named by its two ends is a place, no
        // person (`黄桶/至/百色铁路`)
        let route_end = |e: usize| {
            t.get(e) == '至'
                && (e + 2..=e + 5).any(|k| {
                    ["铁路", "高铁", "公路", "高速", "航线", "城际"]
                        .iter()
                        .any(|w| t.starts_with(k, w))
                        && (e + 1..k).all(|q| is_han(t.get(q)))
                })
        };
        // nor names a disease (`阿尔茨海默/病`)
        let disease = |e: usize| t.match_any(e, &["病", "症", "综合征"]).is_some();
        // nor is a place's stem the dictionary calls a name (`曹妃甸/港区`)
        let place_stem = |e: usize| {
            h.token(e).is_some_and(|(x, y, _)| {
                x == e
                    && matches!(
                        t.slice(x, y),
                        "港区" | "港" | "新区" | "景区" | "机场" | "水库" | "古镇" | "湿地"
                    )
            })
        };
        let hit = hit.filter(|&(e, ev)| {
            !matches!(
                ev,
                Evidence::Surname | Evidence::Dictionary | Evidence::ForeignName
            ) || !(route_end(e) || place_stem(e) || disease(e))
        });
        // a name only a surname made never ends in a verb's complement or
        // a particle (`戴上`, `连吹来`, `高些`), nor is a surname and the
        // honorific `老` (`吕老去怀柔`)
        let hit = hit.filter(|&(e, ev)| {
            ev != Evidence::Surname
                || !(complement_end(t.before(e)) || (scan.surname(i) == 1 && t.get(i + 1) == '老'))
        });
        // a transliteration jieba cut a char off (`库/尼科娃`)
        let hit = hit.map(|(e, ev)| match ev {
            Evidence::Dictionary | Evidence::ForeignName => {
                let (a, e) = scan.widen_foreign(i, e);
                // (back only over a char no name found before took)
                let a = if out.last().is_some_and(|f| f.end > a) {
                    i
                } else {
                    a
                };
                (a, e, ev)
            }
            _ => (i, e, ev),
        });
        match hit {
            Some((a, e, evidence)) => {
                names.insert(t.slice(a, e).to_string());
                out.push(Found {
                    start: a,
                    end: e,
                    evidence,
                });
                i = e;
            }
            None => i += 1,
        }
    }
    out
}
