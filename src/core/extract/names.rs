//! Places and organisations of general news: countries and world cities,
//! every Chinese division, short country forms (`中美`, `访华`), and
//! organisations by grammar (place or prefix + body + suffix) or by name.
//!
//! [`entities`](super::entities) finds the places and bodies of local
//! government news. This pass adds, outside the chars it already took:
//!
//! - **places** listed in `world.txt` (Chinese divisions from GB/T 2260 at
//!   province, prefecture and county level, countries, world cities and
//!   regions, rivers, lakes, mountains, projects), taken only where jieba's
//!   tokens do not cut them (`西北风` holds no `西北`); jieba's own `ns`
//!   tags are not used (they tag `城市`, `海洋`, `满意度` too);
//! - **short forms** of countries and provinces where the context makes
//!   them places: pairs before a relation word (`中美关系`, `中日两国`) and
//!   after a visit verb (`访华`, `来华`, `抵京`);
//! - **organisations**: a suffix token (`委员会`, `部`, `局`, `大学`,
//!   `公司`, `银行`, `队` …) extended to the left over nouns, places and
//!   organisations, stopping at a verb, a function word or punctuation, so
//!   an organisation never starts inside the clause before it; it must
//!   start with a place, an organisation or a known prefix (`中国`, `国家`,
//!   `中共`, `国际` …). Nesting comes out whole (`中共深圳市委宣传部`,
//!   `深圳大学管理学院`). Words jieba's dictionary tags as organisations
//!   (`nt`: `新华社`, `国务院`) and a few abbreviations are organisations too.

use super::hints::{Hints, WordClass};
use super::{is_clause_break, is_han, Text};
use crate::core::report::{Entity, EntityKind, Evidence};

char_set!(is_short, SHORT);
char_set!(pub(super) is_country, COUNTRY);

lexicon!(lex_pair_next, PAIR_NEXT);
lexicon!(lex_side, SIDE);

lexicon!(org_suffixes, ORG_SUFFIXES);

/// An entity found by this pass: kind, char span and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// A place or an organisation.
    pub kind: EntityKind,
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// Why.
    pub evidence: Evidence,
}

/// Organisation suffixes, longest first.
#[rustfmt::skip]
const ORG_SUFFIXES: &[&str] = &[
    "领导小组办公室", "会计师事务所", "股份有限公司", "有限责任公司", "人民代表大会", "人民检察院", "律师事务所", "有限公司", "人民政府", "人民法院",
    "纪检监察组", "委员会", "常委会", "理事会", "促进会", "组委会", "筹委会", "研究室", "党支部", "代表大会", "检察院", "办公厅", "办公室", "联合会", "基金会", "研究院",
    "研究所", "事务所", "研究中心", "研究会", "科学院", "工程院", "出版社", "通讯社", "电视台", "广播电台", "派出所",
    "日报社", "杂志社", "俱乐部", "同乡会", "公会", "联谊会", "实验室", "代表团", "代表处", "办事处", "总公司", "管理局", "管理处", "管理所", "联合国",
    "代表队", "集训队", "登山队", "田径队", "体操队", "游泳队", "制片厂", "制药厂", "总领事馆",
    // a navy's fleets and formations (`加拿大海军太平洋舰队`, `海军第45批护航编队`)
    "舰队", "护航编队", "舰艇编队",
    "大使馆", "领事馆", "合作社", "使馆", "信用社", "联社", "海关", "中院",
    "法院", "公司", "集团", "中央银行", "央行", "银行", "大学", "学院", "中学", "小学", "学校", "医院", "协会",
    "学会", "总会", "商会", "联盟", "组织", "中心", "报社", "日报", "电台", "议会", "国会", "内阁",
    "政协", "共青团", "女篮", "女足", "女排", "男篮", "男足", "男排", "党校", "总局", "分局", "总队", "支队", "大队", "党团", "法庭", "支部", "党委", "市委", "省委", "县委", "区委", "州委", "工委", "分行", "支行", "书店", "剧院", "剧团", "总厂", "分厂",
    "乐团", "工厂", "博物馆", "博物院", "图书馆", "纪念馆", "体育馆", "科协", "妇联", "工会", "团委",
    // venues, found like organisations and reported as places (see [`is_venue`])
    "美术馆", "档案馆", "展览馆", "科技馆", "大剧院", "大厦", "大会堂", "广场", "体育场",
    // inspection teams, leading groups and headquarters (`省委第五巡视组`,
    // `中央第三生态环境保护督察组`, `市防汛抗旱指挥部`)
    "巡视组", "巡察组", "督察组", "督导组", "领导小组", "指挥部",
    // short forms of the people's bodies (`山西省残联`, `省文联`)
    "残联", "文联", "侨联", "作协", "记协", "台联", "工商联",
    // a team (`巴西足球队`, `德国男子网球队`, `北京大宝女子围棋队`)
    "球队", "棋队",
    // a city's traffic police as a body (`济南交警`)
    "交警",
    "委", "部", "厅", "局", "署", "院", "所", "办", "队", "党", "社", "厂", "军", "台", "馆", "团", "处",
];

/// Words that make a `、`-list of places one body without `联合`
/// (`中、斯登山队`).
const JOINT_TEAMS: &[&str] = &[
    "登山队",
    "考察队",
    "科考队",
    "探险队",
    "代表团",
    "医疗队",
    "救援队",
    "联队",
];

/// Words of a sentence about a match (for [`Scan::sponsor_team`]).
const MATCH_WORDS: &[&str] = &[
    "球", "赛", "教练", "主场", "客场", "战胜", "击败", "迎战", "负于", "战平", "进攻", "防守",
    "前锋", "后卫", "门将", "射门", "积分", "甲A", "甲B", "联赛",
];

/// Teams named by what they are, not by a sponsor (`工作队`, `施工队`).
const GENERIC_TEAMS: &[&str] = &[
    "工作队",
    "施工队",
    "生产队",
    "医疗队",
    "考察队",
    "宣传队",
    "突击队",
    "服务队",
    "巡逻队",
    "消防队",
    "救援队",
    "球队",
    "国家队",
    "青年队",
    "少年队",
    "主队",
    "客队",
    "对手队",
    "梯队",
    "预备队",
];
word_set!(generic_team, GENERIC_TEAMS);

/// Organisations known by a short or unusual name (the compiler's own
/// list of common abbreviations), taken where jieba's tokens do not cut them.
#[rustfmt::skip]
const ORG_NAMES: &[&str] = &[
    "中共中央", "党中央", "中共", "全国人大", "人大", "全国政协", "新华社", "中新社", "国家经贸委",
    "国家计委", "国家发改委", "国家体委", "中残联", "全国总工会", "全国妇联", "团中央", "中科院",
    "中国残联", "中国作协", "中国文联", "中国科协", "中国侨联", "中国记协", "全国工商联", "全国台联",
    "法航", "国航", "东航", "南航", "一汽", "二汽", "工行", "农行", "中行", "建行", "交行", "招行",
    "社科院", "工程院", "解放军", "武警", "北大", "清华", "复旦", "人大附中", "欧盟", "北约", "东盟",
    "欧佩克", "世贸组织", "世贸", "世行", "亚行", "亚太经合组织", "奥委会", "国际奥委会", "国际足联",
    "足协", "中国足协", "联合国", "安理会", "国会", "议会", "参议院", "众议院", "白宫", "五角大楼",
    "国务院", "中央军委", "最高法", "最高检", "十五大", "十四大", "十三大", "中共十五大", "微软",
    "英特尔", "思科", "苹果公司", "丰田", "索尼", "松下", "三星", "波音", "空客", "华为", "海尔",
    "联想", "中兴", "中石油", "中石化", "中海油", "央视", "人民日报", "新华网", "路透社", "美联社",
    "法新社", "共同社", "塔斯社", "国家杜马", "海军", "空军", "陆军", "民主党", "共和党", "工党", "保守党", "自民党",
    "国民党", "民进党", "致公党", "民盟", "民建", "民革", "九三学社", "台盟", "农工党",
    // ministries and commissions of the State Council, past and present
    "国家发展和改革委员会", "国家民族事务委员会", "国家卫生健康委员会", "国家卫生健康委",
    "国家卫健委", "国家卫生计生委", "外交部", "国防部", "教育部", "科学技术部", "科技部",
    "工业和信息化部", "工信部", "公安部", "国家安全部", "民政部", "司法部", "财政部",
    "人力资源和社会保障部", "人社部", "自然资源部", "生态环境部", "住房和城乡建设部", "住建部",
    "交通运输部", "交通部", "水利部", "农业农村部", "农业部", "商务部", "文化和旅游部", "文化部",
    "退役军人事务部", "应急管理部", "审计署", "中国人民银行", "人民银行", "央行", "海关总署",
    "国家税务总局", "国家统计局", "国家市场监督管理总局", "国家市场监管总局", "国务院国资委",
    "国资委", "证监会", "银保监会", "银监会", "保监会", "金融监管总局", "国家外汇管理局",
    "外汇局", "铁道部", "卫生部", "人事部", "劳动部", "劳动和社会保障部", "信息产业部",
    "国土资源部", "建设部", "环保部", "环境保护部", "监察部", "国家教委", "国家科委",
    "国家民委", "国家计生委", "国家工商总局", "国家质检总局", "国家旅游局", "国家林业局",
    "国家海洋局", "国家知识产权局", "国家新闻出版署", "新闻出版署", "广电总局", "国家广电总局",
    "中央纪委", "中纪委", "国家监委", "中央组织部", "中组部", "中央宣传部", "中宣部",
    "中央统战部", "中联部", "中央办公厅", "国务院办公厅", "国务院新闻办公室", "国务院新闻办",
    "国务院台办", "国台办", "国务院港澳办", "最高人民法院", "最高人民检察院",
    // (the earthquake network whose name every earthquake report opens with)
    "中国地震台网",
    // international bodies (their official Chinese names and short forms)
    "联合国安理会", "联合国大会", "联大", "联合国秘书处", "国际红十字会", "红十字国际委员会",
    "国际刑事法院", "国际法院", "国际原子能机构", "国际货币基金组织", "世界银行", "世界卫生组织",
    "世卫组织", "世界贸易组织", "世界经济论坛", "世界气象组织", "国际劳工组织", "国际刑警组织",
    "联合国开发计划署", "联合国儿童基金会", "联合国难民署", "联合国粮农组织", "联合国环境规划署",
    "联合国教科文组织", "联合国人权理事会", "世界知识产权组织", "国际电信联盟", "国际民航组织",
    "国际海事组织", "世界旅游组织", "国际能源署", "亚洲开发银行", "亚洲基础设施投资银行", "亚投行",
    "新开发银行", "非洲开发银行", "非洲发展银行", "非洲联盟", "非盟", "阿拉伯国家联盟", "阿盟",
    "海湾合作委员会", "海合会", "东南亚国家联盟", "上海合作组织", "上合组织", "经济合作与发展组织",
    "经合组织", "石油输出国组织", "北大西洋公约组织", "欧洲安全与合作组织", "欧安组织",
    "欧洲理事会", "欧洲议会", "欧盟委员会", "欧洲中央银行", "欧洲央行", "美联储", "独联体",
    "美洲国家组织", "伊斯兰合作组织", "英联邦", "全球环境基金", "泛美卫生组织", "世界自然基金会",
    "绿色和平组织", "无国界医生", "国际特赦组织", "国际奥林匹克委员会", "国际足球联合会",
    "国际农业发展基金", "农发基金", "世界粮食计划署", "粮食计划署", "粮食署", "联合国粮食及农业组织",
    "东非共同体", "欧洲共同体", "欧共体", "加勒比共同体", "南部非洲发展共同体", "西非国家经济共同体",
    "拉美和加勒比国家共同体", "拉共体", "太平洋岛国论坛", "南方共同市场", "联合国工业发展组织",
    "联合国人口基金", "联合国妇女署", "联合国贸易和发展会议", "世界动物卫生组织", "国际移民组织",
    // companies widely known by a name without a suffix (only names that
    // are no common word: not `大众`, `美的`, `长安`, `平安`, `小米`)
    "飞利浦", "摩托罗拉", "爱立信", "诺基亚", "西门子", "可口可乐", "百事可乐", "麦当劳", "肯德基",
    "沃尔玛", "通用汽车", "通用电气", "福特汽车", "惠普", "甲骨文公司", "谷歌", "亚马逊", "特斯拉",
    "英伟达", "高通", "三菱", "日立", "东芝", "佳能", "尼康", "雀巢", "宝洁", "联合利华", "壳牌",
    "埃克森美孚", "英国石油", "道达尔", "大众汽车", "戴姆勒", "奔驰汽车", "宝马汽车", "奥迪", "雷诺",
    "菲亚特", "沃尔沃", "劳斯莱斯", "法拉利", "现代汽车", "起亚", "夏普", "纳斯达克", "腾讯",
    "阿里巴巴", "百度", "字节跳动", "拼多多", "比亚迪", "宁德时代", "中国移动", "中国联通",
    "中国电信", "中国石油", "中国石化", "国家电网", "南方电网", "中国银行", "工商银行", "建设银行",
    "农业银行", "交通银行", "招商银行", "中国平安", "中远海运", "中国中铁",
    "中国铁建", "中国建筑", "宝钢", "鞍钢", "首钢", "武钢", "邯钢", "格力电器", "海信", "娃哈哈",
    "中兴通讯", "大疆", "蔚来",
];

/// Whether a listed body ending at char `e` ends inside a two-char token
/// of jieba's whose second char is a one-char adverb, modal or preposition
/// (`工信/部将/会同`: `工信部` + `将`).
fn glued_after_body(t: &Text, h: &Hints, e: usize) -> bool {
    e > 0
        && matches!(t.before(e), '部' | '委' | '局' | '办' | '署' | '院' | '会')
        && h.token(e - 1)
            .is_some_and(|(x, y, _)| x == e - 1 && y == e + 1)
        && matches!(
            t.get(e),
            '将' | '要'
                | '会'
                | '对'
                | '在'
                | '是'
                | '和'
                | '与'
                | '的'
                | '也'
                | '还'
                | '已'
                | '正'
        )
}

/// Words by their first two chars, each with its length in chars and its
/// third char (`'\0'` for a word of two).
type ByTwo = super::FxMap<(char, char), Vec<(&'static str, usize, char)>>;

/// [`ORG_NAMES`] by their first two chars (every name has two or more).
fn org_names_by_two() -> &'static ByTwo {
    static S: std::sync::OnceLock<ByTwo> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let mut by = ByTwo::default();
        for &w in ORG_NAMES {
            let mut cs = w.chars();
            if let (Some(a), Some(b)) = (cs.next(), cs.next()) {
                let third = cs.next().unwrap_or('\0');
                by.entry((a, b))
                    .or_default()
                    .push((w, w.chars().count(), third));
            }
        }
        by
    })
}

/// Where `w` splits into two places written together, the first a country
/// or a province in its short form of two to four chars, the second a name
/// of the gazetteer or a county's short form (`美国` + `纽约`, `湖南` +
/// `永州`; not `宁夏平原`): the byte offset of the second.
fn two_places(w: &str) -> Option<usize> {
    w.char_indices().skip(2).take(3).map(|(k, _)| k).find(|&k| {
        let (p, q) = w.split_at(k);
        is_country_or_province(p)
            && !p.ends_with(['省', '市'])
            && q.chars().count() >= 2
            && (in_gazetteer(q) || is_division_short_form(q))
    })
}

/// Whether `w` is one of [`ORG_NAMES`].
fn is_org_name(w: &str) -> bool {
    let mut cs = w.chars();
    let (Some(a), Some(b)) = (cs.next(), cs.next()) else {
        return false;
    };
    org_names_by_two()
        .get(&(a, b))
        .is_some_and(|ws| ws.iter().any(|&(x, _, _)| x == w))
}

/// Words an organisation may start with besides a place or an organisation.
#[rustfmt::skip]
const ORG_PREFIXES: &[&str] = &[
    "中国", "中华", "中共", "中央", "全国", "国家", "亚洲", "欧洲", "联合国", "国务院", "解放军", "武警",
    "共青团", "省", "市", "县", "区", "州", "自治区", "镇", "乡", "村",
    // state builders named with a numbered bureau (`中铁` + `二十三局`)
    "中铁", "中建", "中交", "中冶", "中水", "中核", "中电建",
    // the big banks' short forms before a branch (`建行` + `平湖支行`)
    "工行", "农行", "中行", "建行", "交行", "招行",
    // the state grid's and the state telecoms' city companies (`国网` +
    // `大同供电公司`)
    "国网", "南网",
];
word_set!(org_prefix, ORG_PREFIXES);

/// Attributes jieba tags neither noun nor place that may stand inside an
/// organisation's name (`海口市中级人民法院`).
const BODY_ATTRIBUTES: &[&str] = &[
    "中级", "高级", "初级", "最高", "州立", "国立", "市立", "省立", "县立",
    // a university's hospital or school (`中国医科大学附属第一医院`)
    "附属",
];
word_set!(body_attribute, BODY_ATTRIBUTES);

/// A hospital's clinical departments (`泌尿外科`, `心内科`, `儿科`): by
/// their last words.
const CLINICAL: &[&str] = &[
    "外科",
    "内科",
    "儿科",
    "妇科",
    "产科",
    "眼科",
    "骨科",
    "牙科",
    "皮肤科",
    "急诊科",
    "麻醉科",
    "肿瘤科",
    "放射科",
    "检验科",
    "神经科",
    "口腔科",
];
lexicon!(lex_clinical, CLINICAL);

/// The last words of an academic unit's name, which may join two fields
/// with `与` (`信息科学与工程学院`).
const ACADEMIC_UNITS: &[&str] = &["学院", "研究所", "研究院", "研究中心", "实验室", "系"];
lexicon!(lex_academic_units, ACADEMIC_UNITS);

/// Verbs that stand inside the body of an organisation's name before its
/// suffix (`省投资促进中心`, `县行政审批局`, `市综合行政执法局`).
#[rustfmt::skip]
const BODY_VERBS: &[&str] = &[
    "促进", "审批", "执法", "监测", "检测", "检验", "救助", "征收", "招商", "保护", "调解", "仲裁",
    "治理", "开发", "投资", "交易", "督查", "督察", "巡察", "孵化", "培训", "登记", "监察",
    "援助", "鉴定", "评估", "认证", "推广", "保障", "担保", "预防", "控制",
    // (a partner city's aid team: `杭州市对口帮扶黔东南州工作队`)
    "帮扶", "驻村",
    // (sports a venue is named for: `广东奥林匹克游泳跳水馆`)
    "跳水", "射击", "击剑", "举重", "摔跤", "滑冰", "滑雪",
    // (an institute's purpose: `量子科技创新研究院`, `技术创新中心`)
    "创新",
    // (a cooperative's trade: `依撒村马铃薯种植专业合作社`)
    "种植", "养殖", "加工", "销售", "运输",
];
word_set!(body_verb, BODY_VERBS);

/// Suffixes that name an organisation without a place or known body
/// before them (`机场管理局`, `语文出版社`, `星牌俱乐部`).
#[rustfmt::skip]
const HEADLESS: &[&str] = &[
    "出版社", "日报社", "杂志社", "俱乐部", "理事会", "联合会", "基金会", "管理局", "总公司",
    "研究会", "促进会", "学会", "商会", "保险公司", "内阁", "新闻中心", "管理中心",
    // a police station named by its street or bridge (`光明桥派出所`)
    "派出所",
    // parties named by their creed (`民族联合党`, `自由民主党`)
    "联合党", "民主党", "人民党", "共和党", "自由党", "社会党", "进步党", "工人党",
];

/// Words ending in an organisation suffix's char that name no body.
#[rustfmt::skip]
const NO_BODY_ENDS: &[&str] = &[
    "格局", "场所", "大局", "全局", "结局", "布局", "僵局", "骗局", "时局", "开局", "定局", "残局", "决胜局", "棋局", "赛局", "当局",
    "住所", "寓所", "处所", "厕所", "代办", "院所",
    // officials, not a body (`带着镇村干部`)
    "干部",
    // a city's standing, not a body (`香港国际金融中心地位`)
    "金融中心",
];

/// Body words that make a suffix generic (`有关部门`, `该公司`, `这所大学`).
#[rustfmt::skip]
const NOT_BODY: &[&str] = &[
    "有关", "相关", "各", "该", "本", "这", "那", "此", "其", "一", "每", "某", "各级", "所有", "许多",
    "不少", "一些", "多", "几", "全", "我", "你", "他", "她", "它", "我们", "他们", "本报", "本报讯",
    "记者", "讯", "电", "会同", "会见", "接见", "率领", "访问", "陪同", "宴请",
    // match verbs jieba may tag as nouns: no team across them
    // (`杜塞尔多夫战胜捷克队`)
    "战胜", "击败", "打败", "负于", "逼平", "迎战", "对阵", "力克", "不敌",
    // verbs of setting up jieba tags as nouns: what they set up is no
    // body of the place before them (`古蔺县/设置/哨点/医院`)
    "设置", "设立", "成立", "开展", "举办", "召开", "组建",
    // continents and regions before a team are a kind, not a name
    // (`南美球队`, `非洲球队`)
    "南美", "北美", "非洲", "欧洲", "亚洲", "美洲", "拉美",
];
word_set!(not_body, NOT_BODY);

char_set!(pub(super) starts_org_name, super::firsts(ORG_NAMES));
char_set!(pub(super) admin_suffix, "乡镇村省市县州邦郡");

char_set!(department, "司处科室局厅所办");
lexicon!(lex_zones, ZONES);
lexicon!(lex_branches, BRANCHES);

/// Branches and units of a body, named after it (`南京分行`, `调查总队`).
#[rustfmt::skip]
const BRANCHES: &[&str] = &[
    "分公司", "分中心", "办事处", "代表处", "分行", "支行", "分局", "总队", "支队", "大队", "分院",
    "分社", "分会", "分校",
];

/// Suffixes of development zones and areas named after a place, longest
/// first (`洛阳高新区`, `苏州工业园区`, `长三角城市群`).
#[rustfmt::skip]
const ZONES: &[&str] = &[
    "高新技术产业开发区", "经济技术开发区", "高新技术开发区", "自由贸易试验区", "综合保税区",
    "自由贸易港", "经济开发区", "自由贸易区", "工业园区", "产业园区", "高新区", "经开区", "开发区", "保税区",
    "自贸区", "示范区", "试验区", "工业园", "产业园", "科技园", "都市圈", "城市群", "经济区",
    "经济带", "自贸片区", "自贸港", "国际陆港", "陆港", "管理区", "片区", "新区",
];

/// Whether `w` is only a kind of body or zone (`管委会`, `经开区`), no
/// name: a short form must say more.
pub(super) fn kind_word(w: &str) -> bool {
    org_suffixes().suffix_of(w) == Some(w) || lex_zones().suffix_of(w) == Some(w)
}

char_set!(pub(super) no_place_start, "全本各该每这那此一两我其某");
// (a gate too: `flags::gate::PREPOSITION`)
char_set!(pub(super) preposition_char, "对在向从到于把被给与和同将由为");
char_set!(ends_direction, "部方面边侧");
lexicon!(lex_place_before, PLACE_BEFORE);
lexicon!(lex_not_stem, NOT_STEM);

/// Words of movement or location before a place (`在德班`, `抵拉塔基亚`),
/// and nouns a place's name stands in apposition to (`港口城市德班`,
/// `首都金边`).
#[rustfmt::skip]
const PLACE_BEFORE: &[&str] = &[
    "抵达", "前往", "来自", "位于", "飞抵", "访问", "途经", "在", "抵", "赴", "到", "从", "于",
    "往", "至", "去", "城市", "首都", "首府", "小城", "小镇",
];

/// Nouns that describe a town or village rather than name it (`贫困村`).
#[rustfmt::skip]
const NOT_STEM: &[&str] = &[
    "贫困", "示范", "试点", "重点", "文明", "特色", "卫生", "园林", "宜居", "智慧", "历史", "先进", "中心", "城市", "农村", "城镇", "设区",
    "小康", "生态", "旅游", "专业", "经济", "工业", "农业", "老区", "山区", "边境", "民族",
    "全国", "家乡", "故乡", "外地", "本地", "当地", "外省", "其他", "周边", "附近",
    // (a verb jieba tags a noun before a town: `落户/江镜/镇`)
    "落户", "入驻",
];
char_set!(starts_pair, super::firsts(PAIRS));

/// Short forms of countries and provinces that pair in `中美关系`.
const SHORT: &str = "中美日俄苏英法德韩朝印巴以越泰澳加意葡荷比瑞奥匈波捷埃欧亚非港台京沪津渝粤闽鲁豫川湘鄂赣皖冀晋辽吉陕甘青宁藏桂琼蒙墨叙菲古缅柬孟新马阿";

/// Pairs of short forms that name two places wherever they stand (the
/// compiler's own list).
#[rustfmt::skip]
const PAIRS: &[&str] = &[
    "港台", "港澳", "台港", "澳台", "青藏", "黄淮", "江淮", "京津", "京沪", "沪宁", "沪杭", "粤港", "闽台",
    "川藏", "滇藏", "新藏", "川渝", "中美", "美中", "中日", "日中", "中俄", "俄中", "美日", "日美", "美俄",
    "俄美", "中印", "印巴", "巴以", "以巴", "中韩", "韩朝", "朝韩", "中朝", "中越", "中法", "中英", "中德",
    "英法", "美英", "英美", "法德", "德法", "日俄", "俄日", "日韩", "韩日", "美韩", "欧美",
];

/// Words after a pair of short forms that make them places.
#[rustfmt::skip]
const PAIR_NEXT: &[&str] = &[
    "关系", "两国", "三国", "双方", "之间", "合作", "会谈", "会晤", "首脑", "峰会", "边界", "边境",
    "联合", "建交", "友好", "贸易", "战略", "经贸", "外长", "领导人", "两党", "三方", "友谊",
    "经济", "两军", "外交", "伙伴", "对话", "交流", "双边", "冲突", "谈判", "和约", "核竞赛",
];

/// Words jieba joins to a place that leave it a place (`荷兰人`, `中东地区`).
#[rustfmt::skip]
const PLACE_TAILS: &[&str] = &[
    "人", "地区", "政府", "方面", "一带", "境内", "全境", "人民", "国内", "籍", "族", "语", "各地",
    "当局", "队", "口音", "时间", "海域", "沿岸", "两岸", "流域", "地带", "以南", "以北", "以东", "以西",
];
word_set!(place_tail, PLACE_TAILS);

/// Whether `c` is a preposition jieba may glue to the level word after it
/// (`至省`, `据市`: the level word heads the body that follows).
fn glued_preposition(c: char) -> bool {
    matches!(
        c,
        '至' | '在' | '向' | '对' | '由' | '从' | '经' | '到' | '为' | '给' | '据'
    )
}

/// Whether the token before `s` is a preposition and a level word jieba
/// glued together (`据市`, `经市`): the level word heads the body at `s`.
fn glued_level_before(t: &Text, h: &Hints, s: usize) -> bool {
    s >= 2
        && h.token(s - 1).is_some_and(|(x, y, _)| x == s - 2 && y == s)
        && matches!(t.get(s - 1), '省' | '市' | '县' | '区')
        && glued_preposition(t.get(s - 2))
}

/// Whether a port's area (`港区`, one word) starts at `e` and ends a name.
fn port_area(t: &Text, h: &Hints, e: usize) -> bool {
    t.starts_with(e, "港区") && h.word(e, e + 2).is_some() && ends_before(t, h, e + 2)
}

/// Where a border crossing's place starts at `i`: its end. One or two
/// tokens jieba does not know or calls a name or a place, two to five Han
/// chars, before `口岸` (`孟定/口岸`, `扎门/乌德/口岸`), or before `、` or
/// `—` and another such place (`瑞丽、孟定口岸`; `depth` counts those).
fn crossing_stem(t: &Text, h: &Hints, i: usize, depth: usize) -> Option<usize> {
    let mut e = i;
    for _ in 0..2 {
        let Some((x, y, c)) = h.token(e).filter(|&(x, _, _)| x == e) else {
            break;
        };
        if !matches!(c, WordClass::Unknown | WordClass::Person | WordClass::Place)
            || y - i > 5
            || !(x..y).all(|k| is_han(t.get(k)))
        {
            break;
        }
        e = y;
        if e - i < 2 {
            continue;
        }
        if t.starts_with(e, "口岸") && h.word(e, e + 2).is_some() {
            return Some(e);
        }
        if depth < 3
            && matches!(t.get(e), '、' | '—' | '－')
            && crossing_stem(t, h, e + 1 + usize::from(t.get(e + 1) == '—'), depth + 1).is_some()
        {
            return Some(e);
        }
    }
    None
}

/// A country's name without `共和国` or `王国` (`斐济` of `斐济共和国`).
fn strip_state_form(w: &str) -> &str {
    w.strip_suffix("共和国")
        .or_else(|| w.strip_suffix("王国"))
        .unwrap_or(w)
}

/// Countries' one-char short forms.
const COUNTRY: &str = "中美日俄英法德韩朝印巴以越泰澳加意";

/// Sides and titles after a country's short form (`美方`, `俄总统`).
#[rustfmt::skip]
const SIDE: &[&str] = &[
    "方", "总统", "总理", "首相", "外长", "国务卿", "防长", "驻", "军方", "副总统", "外交部", "总统府",
    "政府", "国内",
];

/// Visit verbs before a short form (`访华`, `抵京`).
const VISIT: &[&str] = &[
    "访", "来", "在", "驻", "离", "抵", "赴", "旅", "返", "进", "回", "援", "侵", "反", "对",
];
// (every visit verb is one char: the char before a short form is tested)
char_set!(visit_verb, VISIT.concat());

/// The world gazetteer (`world.txt`) with the local one (`places.txt`).
pub fn gazetteer() -> &'static [&'static str] {
    static G: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    G.get_or_init(|| {
        // longest first, in byte order within a length, once each: one
        // sort by (chars, name) with each name's chars counted once (a
        // sort by name and a stable sort by a key counted per compare were
        // a few million instructions of the first extraction), its names'
        // first 16 bytes compared as a number and the rest only where those
        // agree (`gazetteer_is_sorted_by_length_then_name`)
        let mut w: Vec<((std::cmp::Reverse<usize>, u128), &str)> = gazetteer_words()
            .map(|s| ((std::cmp::Reverse(s.chars().count()), prefix_key(s)), s))
            .collect();
        w.sort_unstable();
        w.dedup();
        w.into_iter().map(|(_, s)| s).collect()
    })
}

/// The gazetteer's names as the files list them (with repeats).
fn gazetteer_words() -> impl Iterator<Item = &'static str> {
    [include_str!("places.txt"), include_str!("world.txt")]
        .into_iter()
        .flat_map(str::lines)
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
}

/// The first 16 bytes of `s` as a big-endian number, zero-padded: two
/// strings whose keys differ compare as their keys do (a shorter string
/// that the other starts with pads with zeros, below any byte of it).
fn prefix_key(s: &str) -> u128 {
    let mut key = [0u8; 16];
    let n = s.len().min(16);
    if let (Some(k), Some(b)) = (key.get_mut(..n), s.as_bytes().get(..n)) {
        k.copy_from_slice(b);
    }
    u128::from_be_bytes(key)
}

/// The gazetteer indexed by the first two chars of each name (every name
/// has two or more), longest first: a lookup tries only the few names that
/// can start at a char, not the hundreds that share its first char.
fn gazetteer_index() -> &'static super::FxMap<(char, char), Vec<&'static str>> {
    static I: std::sync::OnceLock<super::FxMap<(char, char), Vec<&'static str>>> =
        std::sync::OnceLock::new();
    I.get_or_init(|| {
        // (each pair's few names sorted as [`gazetteer`] sorts them all,
        // longest first and once each: the order its groups had, without
        // the sort of the whole list; `gazetteer_index_groups_the_gazetteer`)
        let mut first: super::FxMap<(char, char), Vec<&'static str>> = Default::default();
        for w in gazetteer_words() {
            let mut cs = w.chars();
            if let (Some(a), Some(b)) = (cs.next(), cs.next()) {
                first.entry((a, b)).or_default().push(w);
            }
        }
        for ws in first.values_mut() {
            ws.sort_unstable_by_key(|w| (std::cmp::Reverse(w.chars().count()), *w));
            ws.dedup();
        }
        first
    })
}

/// Venue suffixes: a museum, a stadium, a hall or a square is a place a
/// reader visits (`中国美术馆`, `虹口体育馆`, `人民大会堂`, `天安门广场`),
/// as in the People's Daily annotation; a consulate or an embassy stays an
/// organisation.
const VENUES: &[&str] = &[
    "博物馆",
    "博物院",
    "美术馆",
    "纪念馆",
    "体育馆",
    "档案馆",
    "展览馆",
    "科技馆",
    "剧院",
    "大厦",
    "大会堂",
    "广场",
    "体育场",
    "游泳馆",
    "跳水馆",
    "网球馆",
];

/// Whether a venue's name is an institution's too (`海南省博物馆`,
/// `吴敬梓纪念馆`, `中国美术馆`): reported as an organisation and a place.
/// (Asked only of [`is_venue`] names: a library is no venue and stays an
/// organisation.)
pub fn is_institution_venue(name: &str) -> bool {
    [
        "博物馆",
        "博物院",
        "美术馆",
        "纪念馆",
        "档案馆",
        "科技馆",
        "剧院",
    ]
    .iter()
    .any(|v| name.ends_with(v) && name != *v)
}

/// Whether an organisation's name ends in a venue's suffix (`中国美术馆`):
/// it is reported as a place.
pub fn is_venue(name: &str) -> bool {
    VENUES.iter().any(|v| name.ends_with(v) && name != *v)
}

/// Whether `name` is a place of the gazetteer, alone or with an
/// administrative suffix the matcher adds (`巴西`, `江苏省`).
pub fn is_listed_place(name: &str) -> bool {
    in_gazetteer(name)
        || name
            .strip_suffix(['省', '市', '县', '区', '州'])
            .is_some_and(in_gazetteer)
}

/// Administrative suffixes a listed name may carry (`保定` + `市`,
/// `哈巴罗夫斯克` + `边疆区`), longest first.
const ADMIN_SUFFIXES: &[&str] = &[
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "边疆区",
    "地区",
    "省",
    "市",
    "县",
    "区",
    "州",
];

/// The longest listed place at the start of `s`, with the administrative
/// suffix written after it (`保定市`, `哈巴罗夫斯克边疆区`, `俄罗斯`): its
/// length in bytes. A suffix char that starts a party committee or a word
/// (`市委`, `市场`, `区域`) is left to what follows.
pub fn place_prefix(s: &str) -> Option<usize> {
    let mut cs = s.chars();
    let (a, b) = (cs.next()?, cs.next()?);
    let name = gazetteer_index()
        .get(&(a, b))?
        .iter()
        .find(|w| s.starts_with(**w))?;
    let rest = &s[name.len()..];
    let suffix = ADMIN_SUFFIXES
        .iter()
        .find(|x| rest.starts_with(**x) && !name.ends_with(**x))
        .filter(|x| {
            let after = &rest[x.len()..];
            !after.starts_with(['委', '场', '域', '级', '长', '份', '内', '外'])
        });
    Some(name.len() + suffix.map_or(0, |x| x.len()))
}

/// The names of the sections of `world.txt` whose heading holds one of
/// `heads`.
fn world_sections(heads: &[&str]) -> super::FxSet<&'static str> {
    let mut keep = false;
    let mut set = super::FxSet::default();
    for line in include_str!("world.txt").lines() {
        if let Some(head) = line.strip_prefix("# ==") {
            keep = heads.iter().any(|w| head.contains(w));
            continue;
        }
        if keep && !line.starts_with('#') {
            set.extend(line.split_whitespace());
        }
    }
    set
}

/// Whether `name` is a country or a province (`荷兰`, `俄罗斯`, `辽宁省`):
/// a place above the one written after it in a body's name.
pub fn is_country_or_province(name: &str) -> bool {
    static S: std::sync::OnceLock<super::FxSet<&'static str>> = std::sync::OnceLock::new();
    S.get_or_init(|| world_sections(&["provinces", "countries", "country names"]))
        .contains(name)
}

/// Whether `name` is a Chinese province or prefecture, in full or short
/// (`辽宁省`, `辽宁`, `大连`).
pub fn is_province_or_prefecture(name: &str) -> bool {
    static S: std::sync::OnceLock<super::FxSet<&'static str>> = std::sync::OnceLock::new();
    S.get_or_init(|| world_sections(&["provinces", "prefecture level"]))
        .contains(name)
}

/// Whether `name` is a country of the gazetteer (`比利时`, `俄罗斯`).
pub fn is_country_name(name: &str) -> bool {
    static S: std::sync::OnceLock<super::FxSet<&'static str>> = std::sync::OnceLock::new();
    S.get_or_init(|| world_sections(&["countries", "country names"]))
        .contains(name)
}

/// Whether `name` is a region, a river, a mountain or a landmark of the
/// gazetteer (`远东`, `长江`), not an administrative place or a city.
pub fn is_region(name: &str) -> bool {
    static S: std::sync::OnceLock<super::FxSet<&'static str>> = std::sync::OnceLock::new();
    S.get_or_init(|| world_sections(&["regions", "rivers", "landmarks"]))
        .contains(name)
}

/// Whether `name` is a cultural region or a historical prefecture of China
/// (`巴蜀`, `齐鲁`, `庐陵`), which also names slogans and brands (`“齐鲁样板”`).
pub(super) fn is_cultural_region(name: &str) -> bool {
    static S: std::sync::OnceLock<super::FxSet<&'static str>> = std::sync::OnceLock::new();
    S.get_or_init(|| world_sections(&["cultural regions"]))
        .contains(name)
}

/// Whether `name` is a part of a province named as a region (`晋南`,
/// `长株潭`), which a text names in full with `地区`.
fn is_local_region(name: &str) -> bool {
    static S: std::sync::OnceLock<super::FxSet<&'static str>> = std::sync::OnceLock::new();
    S.get_or_init(|| world_sections(&["local regions"]))
        .contains(name)
}

/// Whether `name` is a name of the gazetteer, as it stands.
/// Whether `name` is the short form of a county, a county-level city, a
/// district or a banner the gazetteer lists only with its suffix (`闻喜`
/// of `闻喜县`, which jieba's dictionary tags as a name).
pub fn is_division_short_form(name: &str) -> bool {
    ["县", "市", "区", "旗"].iter().any(|s| {
        let mut full = String::with_capacity(name.len() + s.len());
        full.push_str(name);
        full.push_str(s);
        in_gazetteer(&full)
    })
}

fn in_gazetteer(name: &str) -> bool {
    let mut cs = name.chars();
    match (cs.next(), cs.next()) {
        (Some(a), Some(b)) => gazetteer_index()
            .get(&(a, b))
            .is_some_and(|ws| ws.contains(&name)),
        _ => false,
    }
}

/// Short forms after a visit verb (`访华`, `在京`).
const VISITED: &str = "华京沪港澳台美日俄英法德韩朝泰菲印";
char_set!(pub(super) is_visited, VISITED);

/// [`PAIRS`] by first char.
fn pairs_by_first() -> &'static super::ByFirstChar {
    static S: std::sync::OnceLock<super::ByFirstChar> = std::sync::OnceLock::new();
    S.get_or_init(|| super::ByFirstChar::new(PAIRS))
}

/// Whether a pair of short forms or a short form may start with `c` (a
/// gate, see [`super::flags::gate`]).
pub(super) fn short_any(c: char) -> bool {
    starts_pair(c) || is_short(c) || is_country(c) || is_visited(c)
}

/// Whether an organisation's suffix, `政府`, `部长` or `队` may end with
/// `c` (a gate).
pub(super) fn org_end(c: char) -> bool {
    org_suffixes().may_end(c) || matches!(c, '府' | '长' | '队')
}

/// Whether `c` is the second char of a name of the gazetteer (before a
/// lookup by two chars).
fn gazetteer_second(c: char) -> bool {
    static S: std::sync::OnceLock<crate::core::han::CharSet> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        crate::core::han::CharSet::new(gazetteer_words().filter_map(|w| w.chars().nth(1)))
    })
    .contains(c)
}

/// Whether a name of the gazetteer starts with `c` (before a lookup by
/// two chars, at every char).
pub(super) fn gazetteer_first(c: char) -> bool {
    static S: std::sync::OnceLock<crate::core::han::CharSet> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        crate::core::han::CharSet::new(gazetteer_words().filter_map(|w| w.chars().next()))
    })
    .contains(c)
}

/// Two-char words ending like a town or village that are no town's end
/// (`Scan::split_town`: `新/农村`, `全/乡镇`, `回/家乡`).
#[rustfmt::skip]
const SETTLEMENT_WORDS: &[&str] = &[
    "农村", "乡村", "城乡", "山村", "渔村", "城镇", "乡镇", "村镇", "集镇", "小镇", "古镇", "重镇", "名镇", "全村",
    "本村", "该村", "同村", "进村", "驻村", "入村", "下乡", "老乡", "家乡", "故乡", "返乡", "还乡", "异乡", "他乡",
    "水乡", "全乡", "本乡", "该乡", "全镇", "本镇", "该镇", "进镇", "乡乡", "村村", "镇镇", "邻村", "外村", "新村",
    "新镇", "坐镇", "市镇", "老村", "小村", "大村", "穷村", "富村", "强村", "弱村", "原乡",
];

/// Whether a village's, town's or sub-district's name jieba cut may start
/// at char `i`: at a clause's start, after a division (`…镇|石门坳村`), a
/// verb or a function word.
fn clean_left(t: &Text, h: &Hints, i: usize) -> bool {
    i == 0
        || !is_han(t.get(i - 1))
        || matches!(t.get(i - 1), '县' | '镇' | '乡' | '区' | '市')
        || h.token(i - 1)
            .is_some_and(|(_, _, c)| matches!(c, WordClass::Verb | WordClass::Function))
}

/// Whether a place's name may end before char `k`: no Han char follows, or
/// a token of jieba's starts there (the suffix ends the name: not `市场`,
/// `村民`).
fn ends_before(t: &Text, h: &Hints, k: usize) -> bool {
    !is_han(t.get(k)) || h.boundary(k)
}

/// Adds the sub-districts named by their stem and `街道` (`漳江街道`) to
/// `entities` as places: a stem of two or three chars jieba left unknown
/// or called a name (or a listed place), where [`clean_left`] allows, and
/// `街道` a word of its own that ends there (not `城市/街道`, the streets of
/// a city). One search of the text for `街道`, not a test at every word.
#[inline(never)]
pub(super) fn sub_districts(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    let mut found = Vec::new();
    for at in memchr::memmem::find_iter(t.s.as_bytes(), "街道".as_bytes()) {
        let y = t.char_of(at);
        let Some((x, e, c)) = y.checked_sub(1).and_then(|k| h.token(k)) else {
            continue;
        };
        // (or a place of the dictionary that may be a stem, `东门/街道`;
        // not `城市/街道`)
        let stem = e == y
            && (2..=3).contains(&(y - x))
            && (x..y).all(|k| is_han(t.get(k)))
            && (matches!(c, WordClass::Unknown | WordClass::Person)
                || (c == WordClass::Place
                    && (in_gazetteer(t.slice(x, y)) || settlement_stem(t, x, y)))
                || (c == WordClass::Noun
                    && x > 0
                    && matches!(t.get(x - 1), '区' | '县' | '市')
                    && settlement_stem(t, x, y)));
        // (or two nouns right after a district: `丛台区` + `光明/桥/街道`)
        let x = if stem {
            Some(x)
        } else {
            x.checked_sub(1)
                .and_then(|k| h.token(k))
                .filter(|&(p, q, c0)| {
                    q == x
                        && (2..=3).contains(&(y - p))
                        && p > 0
                        && matches!(t.get(p - 1), '区' | '县' | '市')
                        && [c0, c]
                            .iter()
                            .all(|c| matches!(c, WordClass::Noun | WordClass::Unknown))
                        && settlement_stem(t, p, y)
                })
                .map(|(p, _, _)| p)
        };
        let word =
            h.token(y).is_some_and(|(a, b, _)| a == y && b == y + 2) && ends_before(t, h, y + 2);
        // (the left clean, or a preposition jieba glued to a name before
        // it: `小/李在/张湾/街道`)
        let left = |x: usize| clean_left(t, h, x) || (x > 0 && preposition_char(t.get(x - 1)));
        if let Some(x) = x.filter(|&x| word && left(x)) {
            found.push((t.slice(x, y + 2).to_string(), (t.byte(x), t.byte(y + 2))));
        }
    }
    super::seats::add_places(entities, found, Evidence::Suffix);
}

/// Stems that name a kind of town or village, not one (`重点镇`, `中心镇`,
/// `贫困村`, `行政村`).
#[rustfmt::skip]
const GENERIC_STEMS: &[&str] = &[
    "重点", "中心", "特色", "示范", "建制", "边境", "民族", "旅游", "历史", "文化", "传统",
    "偏远", "贫困", "山区", "沿海", "城郊", "周边", "相关", "部分", "其他", "其余", "全部",
    "所有", "各个", "主要", "重要", "全域", "小城", "试点", "先进", "工业", "农业", "商贸",
    "物流", "经济", "产业", "美丽", "生态", "下辖", "所辖", "辖区", "多个", "每个", "少数",
    "农村", "城区", "县城", "全县", "行政", "自然", "移民", "搬迁", "易地", "边远",
];

/// Whether `[y, k)` may be the stem of a town or village written right
/// after its county or town: Han chars, no numeral, no function, counting or
/// level char (`所辖乡镇`, `各乡镇`, `城乡`), no first char that starts a
/// kind of settlement (`新村`, `全镇`; `城关` is a name) and no generic
/// modifier at either end (`重点镇`, `贫困村`).
fn settlement_stem(t: &Text, y: usize, k: usize) -> bool {
    let stem = t.slice(y, k);
    (y..k).all(|q| is_han(t.get(q)) && !super::is_numeral(t.get(q)))
        && !stem
            .chars()
            .any(|c| super::towns::STEM_BAN.contains(c) || "乡镇村所辖下属多几".contains(c))
        && (!not_town_stem(t.get(y)) || stem == "城关")
        && !GENERIC_STEMS
            .iter()
            .any(|g| stem.starts_with(g) || stem.ends_with(g))
}

/// The level word of a town or village written two or three chars after
/// `y` (`善堂` + `镇`, `麦禾营` + `镇`, `光明北` + `社区`), one of `levels`:
/// where it starts and where it ends.
fn level_after(t: &Text, y: usize, levels: &[&str]) -> Option<(usize, usize)> {
    [y + 2, y + 3]
        .into_iter()
        .find_map(|k| t.match_any(k, levels).map(|w| (k, k + w.chars().count())))
}

/// Bodies of a town or township whose stem jieba cut off (`沙洋县` +
/// `官/垱/镇人民政府`, `东宝区` + `子陵/铺/镇卫生院`: the org found starts
/// at the level word) grow back over the stem to the county written before
/// it. Then the towns and villages a government or party body is named after
/// (`孙桥镇` and `石龙村` of `京山市孙桥镇石龙村党支部`, `易家岭社区` of
/// `屈家岭管理区易家岭社区党委`) become places, as
/// [`super::seats::places_of_bodies`] makes its county one; a hospital's or a
/// school's town names no place of its own.
#[inline(never)]
pub(super) fn settlements_of_bodies(t: &Text, entities: &mut Vec<Entity>) {
    // (county-level places, start by end)
    let counties: super::FxMap<usize, usize> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place && e.text.ends_with(['县', '市', '区', '旗']))
        .flat_map(|e| e.spans.iter().map(|&(a, b)| (b, a)))
        .collect();
    // (each mention grown from the county's or the stem's start)
    let mut grown: Vec<super::Growth> = Vec::new();
    for e in entities
        .iter()
        .filter(|e| e.kind == EntityKind::Org && !e.generic)
    {
        for &(a, b) in &e.spans {
            let i = t.char_of(a);
            // (the level word starts the org, or stands right before it:
            // `梁/村镇/卫生院`)
            let Some(k) = [i, i.wrapping_sub(1)].into_iter().find(|&k| {
                k <= i && (matches!(t.get(k), '镇' | '乡') || (k == i && t.starts_with(k, "街道")))
            }) else {
                continue;
            };
            // (after its county, or at a clause's start or after a
            // preposition: `在梁村镇卫生院`, `与中和镇卫生院`)
            let start = [2, 3].into_iter().find_map(|n| {
                let y = k.checked_sub(n)?;
                // (a town named after a village, `梁村镇`)
                let stem = settlement_stem(t, y, k)
                    || (n == 2 && t.get(k - 1) == '村' && settlement_stem(t, y, k - 1));
                // (no preposition inside: `现在/在/镇卫生院`)
                if !stem || (y..k).any(|q| preposition_char(t.get(q))) {
                    return None;
                }
                if let Some(&s) = counties.get(&t.byte(y)) {
                    return Some(s);
                }
                let before = t.before(y);
                (y == 0 || is_clause_break(before) || preposition_char(before)).then(|| t.byte(y))
            });
            if let Some(s) = start {
                grown.push(super::Growth {
                    from: (a, b),
                    to: (s, b),
                    evidence: e.evidence,
                });
            }
        }
    }
    super::grow_orgs(t.s, entities, &grown);
    let mut found = Vec::new();
    for e in entities
        .iter()
        .filter(|e| e.kind == EntityKind::Org && !e.generic)
    {
        let Some((_, county_end)) = super::seats::division_of_body(&e.text) else {
            continue;
        };
        let n = Text::new(&e.text);
        // (and the divisions below the first, `邯郸市` + `丛台区`, when a
        // town or village follows them: a court's district is its name's,
        // as People's Daily reads `长沙市` + `芙蓉区人民法院`)
        let mut end = county_end;
        let mut divisions = Vec::new();
        while let Some(k) = e.text.get(end..).and_then(place_prefix) {
            divisions.push((end, end + k));
            end += k;
        }
        let mut y = n.char_of(end);
        let mut settled = Vec::new();
        // (a town, then a village; or a village right after its county)
        for ends in [&["镇", "乡", "街道"][..], &["村", "社区"][..]] {
            let level = level_after(&n, y, ends)
                .filter(|&(k, _)| settlement_stem(&n, y, k))
                .map(|(_, end)| end);
            if let Some(k) = level {
                settled.push((n.byte(y), n.byte(k)));
                y = k;
            }
        }
        if settled.is_empty() {
            continue;
        }
        for &(x, z) in divisions.iter().chain(&settled) {
            for &(a, _) in &e.spans {
                found.push((e.text[x..z].to_string(), (a + x, a + z)));
            }
        }
    }
    super::seats::add_places(entities, found, Evidence::Suffix);
}

/// Adds the towns and townships written right after their county
/// (`浚县` + `善堂镇`, `隆德县` + `沙塘镇`, `乐昌市` + `坪石镇`) to `entities` as
/// places: two Han chars and `镇` or `乡` right after a listed county-level
/// place, where jieba's words end after the stem or the suffix. The stem is
/// no function or counting word (`所辖乡镇`, `各乡镇`), no level or kind of
/// settlement (`城乡`, `乡镇`) and no generic modifier (`重点镇`, `中心镇`,
/// `特色小镇`), and no other entity holds its chars (`怀集县冷坑镇卫生院`
/// names a hospital).
#[inline(never)]
pub(super) fn towns_after_counties(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    let mut found = Vec::new();
    let mut stems: Vec<(usize, usize)> = Vec::new();
    for e in entities.iter().filter(|e| {
        e.kind == EntityKind::Place
            && e.evidence == Evidence::Gazetteer
            && e.text.ends_with(['县', '市', '区', '旗'])
    }) {
        for &(_, end) in &e.spans {
            let y = t.char_of(end);
            // (a stem of two chars, or of three where jieba's words end at
            // the suffix: `岐山县` + `麦禾营镇`)
            let Some((k, _)) =
                level_after(t, y, &["镇", "乡"]).filter(|&(k, _)| k == y + 2 || h.boundary(k + 1))
            else {
                continue;
            };
            // (or a stem starting with `城`, which starts words of no
            // town, when jieba's model read the town as one unknown word:
            // `福安市` + `城阳镇`; not `城中/城郊`)
            let city_stem = t.get(y) == '城'
                && k == y + 2
                && h.word(y, k + 1) == Some(WordClass::Unknown)
                && !"中郊乡区关内外".contains(t.get(y + 1));
            let ok =
                (settlement_stem(t, y, k) || city_stem) && (h.boundary(k) || h.boundary(k + 1));
            if ok {
                found.push((t.slice(y, k + 1).to_string(), (end, t.byte(k + 1))));
                stems.push((end, t.byte(k)));
            }
        }
    }
    // a place read in the stem gives way to the town (`福鼎市` +
    // `太姥山/镇`: the mountain names the town here)
    super::drop_mentions(entities, |k| k == EntityKind::Place, |s| stems.contains(s));
    keep_free(entities, &mut found);
    super::seats::add_places(entities, found, Evidence::Suffix);
}

/// Drops from `found` the spans that overlap an entity's ([`super::Held`],
/// built only when something was found: most texts find nothing for the
/// passes that call it).
fn keep_free(entities: &[Entity], found: &mut Vec<(String, (usize, usize))>) {
    if found.is_empty() {
        return;
    }
    let held = super::Held::of(entities);
    found.retain(|&(_, (a, b))| !held.overlaps(a, b));
}

/// Adds the villages written right after their town (`龙塘镇` + `大屯村`,
/// `官庄镇` + `岩屋潭村`) to `entities` as places: two or three Han chars
/// and `村` right after a town or township found, the stem as for
/// [`towns_after_counties`]. A shorter village another pass read inside it
/// (`屋潭村`, jieba having cut `岩/屋潭村`) moves to it.
#[inline(never)]
pub(super) fn villages_after_towns(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    let mut found = Vec::new();
    let mut moved: Vec<(usize, usize)> = Vec::new();
    // (after a town, or a county when the text names no town between:
    // `邢台县` + `南市屯村`)
    // (and the communities after their town or sub-district: `光明桥街道`
    // + `光明北社区`)
    for e in entities.iter().filter(|e| {
        e.kind == EntityKind::Place
            && (e.text.ends_with(['镇', '乡'])
                || e.text.ends_with("街道")
                || (matches!(e.evidence, Evidence::Gazetteer | Evidence::Dictionary)
                    && e.text.ends_with('县')))
    }) {
        for &(_, end) in &e.spans {
            let y = t.char_of(end);
            let Some((k, z)) = level_after(t, y, &["村", "社区"]) else {
                continue;
            };
            // (or `村` the start of a word jieba joined: `南市/屯/村农民`)
            let ok = settlement_stem(t, y, k) && (ends_before(t, h, z) || h.boundary(k));
            if ok {
                found.push((t.slice(y, z).to_string(), (end, t.byte(z))));
                moved.push((end, t.byte(z)));
            }
        }
    }
    if found.is_empty() {
        return;
    }
    // (the shorter villages inside them, and no other entity's chars)
    super::drop_mentions(
        entities,
        |k| k == EntityKind::Place,
        |s| moved.iter().any(|&(a, b)| a < s.0 && s.1 == b),
    );
    keep_free(entities, &mut found);
    super::seats::add_places(entities, found, Evidence::Suffix);
}

/// Ports and port areas named after a place (`福州/港`, `湄洲湾/港`;
/// `东吴/港区`): a place found, or a word jieba's dictionary calls a place,
/// right before `港` as a word of its own or before the word `港区`, is the
/// port's name: the mention becomes the port (`福州` stays a place where it
/// stands alone). Not `港口`, `港澳`, `港资`: `港` must be one word there.
#[inline(never)]
pub(super) fn ports_of_places(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    let mut found = Vec::new();
    // (the places' mentions a port takes over)
    let mut moved: Vec<(usize, usize)> = Vec::new();
    // (a port joined to a port found by `与`, `和`, `、`: `洋浦港与巴统港`)
    let joined_port = |b: usize| {
        let k = t.char_of(b);
        let (x, y, c) = h.token(k + 1)?;
        let ok = matches!(t.get(k), '与' | '和' | '、' | '及')
            && x == k + 1
            && (2..=3).contains(&(y - x))
            && (x..y).all(|q| is_han(t.get(q)))
            && !matches!(c, WordClass::Verb | WordClass::Function)
            && t.get(y) == '港'
            && h.len_at(y) == 1
            && ends_before(t, h, y + 1);
        ok.then(|| (t.slice(x, y + 1).to_string(), (t.byte(x), t.byte(y + 1))))
    };
    for e in entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place && e.text.ends_with('港'))
    {
        found.extend(e.spans.iter().filter_map(|&(_, b)| joined_port(b)));
    }
    for e in entities.iter() {
        if e.kind != EntityKind::Place || e.text.ends_with(['港', '区', '省', '市', '县']) {
            continue;
        }
        for &(a, b) in &e.spans {
            let y = t.char_of(b);
            let port = t.get(y) == '港' && h.len_at(y) == 1 && ends_before(t, h, y + 1);
            let end = if port_area(t, h, y) {
                y + 2
            } else if port {
                y + 1
            } else {
                continue;
            };
            found.push((format!("{}{}", e.text, t.slice(y, end)), (a, t.byte(end))));
            moved.push((a, b));
        }
    }
    // (a dictionary place no pass took, before `港区`: `东吴/港区`)
    for at in memchr::memmem::find_iter(t.s.as_bytes(), "港区".as_bytes()) {
        let y = t.char_of(at);
        let Some((x, e, c)) = y.checked_sub(1).and_then(|k| h.token(k)) else {
            continue;
        };
        if e == y && c == WordClass::Place && (2..=3).contains(&(y - x)) && port_area(t, h, y) {
            found.push((t.slice(x, y + 2).to_string(), (t.byte(x), t.byte(y + 2))));
        }
    }
    if found.is_empty() {
        return;
    }
    super::drop_mentions(entities, |k| k == EntityKind::Place, |s| moved.contains(s));
    super::seats::add_places(entities, found, Evidence::Suffix);
}

/// An ethnic township named by its stem and its peoples (`聚凤仡佬族侗族乡`)
/// whose stem jieba left a word of its own before the peoples' words: a
/// township found from the peoples on (`仡佬族侗族乡`) takes the two-char
/// stem before it, a word jieba does not know or calls a noun, place or
/// name.
#[inline(never)]
pub(super) fn ethnic_townships(t: &Text, h: &Hints, entities: &mut [Entity]) {
    for e in entities.iter_mut() {
        let ethnic = e.kind == EntityKind::Place
            && e.text.ends_with(['乡', '镇'])
            && e.text.chars().take(4).any(|c| c == '族');
        if !ethnic {
            continue;
        }
        let stems: Vec<Option<usize>> = e
            .spans
            .iter()
            .map(|&(a, _)| {
                let k = t.char_of(a);
                let (x, y, c) = h.token(k.checked_sub(1)?)?;
                let ok = y == k
                    && y - x == 2
                    && (x..y).all(|q| is_han(t.get(q)))
                    && matches!(
                        c,
                        WordClass::Unknown | WordClass::Noun | WordClass::Place | WordClass::Person
                    );
                ok.then_some(x)
            })
            .collect();
        // (one stem at every mention, or the name would differ by mention)
        let Some(Some(x0)) = stems.first().copied() else {
            continue;
        };
        let stem = t.slice(x0, x0 + 2);
        if stems
            .iter()
            .all(|s| s.is_some_and(|x| t.slice(x, x + 2) == stem))
        {
            e.text = format!("{stem}{}", e.text);
            for (s, x) in e.spans.iter_mut().zip(stems.iter().flatten()) {
                s.0 = t.byte(*x);
            }
        }
    }
}

/// Adds the mountains whose `山` jieba joined to the word of their foot or
/// top after it (`佛顶/山脚下`, `梵净/山顶`, `儋/耳/山下`) to `entities` as
/// places: a stem of two Han chars jieba does not know or calls a name or
/// place (or two chars of their own, the first a name's), right before
/// such a word. A place read at the stem alone moves to the mountain
/// (`南宫/山脚下`).
#[inline(never)]
pub(super) fn mountains_cut_before_foot(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    let mut found = Vec::new();
    for at in memchr::memmem::find_iter(t.s.as_bytes(), "山".as_bytes()) {
        let y = t.char_of(at);
        let foot = h.token(y).is_some_and(|(x, e, _)| {
            x == y
                && matches!(
                    t.slice(y, e),
                    "山脚下" | "山脚" | "山顶" | "山腰" | "山麓" | "山顶上" | "山下"
                )
        });
        let Some((x, _, c)) = y.checked_sub(1).and_then(|k| h.token(k)) else {
            continue;
        };
        let name =
            |c: WordClass| matches!(c, WordClass::Unknown | WordClass::Person | WordClass::Place);
        // (one token, or two of one char, one a name's and neither a verb
        // or function word: `儋/耳/山下`, `峄/阳/山下`)
        let plain = |c: WordClass| !matches!(c, WordClass::Function | WordClass::Verb);
        let stem = (y - x == 2 && name(c))
            || (y - x == 1
                && plain(c)
                && x.checked_sub(1)
                    .and_then(|k| h.token(k))
                    .is_some_and(|(p, q, c0)| {
                        p + 1 == q && q == x && plain(c0) && (name(c0) || name(c))
                    }));
        if foot && stem && (y - 2..y).all(|q| is_han(t.get(q)) && !super::is_numeral(t.get(q))) {
            found.push((
                t.slice(y - 2, y + 1).to_string(),
                (t.byte(y - 2), t.byte(y + 1)),
            ));
        }
    }
    if found.is_empty() {
        return;
    }
    // (the stem no place of its own: `南宫` of `南宫/山脚下`)
    super::drop_mentions(
        entities,
        |k| k == EntityKind::Place,
        |s| {
            found
                .iter()
                .any(|f| f.1 .0 == s.0 && s.1 + "山".len() == f.1 .1)
        },
    );
    super::seats::add_places(entities, found, Evidence::Suffix);
}

/// A place's mention that jieba cut before the name's last char, which it
/// joined to the next word (`蒙古/国在华`), is the longer place the text
/// names elsewhere (`蒙古国`): the mention moves to it.
#[inline(never)]
pub(super) fn places_cut_before_last_char(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    let places: super::FxMap<String, usize> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Place)
        .map(|(n, e)| (e.text.clone(), n))
        .collect();
    let mut moves: Vec<(usize, usize, (usize, usize))> = Vec::new();
    for (n, e) in entities.iter().enumerate() {
        if e.kind != EntityKind::Place {
            continue;
        }
        for &(a, b) in &e.spans {
            let y = t.char_of(b);
            let glued = is_han(t.get(y)) && h.token(y).is_some_and(|(x, z, _)| x == y && z > y + 1);
            if !glued {
                continue;
            }
            let longer = format!("{}{}", e.text, t.get(y));
            if let Some(&m) = places.get(&longer) {
                moves.push((n, m, (a, t.byte(y + 1))));
            }
        }
    }
    if moves.is_empty() {
        return;
    }
    for &(n, m, (a, b)) in &moves {
        if let Some(e) = entities.get_mut(n) {
            e.spans.retain(|s| s.0 != a);
            e.count = e.spans.len();
        }
        if let Some(e) = entities.get_mut(m) {
            e.spans.push((a, b));
            e.spans.sort_unstable();
            e.count = e.spans.len();
        }
    }
    entities.retain(|e| !e.spans.is_empty());
}

/// A place jieba's dictionary joined to the province before it
/// (`湖南永州`, `山西太原`) is two places, as a reader lists them (`福建晋江`
/// gives `福建` and `晋江`): see [`two_places`].
#[inline(never)]
pub(super) fn provinces_glued_to_places(t: &Text, entities: &mut Vec<Entity>) {
    let mut found: Vec<(String, (usize, usize))> = Vec::new();
    let mut cut: Vec<(usize, usize)> = Vec::new();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Place) {
        if in_gazetteer(&e.text) {
            continue;
        }
        let Some(k) = two_places(&e.text) else {
            continue;
        };
        let (province, rest) = e.text.split_at(k);
        // (the mentions written as the name: offsets inside it are then
        // its chars' boundaries)
        for &(a, b) in e
            .spans
            .iter()
            .filter(|&&(a, b)| t.s.get(a..b) == Some(&e.text))
        {
            cut.push((a, b));
            found.push((province.to_string(), (a, a + k)));
            found.push((rest.to_string(), (a + k, b)));
        }
    }
    if cut.is_empty() {
        return;
    }
    super::drop_mentions(entities, |k| k == EntityKind::Place, |s| cut.contains(s));
    super::seats::add_places(entities, found, Evidence::Gazetteer);
}

/// A country and `海上` (offshore) that jieba read as a sea and `上`
/// (`挪威海/上/风电`): the place is the country, at every such mention.
#[inline(never)]
pub(super) fn countries_before_offshore(t: &Text, entities: &mut Vec<Entity>) {
    let mut any = false;
    for e in entities.iter_mut().filter(|e| e.kind == EntityKind::Place) {
        let Some(country) = e.text.strip_suffix('海').filter(|c| is_country_name(c)) else {
            continue;
        };
        let offshore = e.spans.iter().all(|&(_, b)| t.get(t.char_of(b)) == '上');
        if offshore {
            super::cut_name(e, 0, e.text.len() - country.len());
            any = true;
        }
    }
    if any {
        super::merge_same(entities);
    }
}

/// Words a road, railway, waterway or line named by its two ends comes
/// before (`盘州至兴义、毕节至威宁高速公路`, `思南至龚滩段`).
const ROUTE_WORDS: &[&str] = &[
    "高速公路",
    "高速铁路",
    "高速",
    "铁路",
    "公路",
    "高铁",
    "城际",
    "国道",
    "省道",
    "航线",
    "航道",
    "段",
    "快速路",
    "班列",
    "输电",
    "管道",
    "线",
];

/// Adds the ends of a route written `甲至乙` before a route word
/// (`毕节至威宁高速公路`, `思南至龚滩段`, `盘州至兴义、毕节至…`) to
/// `entities` as places when the other end is a place found: an end of two
/// or three Han chars that jieba's words do not cut, of a class a name may
/// have, no numeral in it. `从早至晚` and `东至西` (one word) give none.
#[inline(never)]
pub(super) fn route_ends(t: &Text, h: &Hints, entities: &mut Vec<Entity>) {
    // (the places' byte spans, made at the first pair that may be a route's)
    let mut places: Option<super::FxSet<(usize, usize)>> = None;
    let end_at = |x: usize, y: usize| {
        (2..=3).contains(&(y - x))
            && (x..y).all(|k| is_han(t.get(k)) && !super::is_numeral(t.get(k)))
            && h.aligned(x, y)
            && h.token(x).is_some_and(|(_, _, c)| {
                matches!(
                    c,
                    WordClass::Unknown
                        | WordClass::Place
                        | WordClass::Person
                        | WordClass::Noun
                        | WordClass::Other
                )
            })
    };
    let mut found = Vec::new();
    for at in memchr::memmem::find_iter(t.s.as_bytes(), "至".as_bytes()) {
        let k = t.char_of(at);
        if h.len_at(k) != 1 {
            continue;
        }
        let Some((x, _, _)) = k.checked_sub(1).and_then(|q| h.token(q)) else {
            continue;
        };
        let Some((_, y, _)) = h.token(k + 1) else {
            continue;
        };
        // (a route word ends the pair, or `、` and the next pair before one
        // in the same clause)
        let route = ROUTE_WORDS.iter().any(|w| t.starts_with(y, w))
            || (t.get(y) == '、'
                && (y + 1..(y + 16).min(t.len()))
                    .take_while(|&q| !super::is_clause_break(t.get(q)))
                    .any(|q| t.get(q) == '至'));
        if !route || !end_at(x, k) || !end_at(k + 1, y) {
            continue;
        }
        let places = places.get_or_insert_with(|| {
            entities
                .iter()
                .filter(|e| e.kind == EntityKind::Place)
                .flat_map(|e| e.spans.iter().copied())
                .collect()
        });
        let (left, right) = ((t.byte(x), t.byte(k)), (t.byte(k + 1), t.byte(y)));
        let end = match (places.contains(&left), places.contains(&right)) {
            (true, false) => (k + 1, y),
            (false, true) => (x, k),
            _ => continue,
        };
        found.push((
            t.slice(end.0, end.1).to_string(),
            (t.byte(end.0), t.byte(end.1)),
        ));
    }
    // (an end another entity holds is left to it)
    keep_free(entities, &mut found);
    super::seats::add_places(entities, found, Evidence::List);
}

struct Scan<'t, 'a> {
    t: &'t Text<'a>,
    h: &'t Hints,
    taken: &'t [bool],
    /// For each char, whether a title ends right before it
    /// ([`persons::title_ends`](super::persons::title_ends)).
    titles: &'t [bool],
    first: &'static super::FxMap<(char, char), Vec<&'static str>>,
    /// The existing entities' char spans, and for each char the index of
    /// the span holding it (`u32::MAX` for none), people's spans marked.
    nest: &'t Nest,
    /// Whether the suffix being walked names a firm (`公司`, `集团`, `银行`),
    /// which may be named after a person (`休斯公司`).
    firm: bool,
}

/// Entities found before this pass, for nesting organisations around them.
#[derive(Debug, Default)]
pub struct Nest {
    /// Char spans and the kind of entity of each.
    pub spans: Vec<(usize, usize, EntityKind)>,
    /// For each char, the index into `spans` of the span holding it.
    pub held: Vec<u32>,
}

impl Nest {
    /// Whether an organisation may span `[a, b)`: no person inside, and
    /// every entity it touches lies wholly inside it (`中共深圳市委宣传部`
    /// holds `深圳市委` and `宣传部`).
    fn org_ok(&self, a: usize, b: usize) -> bool {
        (a..b).all(|k| match self.held.get(k).copied() {
            Some(u32::MAX) | None => true,
            Some(id) => self
                .spans
                .get(id as usize)
                .is_some_and(|&(x, y, k)| k != EntityKind::Person && x >= a && y <= b),
        })
    }

    /// The span of the place or organisation found before that holds char `k`.
    fn unit(&self, k: usize) -> Option<(usize, usize)> {
        let id = *self.held.get(k)?;
        let &(x, y, k) = self.spans.get(id as usize)?;
        (k != EntityKind::Person).then_some((x, y))
    }

    /// Whether `[a, b)` is exactly an entity found before.
    fn is_entity(&self, a: usize, b: usize) -> bool {
        self.held
            .get(a)
            .and_then(|&id| self.spans.get(id as usize))
            .is_some_and(|&(x, y, _)| (x, y) == (a, b))
    }
}

/// Words jieba's dictionary tags `ns` that are no places though spelt like
/// one (a transliteration, a division's or a landform's last char):
/// idioms and slogans, people, things, bodies.
const NOT_DICT_PLACES: &[&str] = &[
    "上山下乡",
    "港人治港",
    "半壁江山",
    "信口开河",
    "崇山峻岭",
    "深山老林",
    "名山大川",
    "荒山野岭",
    "高山流水",
    "白山黑水",
    "沧海桑田",
    "中直机关",
    "直属机关",
    "大呼拉尔",
    "苏格拉底",
    "亚历山大",
    "莎士比亚",
    "欧几里得",
    "欧几里德",
    "阿弥陀佛",
    "特鲁西埃",
    "马丁内斯",
    "爱德华兹",
    "福尔马林",
];
word_set!(not_dict_place, NOT_DICT_PLACES);

/// Words after a mountain, lake or river that make it a place
/// (`白石山景区`).
const SCENIC: &[&str] = &[
    "风景名胜区",
    "风景区",
    "景区",
    "旅游区",
    "国家公园",
    "流域",
    "水库",
    "湿地公园",
    "生态修复",
    // the parts and banks of a river or lake (`浪石溪上游`, `遇龙河沿岸`)
    "沿岸",
    "两岸",
    "上游",
    "中游",
    "下游",
    "干流",
    "支流",
    "水系",
    "河段",
    "岸线",
    "入河口",
    // (its water: `伍姓/湖/水面`)
    "水面",
    "水位",
    "水域",
    "水质",
];
lexicon!(lex_scenic, SCENIC);

/// Words before a river or lake that say it is one (`漓江支流浪石溪`,
/// `汇入金宝河`).
const STREAM_BEFORE: &[&str] = &["支流", "干流", "流入", "汇入", "注入"];

char_set!(
    glue_char,
    "要将共已在和与及也还都就于对把为是的不先再又均正仍曾需应须原"
);

/// Where a reservoir's two-char stem (`大源` of `大源水库`), a stream
/// after [`STREAM_BEFORE`], one cut before such a word or one cut before
/// its last char and a word of its parts or water (`伍姓/湖/水面`, see
/// [`cut_stream_at`]), islands' stem (`哈派/群岛`) or a capital's name
/// after `首都` may start: char indices, in order.
fn water_starts(t: &Text) -> Vec<usize> {
    // (the words' last chars by their gate: one pass, a few chars a test)
    let mut starts: Vec<usize> = t
        .each_gated(super::flags::gate::WATER)
        .flat_map(|k| match t.get(k) {
            '库' => [
                (t.before(k) == '水').then(|| k.checked_sub(3)).flatten(),
                None,
            ],
            // (islands and a capital named by a stem jieba does not know:
            // `哈派/群岛`, `首都/努库阿洛法`)
            '岛' if matches!(t.before(k), '群' | '列') => [k.checked_sub(3), None],
            '都' | '府' if t.before(k) == '首' => [Some(k + 1), None],
            '河' | '江' | '溪' | '湖' => [
                lex_scenic().at(t, k + 1).and_then(|_| k.checked_sub(2)),
                None,
            ],
            // (and the stem of a river jieba cut before its last char,
            // three chars before such a word: `六股/河` + `支流`)
            _ if STREAM_BEFORE.iter().any(|w| t.ends_with(k + 1, w)) => {
                [(k + 1).checked_sub(5), Some(k + 1)]
            }
            _ => [None, None],
        })
        .flatten()
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts
}

/// A river or lake named right after a word that says it is one
/// (`漓江支流浪石溪`, `支流桃源/溪`): one token of three or four chars
/// ending like a landform, or a two-char word and a one-char `河`, `江`,
/// `溪` or `湖`, no verb or function word. Its end.
fn stream_after_word(t: &Text, h: &Hints, i: usize) -> Option<usize> {
    // (every word before ends in `流` or `入`: one char compared first)
    if i < 2
        || !matches!(t.before(i), '流' | '入')
        || !STREAM_BEFORE.iter().any(|w| t.ends_with(i, w))
    {
        return None;
    }
    let (x, y, c) = h.token(i).filter(|&(x, _, _)| x == i)?;
    if matches!(c, WordClass::Verb | WordClass::Function) || !(x..y).all(|k| is_han(t.get(k))) {
        return None;
    }
    if natural(t, x, y) {
        return Some(y);
    }
    ((2..=3).contains(&(y - x))
        && h.len_at(y) == 1
        && matches!(t.get(y), '河' | '江' | '溪' | '湖'))
    .then_some(y + 1)
}

/// A river or lake jieba cut before its last char, before a word that says
/// it is one (`六股/河/支流`, `清水/河/流域`): the end of the stem of two
/// chars and the one-char `河`, `江`, `溪` or `湖` at `i`, not a counted
/// river (`这条/河/两岸`, `一道/河/流域`) nor a function word's
/// (`而是/河/两岸`).
fn cut_stream_at(t: &Text, h: &Hints, i: usize) -> Option<usize> {
    // (the one-char river word first: most positions end here)
    if !matches!(t.get(i + 2), '河' | '江' | '溪' | '湖') {
        return None;
    }
    let (x, y, c) = h.token(i).filter(|&(x, y, _)| x == i && y - x == 2)?;
    let counted = (super::is_numeral(t.get(x))
        || matches!(t.get(x), '这' | '那' | '该' | '每' | '各' | '哪'))
        && matches!(t.get(x + 1), '条' | '道' | '段' | '片');
    // (nor a conjunction's: `而是/河/两岸`)
    let linking = t.get(y - 1) == '是' || matches!(t.slice(x, y), "而且" | "并且");
    (c != WordClass::Verb
        && !counted
        && !linking
        && (x..y).all(|k| is_han(t.get(k)))
        && h.len_at(y) == 1
        && lex_scenic().at(t, y + 1).is_some())
    .then_some(y + 1)
}

/// Stems of common reservoirs' kinds, which name none (`小型水库`).
const NOT_RESERVOIR: &[&str] = &[
    "小型",
    "中型",
    "大型",
    "病险",
    "山塘",
    "骨干",
    "调蓄",
    "备用",
    "重点",
    "应急",
    "抽水",
    "蓄能",
    "饮用",
    "水源",
    "新建",
    "全县",
    "全市",
    "全省",
    "各类",
    "城区",
    "农村",
    "灌溉",
    "防洪",
    "蓄水",
    "获批",
    "建成",
    "修建",
    "兴建",
    "除险",
    "加固",
    "清淤",
    "大中型",
    "小微",
    // (what is done to reservoirs: `科学调度水库`)
    "调度",
    "管理",
    "建设",
    "运行",
    "巡查",
    "监测",
    "维护",
    "检查",
    "排查",
    "整治",
    "治理",
    "改造",
    "保护",
    "安全",
];

/// Two-char landform words after a stem that the dictionary tags as a
/// place (`江汉平原`, `喜马拉雅山脉`).
#[rustfmt::skip]
const LANDFORMS: &[&str] = &[
    "沙漠", "平原", "盆地", "高原", "山脉", "群岛", "半岛", "草原", "走廊",
];

/// Stems that make a landform word a kind, not a name (`山间盆地`).
const GENERIC_LANDFORM_STEMS: &[&str] = &["山间", "稀树", "高草", "青青"];

/// Whether the token `[x, y)` is three or four chars ending like a
/// mountain, lake or river (`白石山`, `拒马河`).
fn natural(t: &Text, x: usize, y: usize) -> bool {
    (3..=4).contains(&(y - x))
        && matches!(
            t.get(y - 1),
            '山' | '湖' | '河' | '江' | '岭' | '沟' | '岛' | '峡' | '湾' | '滩' | '溪'
        )
}

/// Words of a river's or lake's banks and course, written after its name.
#[rustfmt::skip]
const BANKS: &[&str] = &[
    "两岸", "沿岸", "岸边", "流域", "河谷", "河畔", "干流", "上游", "中游", "下游", "支流", "水系",
    "沿线", "之畔", "之滨",
];

/// The end of a river, lake or stream named by one char and its kind at
/// `i`, before a word of its banks or course ([`BANKS`]): `洹` + `河` (two
/// tokens, the first no function word or verb; before `水` one the
/// dictionary tags a place, `酉/水/流域`), the dictionary's own place
/// `汴河`, not a common noun (`运河`, `大河`); or the one char before
/// `河边`, `湖畔` (`岚/河边`), not a modifier (`小`, `大`).
fn water_before_bank(t: &Text, h: &Hints, i: usize) -> Option<usize> {
    // (the kind's char first: most chars are followed by none)
    if !matches!(t.get(i + 1), '河' | '江' | '湖' | '溪' | '水') {
        return None;
    }
    let c0 = t.get(i);
    if !is_han(c0) || super::is_numeral(c0) || no_place_start(c0) || "小大老长内外这那".contains(c0)
    {
        return None;
    }
    let (x, y, c) = h.token(i)?;
    if x != i || matches!(c, WordClass::Function | WordClass::Verb) {
        return None;
    }
    let water = |k: usize| matches!(t.get(k), '河' | '江' | '湖' | '溪');
    let one = y == i + 1 && (water(i + 1) || (t.get(i + 1) == '水' && c == WordClass::Place));
    let named = y == i + 2 && water(i + 1) && c == WordClass::Place;
    let bank = BANKS.iter().any(|w| t.starts_with(i + 2, w));
    // (or the dictionary's name before `边`: `沣河/边`)
    if (one && h.len_at(i + 1) == 1 && bank) || (named && (bank || t.get(i + 2) == '边')) {
        return Some(i + 2);
    }
    // (the char a name's: `往/江边` is a verb's way)
    let shore = y == i + 1
        && matches!(c, WordClass::Person | WordClass::Place | WordClass::Unknown)
        && water(i + 1)
        && matches!(t.get(i + 2), '边' | '畔')
        && h.token(i + 1)
            .is_some_and(|(p, q, _)| p == i + 1 && q == i + 3);
    shore.then_some(i + 2)
}

/// Whether the token `[x, y)` of class `c` is a temple, a palace, a
/// pavilion or a tower the dictionary knows by name (`大昭寺`, `卢浮宫`,
/// `滕王阁`, `岳阳楼`: tagged as a person's or a place's name, where
/// `少年宫` and `写字楼` are common nouns).
fn landmark(t: &Text, x: usize, y: usize, c: WordClass) -> bool {
    (3..=4).contains(&(y - x))
        && matches!(c, WordClass::Person | WordClass::Place)
        && matches!(t.get(y - 1), '寺' | '宫' | '阁' | '楼')
        && (x..y).all(|k| is_han(t.get(k)))
}

/// Whether the token `[x, y)`, which jieba's dictionary calls a person, is
/// a landform it mis-tags (`穆棱河`, `艾丁湖`, `张广才岭`, `刘公岛`): three
/// or four chars ending like one. Not `山` or `江`, which end many given
/// names (`孙中山`, `丁文江`).
fn landform_named_like_a_person(t: &Text, x: usize, y: usize) -> bool {
    natural(t, x, y)
        && (!matches!(t.get(y - 1), '山' | '江')
            // (unless a word of location follows: `主峰黄岗山一带`)
            || ["一带", "脚下", "山脚", "山顶", "之巅", "沿岸", "两岸", "深处", "南麓", "北麓", "东麓", "西麓"]
                .iter()
                .any(|w| t.starts_with(y, w)))
}

char_set!(ordinal_digit, "一二三四五六七八九十0123456789");

/// Whether every char of `[a, b)` is a numeral (`二十`, `三` of `三局`).
fn numerals(t: &Text, a: usize, b: usize) -> bool {
    (a..b).all(|k| super::is_numeral(t.get(k)))
}
// (first chars of words that are no town's stem: `全镇`, `新村`, `我乡`)
char_set!(not_town_stem, "农新全本该各每这那此一两我其某城");

/// Whether `[a, b)` of `t` is an ordinal (`第一`, `第十四`, `第3`), which may
/// stand inside an organisation's name (`郑州市第一人民医院`,
/// `东丰县第五中学`, `南通市税务局第三分局`).
fn is_ordinal(t: &Text, a: usize, b: usize) -> bool {
    t.get(a) == '第' && b >= a + 2 && b <= a + 4 && (a + 1..b).all(|k| ordinal_digit(t.get(k)))
}

/// Whether `w` is a congress's or a conference's session (`第九届`,
/// `十四届`) standing right before the body `tok` it numbers
/// (`南充市/第九届/人民代表大会常务委员会`, `南充市/九届/人大常委会`).
fn session_of_congress(w: &str, tok: &str) -> bool {
    let w = w.strip_prefix('第').unwrap_or(w);
    let numbered = w
        .strip_suffix('届')
        .is_some_and(|n| !n.is_empty() && n.chars().all(super::is_numeral));
    numbered
        && [
            "人民代表大会",
            "人大",
            "政协",
            "政治协商会议",
            "党代会",
            "代表大会",
        ]
        .iter()
        .any(|b| tok.starts_with(b))
}

/// The end of a development zone or area named after the place ending at
/// `e`: a zone suffix right after it (`洛阳` + `高新区`, `都市圈`), or after
/// one word of two or three chars naming the zone's purpose (`山西` + `综改`
/// + `示范区`, `渭源` + `中药材` + `产业园`), ending where a token ends.
pub(crate) fn zone_after(t: &Text, h: &Hints, e: usize) -> Option<usize> {
    let direct = lex_zones().at(t, e).map(|z| e + z.chars().count());
    let stem = || {
        let (x, y, c) = h.token(e)?;
        let ok = x == e
            && (2..=3).contains(&(y - x))
            && matches!(c, WordClass::Noun | WordClass::Unknown)
            && (x..y).all(|k| is_han(t.get(k)));
        ok.then(|| lex_zones().at(t, y).map(|z| y + z.chars().count()))
            .flatten()
    };
    direct
        .or_else(stem)
        .filter(|&z| h.boundary(z) && !matches!(t.get(z), '域' | '间' | '块' | '内' | '外'))
}

impl Scan<'_, '_> {
    /// Whether the token `[x, y)` of class `c` is a town or village jieba
    /// made one unknown word or a name (`万埠镇`, `陇穷村`, `薛埠镇`).
    fn town_token(&self, x: usize, y: usize, c: WordClass) -> bool {
        let t = self.t;
        // (or a town of a one-char stem that jieba's model joined to `镇`:
        // `淮镇`, `耿镇`; not a kind of town, `古镇`, `重镇`, `该镇`)
        let one_char_stem = y - x == 2
            && c == WordClass::Unknown
            && t.get(y - 1) == '镇'
            && !"城乡重古小名集市强全该本各每一两大新老此".contains(t.get(x))
            // (no longer name's tail: `端/芬镇`)
            && clean_left(t, self.h, x);
        // (or a county or commandery of old jieba made one unknown word:
        // `晋昌县`, `敦煌郡`)
        let county = y - x == 3
            && c == WordClass::Unknown
            && matches!(t.get(y - 1), '县' | '郡')
            && !"各每全该本此其等个市区省州".contains(t.get(x))
            && !"市区省州".contains(t.get(x + 1))
            && !super::is_numeral(t.get(x));
        county
            || matches!(c, WordClass::Unknown | WordClass::Person)
                && ((3..=4).contains(&(y - x)) || one_char_stem)
                && (x..y).all(|k| is_han(t.get(k)))
                && matches!(t.get(y - 1), '镇' | '乡' | '村')
                && !not_town_stem(t.get(x))
    }

    /// Whether the token at `i` is a noun or a place (the first word of a
    /// village's name jieba cut: `石门/坳/村`, `茶棚/冲村`; not `回汪/庄/村`).
    fn named_first(&self, i: usize) -> bool {
        self.h
            .token(i)
            .is_some_and(|(_, _, c)| matches!(c, WordClass::Noun | WordClass::Place))
    }

    /// [`Self::dict_place_at`]'s town cut after its first char: its end.
    fn split_town(&self, i: usize) -> Option<usize> {
        let (t, h) = (self.t, self.h);
        let (x, y, c) = h.token(i)?;
        let (x2, y2, c2) = h.token(y)?;
        let left = clean_left(t, h, i);
        (x == i
            && y == i + 1
            && is_han(t.get(i))
            && matches!(c, WordClass::Place | WordClass::Other | WordClass::Unknown)
            && x2 == y
            && y2 == y + 2
            && matches!(t.get(y2 - 1), '镇' | '乡' | '村')
            && is_han(t.get(y))
            && matches!(
                c2,
                WordClass::Place | WordClass::Noun | WordClass::Unknown | WordClass::Other
            )
            && !SETTLEMENT_WORDS.contains(&t.slice(y, y2))
            && left
            && ends_before(t, h, y2)
            && self.free(i, y2))
        .then_some(y2)
    }

    fn free(&self, a: usize, b: usize) -> bool {
        (a..b).all(|k| !self.taken.get(k).copied().unwrap_or(true))
    }

    /// Whether the gazetteer lists the chars `[a, b)`.
    fn listed(&self, a: usize, b: usize) -> bool {
        b >= a + 2 && b <= self.t.len() && in_gazetteer(self.t.slice(a, b))
    }

    /// A listed place at `i`, aligned with jieba's tokens: its end.
    fn place_at(&self, i: usize) -> Option<(usize, Evidence)> {
        if !gazetteer_first(self.t.get(i))
            || !gazetteer_second(self.t.get(i + 1))
            || super::entities::in_false_context(self.t, i)
        {
            return None;
        }
        let ws = self.first.get(&(self.t.get(i), self.t.get(i + 1)))?;
        for w in ws {
            if self.t.starts_with(i, w) {
                let e = i + w.chars().count();
                // jieba may join a word to the place (`荷兰人`, `中东地区`)
                let tail = self
                    .h
                    .token(e.saturating_sub(1))
                    .filter(|&(_, y, _)| y > e)
                    .is_some_and(|(_, y, _)| place_tail(self.t.slice(e, y)));
                // a country named in full, which jieba may make one word
                // (`斐济共和国`, `汤加王国`)
                if let Some(form) = ["共和国", "王国"]
                    .into_iter()
                    .find(|f| self.t.starts_with(e, f) && is_country_name(w))
                {
                    let y = e + form.chars().count();
                    if self.h.boundary(i) && ends_before(self.t, self.h, y) {
                        return Some((y, Evidence::Gazetteer));
                    }
                }
                // `和` + a county's body, not the county 和县 (`县委领导和县
                // 人大`; `马鞍山市和县` is the county)
                let and_county = *w == "和县"
                    && is_han(self.t.before(i))
                    && !matches!(self.t.before(i), '市' | '省')
                    && ["人大", "政协", "委", "政府", "人民", "法院", "检察院"]
                        .iter()
                        .any(|b| self.t.starts_with(e, b));
                // (or the place and its government as one word of the
                // dictionary: `广西壮族自治区人民政府`)
                let government = self
                    .h
                    .token(i)
                    .filter(|&(x, y, _)| x == i && y > e)
                    .is_some_and(|(_, y, _)| {
                        matches!(
                            self.t.slice(e, y),
                            "人民政府" | "政府" | "党委" | "人大常委会"
                        )
                    });
                // a port named after a listed place whose last char jieba
                // joined to `港` (`唐/山港`)
                let glued_port = self.t.get(e) == '港'
                    && self.h.boundary(i)
                    && self
                        .h
                        .token(e - 1)
                        .is_some_and(|(x, y, _)| x == e - 1 && y == e + 1)
                    && ends_before(self.t, self.h, e + 1);
                if glued_port && !and_county {
                    return Some((e + 1, Evidence::Suffix));
                }
                if self.h.boundary(i) && (self.h.boundary(e) || tail || government) && !and_county {
                    // a village named after a listed place (`东河/村`)
                    let village = self.t.get(e) == '村';
                    // a port named after a listed place (`宜宾/港`), a
                    // mountain's area (`乌蒙山/区`, as `三峡库区`)
                    let port_or_area =
                        self.t.get(e) == '港' || (self.t.get(e) == '区' && w.ends_with('山'));
                    if (village || port_or_area)
                        && self.h.len_at(e) == 1
                        && ends_before(self.t, self.h, e + 1)
                    {
                        return Some((e + 1, Evidence::Suffix));
                    }
                    // a port's area named after a listed place (`丰南/港区`)
                    if port_area(self.t, self.h, e) {
                        return Some((e + 2, Evidence::Suffix));
                    }
                    // a town named after a listed place and one more char
                    // that jieba's model joined to the suffix (`榆树/台镇`)
                    if let Some((_, y, WordClass::Unknown)) =
                        self.h.token(e).filter(|&(x, y, _)| {
                            x == e
                                && y - x == 2
                                && matches!(self.t.get(y - 1), '镇' | '乡')
                                && is_han(self.t.get(x))
                                && !admin_suffix(self.t.get(e - 1))
                        })
                    {
                        if ends_before(self.t, self.h, y) {
                            return Some((y, Evidence::Suffix));
                        }
                    }
                    // a part of a province named with `地区` (`晋南地区`;
                    // not a big region, `东北`, `中东`, which a reader
                    // names alone, nor the figure `地区生产总值`) and a
                    // reservoir named after a
                    // river or place (`汾河水库`): one place
                    let word = |x: &str| {
                        self.t.starts_with(e, x)
                            && (self.h.word(e, e + 2).is_some() || tail)
                            && ends_before(self.t, self.h, e + 2)
                    };
                    if (word("地区") && is_local_region(w) && !self.t.starts_with(e + 2, "生产"))
                        || word("水库")
                    {
                        return Some((e + 2, Evidence::Suffix));
                    }
                    // a local region's landform, however jieba cut it
                    // (`渭北/旱/塬`, `陕北/高原`): one place
                    if is_local_region(w) {
                        if let Some(f) = self
                            .t
                            .match_any(e, &["旱塬", "高原", "平原", "盆地", "丘陵"])
                        {
                            let y = e + f.chars().count();
                            if self.h.boundary(e) && ends_before(self.t, self.h, y) {
                                return Some((y, Evidence::Suffix));
                            }
                        }
                    }
                    // a county's short form before `县城` (`瓜州/县城`):
                    // the county
                    if self.t.starts_with(e, "县城")
                        && self.h.word(e, e + 2).is_some()
                        && is_division_short_form(w)
                    {
                        return Some((e + 1, Evidence::Suffix));
                    }
                    // an autonomous county's short form and `县` jieba
                    // left on its own (`秀山/县`, of `秀山土家族苗族自治县`)
                    if self.t.get(e) == '县'
                        && self.h.len_at(e) == 1
                        && self.h.boundary(e)
                        && !self.listed(i, e + 1)
                        && ends_before(self.t, self.h, e + 1)
                    {
                        return Some((e + 1, Evidence::Suffix));
                    }
                    return Some((e, Evidence::Gazetteer));
                }
            }
        }
        // jieba's `ns` tags are not used: they tag `城市`, `海洋`, `满意度`
        None
    }

    /// A place jieba's dictionary knows, three chars or longer
    /// (`拉塔基亚`, `小河口镇`), or two chars after a word of movement or
    /// location (`在德班`, `抵拉塔基亚`); or a name and an administrative
    /// suffix that jieba left as a token of its own (`窑河/乡`,
    /// `丘/布特/省`, `塔科马/市`). Its end. `suffix_near` says whether a
    /// division's suffix lies in `i + 1 ..= i + 5`.
    fn dict_place_at(&self, i: usize, suffix_near: bool) -> Option<(usize, Evidence)> {
        let (t, h) = (self.t, self.h);
        // a preposition jieba's HMM joined to a town's stem: the stem
        // starts after it, the town ending at a lone suffix after the token
        // (`对银坊/镇`) or at the token's own (`从龙田镇/出发`)
        if !h.boundary(i) {
            let glued = h.token(i).filter(|&(x, _, c)| {
                x + 1 == i && c == WordClass::Unknown && preposition_char(t.get(x))
            });
            if let Some((x, y, _)) = glued {
                let end = if y - x >= 3 && admin_suffix(t.get(y)) && h.len_at(y) == 1 {
                    Some(y + 1)
                } else {
                    ((4..=5).contains(&(y - x))
                        && matches!(t.get(y - 1), '镇' | '乡' | '村')
                        && (i..y).all(|k| is_han(t.get(k)))
                        && !not_town_stem(t.get(i))
                        && !"乡镇村".contains(t.get(i)))
                    .then_some(y)
                };
                if let Some(e) = end {
                    return ends_before(t, h, e).then_some((e, Evidence::Suffix));
                }
            }
        }
        // (`外长哈洛宁`, `记者江建国`: a name after a title, no place; and
        // the preposition of `对银坊镇` read from the next char on)
        let preposition = h.token(i).is_some_and(|(x, y, c)| {
            x == i && y - x >= 3 && c == WordClass::Unknown && preposition_char(t.get(x))
        });
        if !h.boundary(i) || no_place_start(t.get(i)) || preposition {
            return None;
        }
        // a listed place jieba made one word with `之滨`, `之畔` (`黄海之滨/nr`)
        if let Some((_, y, _)) = h.token(i).filter(|&(x, y, _)| x == i && y - x >= 4) {
            if t.match_any(y - 2, &["之滨", "之畔", "之巅"]).is_some()
                && in_gazetteer(t.slice(i, y - 2))
            {
                return Some((y - 2, Evidence::Gazetteer));
            }
        }
        // a mountain, lake or river named before a scenic area or a basin
        // (`白石山景区`, which jieba calls a name; `千岛湖风景区`)
        if let Some((_, y, c)) = h.token(i).filter(|&(x, y, _)| x == i && natural(t, x, y)) {
            if !matches!(c, WordClass::Verb | WordClass::Function)
                && (i..y).all(|k| is_han(t.get(k)))
                && lex_scenic().at(t, y).is_some()
                && !self.titles.get(i).copied().unwrap_or(false)
            {
                return Some((y, Evidence::Suffix));
            }
        }
        if let Some(y) = stream_after_word(t, h, i).or_else(|| cut_stream_at(t, h, i)) {
            if !self.titles.get(i).copied().unwrap_or(false) && self.free(i, y) {
                return Some((y, Evidence::Suffix));
            }
        }
        // a reservoir named by a stem of its own (`大源/水库`), not by its
        // kind (`小型水库`)
        if let Some((_, y, c)) = h.token(i).filter(|&(x, y, _)| x == i && y - x == 2) {
            if t.starts_with(y, "水库")
                && h.word(y, y + 2).is_some()
                && matches!(
                    c,
                    WordClass::Noun | WordClass::Unknown | WordClass::Place | WordClass::Person
                )
                && (i..y).all(|k| is_han(t.get(k)))
                && !NOT_RESERVOIR.contains(&t.slice(i, y))
                && !self.titles.get(i).copied().unwrap_or(false)
                && self.free(i, y + 2)
            {
                return Some((y + 2, Evidence::Suffix));
            }
        }
        // a river or lake named before its bank (`清流/河畔`, `玄武/湖畔`):
        // a two-char stem and the one word of the bank
        if let Some((_, y, c)) = h.token(i).filter(|&(x, y, _)| x == i && y - x == 2) {
            if ["河畔", "湖畔", "江畔", "溪畔"]
                .iter()
                .any(|w| t.starts_with(y, w) && h.word(y, y + 2).is_some())
                && matches!(
                    c,
                    WordClass::Noun | WordClass::Unknown | WordClass::Place | WordClass::Person
                )
                && (i..y).all(|k| is_han(t.get(k)))
                && !self.titles.get(i).copied().unwrap_or(false)
                && self.free(i, y + 1)
            {
                return Some((y + 1, Evidence::Suffix));
            }
        }
        // a temple, a palace, a pavilion or a tower the dictionary knows by
        // name
        if let Some((_, y, _)) = h
            .token(i)
            .filter(|&(x, y, c)| x == i && landmark(t, x, y, c))
        {
            if !self.titles.get(i).copied().unwrap_or(false) && self.free(i, y) {
                return Some((y, Evidence::Dictionary));
            }
        }
        // a landform jieba's dictionary tags as a person (`穆棱河`, `艾丁湖`)
        if let Some((_, y, _)) = h.token(i).filter(|&(x, y, c)| {
            x == i
                && c == WordClass::Person
                && landform_named_like_a_person(t, x, y)
                && (x..y).all(|k| is_han(t.get(k)))
        }) {
            if !self.titles.get(i).copied().unwrap_or(false) && self.free(i, y) {
                return Some((y, Evidence::Dictionary));
            }
        }
        if let Some((_, y, c)) = h
            .token(i)
            .filter(|&(x, y, _)| x == i && (x..y).all(|k| is_han(t.get(k))))
        {
            let foreign = 3
                * (i..y)
                    .filter(|&k| super::persons::is_foreign(t.get(k)))
                    .count();
            // a foreign name in apposition to `首都`, which the dictionary
            // may call a person (`首都努库阿洛法`)
            let capital = y - i >= 3
                && foreign >= 2 * (y - i)
                && matches!(c, WordClass::Person | WordClass::Unknown)
                && ["首都", "首府"].iter().any(|w| t.ends_with(i, w));
            // a foreign division jieba's model joined to its suffix
            // (`胡胡伊省`)
            let division = y - i >= 3
                && c == WordClass::Unknown
                && matches!(t.get(y - 1), '省' | '州')
                && (i..y - 1).all(|k| super::persons::is_foreign(t.get(k)))
                && ends_before(t, h, y);
            // islands named by a stem jieba does not know or calls a name
            // (`哈派/群岛`, `瓦瓦乌/群岛`)
            let islands = (2..=4).contains(&(y - i))
                && matches!(c, WordClass::Unknown | WordClass::Person)
                && ["群岛", "列岛"]
                    .iter()
                    .any(|w| t.starts_with(y, w) && h.word(y, y + 2).is_some());
            if (capital || division) && self.free(i, y) {
                return Some((y, Evidence::Suffix));
            }
            if islands && ends_before(t, h, y + 2) && self.free(i, y + 2) {
                return Some((y + 2, Evidence::Suffix));
            }
        }
        // a dictionary place at `i`, or a division's suffix within the five
        // chars a stem reaches: else nothing below can match (most chars)
        if !h.token(i).is_some_and(|(_, _, c)| c == WordClass::Place) && !suffix_near {
            return None;
        }
        if self.titles.get(i).copied().unwrap_or(false) {
            return None;
        }
        let han = |a: usize, b: usize| (a..b).all(|k| is_han(t.get(k)));
        // the dictionary's `ns` also tags `上半场`, `大街`, `加大力度`: only
        // names spelt like a transliteration or ending like a division
        // (and none of the phrases, people and things it tags `ns` that
        // are spelt so: `上山下乡`, `苏格拉底`)
        if let Some((_, y, WordClass::Place)) = h
            .token(i)
            .filter(|&(x, y, _)| !not_dict_place(t.slice(x, y)))
        {
            let foreign = (i..y)
                .filter(|&k| super::persons::is_foreign(t.get(k)))
                .count();
            let moved = lex_place_before().before(t, i).is_some();
            // (`文明城市`: no division, a description)
            let division = admin_suffix(t.get(y - 1))
                && !(t.get(y - 2) == '城' && t.get(y - 1) == '市')
                && lex_not_stem().at(t, i).is_none();
            // (or a river, lake or mountain the dictionary knows: `拒马河`)
            // (or a port: `上海港`, `乍浦港`)
            let spelt = (y - i >= 3
                && (3 * foreign >= 2 * (y - i)
                    || division
                    || natural(t, i, y)
                    || matches!(t.get(y - 1), '港' | '关')))
                || (y - i == 2 && moved && foreign == 2);
            // (a currency named after its country: `挪威克朗`, `德国马克`)
            let currency = [
                "克朗",
                "马克",
                "法郎",
                "卢布",
                "比索",
                "里拉",
                "卢比",
                "兰特",
                "第纳尔",
            ]
            .iter()
            .any(|c| t.ends_with(y, c));
            // (a desert, plain, basin or island chain the dictionary knows
            // by a stem of two chars or more: `腾格里沙漠`, `江汉平原`,
            // `南阳盆地`, `河西走廊`; not a kind, `山间盆地`, `稀树草原`)
            let desert = y - i >= 4
                && (t.ends_with(y, "三角洲")
                    || (LANDFORMS.iter().any(|w| t.ends_with(y, w))
                        && !GENERIC_LANDFORM_STEMS.contains(&t.slice(i, y - 2))));
            if han(i, y) && (spelt || desert) && !currency && !ends_direction(t.get(y - 1)) {
                return Some((y, Evidence::Dictionary));
            }
            // a continent or region with `各国` joined to it (`欧洲各国`,
            // one word of the dictionary): the place before it
            if y - i >= 4 && t.ends_with(y, "各国") && in_gazetteer(t.slice(i, y - 2)) {
                return Some((y - 2, Evidence::Gazetteer));
            }
        }
        // a town or village jieba made one unknown word or a name
        // (`万埠镇`, `陇穷村`, `高升镇`)
        if let Some((_, y, c)) = h.token(i) {
            if self.town_token(i, y, c) {
                return Some((y, Evidence::Suffix));
            }
        }
        // a town or village jieba cut after its first char, which is no
        // word of its own (`浯/口镇`, `泉/塘村`), after a division, a verb or
        // a function word, or at a clause's start
        if let Some(y) = self.split_town(i) {
            return Some((y, Evidence::Suffix));
        }
        // a stem of up to two tokens, two to five chars, then the suffix
        let mut e = i;
        for _ in 0..2 {
            // a first token that ends in a division is a town of its own,
            // not a stem (`上/固乡/回龙/村`: `回龙村`, never `固乡回龙村`)
            if e > i && matches!(t.get(e - 1), '乡' | '镇' | '村' | '县') {
                break;
            }
            let Some((x, y, c)) = h.token(e) else { break };
            // (a one-char word of the stem's end before a lone suffix:
            // `石门/坳/村`)
            let stem_end = x > i
                && y - x == 1
                && x - i >= 2
                && self.named_first(i)
                && clean_left(t, h, i)
                && matches!(t.get(y), '村' | '镇' | '乡')
                && h.len_at(y) == 1;
            let stem_ok = x == e
                && y - i <= 5
                && (y - x >= 2 || matches!(c, WordClass::Place | WordClass::Person) || x > i)
                && han(x, y)
                && match c {
                    // (not a verb jieba's model glued to the stem:
                    // `西晋/设晋昌/郡`)
                    WordClass::Unknown => {
                        !(x == i && y - x >= 3 && "设置改称为在到赴经至于".contains(t.get(x)))
                    }
                    WordClass::Place | WordClass::Person => true,
                    WordClass::Other => stem_end,
                    WordClass::Noun => {
                        y - x >= 2
                            && lex_not_stem()
                                .at(t, x)
                                .is_none_or(|w| w.chars().count() != y - x)
                    }
                    _ => false,
                };
            if !stem_ok {
                break;
            }
            e = y;
            // a second token jieba's model made of the stem's end and the
            // suffix, the stem spelt as a transliteration (`莱克/伍德县`)
            if x > i
                && c == WordClass::Unknown
                && y - x >= 2
                && matches!(t.get(y - 1), '县' | '市' | '州' | '省')
                && t.get(y - 2) != t.get(y - 1)
                && 3 * (i..y - 1)
                    .filter(|&k| super::persons::is_foreign(t.get(k)))
                    .count()
                    >= 2 * (y - 1 - i)
                && h.boundary(y)
            {
                return Some((y, Evidence::Suffix));
            }
            // a second token jieba's model made of the stem's last char and
            // a village's or town's suffix (`茶棚/冲村`; not `村庄/逐村`,
            // every village, nor a stem that is a kind of village)
            if x > i
                && c == WordClass::Unknown
                && y - x == 2
                && x - i >= 2
                && matches!(t.get(y - 1), '村' | '镇' | '乡')
                && !admin_suffix(t.get(x))
                && !"逐每各全该本".contains(t.get(x))
                && !admin_suffix(t.get(i))
                && self.named_first(i)
                && clean_left(t, h, i)
                && ends_before(t, h, y)
            {
                return Some((y, Evidence::Suffix));
            }
            if admin_suffix(t.get(e)) && h.len_at(e) == 1 && e - i >= 2 {
                // (a nickname in quotes of a common noun and `村`, no
                // village's name: `“网箱村”`)
                let nickname = t.before(i) == '“'
                    && t.get(e + 1) == '”'
                    && h.class(i) == WordClass::Noun
                    && h.len_at(i) == e - i;
                // the suffix ends the name: not `市场`, `村民` (one token each)
                if ends_before(t, h, e + 1) && !nickname {
                    return Some((e + 1, Evidence::Suffix));
                }
            }
        }
        None
    }

    /// [`zone_after`] of this scan's text.
    fn zone_after(&self, e: usize) -> Option<usize> {
        zone_after(self.t, self.h, e)
    }

    /// Whether a token of the org body may be the token `[a, b)`.
    fn body(&self, a: usize, b: usize, c: WordClass) -> bool {
        let w = self.t.slice(a, b);
        let han = (a..b).all(|k| is_han(self.t.get(k)));
        // `立` of a city's, province's or county's own hospital or school
        // (`武夷山市/立/医院`, `省立医院`), which jieba calls a verb
        let owned = w == "立" && a > 0 && matches!(self.t.get(a - 1), '市' | '省' | '县' | '区');
        owned
            || han
                && !not_body(w)
                && (org_prefix(w) || matches!(
                c,
                WordClass::Place | WordClass::Org | WordClass::Noun | WordClass::Unknown
            ) || (self.firm && c == WordClass::Person)
                // a distinguishing word of two chars between a body and a
                // word ending in a suffix (`公安部/刑事/b/侦查局`)
                || (c == WordClass::Other
                    && b - a == 2
                    && self.after_body(a)
                    && self.h.token(b).is_some_and(|(x, y, _)| {
                        x == b && org_suffixes().suffix_of(self.t.slice(x, y)).is_some()
                    }))
                // a listed place jieba tags otherwise (`大连女子足球队`)
                || self.listed(a, b)
                || self.division_stem(a, b, c))
                && !(c == WordClass::Unknown && b - a == 1 && !org_prefix(w))
    }

    /// Whether the token `[a, b)` is the stem of a listed county, district
    /// or city that jieba's dictionary tags a person's name (`顺德` of
    /// `顺德区`, in `顺德/海关`, `顺德/高新区/管委会`) or, after a prefix or
    /// a body, a function or other word (`大同` of `国网大同供电公司`).
    fn division_stem(&self, a: usize, b: usize, c: WordClass) -> bool {
        // (or a function or other word right after a prefix or a body:
        // `国网/大同/d/供电公司`, `国家能源集团/大同/公司`; not `平远/和县`)
        (c == WordClass::Person
            || (matches!(c, WordClass::Function | WordClass::Other) && self.after_body(a)))
            && self.stem_of_division(a, b)
    }

    /// Whether the token before char `a` ends there and is an
    /// organisation's prefix or ends with its suffix (`国网`, `公安部`).
    fn after_body(&self, a: usize) -> bool {
        a > 0
            && self.h.token(a - 1).is_some_and(|(x, y, _)| {
                y == a
                    && (org_prefix(self.t.slice(x, y))
                        || org_suffixes().suffix_of(self.t.slice(x, y)).is_some())
            })
    }

    /// Whether the two chars `[a, b)` are a listed county's, district's or
    /// city's name without its level word (`梨树` of `梨树县`).
    fn stem_of_division(&self, a: usize, b: usize) -> bool {
        if b - a != 2 || !(a..b).all(|k| is_han(self.t.get(k))) {
            return false;
        }
        // (the listed names sharing its two chars: no string built per
        // token of a body walked)
        let w = self.t.slice(a, b);
        self.first
            .get(&(self.t.get(a), self.t.get(a + 1)))
            .is_some_and(|ws| {
                ws.iter().any(|n| {
                    n.strip_prefix(w)
                        .is_some_and(|d| matches!(d, "区" | "县" | "市"))
                })
            })
    }

    /// Whether the org may start with the token `[a, b)`.
    fn head(&self, a: usize, b: usize, c: WordClass) -> bool {
        // a direction word naming a university or hospital right before
        // its word (`南方/医科大学`, `南方/医院`)
        if matches!(
            self.t.slice(a, b),
            "南方" | "北方" | "东方" | "西方" | "东北" | "西北" | "西南" | "东南"
        ) && self.h.token(b).is_some_and(|(x, y, _)| {
            x == b
                && ["大学", "学院", "医院"]
                    .iter()
                    .any(|w| self.t.slice(x, y).ends_with(w))
        }) {
            return true;
        }
        // (a town's or prefecture's level word heads a body named after it
        // — `州人民医院`, `镇党委` — never one named after another place:
        // `平远/镇/和县发展和改革局`)
        // (not a level after another, a kind of bodies: `各市/州/党委`)
        if matches!(self.t.slice(a, b), "州" | "镇" | "乡" | "村") {
            return !matches!(self.t.before(a), '市' | '县' | '省' | '区')
                && self
                    .h
                    .token(b)
                    .is_some_and(|(_, _, c)| c != WordClass::Place);
        }
        // a town's stem jieba left unknown before its body, at a clause's
        // start (`，感德/镇党委`)
        let town_stem = matches!(c, WordClass::Unknown | WordClass::Noun)
            && (2..=3).contains(&(b - a))
            && (a..b).all(|k| is_han(self.t.get(k)))
            && (a == 0 || !is_han(self.t.get(a - 1)))
            && matches!(self.t.get(b), '镇' | '乡')
            && self
                .h
                .token(b)
                .is_some_and(|(x, y, _)| x == b && y - x >= 3);
        // a level word jieba's HMM glued to the body's first chars, at a
        // clause's start or after a function word (`市大/数据/局`:
        // `市大数据局`; `市三防/指挥部`)
        let level_glued = c == WordClass::Unknown
            && (2..=3).contains(&(b - a))
            && matches!(self.t.get(a), '市' | '省' | '县' | '区')
            && is_han(self.t.get(a + 1))
            && (a == 0
                || !is_han(self.t.get(a - 1))
                || self
                    .h
                    .token(a - 1)
                    .is_some_and(|(_, y, c)| y == a && c == WordClass::Function));
        // (a listed county's or district's stem jieba reads as a noun,
        // before its level word: `清丰/nz 县委`, `监利/vn 县委副书记`)
        let noun_stem = matches!(c, WordClass::Noun | WordClass::Unknown | WordClass::Verb)
            && matches!(self.t.get(b), '县' | '市' | '区')
            && self.stem_of_division(a, b);
        town_stem
            || level_glued
            || noun_stem
            || self.division_stem(a, b, c)
            || matches!(c, WordClass::Place | WordClass::Org)
            // (not a word jieba's HMM made of an adverb and a preposition:
            // `共向/福建港航集团`)
            || (self.firm
                && b - a >= 2
                && matches!(c, WordClass::Person | WordClass::Unknown)
                && !(c == WordClass::Unknown && glued_preposition(self.t.get(b - 1))))
            || org_prefix(self.t.slice(a, b))
            // (a country and its city jieba made one word: `美国纽约/nz
            // 福清同乡会`)
            || (c == WordClass::Noun && b - a >= 4 && two_places(self.t.slice(a, b)).is_some())
            // (an organisation known by name that jieba tags a noun:
            // `公安部/n 刑事侦查局`)
            || is_org_name(self.t.slice(a, b))
            || self.listed(a, b)
            // (a listed place and its government as one word of the
            // dictionary: `广西壮族自治区人民政府/新闻/办公室`)
            || (b - a >= 4
                && ["人民政府", "政府"].iter().any(|g| {
                    let n = g.chars().count();
                    b - a > n && self.t.ends_with(b, g) && self.listed(a, b - n)
                }))
    }

    /// `美国财政部长鲁宾`, `芬兰农林部长`, `内政部长`: a minister's title
    /// names the ministry (`美国财政部`: the place before it, if any, the
    /// body and `部`, without the title's `长`). The token `[a, b)` is the
    /// title (`财政部长`), or `部长` after a place and a noun (`芬兰/农林/
    /// 部长`; a bare `部长` after one word is too often `新部长`, `开发部长`
    /// of a longer name). Returns the org's start and end.
    fn ministry_of_title(&self, a: usize, b: usize, c: WordClass) -> Option<(usize, usize)> {
        let t = self.t;
        let h = self.h;
        let e = b.checked_sub(1)?;
        if !t.ends_with(b, "部长") || matches!(c, WordClass::Person | WordClass::Place) {
            return None;
        }
        let han = |x: usize, y: usize| (x..y).all(|k| is_han(t.get(k)));
        // the place right before `x`, as an entity found before or a token
        let place_before = |x: usize| -> Option<usize> {
            let k = x.checked_sub(1)?;
            match self.nest.unit(k) {
                Some((p, q)) => (q == x && self.listed(p, q)).then_some(p),
                // (a country jieba tags a name: `塞尔维亚/nrt 贸易部长`)
                None => h
                    .token(k)
                    .filter(|&(p, q, c)| {
                        q == x && (c == WordClass::Place || self.listed(p, q)) && self.free(p, q)
                    })
                    .map(|(p, _, _)| p),
            }
        };
        // fields joined by `与`/`和` before the title's own field, after a
        // place (`匈牙利/外交/与/对外/经济部长`): where the ministry starts
        let joined_fields = |a: usize| -> Option<(usize, usize)> {
            let (p, q, c) = h.token(a.checked_sub(1)?)?;
            if q != a
                || q - p != 2
                || !han(p, q)
                || !matches!(c, WordClass::Noun | WordClass::Other | WordClass::Unknown)
            {
                return None;
            }
            let k = p.checked_sub(1)?;
            if !matches!(t.get(k), '与' | '和') || h.len_at(k) != 1 {
                return None;
            }
            let (p2, q2, c2) = h.token(k.checked_sub(1)?)?;
            (q2 == k && q2 - p2 == 2 && han(p2, q2) && c2 == WordClass::Noun)
                .then(|| place_before(p2).map(|x| (p2, x)))
                .flatten()
        };
        let (body, start) = if b - a >= 4 {
            // the body is the title's own chars
            han(a, b).then(|| {
                place_before(a)
                    .map(|x| (a, x))
                    .or_else(|| joined_fields(a))
                    .unwrap_or((a, a))
            })
        } else if b - a == 2 {
            let field = |p: usize, q: usize, c: WordClass| {
                q - p >= 2 && han(p, q) && matches!(c, WordClass::Noun | WordClass::Unknown)
            };
            let (p, q, pc) = h.token(a.checked_sub(1)?)?;
            (q == a && field(p, q, pc))
                .then(|| {
                    place_before(p).map(|x| (p, x)).or_else(|| {
                        // (two fields joined by `和`: `马达加斯加/农业/和/
                        // 畜牧业/部长`)
                        // (not a ministry named whole before its head's
                        // title: `环境/和/林业部/部长`)
                        let k = p.checked_sub(1)?;
                        if t.get(k) != '和' || h.len_at(k) != 1 || t.get(q - 1) == '部' {
                            return None;
                        }
                        let (p2, q2, c2) = h.token(k.checked_sub(1)?)?;
                        (q2 == k && field(p2, q2, c2))
                            .then(|| place_before(p2).map(|x| (p2, x)))
                            .flatten()
                    })
                })
                .flatten()
        } else {
            None
        }?;
        (self.nest.org_ok(start, e) && !self.nest.is_entity(start, e) && self.free(body, e))
            .then_some((start, e))
    }

    /// `中国、斯洛伐克联合登山队`, `中、斯联合登山队`: a team or delegation
    /// of places listed with `、` (two or more, the first a place or a
    /// country's short form), then `联合` and a word ending in `队` or `团`,
    /// or one of [`JOINT_TEAMS`]: the whole is one organisation. The list starts at the
    /// token at `a`; returns the end.
    fn joint_team_at(&self, a: usize) -> Option<usize> {
        let (t, h) = (self.t, self.h);
        let (_, b, c) = h.token(a).filter(|&(x, _, _)| x == a)?;
        if t.get(b) != '、' {
            return None;
        }
        let han = |x: usize, y: usize| (x..y).all(|k| is_han(t.get(k)));
        // the first item: a place (found before, listed or so tagged) or a
        // country's one-char short form
        let placed = self.nest.unit(a).is_some_and(|(x, y)| x == a && y == b)
            || self.listed(a, b)
            || c == WordClass::Place
            || (b - a == 1 && is_country(t.get(a)));
        if !placed || !han(a, b) {
            return None;
        }
        // more items: Han tokens of one to four chars after each `、`
        let mut k = b;
        let mut items = 1;
        let mut short = b - a == 1;
        while t.get(k) == '、' && items < 8 {
            let (x, y, _) = h.token(k + 1).filter(|&(x, _, _)| x == k + 1)?;
            if y - x > 4 || !han(x, y) {
                return None;
            }
            short &= y - x == 1;
            k = y;
            items += 1;
        }
        let joint = t.starts_with(k, "联合") && h.boundary(k + 2);
        let at = if joint { k + 2 } else { k };
        let (_, e, tc) = h.token(at).filter(|&(x, _, _)| x == at)?;
        // (without `联合`, only an expedition's or a delegation's word
        // after short forms: `南美、非洲球队` are teams of two continents,
        // `文莱、缅甸代表团` two delegations, no one body; `中、尼登山队`
        // one)
        let word = t.slice(at, e);
        let team = e - at >= 2
            && matches!(t.get(e - 1), '队' | '团')
            && han(at, e)
            && matches!(tc, WordClass::Noun | WordClass::Unknown | WordClass::Org)
            && (joint || (short && JOINT_TEAMS.contains(&word)));
        (team && self.nest.org_ok(a, e) && !self.nest.is_entity(a, e)).then_some(e)
    }

    /// `健力宝队`, `松日队`, `延边敖东队`: a club named after its sponsor —
    /// a word jieba does not know (or a noun) of two to four chars and
    /// `队`, in a sentence about a match; a place right before it belongs
    /// to the name. The token `[a, b)` is `队`, or a three-char unknown
    /// word ending in it. Returns the org's start and end.
    fn sponsor_team(&self, a: usize, b: usize, c: WordClass) -> Option<(usize, usize)> {
        let (t, h) = (self.t, self.h);
        if t.get(b.checked_sub(1)?) != '队' {
            return None;
        }
        let han = |x: usize, y: usize| (x..y).all(|k| is_han(t.get(k)));
        let body = match b - a {
            1 => {
                let (p, q, pc) = h.token(a.checked_sub(1)?)?;
                (q == a
                    && (2..=4).contains(&(q - p))
                    && matches!(pc, WordClass::Unknown | WordClass::Noun | WordClass::Org))
                .then_some(p)?
            }
            // (jieba's dictionary may call such a word a name: `红塔队`)
            3 if matches!(c, WordClass::Unknown | WordClass::Person) => a,
            _ => return None,
        };
        // (a place found before may start the body: `吉林/敖东`)
        if !han(body, b) || !self.nest.org_ok(body, b) || generic_team(t.slice(body, b)) {
            return None;
        }
        // a match in the sentence, near the team (a bounded window: a long
        // run-on text of such words stays linear)
        let mut s0 = body;
        while s0 > 0 && body - s0 < 40 && !super::is_sentence_end(t.get(s0 - 1)) {
            s0 -= 1;
        }
        let mut s1 = b;
        while s1 < t.len() && s1 - b < 40 && !super::is_sentence_end(t.get(s1)) {
            s1 += 1;
        }
        let near = t.slice(s0, s1);
        if !MATCH_WORDS.iter().any(|w| near.contains(w)) {
            return None;
        }
        let start = body
            .checked_sub(1)
            .and_then(|k| match self.nest.unit(k) {
                Some((p, q)) => (q == body && self.listed(p, q)).then_some(p),
                None => h
                    .token(k)
                    .filter(|&(p, q, c)| q == body && c == WordClass::Place && self.free(p, q))
                    .map(|(p, _, _)| p),
            })
            .unwrap_or(body);
        (self.nest.org_ok(start, b) && !self.nest.is_entity(start, b)).then_some((start, b))
    }

    /// An organisation whose suffix token is `[s, e)`: its start.
    fn org_ending(&self, s: usize, e: usize) -> Option<usize> {
        let t = self.t;
        let tok = t.slice(s, e);
        // (a government by its level — `州政府`, `阿拉木图州政府` — not a
        // country's: `美国政府` is the country's place, as news annotation
        // has it)
        let level = || {
            (tok.ends_with("政府")
                && matches!(
                    t.get(e.saturating_sub(3)),
                    '省' | '市' | '县' | '区' | '州' | '镇' | '乡' | '旗'
                ))
            .then_some("政府")
        };
        let suffix = org_suffixes().suffix_of(tok).or_else(level)?;
        // `组织` alone is a verb after a body or a place (`园林管理处/组织/职工`,
        // `光华北/社区/组织/居民`), which the suffix would join to it (as in
        // `世界卫生组织`); not after a body of one char (`各级/党/组织`)
        if tok == "组织" && s > 0 {
            let before = t.slice(s.saturating_sub(3), s);
            let body = org_suffixes()
                .suffix_of(before)
                .is_some_and(|w| w.chars().count() >= 2);
            let place = before.ends_with("社区")
                || before.ends_with("街道")
                || matches!(t.before(s), '村' | '镇' | '乡' | '县' | '市' | '区' | '省');
            if body || place {
                return None;
            }
        }
        // a one-char suffix is a token of its own or ends an organisation
        // the dictionary knows (`外交部`), never a word such as `全部`
        let class = self.h.class(s);
        let one = suffix.chars().count() == 1;
        // (`智利队`: a listed place and the suffix make one token too)
        let place_and_suffix = one && e - s > 1 && self.listed(s, e - 1);
        // (`宣传部`, which jieba's dictionary tags as a name; not `东北部`)
        let body_and_suffix = one
            && e - s == 3
            && matches!(t.get(e - 1), '部' | '局' | '厅' | '署' | '办')
            && !matches!(
                t.get(s),
                '东' | '西' | '南' | '北' | '中' | '全' | '上' | '下' | '内' | '外'
            );
        // (a factory or a team named by its product or its name as one
        // noun: `琉璃河/水泥厂`, `广州/太阳神队`; a place or body must
        // still head it)
        // (or an attribute, a product or an ordinal between:
        // `沈阳/重型/机器厂`, `济南/污水/处理厂`, `上海/第一/机床厂`)
        // (or a listed county's or city's stem: `国家统计局/梨树/调查队`)
        let placed_at = |y: usize| {
            y > 0
                && self.h.token(y - 1).is_some_and(|(x, z, c)| {
                    z == y
                        && (c == WordClass::Place
                            || self.listed(x, z)
                            || self.stem_of_division(x, z))
                })
        };
        let named_unit = one
            && e - s >= 3
            && matches!(t.get(e - 1), '厂' | '队')
            && class == WordClass::Noun
            && s > 0
            && (placed_at(s)
                || (t.get(e - 1) == '厂'
                    && self.h.token(s - 1).is_some_and(|(x, y, c)| {
                        y == s
                            && y - x == 2
                            && (matches!(c, WordClass::Other | WordClass::Noun)
                                || is_ordinal(t, x, y))
                            && placed_at(x)
                    })));
        // (`自治区/外办`, `县/侨办`, `自治区/政协`: a two-char office after
        // a level word)
        let level_office = (one || tok == "政协" || tok == "科协")
            && e - s == 2
            && matches!(t.get(e - 1), '办' | '委' | '局' | '协')
            && s > 0
            && self.h.token(s - 1).is_some_and(|(x, y, _)| {
                y == s && matches!(t.slice(x, y), "省" | "市" | "县" | "区" | "州" | "自治区")
            });
        // (a two-char office right after an organisation's prefix or body:
        // `中央纪委/国家/监委`; not a member's title, `自治区党委/常委`)
        let prefixed_office = one
            && e - s == 2
            && matches!(t.get(e - 1), '委' | '办' | '局')
            && !matches!(tok, "常委" | "主委" | "编委" | "副委")
            && self.after_body(s);
        // (a body's head of `orgs.txt` after a listed city, province or
        // county named with its level: `漳州市/发改委`, `泉州市/卫健委`)
        let head_after_place = one
            && e - s >= 2
            && super::entities::is_head(tok)
            && s > 0
            && self.h.token(s - 1).is_some_and(|(x, y, _)| {
                y == s
                    && self.listed(x, y)
                    && (self.t.slice(x, y).ends_with(['市', '省', '县', '区', '州'])
                        || (y - x == 2 && e - s >= 3))
            });
        // (a state builder's numbered bureau: `中建/三局`, `中铁/二十/三局`)
        let numbered_bureau = one
            && e - s >= 2
            && t.get(e - 1) == '局'
            && numerals(t, s, e - 1)
            && s > 0
            && self.h.token(s - 1).is_some_and(|(x, y, _)| {
                y == s && (org_prefix(t.slice(x, y)) || numerals(t, x, y))
            });
        // (a body's name jieba's model cut across, its level and first
        // char one unknown word and the rest and the suffix another, at a
        // clause's start: `省工/信厅`, `、省林/草局`)
        let level_split = one
            && e - s == 2
            && class == WordClass::Unknown
            && s > 0
            && self.h.token(s - 1).is_some_and(|(x, y, c)| {
                y == s
                    && y - x == 2
                    && c == WordClass::Unknown
                    && matches!(t.get(x), '省' | '市' | '县' | '区')
                    && (x == 0 || !is_han(t.before(x)))
            });
        // (a level word jieba glued to the preposition before a noun ending
        // in a suffix: `据市/气象台`)
        let glued_level =
            one && e - s >= 3 && class == WordClass::Noun && glued_level_before(t, self.h, s);
        if one
            && tok != suffix
            && class != WordClass::Org
            && !glued_level
            && !level_split
            && !numbered_bureau
            && !head_after_place
            && !place_and_suffix
            && !body_and_suffix
            && !named_unit
            && !level_office
            && !prefixed_office
            && !matches!(tok, "女队" | "男队")
        {
            return None;
        }
        if !matches!(
            class,
            WordClass::Org | WordClass::Noun | WordClass::Unknown | WordClass::Place
        ) && tok != suffix
            && !body_and_suffix
            && !level_office
        {
            return None;
        }
        // the verb `组织` (`由市委督查室组织。`, `组织开展`, `栾城县组织机关
        // 干部`), not a body: no body is named by a place and `组织` alone
        if tok == "组织" {
            let by = (s.saturating_sub(32)..s)
                .rev()
                .take_while(|&k| !is_clause_break(t.get(k)))
                .any(|k| t.get(k) == '由');
            let place_only = s > 0
                && self
                    .h
                    .token(s - 1)
                    .is_some_and(|(x, y, c)| c == WordClass::Place || self.listed(x, y));
            // (nor after a body named whole, as its verb: `省教育厅组织专家`)
            let after_body = self.h.class(s) == WordClass::Verb
                && s > 0
                && self.h.token(s - 1).is_some_and(|(x, y, _)| {
                    y - x >= 2
                        && matches!(
                            t.get(y - 1),
                            '厅' | '局'
                                | '部'
                                | '委'
                                | '办'
                                | '院'
                                | '会'
                                | '社'
                                | '所'
                                | '队'
                                | '站'
                        )
                });
            // (a kind of crime group: `黑社会/性质/组织`, `犯罪/组织`)
            let crime = ["性质", "犯罪", "恐怖", "黑恶"]
                .iter()
                .any(|w| t.ends_with(s, w));
            if by || place_only || after_body || crime || self.h.class(e) == WordClass::Verb {
                return None;
            }
        }
        // words that end in a suffix's char but name no body (`新格局`,
        // `公共场所`), and `所` as a function word (`印度所面临的`)
        if NO_BODY_ENDS.iter().any(|w| tok.ends_with(w))
            || (tok == "所" && class == WordClass::Function)
        {
            return None;
        }
        // `银行业`, `公司化`: the suffix reads on
        if matches!(
            t.get(e),
            '业' | '化' | '式' | '长' | '员' | '里' | '内' | '外'
        ) {
            return None;
        }
        // walk left over body tokens; remember the leftmost possible head
        let mut head = None;
        // (`州政府` as one token: the level word heads it)
        // a level and its government or court as one word (`县政府`,
        // `县法院`, `市中院`, `县检察院`)
        // (or a town's or village's level and its committee, which the
        // policy lexicon makes one word with the secretary's title:
        // `镇党委/书记`, of `镇党委书记`)
        let level_word = (matches!(suffix, "政府" | "法院" | "中院" | "检察院")
            && e - s == suffix.chars().count() + 1
            && matches!(t.get(s), '省' | '市' | '县' | '区' | '州'))
            || (suffix == "党委"
                && e - s == 3
                && matches!(t.get(s), '镇' | '乡' | '村')
                && !matches!(t.before(s), '市' | '县' | '省' | '区'));
        if ((self.head(s, e, self.h.class(s)) || place_and_suffix) && e - s > suffix_len(tok))
            || level_word
        {
            head = Some(s);
        }
        let mut k = s;
        while k > 0 && s - k < 20 {
            // an entity found before is one unit and may head the org
            let unit = self.nest.unit(k - 1).filter(|&(_, y)| y <= e);
            let Some((a, b, c)) = unit
                .map(|(x, y)| (x, y, WordClass::Org))
                .or_else(|| self.h.token(k - 1))
            else {
                break;
            };
            // a town jieba did not tag heads the org as a place
            // (`薛埠镇党委`)
            let c = if self.town_token(a, b, c) {
                WordClass::Place
            } else {
                c
            };
            // (or a village jieba cut into pieces, whose `村` ends here:
            // `石门/坳/村` + `石斛种植专业合作社`)
            let (a, c) = match (b - a == 1
                && c != WordClass::Place
                && matches!(self.t.get(a), '村' | '镇' | '乡'))
            .then(|| {
                (a.saturating_sub(4)..a.saturating_sub(1))
                    .find(|&p| self.dict_place_at(p, true).is_some_and(|(y, _)| y == b))
            })
            .flatten()
            {
                Some(p) => (p, WordClass::Place),
                None => (a, c),
            };
            // `发展和改革` inside a body (`市发展和改革委员会`): two plain
            // nouns joined by `和`, neither an organisation of its own
            // (`教育部和财政部` are two)
            // (or a common noun jieba's dictionary tags a place, not a
            // place's name: `水利和湖泊局`, `自然资源和海洋局`)
            let plain = |x: usize, y: usize, c: WordClass| {
                (c == WordClass::Noun || (c == WordClass::Place && !self.listed(x, y)))
                    && y - x >= 2
                    && org_suffixes().suffix_of(self.t.slice(x, y)).is_none()
            };
            // (or the suffix word itself has a body: `市自然资源和规划局`)
            // (or `、` before such a pair: `贸易、工业和渔业部`)
            let joined = b - a == 1
                && (matches!(self.t.get(a), '和' | '与')
                    || (self.t.get(a) == '、'
                        && k < s
                        && (k..s).any(|q| matches!(self.t.get(q), '和' | '与'))))
                && ((k < s && self.h.token(k).is_some_and(|(x, y, c)| plain(x, y, c)))
                    || (k == s && e - s >= suffix_len(tok) + 2))
                && a > 0
                && self.h.token(a - 1).is_some_and(|(x, y, c)| {
                    plain(x, y, c)
                        // (a field jieba's dictionary tags a body,
                        // `信息科学/nt`, joined by `与` in an academic
                        // unit's name: `东北大学信息科学与工程学院`; not
                        // `俄央行和财政部`)
                        || (c == WordClass::Org
                            && self.t.get(a) == '与'
                            && lex_academic_units().suffix_of(tok).is_some()
                            && y - x >= 2
                            && org_suffixes().suffix_of(self.t.slice(x, y)).is_none())
                });
            // `驻` between a country and the place of its mission
            // (`哈萨克斯坦驻乌鲁木齐总领事馆`, `中国驻法国大使馆`)
            // (or a short form jieba joined to it: `西班牙驻华大使馆`)
            let stationed = self.t.get(a) == '驻'
                && tok.ends_with(['馆', '处'])
                && ((b - a == 1
                    && self
                        .h
                        .token(k)
                        .is_some_and(|(x, y, c)| c == WordClass::Place || self.listed(x, y)))
                    || (b - a == 2 && b == k && is_visited(self.t.get(a + 1))));
            // an attribute (`海口市中级人民法院`, `最高法院`)
            // or a number naming one of several hospitals or schools
            // (`湘雅二医院`, `县二中学`)
            let numbered = b - a <= 3
                && numerals(self.t, a, b)
                && ((b == s && matches!(tok, "医院" | "中学" | "小学" | "院"))
                    // (or the tens of a numbered bureau: `中铁/二十/三局`)
                    || self.h.token(b).is_some_and(|(x, y, _)| {
                        x == b
                            && y - x >= 2
                            && numerals(self.t, x, y - 1)
                            && matches!(self.t.get(y - 1), '局' | '处')
                    }));
            // (a plant's attribute after its place: `沈阳/重型/机器厂`)
            let plant = named_unit && b == s && c == WordClass::Other && placed_at(a);
            // (a team's batch: `中国/第23批/援/马拉维/医疗队`)
            let batch = b - a >= 3
                && self.t.get(b - 1) == '批'
                && is_ordinal(self.t, a, b - 1)
                && tok.ends_with(['队', '组', '团']);
            let attribute = body_attribute(self.t.slice(a, b))
                || body_verb(self.t.slice(a, b))
                || is_ordinal(self.t, a, b)
                || batch
                || numbered
                || plant
                || (b == s && session_of_congress(self.t.slice(a, b), tok))
                // (a coordinating committee: `国务院残疾人工作协调委员会`,
                // not `县金融办协调中国农业银行`)
                || (b == s
                    && self.t.slice(a, b) == "协调"
                    && ["委员会", "小组", "办公室"].iter().any(|w| tok.starts_with(w)));
            // a field jieba tags a verb between the body's place and a
            // noun (`中国科学院` + `新疆` + `理化/技术` + `研究所`)
            // (of a research unit: not `塞内加尔/提供/贷款建设…厂`)
            let field = c == WordClass::Verb
                && b - a == 2
                && k < s
                && !not_body(self.t.slice(a, b))
                && (lex_academic_units().suffix_of(tok).is_some()
                    || matches!(tok.chars().last(), Some('所' | '院' | '室' | '心' | '站')))
                && (a..b).all(|q| is_han(self.t.get(q)))
                && self.h.class(k) == WordClass::Noun
                && a > 0
                && self
                    .h
                    .token(a - 1)
                    .is_some_and(|(x, y, c)| c == WordClass::Place || self.listed(x, y));
            // `会同` right after a body is the verb "jointly with", not the
            // county 会同县: its `县` heads the next body
            // (`县农业农村局/会同县/市场/监管局`)
            if self.t.slice(a, b) == "会同县"
                && matches!(
                    self.t.before(a),
                    '局' | '委' | '办' | '厅' | '部' | '院' | '司' | '处'
                )
                && self.nest.org_ok(a + 2, e)
            {
                head = Some(a + 2);
                break;
            }
            // a level word jieba glued to the preposition before it heads
            // the body (`推荐/至省/农业/农村/厅`: `省农业农村厅`)
            if b - a == 2
                && matches!(self.t.get(a + 1), '省' | '市' | '县' | '区')
                && glued_preposition(self.t.get(a))
                && self.nest.org_ok(a + 1, e)
            {
                head = Some(a + 1);
                break;
            }
            // a firm's trade name of words of any class after its place
            // (`海南/深蓝/探索/装备/有限公司`): a two-char verb or other
            // word right after the place, or one word after it
            // (or of a firm's unit: `…装备有限公司/深海/技术/研发/中心`)
            // (tested last, only for a token no other rule takes)
            // (or two one-char words jieba left of a two-char trade name:
            // `中国/安/能/建设集团有限公司`)
            // (a firm's name: its suffix, or a firm word after the token)
            let firm = || {
                self.firm
                    || ["公司", "集团"]
                        .iter()
                        .any(|f| self.t.slice(b, s).contains(f))
            };
            // (`广州/康/和/制药有限公司`: a name and a conjunction jieba
            // read in the trade name)
            // (or `安徽/梨/都/果业食品有限公司`: an adverb's char the second
            // of a trade name after a place)
            let second_of_two = || {
                a > 0 && self.h.len_at(a - 1) == 1 && placed_at(a - 1) && is_han(self.t.get(a - 1))
            };
            let single_trade = || {
                b - a == 1
                    && (matches!(c, WordClass::Verb | WordClass::Other | WordClass::Person)
                        || (c == WordClass::Function && self.t.get(a) == '和')
                        || (c == WordClass::Function
                            && !matches!(self.t.get(a), '的' | '了' | '在' | '是' | '与' | '及')
                            && second_of_two()))
                    && !super::is_numeral(self.t.get(a))
                    && is_han(self.t.get(a))
                    && firm()
                    && ((placed_at(a) && self.h.len_at(b) == 1)
                        || (a > 0 && self.h.len_at(a - 1) == 1 && placed_at(a - 1)))
            };
            let trade = || {
                single_trade()
                    || b - a == 2
                        && (matches!(c, WordClass::Verb | WordClass::Other)
                        // (a direction word: `宁夏/西部/云谷/…有限公司`)
                        || (c == WordClass::Function
                            && matches!(self.t.get(a + 1), '部' | '方')
                            && matches!(self.t.get(a), '东' | '西' | '南' | '北' | '中')))
                        && firm()
                        && (a..b).all(|q| is_han(self.t.get(q)))
                        && (placed_at(a)
                            || a > 0
                                && self.h.token(a - 1).is_some_and(|(x, y, c)| {
                                    y == a
                                        && y - x == 2
                                        && matches!(
                                            c,
                                            WordClass::Other | WordClass::Noun | WordClass::Unknown
                                        )
                                        && placed_at(x)
                                }))
            };
            // `原` (former) before a body is its holder's past, not its name
            // (`…有限公司/原/党委副书记`)
            if !(self.body(a, b, c) || joined || attribute || stationed || field || trade())
                || !self.nest.org_ok(a, e)
                || (b - a == 1 && self.t.get(a) == '原')
            {
                break;
            }
            k = a;
            if self.head(a, b, c) {
                head = Some(a);
            }
        }
        // no place or known body heads it: a name of two or more body
        // chars before a suffix word of its own (`机场/管理局`,
        // `警察/工会`, `农业/保险公司`)
        // (only suffixes that are rarely a kind of body — `国际组织`,
        // `国际学校`, `技术学院` are kinds — and never one counted or
        // pointed at: `几家保险公司`, `其他俱乐部`)
        let headless = || {
            let before = t.before(k);
            let counted = "个家些届所位种类批其该这那每各几多一二三四五六七八九十两"
                .contains(before)
                || before.is_ascii_digit();
            (k + 2 <= s && !counted && HEADLESS.iter().any(|x| tok.ends_with(x))).then_some(k)
        };
        let a = head.or_else(headless)?;
        // a place joined by a dash to the body heading it names the pair
        // (`中国—东盟中心`, `中国—东盟博览会`)
        let a = match (a >= 2 && matches!(t.get(a - 1), '—' | '－'))
            .then(|| self.h.token(a - 2))
            .flatten()
        {
            Some((x, y, c))
                if y == a - 1
                    && (c == WordClass::Place || self.listed(x, y))
                    && self.nest.org_ok(x, a - 1) =>
            {
                x
            }
            _ => a,
        };
        // a one-char place jieba cut off a town's name, its first two chars
        // a word before it at a clause's start: the town heads it whole
        // (`大化/坪/镇党委`)
        let a = match self.h.token(a.saturating_sub(1)) {
            Some((x, y, c))
                if y == a
                    && x >= k
                    && y - x == 2
                    && self.h.len_at(a) == 1
                    && self.h.class(a) == WordClass::Place
                    && matches!(c, WordClass::Noun | WordClass::Unknown)
                    && (x == 0 || !is_han(t.before(x))) =>
            {
                x
            }
            _ => a,
        };
        // `美国公司`, `中国银行业`: a country and a firm word is no name
        if self.firm && tok.chars().count() <= 2 && self.listed(a, s) {
            return None;
        }
        // `专班和县政务服务中心`: `和` right after a word is the conjunction
        // and the body the county's (`县…`), not one of the county 和县
        let a = if t.starts_with(a, "和县") && a > 0 && is_han(t.before(a)) {
            a + 1
        } else {
            a
        };
        // a whole org must be more than a head and a one-char suffix
        // made of common words (`国家队` is fine, `美国人` is no org)
        (e - a >= 3 || self.h.word(a, e) == Some(WordClass::Org)).then_some(a)
    }
}

fn suffix_len(tok: &str) -> usize {
    org_suffixes()
        .suffix_of(tok)
        .map_or(0, |x| x.chars().count())
}

/// Places and organisations outside the chars already `taken`; `titles`
/// says where a title ends (no place starts right after one).
pub fn places_and_orgs(
    t: &Text,
    h: &Hints,
    taken: &[bool],
    titles: &[bool],
    nest: &Nest,
) -> Vec<Found> {
    let mut scan = Scan {
        t,
        h,
        taken,
        titles,
        first: gazetteer_index(),
        nest,
        firm: false,
    };
    let mut out = Vec::new();
    if h.is_empty() {
        return out;
    }
    // the char tests of both loops' first tests: the text's gates
    use super::flags::gate::{
        GAZ_FIRST, NO_PLACE_START, ORG_END, ORG_NAME, PREPOSITION, SHORT_ANY, VISITED,
    };
    let gates = t.gates();
    // organisations first: they hold places (`北京大学`)
    let mut orgs: Vec<(usize, usize, Evidence)> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let Some((a, b, c)) = h.token(i) else {
            i += 1;
            continue;
        };
        // no rule below takes this token unless a `、` follows it, jieba
        // calls it an organisation, its last char may end a suffix (or
        // `政府`, `部长`, `队`) or its first char may start a listed name
        // (one test for most tokens)
        // (or its body jieba joined to a function char after it, `局/共`,
        // or a party committee to its secretary, `镇党委书记`)
        // (tested after the gates, for the tokens they leave out)
        let glued_next =
            || super::flags::gated(gates, a, ORG_END) && b == a + 2 && glue_char(t.get(a + 1));
        let secretary = || b >= a + 4 && t.get(b - 1) == '记' && t.get(b - 2) == '书';
        // (or a body's name and its chair's title as one word: `政协主席`,
        // `书法家/协会主席`)
        let chair = || {
            b == a + 4
                && matches!(t.slice(b - 2, b), "主席" | "会长")
                && matches!(
                    t.slice(a, b - 2),
                    "政协" | "协会" | "学会" | "商会" | "工会" | "侨联" | "文联" | "作协" | "科协"
                )
        };
        // (or a school and its head's or a teacher's title: `中心/小学校长`,
        // `中心/小学教师`)
        // (by its chars: this runs for every token)
        let school_head = || {
            b >= a + 4
                && t.get(b - 3) == '学'
                && matches!(
                    (t.get(b - 2), t.get(b - 1)),
                    ('校', '长') | ('教', '师') | ('老', '师')
                )
        };
        if t.get(b) != '、'
            && c != WordClass::Org
            && !super::flags::gated(gates, b.saturating_sub(1), ORG_END)
            && !super::flags::gated(gates, a, ORG_NAME)
            && !glued_next()
            && !secretary()
            && !chair()
            && !school_head()
        {
            i = b.max(i + 1);
            continue;
        }
        if t.get(b) == '、' {
            if let Some(e) = scan.joint_team_at(a) {
                while orgs.last().is_some_and(|o| o.0 >= a) {
                    orgs.pop();
                }
                orgs.push((a, e, Evidence::Suffix));
                i = e;
                continue;
            }
        }
        // (as `(a..b).all(|k| is_han(t.get(k)))`, over the chars directly)
        let han = a >= b || t.ch.get(a..b).is_some_and(|s| s.iter().all(|&c| is_han(c)));
        // (a cooperative is named by its products as a firm by its trade
        // name: `石斛/nr` of `石门坳村石斛种植专业合作社`)
        // (and a foundation by its founder or cause: `宋庆龄基金会`,
        // `陇友/慈善/nr 基金会`)
        scan.firm = matches!(t.get(b.saturating_sub(1)), '司' | '团' | '行' | '社' | '会')
            && ["公司", "集团", "银行", "合作社", "基金会"]
                .iter()
                .any(|f| t.slice(a, b).ends_with(f));
        // a body's last char jieba glued to its head's title (`促进/局局长`:
        // `…促进局` and `局长`; `台山/商会会长`: `…商会` and `会长`): the
        // body ends before the title
        let b = if (b - a >= 3
            && matches!(
                t.get(b - 2),
                '局' | '处' | '厅' | '院' | '所' | '站' | '会' | '社' | '校' | '行' | '组'
            )
            && t.get(b - 3) == t.get(b - 2)
            && t.get(b - 1) == '长')
            || chair()
            || school_head()
        {
            b - 2
        } else if secretary() && {
            // (a town's committee whose level word is the token's first
            // char or the char before it)
            let committee = |x: usize| ["党委", "党总支", "党支部"].contains(&t.slice(x, b - 2));
            // (or a community's: `光明北/社区/党委书记`)
            (matches!(t.get(a), '镇' | '乡' | '村') && committee(a + 1))
                || ((matches!(t.before(a), '镇' | '乡' | '村') || t.ends_with(a, "社区"))
                    && committee(a))
        } {
            // (`大化/坪/镇党委书记`, `辉埠镇/党委书记`: `镇党委` and
            // `书记`; a body's own committee is not named so,
            // `公安局党委书记` is the bureau's)
            b - 2
        } else if c == WordClass::Unknown && glued_next() {
            // (`外事/侨务/局共/接待`: `局` and `共`)
            b - 1
        } else {
            b
        };
        // (only Han tokens can end an org: no suffix search for the others)
        let fits = |&s: &usize| nest.org_ok(s, b) && !nest.is_entity(s, b);
        let mut nested = han.then(|| scan.org_ending(a, b)).flatten().filter(fits);
        // a body's head jieba cut in two (`纪委/监委`) is tried as one token
        // (`衡阳市纪委监委`) where its first part ends like a body too (one
        // bit of the gates before a lookup)
        if nested.is_none() && han && a > 0 && super::flags::gated(gates, a - 1, ORG_END) {
            nested = h
                .token(a - 1)
                .filter(|&(x, y, _)| y == a && super::entities::is_head(t.slice(x, b)))
                .and_then(|(x, _, _)| scan.org_ending(x, b))
                .filter(fits);
        }
        // a discipline group stationed in a body, whose `纪检监察` jieba
        // tags a name (`省纪委监委驻省国资委/纪检监察/组`)
        if nested.is_none() && t.slice(a, b) == "组" && a >= 4 && t.slice(a - 4, a) == "纪检监察"
        {
            nested = scan.org_ending(a - 4, b).filter(fits);
        }
        // the longest listed name starting at `a` (for the branches below)
        let listed_len = || {
            starts_org_name(t.get(a))
                .then(|| {
                    // (the names sharing the first two chars there: dozens
                    // share `国` or `中` alone; the longest that matches is
                    // taken, whatever their order)
                    org_names_by_two()
                        .get(&(t.get(a), t.get(a + 1)))?
                        .iter()
                        // the longest jieba's tokens do not cut
                        // (`联合国/安理会` is one name, not `联合国`)
                        // (the third char first: most names sharing the two
                        // differ from the text there)
                        .filter(|&&(w, n, third)| {
                            (third == '\0' || third == t.get(a + 2))
                                && t.starts_with(a, w)
                                && h.boundary(a)
                                && (h.boundary(a + n) || glued_after_body(t, h, a + n))
                        })
                        .map(|&(_, n, _)| n)
                        .max()
                })
                .flatten()
        };
        if han && (scan.free(a, b) || nested.is_some()) {
            if let Some(s) = nested {
                // drop orgs this one holds
                while orgs.last().is_some_and(|o| o.0 >= s) {
                    orgs.pop();
                }
                let ev = if s == a && c == WordClass::Org {
                    Evidence::Dictionary
                } else {
                    Evidence::Suffix
                };
                orgs.push((s, b, ev));
            } else if let Some((s, e)) = scan
                .ministry_of_title(a, b, c)
                .or_else(|| scan.sponsor_team(a, b, c))
            {
                while orgs.last().is_some_and(|o| o.0 >= s) {
                    orgs.pop();
                }
                orgs.push((s, e, Evidence::Suffix));
            } else if c == WordClass::Org
                && b - a >= 2
                && (org_suffixes().suffix_of(t.slice(a, b)).is_some()
                    // (or a party's central committee: `民盟中央`)
                    || (b - a >= 4 && t.slice(a, b).ends_with("中央"))
                    // (or a listed body with its country: `中国证监会`)
                    || (b - a >= 4
                        && ["中国", "国家", "全国"].iter().any(|p| t.starts_with(a, p))
                        && b - a >= 5
                        && is_org_name(t.slice(a + 2, b))))
                && !NO_BODY_ENDS.iter().any(|w| t.slice(a, b).ends_with(w))
                // (a longer listed name over it: `联合国/工业/发展/组织`)
                && listed_len().is_none_or(|n| n <= b - a)
            {
                // the dictionary's `nt` also tags `音乐会`, `社会科学`:
                // only names that end like an organisation
                // (with its level word jieba glued to the preposition before
                // it: `据市/统计局`, `经市/统计局`)
                let level = glued_level_before(t, h, a);
                orgs.push((if level { a - 1 } else { a }, b, Evidence::Dictionary));
            } else if let Some(n) = listed_len() {
                let e = a + n;
                if scan.free(a, e) {
                    orgs.push((a, e, Evidence::Dictionary));
                    i = e;
                    continue;
                }
            }
        }
        i = b.max(i + 1);
    }
    // a department named right after its body is part of the name
    // (`科学技术部农村科技司`, `长治人民医院宣教科`)
    // one or two noun tokens, the last ending in a department's suffix
    let noun = |x: usize| {
        h.token(x).filter(|&(p, q, c)| {
            p == x
                && q - p >= 2
                && matches!(c, WordClass::Noun | WordClass::Unknown | WordClass::Org)
                && (p..q).all(|r| is_han(t.get(r)))
        })
    };
    // (a hospital's clinical department is no part of its name:
    // `中国医科大学附属第一医院` + `泌尿外科`)
    let unit = |x: usize, y: usize| {
        let w = t.slice(x, y);
        (department(t.get(y - 1))
            && lex_clinical().suffix_of(w).is_none()
            // (`临时代办`, a diplomat's title: `中国驻秘鲁大使馆` + `临时代办`)
            && !NO_BODY_ENDS.iter().any(|e| w.ends_with(e)))
            || lex_branches().suffix_of(w).is_some()
    };
    let after = |b: usize| {
        // (an ordinal first: `税务局第三分局`)
        let b = h
            .token(b)
            .filter(|&(x, y, _)| x == b && is_ordinal(t, x, y))
            .map_or(b, |(_, y, _)| y);
        // (or up to three nouns and a one-char department jieba cut off:
        // `省教育厅` + `思想/政治/工作/处`)
        let split = || {
            let mut k = b;
            for _ in 0..3 {
                let (_, y, _) = noun(k)?;
                k = y;
                let cut = h.token(k).is_some_and(|(x, z, _)| {
                    x == k && z == k + 1 && matches!(t.get(k), '处' | '科' | '司' | '室')
                });
                if cut {
                    return Some(k + 1);
                }
            }
            None
        };
        noun(b)
            .and_then(|(_, y, _)| {
                if unit(b, y) {
                    Some(y)
                } else {
                    noun(y).map(|(_, z, _)| z).filter(|&z| unit(b, z))
                }
            })
            .or_else(split)
    };
    // or a branch in a place (`中国人民银行南京分行`,
    // `国家统计局江苏调查总队`): the place, then the branch
    // (jieba may glue the branch's last char to a function word after it:
    // `佛山/分/行为`, read `佛山分行` + `为`)
    let glued_branch = |y: usize| {
        lex_branches()
            .at(t, y)
            .map(|w| y + w.chars().count())
            .filter(|&z| {
                !h.boundary(z)
                    && matches!(t.get(z), '为' | '在' | '是' | '将' | '于' | '与' | '和')
                    && h.token(z - 1).is_some_and(|(_, e, _)| e == z + 1)
            })
    };
    let placed = |b: usize| {
        h.token(b)
            .filter(|&(x, y, c)| x == b && c == WordClass::Place && y - x <= 4)
            .and_then(|(_, y, _)| {
                after(y)
                    .filter(|&z| lex_branches().suffix_of(t.slice(y, z)).is_some())
                    .or_else(|| glued_branch(y))
            })
    };
    let department_end = |b: usize| after(b).or_else(|| placed(b)).filter(|&y| y - b <= 8);
    // the chars a department adds are free, or a place or organisation the
    // local passes found lies wholly inside them (`贵州`)
    let inside_ok = |b: usize, y: usize| {
        nest.org_ok(b, y)
            && (b..y).all(|k| {
                !taken.get(k).copied().unwrap_or(true)
                    || nest.held.get(k).is_some_and(|&id| id != u32::MAX)
            })
    };
    for k in 0..orgs.len() {
        let Some(&(a, b, ev)) = orgs.get(k) else {
            break;
        };
        let limit = orgs.get(k + 1).map_or(t.len(), |o| o.0);
        if let Some(y) = department_end(b).filter(|&y| y <= limit && inside_ok(b, y)) {
            if let Some(o) = orgs.get_mut(k) {
                *o = (a, y, ev);
            }
        }
    }
    // the same after an organisation the local passes found
    // (`国家统计局` + `贵州调查总队`): one longer organisation holding it
    let mut longer: Vec<(usize, usize, Evidence)> = Vec::new();
    for &(a, b, kind) in &nest.spans {
        if kind != EntityKind::Org || !h.boundary(b) {
            continue;
        }
        // (or a department the local passes found: `县委` + `督查室`)
        let found_department = || {
            nest.unit(b)
                .filter(|&(x, y)| x == b && y - x <= 6 && department(t.get(y - 1)))
                .map(|(_, y)| y)
        };
        if let Some(y) = department_end(b)
            .or_else(found_department)
            .filter(|&y| inside_ok(b, y))
        {
            let clear = orgs.iter().all(|o| o.1 <= a || o.0 >= y);
            if clear && nest.org_ok(a, y) && !longer.iter().any(|l| l.0 == a && l.1 == y) {
                longer.push((a, y, Evidence::Suffix));
            }
        }
    }
    if !longer.is_empty() {
        orgs.extend(longer);
        orgs.sort_unstable_by_key(|o| (o.0, o.1));
    }
    let mut taken2 = taken.to_vec();
    for &(a, b, ev) in &orgs {
        // a foreign country that heads the body is a place too, as the
        // gazetteer's divisions are (`秘鲁/国家统计局`, `塞尔维亚/贸易部`)
        if let Some((_, y, _)) = h.token(a).filter(|&(x, y, _)| {
            x == a
                && y < b
                && y - x >= 2
                && scan.free(x, y)
                && t.slice(x, y) != "中国"
                && is_country_name(strip_state_form(t.slice(x, y)))
                // (a state's body; a team is named for its country, PD
                // reads `印尼女队` as one name)
                && matches!(t.before(b), '部' | '省' | '署' | '局' | '府' | '厅' | '委' | '会' | '院' | '馆')
        }) {
            out.push(Found {
                kind: EntityKind::Place,
                start: a,
                end: y,
                evidence: Evidence::Gazetteer,
            });
        }
        taken2.iter_mut().take(b).skip(a).for_each(|x| *x = true);
        out.push(Found {
            kind: EntityKind::Org,
            start: a,
            end: b,
            evidence: ev,
        });
    }
    let scan = Scan {
        taken: &taken2,
        ..scan
    };
    let mut admin = super::GateAhead::new(super::flags::gate::ADMIN);
    // where a reservoir's stem or a stream named after a word that says it
    // is one may start (`大源/水库`, `支流/浪石溪`), found by a search of
    // the text for those words, in order, read with a cursor
    let waters = water_starts(t);
    let mut water = 0;
    // (whether the text names a border crossing at all: one pass, not a
    // test at every token)
    let crossings = t.s.contains("口岸");
    // the token holding `i`, looked up once per token, not at every char
    // (and twice at many): its chars `x..y` and class, kept while `i`
    // lies in them; a char no token covers is a span of its own with no
    // class (a boundary, as `Hints::boundary` has it)
    let (mut x, mut y, mut class) = (0, 0, None);
    let mut i = 0;
    while i < t.len() {
        if !scan.free(i, i + 1) {
            i += 1;
            continue;
        }
        if i >= y || i < x {
            (x, y, class) = h
                .token(i)
                .map_or((i, i + 1, None), |(a, b, c)| (a, b, Some(c)));
        }
        // (`h.boundary(i)`)
        let boundary = x == i;
        // nothing below starts at `i` unless a token starts there and a
        // listed place starts with its two chars, jieba calls the word
        // there a place, a division's suffix lies within five chars, or
        // its char may start a pair or a short form; or its char is a
        // visited short form (one test for most chars)
        let c = t.get(i);
        let f = gates.get(i).copied().unwrap_or(0);
        let has = |k: u32| f & k != 0;
        let may = if boundary {
            // (the char's own tests first: the cursor and the lookups after)
            has(SHORT_ANY)
                || (has(GAZ_FIRST)
                    && gazetteer_second(t.get(i + 1))
                    && scan.first.contains_key(&(c, t.get(i + 1))))
                || (!has(NO_PLACE_START)
                    && (class.is_some_and(|k| {
                        k == WordClass::Place || natural(t, x, y) || landmark(t, x, y, k)
                    }) || admin.within(t, i + 1, i + 5)
                        // (a reservoir's stem, `大源/水库`; a stream
                        // after a word that says it is one, `支流桃源/溪`)
                        || {
                            while waters.get(water).is_some_and(|&w| w < i) {
                                water += 1;
                            }
                            waters.get(water) == Some(&i)
                        }))
        } else {
            // (or a town's stem after a preposition jieba joined to it:
            // `对银坊/镇`, see `dict_place_at`; the char before by its gate)
            has(VISITED)
                || (super::flags::gated(gates, i.wrapping_sub(1), PREPOSITION)
                    && admin.within(t, i + 1, i + 5))
        };
        // a port's area named by a stem jieba does not know or calls a
        // name (`曹妃甸/港区`, `京唐/港区`); a border crossing's place
        // (`孟定/口岸`, `扎门/乌德/口岸`, and the places listed before it:
        // `瑞丽、孟定口岸`); a river named by one char and `水` that jieba
        // tags a place and a noun, before a river's word (`酉/水/流域`,
        // `酉/水边`)
        let port = || {
            (boundary
                && t.get(y) == '港'
                && (2..=3).contains(&(y - x))
                && matches!(class, Some(WordClass::Unknown | WordClass::Person))
                && (x..y).all(|k| is_han(t.get(k)))
                && port_area(t, h, y))
            .then_some(y + 2)
        };
        let crossing = || {
            (boundary && crossings)
                .then(|| crossing_stem(t, h, i, 0))
                .flatten()
        };
        let river = || {
            (boundary && matches!(t.get(i + 1), '河' | '江' | '湖' | '溪' | '水'))
                .then(|| water_before_bank(t, h, i))
                .flatten()
        };
        if let Some(e) = port()
            .or_else(crossing)
            .or_else(river)
            .filter(|&e| scan.free(i, e))
        {
            out.push(Found {
                kind: EntityKind::Place,
                start: i,
                end: e,
                evidence: Evidence::Suffix,
            });
            i = e;
            continue;
        }
        if !may {
            i += 1;
            continue;
        }
        // a listed place, else one jieba's dictionary or a suffix makes;
        // a zone named after a place is one place (`洛阳高新区`)
        if let Some((e, ev)) = boundary
            .then(|| scan.place_at(i))
            .flatten()
            .or_else(|| scan.dict_place_at(i, admin.within(t, i + 1, i + 5)))
            // a foreign state or a prefecture's short form jieba left its
            // suffix off (`阿拉木图/州`, `湘西/州`)
            .map(|(e, ev)| {
                // (not a prefecture's seat: `瓜州/州/治`)
                let state = matches!(t.get(e), '州' | '省')
                    && h.len_at(e) == 1
                    && h.boundary(e)
                    && !(t.before(e) == '州' || t.get(e + 1) == '治');
                if state {
                    (e + 1, ev)
                } else {
                    (e, ev)
                }
            })
            .map(|(e, ev)| {
                scan.zone_after(e)
                    .map_or((e, ev), |z| (z, Evidence::Suffix))
            })
            // a reservoir or an irrigation district named after a stream or
            // place found (`五强/溪/水库`, `河套/灌区`)
            .map(|(e, ev)| match t.match_any(e, &["水库", "灌区"]) {
                Some(_) if h.word(e, e + 2).is_some() && ends_before(t, h, e + 2) => {
                    (e + 2, Evidence::Suffix)
                }
                _ => (e, ev),
            })
            .filter(|&(e, _)| scan.free(i, e))
        {
            out.push(Found {
                kind: EntityKind::Place,
                start: i,
                end: e,
                evidence: ev,
            });
            // a zone's administrative committee (`涞源经济开发区管委会`)
            if let Some(m) = t
                .match_any(e, &["管理委员会", "管委会", "党工委"])
                .filter(|_| ev == Evidence::Suffix && t.get(e - 1) == '区')
            {
                let oe = e + m.chars().count();
                if scan.free(e, oe) {
                    out.push(Found {
                        kind: EntityKind::Org,
                        start: i,
                        end: oe,
                        evidence: Evidence::Suffix,
                    });
                    i = oe;
                    continue;
                }
            }
            i = e;
            continue;
        }
        // `中美关系`, `中日两国`, `港台`, `青藏`
        let (a, b) = (t.get(i), t.get(i + 1));
        // a listed pair anywhere; any two short forms before a word that
        // makes them places, or two countries jieba made one word of
        let listed_pair = starts_pair(t.get(i))
            && pairs_by_first().starting(t, i).next().is_some()
            && h.boundary(i);
        let context_pair = is_short(a)
            && is_short(b)
            && a != b
            && is_han(a)
            && h.boundary(i)
            && (lex_pair_next().at(t, i + 2).is_some()
                || (is_country(a)
                    && is_country(b)
                    && matches!(h.word(i, i + 2), Some(WordClass::Place | WordClass::Noun))));
        // (or written with `、` between them: `中、阿建交`)
        let listed_with_comma = b == '、'
            && is_short(a)
            && is_short(t.get(i + 2))
            && a != t.get(i + 2)
            && h.boundary(i)
            && lex_pair_next().at(t, i + 3).is_some()
            && scan.free(i, i + 3);
        // the two short forms' chars: side by side, or either side of `、`
        let pair = if listed_with_comma {
            Some(2)
        } else {
            ((listed_pair || context_pair) && scan.free(i, i + 2)).then_some(1)
        };
        // (a road or railway named by its two ends' short forms, one word of
        // jieba's: `青藏公路`, `京沪高速铁路`, not two places)
        // (or the pair a word of its own before such a word: `滇藏/公路`)
        let route = pair.filter(|&g| g == 1).and_then(|_| {
            let road = |w: &str| {
                ["公路", "铁路", "高速", "高铁"]
                    .iter()
                    .any(|r| w.ends_with(r))
            };
            h.token(i)
                .filter(|&(x, y, c)| {
                    x == i
                        && y > i + 3
                        && !matches!(c, WordClass::Verb | WordClass::Function)
                        && road(t.slice(i + 2, y))
                })
                .or_else(|| {
                    h.token(i + 2).filter(|&(x, y, _)| {
                        x == i + 2 && h.aligned(i, i + 2) && road(t.slice(x, y))
                    })
                })
                .filter(|&(_, y, _)| scan.free(i, y))
        });
        if let Some((_, y, _)) = route {
            out.push(Found {
                kind: EntityKind::Place,
                start: i,
                end: y,
                evidence: Evidence::Suffix,
            });
            i = y;
            continue;
        }
        if let Some(gap) = pair {
            for k in [i, i + gap] {
                out.push(Found {
                    kind: EntityKind::Place,
                    start: k,
                    end: k + 1,
                    evidence: Evidence::Abbreviation,
                });
            }
            i += gap + 1;
            continue;
        }
        // `美方`, `俄总统`: a country's short form before a side or a title
        if is_country(a)
            && is_han(a)
            && h.boundary(i)
            && lex_side()
                .at(t, i + 1)
                .is_some_and(|w| h.boundary(i + 1 + w.chars().count()))
            && scan.free(i, i + 1)
        {
            out.push(Found {
                kind: EntityKind::Place,
                start: i,
                end: i + 1,
                evidence: Evidence::Abbreviation,
            });
            i += 1;
            continue;
        }
        // `访华`, `驻华大使`, `在京召开`: a visit verb and a short form that
        // jieba does not join to the next word (`京剧`)
        if is_visited(a)
            && visit_verb(t.before(i))
            && is_han(a)
            // (or an event's verb jieba joined to it: `在京举行`)
            && (h.boundary(i + 1)
                || t.match_any(i + 1, &["举行", "召开", "开幕", "闭幕", "举办", "逝世", "病逝", "会见", "会晤"])
                    .is_some())
            && scan.free(i, i + 1)
            // (a ship's port, not Hong Kong: `到港/船舶`, `在港时间`,
            // `回港/避风`)
            && !(a == '港'
                && t.match_any(
                    i + 1,
                    &["船", "货", "时间", "作业", "集装箱", "停泊", "装卸", "避风", "避险", "避浪", "锚泊"],
                )
                .is_some())
        {
            out.push(Found {
                kind: EntityKind::Place,
                start: i,
                end: i + 1,
                evidence: Evidence::Abbreviation,
            });
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    /// The index of the listed organisations by their first two chars
    /// holds every one of them.
    #[test]
    fn every_visit_verb_is_one_char() {
        assert!(super::VISIT.iter().all(|v| v.chars().count() == 1));
    }

    #[test]
    fn gazetteer_index_groups_the_gazetteer() {
        // (as it was built: the sorted list's names by their first two chars)
        let mut want: super::super::FxMap<(char, char), Vec<&str>> = Default::default();
        for w in super::gazetteer() {
            let mut cs = w.chars();
            if let (Some(a), Some(b)) = (cs.next(), cs.next()) {
                want.entry((a, b)).or_default().push(w);
            }
        }
        assert_eq!(super::gazetteer_index(), &want);
    }

    #[test]
    fn gazetteer_is_sorted_by_length_then_name() {
        // (as a sort by name, a dedup and a stable sort by length give it)
        let mut want: Vec<&str> = [include_str!("places.txt"), include_str!("world.txt")]
            .into_iter()
            .flat_map(str::lines)
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect();
        want.sort_unstable();
        want.dedup();
        want.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
        assert_eq!(super::gazetteer(), &want[..]);
    }

    #[test]
    fn every_listed_organisation_has_two_chars() {
        assert!(super::ORG_NAMES.iter().all(|w| w.chars().count() >= 2));
    }
}
