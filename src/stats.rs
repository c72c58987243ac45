//! Process-wide counters behind `rjit.stats()`.
//!
//! Invariant: counters only ever go up (until `reset`), are updated with relaxed atomics from any
//! thread, and are never read on a hot path. Failure reasons are a closed set of snake_case
//! strings (`errors::AbortReason::as_str`).

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use crate::cpython::frames;

pub static COMPILED: AtomicU64 = AtomicU64::new(0);
pub static COMPILE_NANOS: AtomicU64 = AtomicU64::new(0);
/// Second compiles with the optimising effort of code already running Quick (`RJIT_IMPROVE`),
/// and those of them installed over the Quick code.
pub static IMPROVED: AtomicU64 = AtomicU64::new(0);
pub static IMPROVE_NANOS: AtomicU64 = AtomicU64::new(0);
pub static IMPROVE_INSTALLED: AtomicU64 = AtomicU64::new(0);
/// Code compiled again without the typed tier after its guards kept failing.
pub static TYPED_DEMOTIONS: AtomicU64 = AtomicU64::new(0);
/// Generic code from the cache run while the typed tier's code for it is compiled in the
/// background (`RJIT_TYPED=1` without a typed entry: `hook::install::tier_up`).
pub static TYPED_UPGRADES: AtomicU64 = AtomicU64::new(0);
/// Time spent looking entries up in the cache (open, check, map, verify) and linking them.
pub static CACHE_LOAD_NANOS: AtomicU64 = AtomicU64::new(0);
pub static LINK_NANOS: AtomicU64 = AtomicU64::new(0);
pub static CACHE_HITS: AtomicU64 = AtomicU64::new(0);
pub static CACHE_MISSES: AtomicU64 = AtomicU64::new(0);
pub static CACHE_STORES: AtomicU64 = AtomicU64::new(0);
pub static CACHE_STORED_BYTES: AtomicU64 = AtomicU64::new(0);
/// Stores that failed, and directories or entries that could not be read (I/O, permissions).
pub static CACHE_ERRORS: AtomicU64 = AtomicU64::new(0);
/// Misses by kind (each is also in `CACHE_MISSES`): a damaged entry, an entry of another
/// format version, an entry others could have written.
pub static CACHE_CORRUPT: AtomicU64 = AtomicU64::new(0);
pub static CACHE_FOREIGN: AtomicU64 = AtomicU64::new(0);
pub static CACHE_UNTRUSTED: AtomicU64 = AtomicU64::new(0);
/// Cache directories named in the configuration and refused (untrusted, not a directory).
pub static CACHE_REFUSED_DIRS: AtomicU64 = AtomicU64::new(0);
/// Entries this process evicted to keep the size limit.
pub static CACHE_EVICTED: AtomicU64 = AtomicU64::new(0);
/// Frames the hook saw that were evaluated from their start or resumed (all of them).
pub static FRAMES: AtomicU64 = AtomicU64::new(0);
pub static JIT_ENTRIES: AtomicU64 = AtomicU64::new(0);
/// Frames handed to the interpreter mid-function with no exception pending (a delegated
/// instruction, tracing switched on, an async exception, a generator resumed by the interpreter).
pub static DEOPTS: AtomicU64 = AtomicU64::new(0);
/// Exceptions that left a compiled frame with no handler in it and were handed to the
/// interpreter to finish the unwinding (tracing or profiling on). Not a deopt.
pub static EXCEPTION_EXITS: AtomicU64 = AtomicU64::new(0);
/// Exceptions that left a compiled frame with no handler in it, unwound without the
/// interpreter (`runtime::deopt`: traceback entry, frame unlinked, NULL returned): tracing and
/// profiling off.
pub static EXCEPTION_UNWINDS: AtomicU64 = AtomicU64::new(0);
/// Python-function calls from compiled code whose frame rjit pushed itself (no `_PyEval_Vector`)
/// and handed to the evaluator (the hook counts them in `FRAMES`).
pub static DIRECT_CALLS: AtomicU64 = AtomicU64::new(0);
/// Attribute lookups answered by the process-wide megamorphic table (`inline_cache`).
pub static MEGAMORPHIC_HITS: AtomicU64 = AtomicU64::new(0);
/// Entries of the megamorphic tables (re)filled: a generic lookup each.
pub static MEGAMORPHIC_FILLS: AtomicU64 = AtomicU64::new(0);
/// Calls from compiled code into compiled code that pushed the frame and jumped to the entry
/// without the hook, and compiled generators resumed by compiled SENDs (not in `FRAMES` or
/// `JIT_ENTRIES`). Bumped by compiled code itself and by `generators::send_compiled`.
pub static DIRECT_ENTRIES: AtomicU64 = AtomicU64::new(0);
/// Inline-cache misses in compiled code (the hits are checked inline and not counted): each is
/// a call of the lookup helper, which refills the cache or does the generic lookup.
pub static GLOBAL_CACHE_MISSES: AtomicU64 = AtomicU64::new(0);
/// Of those, the ones the helper answered from a cache in keys mode (no `dk_version` drawn).
pub static GLOBAL_KEYS_HITS: AtomicU64 = AtomicU64::new(0);
pub static ATTR_CACHE_MISSES: AtomicU64 = AtomicU64::new(0);
pub static METHOD_CACHE_MISSES: AtomicU64 = AtomicU64::new(0);
/// Calls of the LOAD_ATTR and LOAD_METHOD helpers from compiled code: every load not served by
/// the inline checks (a hit the helper finds, a miss, a megamorphic site).
pub static ATTR_HELPER_CALLS: AtomicU64 = AtomicU64::new(0);
pub static METHOD_HELPER_CALLS: AtomicU64 = AtomicU64::new(0);
pub static INSTALLED: AtomicU64 = AtomicU64::new(0);
/// Objects the own loader declined and ORC linked (expected: 0).
pub static ORC_LINKS: AtomicU64 = AtomicU64::new(0);
/// Cache hits served from a pack (`aot_cache::pack`): no file opened, nothing linked.
pub static CACHE_PACK_HITS: AtomicU64 = AtomicU64::new(0);
/// Packs whose image this process mapped (once each).
pub static CACHE_PACKS_MAPPED: AtomicU64 = AtomicU64::new(0);
/// How long loading the code generator library took (0: this process never loaded it).
pub static LLVM_LOAD_NANOS: AtomicU64 = AtomicU64::new(0);
/// Code generator processes this process started (`driver::remote`).
pub static CODEGEN_SPAWNS: AtomicU64 = AtomicU64::new(0);
/// The largest peak resident memory a code generator process reported, KiB.
pub static CODEGEN_PEAK_RSS_KIB: AtomicU64 = AtomicU64::new(0);
static FAILURES: Mutex<BTreeMap<String, u64>> = Mutex::new(BTreeMap::new());

pub fn bump(c: &AtomicU64) {
    c.fetch_add(1, Relaxed);
}

/// Increment a counter that is only ever written with the GIL held (the hook's counters):
/// the GIL serialises writers, so a plain load and store suffices (no locked instruction).
#[inline(always)]
pub fn bump_gil(c: &AtomicU64) {
    c.store(c.load(Relaxed) + 1, Relaxed);
}

pub fn record_failure(reason: &str) {
    let mut f = FAILURES.lock().unwrap_or_else(|p| p.into_inner());
    *f.entry(reason.to_string()).or_insert(0) += 1;
}

pub fn failures() -> BTreeMap<String, u64> {
    FAILURES.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

/// Name → value for every plain counter.
pub fn snapshot() -> Vec<(&'static str, u64)> {
    vec![
        ("compiled", COMPILED.load(Relaxed)),
        ("installed", INSTALLED.load(Relaxed)),
        ("improved", IMPROVED.load(Relaxed)),
        ("improve_installed", IMPROVE_INSTALLED.load(Relaxed)),
        ("typed_demotions", TYPED_DEMOTIONS.load(Relaxed)),
        ("typed_upgrades", TYPED_UPGRADES.load(Relaxed)),
        ("orc_links", ORC_LINKS.load(Relaxed)),
        ("cache_pack_hits", CACHE_PACK_HITS.load(Relaxed)),
        ("cache_packs_mapped", CACHE_PACKS_MAPPED.load(Relaxed)),
        ("cache_hits", CACHE_HITS.load(Relaxed)),
        ("cache_misses", CACHE_MISSES.load(Relaxed)),
        ("cache_stores", CACHE_STORES.load(Relaxed)),
        ("cache_stored_bytes", CACHE_STORED_BYTES.load(Relaxed)),
        ("cache_errors", CACHE_ERRORS.load(Relaxed)),
        ("cache_corrupt", CACHE_CORRUPT.load(Relaxed)),
        ("cache_foreign", CACHE_FOREIGN.load(Relaxed)),
        ("cache_untrusted", CACHE_UNTRUSTED.load(Relaxed)),
        ("cache_refused_dirs", CACHE_REFUSED_DIRS.load(Relaxed)),
        ("cache_evicted", CACHE_EVICTED.load(Relaxed)),
        ("frames", FRAMES.load(Relaxed)),
        ("jit_entries", JIT_ENTRIES.load(Relaxed)),
        ("deopts", DEOPTS.load(Relaxed)),
        ("exception_exits", EXCEPTION_EXITS.load(Relaxed)),
        ("exception_unwinds", EXCEPTION_UNWINDS.load(Relaxed)),
        ("direct_calls", DIRECT_CALLS.load(Relaxed)),
        ("direct_entries", DIRECT_ENTRIES.load(Relaxed)),
        ("stack_chunks", frames::CHUNKS_PUSHED.load(Relaxed)),
        ("stack_chunks_reused", frames::CHUNKS_REUSED.load(Relaxed)),
        ("global_cache_misses", GLOBAL_CACHE_MISSES.load(Relaxed)),
        ("global_keys_hits", GLOBAL_KEYS_HITS.load(Relaxed)),
        ("attr_cache_misses", ATTR_CACHE_MISSES.load(Relaxed)),
        ("method_cache_misses", METHOD_CACHE_MISSES.load(Relaxed)),
        ("attr_helper_calls", ATTR_HELPER_CALLS.load(Relaxed)),
        ("method_helper_calls", METHOD_HELPER_CALLS.load(Relaxed)),
        ("megamorphic_hits", MEGAMORPHIC_HITS.load(Relaxed)),
        ("megamorphic_fills", MEGAMORPHIC_FILLS.load(Relaxed)),
        ("codegen_spawns", CODEGEN_SPAWNS.load(Relaxed)),
        ("codegen_peak_rss_kib", CODEGEN_PEAK_RSS_KIB.load(Relaxed)),
    ]
}

/// Deopts by site: (code object address, instruction index) → (qualname, count). The name is
/// taken at the first deopt of a site, while the code object is certainly alive; an address
/// reused by a later code object may merge two sites (diagnostics only).
static DEOPT_SITES: Mutex<BTreeMap<(usize, i32), (String, u64)>> = Mutex::new(BTreeMap::new());

/// Count a deopt at `index` of `code` (deopts are already slow: a frame handed over).
pub fn record_deopt_site(code: usize, index: i32, name: impl FnOnce() -> String) {
    let mut m = DEOPT_SITES.lock().unwrap_or_else(|p| p.into_inner());
    m.entry((code, index)).or_insert_with(|| (name(), 0)).1 += 1;
}

/// The `n` sites with most deopts: (qualname, bytecode offset in bytes, count).
pub fn top_deopt_sites(n: usize) -> Vec<(String, i32, u64)> {
    let m = DEOPT_SITES.lock().unwrap_or_else(|p| p.into_inner());
    let mut v: Vec<_> = m
        .iter()
        .map(|((_, i), (name, c))| (name.clone(), 2 * i, *c))
        .collect();
    v.sort_by_key(|s| std::cmp::Reverse(s.2));
    v.truncate(n);
    v
}

pub fn compile_seconds() -> f64 {
    COMPILE_NANOS.load(Relaxed) as f64 / 1e9
}

/// Seconds of the second compiles (`IMPROVED`).
pub fn improve_seconds() -> f64 {
    IMPROVE_NANOS.load(Relaxed) as f64 / 1e9
}

/// Seconds spent in look-ups of the cache and in linking.
pub fn load_seconds() -> (f64, f64) {
    (
        CACHE_LOAD_NANOS.load(Relaxed) as f64 / 1e9,
        LINK_NANOS.load(Relaxed) as f64 / 1e9,
    )
}
