//! Atomic store: write to a temporary file created exclusively in the cache directory, then
//! rename it over the final name, so readers see either nothing or a complete entry.

use std::io::Write;
use std::path::Path;

use super::format::{EntryMeta, HEADER_LEN, MAGIC, VERSION, config};
use super::{CacheKey, entry_path, prepare_dir};

pub fn store(dir: &Path, key: &CacheKey, meta: &EntryMeta, payload: &[u8]) -> Result<(), String> {
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
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .tempfile_in(dir)
        .map_err(|e| format!("temp file in {}: {e}", dir.display()))?;
    tmp.write_all(&buf).map_err(|e| e.to_string())?;
    tmp.persist(entry_path(dir, key))
        .map_err(|e| e.to_string())?;
    Ok(())
}
