//! The 3.11 location table (`co_linetable`, CPython `Objects/locations.md`): the source line of
//! every code unit.
//!
//! Each entry covers `length` code units: a first byte `1 | code(4) | length-1(3)`, then
//! code-dependent data. Codes 0-9: short form (same line, one column byte); 10-12: one-line
//! form (line delta `code - 10`, two column bytes); 13: no columns (line delta as a signed
//! varint); 14: long form (line delta, end-line delta, column, end column); 15: no location.
//! Varints are 6-bit chunks, least significant first, bit 6 = more; signed varints keep the
//! sign in bit 0. Invariant: the result has exactly one entry per code unit covered.

fn varint(b: &[u8], pos: &mut usize) -> Result<u32, String> {
    let mut shift = 0;
    let mut val: u32 = 0;
    loop {
        let byte = *b.get(*pos).ok_or("truncated location table")?;
        *pos += 1;
        val |= ((byte & 63) as u32)
            .checked_shl(shift)
            .ok_or("location varint overflow")?;
        shift += 6;
        if byte & 64 == 0 {
            return Ok(val);
        }
    }
}

fn svarint(b: &[u8], pos: &mut usize) -> Result<i64, String> {
    let v = varint(b, pos)?;
    Ok(if v & 1 != 0 {
        -((v >> 1) as i64)
    } else {
        (v >> 1) as i64
    })
}

/// Line of every code unit (None where the compiler recorded no location).
pub fn line_table(bytes: &[u8], firstlineno: u32) -> Result<Vec<Option<u32>>, String> {
    let mut out = Vec::new();
    let mut line = firstlineno as i64;
    let mut pos = 0;
    while pos < bytes.len() {
        let first = bytes[pos];
        if first & 128 == 0 {
            return Err(format!("location entry does not start at byte {pos}"));
        }
        pos += 1;
        let code = (first >> 3) & 15;
        let length = (first & 7) as usize + 1;
        let this = match code {
            15 => None,
            14 => {
                line += svarint(bytes, &mut pos)?;
                varint(bytes, &mut pos)?;
                varint(bytes, &mut pos)?;
                varint(bytes, &mut pos)?;
                Some(line)
            }
            13 => {
                line += svarint(bytes, &mut pos)?;
                Some(line)
            }
            10..=12 => {
                line += (code - 10) as i64;
                pos += 2;
                Some(line)
            }
            _ => {
                pos += 1;
                Some(line)
            }
        };
        if pos > bytes.len() {
            return Err("truncated location table".into());
        }
        let l = this
            .map(|l| u32::try_from(l).map_err(|_| format!("negative line {l}")))
            .transpose()?;
        out.extend(std::iter::repeat_n(l, length));
    }
    Ok(out)
}
