//! The compile pool and its queues: the only part of rjit that owns threads.
//!
//! ```text
//! hook (GIL) ──submit(snapshot, state)──► pool worker (nice 10, no GIL, no Python objects)
//!     tier1_llvm::compile ─► aot_cache::store ─► FINISHED queue ─► hook drains (GIL) and links
//! ```
//! Invariants: workers see only plain data (`CodeSnapshot`, the `Arc<CodeState>` they never
//! dereference into Python); `shutdown` (registered with `atexit`) stops new work and waits
//! for running jobs before interpreter finalisation; one LLVM context per job.
//! Queued jobs run newest first: the code that got hot last is the likeliest to be on the
//! current hot path, while start-up code that got hot earlier can wait. (First-in first-out,
//! pyperf's worker processes ended before their benchmark's own functions were compiled.)
//! Allowed dependencies: tier1_llvm, aot_cache, tier0, bytecode, config, errors, stats.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::aot_cache::{self, CacheKey, EntryMeta};
use crate::errors::AbortReason;
use crate::tier0::{CodeSnapshot, CodeState};
use crate::{config, stats, tier1_llvm};

/// CPython 3.11's bytecode magic number (`importlib.util.MAGIC_NUMBER`), part of every key.
pub const PYTHON_MAGIC: u16 = 3495;

/// Set when `FINISHED` has results; read by the hook on every call (one relaxed load).
pub static INSTALL_PENDING: AtomicBool = AtomicBool::new(false);
static FINISHED: Mutex<Vec<Finished>> = Mutex::new(Vec::new());
static PENDING: Mutex<usize> = Mutex::new(0);
static IDLE: Condvar = Condvar::new();
static SHUTDOWN: AtomicBool = AtomicBool::new(false);
/// Jobs not started yet; each pool task takes the newest.
static JOBS: Mutex<Vec<Job>> = Mutex::new(Vec::new());

struct Job {
    snap: CodeSnapshot,
    key: CacheKey,
    state: Arc<CodeState>,
}

/// A compile job's outcome, waiting for a GIL holder to install it.
pub struct Finished {
    pub state: Arc<CodeState>,
    pub symbol: String,
    pub result: Result<Vec<u8>, AbortReason>,
}

/// The key of a snapshot: rjit and helper-ABI versions, CPython magic, LLVM and target
/// identity, and the code itself.
pub fn cache_key(snap: &CodeSnapshot) -> CacheKey {
    let mut k = CacheKey::new();
    k.field("rjit", env!("CARGO_PKG_VERSION").as_bytes())
        .field("abi", &crate::runtime::abi::ABI_VERSION.to_le_bytes())
        .field("python_magic", &PYTHON_MAGIC.to_le_bytes())
        .field("target", target_identity().as_bytes())
        .field("code", &snap.key_bytes());
    k
}

fn target_identity() -> &'static str {
    static ID: OnceLock<String> = OnceLock::new();
    ID.get_or_init(tier1_llvm::target::identity)
}

/// The entry symbol for a key.
pub fn symbol_for(key: &CacheKey) -> String {
    format!("rjit_{}", &key.hex()[..32])
}

pub fn precheck(snap: &CodeSnapshot) -> Result<(), AbortReason> {
    tier1_llvm::precheck(snap)
}

/// Compile and store in the cache (if any). Runs on whatever thread calls it; touches no
/// Python object.
pub fn build(snap: &CodeSnapshot, key: &CacheKey, symbol: &str) -> Result<Vec<u8>, AbortReason> {
    let t = Instant::now();
    let obj = tier1_llvm::compile(snap, symbol)?;
    stats::COMPILE_NANOS.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
    stats::bump(&stats::COMPILED);
    if let Some(dir) = config::cache_dir() {
        let meta = EntryMeta {
            symbol: symbol.to_string(),
            qualname: snap.qualname.clone(),
            rjit_version: env!("CARGO_PKG_VERSION").to_string(),
        };
        match aot_cache::store(&dir, key, &meta, &obj) {
            Ok(()) => stats::bump(&stats::CACHE_STORES),
            Err(_) => stats::bump(&stats::CACHE_ERRORS),
        }
    }
    Ok(obj)
}

fn pool() -> &'static rayon::ThreadPool {
    static POOL: OnceLock<rayon::ThreadPool> = OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .thread_name(|i| format!("rjit-compile-{i}"))
            // SAFETY: nice() only lowers this thread's own priority (Linux: per thread).
            .start_handler(|_| unsafe {
                libc::nice(10);
            })
            .build()
            .expect("cannot start the rjit compile thread")
    })
}

/// Queue a compile. Returns false (nothing queued) after shutdown.
pub fn submit(snap: CodeSnapshot, key: CacheKey, state: Arc<CodeState>) -> bool {
    if SHUTDOWN.load(Ordering::Acquire) {
        return false;
    }
    *PENDING.lock().unwrap_or_else(|p| p.into_inner()) += 1;
    JOBS.lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(Job { snap, key, state });
    // One task per job; whichever task runs takes the newest job.
    pool().spawn(|| {
        let Some(Job { snap, key, state }) = JOBS.lock().unwrap_or_else(|p| p.into_inner()).pop()
        else {
            return;
        };
        let symbol = symbol_for(&key);
        // Jobs still queued when the process exits are dropped, not compiled.
        let result = if SHUTDOWN.load(Ordering::Acquire) {
            Err(AbortReason::Shutdown)
        } else {
            std::panic::catch_unwind(|| build(&snap, &key, &symbol))
                .unwrap_or_else(|_| Err(AbortReason::Backend("compiler panicked".into())))
        };
        FINISHED
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(Finished {
                state,
                symbol,
                result,
            });
        INSTALL_PENDING.store(true, Ordering::Release);
        let mut n = PENDING.lock().unwrap_or_else(|p| p.into_inner());
        *n -= 1;
        if *n == 0 {
            IDLE.notify_all();
        }
    });
    true
}

/// Take every finished job (GIL holder only).
pub fn take_finished() -> Vec<Finished> {
    INSTALL_PENDING.store(false, Ordering::Release);
    std::mem::take(&mut *FINISHED.lock().unwrap_or_else(|p| p.into_inner()))
}

/// Block until no compile is running or queued. Call without the GIL. True if idle.
pub fn wait_idle(timeout: Option<Duration>) -> bool {
    let deadline = timeout.map(|t| Instant::now() + t);
    let mut n = PENDING.lock().unwrap_or_else(|p| p.into_inner());
    while *n > 0 {
        match deadline {
            None => n = IDLE.wait(n).unwrap_or_else(|p| p.into_inner()),
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    return false;
                }
                n = IDLE
                    .wait_timeout(n, d - now)
                    .unwrap_or_else(|p| p.into_inner())
                    .0;
            }
        }
    }
    true
}

/// At exit: let queued compiles finish for up to `config::exit_compile_budget()` (they go to
/// the cache, so this run warms the next), then stop accepting jobs, drop what is still queued
/// and wait (bounded) for the running one. Call without the GIL.
pub fn shutdown() {
    let budget = config::exit_compile_budget();
    if !budget.is_zero() && config::cache_dir().is_some() {
        wait_idle(Some(budget));
    }
    SHUTDOWN.store(true, Ordering::Release);
    wait_idle(Some(Duration::from_secs(30)));
}
