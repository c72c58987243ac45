//! Atomic store: write to a temporary file created exclusively in the cache directory, then
//! rename it over the final name, so readers see either nothing or a complete entry. A process
//! killed mid-store leaves a `.tmp-*` file that no reader ever opens; eviction removes it.
//! An entry written over an older one of its key is listed in `SUPERSEDED_FILE`, so that a
//! pack holding the older code does not serve it.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use super::format::{EntryMeta, HEADER_LEN, MAGIC, VERSION, config};
use super::{CacheKey, entry_path, prepare_dir};

/// Store an entry; returns the bytes written.
pub fn store(dir: &Path, key: &CacheKey, meta: &EntryMeta, payload: &[u8]) -> Result<u64, String> {
    prepare_dir(dir)?;
    let meta_bytes = bincode::encode_to_vec(meta, config()).map_err(|e| e.to_string())?;
    let mut h = blake3::Hasher::new();
    h.update(&meta_bytes);
    h.update(payload);
    let mut buf = Vec::with_capacity(HEADER_LEN + meta_bytes.len() + payload.len());
    buf.extend_from_slice(MAGIC);
    buf.extend_from_slice(&VERSION.to_le_bytes());
    buf.extend_from_slice(&(meta_bytes.len() as u32).to_le_bytes());
    buf.extend_from_slice(&key.digest());
    buf.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    buf.extend_from_slice(h.finalize().as_bytes());
    buf.extend_from_slice(&meta_bytes);
    buf.extend_from_slice(payload);
    // Readable by everyone (not writable): a layer built by one user (root, in an image) serves
    // processes of another. Machine code compiled from source is not a secret.
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .permissions(std::fs::Permissions::from_mode(0o644))
        .tempfile_in(dir)
        .map_err(|e| format!("temp file in {}: {e}", dir.display()))?;
    tmp.write_all(&buf).map_err(|e| e.to_string())?;
    let path = entry_path(dir, key);
    let replaced = path.exists();
    tmp.persist(path).map_err(|e| e.to_string())?;
    if replaced {
        mark_superseded(dir, key);
    }
    Ok(buf.len() as u64)
}

/// The file listing the keys whose entries were written again since the directory was last
/// packed (32-byte digests, appended): a pack may hold the older code of such a key (a Quick
/// compile since compiled Optimised, typed code since demoted), and look-ups take the loose
/// entry instead (`Layers::find_packed`). Packing removes it first (`precompile::pack_dir`):
/// the new pack is made from the newest entries.
pub const SUPERSEDED_FILE: &str = ".rjit-superseded";

/// Append `key` to `SUPERSEDED_FILE` (one `write` of 32 bytes with `O_APPEND`: whole even when
/// processes append at once). A failure is ignored: the pack's older code still runs.
fn mark_superseded(dir: &Path, key: &CacheKey) {
    let _ = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join(SUPERSEDED_FILE))
        .and_then(|mut f| f.write_all(&key.digest()));
}

/// The digests `SUPERSEDED_FILE` lists in `dir` (none when it is absent or unreadable).
pub fn superseded(dir: &Path) -> std::collections::HashSet<[u8; 32]> {
    let bytes = std::fs::read(dir.join(SUPERSEDED_FILE)).unwrap_or_default();
    bytes
        .chunks_exact(32)
        .map(|c| c.try_into().expect("chunks of 32"))
        .collect()
}
