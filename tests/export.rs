//! A figure's data table as a CSV file (`kit::table::csv`); the pictures' files are composed in the
//! browser (`assets/figure-files.js`) and checked end to end (`e2e/tests/export.test.js`).
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::sims::kit::table::{csv, Table};
use proptest::prelude::*;

/// Reads CSV (RFC 4180) back into rows of fields.
fn parse(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn the_data_table_is_csv_with_a_header_row_and_quoted_fields() {
    let table = Table {
        caption: "What the rows are".into(),
        head: vec!["Intensity".into(), "Alliance, standing".into()],
        rows: vec![
            vec!["0.1".into(), "0.70".into()],
            vec!["say \"high\"".into(), "0.50".into()],
        ],
    };
    assert_eq!(
        csv(&table),
        "Intensity,\"Alliance, standing\"\r\n0.1,0.70\r\n\"say \"\"high\"\"\",0.50\r\n"
    );
}

#[test]
fn every_figures_table_is_csv_with_its_header_and_rows() {
    for figure in alliance_organization::sims::FIGURES {
        let values: Vec<f64> = figure.params.iter().map(|p| p.default).collect();
        let shown = (figure.solve)(&values).expect("the defaults have an answer");
        let rows = parse(&csv(&shown.table));
        assert_eq!(rows[0], shown.table.head, "{}", figure.name);
        assert_eq!(&rows[1..], &shown.table.rows[..], "{}", figure.name);
    }
}

proptest! {
    #[test]
    fn any_table_reads_back_as_written(
        head in prop::collection::vec(".{0,12}", 1..4),
        cells in prop::collection::vec(prop::collection::vec("[a-z,\"\\r\\n ]{0,8}", 3), 0..5),
    ) {
        let width = head.len();
        let rows: Vec<Vec<String>> = cells.into_iter().map(|r| r.into_iter().cycle().take(width).collect()).collect();
        let table = Table { caption: String::new(), head, rows };
        let back = parse(&csv(&table));
        prop_assert_eq!(&back[0], &table.head);
        prop_assert_eq!(&back[1..], &table.rows[..]);
    }
}
