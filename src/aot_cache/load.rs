//! Load: mmap the entry and verify magic, version, key, lengths and checksum before anything
//! is handed to the linker. Every failure is a `Miss`; nothing here can crash the process.

use std::path::Path;

use memmap2::Mmap;

use super::format::{EntryMeta, HEADER_LEN, MAGIC, VERSION, config};
use super::{CacheKey, check_dir, entry_path};

#[derive(Debug)]
pub enum Miss {
    /// No entry for this key.
    Absent,
    /// An entry exists but is damaged or foreign (counted separately from plain misses).
    Corrupt(String),
    /// The directory itself is unusable (missing permissions, unsafe mode).
    Unusable(String),
}

/// A verified entry, still mapped.
pub struct Loaded {
    map: Mmap,
    payload_at: usize,
    pub meta: EntryMeta,
}

impl Loaded {
    pub fn payload(&self) -> &[u8] {
        &self.map[self.payload_at..]
    }
}

pub fn load(dir: &Path, key: &CacheKey) -> Result<Loaded, Miss> {
    let path = entry_path(dir, key);
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Miss::Absent),
        Err(e) => return Err(Miss::Unusable(e.to_string())),
    };
    check_dir(dir).map_err(Miss::Unusable)?;
    // SAFETY: entries are only ever published by rename, never modified in place, so the
    // mapping cannot change under us; a concurrent replacement renames a new inode over the
    // name and leaves this mapping intact.
    let map = unsafe { Mmap::map(&file) }.map_err(|e| Miss::Corrupt(format!("mmap: {e}")))?;
    let corrupt = |why: &str| Miss::Corrupt(format!("{}: {why}", path.display()));
    if map.len() < HEADER_LEN {
        return Err(corrupt("shorter than the header"));
    }
    if &map[0..8] != MAGIC {
        return Err(corrupt("bad magic"));
    }
    let u32_at = |o: usize| u32::from_le_bytes(map[o..o + 4].try_into().expect("4 bytes"));
    if u32_at(8) != VERSION {
        return Err(corrupt("format version"));
    }
    let meta_len = u32_at(12) as usize;
    if map[16..48] != key.digest() {
        return Err(corrupt("key mismatch"));
    }
    let payload_len = u64::from_le_bytes(map[48..56].try_into().expect("8 bytes")) as usize;
    if HEADER_LEN
        .checked_add(meta_len)
        .and_then(|n| n.checked_add(payload_len))
        != Some(map.len())
    {
        return Err(corrupt("length mismatch"));
    }
    let body = &map[HEADER_LEN..];
    if blake3::hash(body).as_bytes() != &map[56..88] {
        return Err(corrupt("checksum mismatch"));
    }
    let (meta, _) = bincode::decode_from_slice::<EntryMeta, _>(&body[..meta_len], config())
        .map_err(|e| corrupt(&format!("metadata: {e}")))?;
    Ok(Loaded {
        payload_at: HEADER_LEN + meta_len,
        map,
        meta,
    })
}
