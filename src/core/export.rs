//! Extraction results as spreadsheet tables, for `wenxi extract --csv` and
//! for downloads in the app.
//!
//! A [`Table`] names one kind of item (people, places, figures …) and fixes its
//! columns; [`rows`] turns one document's items into rows of cells, the
//! document name first. Text cells pass through [`csv_safe`], so a quote such
//! as `=cmd|' /C calc'!A0` cannot run as a formula when the file is opened in
//! a spreadsheet; numeric cells (`value`, `count`, `level`) are written as
//! plain numbers and left alone, so `-3.5` stays a number.
//!
//! Quoting and encoding (CSV escaping, the UTF-8 BOM Excel needs) are left to
//! the writer: the CLI uses the `csv` crate.

use super::extract::Extraction;
use super::report::{DocumentReport, Entity, Figure, OutlineItem, Quote};
use std::borrow::Cow;

/// Makes a text cell safe to open in a spreadsheet.
///
/// A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return may be
/// read as a formula by Excel, LibreOffice or Google Sheets (CSV injection);
/// such a cell gets a leading apostrophe, which spreadsheets show as text.
/// Every other cell is returned unchanged and unallocated.
///
/// ```
/// use wenxi::core::export::csv_safe;
/// assert_eq!(csv_safe("=1+1"), "'=1+1");
/// assert_eq!(csv_safe("项目为王"), "项目为王");
/// ```
pub fn csv_safe(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A number for a numeric cell: as Rust prints it (`169.6`, `-3.5`, `28`,
/// never in exponent form), empty when not finite.
pub fn number_cell(v: f64) -> String {
    if v.is_finite() {
        v.to_string()
    } else {
        String::new()
    }
}

/// Which items a table lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Table {
    /// People with their titles.
    People,
    /// Places.
    Places,
    /// Organisations.
    Orgs,
    /// People, places and organisations, with a `kind` column.
    Entities,
    /// Figures with value, unit, indicator, change, period and sentence.
    Figures,
    /// Quotes, book titles and numbered formulas.
    Quotes,
    /// Outline points.
    Outline,
}

impl Table {
    /// Every table, in the order the CLI help lists them.
    pub const ALL: [Table; 7] = [
        Table::People,
        Table::Places,
        Table::Orgs,
        Table::Entities,
        Table::Figures,
        Table::Quotes,
        Table::Outline,
    ];

    /// The table's name as the CLI accepts it (`people`, `figures` …).
    pub fn name(self) -> &'static str {
        match self {
            Table::People => "people",
            Table::Places => "places",
            Table::Orgs => "orgs",
            Table::Entities => "entities",
            Table::Figures => "figures",
            Table::Quotes => "quotes",
            Table::Outline => "outline",
        }
    }

    /// The table called `name`, if any.
    pub fn from_name(name: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The header row.
    pub fn header(self) -> &'static [&'static str] {
        match self {
            Table::People => &["document", "name", "title", "count"],
            Table::Places | Table::Orgs => &["document", "name", "count"],
            Table::Entities => &["document", "kind", "name", "title", "count"],
            Table::Figures => &[
                "document",
                "text",
                "value",
                "unit",
                "indicator",
                "change",
                "period",
                "sentence",
            ],
            Table::Quotes => &["document", "text", "kind", "count"],
            Table::Outline => &["document", "level", "marker", "text"],
        }
    }
}

/// The extracted items of one document, borrowed from an [`Extraction`] or a
/// [`DocumentReport`].
#[derive(Debug, Clone, Copy)]
pub struct Items<'a> {
    /// People, places and organisations.
    pub entities: &'a [Entity],
    /// Figures.
    pub figures: &'a [Figure],
    /// Quotes.
    pub quotes: &'a [Quote],
    /// Outline points.
    pub outline: &'a [OutlineItem],
}

impl<'a> From<&'a Extraction> for Items<'a> {
    fn from(x: &'a Extraction) -> Self {
        Items {
            entities: &x.entities,
            figures: &x.figures,
            quotes: &x.quotes,
            outline: &x.outline,
        }
    }
}

impl<'a> From<&'a DocumentReport> for Items<'a> {
    fn from(d: &'a DocumentReport) -> Self {
        Items {
            entities: &d.entities,
            figures: &d.figures,
            quotes: &d.quotes,
            outline: &d.outline,
        }
    }
}

/// The entities of one kind.
fn entity<'e>(items: &Items<'e>, kind: &'static str) -> impl Iterator<Item = &'e Entity> {
    items.entities.iter().filter(move |e| e.kind == kind)
}

/// The rows of `table` for one document called `document`, in the order of
/// [`Table::header`]; text cells are already [`csv_safe`].
pub fn rows(table: Table, document: &str, items: Items) -> Vec<Vec<String>> {
    let text = |s: &str| csv_safe(s).into_owned();
    let opt = |s: &Option<String>| s.as_deref().map(text).unwrap_or_default();
    match table {
        Table::People => entity(&items, "person")
            .map(|e| {
                vec![
                    text(document),
                    text(&e.text),
                    opt(&e.title),
                    e.count.to_string(),
                ]
            })
            .collect(),
        Table::Places | Table::Orgs => {
            let kind = if table == Table::Places {
                "place"
            } else {
                "org"
            };
            entity(&items, kind)
                .map(|e| vec![text(document), text(&e.text), e.count.to_string()])
                .collect()
        }
        Table::Entities => items
            .entities
            .iter()
            .map(|e| {
                vec![
                    text(document),
                    text(e.kind.as_str()),
                    text(&e.text),
                    opt(&e.title),
                    e.count.to_string(),
                ]
            })
            .collect(),
        Table::Figures => items
            .figures
            .iter()
            .map(|f| {
                vec![
                    text(document),
                    text(&f.text),
                    number_cell(f.value),
                    text(&f.unit),
                    text(&f.indicator),
                    opt(&f.change),
                    opt(&f.period),
                    text(f.sentence.trim_end()),
                ]
            })
            .collect(),
        Table::Quotes => items
            .quotes
            .iter()
            .map(|q| {
                vec![
                    text(document),
                    text(&q.text),
                    text(q.kind.as_str()),
                    q.count.to_string(),
                ]
            })
            .collect(),
        Table::Outline => items
            .outline
            .iter()
            .map(|o| {
                let level = o.level.map(|l| l.to_string()).unwrap_or_default();
                vec![text(document), level, text(&o.marker), text(&o.text)]
            })
            .collect(),
    }
}

/// A whole CSV file: a UTF-8 byte-order mark (so Excel reads the file as
/// UTF-8), the header row, then the rows, RFC 4180 quoting, CRLF line ends.
/// Cells are written as given: make text cells [`csv_safe`] first (as
/// [`rows`] does).
///
/// ```
/// let csv = wenxi::core::export::csv_document(&["a", "b"], &[vec!["x,y".into(), "1".into()]]);
/// assert_eq!(csv, "\u{FEFF}a,b\r\n\"x,y\",1\r\n");
/// ```
pub fn csv_document(header: &[&str], rows: &[Vec<String>]) -> String {
    fn push_row<'c>(out: &mut String, cells: impl Iterator<Item = &'c str>) {
        for (i, cell) in cells.enumerate() {
            if i > 0 {
                out.push(',');
            }
            if cell.contains([',', '"', '\r', '\n']) {
                out.push('"');
                out.push_str(&cell.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(cell);
            }
        }
        out.push_str("\r\n");
    }
    let mut out = String::from("\u{FEFF}");
    push_row(&mut out, header.iter().copied());
    for row in rows {
        push_row(&mut out, row.iter().map(String::as_str));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_get_an_apostrophe() {
        for cell in [
            "=cmd|' /C calc'!A0",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            assert_eq!(csv_safe(cell), format!("'{cell}"));
        }
    }

    #[test]
    fn other_cells_are_borrowed_unchanged() {
        for cell in [
            "",
            "陈金虎",
            "3+5+X",
            "169.6亿元",
            " =1",
            "'quoted",
            "a=b",
            "＝1",
        ] {
            assert!(matches!(csv_safe(cell), Cow::Borrowed(c) if c == cell));
        }
    }

    #[test]
    fn numbers_stay_numbers() {
        assert_eq!(number_cell(-3.5), "-3.5");
        assert_eq!(number_cell(169.6), "169.6");
        assert_eq!(number_cell(28.0), "28");
        assert_eq!(number_cell(f64::INFINITY), "");
        assert_eq!(number_cell(f64::NAN), "");
    }

    #[test]
    fn tables_round_trip_names_and_rows_match_headers() {
        let x = crate::core::extract::extract(
            "市委书记陈金虎强调,“=1+1”。一要抓项目。二要稳增长。完成投资169.6亿元,常州经开区。",
        );
        for t in Table::ALL {
            assert_eq!(Table::from_name(t.name()), Some(t));
            let rows = rows(t, "-doc.txt", (&x).into());
            assert!(!rows.is_empty(), "{t:?}");
            for row in rows {
                assert_eq!(row.len(), t.header().len(), "{t:?}");
                assert_eq!(row[0], "'-doc.txt");
            }
        }
        assert_eq!(Table::from_name("nothing"), None);
        let quotes = rows(Table::Quotes, "d", (&x).into());
        assert_eq!(quotes[0][1], "'=1+1");
        let figures = rows(Table::Figures, "d", (&x).into());
        assert_eq!(figures[0][2], "169.6");
    }
}
