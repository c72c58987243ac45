//! Atomic store: write to a temporary file created exclusively in the cache directory, then
//! rename it over the final name, so readers see either nothing or a complete entry. A process
//! killed mid-store leaves a `.tmp-*` file that no reader ever opens; eviction removes it.

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
    tmp.persist(entry_path(dir, key))
        .map_err(|e| e.to_string())?;
    Ok(buf.len() as u64)
}
