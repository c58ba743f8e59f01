//! Every string the UI shows, once per language.
//!
//! The UI follows the browser language by default (Chinese for any `zh*`,
//! English otherwise) and remembers the user's choice.

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// 中文
    Zh,
    /// English
    En,
}

impl Lang {
    /// The language for a BCP 47 tag such as `zh-CN` or `en-US`.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// The tag stored in settings and set on `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The other language.
    pub fn toggled(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The strings of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

/// The UI's strings in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Strings {
    /// Subtitle under the product name.
    pub tagline: &'static str,
    /// Label of the language switch (names the other language).
    pub switch_lang: &'static str,
    /// Heading of the segmentation and dictionary panel.
    pub lexicon_panel: &'static str,
    /// Tab: the segmented text.
    pub tab_segmented: &'static str,
    /// Tab: new-word discovery.
    pub tab_newwords: &'static str,
    /// Tab: the user dictionary.
    pub tab_userdict: &'static str,
    /// Tab: the stopword list.
    pub tab_stopwords: &'static str,
    /// Label: which document the segmented view shows.
    pub seg_document: &'static str,
    /// Label: segmentation mode.
    pub seg_mode: &'static str,
    /// Mode name.
    pub mode_precise: &'static str,
    /// Mode name.
    pub mode_full: &'static str,
    /// Mode name.
    pub mode_search: &'static str,
    /// Switch: jieba's HMM for unknown words.
    pub opt_hmm: &'static str,
    /// Switch: the policy lexicon.
    pub opt_lexicon: &'static str,
    /// Label: find a word in the segmented view.
    pub find_word: &'static str,
    /// Page `{n}` of `{m}`.
    pub page: &'static str,
    /// Button: previous page.
    pub page_prev: &'static str,
    /// Button: next page.
    pub page_next: &'static str,
    /// The searched word occurs in no document.
    pub not_found: &'static str,
    /// Before the name of the document where the word was found.
    pub found_in: &'static str,
    /// No analysed document yet.
    pub no_analysed_doc: &'static str,
    /// Label of the part-of-speech legend.
    pub pos_legend: &'static str,
    /// Label: fewest occurrences of a candidate.
    pub nw_min_count: &'static str,
    /// Label: longest candidate in characters.
    pub nw_max_len: &'static str,
    /// Label: how many candidates.
    pub nw_top: &'static str,
    /// Button: run new-word discovery.
    pub discover: &'static str,
    /// Column: word.
    pub col_word: &'static str,
    /// Column: count.
    pub col_freq: &'static str,
    /// Column: left entropy.
    pub col_left_entropy: &'static str,
    /// Column: right entropy.
    pub col_right_entropy: &'static str,
    /// Column: score.
    pub col_score: &'static str,
    /// Column: examples.
    pub col_examples: &'static str,
    /// Button: add a candidate to the user dictionary.
    pub add_to_dict: &'static str,
    /// A candidate already in the user dictionary.
    pub added: &'static str,
    /// Button: show a word in the segmented view.
    pub show_in_text: &'static str,
    /// After the number of candidates.
    pub candidates: &'static str,
    /// Between chars and the time taken.
    pub chars_in: &'static str,
    /// How new words are found.
    pub newwords_help: &'static str,
    /// Field: word.
    pub ud_word: &'static str,
    /// Field: frequency.
    pub ud_freq: &'static str,
    /// Field: part-of-speech tag.
    pub ud_tag: &'static str,
    /// Button: add the word.
    pub ud_add: &'static str,
    /// Button: delete the word from the dictionary.
    pub ud_delete: &'static str,
    /// Heading: added words.
    pub ud_added: &'static str,
    /// Heading: deleted words.
    pub ud_deleted: &'static str,
    /// Button: take an added word out.
    pub ud_remove: &'static str,
    /// Button: cancel a deletion.
    pub ud_restore: &'static str,
    /// Button: import a dictionary file.
    pub ud_import: &'static str,
    /// Button: export the dictionary.
    pub ud_export: &'static str,
    /// The user dictionary is empty.
    pub ud_empty: &'static str,
    /// The dictionary is being rebuilt.
    pub ud_applying: &'static str,
    /// Before the time the rebuild took.
    pub ud_applied: &'static str,
    /// The rebuild failed.
    pub ud_failed: &'static str,
    /// An imported file had bad lines.
    pub ud_import_failed: &'static str,
    /// The user dictionary's format.
    pub ud_help: &'static str,
    /// Field: extra stopwords.
    pub sw_added: &'static str,
    /// Field: words taken out of the list.
    pub sw_removed: &'static str,
    /// Button: apply stopword edits.
    pub sw_apply: &'static str,
    /// Button: download the full list.
    pub sw_download: &'static str,
    /// What stopwords do.
    pub sw_help: &'static str,
    /// After the size of the default list.
    pub sw_default_count: &'static str,
    /// Names of the part-of-speech groups of the segmented view, in [`POS_GROUPS`] order.
    pub pos_names: [&'static str; 10],
    /// Label of the text area.
    pub input_label: &'static str,
    /// Placeholder of the text area.
    pub input_placeholder: &'static str,
    /// The Analyze button.
    pub analyze: &'static str,
    /// Hint under the button.
    pub shortcut_hint: &'static str,
    /// Status while the dictionary loads.
    pub loading_dict: &'static str,
    /// Status when ready (followed by the load time).
    pub ready: &'static str,
    /// Status when the dictionary failed to load.
    pub load_failed: &'static str,
    /// Status while analysing.
    pub analysing: &'static str,
    /// Status when an analysis is queued behind the dictionary.
    pub queued: &'static str,
    /// Status when the text is empty.
    pub empty_text: &'static str,
    /// Heading of the results.
    pub results: &'static str,
    /// Label of the token count.
    pub tokens: &'static str,
    /// Label of the character count.
    pub chars: &'static str,
    /// Heading of the keyword list.
    pub keywords: &'static str,
    /// Shown when there are no keywords.
    pub no_keywords: &'static str,
    /// Label of the analysis time.
    pub elapsed: &'static str,
    /// Label of the detected script.
    pub script: &'static str,
    /// Promise shown in the footer.
    pub privacy: &'static str,
    /// Heading of the document list.
    pub documents: &'static str,
    /// Button: pick files.
    pub add_files: &'static str,
    /// Button: pick a folder.
    pub add_folder: &'static str,
    /// Hint about drag and drop.
    pub drop_hint: &'static str,
    /// Button: delete every document.
    pub clear_all: &'static str,
    /// Button: delete one document.
    pub delete: &'static str,
    /// Label of the name field.
    pub rename: &'static str,
    /// Label of the encoding selector.
    pub encoding: &'static str,
    /// Encoding option: detect.
    pub auto_detect: &'static str,
    /// Shown when the corpus is empty.
    pub no_docs: &'static str,
    /// Label of a refused document.
    pub refused: &'static str,
    /// Label of a queued document.
    pub queued_doc: &'static str,
    /// Tab: keywords.
    pub tab_keywords: &'static str,
    /// Tab: cleaning.
    pub tab_cleaning: &'static str,
    /// Heading of the per-rule counts.
    pub removed_counts: &'static str,
    /// Shown when cleaning removed nothing.
    pub nothing_removed: &'static str,
    /// Toggle: show the original with removals struck through.
    pub show_original: &'static str,
    /// Button: download the original.
    pub download_original: &'static str,
    /// Button: download the clean text.
    pub download_clean: &'static str,
    /// Heading of the pipeline settings.
    pub settings: &'static str,
    /// Option: convert to Simplified.
    pub opt_simplify: &'static str,
    /// Button: stop the running analyses.
    pub cancel: &'static str,
    /// Label of a cancelled document.
    pub cancelled: &'static str,
    /// Tab: people, places, organisations.
    pub tab_entities: &'static str,
    /// Tab: figures.
    pub tab_figures: &'static str,
    /// Tab: quotes.
    pub tab_quotes: &'static str,
    /// Tab: outline.
    pub tab_outline: &'static str,
    /// Tab: reader.
    pub tab_reader: &'static str,
    /// Shown when a panel is empty.
    pub nothing_found: &'static str,
    /// Column: kind.
    pub col_kind: &'static str,
    /// Column: name.
    pub col_name: &'static str,
    /// Column: title.
    pub col_title: &'static str,
    /// Column: count.
    pub col_count: &'static str,
    /// Column: figure.
    pub col_figure: &'static str,
    /// Column: value.
    pub col_value: &'static str,
    /// Column: unit.
    pub col_unit: &'static str,
    /// Column: indicator.
    pub col_indicator: &'static str,
    /// Column: change.
    pub col_change: &'static str,
    /// Column: period.
    pub col_period: &'static str,
    /// Column: text.
    pub col_text: &'static str,
    /// After the number of highlights.
    pub occurrences: &'static str,
    /// Button: next occurrence.
    pub next_occurrence: &'static str,
    /// Under a long table: "{n} of {m} rows shown".
    pub rows_shown: &'static str,
    /// Button: show more rows of a long table.
    pub rows_more: &'static str,
    /// Button: show every row of a long table.
    pub rows_all: &'static str,
    /// Entity kind.
    pub kind_person: &'static str,
    /// Entity kind.
    pub kind_place: &'static str,
    /// Entity kind.
    pub kind_org: &'static str,
    /// Quote kind.
    pub kind_quote: &'static str,
    /// Quote kind.
    pub kind_book: &'static str,
    /// Quote kind.
    pub kind_numbered: &'static str,
    /// Button: export the table as CSV.
    pub export_csv: &'static str,
    /// Button: export the report as JSON.
    pub export_json: &'static str,
    /// Notice: the worker was restarted.
    pub worker_restarted: &'static str,
    /// Heading of the corpus views.
    pub corpus_views: &'static str,
    /// Tab: frequency table.
    pub tab_frequency: &'static str,
    /// Tab: word cloud.
    pub tab_cloud: &'static str,
    /// Tab: concordance.
    pub tab_kwic: &'static str,
    /// Label: filter.
    pub filter: &'static str,
    /// Toggle: hide stopwords.
    pub hide_stopwords: &'static str,
    /// After the number of distinct terms.
    pub distinct_terms: &'static str,
    /// Column: term.
    pub col_term: &'static str,
    /// Column: per 10,000 words.
    pub col_per_10k: &'static str,
    /// Column: documents.
    pub col_docs: &'static str,
    /// Button: export SVG.
    pub export_svg: &'static str,
    /// Hint under the cloud.
    pub cloud_hint: &'static str,
    /// Label: search term.
    pub search_term: &'static str,
    /// Toggle: regular expression.
    pub regex: &'static str,
    /// Label: context width.
    pub context: &'static str,
    /// Label: sort.
    pub sort_by: &'static str,
    /// Sort option.
    pub sort_position: &'static str,
    /// Sort option.
    pub sort_left: &'static str,
    /// Sort option.
    pub sort_right: &'static str,
    /// After the number of documents.
    pub documents_with_hits: &'static str,
    /// Shown while a view is computed.
    pub computing: &'static str,
    /// Toggle: show the original text in the reader.
    pub show_original_text: &'static str,
    /// Tab: entities and quotes across documents.
    pub tab_across: &'static str,
    /// Strings of the compare, network, trends and export views.
    pub views: &'static ViewStrings,
    /// Why an entity was found (issue 15).
    pub evidence: &'static EvidenceStrings,
    /// Rule name.
    pub rule_boilerplate: &'static str,
    /// Rule name.
    pub rule_pinyin: &'static str,
    /// Rule name.
    pub rule_blank_lines: &'static str,
    /// Rule name.
    pub rule_width: &'static str,
    /// Rule name.
    pub rule_variant: &'static str,
    /// Script name.
    pub script_simplified: &'static str,
    /// Script name.
    pub script_traditional: &'static str,
    /// Script name.
    pub script_mixed: &'static str,
}

/// The part-of-speech groups the segmented view colours, as CSS class
/// suffixes; [`pos_group`] maps a jieba tag to one.
pub const POS_GROUPS: [&str; 10] = ["n", "v", "a", "d", "nr", "ns", "nt", "nz", "m", "x"];

/// The group of a jieba part-of-speech tag (index into [`POS_GROUPS`]).
pub fn pos_group(tag: &str) -> usize {
    match tag {
        t if t.starts_with("nr") => 4,
        t if t.starts_with("ns") => 5,
        t if t.starts_with("nt") => 6,
        t if t.starts_with("nz") => 7,
        t if t.starts_with('n') => 0,
        t if t.starts_with('v') => 1,
        t if t.starts_with('a') => 2,
        t if t.starts_with('d') => 3,
        t if t.starts_with('m') || t.starts_with('q') => 8,
        _ => 9,
    }
}

/// 中文
pub const ZH: Strings = Strings {
    tagline: "离线中文文本分析 · 文本不离开本机",
    switch_lang: "English",
    lexicon_panel: "分词与词典",
    tab_segmented: "分词视图",
    tab_newwords: "新词发现",
    tab_userdict: "用户词典",
    tab_stopwords: "停用词",
    seg_document: "文档",
    seg_mode: "模式",
    mode_precise: "精确模式",
    mode_full: "全模式",
    mode_search: "搜索引擎模式",
    opt_hmm: "HMM 识别未登录词",
    opt_lexicon: "政策词表",
    find_word: "查找",
    page: "第 {n} / {m} 页",
    page_prev: "上一页",
    page_next: "下一页",
    not_found: "语料中没有找到",
    found_in: "见于",
    no_analysed_doc: "先分析一篇文档",
    pos_legend: "词性",
    discover: "发现新词",
    nw_min_count: "最少出现",
    nw_max_len: "最长字数",
    nw_top: "候选数",
    col_word: "词语",
    col_freq: "次数",
    col_left_entropy: "左邻熵",
    col_right_entropy: "右邻熵",
    col_score: "得分",
    col_examples: "例句",
    add_to_dict: "加入词典",
    added: "已加入",
    show_in_text: "查看分词",
    candidates: "个候选词",
    chars_in: "字，用时",
    newwords_help: "在全部已分析文档中按频次、互信息（PMI）与左右邻字熵给候选词打分；词典已有的词不列出。",
    ud_word: "词语",
    ud_freq: "词频（可不填）",
    ud_tag: "词性（可不填）",
    ud_add: "添加",
    ud_delete: "从词典删除",
    ud_added: "添加的词",
    ud_deleted: "删除的词",
    ud_remove: "移除",
    ud_restore: "恢复",
    ud_import: "导入词典",
    ud_export: "导出词典",
    ud_empty: "还没有自定义的词",
    ud_applying: "正在重建词典并重新分析……",
    ud_applied: "词典已更新，用时",
    ud_failed: "词典更新失败",
    ud_import_failed: "导入失败",
    ud_help: "与 jieba 相同：每行「词语 词频 词性」，以 - 开头表示删除。删除内置词后它不再被切出；改动保存在本机浏览器中。",
    sw_added: "额外的停用词（每行一个）",
    sw_removed: "不算停用词的词（每行一个）",
    sw_apply: "应用",
    sw_download: "下载完整停用词表",
    sw_help: "停用词只影响关键词与词频、词云视图，从不改动文本。默认表：stopwords-iso 中文表（MIT）、内置虚词表、标点与数字。",
    sw_default_count: "个默认停用词",
    pos_names: ["名词", "动词", "形容词", "副词", "人名", "地名", "机构名", "其他专名", "数量词", "其他"],
    input_label: "文本",
    input_placeholder: "在此粘贴政府工作报告、会议新闻或讲话稿……",
    analyze: "分析",
    shortcut_hint: "Ctrl+Enter 开始分析",
    loading_dict: "正在加载词典……",
    ready: "词典已就绪",
    load_failed: "词典加载失败",
    analysing: "正在分析",
    queued: "词典加载完成后开始分析……",
    empty_text: "请先粘贴文本",
    results: "分析结果",
    tokens: "词数",
    chars: "字符数",
    keywords: "关键词",
    no_keywords: "没有找到关键词",
    elapsed: "用时",
    script: "字体",
    privacy: "所有分析都在浏览器中完成，文本不会上传。",
    documents: "文档",
    add_files: "添加文件",
    add_folder: "添加文件夹",
    drop_hint: "可拖入 .txt .md .html .docx 文件",
    clear_all: "全部清除",
    delete: "删除",
    rename: "文档名",
    encoding: "编码",
    auto_detect: "自动识别",
    no_docs: "还没有文档。粘贴文本后点“分析”，或添加文件。",
    refused: "已拒绝",
    queued_doc: "排队中",
    tab_keywords: "关键词",
    tab_cleaning: "清理",
    removed_counts: "清理记录",
    nothing_removed: "未清理任何内容",
    show_original: "原文（删除部分划线）",
    download_original: "下载原文",
    download_clean: "下载清理后文本",
    settings: "处理选项",
    opt_simplify: "繁体转简体",
    cancel: "取消",
    cancelled: "已取消，点“分析”可重新开始",
    tab_entities: "人物·地点·机构",
    tab_figures: "数字",
    tab_quotes: "引语·提法",
    tab_outline: "提纲",
    tab_reader: "阅读",
    nothing_found: "没有找到",
    col_kind: "类别",
    col_name: "名称",
    col_title: "职务",
    col_count: "次数",
    col_figure: "数字",
    col_value: "数值",
    col_unit: "单位",
    col_indicator: "指标",
    col_change: "变化",
    col_period: "时期",
    col_text: "内容",
    occurrences: "处",
    next_occurrence: "下一处",
    rows_shown: "显示 {n} / {m} 行",
    rows_more: "再显示 200 行",
    rows_all: "全部显示",
    kind_person: "人物",
    kind_place: "地点",
    kind_org: "机构",
    kind_quote: "引语",
    kind_book: "书名",
    kind_numbered: "数字提法",
    export_csv: "导出 CSV（Excel）",
    export_json: "导出 JSON",
    worker_restarted: "分析进程停止响应，已自动重启",
    corpus_views: "语料视图",
    tab_frequency: "词频",
    tab_cloud: "词云",
    tab_kwic: "索引（KWIC）",
    filter: "筛选",
    hide_stopwords: "去除停用词",
    distinct_terms: "个不同的词",
    col_term: "词语",
    col_per_10k: "每万词",
    col_docs: "文档数",
    export_svg: "导出 SVG",
    cloud_hint: "点击词语查看索引",
    search_term: "检索词",
    regex: "正则表达式",
    context: "上下文字数",
    sort_by: "排序",
    sort_position: "按位置",
    sort_left: "按左侧",
    sort_right: "按右侧",
    documents_with_hits: "篇文档",
    computing: "计算中……",
    show_original_text: "显示原文",
    tab_across: "人物·机构·提法（各文档）",
    views: &VIEWS_ZH,
    evidence: &EVIDENCE_ZH,
    rule_boilerplate: "网页杂项",
    rule_pinyin: "拼音注音",
    rule_blank_lines: "空行",
    rule_width: "全角字符",
    rule_variant: "异体字",
    script_simplified: "简体",
    script_traditional: "繁体",
    script_mixed: "简繁混合",
};

/// English
pub const EN: Strings = Strings {
    tagline: "Offline Chinese text analysis · your text never leaves this device",
    switch_lang: "中文",
    lexicon_panel: "Segmentation & dictionary",
    tab_segmented: "Segmented text",
    tab_newwords: "New words",
    tab_userdict: "User dictionary",
    tab_stopwords: "Stopwords",
    seg_document: "Document",
    seg_mode: "Mode",
    mode_precise: "Precise",
    mode_full: "Full",
    mode_search: "Search engine",
    opt_hmm: "HMM for unknown words",
    opt_lexicon: "Policy lexicon",
    find_word: "Find",
    page: "Page {n} of {m}",
    page_prev: "Previous",
    page_next: "Next",
    not_found: "Not found in the corpus",
    found_in: "Found in",
    no_analysed_doc: "Analyse a document first",
    pos_legend: "Part of speech",
    discover: "Find new words",
    nw_min_count: "Min. count",
    nw_max_len: "Max. length",
    nw_top: "Candidates",
    col_word: "Word",
    col_freq: "Count",
    col_left_entropy: "Left entropy",
    col_right_entropy: "Right entropy",
    col_score: "Score",
    col_examples: "Examples",
    add_to_dict: "Add",
    added: "Added",
    show_in_text: "Show",
    candidates: "candidates",
    chars_in: "chars in",
    newwords_help: "Candidates over all analysed documents, scored by frequency, pointwise mutual information and left/right neighbour entropy; words the dictionary knows are left out.",
    ud_word: "Word",
    ud_freq: "Frequency (optional)",
    ud_tag: "Tag (optional)",
    ud_add: "Add",
    ud_delete: "Delete from dictionary",
    ud_added: "Added words",
    ud_deleted: "Deleted words",
    ud_remove: "Remove",
    ud_restore: "Restore",
    ud_import: "Import",
    ud_export: "Export",
    ud_empty: "No custom words yet",
    ud_applying: "Rebuilding the dictionary and re-analysing…",
    ud_applied: "Dictionary updated in",
    ud_failed: "Dictionary update failed",
    ud_import_failed: "Import failed",
    ud_help: "jieba's format: one “word freq tag” per line; a leading - deletes the word. A deleted built-in word is no longer produced. Kept in this browser.",
    sw_added: "Extra stopwords (one per line)",
    sw_removed: "Not stopwords after all (one per line)",
    sw_apply: "Apply",
    sw_download: "Download the full list",
    sw_help: "Stopwords only affect keywords and the frequency and cloud views; the text is never changed. Default: the stopwords-iso Chinese list (MIT), a built-in function-word list, punctuation and numbers.",
    sw_default_count: "default stopwords",
    pos_names: ["noun", "verb", "adjective", "adverb", "person", "place", "organisation", "other proper noun", "number / measure", "other"],
    input_label: "Text",
    input_placeholder: "Paste a work report, meeting news or a speech here…",
    analyze: "Analyze",
    shortcut_hint: "Ctrl+Enter to analyze",
    loading_dict: "Loading dictionary…",
    ready: "Dictionary ready",
    load_failed: "Dictionary failed to load",
    analysing: "Analysing",
    queued: "Analysis starts when the dictionary is ready…",
    empty_text: "Paste some text first",
    results: "Results",
    tokens: "Words",
    chars: "Characters",
    keywords: "Keywords",
    no_keywords: "No keywords found",
    elapsed: "Time",
    script: "Script",
    privacy: "Everything runs in your browser; nothing is uploaded.",
    documents: "Documents",
    add_files: "Add files",
    add_folder: "Add folder",
    drop_hint: "Drop .txt .md .html .docx files here",
    clear_all: "Clear all",
    delete: "Delete",
    rename: "Document name",
    encoding: "Encoding",
    auto_detect: "Detect",
    no_docs: "No documents yet. Paste text and press Analyze, or add files.",
    refused: "Refused",
    queued_doc: "Queued",
    tab_keywords: "Keywords",
    tab_cleaning: "Cleaning",
    removed_counts: "What cleaning removed",
    nothing_removed: "Nothing was removed",
    show_original: "Original with removals struck through",
    download_original: "Download original",
    download_clean: "Download clean text",
    settings: "Processing",
    opt_simplify: "Traditional → Simplified",
    cancel: "Cancel",
    cancelled: "Cancelled; press Analyze to run it again",
    tab_entities: "People · places · orgs",
    tab_figures: "Figures",
    tab_quotes: "Quotes · slogans",
    tab_outline: "Outline",
    tab_reader: "Reader",
    nothing_found: "Nothing found",
    col_kind: "Kind",
    col_name: "Name",
    col_title: "Title",
    col_count: "Count",
    col_figure: "Figure",
    col_value: "Value",
    col_unit: "Unit",
    col_indicator: "Indicator",
    col_change: "Change",
    col_period: "Period",
    col_text: "Text",
    occurrences: "occurrences",
    next_occurrence: "Next",
    rows_shown: "{n} of {m} rows shown",
    rows_more: "Show 200 more",
    rows_all: "Show all",
    kind_person: "Person",
    kind_place: "Place",
    kind_org: "Organisation",
    kind_quote: "Quote",
    kind_book: "Title",
    kind_numbered: "Numbered formula",
    export_csv: "Export CSV (Excel)",
    export_json: "Export JSON",
    worker_restarted: "The analysis worker stopped responding and was restarted",
    corpus_views: "Corpus views",
    tab_frequency: "Frequency",
    tab_cloud: "Word cloud",
    tab_kwic: "Concordance",
    filter: "Filter",
    hide_stopwords: "Hide stopwords",
    distinct_terms: "distinct terms",
    col_term: "Term",
    col_per_10k: "Per 10k",
    col_docs: "Docs",
    export_svg: "Export SVG",
    cloud_hint: "Click a word for its concordance",
    search_term: "Search",
    regex: "Regular expression",
    context: "Context",
    sort_by: "Sort",
    sort_position: "By position",
    sort_left: "By left context",
    sort_right: "By right context",
    documents_with_hits: "documents",
    computing: "Computing…",
    show_original_text: "Show the original",
    tab_across: "Across documents",
    views: &VIEWS_EN,
    evidence: &EVIDENCE_EN,
    rule_boilerplate: "Boilerplate",
    rule_pinyin: "Pinyin",
    rule_blank_lines: "Blank lines",
    rule_width: "Full-width",
    rule_variant: "Variants",
    script_simplified: "Simplified",
    script_traditional: "Traditional",
    script_mixed: "Mixed",
};

impl Strings {
    /// The display name of a cleaning rule's `kind`.
    pub fn rule(&self, kind: &str) -> &'static str {
        match kind {
            "boilerplate" => self.rule_boilerplate,
            "pinyin" => self.rule_pinyin,
            "blank_lines" => self.rule_blank_lines,
            "width" => self.rule_width,
            "variant" => self.rule_variant,
            _ => "?",
        }
    }

    /// The display name of an entity kind.
    pub fn entity_kind(&self, kind: crate::core::report::EntityKind) -> &'static str {
        use crate::core::report::EntityKind;
        match kind {
            EntityKind::Person => self.kind_person,
            EntityKind::Place => self.kind_place,
            EntityKind::Org => self.kind_org,
        }
    }

    /// The display name of a quote kind (`quote`, `book_title`, `numbered`).
    pub fn quote_kind(&self, kind: &str) -> &'static str {
        match kind {
            "book_title" => self.kind_book,
            "numbered" => self.kind_numbered,
            _ => self.kind_quote,
        }
    }

    /// The display name of a script (`simplified`, `traditional`, `mixed`).
    pub fn script_name(&self, script: &str) -> &'static str {
        match script {
            "traditional" => self.script_traditional,
            "mixed" => self.script_mixed,
            _ => self.script_simplified,
        }
    }
}

/// Strings of the compare, network, trends and export views (part of [`Strings`]).
#[derive(Debug, PartialEq, Eq)]
pub struct ViewStrings {
    /// Tab: compare documents.
    pub tab_compare: &'static str,
    /// Tab: co-occurrence network.
    pub tab_network: &'static str,
    /// Tab: trends across documents.
    pub tab_trends: &'static str,
    /// Button: every report, table and chart as one zip.
    pub export_all: &'static str,
    /// Shown when an export failed (followed by the reason).
    pub export_failed: &'static str,
    /// Button: export PNG.
    pub export_png: &'static str,
    /// Label: which documents a table covers.
    pub scope: &'static str,
    /// Scope option: all documents.
    pub whole_corpus: &'static str,
    /// Label and column: part of speech.
    pub pos: &'static str,
    /// POS option: every part of speech.
    pub pos_all: &'static str,
    /// POS option.
    pub pos_noun: &'static str,
    /// POS option.
    pub pos_verb: &'static str,
    /// POS option.
    pub pos_vn: &'static str,
    /// POS option.
    pub pos_adj: &'static str,
    /// POS option.
    pub pos_adv: &'static str,
    /// POS option.
    pub pos_num: &'static str,
    /// POS option.
    pub pos_person: &'static str,
    /// POS option.
    pub pos_place: &'static str,
    /// POS option.
    pub pos_org: &'static str,
    /// Tooltip of the POS column.
    pub pos_hint: &'static str,
    /// Column: TF-IDF.
    pub col_tfidf: &'static str,
    /// Button: previous page.
    pub page_prev: &'static str,
    /// Button: next page.
    pub page_next: &'static str,
    /// Between the shown rows and the total.
    pub rows_of: &'static str,
    /// Label: document A.
    pub doc_a: &'static str,
    /// Label: what A is compared with.
    pub against: &'static str,
    /// Option: every other document.
    pub rest_of_corpus: &'static str,
    /// Label: minimum count.
    pub min_count: &'static str,
    /// Column: where the term is relatively more frequent.
    pub more_in: &'static str,
    /// Column: log ratio.
    pub col_log_ratio: &'static str,
    /// Explains G² and the log ratio.
    pub compare_hint: &'static str,
    /// Shown when the corpus has one document.
    pub need_two_docs: &'static str,
    /// Shown when no term passes the thresholds.
    pub no_distinctive: &'static str,
    /// Label: association measure.
    pub measure: &'static str,
    /// Label: minimum co-occurring sentences.
    pub min_cooccur: &'static str,
    /// Label: minimum association value.
    pub min_assoc: &'static str,
    /// Label: maximum number of nodes.
    pub max_nodes: &'static str,
    /// Button: zoom in.
    pub zoom_in: &'static str,
    /// Button: zoom out.
    pub zoom_out: &'static str,
    /// Button: reset zoom and pan.
    pub reset_view: &'static str,
    /// How to move the network.
    pub network_hint: &'static str,
    /// Shown when no pair passes the thresholds.
    pub network_empty: &'static str,
    /// After the number of nodes.
    pub nodes: &'static str,
    /// After the number of edges.
    pub edges: &'static str,
    /// After the number of sentences.
    pub sentences: &'static str,
    /// Label: terms of the trend chart.
    pub terms: &'static str,
    /// Label: which number to plot.
    pub show: &'static str,
    /// Option: rate per 10k words.
    pub count_per_10k: &'static str,
    /// Option: raw count.
    pub raw_count: &'static str,
    /// How documents are ordered.
    pub trends_hint: &'static str,
    /// Label of a document without a date.
    pub no_date: &'static str,
    /// Accessible name of a chart.
    pub chart: &'static str,
    /// Tooltip of a concordance line.
    pub open_in_reader: &'static str,
    /// Label: how the cloud is coloured.
    pub colour: &'static str,
    /// Colour option.
    pub colour_rank: &'static str,
    /// Colour option.
    pub colour_pos: &'static str,
    /// Colour option.
    pub colour_doc: &'static str,
    /// Legend: names of people, places and organisations.
    pub pos_names: &'static str,
    /// Legend: other parts of speech.
    pub pos_other: &'static str,
}

/// 中文 views.
pub const VIEWS_ZH: ViewStrings = ViewStrings {
    tab_compare: "比较",
    tab_network: "共现网络",
    tab_trends: "趋势",
    export_all: "导出全部（zip）",
    export_failed: "导出失败",
    export_png: "导出 PNG",
    scope: "范围",
    whole_corpus: "全部文档",
    pos: "词性",
    pos_all: "全部词性",
    pos_noun: "名词 n",
    pos_verb: "动词 v",
    pos_vn: "名动词 vn",
    pos_adj: "形容词 a",
    pos_adv: "副词 d",
    pos_num: "数词 m",
    pos_person: "人名 nr",
    pos_place: "地名 ns",
    pos_org: "机构名 nt",
    pos_hint: "词典词性（不看上下文）",
    col_tfidf: "TF-IDF",
    page_prev: "上一页",
    page_next: "下一页",
    rows_of: "行，共",
    doc_a: "文档 A",
    against: "对比",
    rest_of_corpus: "其余全部文档",
    min_count: "最低频次",
    more_in: "更多见于",
    col_log_ratio: "对数比",
    compare_hint:
        "G² ≥ 3.84 即 p < 0.05；对数比（效应量）每增加 1，相对频率翻一倍。条形为每万词频次。",
    need_two_docs: "比较至少需要两篇文档",
    no_distinctive: "没有达到阈值的词",
    measure: "关联度量",
    min_cooccur: "最少共现句数",
    min_assoc: "最低关联值",
    max_nodes: "最多节点",
    zoom_in: "放大",
    zoom_out: "缩小",
    reset_view: "复位",
    network_hint: "滚轮缩放，拖动平移；聚焦图后方向键平移、+/− 缩放；点击词语查看索引",
    network_empty: "没有满足条件的词对，请放宽阈值",
    nodes: "个节点",
    edges: "条边",
    sentences: "句",
    terms: "词语（逗号或空格分隔，回车应用）",
    show: "显示",
    count_per_10k: "每万词频次",
    raw_count: "次数",
    trends_hint: "按文件名或首行中的日期排序；没有日期的文档保持原位置",
    no_date: "无日期",
    chart: "图表",
    open_in_reader: "在阅读器中打开此处",
    colour: "颜色",
    colour_rank: "按排名",
    colour_pos: "按词性",
    colour_doc: "按文档（该词最常见的文档）",
    pos_names: "人名·地名·机构名",
    pos_other: "其他",
};

/// English views.
pub const VIEWS_EN: ViewStrings = ViewStrings {
    tab_compare: "Compare",
    tab_network: "Co-occurrence",
    tab_trends: "Trends",
    export_all: "Export everything (zip)",
    export_failed: "Export failed",
    export_png: "Export PNG",
    scope: "Scope",
    whole_corpus: "Whole corpus",
    pos: "POS",
    pos_all: "All",
    pos_noun: "Nouns n",
    pos_verb: "Verbs v",
    pos_vn: "Verbal nouns vn",
    pos_adj: "Adjectives a",
    pos_adv: "Adverbs d",
    pos_num: "Numerals m",
    pos_person: "Person names nr",
    pos_place: "Place names ns",
    pos_org: "Organisations nt",
    pos_hint: "Dictionary part of speech (out of context)",
    col_tfidf: "TF-IDF",
    page_prev: "Previous",
    page_next: "Next",
    rows_of: "rows of",
    doc_a: "Document A",
    against: "Against",
    rest_of_corpus: "The rest of the corpus",
    min_count: "Min. count",
    more_in: "More in",
    col_log_ratio: "Log ratio",
    compare_hint: "G² ≥ 3.84 means p < 0.05; each unit of log ratio (the effect size) doubles the relative frequency. Bars show occurrences per 10k words.",
    need_two_docs: "Comparing needs at least two documents",
    no_distinctive: "No term passes the thresholds",
    measure: "Measure",
    min_cooccur: "Min. shared sentences",
    min_assoc: "Min. association",
    max_nodes: "Max. nodes",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    reset_view: "Reset",
    network_hint: "Wheel zooms, drag pans; with the chart focused, arrow keys pan and +/− zoom; click a word for its concordance",
    network_empty: "No pair passes the thresholds; relax them",
    nodes: "nodes",
    edges: "edges",
    sentences: "sentences",
    terms: "Terms (comma or space separated, Enter applies)",
    show: "Show",
    count_per_10k: "Per 10k words",
    raw_count: "Count",
    trends_hint: "Ordered by the date in the name or first line; undated documents keep their place",
    no_date: "no date",
    chart: "Chart",
    open_in_reader: "Open this place in the reader",
    colour: "Colour",
    colour_rank: "By rank",
    colour_pos: "By part of speech",
    colour_doc: "By document (where the word is most frequent)",
    pos_names: "Names (people, places, organisations)",
    pos_other: "Other",
};

// --- issue 15: why an entity was found -------------------------------------

/// The reasons an entity was found, one phrase each (part of [`Strings`]).
#[derive(Debug, PartialEq, Eq)]
pub struct EvidenceStrings {
    /// Label before the reason.
    pub label: &'static str,
    /// `rule`: a rule of an older version.
    pub rule: &'static str,
    /// `title`: an official title or form of address next to the name.
    pub title: &'static str,
    /// `context`: a surname and a reporting verb or title after it.
    pub context: &'static str,
    /// `list`: a list with a name already found.
    pub list: &'static str,
    /// `dictionary`: the dictionary tags the word a name.
    pub dictionary: &'static str,
    /// `foreign_name`: a transliterated foreign name.
    pub foreign_name: &'static str,
    /// `gazetteer`: a listed place.
    pub gazetteer: &'static str,
    /// `suffix`: a name and a suffix.
    pub suffix: &'static str,
    /// `abbreviation`: a short form the context makes a place.
    pub abbreviation: &'static str,
    /// `generic`: a generic reference to bodies.
    pub generic: &'static str,
    /// `surname`: a common surname starting an unknown word.
    pub surname: &'static str,
}

impl EvidenceStrings {
    /// The phrase for one reason.
    pub fn of(&self, e: crate::core::report::Evidence) -> &'static str {
        use crate::core::report::Evidence as E;
        match e {
            E::Rule => self.rule,
            E::Title => self.title,
            E::Context => self.context,
            E::List => self.list,
            E::Dictionary => self.dictionary,
            E::ForeignName => self.foreign_name,
            E::Gazetteer => self.gazetteer,
            E::Suffix => self.suffix,
            E::Abbreviation => self.abbreviation,
            E::Generic => self.generic,
            E::Surname => self.surname,
        }
    }
}

/// 中文 evidence strings.
pub const EVIDENCE_ZH: EvidenceStrings = EvidenceStrings {
    label: "依据",
    rule: "规则",
    title: "姓名旁的职务或称谓",
    context: "姓氏与其后的“说、指出、同志”等",
    list: "与已识别的名字并列",
    dictionary: "词典标注为专名",
    foreign_name: "外国人名音译",
    gazetteer: "地名表(行政区划、国家、城市、山川)",
    suffix: "名称加后缀(大学、委员会、开发区等)",
    abbreviation: "上下文中的简称(中美关系、访华)",
    generic: "泛指的机构",
    surname: "常见姓氏开头的未登录词",
};

/// English evidence strings.
pub const EVIDENCE_EN: EvidenceStrings = EvidenceStrings {
    label: "Found by",
    rule: "a rule",
    title: "a title or form of address next to the name",
    context: "a surname and a reporting verb or title after it",
    list: "a list with a name already found",
    dictionary: "the dictionary tags it a proper name",
    foreign_name: "a transliterated foreign name",
    gazetteer: "the place list (divisions, countries, cities, rivers, mountains)",
    suffix: "a name and a suffix (university, committee, zone …)",
    abbreviation: "a short form in context (中美关系, 访华)",
    generic: "a generic reference to bodies",
    surname: "a common surname starting a word the dictionary lacks",
};
