//! The compile pool and its queues: the only part of rjit that owns threads.
//!
//! ```text
//! hook (GIL) ──submit(snapshot, state)──► pool worker (nice 10, no GIL, no Python objects)
//!     remote::compile ──socket──► code generator process (serve: LLVM, aot_cache::store)
//!     (RJIT_CODEGEN=thread: codegen::compile in librjit_llvm.so here, then aot_cache::store)
//!   ─► FINISHED queue ─► hook drains (GIL) and links
//! ```
//! Invariants: workers see only plain data (`CodeSnapshot`, the `Arc<CodeState>` they never
//! dereference into Python), so a compile may outlive interpreter finalisation; `shutdown`
//! (registered with `atexit`) lets queued work run for a bounded time, then stops it; a
//! compile still running at the C library's `exit` ends the process there, before LLVM's
//! static destructors (`exit_while_compiling`); one LLVM context per job.
//! Queued jobs run hottest first: the most calls (and generator resumes) per second since the
//! job was queued, newest first among equals. Code that is still being called is what a
//! compile pays back soonest; start-up code that got hot earlier and is no longer called can
//! wait. (First-in first-out, pyperf's worker processes ended before their benchmark's own
//! functions were compiled; newest-first, a program that made hundreds of functions hot in
//! its first second compiled the last ones of them first, and ran 0.3% of its frames
//! compiled: docs/tiering.md.)
//! Second compiles (`improve`: the same code again with `Effort::Optimised`, to replace its
//! Quick code) wait in their own queue and run only when no first compile is queued; at exit a
//! process that ran for seconds hands them to the code generator process after its first
//! compiles, and a short one drops them (`HAND_OVER_IMPROVEMENTS_AFTER`).
//! `precompile.rs` is the other user of threads: `rjit precompile`'s pool of `--jobs` workers.
//! Allowed dependencies: codegen_abi and tier1_llvm (through `codegen` only), target, aot_cache, tier0, bytecode, config, errors, stats.

pub mod codegen;
pub mod precompile;
#[cfg(not(feature = "llvm"))]
pub mod remote;
#[cfg(feature = "llvm")]
pub mod serve;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::aot_cache::{self, CacheKey, EntryMeta, Layers, Loaded, Miss};
use crate::errors::AbortReason;
use crate::target::{self, Cpu, Effort};
use crate::tier0::{CodeSnapshot, CodeState};
use crate::{config, stats};

/// CPython 3.11's bytecode magic number (`importlib.util.MAGIC_NUMBER`), part of every key.
pub const PYTHON_MAGIC: u16 = 3495;

/// Set when `FINISHED` has results; read by the hook on every call (one relaxed load).
pub static INSTALL_PENDING: AtomicBool = AtomicBool::new(false);
static FINISHED: Mutex<Vec<Finished>> = Mutex::new(Vec::new());
static PENDING: Mutex<usize> = Mutex::new(0);
static IDLE: Condvar = Condvar::new();
static SHUTDOWN: AtomicBool = AtomicBool::new(false);
/// Jobs not started yet; each pool task takes the hottest (`take_hottest`).
static JOBS: Mutex<Vec<Job>> = Mutex::new(Vec::new());
/// Code running Quick, to compile again Optimised (`improve`), hottest first; a pool task takes
/// one only when `JOBS` is empty. Not counted in `PENDING`: nobody waits for them.
static IMPROVE: Mutex<Vec<Job>> = Mutex::new(Vec::new());
/// Second compiles of code over `IMPROVE_MAX_UNITS`: never run here, only handed to the code
/// generator process at exit (`shutdown`), where nobody waits behind them.
static IMPROVE_AFTER_EXIT: Mutex<Vec<Job>> = Mutex::new(Vec::new());
/// Generic replacements of typed code whose guards keep failing (`recompile`): taken before
/// every other job, since each call of that code until its replacement lands is a deopt
/// (measured: chaos' `GVector.Mag` deopted 271,137 times while its replacement waited behind
/// the process's second compiles). Otherwise handled as second compiles are (not in `PENDING`).
static RECOMPILE: Mutex<Vec<Job>> = Mutex::new(Vec::new());

/// A process at least this old hands the second compiles it did not get to over to the code
/// generator process at exit, after its first compiles. Younger ones drop them: a test suite's
/// hundreds of short processes would each leave a code generator process up to a minute of
/// work (measured when every process handed them over: pytest ran 3x slower, with dozens of
/// them at once). A program that runs for seconds is what a fleet runs again: without the
/// hand-over, each of its processes got through only some of the second compiles before it
/// exited (oldest first, not hottest), and networkx's hottest functions still ran Quick code
/// in its fifth warm process, 0.93x of plain CPython.
#[cfg(not(feature = "llvm"))]
const HAND_OVER_IMPROVEMENTS_AFTER: Duration = Duration::from_secs(2);

struct Job {
    snap: CodeSnapshot,
    key: CacheKey,
    state: Arc<CodeState>,
    /// A second compile, Optimised, of code that already runs Quick.
    improve: bool,
    /// A first compile whose result replaces code already running (`upgrade`): queued,
    /// counted and waited for as first compiles are, installed as second compiles are.
    upgrade: bool,
    /// `state.calls` and the time when it was queued: how hot it has been since (`hotness`).
    calls_at_queue: u64,
    queued_at: Instant,
}

impl Job {
    fn new(snap: CodeSnapshot, key: CacheKey, state: Arc<CodeState>, improve: bool) -> Job {
        let calls_at_queue = state.calls.load(Ordering::Relaxed);
        Job {
            snap,
            key,
            state,
            improve,
            upgrade: false,
            calls_at_queue,
            queued_at: Instant::now(),
        }
    }

    /// A second compile of typed code whose code object has been demoted since it was queued
    /// (`hook::install::on_deopt`): its result would not be installed, and a code generator
    /// process would store it over the generic replacement's cache entry.
    fn stale(&self) -> bool {
        self.improve && self.snap.typed && self.state.typed_demoted()
    }

    /// Calls (and generator resumes) per second since the job was queued.
    fn hotness(&self, now: Instant) -> f64 {
        let calls = self
            .state
            .calls
            .load(Ordering::Relaxed)
            .saturating_sub(self.calls_at_queue);
        rate(calls, now.saturating_duration_since(self.queued_at))
    }
}

/// A queued job's calls are counted over at least this long, so that one queued a moment ago
/// does not look hot from a handful of calls.
const HOTNESS_MIN_AGE: Duration = Duration::from_millis(50);

/// `calls` over `age`, at least `HOTNESS_MIN_AGE`.
fn rate(calls: u64, age: Duration) -> f64 {
    calls as f64 / age.max(HOTNESS_MIN_AGE).as_secs_f64()
}

/// Index of the job to run first: the hottest since it was queued (`Job::hotness`); among
/// equals (none called since, typically), the newest.
fn hottest<T>(jobs: &[T], hotness: impl Fn(&T) -> f64) -> Option<usize> {
    // `max_by` gives the last of equal maxima: the newest.
    let h: Vec<f64> = jobs.iter().map(hotness).collect();
    (0..h.len()).max_by(|&a, &b| h[a].total_cmp(&h[b]))
}

/// `jobs` in the order the pool would run them: hottest first, newest first among equals.
fn by_hotness(mut jobs: Vec<Job>) -> Vec<Job> {
    let now = Instant::now();
    jobs.reverse();
    let mut keyed: Vec<(f64, Job)> = jobs.into_iter().map(|j| (j.hotness(now), j)).collect();
    keyed.sort_by(|a, b| b.0.total_cmp(&a.0));
    keyed.into_iter().map(|(_, j)| j).collect()
}

/// Remove and return the job of `queue` to run first (`hottest`).
fn take_hottest(queue: &Mutex<Vec<Job>>) -> Option<Job> {
    let now = Instant::now();
    let mut q = queue.lock().unwrap_or_else(|p| p.into_inner());
    hottest(&q, |j| j.hotness(now)).map(|i| q.remove(i))
}

/// A compile job's outcome, waiting for a GIL holder to install it.
pub struct Finished {
    pub state: Arc<CodeState>,
    pub symbol: String,
    pub result: Result<Vec<u8>, AbortReason>,
    /// The Optimised code to replace the Quick code with (an error only keeps the Quick code).
    pub improve: bool,
    /// Whether the typed tier was allowed (`CodeSnapshot::typed`): a replacement compiled so
    /// is not installed once the code has been demoted meanwhile.
    pub typed: bool,
}

/// The key of a snapshot compiled for `cpu`: rjit and helper-ABI versions, CPython magic, the
/// code itself, then LLVM and target identity (`code_key` then `for_cpu`).
pub fn cache_key(snap: &CodeSnapshot, cpu: Cpu) -> CacheKey {
    for_cpu(&code_key(snap), cpu)
}

/// Everything of the key but the target. The code is hashed once: the keys for each CPU a
/// look-up tries are derived from this state (`for_cpu`), not from the snapshot again.
pub fn code_key(snap: &CodeSnapshot) -> CacheKey {
    let mut k = CacheKey::new();
    k.field("rjit", env!("CARGO_PKG_VERSION").as_bytes())
        .field("abi", &crate::runtime::abi::ABI_VERSION.to_le_bytes())
        .field("python_magic", &PYTHON_MAGIC.to_le_bytes())
        .field("code", &snap.key_bytes());
    if snap.typed || snap.demoted {
        // Typed code is guarded by one process's profile and generic code is not: a process
        // without `RJIT_TYPED` never loads typed code, and one with it looks for typed code
        // first (where demotion, `hook::install::on_deopt`, leaves generic code in its place:
        // `CodeSnapshot::demoted`).
        k.field("tier", b"typed");
        // The functions computed in place of calls: their code shapes the typed code.
        for c in &snap.callees {
            k.field("callee", &c.key_bytes());
        }
    }
    k
}

/// The key of the code `code_key` hashed, compiled for `cpu`.
pub fn for_cpu(code: &CacheKey, cpu: Cpu) -> CacheKey {
    let mut k = code.clone();
    k.field("target", target_identity(cpu).as_bytes());
    k
}

fn target_identity(cpu: Cpu) -> &'static str {
    static HOST: OnceLock<String> = OnceLock::new();
    static LEVELS: OnceLock<Vec<String>> = OnceLock::new();
    match cpu {
        Cpu::Host => HOST.get_or_init(|| target::identity(Cpu::Host)),
        Cpu::Level(i) => &LEVELS.get_or_init(|| {
            (0..target::LEVELS.len())
                .map(|l| target::identity(Cpu::Level(l)))
                .collect()
        })[i],
    }
}

/// What this process looks up, in order: code for the CPU it compiles for (`RJIT_CPU`, by
/// default this very CPU), then this very CPU's, then the portable levels it can run, best
/// first.
fn lookup_cpus() -> Vec<Cpu> {
    static LEVELS: OnceLock<Vec<Cpu>> = OnceLock::new();
    let first = config::cpu();
    let mut v = vec![first];
    v.extend(
        std::iter::once(Cpu::Host)
            .chain(LEVELS.get_or_init(target::host_levels).iter().copied())
            .filter(|c| *c != first),
    );
    v
}

/// The cache layers of the current configuration, resolved once per configuration. A
/// directory that is refused is reported on stderr once per process.
pub fn cache_layers() -> Arc<Layers> {
    static RESOLVED: Mutex<Option<(u64, Arc<Layers>)>> = Mutex::new(None);
    static WARNED: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let generation = config::generation();
    let mut r = RESOLVED.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((g, l)) = r.as_ref()
        && *g == generation
    {
        return l.clone();
    }
    let layers = Arc::new(Layers::open(&config::cache_dirs(), true));
    let mut warned = WARNED.lock().unwrap_or_else(|p| p.into_inner());
    for why in &layers.refused {
        stats::bump(&stats::CACHE_REFUSED_DIRS);
        if !warned.contains(why) {
            eprintln!("rjit: cache directory not used: {why}");
            warned.push(why.clone());
        }
    }
    *r = Some((generation, layers.clone()));
    layers
}

/// Count a miss of the given kind in `rjit.stats()`.
pub fn count_miss(m: &Miss) {
    stats::bump(&stats::CACHE_MISSES);
    count_kind(m);
}

/// Count only the kind of a miss (a pack or pack entry refused while the look-up goes on).
fn count_kind(m: &Miss) {
    stats::bump(match m {
        Miss::Absent => return,
        Miss::Corrupt(_) => &stats::CACHE_CORRUPT,
        Miss::Foreign(_) => &stats::CACHE_FOREIGN,
        Miss::Untrusted(_) => &stats::CACHE_UNTRUSTED,
        Miss::Unusable(_) => &stats::CACHE_ERRORS,
    });
}

/// A cache hit: a loose entry (an object to link, and its symbol) or a function of a pack,
/// mapped and verified by `load_cached`'s `accept` (its address and size, and whether it was
/// compiled Quick).
pub enum Cached {
    Loose(Loaded, String),
    Packed(usize, u32, bool),
}

/// Packs are used unless `RJIT_LINKER=orc` rules rjit's own loading out.
fn packs_wanted() -> bool {
    static WANTED: OnceLock<bool> = OnceLock::new();
    *WANTED.get_or_init(|| !std::env::var("RJIT_LINKER").is_ok_and(|v| v == "orc"))
}

/// Look a snapshot up in the cache: under `host_key` (the key a compile by this process
/// stores under: `config::cpu()`'s), then under the other CPUs of `lookup_cpus` (keys
/// derived from `code`, the snapshot's `code_key`). Packs are searched for every key before any loose entry is opened (a pack look-up opens
/// no file); `accept` maps and verifies a pack's function (`Pack::verify` semantics) and
/// returns its address, or None, and then the look-up goes on.
pub fn load_cached(
    code: &CacheKey,
    host_key: &CacheKey,
    accept: &dyn Fn(&aot_cache::pack::Pack, &aot_cache::pack::Found) -> Option<usize>,
) -> Result<Cached, Miss> {
    let layers = cache_layers();
    if layers.is_empty() {
        return Err(Miss::Absent);
    }
    // The portable levels' keys continue from `code`'s hasher state: cheap next to a file.
    let levels: Vec<CacheKey> = lookup_cpus()[1..]
        .iter()
        .map(|c| for_cpu(code, *c))
        .collect();
    let checked = |keys: &[CacheKey]| {
        layers.load(keys).and_then(|(i, e)| {
            let symbol = symbol_for(&keys[i]);
            if e.meta.symbol == symbol {
                Ok(Cached::Loose(e, symbol))
            } else {
                Err(Miss::Corrupt(format!("entry defines {}", e.meta.symbol)))
            }
        })
    };
    let mut keys = vec![host_key.clone()];
    keys.extend(levels.iter().cloned());
    let packed = |fresh: bool| {
        layers.find_packed(&keys, crate::runtime::abi::ABI_VERSION, fresh, &mut |m| {
            count_kind(m);
            eprintln!("rjit: cache pack not used: {m}");
        })
    };
    let use_packed = |(pack, f): (
        std::sync::Arc<aot_cache::pack::Pack>,
        aot_cache::pack::Found,
    )| {
        let addr = accept(&pack, &f);
        if addr.is_none() {
            count_kind(&Miss::Corrupt(String::new()));
        }
        addr.map(|a| Cached::Packed(a, f.symbol_size, f.quick))
    };
    // Where a pack holds older code of a key than its loose entry (a Quick compile since
    // compiled Optimised, typed code since demoted), the loose entry is loaded:
    // `store::SUPERSEDED_FILE`. Without that, every process loaded the old code and compiled
    // the function again, until the next pack.
    let mut passed_over = false;
    if packs_wanted() {
        let (found, over) = packed(true);
        passed_over = over;
        if let Some((_, pack, f)) = found
            && let Some(hit) = use_packed((pack, f))
        {
            return Ok(hit);
        }
    }
    let loose = match checked(std::slice::from_ref(host_key)) {
        Err(first) => {
            // The host key's miss is the one to report if it says more than "absent".
            checked(&levels).map_err(|m| match (first, m) {
                (Miss::Absent, m) => m,
                (f, _) => f,
            })
        }
        hit => hit,
    };
    if loose.is_err() && passed_over {
        // The newer loose entry is gone (evicted, or unusable): the packed code still serves.
        if let (Some((_, pack, f)), _) = packed(false)
            && let Some(hit) = use_packed((pack, f))
        {
            return Ok(hit);
        }
    }
    loose
}

/// The entry symbol for a key.
pub fn symbol_for(key: &CacheKey) -> String {
    format!("rjit_{}", &key.hex()[..32])
}

pub fn precheck(snap: &CodeSnapshot) -> Result<(), AbortReason> {
    codegen::precheck(snap)
}

/// Where this process compiles: "process" (the code generator process) or "thread".
pub fn codegen_mode() -> &'static str {
    if remote_wanted() { "process" } else { "thread" }
}

fn remote_wanted() -> bool {
    #[cfg(not(feature = "llvm"))]
    {
        remote::wanted()
    }
    #[cfg(feature = "llvm")]
    {
        false
    }
}

/// Compile for `config::cpu()` (this host unless `RJIT_CPU` says otherwise) with `effort` and
/// store in the cache (if any). Runs on whatever thread calls it; touches no Python object.
pub fn build(
    snap: &CodeSnapshot,
    key: &CacheKey,
    symbol: &str,
    effort: Effort,
) -> Result<Vec<u8>, AbortReason> {
    let optimise = effort == Effort::Optimised;
    #[cfg(not(feature = "llvm"))]
    if remote::wanted() {
        return remote::compile(snap, key, symbol, optimise);
    }
    let t = Instant::now();
    let obj = codegen::compile(snap, symbol, config::cpu(), effort)?;
    let (nanos, count) = if optimise {
        (&stats::IMPROVE_NANOS, &stats::IMPROVED)
    } else {
        (&stats::COMPILE_NANOS, &stats::COMPILED)
    };
    nanos.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
    stats::bump(count);
    let layers = cache_layers();
    if let Some(dir) = layers.write_dir() {
        match store(dir, snap, key, symbol, config::cpu(), effort, &obj) {
            Ok(n) => {
                stats::bump(&stats::CACHE_STORES);
                stats::CACHE_STORED_BYTES.fetch_add(n, Ordering::Relaxed);
                let evicted = keep_size_limit(dir, n, config::cache_size());
                stats::CACHE_EVICTED.fetch_add(evicted, Ordering::Relaxed);
            }
            Err(_) => stats::bump(&stats::CACHE_ERRORS),
        }
    }
    Ok(obj)
}

/// Store one compiled object; returns the bytes written.
pub fn store(
    dir: &std::path::Path,
    snap: &CodeSnapshot,
    key: &CacheKey,
    symbol: &str,
    cpu: Cpu,
    effort: Effort,
    obj: &[u8],
) -> Result<u64, String> {
    let meta = EntryMeta {
        symbol: symbol.to_string(),
        qualname: snap.qualname.clone(),
        file: snap.filename.clone(),
        rjit_version: env!("CARGO_PKG_VERSION").to_string(),
        cpu: cpu.name().to_string(),
        tier: effort.tier_name().to_string(),
    };
    aot_cache::store(dir, key, &meta, obj)
}

/// After a store of `n` bytes: every time this process has written a sixteenth of the size
/// limit (and after its first store), scan the directory and evict least recently used
/// entries down to seven eighths of the limit. Runs on the thread that stored (a compile
/// worker, or the code generator process), never on a hot path; another process already
/// evicting means nothing to do. Returns the number of entries evicted.
fn keep_size_limit(dir: &std::path::Path, n: u64, limit: u64) -> u64 {
    static SINCE_SCAN: AtomicU64 = AtomicU64::new(u64::MAX / 2);
    let written = SINCE_SCAN.fetch_add(n, Ordering::Relaxed) + n;
    if written < limit / 16 {
        return 0;
    }
    SINCE_SCAN.store(0, Ordering::Relaxed);
    let target = limit - limit / 8;
    // Not over the limit: leave the directory alone (a scan only reads it).
    let total: u64 = aot_cache::maint::list(dir)
        .map(|(e, _)| e.iter().map(|e| e.size).sum())
        .unwrap_or(0);
    if total <= limit {
        return 0;
    }
    aot_cache::maint::evict(dir, target, false).map_or(0, |out| out.removed)
}

unsafe extern "C" {
    /// glibc's `atexit` with the exit status (not in the `libc` crate).
    fn on_exit(
        f: extern "C" fn(libc::c_int, *mut libc::c_void),
        arg: *mut libc::c_void,
    ) -> libc::c_int;
}

/// Compiles running right now (inside LLVM).
static RUNNING: AtomicU64 = AtomicU64::new(0);

/// Runs inside the C library's `exit`, before the destructors of LLVM's static objects (it is
/// registered again each time after LLVM is loaded, `guard_exit`, and exit handlers run
/// newest first). A compile still running would use them as they are torn down; instead the
/// process ends here, with the status it was exiting with, after flushing C stdio. Python has
/// finalised by then.
extern "C" fn exit_while_compiling(status: libc::c_int, _: *mut libc::c_void) {
    // (A compile in the code generator process leaves nothing here to tear down.)
    if RUNNING.load(Ordering::Acquire) > 0 && codegen::loaded() {
        // SAFETY: fflush(NULL) flushes every C stream; _exit ends the process at once.
        unsafe {
            libc::fflush(std::ptr::null_mut());
            libc::_exit(status);
        }
    }
}

/// Make `exit_while_compiling` the newest exit handler: called when the pool starts, after
/// the code generator library is loaded (its static destructors are registered then), after
/// every compile in this process (which may have initialised more of them) and at shutdown.
/// Each call adds an entry to the C library's list of exit handlers (a few bytes; the handler
/// does nothing unless a compile is running).
pub(crate) fn guard_exit() {
    // SAFETY: registers a handler with the signature on_exit expects; it is never removed
    // and touches only an atomic and the C library. Registering it twice is harmless.
    unsafe { on_exit(exit_while_compiling, std::ptr::null_mut()) };
}

/// The compile pool of this process. A forked child (a pre-forking server's worker) gets a new
/// one: the parent's thread did not survive the fork, but its queue did (the copy of `JOBS`),
/// so the child runs those jobs on its own thread.
fn pool() -> Arc<rayon::ThreadPool> {
    static POOL: Mutex<Option<(u32, Arc<rayon::ThreadPool>)>> = Mutex::new(None);
    let pid = std::process::id();
    let mut slot = POOL.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((owner, pool)) = slot.as_ref()
        && *owner == pid
    {
        return pool.clone();
    }
    // The parent's pool is forgotten, not dropped: its thread lives in the parent.
    let forked = slot.take().map(std::mem::forget).is_some();
    guard_exit();
    let pool = Arc::new(
        rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .thread_name(|i| format!("rjit-compile-{i}"))
            // SAFETY: nice() only lowers this thread's own priority (Linux: per thread).
            .start_handler(|_| unsafe {
                libc::nice(10);
            })
            .build()
            .expect("cannot start the rjit compile thread"),
    );
    *slot = Some((pid, pool.clone()));
    drop(slot);
    if forked {
        // What the parent was compiling at the fork is lost with its thread; what it had
        // queued is compiled here.
        RUNNING.store(0, Ordering::Release);
        let queued = JOBS.lock().unwrap_or_else(|p| p.into_inner()).len();
        *PENDING.lock().unwrap_or_else(|p| p.into_inner()) = queued;
        let improving = IMPROVE.lock().unwrap_or_else(|p| p.into_inner()).len();
        for _ in 0..queued + improving {
            pool.spawn(run_one);
        }
    }
    pool
}

/// Queue a compile. Returns false (nothing queued) after shutdown.
pub fn submit(snap: CodeSnapshot, key: CacheKey, state: Arc<CodeState>) -> bool {
    queue_first(Job::new(snap, key, state, false))
}

/// Queue a first compile (counted in `PENDING`, taken hottest first). False after shutdown.
fn queue_first(job: Job) -> bool {
    if SHUTDOWN.load(Ordering::Acquire) {
        return false;
    }
    let pool = pool();
    *PENDING.lock().unwrap_or_else(|p| p.into_inner()) += 1;
    JOBS.lock().unwrap_or_else(|p| p.into_inner()).push(job);
    // One task per job; whichever task runs takes the hottest job.
    pool.spawn(run_one);
    true
}

/// Queue the typed tier's code for `state`, which runs generic code from the cache meanwhile
/// (`hook::install::tier_up`): a first compile in every way (hottest first, waited for by
/// `rjit.wait()` and at exit, handed over at exit), Optimised as the cache entry it replaces
/// was, and installed over the generic code as a second compile is. False after shutdown.
pub fn upgrade(snap: CodeSnapshot, key: CacheKey, state: Arc<CodeState>) -> bool {
    let mut job = Job::new(snap, key, state, false);
    job.upgrade = true;
    queue_first(job)
}

/// Larger code is not compiled a second time: an Optimised compile takes about 0.33 ms per
/// code unit here (docs/tiering.md), and a first compile that gets hot meanwhile waits for the
/// one in flight, so this bounds that wait to about half a second.
const IMPROVE_MAX_UNITS: usize = 1500;

/// Queue a second compile of code that runs Quick (compiled here, or a cache entry compiled
/// Quick by an earlier process), Optimised, to replace it in this process and in the cache:
/// the Quick effort buys a short wait at tier-up, the Optimised one better code (SelectionDAG
/// instead of FastISel; docs/tiering.md). It runs when no other compile is queued. Off with
/// `RJIT_IMPROVE=0`, after shutdown, and with synchronous compiles (`RJIT_SYNC=1`, forced-on
/// test runs): those would wait behind the compile in flight, and what a test runs would
/// depend on when the second compile lands.
pub fn improve(snap: CodeSnapshot, key: CacheKey, state: Arc<CodeState>) {
    if !config::improve() || config::sync() || SHUTDOWN.load(Ordering::Acquire) {
        return;
    }
    let large = snap.code.len() > IMPROVE_MAX_UNITS;
    let job = Job::new(snap, key, state, true);
    if large {
        IMPROVE_AFTER_EXIT
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(job);
        return;
    }
    let pool = pool();
    IMPROVE.lock().unwrap_or_else(|p| p.into_inner()).push(job);
    pool.spawn(run_one);
}

/// Queue a replacement of `state`'s installed code compiled from `snap` (the generic tier's,
/// after its typed code kept deopting: `hook::install::on_deopt`), Optimised, installed as a
/// second compile is; whatever `RJIT_IMPROVE` says. Dropped after shutdown.
pub fn recompile(snap: CodeSnapshot, key: CacheKey, state: Arc<CodeState>) {
    if SHUTDOWN.load(Ordering::Acquire) {
        return;
    }
    let pool = pool();
    RECOMPILE
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(Job::new(snap, key, state, true));
    pool.spawn(run_one);
}

/// Forget the second compiles not started yet (`rjit.disable()`).
pub fn drop_improvements() {
    drop(take_improvements());
}

/// The second compiles not started yet, demotions' replacements first, then hottest first
/// (those over `IMPROVE_MAX_UNITS` last), the queues emptied; typed code of code demoted
/// meanwhile left out (`stale`).
fn take_improvements() -> Vec<Job> {
    let mut all = by_hotness(std::mem::take(
        &mut *RECOMPILE.lock().unwrap_or_else(|p| p.into_inner()),
    ));
    all.extend(by_hotness(std::mem::take(
        &mut *IMPROVE.lock().unwrap_or_else(|p| p.into_inner()),
    )));
    all.extend(by_hotness(std::mem::take(
        &mut *IMPROVE_AFTER_EXIT.lock().unwrap_or_else(|p| p.into_inner()),
    )));
    all.retain(|j| !j.stale());
    all
}

/// One pool task: compile the hottest queued job, if any is left.
fn run_one() {
    // Wait first, take the job after: a process that exits meanwhile finds every job still
    // queued (`shutdown` hands them to the code generator process).
    codegen::wait_until_worth_loading();
    let Some(job) = take_hottest(&RECOMPILE)
        .or_else(|| take_hottest(&JOBS))
        .or_else(|| take_hottest(&IMPROVE))
        .filter(|j| !j.stale())
    else {
        return;
    };
    let Job {
        snap,
        key,
        state,
        improve,
        upgrade,
        ..
    } = job;
    let effort = if improve || upgrade {
        Effort::Optimised
    } else {
        Effort::Quick
    };
    let typed = snap.typed;
    let symbol = symbol_for(&key);
    // Jobs still queued when the process exits are dropped, not compiled. (Counted as
    // running before the check, so that `exit_while_compiling` cannot miss one.)
    RUNNING.fetch_add(1, Ordering::AcqRel);
    let result = if SHUTDOWN.load(Ordering::Acquire) {
        Err(AbortReason::Shutdown)
    } else {
        std::panic::catch_unwind(|| build(&snap, &key, &symbol, effort))
            .unwrap_or_else(|_| Err(AbortReason::Backend("compiler panicked".into())))
    };
    // A compile initialises some of LLVM's function-local statics on first use, and each
    // registers its destructor as an exit handler then (`llvm::errs()`'s stream, reached from
    // `DebugCounter::instance()` in a first compile's passes): newer than `exit_while_compiling`,
    // they would run before it, under a compile still running at exit.
    if codegen::loaded() {
        guard_exit();
    }
    RUNNING.fetch_sub(1, Ordering::AcqRel);
    if !improve && !upgrade && result.is_ok() {
        self::improve(snap, key, state.clone());
    }
    FINISHED
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(Finished {
            state,
            symbol,
            result,
            improve: improve || upgrade,
            typed,
        });
    INSTALL_PENDING.store(true, Ordering::Release);
    if improve {
        return;
    }
    let mut n = PENDING.lock().unwrap_or_else(|p| p.into_inner());
    *n -= 1;
    if *n == 0 {
        IDLE.notify_all();
    }
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

/// At exit. With the code generator process (the default): nothing is waited for; the jobs
/// still queued are handed to that process, which compiles them into the cache after this
/// process has gone (hottest first, `serve::AFTER_EXIT` at most), so the next process starts
/// warm; the job in flight finishes there too. An explicit `RJIT_EXIT_COMPILE_SECONDS` waits
/// that long first, and 0 drops the queue instead.
///
/// With `RJIT_CODEGEN=thread`: let queued compiles finish for up to
/// `config::exit_compile_budget()` (they go to the cache, so this run warms the next), then
/// stop accepting jobs and drop what is still queued. A compile still running is not waited
/// for: the process exits around it (`exit_while_compiling`), so exit takes at most the
/// budget however long one compile is. Call without the GIL.
pub fn shutdown() {
    let budget = config::exit_compile_budget();
    let explicit = !config::exit_compile_budget_is_default();
    let remote = remote_wanted();
    // Without LLVM loaded yet, loading it would take longer than a default budget (a tenth of
    // a run that never needed to compile); an explicit RJIT_EXIT_COMPILE_SECONDS is honoured.
    let worth = if remote {
        explicit
    } else {
        codegen::loaded() || explicit
    };
    if !budget.is_zero() && worth && cache_layers().write_dir().is_some() {
        wait_idle(Some(budget));
    }
    SHUTDOWN.store(true, Ordering::Release);
    // Second compiles not started: handed over after the first compiles by a process that ran
    // long enough (`HAND_OVER_IMPROVEMENTS_AFTER`), dropped by others; the next process that
    // loads a Quick entry with a writable cache queues it again.
    let improvements = take_improvements();
    #[cfg(not(feature = "llvm"))]
    if remote {
        let mut jobs = by_hotness(std::mem::take(
            &mut *JOBS.lock().unwrap_or_else(|p| p.into_inner()),
        ));
        {
            let mut n = PENDING.lock().unwrap_or_else(|p| p.into_inner());
            *n -= jobs.len();
            if *n == 0 {
                IDLE.notify_all();
            }
        }
        if explicit && budget.is_zero() {
            remote::close();
        } else {
            let with_improvements = config::age() >= HAND_OVER_IMPROVEMENTS_AFTER;
            if with_improvements {
                jobs.extend(improvements);
            }
            let handed: Vec<_> = jobs.into_iter().map(|j| (j.snap, j.key)).collect();
            remote::hand_over(&handed, with_improvements);
        }
        return;
    }
    drop(improvements);
    codegen::close_for_exit();
    // Newer than every exit handler registered so far (statics a compile initialised).
    if codegen::loaded() {
        guard_exit();
    }
    // Queued jobs now finish at once (as `Shutdown`); give them a moment to drain.
    wait_idle(Some(Duration::from_millis(
        if RUNNING.load(Ordering::Acquire) > 0 {
            0
        } else {
            100
        },
    )));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hottest_is_the_most_calls_per_second_since_queued() {
        let ms = Duration::from_millis;
        // (calls since queued, age): an old job still called often beats a new one called a
        // little, and a job no longer called loses to both.
        let jobs = [
            (5_000, ms(1000)),
            (100, ms(1)),
            (0, ms(10)),
            (9_000, ms(3000)),
        ];
        let h = |&(c, a): &(u64, Duration)| rate(c, a);
        assert_eq!(hottest(&jobs, h), Some(0));
        // A job queued a moment ago is counted over HOTNESS_MIN_AGE, not its own age.
        assert_eq!(rate(100, ms(1)), rate(100, HOTNESS_MIN_AGE));
    }

    #[test]
    fn among_equals_the_newest_runs_first() {
        let jobs = [0u64, 0, 0];
        assert_eq!(hottest(&jobs, |_| 0.0), Some(2));
        assert_eq!(hottest::<u64>(&[], |_| 0.0), None);
    }
}
