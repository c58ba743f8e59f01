//! Part-of-speech groups: the one definition of how jieba's tags (the
//! ICTCLAS set: `n`, `nr`, `vn`, `l` …) are grouped for colour, legends and
//! names.
//!
//! The segmented view colours ten groups; the word cloud colours five. Both
//! used to keep their own `pos_group` (issue 20), which disagreed at the
//! edges (`nz` a noun in one, its own group in the other; `q` a measure in
//! one, "other" in the other); now both derive from [`PosGroup::of`], the
//! cloud by [`PosGroup::cloud_colour`].

/// A group of part-of-speech tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PosGroup {
    /// Nouns (`n`, `ng` …), not proper nouns.
    Noun,
    /// Verbs (`v`, `vn`, `vd`, `vg` …).
    Verb,
    /// Adjectives (`a`, `ad`, `an`, `ag`).
    Adjective,
    /// Adverbs (`d`).
    Adverb,
    /// Names of people (`nr`, `nrt`, `nrfg`).
    Person,
    /// Place names (`ns`).
    Place,
    /// Organisation names (`nt`).
    Organisation,
    /// Other proper nouns (`nz`).
    OtherProper,
    /// Numbers and measure words (`m`, `mq`, `q`).
    Number,
    /// Everything else: function words, idioms, punctuation, unknown.
    Other,
}

impl PosGroup {
    /// Every group, in the order legends list them.
    pub const ALL: [PosGroup; 10] = [
        PosGroup::Noun,
        PosGroup::Verb,
        PosGroup::Adjective,
        PosGroup::Adverb,
        PosGroup::Person,
        PosGroup::Place,
        PosGroup::Organisation,
        PosGroup::OtherProper,
        PosGroup::Number,
        PosGroup::Other,
    ];

    /// The group of a jieba tag, by its first letters: verbal nouns (`vn`)
    /// stay verbs and adjectival nouns (`an`) adjectives, as both earlier
    /// groupings had them.
    pub fn of(tag: &str) -> PosGroup {
        let t = tag.trim();
        if t.starts_with("nr") {
            PosGroup::Person
        } else if t.starts_with("ns") {
            PosGroup::Place
        } else if t.starts_with("nt") {
            PosGroup::Organisation
        } else if t.starts_with("nz") {
            PosGroup::OtherProper
        } else if t.starts_with('n') {
            PosGroup::Noun
        } else if t.starts_with('v') {
            PosGroup::Verb
        } else if t.starts_with('a') {
            PosGroup::Adjective
        } else if t.starts_with('d') {
            PosGroup::Adverb
        } else if t.starts_with('m') || t.starts_with('q') {
            PosGroup::Number
        } else {
            PosGroup::Other
        }
    }

    /// Its index in [`PosGroup::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Its short CSS class suffix (`pos-n`, `pos-nr` …).
    pub fn css(self) -> &'static str {
        match self {
            PosGroup::Noun => "n",
            PosGroup::Verb => "v",
            PosGroup::Adjective => "a",
            PosGroup::Adverb => "d",
            PosGroup::Person => "nr",
            PosGroup::Place => "ns",
            PosGroup::Organisation => "nt",
            PosGroup::OtherProper => "nz",
            PosGroup::Number => "m",
            PosGroup::Other => "x",
        }
    }

    /// The word cloud's five colours: 0 nouns (other proper nouns too), 1
    /// verbs, 2 adjectives, 3 names of people, places and organisations, 4
    /// anything else.
    pub fn cloud_colour(self) -> usize {
        match self {
            PosGroup::Noun | PosGroup::OtherProper => 0,
            PosGroup::Verb => 1,
            PosGroup::Adjective => 2,
            PosGroup::Person | PosGroup::Place | PosGroup::Organisation => 3,
            _ => 4,
        }
    }
}

/// The tag a word shows where the names extraction found it as a name whose
/// kind has the tag `named` (`nr`, `ns`, `nt`): the dictionary's tag `dict`,
/// unless that is `x` (a word jieba's model made) or a proper name's tag of
/// another kind (`阳朔`, which the dictionary tags `nr`, is a place where the
/// text names the town; `华为`, tagged `nz`, an organisation).
///
/// ```
/// use wenxi::core::pos::named_tag;
/// assert_eq!(named_tag("nr", "ns"), "ns");
/// assert_eq!(named_tag("x", "nt"), "nt");
/// assert_eq!(named_tag("n", "nr"), "n");
/// ```
pub fn named_tag<'a>(dict: &'a str, named: &'a str) -> &'a str {
    let proper = matches!(
        PosGroup::of(dict),
        PosGroup::Person | PosGroup::Place | PosGroup::Organisation | PosGroup::OtherProper
    );
    if dict == "x" || proper {
        named
    } else {
        dict
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_follow_the_tag_families() {
        assert_eq!(PosGroup::of("nr"), PosGroup::Person);
        assert_eq!(PosGroup::of("nrfg"), PosGroup::Person);
        assert_eq!(PosGroup::of("vn"), PosGroup::Verb);
        assert_eq!(PosGroup::of("vd"), PosGroup::Verb);
        assert_eq!(PosGroup::of("l"), PosGroup::Other);
        assert_eq!(PosGroup::of(""), PosGroup::Other);
        assert_eq!(PosGroup::of("q").css(), "m");
        for (i, g) in PosGroup::ALL.iter().enumerate() {
            assert_eq!(g.index(), i);
        }
    }

    #[test]
    fn the_cloud_folds_the_same_groups() {
        assert_eq!(PosGroup::of("nt").cloud_colour(), 3);
        assert_eq!(PosGroup::of("vn").cloud_colour(), 1);
        assert_eq!(PosGroup::of("nz").cloud_colour(), 0);
        assert_eq!(PosGroup::of("x").cloud_colour(), 4);
    }
}
