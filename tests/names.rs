//! People, places and organisations of general news (issue 15): examples
//! written for these tests (not from any corpus), and property tests over bad
//! input — random Han strings, runs of surnames, one long sentence of names,
//! names next to every punctuation mark: no panic, spans on char boundaries,
//! and names merged into single tokens that still tile the text.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::dict;
use proptest::prelude::*;
use std::ops::ControlFlow;
use wenxi::core::analyze::{analyze, hints, merge_names, prepare, tokens, AnalyzeOptions};
use wenxi::core::extract::{extract_with, Extraction};
use wenxi::core::report::Evidence;

fn run(text: &str) -> Extraction {
    let opts = AnalyzeOptions::default();
    let p = prepare(text, &opts);
    let toks = tokens(dict(), &p, &opts, &mut |_, _| ControlFlow::Continue(())).unwrap();
    extract_with(&p.text, &hints(dict(), &p.text, &toks))
}

fn has(x: &Extraction, kind: &str, name: &str) -> bool {
    x.entities.iter().any(|e| e.kind == kind && e.text == name)
}

/// The title of the person named `name`, if found with one.
fn title_of(x: &Extraction, name: &str) -> Option<String> {
    x.entities
        .iter()
        .find(|e| e.kind == "person" && e.text == name)
        .and_then(|e| e.title.clone())
}

/// Asserts that `x` holds each of `names` as an entity of `kind`.
fn assert_has(x: &Extraction, kind: &str, names: &[&str]) {
    for n in names {
        assert!(has(x, kind, n), "{n}: {:?}", kinds(x, kind));
    }
}

fn kinds(x: &Extraction, kind: &str) -> Vec<String> {
    x.entities
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.text.clone())
        .collect()
}

#[test]
fn people_without_titles() {
    let x = run("王立新说，这个办法好。外国作家儒勒·凡尔纳写过这本书。张国庆、李红梅等人出席。");
    assert!(has(&x, "person", "王立新"), "{:?}", kinds(&x, "person"));
    assert!(
        has(&x, "person", "儒勒·凡尔纳"),
        "{:?}",
        kinds(&x, "person")
    );
    assert!(has(&x, "person", "张国庆"), "{:?}", kinds(&x, "person"));
    assert!(has(&x, "person", "李红梅"), "{:?}", kinds(&x, "person"));
    let x = run("会议要求高度重视，周边地区万人参加。");
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
}

#[test]
fn places_of_the_world_and_short_forms() {
    let x = run("代表团从巴黎飞往蒙特利尔，再到加拿大首都渥太华。中美关系稳定，总统明年访华。");
    for p in ["巴黎", "蒙特利尔", "加拿大", "渥太华", "中", "美", "华"] {
        assert!(has(&x, "place", p), "{p}: {:?}", kinds(&x, "place"));
    }
}

#[test]
fn organisations_by_grammar() {
    let x = run("中共深圳市委宣传部和深圳大学管理学院联合举办，河北教育出版社出版。");
    for o in ["中共深圳市委宣传部", "深圳大学管理学院", "河北教育出版社"] {
        assert!(has(&x, "org", o), "{o}: {:?}", kinds(&x, "org"));
    }
    let x = run("本报讯清华大学昨天宣布，他常说他上大学时很苦。");
    assert!(has(&x, "org", "清华大学"), "{:?}", kinds(&x, "org"));
    assert!(
        kinds(&x, "org").iter().all(|o| o == "清华大学"),
        "{:?}",
        kinds(&x, "org")
    );
}

#[test]
fn full_names_with_joined_bodies_attributes_and_no_place() {
    let x = run("市发展和改革委员会印发通知。此案经海口市中级人民法院审理。\
         机场管理局和星牌俱乐部的职员参加。教育部和财政部联合发文。");
    for o in [
        "市发展和改革委员会",
        "海口市中级人民法院",
        "机场管理局",
        "星牌俱乐部",
        "教育部",
        "财政部",
    ] {
        assert!(has(&x, "org", o), "{o}: {:?}", kinds(&x, "org"));
    }
    assert!(!has(&x, "org", "教育部和财政部"), "{:?}", kinds(&x, "org"));
    // kinds of bodies, counted or pointed at, are no names
    let x = run("几家保险公司和其他俱乐部都来了，还引进了国际学校。");
    assert!(kinds(&x, "org").is_empty(), "{:?}", kinds(&x, "org"));
}

#[test]
fn towns_and_villages_jieba_joined() {
    let x = run(
        "小学在江西安义县万埠镇落成。进入90年代以后，高升镇建起蔬菜市场。如今陇穷村已选准了项目。",
    );
    for p in ["万埠镇", "高升镇", "陇穷村"] {
        assert!(has(&x, "place", p), "{p}: {:?}", kinds(&x, "place"));
    }
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
}

#[test]
fn venues_are_places() {
    let x = run("代表团参观了中国美术馆和天安门广场，晚上在虹口体育馆观看比赛。");
    for p in ["中国美术馆", "天安门广场", "虹口体育馆"] {
        assert!(has(&x, "place", p), "{p}: {:?}", kinds(&x, "place"));
    }
    // a square and a stadium are places only; a gallery, a museum or a
    // memorial hall is an institution too (policy readers list it as a body)
    for p in ["天安门广场", "虹口体育馆"] {
        assert!(!has(&x, "org", p), "{p}: {:?}", kinds(&x, "org"));
    }
    assert!(has(&x, "org", "中国美术馆"), "{:?}", kinds(&x, "org"));
}

#[test]
fn a_ministers_title_names_the_ministry() {
    // (written for this test) the place, the body and `部`, not the `长`;
    // no ministry from a bare `部长`
    let x = run("德国经济部长施密特说，欢迎合作。外交部长表示支持。这位新部长说，7名部长出席。");
    for o in ["德国经济部", "外交部"] {
        assert!(has(&x, "org", o), "{o}: {:?}", kinds(&x, "org"));
    }
    // (the country is a place too, as the gold sets list the places that
    // head a body: `秘鲁国家统计局` + `秘鲁`)
    assert!(has(&x, "place", "德国"), "{:?}", kinds(&x, "place"));
    assert_eq!(kinds(&x, "org").len(), 2, "{:?}", kinds(&x, "org"));
}

#[test]
fn a_joint_team_of_listed_places_is_one_body() {
    // (written for this test)
    let x =
        run("中国、尼泊尔联合登山队昨天出发，中、尼登山队队员情绪饱满。南美、非洲球队实力接近。");
    for o in ["中国、尼泊尔联合登山队", "中、尼登山队"] {
        assert!(has(&x, "org", o), "{o}: {:?}", kinds(&x, "org"));
    }
    assert!(has(&x, "place", "南美"), "{:?}", kinds(&x, "place"));
}

#[test]
fn a_team_named_after_its_sponsor_in_a_match() {
    // (written for this test) only where the sentence is about a match
    let x = run("红塔队主场迎战健力宝队，比赛十分激烈。");
    for o in ["红塔队", "健力宝队"] {
        assert!(has(&x, "org", o), "{o}: {:?}", kinds(&x, "org"));
    }
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
}

#[test]
fn short_forms_of_known_bodies() {
    // (written for this test)
    let x = run("中国残联和中国作协发出倡议，河南省残联响应。法航航班照常。");
    for o in ["中国残联", "中国作协", "河南省残联", "法航"] {
        assert!(has(&x, "org", o), "{o}: {:?}", kinds(&x, "org"));
    }
}

#[test]
fn a_name_after_a_title_wins_over_a_place_inside_it() {
    // `火星` and `洛宁` are places, `江建国` is one in jieba's dictionary
    let x = run(
        "歌词作者韩火星昨天到场。芬兰外长哈洛宁表示支持。本报柏林电 记者江建国报道：展览开幕。",
    );
    for p in ["韩火星", "哈洛宁", "江建国"] {
        assert!(has(&x, "person", p), "{p}: {:?}", kinds(&x, "person"));
    }
    for p in ["火星", "洛宁"] {
        assert!(!has(&x, "place", p), "{p}: {:?}", kinds(&x, "place"));
    }
    // a listed place after a title stays a place
    let x = run("上届冠军巴西，本届冠军法国。");
    assert!(has(&x, "place", "巴西"), "{:?}", kinds(&x, "place"));
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
}

#[test]
fn titled_names_jieba_cuts_wrongly() {
    let x = run(
        "海军参谋长赵国钧少将出席。能源部长瓦利六日表示，价格将回落。\
         会见银行行长卡巴杰时强调合作。特使马丁·安南希望双方克制。\
         美国宇航员汤姆士·凯利告诉记者，飞行很顺利。",
    );
    for p in ["赵国钧", "瓦利", "卡巴杰", "马丁·安南", "汤姆士·凯利"] {
        assert!(has(&x, "person", p), "{p}: {:?}", kinds(&x, "person"));
    }
    for p in ["赵国", "卡巴杰时", "马丁", "安南", "汤姆士", "凯利"] {
        assert!(!has(&x, "person", p), "{p}: {:?}", kinds(&x, "person"));
    }
}

#[test]
fn a_subject_at_a_clause_start() {
    let x = run("去年春天，田晚霞下岗后开了一家小店。据介绍，郑全军的作品很受欢迎。");
    for p in ["田晚霞", "郑全军"] {
        assert!(has(&x, "person", p), "{p}: {:?}", kinds(&x, "person"));
    }
    // after a preposition, and with a modern surname the old list lacked
    let x = run("我们要从蒋天才的经历中吸取教训。楼继伟：财政部将出台通知。");
    for p in ["蒋天才", "楼继伟"] {
        assert!(has(&x, "person", p), "{p}: {:?}", kinds(&x, "person"));
    }
    // no name from a verb after a title, nor a river or port's name
    let x = run("我同村委会主任商量过，决定承包。推进工业园区和白屈港两侧改造。");
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
    // adjectives that are also surnames start no name
    let x = run("高利润引发了争夺战。经济处于高赤字、高通胀、高国债的循环之中。");
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
}

#[test]
fn every_entity_says_why_it_was_found() {
    let x = run("市委书记陈金虎说，北京大学和新华社记者王俊在巴黎。");
    assert!(!x.entities.is_empty());
    for e in &x.entities {
        assert_ne!(e.evidence, Evidence::Rule, "{}", e.text);
    }
    let json = serde_json::to_value(&x.entities[0]).unwrap();
    assert!(json["evidence"].is_string());
}

#[test]
fn a_name_is_one_token_everywhere() {
    let opts = AnalyzeOptions::default();
    let text = "钱学森说，科学没有国界。钱学森回国以后，钱学森的学生很多。";
    let doc = analyze(dict(), "d", "UTF-8", text, &opts, &mut |_, _| {
        ControlFlow::Continue(())
    })
    .unwrap();
    assert!(doc.entities.iter().any(|e| e.text == "钱学森"));
    let p = prepare(text, &opts);
    let mut toks = tokens(dict(), &p, &opts, &mut |_, _| ControlFlow::Continue(())).unwrap();
    merge_names(&mut toks, &doc.entities);
    let words: Vec<&str> = toks.iter().map(|t| &p.text[t.start..t.end]).collect();
    assert_eq!(
        words.iter().filter(|w| **w == "钱学森").count(),
        3,
        "{words:?}"
    );
}

/// Pieces of bad input: surnames, names, titles and every punctuation mark.
fn bad_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "[\\u{4e00}-\\u{9fff}]{1,6}",
        "[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林欧阳司马]{1,12}",
        Just("·".to_string()),
        Just("、".to_string()),
        Just("说".to_string()),
        Just("同志".to_string()),
        Just("记者".to_string()),
        Just("江泽民".to_string()),
        Just("克林顿".to_string()),
        Just("儒勒·凡尔纳".to_string()),
        Just("北京大学".to_string()),
        Just("委员会".to_string()),
        Just("中美".to_string()),
        Just("访华".to_string()),
        "[，。、；：？！“”‘’（）《》—…· \\n]",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn bad_input_never_panics_and_spans_hold(text in bad_text()) {
        let opts = AnalyzeOptions::default();
        let p = prepare(&text, &opts);
        let toks = tokens(dict(), &p, &opts, &mut |_, _| ControlFlow::Continue(())).unwrap();
        let x = extract_with(&p.text, &hints(dict(), &p.text, &toks));
        for e in &x.entities {
            for &(a, b) in &e.spans {
                prop_assert!(a < b && b <= p.text.len());
                prop_assert!(p.text.is_char_boundary(a) && p.text.is_char_boundary(b));
                prop_assert_eq!(&p.text[a..b], e.text.as_str());
            }
        }
        let mut merged = toks.clone();
        merge_names(&mut merged, &x.entities);
        // merged tokens still tile the text in order
        let mut at = 0;
        for t in &merged {
            prop_assert_eq!(t.start, at);
            prop_assert!(p.text.is_char_boundary(t.end));
            at = t.end;
        }
        prop_assert_eq!(at, p.text.len());
    }
}

#[test]
fn long_runs_of_names_and_surnames() {
    let surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林".repeat(60);
    let names = "王立新说、克林顿、儒勒·凡尔纳，".repeat(2000);
    for text in [surnames, names] {
        let x = run(&text);
        for e in &x.entities {
            assert_eq!(e.count, e.spans.len());
        }
    }
}

/// Tenth session: full names of policy-text bodies (ordinals and numbers
/// naming hospitals and schools, towns' and prefectures' bodies, verbs and
/// `和` inside a body, governments by level), each nested name listed once
/// at its full length. Sentences written for this test.
#[test]
fn full_names_of_local_bodies() {
    let x = run("昨天，郑州市第一人民医院与东丰县第五中学签订协议，中南大学湘雅二医院派出专家。");
    let orgs = kinds(&x, "org");
    for o in ["郑州市第一人民医院", "东丰县第五中学", "中南大学湘雅二医院"]
    {
        assert!(orgs.contains(&o.to_string()), "{o}: {orgs:?}");
    }
    // the university is named only inside the hospital's name: listed once
    assert!(!orgs.contains(&"中南大学".to_string()), "{orgs:?}");

    let x = run("薛埠镇党委高度重视。衡阳有色冶金机械总厂和西安电影制片厂的职工参加。");
    let orgs = kinds(&x, "org");
    for o in ["薛埠镇党委", "衡阳有色冶金机械总厂", "西安电影制片厂"] {
        assert!(orgs.contains(&o.to_string()), "{o}: {orgs:?}");
    }

    let x = run("省人力资源社会保障厅会同省教育厅制定办法。市自然资源和规划局、省投资促进中心、县行政审批局参加。");
    let orgs = kinds(&x, "org");
    for o in [
        "省人力资源社会保障厅",
        "省教育厅",
        "市自然资源和规划局",
        "省投资促进中心",
        "县行政审批局",
    ] {
        assert!(orgs.contains(&o.to_string()), "{o}: {orgs:?}");
    }

    let x = run("湘西州委常委出席，州人民医院、州政府有关负责人参加。美国政府表示关注。");
    let orgs = kinds(&x, "org");
    for o in ["湘西州委", "州人民医院", "州政府"] {
        assert!(orgs.contains(&o.to_string()), "{o}: {orgs:?}");
    }
    // (a country's government is the country's place, as news annotation
    // has it)
    assert!(!orgs.contains(&"美国政府".to_string()), "{orgs:?}");
    assert!(has(&x, "place", "美国"), "{:?}", kinds(&x, "place"));
    // a department or a branch after a body the local passes found, and
    // the verb `组织` no body
    let x = run("国家统计局贵州调查总队发布公报。县委督查室、县政府督查室要加强督导。会议由县委督查室组织。");
    let orgs = kinds(&x, "org");
    for o in ["国家统计局贵州调查总队", "县委督查室", "县政府督查室"] {
        assert!(orgs.contains(&o.to_string()), "{o}: {orgs:?}");
    }
    assert!(!orgs.iter().any(|o| o.ends_with("组织")), "{orgs:?}");
    // missions abroad, offices after a level word
    let x = run("哈萨克斯坦驻乌鲁木齐总领事馆总领事出席。自治区外办、自治区商务厅负责同志参加。");
    let orgs = kinds(&x, "org");
    for o in ["哈萨克斯坦驻乌鲁木齐总领事馆", "自治区外办", "自治区商务厅"]
    {
        assert!(orgs.contains(&o.to_string()), "{o}: {orgs:?}");
    }
    // a town's level word heads no body named after another place
    let x = run("江那镇、平远镇和县发展和改革局要抓好落实。");
    assert!(
        !kinds(&x, "org").iter().any(|o| o.starts_with('镇')),
        "{:?}",
        kinds(&x, "org")
    );
}

/// Tenth session: a titled foreign name with a middle dot is one person
/// (`马丁·安南`, not `马丁` and `安南`), and a transliterated name whose
/// first char jieba calls a verb is a person, not the county `洛宁`.
#[test]
fn titled_foreign_names_across_dots_and_verbs() {
    let x = run("联合国秘书长马丁·安南表示欢迎。挪威外长维洛宁说，双方将加强合作。");
    let people = kinds(&x, "person");
    assert!(people.contains(&"马丁·安南".to_string()), "{people:?}");
    assert!(!people.contains(&"马丁".to_string()), "{people:?}");
    assert!(people.contains(&"维洛宁".to_string()), "{people:?}");
    assert!(!has(&x, "place", "洛宁"), "{:?}", kinds(&x, "place"));
    // an outline marker before a title is no name
    let x = run("会议指出，二是总统新闻秘书宣布了决定。");
    assert!(!has(&x, "person", "二是"), "{:?}", kinds(&x, "person"));
}

/// Tenth session: names the general passes find after a title carry that
/// title (as the people with titles do), spaced bylines share theirs, and a
/// titled name reads on across a middle dot whatever its chars.
#[test]
fn titles_of_names_the_general_passes_find() {
    let x = run("（记者 石珊珊 龙海燕 通讯员 叶光辉）湘西州委常委、副州长田秀英出席。自治区副主席买合木提·阿不力孜在会上讲话。");
    let title = |name: &str| {
        x.entities
            .iter()
            .find(|e| e.kind == "person" && e.text == name)
            .map(|e| e.title.clone())
    };
    assert_eq!(title("龙海燕"), Some(Some("记者".to_string())));
    assert_eq!(title("叶光辉"), Some(Some("通讯员".to_string())));
    assert!(!has(&x, "person", "通讯员"), "{:?}", kinds(&x, "person"));
    assert_eq!(
        title("田秀英"),
        Some(Some("湘西州委常委、副州长".to_string()))
    );
    assert!(
        has(&x, "person", "买合木提·阿不力孜"),
        "{:?}",
        kinds(&x, "person")
    );
    // the verb jieba's HMM joined to the name's last part is left out
    let x = run("边疆区政府第一副主席德米特里·沃尔科夫率代表团访问。");
    assert!(
        has(&x, "person", "德米特里·沃尔科夫"),
        "{:?}",
        kinds(&x, "person")
    );
}

/// Tenth session: places the gazetteer or jieba's tags leave out — a
/// mountain before a scenic area (jieba calls `白石山` a name), a river the
/// dictionary knows, a county-level city's short form (`霍尔果斯`), a
/// foreign state whose `州` jieba cut off.
#[test]
fn mountains_rivers_short_forms_and_states() {
    let x = run("白石山景区接待游客18万人次，拒马河生态修复项目开工。经霍尔果斯出境的班列增加。他表示阿拉木图州愿与新疆各地加强合作。");
    for p in ["白石山", "拒马河", "霍尔果斯", "阿拉木图州"] {
        assert!(has(&x, "place", p), "{p}: {:?}", kinds(&x, "place"));
    }
    assert!(!has(&x, "person", "白石山"), "{:?}", kinds(&x, "person"));
    // cities jieba tags as names (`哈巴罗夫斯克`)
    let x = run("中欧班列从哈尔滨开往哈巴罗夫斯克和叶卡捷琳堡。");
    for p in ["哈巴罗夫斯克", "叶卡捷琳堡"] {
        assert!(has(&x, "place", p), "{p}: {:?}", kinds(&x, "place"));
    }
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
}

/// Tenth session: a notice's addressee chain led by territorial units is one
/// generic body; units directly under a level (`市直`, `省直`) are bodies;
/// `各镇办、各部门单位` stay two, as the samples have them, and `各乡镇`
/// alone is no body.
#[test]
fn addressee_chains_of_notices() {
    let x = run("各县（市、区）、各部门：现将有关事项通知如下。各乡镇、县直各部门要抓好落实，省直有关单位要配合。各镇办、各部门单位都要增强目标意识，各乡镇（街道）要守土尽责。");
    let generic: Vec<String> = x
        .entities
        .iter()
        .filter(|e| e.kind == "org" && e.generic)
        .map(|e| e.text.clone())
        .collect();
    for o in [
        "各县（市、区）、各部门",
        "各乡镇、县直各部门",
        "省直有关单位",
        "各镇办",
        "各部门单位",
    ] {
        assert!(generic.contains(&o.to_string()), "{o}: {generic:?}");
    }
    assert!(!generic.contains(&"各乡镇".to_string()), "{generic:?}");
}

#[test]
fn places_in_titles_and_before_a_bodys_place() {
    // jieba makes `德国总理` one word: the country is still a place
    let x = run("叶利钦同来访的德国总理科尔进行了磋商。");
    assert!(has(&x, "place", "德国"), "{:?}", kinds(&x, "place"));
    let kohl = x.entities.iter().find(|e| e.text == "科尔");
    assert_eq!(kohl.and_then(|e| e.title.as_deref()), Some("德国总理"));
    // a body named after its own place keeps it (`土耳其外交部`)
    let x = run("土耳其外交部发言人今天发表声明。");
    assert!(!has(&x, "place", "土耳其") || has(&x, "org", "土耳其外交部"));
    // a country written before the city a body belongs to is its own place
    let x = run("据报道，俄罗斯哈巴罗夫斯克边疆区政府代表团今天抵达。");
    assert!(has(&x, "place", "俄罗斯"), "{:?}", kinds(&x, "place"));
    assert!(
        !kinds(&x, "org").iter().any(|o| o.starts_with("俄罗斯")),
        "{:?}",
        kinds(&x, "org")
    );
}

#[test]
fn parties_before_bodies_and_clauses_before_titles() {
    let x = run("近日，中共河北省委副书记赵世居在接受记者专访时说，要抓好落实。");
    assert!(has(&x, "org", "中共河北省委"), "{:?}", kinds(&x, "org"));
    assert!(!has(&x, "org", "中共"), "{:?}", kinds(&x, "org"));
    let x = run("今天上午在大会上发言的还有联想集团副总裁李勤。");
    assert!(has(&x, "org", "联想集团"), "{:?}", kinds(&x, "org"));
    let li = x.entities.iter().find(|e| e.text == "李勤");
    assert_eq!(li.and_then(|e| e.title.as_deref()), Some("联想集团副总裁"));
}

#[test]
fn places_of_datelines() {
    let x = run("本报德国罗滕堡5月27日电记者薛原报道：小城迎来游客。新华社阿比让6月2日电科特迪瓦总统贝迪埃说，局势平稳。");
    for p in ["德国", "罗滕堡", "阿比让"] {
        assert!(has(&x, "place", p), "{p}: {:?}", kinds(&x, "place"));
    }
    assert!(!has(&x, "person", "罗滕堡"), "{:?}", kinds(&x, "person"));
    assert!(!has(&x, "person", "阿比让"), "{:?}", kinds(&x, "person"));
    let title = |n: &str| {
        x.entities
            .iter()
            .find(|e| e.text == n)
            .and_then(|e| e.title.clone())
    };
    assert_eq!(title("薛原").as_deref(), Some("记者"));
    assert_eq!(title("贝迪埃").as_deref(), Some("科特迪瓦总统"));
    let e = x.entities.iter().find(|e| e.text == "罗滕堡").unwrap();
    assert_eq!(e.evidence, Evidence::Dateline);
}

#[test]
fn surnames_with_a_form_of_address() {
    let x =
        run("记者见到陈教授时，他刚从川西考察回来。唐外长说，合作前景广阔。胡老说，菊花品种很多。");
    let person = |n: &str| {
        x.entities
            .iter()
            .find(|e| e.kind == "person" && e.text == n)
    };
    assert_eq!(person("陈").and_then(|e| e.title.as_deref()), Some("教授"));
    assert_eq!(person("唐").and_then(|e| e.title.as_deref()), Some("外长"));
    assert!(person("胡").is_some(), "{:?}", kinds(&x, "person"));
    assert!(!has(&x, "person", "唐外长"), "{:?}", kinds(&x, "person"));
    // a surname char inside a word, after a numeral or before a nationality
    let x = run("这座古老的城市换了五任县长，还请来一位巴西籍教练。");
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
    // counted where the form of address follows, not at every 陈
    let x = run("陈教授陈述了理由。");
    let chen = x.entities.iter().find(|e| e.text == "陈").unwrap();
    assert_eq!(chen.count, 1);
}

#[test]
fn short_forms_in_pairs_and_lists() {
    let x = run("贺电指出，中、阿建交20年来两国关系发展顺利。墨美两国在反毒斗争上多年合作。");
    for p in ["中", "阿", "墨", "美"] {
        assert!(has(&x, "place", p), "{p}: {:?}", kinds(&x, "place"));
    }
}

#[test]
fn foreign_names_before_a_division_are_places() {
    let x =
        run("英国将根据该系统在肯特郡的试验情况决定是否推广。议长和阿尔萨斯大区区长出席了仪式。");
    assert!(has(&x, "place", "肯特郡"), "{:?}", kinds(&x, "place"));
    assert!(has(&x, "place", "阿尔萨斯大区"), "{:?}", kinds(&x, "place"));
    assert!(!has(&x, "person", "肯特郡"), "{:?}", kinds(&x, "person"));
    assert!(!has(&x, "person", "阿尔萨斯"), "{:?}", kinds(&x, "person"));
}

#[test]
fn credits_and_titles_after_names_only_jieba_calls_places() {
    let x = run("该剧由宋聚丰编剧，何伟主演。他转达了库马拉通加总统对大家的问候。");
    assert!(has(&x, "person", "何伟"), "{:?}", kinds(&x, "person"));
    assert!(has(&x, "person", "库马拉通加"), "{:?}", kinds(&x, "person"));
    assert!(!has(&x, "place", "库马拉通加"), "{:?}", kinds(&x, "place"));
}

#[test]
fn words_that_end_like_a_body_and_the_verb_organise() {
    let x = run("要构筑大杭州旅游新格局。议会两院就印度所面临的问题进行辩论。河北栾城县组织机关干部进行军训。");
    for o in ["杭州旅游新格局", "新格局", "印度所", "栾城县组织"] {
        assert!(!has(&x, "org", o), "{o}: {:?}", kinds(&x, "org"));
    }
    let x = run("世界卫生组织和上海合作组织的代表出席了会议。");
    assert!(has(&x, "org", "世界卫生组织"), "{:?}", kinds(&x, "org"));
}

#[test]
fn newspapers_in_title_marks() {
    let x = run("法国全国性日报《费加罗报》以醒目标题报道。《纽约时报》对微软做了一项民意调查。国家统计局发布《统计公报》。");
    assert!(has(&x, "org", "费加罗报"), "{:?}", kinds(&x, "org"));
    assert!(has(&x, "org", "纽约时报"), "{:?}", kinds(&x, "org"));
    assert!(!has(&x, "org", "统计公报"), "{:?}", kinds(&x, "org"));
    assert!(!has(&x, "person", "费加罗"), "{:?}", kinds(&x, "person"));
}

#[test]
fn factories_teams_and_numbered_schools() {
    let x = run("他在琉璃河水泥厂工作了十年。广州太阳神队主教练说，北京九十中学的学生也来了。");
    for o in ["琉璃河水泥厂", "广州太阳神队", "北京九十中学"] {
        assert!(has(&x, "org", o), "{o}: {:?}", kinds(&x, "org"));
    }
    let x = run("全国各地的水泥厂都在减产。");
    assert!(!has(&x, "org", "水泥厂"), "{:?}", kinds(&x, "org"));
}

#[test]
fn committees_named_in_titles() {
    let x = run("省委常委、赣州市委书记黄志坚主持会议。南康区委书记谢春明汇报了工作。");
    assert!(has(&x, "org", "赣州市委"), "{:?}", kinds(&x, "org"));
    assert!(has(&x, "org", "南康区委"), "{:?}", kinds(&x, "org"));
    assert!(!has(&x, "org", "区委"), "{:?}", kinds(&x, "org"));
    let huang = x.entities.iter().find(|e| e.text == "黄志坚");
    assert_eq!(
        huang.and_then(|e| e.title.as_deref()),
        Some("省委常委、赣州市委书记")
    );
}

#[test]
fn the_conjunction_before_a_county_body() {
    let x = run("他调研了服务专班和县政务服务中心，了解办事情况。");
    assert!(has(&x, "org", "县政务服务中心"), "{:?}", kinds(&x, "org"));
    assert!(
        !has(&x, "org", "和县政务服务中心"),
        "{:?}",
        kinds(&x, "org")
    );
}

#[test]
fn bracketed_places_inside_company_names() {
    let x = run("项目由恒力石化（大连）炼化有限公司和英特尔半导体存储技术（大连）有限公司承建。");
    for o in [
        "恒力石化（大连）炼化有限公司",
        "英特尔半导体存储技术（大连）有限公司",
    ] {
        assert!(has(&x, "org", o), "{o}: {:?}", kinds(&x, "org"));
    }
    assert!(!has(&x, "org", "炼化有限公司"), "{:?}", kinds(&x, "org"));
}

#[test]
fn abbreviated_bodies_and_zone_committees() {
    let x = run("县委、县政府对银坊镇、县发改局、涞源经济开发区管委会等先进单位作出表彰决定。省外办主任出席。");
    for o in ["县发改局", "涞源经济开发区管委会", "省外办"] {
        assert!(has(&x, "org", o), "{o}: {:?}", kinds(&x, "org"));
    }
    assert!(
        has(&x, "place", "涞源经济开发区"),
        "{:?}",
        kinds(&x, "place")
    );
}

#[test]
fn a_preposition_jieba_joined_to_a_town() {
    let x = run("县委、县政府对银坊镇等单位作出表彰。");
    assert!(has(&x, "place", "银坊镇"), "{:?}", kinds(&x, "place"));
    assert!(!has(&x, "place", "对银坊镇"), "{:?}", kinds(&x, "place"));
}

#[test]
fn areas_named_pian_qu() {
    let x = run("湘西地处武陵山片区腹地。大连自贸片区今年新增企业三千家。");
    assert!(has(&x, "place", "武陵山片区"), "{:?}", kinds(&x, "place"));
    assert!(has(&x, "place", "大连自贸片区"), "{:?}", kinds(&x, "place"));
}

#[test]
fn rarer_surnames_start_names_jieba_joined() {
    // any surname of the table starts three chars jieba's HMM joined, when
    // a name's end follows (a verb, a function word, punctuation)
    let x = run("在紧要关头，樊晓兵果断地拦住了车。比赛开始后，单丽霞打出了好球。大家都知道，齐文贤已经退休了。");
    assert_has(&x, "person", &["樊晓兵", "单丽霞", "齐文贤"]);
    // not where a noun or a list of things follows
    let x = run("开展危化品安全专项治理，做好危化品、燃气等工作。");
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
}

#[test]
fn international_bodies_and_companies_known_without_a_suffix() {
    let x = run("联合国安理会和国际刑事法院表示关注。飞利浦、摩托罗拉和爱立信的销量上升。");
    assert_has(
        &x,
        "org",
        &[
            "联合国安理会",
            "国际刑事法院",
            "飞利浦",
            "摩托罗拉",
            "爱立信",
        ],
    );
    // a brand is no person
    assert!(!has(&x, "person", "摩托罗拉"), "{:?}", kinds(&x, "person"));
}

#[test]
fn a_bodys_head_after_any_listed_city() {
    // cities outside the local list too (`漳州`, `泉州` are in world.txt only)
    let x = run("漳州市发改委和泉州市卫健委联合发文，漳州市教委也参加了。");
    assert_has(&x, "org", &["漳州市发改委", "泉州市卫健委", "漳州市教委"]);
}

/// [`run`] with the dictionary the app and the CLI use (the policy lexicon
/// added).
fn run_app(text: &str) -> Extraction {
    static DICT: std::sync::OnceLock<wenxi::core::dict::Dictionary> = std::sync::OnceLock::new();
    let dict = DICT.get_or_init(|| {
        wenxi::core::dict::Dictionary::from_asset(include_bytes!("../assets/dict/wenxi.dict.gz"))
            .and_then(|d| d.with_policy_lexicon(include_str!("../assets/lexicon/policy.txt")))
            .expect("shipped dictionary and lexicon load")
    });
    let opts = AnalyzeOptions::default();
    let p = prepare(text, &opts);
    let toks = tokens(dict, &p, &opts, &mut |_, _| ControlFlow::Continue(())).unwrap();
    extract_with(&p.text, &hints(dict, &p.text, &toks))
}

#[test]
fn a_place_before_a_body_named_with_its_level() {
    // jieba joins the level word to the body (`赣州/市委常委`,
    // `南平/市政协主席`)
    let x = run_app("赣州市委常委会召开会议，南平市政协主席出席。");
    // (a committee's standing committee is one body: `赣州市委常委会`)
    assert_has(&x, "org", &["赣州市委常委会", "南平市政协"]);
    assert!(!has(&x, "org", "市委"), "{:?}", kinds(&x, "org"));
    // the place is still a place
    assert!(has(&x, "place", "南平"), "{:?}", kinds(&x, "place"));
}

#[test]
fn a_town_before_a_village_is_no_stem_of_it() {
    let x = run("上固乡回龙村彭小兰，30多岁。王学文家所在的红庄乡陈沟村，由于连年大旱。");
    assert_has(&x, "place", &["回龙村", "陈沟村"]);
    for p in ["固乡回龙村", "庄乡陈沟村"] {
        assert!(!has(&x, "place", p), "{p}: {:?}", kinds(&x, "place"));
    }
}

#[test]
fn titles_after_names_and_verbs_before_titles() {
    let x = run_app("湖南师范大学医学院曹建平院长出席。陪同考察的有市委常委张建国、李明华。陕西省委常委、副省长刘振宇率陕西省经贸代表团访问德国。");
    let title = |n: &str| title_of(&x, n);
    // a title after the name is the person's title
    assert_eq!(title("曹建平").as_deref(), Some("院长"));
    // `有` of `…的有` is no part of the title
    assert_eq!(title("张建国").as_deref(), Some("市委常委"));
    assert_eq!(title("李明华").as_deref(), Some("市委常委"));
    // `率` after a name ends it (jieba joined `刘振宇率`)
    assert_eq!(title("刘振宇").as_deref(), Some("陕西省委常委、副省长"));
}

#[test]
fn institutes_across_a_place_and_joined_fields() {
    let x = run_app("与中国科学院新疆理化技术研究所签约。中国科学院长春光学精密机械与物理研究所参加，武汉大学经济与管理学院承办。");
    assert_has(
        &x,
        "org",
        &[
            "中国科学院新疆理化技术研究所",
            "中国科学院长春光学精密机械与物理研究所",
            "武汉大学经济与管理学院",
        ],
    );
    // two bodies joined by `与` stay two
    let x = run_app("教育部与财政部联合发文。");
    assert!(
        has(&x, "org", "教育部") && has(&x, "org", "财政部"),
        "{:?}",
        kinds(&x, "org")
    );
}

#[test]
fn bodies_after_glued_prepositions_and_more_suffixes() {
    let x = run_app("优秀成果将推荐至省农业农村厅参考。省教育厅组织专家评审。中国驻慕尼黑总领事馆出席。大连海关和渭源县农村信用合作联社参加，县政府办牵头。");
    assert_has(
        &x,
        "org",
        &[
            "省农业农村厅",
            "省教育厅",
            "中国驻慕尼黑总领事馆",
            "大连海关",
            "渭源县农村信用合作联社",
            "县政府办",
        ],
    );
    // `组织` after a body is its verb
    assert!(!has(&x, "org", "省教育厅组织"), "{:?}", kinds(&x, "org"));
}

#[test]
fn zones_named_after_a_place_and_a_purpose() {
    let x = run_app("建设山西综改示范区，渭源中药材产业园建成投产。");
    assert_has(&x, "place", &["山西综改示范区", "渭源中药材产业园"]);
}

#[test]
fn words_jieba_calls_names_and_works_named_like_people() {
    // common words the dictionary tags as names, at any rule
    let x = run_app(
        "北京晴转雷阵雨，天津雷阵雨转多云。白皮书呼吁加强合作，秘鲁华裔议员能到祖先曾生活的国家。",
    );
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
    // a name that only ever ends a book's or a play's title is the work's
    let x = run_app("他推出一部音乐剧《新白蛇传》，又读了《白鹿原》。");
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
}

#[test]
fn citizens_and_currencies_are_no_places() {
    let x = run_app("上海市民积极参与。挪威克朗和德国马克汇率下跌。");
    assert!(!has(&x, "place", "上海市"), "{:?}", kinds(&x, "place"));
    assert!(has(&x, "place", "上海"), "{:?}", kinds(&x, "place"));
    for p in ["挪威克朗", "德国马克"] {
        assert!(!has(&x, "place", p), "{p}: {:?}", kinds(&x, "place"));
    }
}

#[test]
fn an_issuers_code_before_a_document_number_is_no_name() {
    let x = run_app("根据宁商发〔2026〕12号文件精神，现将有关事项通知如下。");
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
}

#[test]
fn regions_lead_an_addressee_chain() {
    let x = run_app("听取各地区、各部门经济运行情况汇报。各地区各部门要认真落实。各有关金融机构：");
    for o in ["各地区、各部门", "各地区各部门", "各有关金融机构"] {
        assert!(
            x.entities
                .iter()
                .any(|e| e.kind == "org" && e.generic && e.text == o),
            "{o}: {:?}",
            kinds(&x, "org")
        );
    }
}

#[test]
fn a_department_jieba_cut_off_and_a_prefectures_committee() {
    let x = run_app("省教育厅思想政治工作处负责解释。州委、州政府高度重视。广州委托第三方评估。");
    assert_has(&x, "org", &["省教育厅思想政治工作处", "州委", "州政府"]);
    assert_eq!(kinds(&x, "org").len(), 3, "{:?}", kinds(&x, "org"));
}

#[test]
fn a_towns_unknown_stem_heads_its_committee() {
    let x = run_app("近年来，感德镇党委、镇政府立足茶产业。");
    assert!(has(&x, "org", "感德镇党委"), "{:?}", kinds(&x, "org"));
}

#[test]
fn occupations_before_names_are_titles() {
    let x = run_app("槐植村茶农王秀英笑着说，快递员刘晓东也来了。");
    let title = |n: &str| title_of(&x, n);
    assert_eq!(title("王秀英").as_deref(), Some("槐植村茶农"));
    assert_eq!(title("刘晓东").as_deref(), Some("快递员"));
}

#[test]
fn landforms_the_dictionary_tags_as_people_are_places() {
    // sentences written for the rule: jieba's dictionary tags `穆棱河`,
    // `艾丁湖`, `张广才岭` and `刘公岛` as `nr`
    let x = run_app(
        "穆棱河两岸的稻田已收割完毕。远处的艾丁湖静静躺在盆地里。\
         张广才岭林区今年造林2万亩。游客乘船登上刘公岛参观。",
    );
    assert_has(&x, "place", &["穆棱河", "艾丁湖", "张广才岭", "刘公岛"]);
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
    // given names that end like a mountain or a river are still names
    let y = run_app("孙中山先生说过，革命尚未成功。丁文江表示赞同。");
    assert_has(&y, "person", &["孙中山", "丁文江"]);
}

#[test]
fn rivers_lakes_reservoirs_and_mountains_of_the_provinces_are_places() {
    // sentences written for the rule: tributaries, lakes, reservoirs and
    // ranges a provincial news item names, which jieba's dictionary does
    // not tag as places
    let x = run_app(
        "沅水和澧水汇入洞庭湖。三峡水库蓄水至175米。浔江、融江沿岸的乡镇加强巡查。\
         游客在老爷岭和乌蒙山之间穿行。",
    );
    assert_has(
        &x,
        "place",
        &[
            "沅水",
            "澧水",
            "洞庭湖",
            "三峡水库",
            "浔江",
            "融江",
            "老爷岭",
            "乌蒙山",
        ],
    );
}

#[test]
fn a_short_form_declared_in_brackets_names_the_same_body() {
    let x = run_app(
        "中国科学院水生生物研究所（以下简称“水生所”）与当地合作。水生所研究员介绍，\
         平湖经济技术开发区（简称平湖经开区）新签项目12个。",
    );
    assert_has(&x, "org", &["中国科学院水生生物研究所", "水生所"]);
    let count = x
        .entities
        .iter()
        .find(|e| e.text == "水生所")
        .map(|e| e.count);
    assert_eq!(count, Some(2));
    assert_has(&x, "place", &["平湖经开区"]);
    // a bare kind of body or zone is no short form of a name
    let y = run_app("平湖经济技术开发区（以下简称“经开区”）设立于1996年。");
    assert!(!has(&y, "place", "经开区") && !has(&y, "org", "经开区"));
}

#[test]
fn associations_labs_and_a_citys_own_hospital_are_organisations() {
    let x = run_app(
        "美国旧金山台山同乡会发来贺电。武夷山市立医院派出医疗队。\
         水利部水资源重点实验室主任介绍，阿拉木图州工商会会长也到场。",
    );
    assert_has(&x, "org", &["武夷山市立医院", "阿拉木图州工商会"]);
    assert!(
        kinds(&x, "org").iter().any(|o| o.ends_with("台山同乡会")),
        "{:?}",
        kinds(&x, "org")
    );
    assert!(
        kinds(&x, "org").iter().any(|o| o.ends_with("重点实验室")),
        "{:?}",
        kinds(&x, "org")
    );
}

#[test]
fn ports_and_mountain_areas_are_places() {
    let x =
        run_app("宜宾港今年完成集装箱吞吐量98.6万标箱。上海港和乍浦港联动发展，乌蒙山区群众受益。");
    assert_has(&x, "place", &["宜宾港", "上海港", "乍浦港", "乌蒙山区"]);
    // a magnitude after a number is no surname (`万` + `标箱`)
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
}

#[test]
fn commanders_charges_and_rarer_surnames_after_titles() {
    let x = run_app(
        "宜昭高速建设指挥部指挥长郁鸿涛说，工程进展顺利。\
         外长会见中国驻秘鲁大使馆临时代办闻宇航时表示欢迎。省政协主席佟敬之出席。\
         集团亚太区总裁托马斯·克劳泽则看中了这里的区位。",
    );
    assert_has(
        &x,
        "person",
        &["郁鸿涛", "闻宇航", "佟敬之", "托马斯·克劳泽"],
    );
    assert_eq!(
        title_of(&x, "闻宇航").as_deref(),
        Some("中国驻秘鲁大使馆临时代办")
    );
    // the title is no part of the embassy's name
    assert_has(&x, "org", &["中国驻秘鲁大使馆"]);
    assert!(!has(&x, "org", "中国驻秘鲁大使馆临时代办"));
}

#[test]
fn split_heads_numbered_bureaus_and_kinds_of_committees() {
    let x = run_app(
        "衡阳市纪委监委通报了3起案例。中铁二十三局集团有限公司承建该桥，中建三局中标另一标段。\
         改造工程由县交通运输局组织实施。各市州党委要抓好落实。",
    );
    assert_has(
        &x,
        "org",
        &[
            "衡阳市纪委监委",
            "中铁二十三局集团有限公司",
            "中建三局",
            "县交通运输局",
        ],
    );
    // `各市州党委` names a kind of committees, not one of a prefecture
    assert!(!has(&x, "org", "州党委"), "{:?}", kinds(&x, "org"));
}

#[test]
fn phrases_of_place_and_time_are_no_names() {
    // each read as a name before: `黄岗山` (jieba's `nr`) before `一带`,
    // `林子里` after `在`, `时随` after `少年`, `段禁采` after a place
    let x = run_app(
        "在主峰黄岗山一带，科研人员今年新记录到两栖动物4种。现在走在林子里，经常能碰到黄腹角雉。\
         年过古稀的他，少年时随父亲远渡重洋。他多次在沅水桃源段禁采区内夜间作业。",
    );
    assert!(kinds(&x, "person").is_empty(), "{:?}", kinds(&x, "person"));
    assert_has(&x, "place", &["黄岗山"]);
    // a name before `评价说` after a title
    let y = run_app("三峡大学水利与环境学院名誉院长戴鹤年评价说，这项成果很扎实。");
    assert_has(&y, "person", &["戴鹤年"]);
    // `段` as a surname after a title
    let z = run_app("记者段文杰报道。");
    assert_has(&z, "person", &["段文杰"]);
}

#[test]
fn the_big_banks_short_forms_and_their_branches() {
    let x = run_app("建行平湖支行行长骆雅婷说，工行北京分行和农行上海分行也已落地。中行、交行的网点施工行为规范。");
    assert_has(
        &x,
        "org",
        &[
            "建行平湖支行",
            "工行北京分行",
            "农行上海分行",
            "中行",
            "交行",
        ],
    );
    assert!(!has(&x, "org", "工行"), "{:?}", kinds(&x, "org"));
}
