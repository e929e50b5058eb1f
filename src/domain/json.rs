//! Writing the little JSON the page sends (a subscription, a form draft):
//! strings and lists of strings. Hand-written because serde_json's writer
//! cost the wasm more than everything else it writes. And saying where a
//! document read from outside is not JSON.

/// Where and why `text` is not JSON, for a message a vendor can act on:
/// "unexpected text at line 3, column 7". Said here rather than by
/// serde_json's `Display`, whose every message (and std's I/O error texts,
/// which it can also show) would otherwise ship in the wasm: about 0.4 KB.
pub fn where_not_json(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Eof => "the text ends too early",
        Category::Syntax => "unexpected text",
        Category::Data => "a value of the wrong kind",
        Category::Io => "a read error",
    };
    format!("{what} at line {}, column {}", e.line(), e.column())
}

/// Appends `s` as a JSON string literal (RFC 8259: `"`, `\` and control
/// characters escaped; everything else as is, in UTF-8).
pub fn push_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let n = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[n >> 4]));
                out.push(char::from(HEX[n & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// An object whose values are strings or lists of strings, keys in the
/// given order.
pub fn object(fields: &[(&str, Field<'_>)]) -> String {
    let mut out = String::from("{");
    for (i, (key, value)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_str(&mut out, key);
        out.push(':');
        match value {
            Field::Str(s) => push_str(&mut out, s),
            Field::Raw(literal) => out.push_str(literal),
            Field::List(items) => {
                out.push('[');
                for (j, item) in items.iter().enumerate() {
                    if j > 0 {
                        out.push(',');
                    }
                    push_str(&mut out, item);
                }
                out.push(']');
            }
        }
    }
    out.push('}');
    out
}

/// A value of [`object`].
#[derive(Debug, Clone, Copy)]
pub enum Field<'a> {
    Str(&'a str),
    /// A literal written as is: `true`, `false`, a number (never text from
    /// outside).
    Raw(&'static str),
    List(&'a [String]),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_errors_say_where() {
        let at = |text: &str| {
            let e = serde_json::from_str::<serde_json::Value>(text).expect_err("not JSON");
            where_not_json(&e)
        };
        assert_eq!(
            at("{\"a\": 1,\n  x}"),
            "unexpected text at line 2, column 3"
        );
        assert_eq!(at("[1, 2"), "the text ends too early at line 1, column 5");
        assert_eq!(at(""), "the text ends too early at line 1, column 0");
    }

    #[test]
    fn strings_survive_a_real_parser() {
        let tricky = [
            "",
            "plain",
            "quote \" and backslash \\",
            "controls \u{0}\u{1}\u{8}\u{c}\n\r\t\u{1f}",
            "unicode é 数据库 \u{2028}\u{2029} 🙂",
            "</script><!--",
        ];
        for s in tricky {
            let mut out = String::new();
            push_str(&mut out, s);
            let back: String = serde_json::from_str(&out).expect("valid JSON string");
            assert_eq!(back, s, "{out}");
        }
    }

    #[test]
    fn objects_keep_order_and_lists() {
        let regions = vec!["us-east".to_owned(), "eu \"central\"".to_owned()];
        let text = object(&[
            ("email", Field::Str("a@b.example")),
            ("regions", Field::List(&regions)),
            ("none", Field::List(&[])),
        ]);
        assert_eq!(
            text,
            r#"{"email":"a@b.example","regions":["us-east","eu \"central\""],"none":[]}"#
        );
        let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(v["regions"][1], "eu \"central\"");
    }
}
