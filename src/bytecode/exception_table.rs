//! `co_exceptiontable` parser (CPython 3.11 `Objects/exception_handling_notes.txt`).
//!
//! Each entry is `(start, size, target, depth << 1 | lasti)` as varints of 6-bit chunks, most
//! significant first, bit 6 = "more"; bit 7 marks the first byte of an entry. All values are in
//! code units. Invariant: entries come back in table order (sorted by `start`).

/// One protected range and its handler.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    /// Stack depth the handler unwinds to, before it pushes (lasti and) the exception.
    pub depth: u32,
    pub lasti: bool,
}

fn varint(bytes: &[u8], pos: &mut usize) -> Result<u32, String> {
    let mut b = *bytes.get(*pos).ok_or("truncated exception table")?;
    *pos += 1;
    let mut val = (b & 63) as u32;
    while b & 64 != 0 {
        b = *bytes.get(*pos).ok_or("truncated exception table")?;
        *pos += 1;
        val = val
            .checked_shl(6)
            .ok_or("exception table varint overflow")?
            | (b & 63) as u32;
    }
    Ok(val)
}

/// Parse a whole table.
pub fn parse_exception_table(bytes: &[u8]) -> Result<Vec<ExceptionEntry>, String> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        if bytes[pos] & 128 == 0 {
            return Err(format!(
                "exception table entry does not start at byte {pos}"
            ));
        }
        let start = varint(bytes, &mut pos)?;
        let size = varint(bytes, &mut pos)?;
        let target = varint(bytes, &mut pos)?;
        let dl = varint(bytes, &mut pos)?;
        out.push(ExceptionEntry {
            start,
            end: start + size,
            target,
            depth: dl >> 1,
            lasti: dl & 1 == 1,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_two_entries() {
        // start=2 size=4 target=10 depth=1,lasti=0 ; start=10 size=70 (two chunks) target=12 depth=2,lasti=1
        let bytes = [0x80 | 2, 4, 10, 2, 0x80 | 10, 64 | 1, 6, 12, 5];
        let e = parse_exception_table(&bytes).unwrap();
        assert_eq!(
            e[0],
            ExceptionEntry {
                start: 2,
                end: 6,
                target: 10,
                depth: 1,
                lasti: false
            }
        );
        assert_eq!(
            e[1],
            ExceptionEntry {
                start: 10,
                end: 80,
                target: 12,
                depth: 2,
                lasti: true
            }
        );
    }

    #[test]
    fn truncated_is_error() {
        assert!(parse_exception_table(&[0x82, 4]).is_err());
    }
}
