//! Packs: many entries pre-linked into one image, mapped once per process (`rjit precompile`
//! writes one per run). A look-up in a pack is a binary search in its mapped index; loading a
//! function from it is a checksum of that function's bytes, with no file opened, no linking
//! and no mapping of its own (issue "`rjit precompile`", point 6).
//!
//! File layout (little-endian; `image_off` is a multiple of `PAGE`):
//! ```text
//! 0    8  magic "RJITPACK"
//! 8    4  format version
//! 12   4  entries N
//! 16   4  GOT slots S
//! 20   4  the helper ABI version of the rjit that wrote it (`runtime::abi::ABI_VERSION`)
//! 24   8  names length L (the slots' symbol names, each NUL-terminated, in slot order)
//! 32   8  image offset      40  8  image length I (a multiple of PAGE)
//! 48   8  shared length H   (image[0..H): the stubs and the .eh_frame of every entry)
//! 56   8  .eh_frame offset in the image   64  8  its length, zero terminator included
//! 72  32  blake3(bytes 0..72 ‖ index ‖ names ‖ image[0..H])
//! 104 N×96 index, sorted by key: key 32 | block offset 8 | block length 4 | entry offset 4
//!          | symbol size 4 | flags 1 (bit 0: compiled Quick) | reserved 11
//!          | XXH3-128(image[block]) 16 | 0 16
//! …    L  names
//! image_off I  the image: code that runs where it is mapped, followed in memory (not in the
//!          file) by S GOT slots of 8 bytes that the loader fills for this process
//! ```
//! Invariants: a pack is immutable and published by rename, like an entry; the header
//! checksum is verified when the pack is opened and an entry's own checksum before its code
//! is handed out, so a damaged pack is a miss, never code. This module knows nothing of ELF or
//! of mapping code executable (`runtime::code_memory` does that, once per pack).

use std::io::Write;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::{Miss, trusted_owner};

pub const MAGIC: &[u8; 8] = b"RJITPACK";
pub const VERSION: u32 = 1;
/// The image's alignment in the file and of its length: the largest page size of the
/// platforms rjit runs on, so the image can be mapped straight from the file.
pub const PAGE: u64 = 65536;
const HEADER: usize = 104;
const INDEX_ENTRY: usize = 96;
/// File name suffix of packs in a cache directory.
pub const SUFFIX: &str = ".rjitpack";

/// One function of a pack, as the builder hands it in.
pub struct PackEntry {
    pub key: [u8; 32],
    /// Where its block (the object's sections) starts in the image, and its length.
    pub block_off: u64,
    pub block_len: u32,
    /// The entry symbol's offset in its block, and its size (for profilers' maps).
    pub entry_off: u32,
    pub symbol_size: u32,
    /// Compiled with the quick effort: a process that loads it compiles it again
    /// (`driver::improve`), as it does a loose entry compiled Quick.
    pub quick: bool,
}

/// Index flag: the function was compiled with the quick effort.
const FLAG_QUICK: u8 = 1;

/// What the pre-linker produced (`runtime::elf_loader::prelink`).
pub struct Image {
    pub bytes: Vec<u8>,
    /// Bytes of `bytes` before the first entry's block: stubs and `.eh_frame`.
    pub shared_len: u64,
    pub eh_frame_off: u64,
    pub eh_frame_len: u64,
    /// The symbol each GOT slot holds, in slot order.
    pub slots: Vec<String>,
    pub entries: Vec<PackEntry>,
    /// The helper ABI its code was compiled against (`Pack::abi`).
    pub abi: u32,
}

/// A function's checksum: XXH3-128, padded to 32 bytes. Not blake3, as entries and the pack's
/// header use: this one is computed on every load from a pack, where blake3 was most of the
/// cost (about 4 µs of 9.5 for a median function); it guards against damage, and the pack is
/// trusted (owner and mode) before anything in it is read, as entries are.
fn block_checksum(block: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    out[..16].copy_from_slice(&xxhash_rust::xxh3::xxh3_128(block).to_le_bytes());
    out
}

fn u32_at(b: &[u8], o: usize) -> u32 {
    u32::from_le_bytes(b[o..o + 4].try_into().expect("4 bytes"))
}

fn u64_at(b: &[u8], o: usize) -> u64 {
    u64::from_le_bytes(b[o..o + 8].try_into().expect("8 bytes"))
}

/// Write `image` as a pack named `name` in `dir` (temp file, then rename). Returns the path
/// and the bytes written.
pub fn write(dir: &Path, name: &str, image: &Image) -> Result<(PathBuf, u64), String> {
    let mut entries: Vec<&PackEntry> = image.entries.iter().collect();
    entries.sort_by_key(|a| a.key);
    entries.dedup_by(|a, b| a.key == b.key);
    let mut names = Vec::new();
    for s in &image.slots {
        names.extend_from_slice(s.as_bytes());
        names.push(0);
    }
    let mut index = Vec::with_capacity(entries.len() * INDEX_ENTRY);
    for e in &entries {
        let block = image
            .bytes
            .get(e.block_off as usize..e.block_off as usize + e.block_len as usize)
            .ok_or("an entry's block is outside the image")?;
        index.extend_from_slice(&e.key);
        index.extend_from_slice(&e.block_off.to_le_bytes());
        index.extend_from_slice(&e.block_len.to_le_bytes());
        index.extend_from_slice(&e.entry_off.to_le_bytes());
        index.extend_from_slice(&e.symbol_size.to_le_bytes());
        index.push(if e.quick { FLAG_QUICK } else { 0 });
        index.extend_from_slice(&[0u8; 11]);
        index.extend_from_slice(&block_checksum(block));
    }
    let image_off = (HEADER + index.len() + names.len()) as u64;
    let image_off = image_off.div_ceil(PAGE) * PAGE;
    let image_len = (image.bytes.len() as u64).div_ceil(PAGE) * PAGE;
    let mut head = Vec::with_capacity(HEADER);
    head.extend_from_slice(MAGIC);
    head.extend_from_slice(&VERSION.to_le_bytes());
    head.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    head.extend_from_slice(&(image.slots.len() as u32).to_le_bytes());
    head.extend_from_slice(&image.abi.to_le_bytes());
    head.extend_from_slice(&(names.len() as u64).to_le_bytes());
    head.extend_from_slice(&image_off.to_le_bytes());
    head.extend_from_slice(&image_len.to_le_bytes());
    head.extend_from_slice(&image.shared_len.to_le_bytes());
    head.extend_from_slice(&image.eh_frame_off.to_le_bytes());
    head.extend_from_slice(&image.eh_frame_len.to_le_bytes());
    let mut h = blake3::Hasher::new();
    h.update(&head);
    h.update(&index);
    h.update(&names);
    h.update(&image.bytes[..image.shared_len as usize]);
    head.extend_from_slice(h.finalize().as_bytes());
    debug_assert_eq!(head.len(), HEADER);
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-pack-")
        .tempfile_in(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    let f = tmp.as_file_mut();
    let pad = image_off as usize - (HEADER + index.len() + names.len());
    let tail = image_len as usize - image.bytes.len();
    for part in [
        &head[..],
        &index,
        &names,
        &vec![0u8; pad],
        &image.bytes,
        &vec![0u8; tail],
    ] {
        f.write_all(part)
            .map_err(|e| format!("writing a pack: {e}"))?;
    }
    f.set_permissions(std::fs::Permissions::from_mode(0o644))
        .map_err(|e| e.to_string())?;
    f.sync_all().map_err(|e| e.to_string())?;
    let path = dir.join(format!("{name}{SUFFIX}"));
    tmp.persist(&path).map_err(|e| e.to_string())?;
    Ok((path, image_off + image_len))
}

/// An open pack: its file mapped read-only (index and names read in place; the runtime maps
/// the image executable from the same file once, `mapped`).
pub struct Pack {
    pub path: PathBuf,
    file: std::fs::File,
    map: *const u8,
    map_len: usize,
    n: usize,
    pub slots: usize,
    names_at: usize,
    names_len: usize,
    pub image_off: u64,
    pub image_len: u64,
    pub shared_len: u64,
    pub eh_frame_off: u64,
    pub eh_frame_len: u64,
    /// The helper ABI version of the rjit that wrote it: another build's pack (left in the
    /// cache by the rjit before an upgrade) is not opened by look-ups (`open_all`).
    pub abi: u32,
    /// Set once by the runtime: the image's address in this process, or 0 if it could not be
    /// mapped (then every look-up in this pack is a miss).
    pub mapped: OnceLock<usize>,
}

// SAFETY: the mapping is read-only and lives as long as the Pack; nothing mutates through it.
unsafe impl Send for Pack {}
// SAFETY: as above; `mapped` is a OnceLock.
unsafe impl Sync for Pack {}

impl Drop for Pack {
    fn drop(&mut self) {
        // SAFETY: the mapping made in `open`, not used after this.
        unsafe { libc::munmap(self.map as *mut libc::c_void, self.map_len) };
    }
}

/// A function found in a pack.
pub struct Found {
    pub block_off: u64,
    pub block_len: u32,
    pub entry_off: u32,
    pub symbol_size: u32,
    /// Compiled with the quick effort (`PackEntry::quick`).
    pub quick: bool,
    checksum: [u8; 32],
}

impl Found {
    /// Whether `block` (this function's bytes, wherever the caller reads them: the runtime
    /// checks them in the executable mapping it will run, so the pages it touches are the
    /// ones the code needs anyway) matches its checksum.
    pub fn matches(&self, block: &[u8]) -> bool {
        block.len() == self.block_len as usize && block_checksum(block) == self.checksum
    }
}

impl Pack {
    /// Open and verify the pack at `path` (owner, mode, header, index and shared bytes).
    pub fn open(path: &Path) -> Result<Pack, Miss> {
        let shown = || path.display().to_string();
        let file =
            std::fs::File::open(path).map_err(|e| Miss::Unusable(format!("{}: {e}", shown())))?;
        let md = file
            .metadata()
            .map_err(|e| Miss::Unusable(format!("{}: {e}", shown())))?;
        if !trusted_owner(md.uid()) || md.permissions().mode() & 0o022 != 0 {
            return Err(Miss::Untrusted(format!(
                "{}: owned by uid {} with mode {:o}",
                shown(),
                md.uid(),
                md.permissions().mode() & 0o777
            )));
        }
        let len = md.len() as usize;
        if len < HEADER {
            return Err(Miss::Corrupt(format!(
                "{}: shorter than the header",
                shown()
            )));
        }
        // SAFETY: a read-only private mapping of a file we opened; packs are never modified
        // in place (published by rename), so the bytes do not change under us.
        let map = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ,
                libc::MAP_PRIVATE,
                std::os::fd::AsRawFd::as_raw_fd(&file),
                0,
            )
        };
        if map == libc::MAP_FAILED {
            return Err(Miss::Unusable(format!("{}: mmap failed", shown())));
        }
        let mut pack = Pack {
            path: path.to_path_buf(),
            file,
            map: map as *const u8,
            map_len: len,
            n: 0,
            slots: 0,
            names_at: 0,
            names_len: 0,
            image_off: 0,
            image_len: 0,
            shared_len: 0,
            eh_frame_off: 0,
            eh_frame_len: 0,
            abi: 0,
            mapped: OnceLock::new(),
        };
        pack.check().map_err(|m| match m {
            Miss::Corrupt(w) => Miss::Corrupt(format!("{}: {w}", shown())),
            Miss::Foreign(w) => Miss::Foreign(format!("{}: {w}", shown())),
            other => other,
        })?;
        Ok(pack)
    }

    fn bytes(&self) -> &[u8] {
        // SAFETY: the live read-only mapping of `len` bytes.
        unsafe { std::slice::from_raw_parts(self.map, self.map_len) }
    }

    fn check(&mut self) -> Result<(), Miss> {
        let corrupt = |w: &str| Miss::Corrupt(w.to_string());
        let b = self.bytes();
        if &b[0..8] != MAGIC {
            return Err(corrupt("bad magic"));
        }
        if u32_at(b, 8) != VERSION {
            return Err(Miss::Foreign(format!(
                "pack format version {} (this rjit reads {VERSION})",
                u32_at(b, 8)
            )));
        }
        let n = u32_at(b, 12) as usize;
        let slots = u32_at(b, 16) as usize;
        let abi = u32_at(b, 20);
        let names_len = u64_at(b, 24) as usize;
        let (image_off, image_len) = (u64_at(b, 32), u64_at(b, 40));
        let shared_len = u64_at(b, 48);
        let (eh_off, eh_len) = (u64_at(b, 56), u64_at(b, 64));
        let names_at = HEADER + n * INDEX_ENTRY;
        let fits = names_at
            .checked_add(names_len)
            .is_some_and(|e| e as u64 <= image_off)
            && image_off % PAGE == 0
            && image_len % PAGE == 0
            && image_off.checked_add(image_len) == Some(b.len() as u64)
            && shared_len <= image_len
            && eh_off.checked_add(eh_len).is_some_and(|e| e <= shared_len);
        if !fits {
            return Err(corrupt("length mismatch"));
        }
        let mut h = blake3::Hasher::new();
        h.update(&b[0..72]);
        h.update(&b[HEADER..names_at + names_len]);
        let img = image_off as usize;
        h.update(&b[img..img + shared_len as usize]);
        if h.finalize().as_bytes() != &b[72..104] {
            return Err(corrupt("checksum mismatch"));
        }
        if b[names_at..names_at + names_len]
            .iter()
            .filter(|&&c| c == 0)
            .count()
            != slots
        {
            return Err(corrupt("slot names"));
        }
        self.n = n;
        self.slots = slots;
        self.names_at = names_at;
        self.names_len = names_len;
        self.image_off = image_off;
        self.image_len = image_len;
        self.shared_len = shared_len;
        self.eh_frame_off = eh_off;
        self.eh_frame_len = eh_len;
        self.abi = abi;
        Ok(())
    }

    /// The GOT slots' symbol names, in slot order.
    pub fn slot_names(&self) -> impl Iterator<Item = &str> {
        self.bytes()[self.names_at..self.names_at + self.names_len]
            .split(|&c| c == 0)
            .take(self.slots)
            .map(|s| std::str::from_utf8(s).unwrap_or("\u{0}invalid"))
    }

    /// The file, for mapping the image.
    pub fn file(&self) -> &std::fs::File {
        &self.file
    }

    /// The image's bytes as stored (for a copy into anonymous memory).
    pub fn image_bytes(&self) -> &[u8] {
        &self.bytes()[self.image_off as usize..(self.image_off + self.image_len) as usize]
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    fn index_entry(&self, i: usize) -> &[u8] {
        &self.bytes()[HEADER + i * INDEX_ENTRY..HEADER + (i + 1) * INDEX_ENTRY]
    }

    /// The key of the `i`-th entry (sorted order).
    pub fn key_at(&self, i: usize) -> [u8; 32] {
        self.index_entry(i)[0..32].try_into().expect("32 bytes")
    }

    /// The entry for `key`, if the pack has one (its bytes not yet verified: `verify`).
    pub fn find(&self, key: &[u8; 32]) -> Option<Found> {
        let (mut lo, mut hi) = (0usize, self.n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            let e = self.index_entry(mid);
            match e[0..32].cmp(&key[..]) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    let f = Found {
                        block_off: u64_at(e, 32),
                        block_len: u32_at(e, 40),
                        entry_off: u32_at(e, 44),
                        symbol_size: u32_at(e, 48),
                        quick: e[52] & FLAG_QUICK != 0,
                        checksum: e[64..96].try_into().expect("32 bytes"),
                    };
                    let inside = f.block_off >= self.shared_len
                        && f.block_off + u64::from(f.block_len) <= self.image_len
                        && f.entry_off < f.block_len;
                    return inside.then_some(f);
                }
            }
        }
        None
    }

    /// Check an entry's bytes, as read from this pack's file, against its checksum.
    pub fn verify(&self, f: &Found) -> bool {
        let at = (self.image_off + f.block_off) as usize;
        f.matches(&self.bytes()[at..at + f.block_len as usize])
    }
}

/// The packs in `dir` (opened and verified once per layer by `Layers`), and the misses of
/// those refused. `touch`: refresh a pack's time when it is more than an hour old (a layer
/// this process may write), as a hit does for an entry, so that eviction, which goes by
/// time, sees a pack in use as recently used.
pub fn open_all(dir: &Path, touch: bool, abi: u32) -> (Vec<Pack>, Vec<Miss>) {
    let mut packs = Vec::new();
    let mut refused = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return (packs, refused);
    };
    let mut paths: Vec<PathBuf> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_str().is_some_and(|s| s.ends_with(SUFFIX)))
        .collect();
    paths.sort();
    for p in paths {
        match Pack::open(&p) {
            // Another build's: its functions are under keys this build never looks up (the
            // ABI version is part of every key), and it may call helpers this build lacks.
            Ok(pk) if pk.abi != abi => {}
            Ok(pk) => {
                if touch && let Ok(md) = pk.file.metadata() {
                    super::load::touch_if_stale(&pk.file, &md);
                }
                packs.push(pk)
            }
            Err(m) => refused.push(m),
        }
    }
    (packs, refused)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(keys: &[u8]) -> Image {
        let shared = 128usize;
        let mut bytes = vec![0xCCu8; shared];
        let mut entries = Vec::new();
        for &k in keys {
            let off = bytes.len() as u64;
            bytes.extend(std::iter::repeat_n(k, 100 + k as usize));
            entries.push(PackEntry {
                key: [k; 32],
                block_off: off,
                block_len: 100 + u32::from(k),
                entry_off: 3,
                symbol_size: 50,
                quick: k % 2 == 1,
            });
        }
        Image {
            bytes,
            shared_len: shared as u64,
            eh_frame_off: 64,
            eh_frame_len: 4,
            abi: 7,
            slots: vec!["PyLong_FromLong".into(), "rjit_x".into()],
            entries,
        }
    }

    #[test]
    fn written_packs_find_and_verify_their_functions() {
        let d = tempfile::tempdir().unwrap();
        let (path, n) = write(d.path(), "p", &image(&[9, 3, 200, 7])).unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().len(), n);
        assert_eq!(n % PAGE, 0);
        let p = Pack::open(&path).unwrap();
        assert_eq!(p.len(), 4);
        assert_eq!(
            p.slot_names().collect::<Vec<_>>(),
            ["PyLong_FromLong", "rjit_x"]
        );
        for k in [3u8, 7, 9, 200] {
            let f = p.find(&[k; 32]).expect("present");
            assert_eq!(
                (f.block_len, f.entry_off, f.symbol_size, f.quick),
                (100 + u32::from(k), 3, 50, k % 2 == 1)
            );
            assert!(p.verify(&f));
            let at = (p.image_off + f.block_off) as usize;
            assert!(p.image_bytes()[at - p.image_off as usize] == k);
        }
        assert!(p.find(&[4; 32]).is_none());
        assert!((0..4).map(|i| p.key_at(i)).is_sorted());
    }

    #[test]
    fn look_ups_open_only_packs_of_their_own_abi() {
        let d = tempfile::tempdir().unwrap();
        write(d.path(), "p", &image(&[1, 2])).unwrap();
        let (packs, refused) = open_all(d.path(), false, 7);
        assert_eq!((packs.len(), refused.len()), (1, 0));
        assert_eq!(packs[0].abi, 7);
        // Another build's pack is passed over, not refused (no warning for it).
        let (packs, refused) = open_all(d.path(), false, 8);
        assert_eq!((packs.len(), refused.len()), (0, 0));
    }

    #[test]
    fn damage_is_a_miss() {
        let d = tempfile::tempdir().unwrap();
        let (path, _) = write(d.path(), "p", &image(&[1, 2])).unwrap();
        let good = std::fs::read(&path).unwrap();
        let opened = |b: &[u8]| {
            std::fs::write(&path, b).unwrap();
            Pack::open(&path)
        };
        // a function's bytes: the pack opens, that function does not verify
        let p = opened(&good).unwrap();
        let f = p.find(&[2; 32]).unwrap();
        let mut b = good.clone();
        b[(p.image_off + f.block_off) as usize + 5] ^= 1;
        drop(p);
        let p = opened(&b).unwrap();
        assert!(!p.verify(&p.find(&[2; 32]).unwrap()));
        assert!(p.verify(&p.find(&[1; 32]).unwrap()));
        drop(p);
        // the header, the index, the shared bytes, the length, the version
        for at in [20usize, HEADER + 40, HEADER + 2 * INDEX_ENTRY + 3] {
            let mut b = good.clone();
            b[at] ^= 1;
            assert!(matches!(opened(&b), Err(Miss::Corrupt(_))), "byte {at}");
        }
        let image_off = u64_at(&good, 32) as usize;
        let mut b = good.clone();
        b[image_off + 10] ^= 1;
        assert!(matches!(opened(&b), Err(Miss::Corrupt(_))));
        assert!(matches!(
            opened(&good[..good.len() - 1]),
            Err(Miss::Corrupt(_))
        ));
        assert!(matches!(opened(&good[..50]), Err(Miss::Corrupt(_))));
        let mut b = good.clone();
        b[8] = 9;
        assert!(matches!(opened(&b), Err(Miss::Foreign(_))));
        std::fs::write(&path, &good).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
        assert!(matches!(Pack::open(&path), Err(Miss::Untrusted(_))));
    }
}
