//! `rjit precompile`: compile many snapshots into the cache ahead of time, on `jobs` threads.
//!
//! Invariants: nothing is run, only compiled (the caller hands in snapshots of code objects
//! it compiled from source); code that cannot be compiled is a counted reason, never an
//! error; an entry already present in any layer is not compiled again; the same code object
//! found twice (identical bytecode in two places) is compiled once. Entries are stored for the
//! requested CPU, which a process looks up after its host-specific key. `pack_dir` pre-links
//! the loose entries a cache already has (made by running programs) into packs.

use std::collections::{BTreeMap, HashSet};
use std::io::IsTerminal;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use super::{cache_key, store, symbol_for};
use crate::aot_cache::{CacheKey, Layers, pack};
use crate::target::{Cpu, Effort};
use crate::tier0::CodeSnapshot;

use super::codegen;

pub struct Options {
    pub jobs: usize,
    pub cpu: Cpu,
    /// Show progress on stderr: a bar on a terminal, a line per tenth otherwise.
    pub progress: bool,
    /// Also pre-link every entry of the run into packs (`aot_cache::pack`).
    pub pack: bool,
}

#[derive(Default, Debug)]
pub struct Report {
    /// Code objects handed in.
    pub total: u64,
    pub compiled: u64,
    /// Already in a cache layer.
    pub cached: u64,
    /// The same bytecode as another code object of this run.
    pub duplicates: u64,
    /// Not compilable: reason → count.
    pub failed: BTreeMap<String, u64>,
    /// Compiled but not stored (I/O error, full disk): the first error and the count.
    pub store_errors: u64,
    pub first_store_error: Option<String>,
    pub bytes_written: u64,
    pub seconds: f64,
    /// Compile time of each compiled function, sorted (nanoseconds).
    pub compile_nanos: Vec<u64>,
    /// Packs written (or found already written), the functions in them, their bytes, and the
    /// entries left out of them (they stay loose entries), with the first reason.
    pub packs: u64,
    pub packed: u64,
    pub pack_bytes: u64,
    pub unpacked: u64,
    pub first_unpacked: Option<String>,
}

struct Progress {
    bar: ProgressBar,
    total: u64,
    done: AtomicU64,
    plain: bool,
}

impl Progress {
    fn new(total: u64, show: bool) -> Progress {
        let term = show && std::io::stderr().is_terminal();
        let bar = if term {
            let b = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
            b.set_style(
                ProgressStyle::with_template(
                    "rjit precompile {bar:40} {pos}/{len} {per_sec} eta {eta} {wide_msg}",
                )
                .expect("a valid template"),
            );
            b
        } else {
            ProgressBar::hidden()
        };
        Progress {
            bar,
            total,
            done: AtomicU64::new(0),
            plain: show && !term,
        }
    }

    fn tick(&self, what: &str) {
        let n = self.done.fetch_add(1, Relaxed) + 1;
        self.bar.inc(1);
        self.bar.set_message(what.to_string());
        if self.plain && (n * 10 / self.total) != ((n - 1) * 10 / self.total) {
            eprintln!(
                "rjit precompile: {n}/{} ({}%)",
                self.total,
                n * 100 / self.total
            );
        }
    }
}

pub fn run(snaps: Vec<CodeSnapshot>, layers: &Layers, opts: &Options) -> Result<Report, String> {
    let Some(dir) = layers.write_dir() else {
        return Err(if layers.is_empty() {
            if layers.refused.is_empty() {
                "no usable cache directory (pass --cache-dir)".into()
            } else {
                format!("no usable cache directory: {}", layers.refused.join("; "))
            }
        } else {
            "no cache directory this process may write".into()
        });
    };
    let t0 = Instant::now();
    let mut report = Report {
        total: snaps.len() as u64,
        ..Report::default()
    };
    let mut seen = HashSet::new();
    let mut work = Vec::new();
    for s in snaps {
        let key = cache_key(&s, opts.cpu);
        if seen.insert(key.digest()) {
            work.push((s, key));
        } else {
            report.duplicates += 1;
        }
    }
    let progress = Progress::new(work.len() as u64, opts.progress);
    let compiled = AtomicU64::new(0);
    let cached = AtomicU64::new(0);
    let bytes = AtomicU64::new(0);
    let store_errors = AtomicU64::new(0);
    let first_store_error = Mutex::new(None);
    let failed = Mutex::new(BTreeMap::<String, u64>::new());
    let nanos = Mutex::new(Vec::new());
    // Work items whose entry is in the cache after this run (for the packs).
    let available = Mutex::new(Vec::new());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.max(1))
        .thread_name(|i| format!("rjit-precompile-{i}"))
        .build()
        .map_err(|e| format!("cannot start {} threads: {e}", opts.jobs))?;
    pool.install(|| {
        work.par_iter().enumerate().for_each(|(i, (snap, key))| {
            let have = || available.lock().unwrap_or_else(|p| p.into_inner()).push(i);
            let fail = |reason: String| {
                *failed
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .entry(reason)
                    .or_insert(0) += 1;
            };
            if layers.load(std::slice::from_ref(key)).is_ok() {
                cached.fetch_add(1, Relaxed);
                have();
            } else if let Err(r) = codegen::precheck(snap) {
                fail(r.as_str());
            } else {
                let symbol = symbol_for(key);
                let t = Instant::now();
                let built = std::panic::catch_unwind(|| {
                    codegen::compile(snap, &symbol, opts.cpu, Effort::Optimised)
                })
                .unwrap_or_else(|_| {
                    Err(crate::errors::AbortReason::Backend(
                        "compiler panicked".into(),
                    ))
                });
                match built {
                    Ok(obj) => {
                        nanos
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .push(t.elapsed().as_nanos() as u64);
                        compiled.fetch_add(1, Relaxed);
                        match store(dir, snap, key, &symbol, opts.cpu, Effort::Optimised, &obj) {
                            Ok(n) => {
                                bytes.fetch_add(n, Relaxed);
                                have();
                            }
                            Err(e) => {
                                store_errors.fetch_add(1, Relaxed);
                                first_store_error
                                    .lock()
                                    .unwrap_or_else(|p| p.into_inner())
                                    .get_or_insert(e);
                            }
                        }
                    }
                    Err(r) => fail(r.as_str()),
                }
            }
            progress.tick(&snap.qualname);
        })
    });
    progress.bar.finish_and_clear();
    report.compiled = compiled.into_inner();
    report.cached = cached.into_inner();
    report.bytes_written = bytes.into_inner();
    report.store_errors = store_errors.into_inner();
    report.first_store_error = first_store_error
        .into_inner()
        .unwrap_or_else(|p| p.into_inner());
    report.failed = failed.into_inner().unwrap_or_else(|p| p.into_inner());
    let mut n = nanos.into_inner().unwrap_or_else(|p| p.into_inner());
    n.sort_unstable();
    report.compile_nanos = n;
    if opts.pack {
        let mut have = available.into_inner().unwrap_or_else(|p| p.into_inner());
        have.sort_unstable();
        let keys: Vec<&CacheKey> = have.iter().map(|&i| &work[i].1).collect();
        write_packs(dir, layers, &keys, &mut report);
    }
    report.seconds = t0.elapsed().as_secs_f64();
    Ok(report)
}

/// Objects read into one pack at most: a pack's image is built in memory.
const PACK_OBJECT_BYTES: usize = 64 << 20;

/// Pre-link the entries of `keys` (read back from the layers) into packs in `dir`, in order,
/// a pack per `PACK_OBJECT_BYTES` of objects. A pack is named after its entries, so running the
/// same precompile again finds it written. Failures leave the entries loose: a pack only
/// makes loading cheaper, nothing depends on it.
fn write_packs(dir: &std::path::Path, layers: &Layers, keys: &[&CacheKey], report: &mut Report) {
    let items = keys.iter().map(|key| {
        layers
            .load(std::slice::from_ref(*key))
            .map(|(_, e)| PackItem {
                object: e.payload().to_vec(),
                symbol: e.meta.symbol.clone(),
                key: key.digest(),
                quick: e.meta.tier == Effort::Quick.tier_name(),
            })
            .map_err(|m| format!("entry {}: {m}", key.hex()))
    });
    let names = pack_items(dir, items, report);
    remove_covered_packs(dir, &names);
}

/// An entry to pack.
struct PackItem {
    object: Vec<u8>,
    symbol: String,
    key: [u8; 32],
    /// Compiled with the quick effort (`pack::PackEntry::quick`).
    quick: bool,
}

/// Pre-link `items` into packs in `dir`, a pack per `PACK_OBJECT_BYTES` of objects, counting
/// into `report` (an item that could not be read stays loose, with its reason); the names of
/// the packs written or found already written.
fn pack_items(
    dir: &std::path::Path,
    items: impl Iterator<Item = Result<PackItem, String>>,
    report: &mut Report,
) -> Vec<String> {
    let mut names = Vec::new();
    let mut chunk: Vec<PackItem> = Vec::new();
    let mut size = 0;
    let mut flush = |chunk: &mut Vec<PackItem>, report: &mut Report| {
        if chunk.is_empty() {
            return;
        }
        // Named after its keys and their objects: the same entries make the same pack, found
        // written; an entry compiled again under its key (a second compile, a demotion's
        // replacement) makes a new one, which replaces the pack it covers.
        let mut h = blake3::Hasher::new();
        for it in chunk.iter() {
            h.update(&it.key);
            h.update(blake3::hash(&it.object).as_bytes());
        }
        let name = format!("pack-{}", &h.finalize().to_hex()[..32]);
        let file = format!("{name}{}", pack::SUFFIX);
        let path = dir.join(&file);
        names.push(file);
        if let Ok(p) = pack::Pack::open(&path) {
            report.packs += 1;
            report.packed += p.len() as u64;
            chunk.clear();
            return;
        }
        let objects: Vec<(&[u8], &str)> = chunk
            .iter()
            .map(|it| (it.object.as_slice(), it.symbol.as_str()))
            .collect();
        let known = |name: &str| crate::runtime::code_memory::resolvable(name);
        match crate::runtime::elf_loader::prelink(&objects, pack::PAGE as usize, &known) {
            Ok(img) => {
                let mut entries = Vec::new();
                for (b, it) in img.blocks.iter().zip(chunk.iter()) {
                    match b {
                        Ok(b) => entries.push(pack::PackEntry {
                            key: it.key,
                            quick: it.quick,
                            block_off: b.off,
                            block_len: b.len,
                            entry_off: b.entry_off,
                            symbol_size: b.symbol_size,
                        }),
                        Err(e) => {
                            report.unpacked += 1;
                            report.first_unpacked.get_or_insert_with(|| e.clone());
                        }
                    }
                }
                let n = entries.len() as u64;
                let image = pack::Image {
                    bytes: img.bytes,
                    shared_len: img.shared_len,
                    eh_frame_off: img.eh_frame_off,
                    eh_frame_len: img.eh_frame_len,
                    slots: img.slots,
                    entries,
                    abi: crate::runtime::abi::ABI_VERSION,
                };
                match pack::write(dir, &name, &image) {
                    Ok((_, bytes)) => {
                        report.packs += 1;
                        report.packed += n;
                        report.pack_bytes += bytes;
                    }
                    Err(e) => {
                        report.unpacked += chunk.len() as u64;
                        report.first_unpacked.get_or_insert(e);
                    }
                }
            }
            Err(e) => {
                report.unpacked += chunk.len() as u64;
                report.first_unpacked.get_or_insert(e);
            }
        }
        chunk.clear();
    };
    for item in items {
        let item = match item {
            Ok(item) => item,
            Err(e) => {
                report.unpacked += 1;
                report.first_unpacked.get_or_insert(e);
                continue;
            }
        };
        size += item.object.len();
        chunk.push(item);
        if size >= PACK_OBJECT_BYTES {
            flush(&mut chunk, report);
            size = 0;
        }
    }
    flush(&mut chunk, report);
    names
}

/// Remove the packs of `dir` other than `kept` whose every function is in the `kept` packs:
/// a pack written again with more functions (a later precompile or `rjit cache pack`)
/// replaces the ones it covers instead of leaving them to be searched too.
fn remove_covered_packs(dir: &std::path::Path, kept: &[String]) {
    let kept_packs: Vec<pack::Pack> = kept
        .iter()
        .filter_map(|n| pack::Pack::open(&dir.join(n)).ok())
        .collect();
    if kept_packs.is_empty() {
        return;
    }
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for de in rd.flatten() {
        let name = de.file_name().to_string_lossy().into_owned();
        if !name.ends_with(pack::SUFFIX) || kept.contains(&name) {
            continue;
        }
        let Ok(old) = pack::Pack::open(&de.path()) else {
            continue; // not ours to judge: `rjit cache verify` reports it
        };
        let covered = (0..old.len()).all(|i| {
            let k = old.key_at(i);
            kept_packs.iter().any(|p| p.find(&k).is_some())
        });
        if covered {
            let _ = std::fs::remove_file(de.path());
        }
    }
}

/// `rjit cache pack`: pre-link every loose entry of `dir` into packs (what processes that ran
/// programs stored), then remove the packs the new ones cover. The entries stay: a pack is
/// only the faster way to load them. Code compiled Quick is flagged so in the pack: the
/// process that loads it compiles it again Optimised (`driver::improve`), and the next pack
/// of the directory holds that code instead.
pub fn pack_dir(dir: &std::path::Path) -> Result<Report, String> {
    // Before the entries are read: an entry written again from here on is marked again, and
    // one written before is packed in its newest form.
    let _ = std::fs::remove_file(dir.join(crate::aot_cache::store::SUPERSEDED_FILE));
    let t0 = Instant::now();
    let mut loose = loose_entries(dir)?;
    let mut report = Report {
        total: loose.len() as u64,
        ..Report::default()
    };
    // In the image, the functions of one source file together, then by key (the order is the
    // same for the same entries): a process touches the pages of the functions it runs, and
    // the kernel maps the pages around each fault (64 KiB) into it too; with the functions of
    // every program of a shared cache mixed at random, docutils' peak RSS grew 5.7 MiB over
    // its loose entries' (`bench/apps`' shared cache of ten programs). Each entry is read once
    // for its source file here and again below for its object (not all held at once: a cache
    // may hold a gigabyte); one that cannot be read sorts first and is reported below.
    loose.sort_by_cached_key(|(d, path, _, _)| {
        let file = crate::aot_cache::load::load_path(path, d, false).map(|e| e.meta.file);
        (file.unwrap_or_default(), *d)
    });
    let items = loose.iter().map(|(d, path, _, _)| {
        crate::aot_cache::load::load_path(path, d, false)
            .map(|e| PackItem {
                quick: e.meta.tier == Effort::Quick.tier_name(),
                object: e.payload().to_vec(),
                symbol: e.meta.symbol.clone(),
                key: *d,
            })
            .map_err(|m| format!("{}: {m}", path.display()))
    });
    let names = pack_items(dir, items, &mut report);
    remove_covered_packs(dir, &names);
    report.seconds = t0.elapsed().as_secs_f64();
    Ok(report)
}

/// A loose entry: key digest, path, size, modification time.
type Loose = ([u8; 32], std::path::PathBuf, u64, std::time::SystemTime);

/// The loose entries of `dir`.
fn loose_entries(dir: &std::path::Path) -> Result<Vec<Loose>, String> {
    let (entries, _) =
        crate::aot_cache::maint::list(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(entries
        .into_iter()
        .filter_map(|e| {
            let d = crate::aot_cache::maint::digest_of(&e.path)?;
            Some((d, e.path, e.size, e.modified))
        })
        .collect())
}

/// How many of `loose` no pack of `dir` that this build reads holds, or holds from before the
/// entry was last written (compiled again since), and how many functions those packs hold.
/// Only the file names, times and the packs' indexes are read. (A pack's time is also
/// refreshed by a process that opens it when it is more than an hour old, which can hide a
/// later write of an entry it holds: that entry waits for the next pack.)
fn unpacked_entries(dir: &std::path::Path, loose: &[Loose]) -> (usize, usize) {
    let (open, _) = pack::open_all(dir, false, crate::runtime::abi::ABI_VERSION);
    let packs: Vec<_> = open
        .into_iter()
        .filter_map(|p| {
            let made = std::fs::metadata(&p.path).and_then(|m| m.modified()).ok()?;
            Some((p, made))
        })
        .collect();
    let packed = packs.iter().map(|(p, _)| p.len()).sum();
    let fresh = loose
        .iter()
        .filter(|(d, _, _, written)| {
            !packs
                .iter()
                .any(|(p, made)| p.find(d).is_some() && written <= made)
        })
        .count();
    (fresh, packed)
}

/// Automatic packs need at least this many loose entries: mapping a pack costs about as much
/// as loading a handful of loose entries (docs/cache-format.md).
pub const AUTO_PACK_MIN_ENTRIES: usize = 16;
/// Automatic packing reads every loose entry; over this many bytes of them it is left to
/// `rjit cache pack`.
pub const AUTO_PACK_MAX_BYTES: u64 = 256 << 20;
/// Held exclusively (`flock`) by whoever packs a directory automatically; another packer skips.
pub const PACK_LOCK_FILE: &str = ".rjit-pack.lock";

/// What the code generator process does before it exits when it stored entries in `dir`
/// (`serve`): `pack_dir`, once the entries no pack holds (new ones, and ones compiled again
/// since their pack was written) number at least `AUTO_PACK_MIN_ENTRIES` and an eighth of
/// the functions already packed; not when another process is packing `dir` (it sees these
/// entries too), past `AUTO_PACK_MAX_BYTES` of loose entries, or with `RJIT_PACK=0`. So a
/// cache that keeps growing (a test suite's, sharing one directory across hundreds of
/// processes) is packed again a logarithmic number of times, and entries added since its last
/// pack are loaded loose meanwhile. None when skipped.
pub fn auto_pack(dir: &std::path::Path) -> Option<Report> {
    if !crate::config::auto_pack_from_env() {
        return None;
    }
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(PACK_LOCK_FILE))
        .ok()?;
    // SAFETY: flock on a file this function owns; released when it is closed (returning).
    let locked = unsafe {
        libc::flock(
            std::os::fd::AsRawFd::as_raw_fd(&lock),
            libc::LOCK_EX | libc::LOCK_NB,
        )
    } == 0;
    if !locked {
        return None;
    }
    let loose = loose_entries(dir).ok()?;
    let bytes: u64 = loose.iter().map(|(_, _, n, _)| n).sum();
    if loose.len() < AUTO_PACK_MIN_ENTRIES || bytes > AUTO_PACK_MAX_BYTES {
        return None;
    }
    let (fresh, packed) = unpacked_entries(dir, &loose);
    if fresh < AUTO_PACK_MIN_ENTRIES.max(packed / 8) {
        return None;
    }
    pack_dir(dir).ok()
}
