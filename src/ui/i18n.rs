//! Every string the UI shows, once per language.
//!
//! The UI follows the browser language by default (Chinese for any `zh*`,
//! English otherwise) and remembers the user's choice.

use crate::core::clean::Rule;
use crate::core::convert::Script;
use crate::core::report::QuoteKind;
use crate::protocol::{Fault, FaultKind};

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
#[derive(Debug)]
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
    /// Strings of the Changes view (issue 17).
    pub diff: &'static DiffStrings,
    /// Strings of the corpus-toolkit views (issue 18).
    pub toolkit: &'static ToolkitStrings,
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
    /// Rule name: stray control characters.
    pub rule_control: &'static str,
    // --- issue 16: PDF and OFD ---
    /// Rule name: running headers, footers and page numbers.
    pub rule_page_furniture: &'static str,
    /// A page number in the reader: `第 N 页` / `page N` (N follows).
    pub page_label: &'static str,
    /// After a page count in the document list: `页` / `pages`.
    pub pages_suffix: &'static str,
    /// Script name.
    pub script_simplified: &'static str,
    /// Script name.
    pub script_traditional: &'static str,
    /// Script name.
    pub script_mixed: &'static str,
}

/// The part-of-speech groups the segmented view colours, as CSS class
/// suffixes, in [`crate::core::pos::PosGroup::ALL`] order; [`pos_group`]
/// maps a jieba tag to one.
pub const POS_GROUPS: [&str; 10] = ["n", "v", "a", "d", "nr", "ns", "nt", "nz", "m", "x"];

/// The group of a jieba part-of-speech tag (index into [`POS_GROUPS`]): the
/// one grouping of [`crate::core::pos`].
pub fn pos_group(tag: &str) -> usize {
    crate::core::pos::PosGroup::of(tag).index()
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
    drop_hint: "可拖入 .txt .md .html .docx .pdf .ofd 文件",
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
    diff: &DIFF_ZH,
    toolkit: &TOOLKIT_ZH,
    evidence: &EVIDENCE_ZH,
    rule_boilerplate: "网页杂项",
    rule_pinyin: "拼音注音",
    rule_blank_lines: "空行",
    rule_width: "全角字符",
    rule_variant: "异体字",
    rule_control: "控制字符",
    rule_page_furniture: "页眉页脚页码",
    page_label: "第 {} 页",
    pages_suffix: "页",
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
    drop_hint: "Drop .txt .md .html .docx .pdf .ofd files here",
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
    diff: &DIFF_EN,
    toolkit: &TOOLKIT_EN,
    evidence: &EVIDENCE_EN,
    rule_boilerplate: "Boilerplate",
    rule_pinyin: "Pinyin",
    rule_blank_lines: "Blank lines",
    rule_width: "Full-width",
    rule_variant: "Variants",
    rule_control: "Control characters",
    rule_page_furniture: "Headers, footers, page numbers",
    page_label: "page {}",
    pages_suffix: "pages",
    script_simplified: "Simplified",
    script_traditional: "Traditional",
    script_mixed: "Mixed",
};

impl Strings {
    /// The display name of a cleaning rule.
    pub fn rule(&self, rule: Rule) -> &'static str {
        match rule {
            Rule::Boilerplate => self.rule_boilerplate,
            Rule::Pinyin => self.rule_pinyin,
            Rule::BlankLines => self.rule_blank_lines,
            Rule::Width => self.rule_width,
            Rule::Variant => self.rule_variant,
            Rule::Control => self.rule_control,
            Rule::PageFurniture => self.rule_page_furniture,
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

    /// The display name of a quote kind.
    pub fn quote_kind(&self, kind: QuoteKind) -> &'static str {
        match kind {
            QuoteKind::BookTitle => self.kind_book,
            QuoteKind::Numbered => self.kind_numbered,
            QuoteKind::Quote => self.kind_quote,
        }
    }

    /// The display name of a script (`simplified`, `traditional`, `mixed`).
    pub fn script_name(&self, script: Script) -> &'static str {
        match script {
            Script::Traditional => self.script_traditional,
            Script::Mixed => self.script_mixed,
            Script::Simplified => self.script_simplified,
        }
    }
}

/// Strings of the compare, network, trends and export views (part of [`Strings`]).
#[derive(Debug)]
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
    // cancellation (issue 20)
    /// Button: stop computing the view.
    pub cancel_view: &'static str,
    /// Shown once a view was cancelled.
    pub view_cancelled: &'static str,
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
    // cancellation (issue 20)
    cancel_view: "取消",
    view_cancelled: "已取消：显示的是上一次的结果",
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
    // cancellation (issue 20)
    cancel_view: "Cancel",
    view_cancelled: "Cancelled: the answer shown is the previous one",
};

// --- Changes view (issue 17) ---

/// Strings of the Changes view (part of [`Strings`]).
#[derive(Debug)]
pub struct DiffStrings {
    /// The panel's tab and heading.
    pub title: &'static str,
    /// What the view needs when fewer than two documents are analysed.
    pub need_two: &'static str,
    /// Label: the old version.
    pub old: &'static str,
    /// Label: the new version.
    pub new: &'static str,
    /// Button: swap old and new.
    pub swap: &'static str,
    /// Layout: side by side.
    pub side_by_side: &'static str,
    /// Layout: inline.
    pub inline: &'static str,
    /// Toggle: hide unchanged sentences.
    pub only_changes: &'static str,
    /// Button: previous change.
    pub previous: &'static str,
    /// Button: next change.
    pub next: &'static str,
    /// Keyboard hint.
    pub keys_hint: &'static str,
    /// Count label.
    pub added: &'static str,
    /// Count label.
    pub removed: &'static str,
    /// Count label.
    pub changed: &'static str,
    /// Count label.
    pub moved: &'static str,
    /// Count label.
    pub unchanged: &'static str,
    /// Badge of a numbering-only change.
    pub minor: &'static str,
    /// Marks a sentence moved away.
    pub moved_from: &'static str,
    /// Marks a sentence moved here.
    pub moved_to: &'static str,
    /// Sub-view: sentences.
    pub sentences: &'static str,
    /// Sub-view: new and dropped terms.
    pub terms: &'static str,
    /// Sub-view: targets.
    pub targets: &'static str,
    /// Table heading.
    pub new_terms: &'static str,
    /// Table heading.
    pub dropped_terms: &'static str,
    /// Column.
    pub term: &'static str,
    /// Column.
    pub count: &'static str,
    /// Column.
    pub indicator: &'static str,
    /// Column.
    pub change: &'static str,
    /// Target change names: same, up, down, reworded, new, dropped.
    pub target_changes: [&'static str; 6],
    /// Shown when a list is empty.
    pub none: &'static str,
    /// Notice: identical texts.
    pub identical: &'static str,
    /// Notice: compared by paragraph.
    pub paragraph_level: &'static str,
    /// Notice: some pairs without word-level comparison.
    pub words_limited: &'static str,
    /// Notice: old version empty.
    pub old_empty: &'static str,
    /// Notice: new version empty.
    pub new_empty: &'static str,
    /// Notice: unrelated texts.
    pub unrelated: &'static str,
    /// Export button.
    pub export_html: &'static str,
    /// Shown when a document is no longer analysed.
    pub missing: &'static str,
    /// Time taken label.
    pub took: &'static str,
}

/// 中文
pub const DIFF_ZH: DiffStrings = DiffStrings {
    title: "对比",
    need_two: "对比需要至少两篇已分析的文档：请再添加一个版本（例如去年的报告）。",
    old: "旧版本",
    new: "新版本",
    swap: "互换",
    side_by_side: "并排",
    inline: "合并",
    only_changes: "只看改动",
    previous: "上一处",
    next: "下一处",
    keys_hint: "在此区域内按 n / p（或 j / k）跳到下一处 / 上一处改动",
    added: "新增",
    removed: "删除",
    changed: "改写",
    moved: "移动",
    unchanged: "未变",
    minor: "仅编号",
    moved_from: "移出",
    moved_to: "移入",
    sentences: "句子",
    terms: "提法",
    targets: "目标",
    new_terms: "新提法",
    dropped_terms: "不再出现",
    term: "词语",
    count: "次数",
    indicator: "指标",
    change: "变化",
    target_changes: ["不变", "上调", "下调", "措辞变化", "新增", "删除"],
    none: "无",
    identical: "两篇文本相同，没有改动。",
    paragraph_level: "文本过长，已按段落对比。",
    words_limited: "部分改动过长，未逐词对比。",
    old_empty: "旧版本没有文字。",
    new_empty: "新版本没有文字。",
    unrelated: "两篇文本几乎没有相同的句子，可能不是同一文件的两个版本。",
    export_html: "打印版报告 HTML",
    missing: "所选文档尚未分析完成。",
    took: "用时",
};

/// English
pub const DIFF_EN: DiffStrings = DiffStrings {
    title: "Changes",
    need_two: "Changes needs at least two analysed documents: add another version (last year's report, say).",
    old: "Old version",
    new: "New version",
    swap: "Swap",
    side_by_side: "Side by side",
    inline: "Inline",
    only_changes: "Only changes",
    previous: "Previous",
    next: "Next",
    keys_hint: "With this area focused, n / p (or j / k) jump to the next / previous change",
    added: "Added",
    removed: "Removed",
    changed: "Changed",
    moved: "Moved",
    unchanged: "Unchanged",
    minor: "numbering only",
    moved_from: "moved from here",
    moved_to: "moved here",
    sentences: "Sentences",
    terms: "Terms",
    targets: "Targets",
    new_terms: "New terms",
    dropped_terms: "Dropped terms",
    term: "Term",
    count: "Count",
    indicator: "Indicator",
    change: "Change",
    target_changes: ["same", "up", "down", "reworded", "new", "dropped"],
    none: "none",
    identical: "The texts are identical: no changes.",
    paragraph_level: "The texts are long: compared paragraph by paragraph.",
    words_limited: "Some changes were too long for a word-level comparison.",
    old_empty: "The old version has no text.",
    new_empty: "The new version has no text.",
    unrelated: "The texts share almost no sentences: they may not be versions of one document.",
    export_html: "Printable report HTML",
    missing: "A chosen document is not analysed yet.",
    took: "took",
};

// corpus toolkit (issue 18)

/// Strings of the corpus-toolkit views and the summary tab (part of [`Strings`]).
#[derive(Debug)]
pub struct ToolkitStrings {
    /// Tab: collocates.
    pub tab_collocates: &'static str,
    /// Tab: n-gram clusters.
    pub tab_ngrams: &'static str,
    /// Tab: dispersion plot.
    pub tab_dispersion: &'static str,
    /// Tab: document statistics.
    pub tab_stats: &'static str,
    /// Tab of the results: key sentences.
    pub tab_summary: &'static str,
    /// What a token search counts.
    pub kwic_counted_token: &'static str,
    /// What a string search counts.
    pub kwic_counted_string: &'static str,
    /// What a regex search counts.
    pub kwic_counted_regex: &'static str,
    /// Legend of the concordance's match modes.
    pub kwic_match: &'static str,
    /// Mode: whole words.
    pub kwic_token: &'static str,
    /// Hint on word mode.
    pub kwic_token_hint: &'static str,
    /// Mode: any substring.
    pub kwic_string: &'static str,
    /// Hint on string mode.
    pub kwic_string_hint: &'static str,
    /// Suffix of the word-position sort options.
    pub sort_word_at: &'static str,
    /// Why word and string counts differ.
    pub kwic_explain: &'static str,
    /// Label: the node word.
    pub node_word: &'static str,
    /// Label: window size.
    pub window: &'static str,
    /// How collocates are counted and measured.
    pub coll_explain: &'static str,
    /// Asks for a word.
    pub enter_word: &'static str,
    /// After the number of window slots.
    pub window_slots: &'static str,
    /// No row passes the thresholds.
    pub none_pass: &'static str,
    /// Tooltip of the count column.
    pub col_count_hint: &'static str,
    /// Column: left count.
    pub col_left: &'static str,
    /// Column: right count.
    pub col_right: &'static str,
    /// Column: corpus frequency.
    pub col_freq: &'static str,
    /// Tooltip of the frequency column.
    pub col_freq_hint: &'static str,
    /// Tooltip of MI.
    pub mi_hint: &'static str,
    /// Tooltip of t-score.
    pub t_hint: &'static str,
    /// Tooltip of logDice.
    pub log_dice_hint: &'static str,
    /// Tooltip of G².
    pub g2_hint: &'static str,
    /// Tooltip of a collocate.
    pub open_meeting: &'static str,
    /// Label: n.
    pub ngram_n: &'static str,
    /// Label: containing a word.
    pub containing: &'static str,
    /// Switch: stopwords at the edges out.
    pub stopword_edges: &'static str,
    /// How n-grams are counted.
    pub ngram_explain: &'static str,
    /// After the number of n-gram positions.
    pub ngram_positions: &'static str,
    /// After the number of distinct n-grams.
    pub distinct_ngrams: &'static str,
    /// Column: n-gram.
    pub col_ngram: &'static str,
    /// Tooltip of the range column.
    pub range_hint: &'static str,
    /// Column: range.
    pub col_range: &'static str,
    /// Tooltip: open in the concordance.
    pub open_concordance: &'static str,
    /// What the dispersion plot shows.
    pub disp_explain: &'static str,
    /// Label: corpus-wide D.
    pub corpus_d: &'static str,
    /// Column: document.
    pub col_document: &'static str,
    /// Column: the plot.
    pub plot_hint: &'static str,
    /// Tooltip of D.
    pub d_hint: &'static str,
    /// Column: Han share.
    pub col_han: &'static str,
    /// Column: words.
    pub col_words: &'static str,
    /// Column: types.
    pub col_types: &'static str,
    /// Column: sentences.
    pub col_sentences: &'static str,
    /// Column: mean sentence length.
    pub col_mean_len: &'static str,
    /// Column: lexical density.
    pub col_density: &'static str,
    /// Column: four-character words.
    pub col_four: &'static str,
    /// Unit: sentences.
    pub sentences_unit: &'static str,
    /// After a share: of the text.
    pub of_text: &'static str,
    /// After the number of candidate sentences.
    pub candidates: &'static str,
    /// How key sentences are chosen.
    pub summary_explain: &'static str,
    /// No sentence could be chosen.
    pub no_sentences: &'static str,
    /// Tooltip of the score.
    pub score_hint: &'static str,
    /// Label: summary length.
    pub summary_length: &'static str,
    /// What each statistic counts, one line each.
    pub stats_explain: &'static [&'static str],
}

/// The toolkit strings in Chinese.
pub const TOOLKIT_ZH: ToolkitStrings = ToolkitStrings {
    tab_collocates: "搭配词",
    tab_ngrams: "N 元词串",
    tab_dispersion: "分布图",
    tab_stats: "文档统计",
    tab_summary: "摘要",
    kwic_counted_token: "按词计数",
    kwic_counted_string: "按字符串计数",
    kwic_counted_regex: "按正则计数",
    kwic_match: "匹配方式",
    kwic_token: "按词",
    kwic_token_hint: "只匹配完整的词（与词频表一致）",
    kwic_string: "按字符串",
    kwic_string_hint: "词内部、跨词的出现也算",
    sort_word_at: "位置的词",
    kwic_explain: "按词检索只计分词后完整的词，次数与词频表一致；按字符串检索也计词内部或跨两个词的出现（如“各项│目标”中的“项目”），所以次数通常更多。1L/1R 为关键词左/右第一个词（不计标点）。",
    node_word: "检索词",
    window: "窗口（左·右词数）",
    coll_explain: "在检索词左右窗口内出现的词（按词计，不计标点，不跨文档）。N 为语料总词数，E = 窗口词位数 × 该词频次 ÷ N。MI = log₂(O/E)，偏好低频搭配；t = (O−E)/√O，偏好高频搭配；logDice = 14 + log₂(2O/(f节点+f搭配))，与语料规模无关，最大 14；G² 为对数似然，≥ 3.84 即 p < 0.05。点击词语查看二者同现的索引行。",
    enter_word: "请输入检索词",
    window_slots: "个窗口词位",
    none_pass: "没有符合阈值的结果，请放宽条件",
    col_count_hint: "在窗口内出现的次数 O",
    col_left: "左",
    col_right: "右",
    col_freq: "总频次",
    col_freq_hint: "该词在整个语料中的频次",
    mi_hint: "互信息 log₂(O/E)",
    t_hint: "t 值 (O−E)/√O",
    log_dice_hint: "logDice = 14 + log₂(2O/(f节点+f搭配))",
    g2_hint: "对数似然 G²（≥ 3.84：p < 0.05）",
    open_meeting: "在索引中查看二者同现的句段",
    ngram_n: "词数 N",
    containing: "包含词语",
    stopword_edges: "去掉首尾为停用词的词串",
    ngram_explain: "连续 N 个词（按分词结果，不跨标点和换行）。“文档数”为出现该词串的文档数（range）。",
    ngram_positions: "个词串位置",
    distinct_ngrams: "种不同词串",
    col_ngram: "词串",
    range_hint: "出现该词串的文档数",
    col_range: "文档数",
    open_concordance: "在索引中查看",
    disp_explain: "每行一篇文档，竖线为检索词（按完整的词）出现的位置，从文首到文末；点击竖线在阅读器中打开。Juilland's D 衡量分布的均匀程度：0 为全部集中在一处，1 为完全均匀；文档内将全文等分为 10 段计算，语料整体以各文档为段（按相对频率）。",
    corpus_d: "语料整体",
    col_document: "文档",
    plot_hint: "文首 → 文末",
    d_hint: "Juilland's D（10 段）",
    col_han: "汉字占比",
    col_words: "词数",
    col_types: "词型数",
    col_sentences: "句数",
    col_mean_len: "平均句长（词）",
    col_density: "实词比例",
    col_four: "四字词比例",
    sentences_unit: "句",
    of_text: "篇幅",
    candidates: "句候选",
    summary_explain: "TextRank：按句子间关键词（TF-IDF 加权）相似度排序，去掉重复，按原文顺序列出；标题与网页杂项不入选。点击句子在阅读器中查看。",
    no_sentences: "没有可选的句子",
    score_hint: "TextRank 得分（最高为 1）",
    summary_length: "长度",
    stats_explain: &[
        "字符：不计空白的全部字符；汉字占比：汉字 ÷ 字符。",
        "词数：分词后含字母、数字或汉字的词（标点不算词）；词型数：不同的词。",
        "句数：以 。！？；和换行结尾且含词的句子；平均句长 = 词数 ÷ 句数。",
        "TTR = 词型数 ÷ 词数，随篇幅增长而下降；MATTR 为每 100 个连续词的 TTR 的平均值（窗口 100，短于窗口时即 TTR），可比较长短不同的文本。",
        "实词比例：词典词性为名词、动词、形容词及人名地名机构名的词所占比例。",
        "四字词比例：恰为四个汉字的词（成语、四字格，如 实事求是、改革开放）所占比例。",
    ],
};

/// The toolkit strings in English.
pub const TOOLKIT_EN: ToolkitStrings = ToolkitStrings {
    tab_collocates: "Collocates",
    tab_ngrams: "N-grams",
    tab_dispersion: "Dispersion",
    tab_stats: "Statistics",
    tab_summary: "Summary",
    kwic_counted_token: "counting whole words",
    kwic_counted_string: "counting strings",
    kwic_counted_regex: "counting regex matches",
    kwic_match: "Match",
    kwic_token: "Word",
    kwic_token_hint: "Whole word tokens only (counts as the frequency table does)",
    kwic_string: "String",
    kwic_string_hint: "Inside words and across two words too",
    sort_word_at: "word at position",
    kwic_explain: "A word search counts whole tokens only and matches the frequency table; a string search also counts occurrences inside a word or across two words (项目 in 各项│目标), so it usually counts more. 1L/1R sort by the first word left/right of the keyword (punctuation skipped).",
    node_word: "Word",
    window: "Window (words left · right)",
    coll_explain: "Words within the window left and right of the node (counted in words, punctuation skipped, never across documents). N is the corpus size in words, E = window slots × the word's frequency ÷ N. MI = log₂(O/E) favours rare pairs; t = (O−E)/√O favours frequent ones; logDice = 14 + log₂(2O/(f_node + f_coll)) does not depend on corpus size (at most 14); G² is log-likelihood, ≥ 3.84 means p < 0.05. Click a word for the concordance lines where both meet.",
    enter_word: "Enter a word",
    window_slots: "window slots",
    none_pass: "Nothing passes the thresholds; relax them",
    col_count_hint: "Times in the node's windows (O)",
    col_left: "Left",
    col_right: "Right",
    col_freq: "Freq.",
    col_freq_hint: "The word's frequency in the whole corpus",
    mi_hint: "Mutual information, log₂(O/E)",
    t_hint: "t-score, (O−E)/√O",
    log_dice_hint: "logDice = 14 + log₂(2O/(f_node + f_coll))",
    g2_hint: "Log-likelihood G² (≥ 3.84: p < 0.05)",
    open_meeting: "Concordance of the lines where both meet",
    ngram_n: "Words (n)",
    containing: "Containing",
    stopword_edges: "Drop n-grams starting or ending with a stopword",
    ngram_explain: "Runs of n words (as segmented; never across punctuation or line breaks). Documents is the range: how many documents use the n-gram.",
    ngram_positions: "n-gram positions",
    distinct_ngrams: "distinct",
    col_ngram: "N-gram",
    range_hint: "Documents containing the n-gram",
    col_range: "Documents",
    open_concordance: "Open in the concordance",
    disp_explain: "One row per document; each tick is an occurrence of the word (whole tokens), from the start of the text to its end; click a tick to open the reader there. Juilland's D measures how evenly the word is spread: 0 all in one place, 1 perfectly even; within a document over 10 equal parts, over the corpus with the documents as parts (relative frequencies).",
    corpus_d: "corpus",
    col_document: "Document",
    plot_hint: "start → end",
    d_hint: "Juilland's D (10 parts)",
    col_han: "Han share",
    col_words: "Words",
    col_types: "Types",
    col_sentences: "Sentences",
    col_mean_len: "Mean sentence (words)",
    col_density: "Lexical density",
    col_four: "Four-character words",
    sentences_unit: "sentences",
    of_text: "of the text",
    candidates: "candidate sentences",
    summary_explain: "TextRank over the similarity of sentences' keywords (TF-IDF weighted), near-duplicates skipped, listed in text order; headings and web boilerplate are never chosen. Click a sentence to see it in the reader.",
    no_sentences: "No sentence could be chosen",
    score_hint: "TextRank score (best = 1)",
    summary_length: "Length",
    stats_explain: &[
        "Characters: all but whitespace; Han share: Han characters ÷ characters.",
        "Words: tokens with a letter, digit or Han character (punctuation is not a word); types: distinct words.",
        "Sentences: runs ending at 。！？； or a line break that hold a word; mean sentence = words ÷ sentences.",
        "TTR = types ÷ words, which falls as a text grows; MATTR is the mean TTR of every 100 consecutive words (window 100; a shorter text gets its TTR), so texts of different length compare.",
        "Lexical density: the share of words whose dictionary part of speech is a noun, verb, adjective or a name of a person, place or organisation.",
        "Four-character words: the share of words of exactly four Han characters (idioms and set phrases such as 实事求是, 改革开放).",
    ],
};
// --- issue 21: the workbench (layout, feedback, explanations, keyboard) ---

/// Strings of the workbench shell: the new-document panel, the status
/// line's events, undo, panel toggles, skip links and explanations.
#[derive(Debug)]
pub struct WorkbenchStrings {
    /// Heading of the new-document panel.
    pub new_doc: &'static str,
    /// What the new-document panel does.
    pub new_doc_hint: &'static str,
    /// Button: add the text as a document.
    pub add_doc: &'static str,
    /// Button: add the bundled example.
    pub example: &'static str,
    /// Status: a batch analysed ({n} documents, {ms} ms).
    pub analysed: &'static str,
    /// Status: re-analysed after an option changed.
    pub options_changed: &'static str,
    /// Status: re-analysed after the stopwords changed.
    pub stopwords_applied: &'static str,
    /// Status: re-analysed after the user dictionary changed.
    pub dict_updated: &'static str,
    /// Status: documents deleted ({n}).
    pub removed: &'static str,
    /// Status: documents restored ({n}).
    pub restored: &'static str,
    /// Button: undo a deletion.
    pub undo: &'static str,
    /// Button: dismiss a message.
    pub dismiss: &'static str,
    /// Button: fold a panel ({panel}).
    pub collapse: &'static str,
    /// Button: unfold a panel ({panel}).
    pub expand: &'static str,
    /// Skip link to the text box.
    pub skip_to_text: &'static str,
    /// Skip link to the results.
    pub skip_to_results: &'static str,
    /// Label of a document card's actions menu.
    pub doc_actions: &'static str,
    /// Hint on a document card: how to reach its actions by keyboard.
    pub doc_keys: &'static str,
    /// A count of words in running text: `{n} 词` / `{n} words`.
    pub n_words: &'static str,
    /// Frequency: rows listed once stopwords are hidden ({n}).
    pub freq_listed: &'static str,
    /// Compare: terms shown of terms compared ({shown}, {all}).
    pub compare_shown: &'static str,
    /// Reader: nothing chosen yet.
    pub reader_nothing: &'static str,
    /// What each cleaning rule does, in the order of [`Rule::ALL`].
    pub rule_help: [(Rule, &'static str); 7],
    /// What converting to Simplified does.
    pub simplify_help: &'static str,
    /// Marker on a generic reference listed among organisations.
    pub generic_org: &'static str,
    /// Explains the generic marker.
    pub generic_org_help: &'static str,
    /// Heading of the panel of the selected document's results when nothing is selected.
    pub no_selection: &'static str,
    /// After a character count in running text (2585 characters).
    pub chars_unit: &'static str,
}

/// 中文 (issue 21)
pub const WORKBENCH_ZH: WorkbenchStrings = WorkbenchStrings {
    new_doc: "新建文档",
    new_doc_hint: "粘贴或输入一篇文本，添加为语料中的新文档；添加后文本框清空。",
    add_doc: "添加并分析",
    example: "试用示例",
    analysed: "已分析 {n} 篇 · {ms} ms",
    options_changed: "选项已更改 · 已重新分析 {n} 篇 · {ms} ms",
    stopwords_applied: "停用词已应用 · 已重新分析 {n} 篇 · {ms} ms",
    dict_updated: "词典已更新 · 已重新分析 {n} 篇 · {ms} ms",
    removed: "已删除 {n} 篇",
    restored: "已恢复 {n} 篇",
    undo: "撤销",
    dismiss: "关闭",
    collapse: "收起{panel}",
    expand: "展开{panel}",
    skip_to_text: "跳到文本框",
    skip_to_results: "跳到分析结果",
    doc_actions: "文档操作",
    doc_keys: "回车打开 · ↑↓ 换文档 · → 重命名 · ← 删除 · Esc 返回",
    n_words: "{n} 词",
    freq_listed: "去除停用词后列出 {n} 个",
    compare_shown: "显示 {shown} / 共 {all} 个比较过的词",
    reader_nothing: "在实体、数字、引语或提纲中选一项，阅读器会标出它的每一处",
    rule_help: [
        (Rule::Control, "去掉不可见的控制字符和格式字符"),
        (
            Rule::PageFurniture,
            "去掉 PDF/OFD 每页重复的页眉、页脚和页码",
        ),
        (
            Rule::Boilerplate,
            "去掉网页导航、版权、分享按钮等与正文无关的行",
        ),
        (Rule::Pinyin, "去掉汉字后括号里的拼音注音"),
        (Rule::BlankLines, "把连续空行合并为一行"),
        (Rule::Width, "全角字母、数字和空格改为半角"),
        (Rule::Variant, "异体字改为通用规范字"),
    ],
    simplify_help: "繁体字转为简体字后再分析",
    generic_org: "泛指",
    generic_org_help: "泛指的称呼（如“各有关部门”），不是具体机构",
    no_selection: "选一篇文档查看结果",
    chars_unit: "字",
};

/// English (issue 21)
pub const WORKBENCH_EN: WorkbenchStrings = WorkbenchStrings {
    new_doc: "New document",
    new_doc_hint: "Paste or type a text to add it to the corpus as a new document; the box empties once it is added.",
    add_doc: "Add and analyse",
    example: "Try an example",
    analysed: "Analysed {n} documents · {ms} ms",
    options_changed: "Option changed · re-analysed {n} documents · {ms} ms",
    stopwords_applied: "Stopwords applied · re-analysed {n} documents · {ms} ms",
    dict_updated: "Dictionary updated · re-analysed {n} documents · {ms} ms",
    removed: "Deleted {n} documents",
    restored: "Restored {n} documents",
    undo: "Undo",
    dismiss: "Dismiss",
    collapse: "Collapse {panel}",
    expand: "Expand {panel}",
    skip_to_text: "Skip to the text box",
    skip_to_results: "Skip to the results",
    doc_actions: "Document actions",
    doc_keys: "Enter opens · ↑↓ other documents · → rename · ← delete · Esc back",
    n_words: "{n} words",
    freq_listed: "{n} listed with stopwords hidden",
    compare_shown: "showing {shown} of {all} terms compared",
    reader_nothing: "Choose an entity, figure, quote or outline item: the reader marks each place it occurs",
    rule_help: [
        (Rule::Control, "Drops invisible control and format characters"),
        (Rule::PageFurniture, "Drops the headers, footers and page numbers repeated on every PDF/OFD page"),
        (Rule::Boilerplate, "Drops web navigation, copyright and share lines that are not the text"),
        (Rule::Pinyin, "Drops pinyin annotations in brackets after characters"),
        (Rule::BlankLines, "Folds runs of blank lines into one"),
        (Rule::Width, "Full-width letters, digits and spaces become half-width"),
        (Rule::Variant, "Variant characters become their standard forms"),
    ],
    simplify_help: "Converts Traditional characters to Simplified before analysis",
    generic_org: "generic",
    generic_org_help: "A generic reference (such as 各有关部门), not a named organisation",
    no_selection: "Choose a document to see its results",
    chars_unit: "characters",
};

impl Strings {
    /// The workbench strings of the same language (issue 21).
    pub fn wb(&self) -> &'static WorkbenchStrings {
        if self.tagline == ZH.tagline {
            &WORKBENCH_ZH
        } else {
            &WORKBENCH_EN
        }
    }

    /// Whether these are the Chinese strings.
    pub fn is_zh(&self) -> bool {
        self.tagline == ZH.tagline
    }

    /// A jieba part-of-speech tag in words (名词, verb …); unknown tags are
    /// shown as they are.
    pub fn pos_name(&self, tag: &str) -> &'static str {
        let zh = self.is_zh();
        POS_NAMES
            .iter()
            .find(|(t, _, _)| *t == tag)
            .map(|&(_, z, e)| if zh { z } else { e })
            .unwrap_or_else(|| self.pos_names[pos_group(tag)])
    }
}

impl WorkbenchStrings {
    /// What a cleaning rule does.
    pub fn rule_help(&self, rule: Rule) -> &'static str {
        self.rule_help
            .iter()
            .find(|(r, _)| *r == rule)
            .map_or("", |(_, h)| h)
    }

    /// A batch's status message (English says "1 document", not "1 documents").
    pub fn batch(&self, template: &'static str, n: usize, ms: f64) -> String {
        let template = if n == 1 {
            template.replace("{n} documents", "{n} document")
        } else {
            template.to_string()
        };
        template
            .replace("{n}", &n.to_string())
            .replace("{ms}", &crate::ui::num::fixed(ms, 0))
    }
}

/// jieba's tags (the ICTCLAS set) in words, as (tag, 中文, English).
pub const POS_NAMES: &[(&str, &str, &str)] = &[
    ("n", "名词", "noun"),
    ("nr", "人名", "person name"),
    ("nrt", "音译人名", "transliterated name"),
    ("nrfg", "人名", "person name"),
    ("ns", "地名", "place name"),
    ("nt", "机构名", "organisation"),
    ("nz", "其他专名", "other proper noun"),
    ("ng", "名语素", "noun morpheme"),
    ("v", "动词", "verb"),
    ("vn", "名动词", "verbal noun"),
    ("vd", "副动词", "adverbial verb"),
    ("vg", "动语素", "verb morpheme"),
    ("vi", "不及物动词", "intransitive verb"),
    ("vq", "动词", "verb"),
    ("a", "形容词", "adjective"),
    ("ad", "副形词", "adverbial adjective"),
    ("an", "名形词", "adjectival noun"),
    ("ag", "形语素", "adjective morpheme"),
    ("b", "区别词", "distinguishing word"),
    ("z", "状态词", "descriptive word"),
    ("d", "副词", "adverb"),
    ("dg", "副语素", "adverb morpheme"),
    ("m", "数词", "numeral"),
    ("mq", "数量词", "numeral-measure"),
    ("q", "量词", "measure word"),
    ("r", "代词", "pronoun"),
    ("rr", "人称代词", "personal pronoun"),
    ("rz", "指示代词", "demonstrative"),
    ("p", "介词", "preposition"),
    ("c", "连词", "conjunction"),
    ("u", "助词", "particle"),
    ("uj", "助词", "particle"),
    ("ul", "助词", "particle"),
    ("uz", "助词", "particle"),
    ("ud", "助词", "particle"),
    ("ug", "助词", "particle"),
    ("uv", "助词", "particle"),
    ("y", "语气词", "modal particle"),
    ("e", "叹词", "interjection"),
    ("o", "拟声词", "onomatopoeia"),
    ("f", "方位词", "locative"),
    ("s", "处所词", "place word"),
    ("t", "时间词", "time word"),
    ("tg", "时语素", "time morpheme"),
    ("l", "习用语", "set phrase"),
    ("i", "成语", "idiom"),
    ("j", "简称", "abbreviation"),
    ("k", "后接成分", "suffix"),
    ("h", "前接成分", "prefix"),
    ("g", "语素", "morpheme"),
    ("x", "非语素字", "non-word"),
    ("w", "标点", "punctuation"),
    ("eng", "英文", "English"),
    ("df", "副词", "adverb"),
    ("zg", "状态词", "descriptive word"),
];
// --- issue 15: why an entity was found -------------------------------------

/// The reasons an entity was found, one phrase each (part of [`Strings`]).
#[derive(Debug)]
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
    /// `dateline`: the place of a news dateline.
    pub dateline: &'static str,
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
            E::Dateline => self.dateline,
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
    dateline: "新闻电头中的地名(本报巴黎6月18日电)",
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
    dateline: "the place of a news dateline (本报巴黎6月18日电)",
};

// First paint (issue 21 / budget 250 KB): the string tables compare by
// identity. There are two constant instances of each (zh, en), so identity is
// equality; a derived field-by-field `PartialEq` cost 12 KB of page wasm
// (Yew compares props holding `&'static Strings` on every render).
macro_rules! identity_eq {
    ($($t:ty),*) => {$(
        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                std::ptr::eq(self, other)
            }
        }
        impl Eq for $t {}
    )*};
}
identity_eq!(
    Strings,
    ViewStrings,
    DiffStrings,
    ToolkitStrings,
    WorkbenchStrings,
    EvidenceStrings
);

// --- issue 20 (point 5): faults, in one language ---

/// Why something was refused ([`Fault`]), in one language: one template per
/// [`FaultKind`] (in its order) whose `{0}`, `{1}` … are the fault's values,
/// what a binary file looks like (in the order of
/// [`BinaryKind::ALL`](crate::core::error::BinaryKind::ALL)), and what is
/// wrong with a user-dictionary line (in the order of
/// [`LineProblem`](crate::core::userdict::LineProblem)'s variants, `{0}` the
/// value at fault), then the line itself (`{0}` number, `{1}` problem, `{2}` text).
pub struct FaultStrings {
    /// One template per [`FaultKind`].
    pub kinds: [&'static str; 29],
    /// What a binary file looks like.
    pub binary: [&'static str; 12],
    /// What is wrong with a user-dictionary line.
    pub line_problems: [&'static str; 4],
    /// A bad user-dictionary line.
    pub line: &'static str,
}

// the templates follow `FaultKind`'s order: a kind added at its end needs a
// template in both languages
const _: () = assert!(FaultKind::StorageUnavailable as usize + 1 == FAULTS_ZH.kinds.len());

/// [`FaultStrings`] in Chinese.
pub const FAULTS_ZH: FaultStrings = FaultStrings {
    kinds: [
        "不是文本文件（看起来是{0}），已拒绝",
        "无法识别文本编码（最后尝试 {0}），请手动选择编码",
        "{0} 文件已损坏或不是 {0}：{1}",
        "{0} 文件已损坏，无法读取（{1}）",
        "{0} 文件不完整（在页面结束前被截断），请重新下载",
        "{0} 没有文字层（共 {1} 页，可能是扫描件），请先做文字识别（OCR）",
        "PDF 的字体没有字符映射（共 {0} 页），无法得到文字，请用原软件另存或先做 OCR",
        "PDF 已加密，需要密码才能打开，请先解除密码",
        "PDF 的加密方式（{0}）暂不支持，请先解除加密",
        "{0} 阅读器尚未加载，请重新添加文件",
        "词典数据 {0} 已损坏：{1}，请刷新页面重新下载",
        "请输入检索词",
        "正则表达式过长（{0} 字符，上限 {1}）",
        "正则表达式无效，请检查括号与转义：{0}",
        "",
        "下载 {0} 失败：{1}",
        "下载 {0} 失败：HTTP {1}",
        "下载 {0} 失败：{1}（数据已损坏）",
        "导出时文档有变化，请重新导出",
        "该文档尚未分析或已删除",
        "内部错误：不支持的请求",
        "内部错误：嵌套导出",
        "内部错误：此视图不能导出",
        "导出失败：{0}",
        "文件过大（{0} MB，上限 {1} MB），未读取，请拆分后再添加",
        "分析进程停止响应，已自动重启；请重新分析此文档",
        "不是 UTF-8 文本",
        "浏览器存储已满，文档只保存在内存中（{0}）",
        "无法使用浏览器存储，文档只保存在内存中（{0}）",
    ],
    binary: [
        "PNG 图片",
        "JPEG 图片",
        "GIF 图片",
        "PDF",
        "ZIP 压缩包",
        "程序",
        "gzip 压缩包",
        "RAR 压缩包",
        "7z 压缩包",
        "Office 97 文档",
        "WebAssembly",
        "二进制数据",
    ],
    line_problems: [
        "删除行只能写一个词",
        "多余的字段，格式为“词 词频 词性”",
        "词频“{0}”不是非负整数",
        "词性“{0}”应为英文字母（如 n、nz、ns）",
    ],
    line: "第 {0} 行：{1} — `{2}`",
};

/// [`FaultStrings`] in English.
pub const FAULTS_EN: FaultStrings = FaultStrings {
    kinds: [
        "not a text file (looks like {0}); refused",
        "cannot decode the text (last tried {0}); choose the encoding by hand",
        "the {0} file is damaged or not a {0} file: {1}",
        "the {0} file is damaged and cannot be read ({1})",
        "the {0} file is truncated (it ends before its pages do); download it again",
        "{0}: no text layer, {1} pages: run OCR first",
        "the PDF's fonts map no characters ({0} pages); save it again from its source or run OCR first",
        "the PDF is encrypted and needs a password to open; remove the password first",
        "the PDF's encryption ({0}) is not supported; remove it first",
        "the {0} reader has not loaded; add the file again",
        "dictionary data {0} is damaged: {1}; reload to fetch it again",
        "Enter a search term",
        "Pattern too long ({0} chars, at most {1})",
        "Invalid regular expression: {0}",
        "",
        "could not download {0}: {1}",
        "could not download {0}: HTTP {1}",
        "could not download {0}: {1} (damaged data)",
        "the documents changed during the export: export again",
        "the document is not analysed (any more)",
        "internal error: unsupported query",
        "internal error: nested export",
        "internal error: this view has no export",
        "export failed: {0}",
        "too large ({0} MB, the limit is {1} MB); not read — split it first",
        "the analysis worker stopped responding and was restarted; analyse this document again",
        "not UTF-8 text",
        "browser storage is full; documents are kept in memory only ({0})",
        "browser storage is unavailable; documents are kept in memory only ({0})",
    ],
    binary: [
        "PNG image",
        "JPEG image",
        "GIF image",
        "PDF",
        "ZIP archive",
        "executable",
        "gzip archive",
        "RAR archive",
        "7z archive",
        "legacy Office file",
        "WebAssembly",
        "binary data",
    ],
    line_problems: [
        "a delete line holds one word only",
        "too many fields; the format is `word freq tag`",
        "frequency `{0}` is not a whole number",
        "tag `{0}` must be letters (n, nz, ns …)",
    ],
    line: "line {0}: {1} — `{2}`",
};

/// `template` with `{0}`, `{1}` … replaced by `args` (a missing one by nothing).
fn fill<S: AsRef<str>>(template: &str, args: &[S]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut parts = template.split('{');
    out.push_str(parts.next().unwrap_or_default());
    for part in parts {
        let arg = part
            .as_bytes()
            .first()
            .filter(|_| part.get(1..2) == Some("}"));
        match arg.map(|b| b.wrapping_sub(b'0') as usize) {
            Some(i) if i < 10 => {
                out.push_str(args.get(i).map_or("", AsRef::as_ref));
                out.push_str(&part[2..]);
            }
            _ => {
                out.push('{');
                out.push_str(part);
            }
        }
    }
    out
}

impl Strings {
    /// `label` and `message` joined as this language writes it: `标签：消息`
    /// (a full-width colon) or `Label: message`.
    pub fn labelled(&self, label: &str, message: &str) -> String {
        let colon = if self.is_zh() { "：" } else { ": " };
        format!("{label}{colon}{message}")
    }

    /// Why something was refused, in this language.
    pub fn fault(&self, fault: &Fault) -> String {
        let t = if self.is_zh() { &FAULTS_ZH } else { &FAULTS_EN };
        let index = |a: &String| a.parse::<usize>().unwrap_or(usize::MAX);
        match fault.kind {
            FaultKind::Binary => {
                let kind = fault.args.first().map_or(usize::MAX, index);
                let looks_like = t.binary.get(kind).or(t.binary.last());
                fill(
                    t.kinds[FaultKind::Binary as usize],
                    &[looks_like.copied().unwrap_or_default()],
                )
            }
            FaultKind::UserDict => fault
                .args
                .chunks(4)
                .map(|l| {
                    // (a short last group reads as empty values, never a panic)
                    let arg = |i: usize| l.get(i).map_or("", String::as_str);
                    let problem = l.get(1).map_or(usize::MAX, index);
                    let problem = t.line_problems.get(problem).copied().unwrap_or_default();
                    let problem = fill(problem, &[arg(2)]);
                    fill(t.line, &[arg(0), &problem, arg(3)])
                })
                .collect::<Vec<_>>()
                .join("\n"),
            kind => fill(t.kinds[kind as usize], &fault.args),
        }
    }
}
