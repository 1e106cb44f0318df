//! A figure's data table: rows of text, written as one HTML string per change (far less wasm than a
//! reactive view per cell).

use crate::html::push_escaped;

/// A data table: caption, column heads, rows of text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// What the rows are.
    pub caption: String,
    /// Column heads.
    pub head: Vec<String>,
    /// Rows.
    pub rows: Vec<Vec<String>>,
}

/// The table's inner HTML: caption (with the id `caption_id`, which names the table's scroll region),
/// column heads, and rows whose first cell heads the row.
pub fn table_html(t: &Table, caption_id: &str) -> String {
    let mut out = String::from("<caption id=\"");
    push_escaped(&mut out, caption_id);
    out.push_str("\">");
    push_escaped(&mut out, &t.caption);
    out.push_str("</caption><thead><tr>");
    for h in &t.head {
        out.push_str("<th scope=\"col\">");
        push_escaped(&mut out, h);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for row in &t.rows {
        out.push_str("<tr>");
        for (i, c) in row.iter().enumerate() {
            out.push_str(if i == 0 { "<th scope=\"row\">" } else { "<td>" });
            push_escaped(&mut out, c);
            out.push_str(if i == 0 { "</th>" } else { "</td>" });
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody>");
    out
}

/// The data table as CSV (RFC 4180): a header row, then the rows; fields with commas, quotes or line
/// breaks quoted.
pub fn csv(table: &Table) -> String {
    let mut out = String::new();
    for row in std::iter::once(&table.head).chain(&table.rows) {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            if cell.contains([',', '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&cell.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(cell);
            }
        }
        out.push_str("\r\n");
    }
    out
}
