//! Maintenance of one cache directory: list, verify, evict least recently used, clear.
//! Used by `rjit cache …` and, for the size limit, by the compile pool after it stores.
//!
//! Invariant: safe while other processes read and write the same directory. Entries are
//! removed by unlink, which leaves any process that has one mapped with its copy; a file
//! that vanished between listing and removal is not an error; eviction is serialised by an
//! advisory lock (`.lock`) and skipped, not waited for, when another process holds it.

use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::format::EntryMeta;
use super::load::{Miss, load_path};

/// One file of a cache directory.
pub struct Entry {
    pub path: PathBuf,
    pub size: u64,
    /// Last use (the time a hit refreshes; see `load::TOUCH_INTERVAL`).
    pub modified: SystemTime,
}

/// Leftovers of a store that never finished (a process killed mid-write) older than this are
/// removed by eviction; younger ones may still be in progress.
const STALE_TEMP: Duration = Duration::from_secs(3600);

/// The key digest a loose entry is named after (`<64 hex>.rjit`).
pub fn digest_of(path: &Path) -> Option<[u8; 32]> {
    let stem = path.file_name()?.to_str()?.strip_suffix(".rjit")?;
    if stem.len() != 64 {
        return None;
    }
    let mut d = [0u8; 32];
    for (i, b) in d.iter_mut().enumerate() {
        *b = u8::from_str_radix(stem.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(d)
}

/// Entries (`*.rjit`, and packs `*.rjitpack`, each one file to verify and evict) and stale
/// temporary files of `dir`, oldest first.
pub fn list(dir: &Path) -> std::io::Result<(Vec<Entry>, Vec<PathBuf>)> {
    let mut entries = Vec::new();
    let mut stale = Vec::new();
    let now = SystemTime::now();
    for de in std::fs::read_dir(dir)? {
        let Ok(de) = de else { continue };
        let name = de.file_name();
        let name = name.to_string_lossy();
        let Ok(md) = de.metadata() else { continue };
        let modified = md.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        if name.starts_with(".tmp-") {
            if now.duration_since(modified).unwrap_or_default() > STALE_TEMP {
                stale.push(de.path());
            }
        } else if (name.ends_with(".rjit") || name.ends_with(super::pack::SUFFIX)) && md.is_file() {
            entries.push(Entry {
                path: de.path(),
                size: md.len(),
                modified,
            });
        }
    }
    entries.sort_by_key(|e| e.modified);
    Ok((entries, stale))
}

/// Verify one entry; its metadata when sound. A pack is verified whole (header, then every
/// function's checksum) and described as `pack of N functions`, tier `pack`.
pub fn check(e: &Entry) -> Result<EntryMeta, Miss> {
    if e.path
        .to_str()
        .is_some_and(|p| p.ends_with(super::pack::SUFFIX))
    {
        let pack = super::pack::Pack::open(&e.path)?;
        for i in 0..pack.len() {
            let ok = pack.find(&pack.key_at(i)).is_some_and(|f| pack.verify(&f));
            if !ok {
                return Err(Miss::Corrupt(format!(
                    "{}: function {i} does not match its checksum",
                    e.path.display()
                )));
            }
        }
        return Ok(EntryMeta {
            symbol: String::new(),
            qualname: format!("pack of {} functions", pack.len()),
            file: String::new(),
            rjit_version: env!("CARGO_PKG_VERSION").to_string(),
            cpu: String::new(),
            tier: "pack".to_string(),
        });
    }
    let Some(d) = digest_of(&e.path) else {
        return Err(Miss::Corrupt(format!(
            "{}: not an entry name",
            e.path.display()
        )));
    };
    load_path(&e.path, &d, false).map(|l| l.meta)
}

fn remove(p: &Path) -> bool {
    match std::fs::remove_file(p) {
        Ok(()) => true,
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
    }
}

/// Outcome of `evict`.
#[derive(Default, Debug)]
pub struct Evicted {
    pub removed: u64,
    pub freed: u64,
    /// Bytes of entries left.
    pub kept: u64,
    /// Another process held the lock: nothing was done.
    pub busy: bool,
}

/// Remove least recently used entries until at most `max_bytes` remain (and stale temporary
/// files). `wait`: block for the lock instead of giving up when another process holds it.
pub fn evict(dir: &Path, max_bytes: u64, wait: bool) -> std::io::Result<Evicted> {
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(".lock"))?;
    let op = if wait {
        libc::LOCK_EX
    } else {
        libc::LOCK_EX | libc::LOCK_NB
    };
    // SAFETY: flock on a descriptor we own; released when `lock` is closed.
    if unsafe { libc::flock(lock.as_raw_fd(), op) } != 0 {
        return Ok(Evicted {
            busy: true,
            ..Evicted::default()
        });
    }
    let (entries, stale) = list(dir)?;
    let mut out = Evicted::default();
    for p in stale {
        remove(&p);
    }
    let mut total: u64 = entries.iter().map(|e| e.size).sum();
    for e in &entries {
        if total <= max_bytes {
            break;
        }
        if remove(&e.path) {
            out.removed += 1;
            out.freed += e.size;
            total -= e.size;
        }
    }
    out.kept = total;
    Ok(out)
}

/// Remove every entry (and temporary file); returns (entries removed, bytes freed).
pub fn clear(dir: &Path) -> std::io::Result<(u64, u64)> {
    let e = evict(dir, 0, true)?;
    for de in std::fs::read_dir(dir)?.flatten() {
        if de.file_name().to_string_lossy().starts_with(".tmp-") {
            remove(&de.path());
        }
    }
    Ok((e.removed, e.freed))
}
