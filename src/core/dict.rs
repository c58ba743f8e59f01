//! The segmentation dictionary and the IDF table, loaded from data assets.
//!
//! The data is jieba's own `dict.txt` (word, frequency, POS tag) and `idf.txt`
//! (word, inverse document frequency), MIT-licensed. Their text form is kept
//! under `assets/jieba/` as the source; what ships is one compact file,
//! `assets/dict/wenxi.dict.gz` (see [`WordTable`] for the format), generated
//! from it by `tests/dict_asset.rs`. The browser worker fetches it; the CLI
//! embeds the same bytes. Both build the dictionary with the same function,
//! so native and wasm segment identically.
//!
//! Two optional layers go on top of the base dictionary: the policy lexicon
//! (`assets/lexicon/policy.txt`, terms of official prose that jieba splits,
//! switchable per analysis) and the user's [`UserDict`]. jieba-rs cannot
//! delete a word, so the segmenter is rebuilt from the word table without the
//! deleted words whenever the user dictionary changes. Only one segmenter is
//! built up front: with the lexicon when one is loaded (the default); the
//! segmenter without it is built the first time an analysis asks for it.

use super::error::CoreError;
use super::keywords::IdfTable;
use super::userdict::UserDict;
use super::wordtable::WordTable;
use jieba_rs::Jieba;
use std::collections::{BTreeSet, HashSet};
use std::io::Read;
use std::sync::{Arc, OnceLock};

/// Name of the shipped dictionary asset (relative to `assets/`).
pub const ASSET: &str = "dict/wenxi.dict.gz";

/// Everything analysis needs from the data assets.
pub struct Dictionary {
    /// Inverse document frequencies for TF-IDF keywords.
    pub idf: IdfTable,
    /// Every word of the base dictionary and the IDF list.
    words: Arc<WordTable>,
    /// The segmenter: the base dictionary, the policy lexicon when one is
    /// loaded, and the user dictionary.
    main: Jieba,
    /// The segmenter without the policy lexicon, when one is loaded: built
    /// on first use.
    plain: OnceLock<Jieba>,
    /// The policy lexicon, once loaded.
    lexicon: Option<UserDict>,
    /// Words only the policy lexicon adds (for [`Dictionary::knows`]).
    lexicon_only: HashSet<String>,
    /// The user dictionary applied to both segmenters.
    user: UserDict,
}

impl std::fmt::Debug for Dictionary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dictionary")
            .field("words", &self.words.len())
            .field("idf_terms", &self.idf.len())
            .field(
                "policy_lexicon",
                &self.lexicon.as_ref().map(|l| l.entries.len()),
            )
            .field("user_dict", &self.user)
            .finish_non_exhaustive()
    }
}

/// Inflates a gzip asset, checking its framing.
pub fn gunzip(asset: &str, bytes: &[u8]) -> Result<String, CoreError> {
    let bad = |reason: String| CoreError::BadAsset {
        asset: asset.to_string(),
        reason,
    };
    let mut out = String::with_capacity(bytes.len() * 3);
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut out)
        .map_err(|e| bad(e.to_string()))?;
    Ok(out)
}

/// Inflates a gzip asset of binary data.
pub fn gunzip_bytes(asset: &str, bytes: &[u8]) -> Result<Vec<u8>, CoreError> {
    let mut out = Vec::with_capacity(bytes.len().saturating_mul(2));
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .map_err(|e| CoreError::BadAsset {
            asset: asset.to_string(),
            reason: e.to_string(),
        })?;
    Ok(out)
}

/// Runs decoding and the dictionary build on a small made-up table (8k
/// words), so that a browser has optimised code for them by the time the
/// real dictionary arrives: the worker calls it while the download is under
/// way. (V8 runs a wasm function unoptimised until it has run for a while;
/// on a cold start that made decoding and building the real dictionary up to
/// twice as slow.) Returns the number of tokens of a test sentence.
pub fn warm_up() -> usize {
    use std::fmt::Write;
    const CHARS: &str = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候";
    let chars: Vec<char> = CHARS.chars().collect();
    let mut dict = String::new();
    for (i, a) in chars.iter().enumerate().take(70) {
        for (j, b) in chars.iter().enumerate().take(100) {
            let _ = writeln!(dict, "{a}{b} {} n", 1 + (i * j) % 97);
            if j % 7 == 0 {
                let c = chars[(i + j) % chars.len()];
                let _ = writeln!(dict, "{a}{b}{c} 3 v");
            }
        }
    }
    let built = WordTable::from_text(&dict, "")
        .and_then(|t| WordTable::decode("warm-up", &t.encode()))
        .map(Dictionary::from_words);
    match built {
        Ok(d) => d
            .segmenter(true)
            .cut(
                "会议强调，要坚持稳中求进工作总基调，推动经济实现质的有效提升。",
                true,
            )
            .len(),
        Err(_) => 0,
    }
}

/// Adds the entries of `user` (deletions are handled by [`base`]).
fn apply(jieba: &mut Jieba, user: &UserDict) {
    for e in &user.entries {
        if !user.deleted.contains(&e.word) {
            jieba.add_word(&e.word, e.freq, e.tag.as_deref());
        }
    }
}

/// Adds the lexicon's words, never weaker than jieba's own frequency for the
/// word nor than the frequency that makes it one token on its own.
fn apply_lexicon(jieba: &mut Jieba, lexicon: &UserDict, deleted: &BTreeSet<String>) {
    for e in &lexicon.entries {
        if !deleted.contains(&e.word) {
            let freq = e.freq.unwrap_or(0).max(jieba.suggest_freq(&e.word));
            jieba.add_word(&e.word, Some(freq), e.tag.as_deref());
        }
    }
}

/// A segmenter with the words of `dict.txt`, leaving out `deleted` words.
fn base(words: &WordTable, deleted: &BTreeSet<String>) -> Jieba {
    let mut jieba = Jieba::empty();
    // the table's words are sorted and distinct (its decoder checks), so
    // jieba builds its trie in bulk instead of word by word (vendored fork,
    // vendor/jieba-rs)
    jieba.add_sorted_words(
        words
            .dict_words()
            .filter(|(word, _, _)| deleted.is_empty() || !deleted.contains(*word)),
    );
    jieba
}

impl Dictionary {
    /// Builds the dictionary from a word table.
    pub fn from_words(words: WordTable) -> Self {
        let words = Arc::new(words);
        let user = UserDict::new();
        Dictionary {
            idf: IdfTable::of(words.clone()),
            main: base(&words, &user.deleted),
            words,
            plain: OnceLock::new(),
            lexicon: None,
            lexicon_only: HashSet::new(),
            user,
        }
    }

    /// Builds the dictionary from the text of `dict.txt` and `idf.txt`.
    pub fn from_text(dict: &str, idf: &str) -> Result<Self, CoreError> {
        Ok(Self::from_words(WordTable::from_text(dict, idf)?))
    }

    /// Builds the dictionary from the gzip-compressed text of `dict.txt`
    /// and `idf.txt` (the sources under `assets/jieba/`).
    pub fn from_gzip(dict_gz: &[u8], idf_gz: &[u8]) -> Result<Self, CoreError> {
        let dict = gunzip("jieba_dict.txt.gz", dict_gz)?;
        let idf = gunzip("jieba_idf.txt.gz", idf_gz)?;
        Self::from_text(&dict, &idf)
    }

    /// Builds the dictionary from the shipped asset [`ASSET`] (the compact
    /// format, gzip-compressed).
    pub fn from_asset(bytes: &[u8]) -> Result<Self, CoreError> {
        let raw = gunzip_bytes(ASSET, bytes)?;
        Ok(Self::from_words(WordTable::decode(ASSET, &raw)?))
    }

    /// The word table the dictionary was built from.
    pub fn words(&self) -> &WordTable {
        &self.words
    }

    /// Rebuilds the segmenter from the word table, the lexicon and `user`.
    fn rebuild(&mut self, user: UserDict) {
        let mut main = base(&self.words, &user.deleted);
        if let Some(lexicon) = &self.lexicon {
            apply_lexicon(&mut main, lexicon, &user.deleted);
        }
        apply(&mut main, &user);
        self.main = main;
        self.user = user;
        self.plain = OnceLock::new();
        self.lexicon_only = self.lexicon_only_words();
    }

    /// Words the lexicon adds that neither the base dictionary (less the
    /// deleted words) nor the user dictionary has.
    fn lexicon_only_words(&self) -> HashSet<String> {
        let Some(lexicon) = &self.lexicon else {
            return HashSet::new();
        };
        let deleted = &self.user.deleted;
        let user_adds = |w: &str| self.user.entries.iter().any(|e| e.word == w);
        lexicon
            .entries
            .iter()
            .map(|e| e.word.as_str())
            .filter(|w| !deleted.contains(*w) && !self.words.in_dict(w) && !user_adds(w))
            .map(str::to_string)
            .collect()
    }

    /// Loads the policy lexicon (jieba's `word freq tag` text, see
    /// [`UserDict::parse`]); [`Dictionary::segmenter`] then offers it.
    pub fn load_policy_lexicon(&mut self, text: &str) -> Result<(), CoreError> {
        let lexicon = UserDict::parse(text).map_err(|e| CoreError::BadAsset {
            asset: "lexicon/policy.txt".to_string(),
            reason: e.to_string(),
        })?;
        if self.lexicon.is_none() && self.user.is_empty() {
            // the segmenter holds the base words only: add the lexicon on top
            apply_lexicon(&mut self.main, &lexicon, &self.user.deleted);
            self.plain = OnceLock::new();
            self.lexicon = Some(lexicon);
            self.lexicon_only = self.lexicon_only_words();
        } else {
            self.lexicon = Some(lexicon);
            let user = std::mem::take(&mut self.user);
            self.rebuild(user);
        }
        Ok(())
    }

    /// [`Dictionary::load_policy_lexicon`], builder style.
    pub fn with_policy_lexicon(mut self, text: &str) -> Result<Self, CoreError> {
        self.load_policy_lexicon(text)?;
        Ok(self)
    }

    /// Whether a policy lexicon is loaded.
    pub fn has_policy_lexicon(&self) -> bool {
        self.lexicon.is_some()
    }

    /// Replaces the user dictionary. Additions and deletions both take
    /// effect in every mode; the segmenter is rebuilt from the word table,
    /// so this takes about as long as loading the dictionary.
    pub fn set_user_dict(&mut self, user: UserDict) -> Result<(), CoreError> {
        if user != self.user {
            self.rebuild(user);
        }
        Ok(())
    }

    /// The user dictionary in effect.
    pub fn user_dict(&self) -> &UserDict {
        &self.user
    }

    /// The segmenter to use: with the policy lexicon when `policy_lexicon`
    /// is set and a lexicon is loaded, else without it. The first call
    /// without the lexicon (when one is loaded) builds that segmenter.
    pub fn segmenter(&self, policy_lexicon: bool) -> &Jieba {
        if policy_lexicon || self.lexicon.is_none() {
            return &self.main;
        }
        self.plain.get_or_init(|| {
            let mut plain = base(&self.words, &self.user.deleted);
            apply(&mut plain, &self.user);
            plain
        })
    }

    /// The part-of-speech tag `dict.txt` gives `word`, if it lists it.
    pub fn tag_of(&self, word: &str) -> Option<&str> {
        self.entry_of(word).map(|(_, tag)| tag)
    }

    /// The part of speech of a word only the policy lexicon lists, as
    /// extraction should read it: a term, never a name (the lexicon tags
    /// its titles `nr` and its kinds of zone `ns` to keep them whole, and
    /// `副市长` is no person, `新区` no place); `n` where it gives none.
    pub fn lexicon_tag(&self, word: &str) -> Option<&str> {
        if !self.lexicon_only.contains(word) {
            return None;
        }
        let entry = self
            .lexicon
            .as_ref()?
            .entries
            .iter()
            .find(|e| e.word == word)?;
        Some(match entry.tag.as_deref() {
            None | Some("nr" | "ns" | "nt" | "nz") => "n",
            Some(tag) => tag,
        })
    }

    /// The frequency and tag `dict.txt` gives `word`, if it lists it.
    pub fn entry_of(&self, word: &str) -> Option<(usize, &str)> {
        let i = self.words.find(word)?;
        self.words.entry(i).dict
    }

    /// Whether `word` is in the main dictionary as customised by the user
    /// (not counting the policy lexicon).
    pub fn knows(&self, word: &str) -> bool {
        self.main.has_word(word) && !self.lexicon_only.contains(word)
    }
}
