//! The segmentation dictionary and the IDF table, loaded from data assets.
//!
//! The data is jieba's own `dict.txt` (word, frequency, POS tag) and `idf.txt`
//! (word, inverse document frequency), MIT-licensed, shipped gzip-compressed
//! under `assets/dict/`. The browser worker fetches these files; the CLI embeds
//! the same bytes. Both build the dictionary with the same function, so native
//! and wasm segment identically.
//!
//! Two optional layers go on top of the base dictionary: the policy lexicon
//! (`assets/lexicon/policy.txt`, terms of official prose that jieba splits,
//! switchable per analysis) and the user's [`UserDict`]. jieba-rs cannot
//! delete a word, so the base text is kept and the segmenters are rebuilt
//! from it without the deleted words whenever the user dictionary changes;
//! the segmenter with the lexicon is a clone of the base one plus the
//! lexicon, so switching the lexicon needs no rebuild.

use super::error::CoreError;
use super::keywords::IdfTable;
use super::userdict::UserDict;
use jieba_rs::Jieba;
use std::io::{BufReader, Read};
use std::sync::Arc;

/// Everything analysis needs from the data assets.
pub struct Dictionary {
    /// The jieba segmenter: the main dictionary with the user dictionary
    /// applied, without the policy lexicon.
    pub jieba: Jieba,
    /// Inverse document frequencies for TF-IDF keywords.
    pub idf: IdfTable,
    /// [`Dictionary::jieba`] plus the policy lexicon, once one is loaded.
    policy: Option<Jieba>,
    /// The text of the main dictionary, to rebuild from.
    base: Arc<str>,
    /// The policy lexicon, once loaded.
    lexicon: Option<UserDict>,
    /// The user dictionary applied to both segmenters.
    user: UserDict,
}

impl std::fmt::Debug for Dictionary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dictionary")
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

/// Adds the entries of `user` (deletions are handled by the caller).
fn apply(jieba: &mut Jieba, user: &UserDict) {
    for e in &user.entries {
        if !user.deleted.contains(&e.word) {
            jieba.add_word(&e.word, e.freq, e.tag.as_deref());
        }
    }
}

/// Adds the lexicon's words, never weaker than jieba's own frequency for the
/// word nor than the frequency that makes it one token on its own.
fn apply_lexicon(
    jieba: &mut Jieba,
    lexicon: &UserDict,
    deleted: &std::collections::BTreeSet<String>,
) {
    for e in &lexicon.entries {
        if !deleted.contains(&e.word) {
            let freq = e.freq.unwrap_or(0).max(jieba.suggest_freq(&e.word));
            jieba.add_word(&e.word, Some(freq), e.tag.as_deref());
        }
    }
}

/// Loads `dict.txt` text, leaving out the lines of `deleted` words.
fn load(base: &str, user: &UserDict) -> Result<Jieba, CoreError> {
    let bad = |e: jieba_rs::Error| CoreError::BadAsset {
        asset: "dict".to_string(),
        reason: e.to_string(),
    };
    if user.deleted.is_empty() {
        return Jieba::with_dict(&mut BufReader::new(base.as_bytes())).map_err(bad);
    }
    let kept: String = base
        .split_inclusive('\n')
        .filter(|line| {
            let word = line.split_whitespace().next().unwrap_or_default();
            !user.deleted.contains(word)
        })
        .collect();
    Jieba::with_dict(&mut BufReader::new(kept.as_bytes())).map_err(bad)
}

impl Dictionary {
    /// Builds the dictionary from the text of `dict.txt` and `idf.txt`.
    pub fn from_text(dict: &str, idf: &str) -> Result<Self, CoreError> {
        let user = UserDict::new();
        let jieba = load(dict, &user)?;
        let idf = IdfTable::parse(idf)?;
        Ok(Dictionary {
            jieba,
            idf,
            policy: None,
            base: dict.into(),
            lexicon: None,
            user,
        })
    }

    /// Rebuilds both segmenters from the base text, the lexicon and `user`.
    fn rebuild(&mut self, user: UserDict) -> Result<(), CoreError> {
        let mut jieba = load(&self.base, &user)?;
        self.policy = self.lexicon.as_ref().map(|lexicon| {
            let mut policy = jieba.clone();
            apply_lexicon(&mut policy, lexicon, &user.deleted);
            apply(&mut policy, &user);
            policy
        });
        apply(&mut jieba, &user);
        self.jieba = jieba;
        self.user = user;
        Ok(())
    }

    /// Loads the policy lexicon (jieba's `word freq tag` text, see
    /// [`UserDict::parse`]); [`Dictionary::segmenter`] then offers it.
    pub fn load_policy_lexicon(&mut self, text: &str) -> Result<(), CoreError> {
        let lexicon = UserDict::parse(text).map_err(|e| CoreError::BadAsset {
            asset: "lexicon/policy.txt".to_string(),
            reason: e.to_string(),
        })?;
        let mut policy = self.jieba.clone();
        apply_lexicon(&mut policy, &lexicon, &self.user.deleted);
        apply(&mut policy, &self.user);
        self.policy = Some(policy);
        self.lexicon = Some(lexicon);
        Ok(())
    }

    /// [`Dictionary::load_policy_lexicon`], builder style.
    pub fn with_policy_lexicon(mut self, text: &str) -> Result<Self, CoreError> {
        self.load_policy_lexicon(text)?;
        Ok(self)
    }

    /// Whether a policy lexicon is loaded.
    pub fn has_policy_lexicon(&self) -> bool {
        self.policy.is_some()
    }

    /// Replaces the user dictionary. Additions and deletions both take
    /// effect in every mode; the segmenters are rebuilt from the base text,
    /// so this takes as long as loading the dictionary.
    pub fn set_user_dict(&mut self, user: UserDict) -> Result<(), CoreError> {
        if user == self.user {
            return Ok(());
        }
        self.rebuild(user)
    }

    /// The user dictionary in effect.
    pub fn user_dict(&self) -> &UserDict {
        &self.user
    }

    /// The segmenter to use: with the policy lexicon when `policy_lexicon`
    /// is set and a lexicon is loaded, else [`Dictionary::jieba`].
    pub fn segmenter(&self, policy_lexicon: bool) -> &Jieba {
        match (&self.policy, policy_lexicon) {
            (Some(policy), true) => policy,
            _ => &self.jieba,
        }
    }

    /// Whether `word` is in the main dictionary as customised by the user
    /// (not counting the policy lexicon).
    pub fn knows(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// Builds the dictionary from the gzip-compressed assets.
    pub fn from_gzip(dict_gz: &[u8], idf_gz: &[u8]) -> Result<Self, CoreError> {
        let dict = gunzip("jieba_dict.txt.gz", dict_gz)?;
        let idf = gunzip("jieba_idf.txt.gz", idf_gz)?;
        Self::from_text(&dict, &idf)
    }
}
