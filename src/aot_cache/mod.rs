//! The on-disk cache of compiled objects: opaque bytes under a blake3 key.
//!
//! ```text
//! key.rs    explicit, labelled byte encoding of everything that shapes the code → blake3
//! store.rs  temp file created exclusively in the cache dir, then rename (atomic publish)
//! load.rs   open + owner check + mmap, header and checksum verified; any failure is a miss
//! layers.rs the search path (`dir1:dir2:…`): look-ups in order, stores to the first writable
//! maint.rs  list, verify, evict least recently used (the size limit), clear
//! pack.rs   many entries pre-linked into one image: index, names, checksums (`rjit precompile`)
//! ```
//! Invariants: this module knows nothing of LLVM or Python (the cache-hit path never touches
//! the optimiser); a directory or entry that users other than this one and root can write to
//! is refused, since its contents become machine code in this process; many processes may
//! share one directory.
//! Allowed dependencies: std, libc, blake3, xxhash-rust (pack functions' checksums), bincode,
//! tempfile.

pub mod format;
pub mod key;
pub mod layers;
pub mod load;
pub mod maint;
pub mod pack;
pub mod store;

pub use format::EntryMeta;
pub use key::CacheKey;
pub use layers::{Layer, Layers};
pub use load::{Loaded, Miss, load};
pub use store::store;

use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Path of the entry for `key` in `dir`.
pub fn entry_path(dir: &Path, key: &CacheKey) -> PathBuf {
    dir.join(format!("{}.rjit", key.hex()))
}

/// Create `dir` (mode 0755: a layer may serve other users) if needed and check it.
pub fn prepare_dir(dir: &Path) -> Result<(), String> {
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o755)
            .create(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    check_dir(dir)
}

/// Why an untrusted directory matters, and what to do (appended to its refusal).
const UNTRUSTED: &str = ": code from it would run in this process; use a directory only you \
     (or root) can write";

/// Files and directories owned by this user or by root may be trusted.
pub fn trusted_owner(uid: u32) -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    uid == 0 || uid == unsafe { libc::geteuid() }
}

/// Refuse a directory writable by group or others, or owned by anyone but this user or root.
pub fn check_dir(dir: &Path) -> Result<(), String> {
    let md = std::fs::metadata(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    if !md.is_dir() {
        return Err(format!(
            "{} is not a directory; set RJIT_CACHE_DIR to one",
            dir.display()
        ));
    }
    if !trusted_owner(md.uid()) {
        return Err(format!(
            "{} is owned by uid {}, neither this user nor root{UNTRUSTED}",
            dir.display(),
            md.uid()
        ));
    }
    if md.permissions().mode() & 0o022 != 0 {
        return Err(format!(
            "{} is writable by its group or others (mode {:o}){UNTRUSTED}",
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
            file: "f.py".into(),
            rjit_version: "t".into(),
            cpu: "host".into(),
            tier: "tier1".into(),
        }
    }

    #[test]
    fn round_trip() {
        let d = tempfile::tempdir().unwrap();
        let k = key("a");
        store(d.path(), &k, &meta(), b"object bytes").unwrap();
        let got = load(d.path(), &k, false).unwrap();
        assert_eq!(got.payload(), b"object bytes");
        assert_eq!(got.meta.symbol, "rjit_x");
    }

    #[test]
    fn absent_is_a_plain_miss() {
        let d = tempfile::tempdir().unwrap();
        assert!(matches!(
            load(d.path(), &key("nope"), false),
            Err(Miss::Absent)
        ));
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
                matches!(load(d.path(), &k, false), Err(Miss::Corrupt(_))),
                "cut at {cut}"
            );
        }
        let mut bad = full.clone();
        let n = bad.len();
        bad[n - 10] ^= 0xff;
        std::fs::write(&p, &bad).unwrap();
        assert!(matches!(load(d.path(), &k, false), Err(Miss::Corrupt(_))));
        // an entry stored under another key is not accepted for this one
        let other = key("c");
        std::fs::copy(&p, entry_path(d.path(), &other)).unwrap();
        std::fs::write(&p, &full).unwrap();
        assert!(matches!(
            load(d.path(), &other, false),
            Err(Miss::Corrupt(_))
        ));
    }

    #[test]
    fn world_writable_dir_is_refused() {
        let d = tempfile::tempdir().unwrap();
        std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        assert!(check_dir(d.path()).is_err());
        std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        assert!(check_dir(d.path()).is_ok());
    }

    #[test]
    fn group_writable_entry_is_refused() {
        let d = tempfile::tempdir().unwrap();
        let k = key("g");
        store(d.path(), &k, &meta(), b"x").unwrap();
        let p = entry_path(d.path(), &k);
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o664)).unwrap();
        assert!(matches!(load(d.path(), &k, false), Err(Miss::Untrusted(_))));
    }

    #[test]
    fn other_format_version_is_foreign() {
        let d = tempfile::tempdir().unwrap();
        let k = key("v");
        store(d.path(), &k, &meta(), b"x").unwrap();
        let p = entry_path(d.path(), &k);
        let mut b = std::fs::read(&p).unwrap();
        b[8] = 1;
        std::fs::write(&p, &b).unwrap();
        assert!(matches!(load(d.path(), &k, false), Err(Miss::Foreign(_))));
    }

    #[test]
    fn layers_search_in_order_and_store_to_the_first() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let k = key("l");
        store(b.path(), &k, &meta(), b"from b").unwrap();
        let ls = Layers::open(&[a.path().to_path_buf(), b.path().to_path_buf()], true);
        assert_eq!(ls.write_dir(), Some(a.path()));
        let (i, e) = ls.load(&[key("other"), k.clone()]).unwrap();
        assert_eq!((i, e.payload()), (1, &b"from b"[..]));
        store(a.path(), &k, &meta(), b"from a").unwrap();
        assert_eq!(ls.load(&[k]).unwrap().1.payload(), b"from a");
    }

    #[test]
    fn evict_removes_the_least_recently_used_first() {
        let d = tempfile::tempdir().unwrap();
        let mut paths = Vec::new();
        for (i, age) in [300u64, 100, 200].iter().enumerate() {
            let k = key(&format!("e{i}"));
            store(d.path(), &k, &meta(), &[0u8; 1000]).unwrap();
            let p = entry_path(d.path(), &k);
            let t = std::time::SystemTime::now() - std::time::Duration::from_secs(*age);
            std::fs::File::options()
                .write(true)
                .open(&p)
                .unwrap()
                .set_modified(t)
                .unwrap();
            paths.push(p);
        }
        let one = std::fs::metadata(&paths[0]).unwrap().len();
        let out = maint::evict(d.path(), one * 2, true).unwrap();
        assert_eq!(out.removed, 1);
        assert!(!paths[0].exists() && paths[1].exists() && paths[2].exists());
        let (n, _) = maint::clear(d.path()).unwrap();
        assert_eq!(n, 2);
    }
}
