//! Load: open, check the file's owner and mode, read, and verify magic, version, key, lengths
//! and checksum before anything is handed to the linker. Every failure is a `Miss` of some
//! kind; nothing here can crash the process.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::time::{Duration, SystemTime};

use std::io::Read;

use super::format::{EntryMeta, HEADER_LEN, MAGIC, VERSION, config};
use super::{CacheKey, entry_path, trusted_owner};

#[derive(Debug)]
pub enum Miss {
    /// No entry for this key.
    Absent,
    /// An entry exists but is damaged: truncated, garbled, or stored under the wrong name.
    Corrupt(String),
    /// An entry of another format version (another rjit wrote it).
    Foreign(String),
    /// An entry or directory that other users could have written: refused unread.
    Untrusted(String),
    /// The directory or file cannot be read (permissions, I/O).
    Unusable(String),
}

impl Miss {
    /// The `rjit.stats()` counter name of this kind of miss.
    pub fn kind(&self) -> &'static str {
        match self {
            Miss::Absent => "absent",
            Miss::Corrupt(_) => "corrupt",
            Miss::Foreign(_) => "foreign",
            Miss::Untrusted(_) => "untrusted",
            Miss::Unusable(_) => "unusable",
        }
    }
}

impl std::fmt::Display for Miss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Miss::Absent => write!(f, "absent"),
            Miss::Corrupt(w) | Miss::Foreign(w) | Miss::Untrusted(w) | Miss::Unusable(w) => {
                write!(f, "{}: {w}", self.kind())
            }
        }
    }
}

/// A verified entry, read into memory. (Read, not mapped: for entries of a few pages one
/// `read` costs less than `mmap`, its page faults and `munmap`; measured in
/// docs/cache-format.md.)
pub struct Loaded {
    map: Vec<u8>,
    payload_at: usize,
    pub meta: EntryMeta,
}

impl Loaded {
    pub fn payload(&self) -> &[u8] {
        &self.map[self.payload_at..]
    }
}

/// How stale an entry's modification time may get before a hit refreshes it: the time is
/// the recency that eviction orders by, and one write per entry per interval is cheap.
const TOUCH_INTERVAL: Duration = Duration::from_secs(3600);

/// Load the entry for `key` from `dir`. `touch`: refresh the entry's time for LRU eviction
/// (only in a layer this process may write).
pub fn load(dir: &Path, key: &CacheKey, touch: bool) -> Result<Loaded, Miss> {
    load_path(&entry_path(dir, key), &key.digest(), touch)
}

/// Load and verify the file at `path`, which must hold the entry for `digest`.
pub fn load_path(path: &Path, digest: &[u8; 32], touch: bool) -> Result<Loaded, Miss> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Miss::Absent),
        Err(e) => return Err(Miss::Unusable(format!("{}: {e}", path.display()))),
    };
    let md = file
        .metadata()
        .map_err(|e| Miss::Unusable(format!("{}: {e}", path.display())))?;
    if !trusted_owner(md.uid()) || md.permissions().mode() & 0o022 != 0 {
        return Err(Miss::Untrusted(format!(
            "{}: owned by uid {} with mode {:o}",
            path.display(),
            md.uid(),
            md.permissions().mode() & 0o777
        )));
    }
    // Entries are only ever published by rename, never modified in place: what is read is one
    // complete entry (a concurrent replacement renames a new inode over the name).
    let mut map = Vec::with_capacity(md.len() as usize);
    (&file)
        .read_to_end(&mut map)
        .map_err(|e| Miss::Unusable(format!("{}: {e}", path.display())))?;
    let (payload_at, meta) = verify(&map, digest).map_err(|m| match m {
        Miss::Corrupt(why) => Miss::Corrupt(format!("{}: {why}", path.display())),
        Miss::Foreign(why) => Miss::Foreign(format!("{}: {why}", path.display())),
        other => other,
    })?;
    if touch {
        touch_if_stale(&file, &md);
    }
    Ok(Loaded {
        payload_at,
        map,
        meta,
    })
}

/// Refresh the modification time of `file` (whose metadata is `md`) when it is older than
/// `TOUCH_INTERVAL`: the recency eviction orders by. Best effort: a read-only file system or
/// another owner leaves the old time.
pub(super) fn touch_if_stale(file: &std::fs::File, md: &std::fs::Metadata) {
    let now = SystemTime::now();
    let stale = md
        .modified()
        .is_ok_and(|m| now.duration_since(m).unwrap_or_default() > TOUCH_INTERVAL);
    if stale {
        let _ = file.set_modified(now);
    }
}

/// Check an entry's bytes; returns the payload offset and the metadata.
pub fn verify(map: &[u8], digest: &[u8; 32]) -> Result<(usize, EntryMeta), Miss> {
    let corrupt = |why: &str| Miss::Corrupt(why.to_string());
    if map.len() < HEADER_LEN {
        return Err(corrupt("shorter than the header"));
    }
    if &map[0..8] != MAGIC {
        return Err(corrupt("bad magic"));
    }
    let u32_at = |o: usize| u32::from_le_bytes(map[o..o + 4].try_into().expect("4 bytes"));
    if u32_at(8) != VERSION {
        return Err(Miss::Foreign(format!(
            "format version {} (this rjit reads {VERSION})",
            u32_at(8)
        )));
    }
    let meta_len = u32_at(12) as usize;
    if &map[16..48] != digest {
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
    Ok((HEADER_LEN + meta_len, meta))
}
