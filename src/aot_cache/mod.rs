//! The on-disk cache of compiled objects: opaque bytes under a blake3 key.
//!
//! ```text
//! key.rs   explicit, labelled byte encoding of everything that shapes the code → blake3
//! store.rs temp file created exclusively in the cache dir, then rename (atomic publish)
//! load.rs  open + mmap, header and checksum verified; any failure is a miss, never a crash
//! ```
//! Invariants: this module knows nothing of LLVM or Python (the cache-hit path never touches
//! the optimiser); a directory other users can write to is refused, since its contents become
//! machine code in this process; many processes may share one directory.
//! Allowed dependencies: std, blake3, memmap2, bincode, tempfile.

pub mod format;
pub mod key;
pub mod load;
pub mod store;

pub use format::EntryMeta;
pub use key::CacheKey;
pub use load::{Loaded, Miss, load};
pub use store::store;

use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Path of the entry for `key` in `dir`.
pub fn entry_path(dir: &Path, key: &CacheKey) -> PathBuf {
    dir.join(format!("{}.rjit", key.hex()))
}

/// Create `dir` (mode 0700) if needed and check that only this user can write to it.
pub fn prepare_dir(dir: &Path) -> Result<(), String> {
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    check_dir(dir)
}

/// Refuse a directory writable by other users or owned by someone else.
pub fn check_dir(dir: &Path) -> Result<(), String> {
    let md = std::fs::metadata(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    if !md.is_dir() {
        return Err(format!("{} is not a directory", dir.display()));
    }
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    if md.uid() != me {
        return Err(format!(
            "{} is owned by uid {}, not {me}",
            dir.display(),
            md.uid()
        ));
    }
    if md.permissions().mode() & 0o022 != 0 {
        return Err(format!(
            "{} is writable by other users (mode {:o})",
            dir.display(),
            md.permissions().mode() & 0o777
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> CacheKey {
        let mut k = CacheKey::new();
        k.field("test", s.as_bytes());
        k
    }

    fn meta() -> EntryMeta {
        EntryMeta {
            symbol: "rjit_x".into(),
            qualname: "f".into(),
            rjit_version: "t".into(),
        }
    }

    #[test]
    fn round_trip() {
        let d = tempfile::tempdir().unwrap();
        let k = key("a");
        store(d.path(), &k, &meta(), b"object bytes").unwrap();
        let got = load(d.path(), &k).unwrap();
        assert_eq!(got.payload(), b"object bytes");
        assert_eq!(got.meta.symbol, "rjit_x");
    }

    #[test]
    fn absent_is_a_plain_miss() {
        let d = tempfile::tempdir().unwrap();
        assert!(matches!(load(d.path(), &key("nope")), Err(Miss::Absent)));
    }

    #[test]
    fn truncated_and_garbled_are_misses() {
        let d = tempfile::tempdir().unwrap();
        let k = key("b");
        store(d.path(), &k, &meta(), &[7u8; 1000]).unwrap();
        let p = entry_path(d.path(), &k);
        let full = std::fs::read(&p).unwrap();
        for cut in [0, 3, 40, full.len() - 1] {
            std::fs::write(&p, &full[..cut]).unwrap();
            assert!(
                matches!(load(d.path(), &k), Err(Miss::Corrupt(_))),
                "cut at {cut}"
            );
        }
        let mut bad = full.clone();
        let n = bad.len();
        bad[n - 10] ^= 0xff;
        std::fs::write(&p, &bad).unwrap();
        assert!(matches!(load(d.path(), &k), Err(Miss::Corrupt(_))));
        // an entry stored under another key is not accepted for this one
        let other = key("c");
        std::fs::copy(&p, entry_path(d.path(), &other)).unwrap();
        std::fs::write(&p, &full).unwrap();
        assert!(matches!(load(d.path(), &other), Err(Miss::Corrupt(_))));
    }

    #[test]
    fn world_writable_dir_is_refused() {
        let d = tempfile::tempdir().unwrap();
        std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        assert!(check_dir(d.path()).is_err());
        std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        assert!(check_dir(d.path()).is_ok());
    }
}
