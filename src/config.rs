//! Every `RJIT_*` setting, with its default, in one place. Read from the environment when the
//! module loads and again by `enable()`; `enable()` arguments override the environment.
//!
//! | variable | default | meaning |
//! |---|---|---|
//! | `RJIT_ENABLE` | unset | `1`: the wheel's `.pth` file enables rjit at interpreter start-up |
//! | `RJIT_DISABLE` | unset | `1`: never enable, whatever else says so (wins over everything) |
//! | `RJIT_THRESHOLD` | 100 | calls before a code object is compiled (0 and 1: first call) |
//! | `RJIT_CACHE_DIR` | `$XDG_CACHE_HOME/rjit` (`~/.cache/rjit`) | where compiled objects are kept: a colon-separated search path, new entries in the first writable directory; `off` disables the cache |
//! | `RJIT_CACHE_SIZE` | `1G` | the size the writable cache directory is kept under (least recently used entries go first); `K`/`M`/`G` suffixes |
//! | `RJIT_SYNC` | unset | `1`: compile on the calling thread (deterministic; tests) |
//! | `RJIT_DEBUG` | unset | `1`: print to stderr why each code object stays interpreted |
//! | `RJIT_EXCLUDE` | unset | comma-separated patterns of code never compiled: `pkg.sub.*` (modules), `mod:Class.method` (module and qualname; `*` and `?` wildcards) |
//! | `RJIT_ONLY` | unset | the converse: only code matching one of these patterns is compiled |
//! | `RJIT_PERF_MAP` | unset | `1`: write `/tmp/perf-<pid>.map` for `perf report` (every compiled or loaded function); `jitdump`: `/tmp/jit-<pid>.dump` for `perf record -k 1` + `perf inject --jit` |
//! | `RJIT_LINKER` | `own` | `orc`: link with LLVM's ORC instead of rjit's own loader |
//! | `RJIT_LLVM_ARGS` | unset | LLVM command-line options for experiments with the code generator (read in `tier1_llvm::target`, inside librjit_llvm.so; not in cache keys) |
//! | `RJIT_TYPED` | `1` | the typed tier for the functions it takes (`CodeSnapshot::typed`, which `tier1_llvm` follows; typed code has cache keys of its own); `0`: the generic tier only |
//! | `RJIT_LLVM_PASSES` | unset | the IR pipeline instead of `target::OPT_PIPELINE`, for experiments (read in `tier1_llvm`; not in cache keys) |
//! | `RJIT_STATS`, `RJIT_STATS_FILE` | unset | read by `rjit/__init__.py` at exit: a summary on stderr, stats as a JSON line |
//! | `RJIT_EXIT_COMPILE_SECONDS` | unset | at exit, how long to wait for queued compiles; unset: no wait, the code generator process finishes them into the cache for the next process (at most a minute of work; second compiles queued by `RJIT_IMPROVE` are dropped; with `RJIT_CODEGEN=thread`: a tenth of the run time, at most 0.5 s); 0 drops them |
//! | `RJIT_IMPROVE` | `1` | `0`: keep the code compiled with the quick effort; `1`: compile it again with the optimising one when nothing else is queued, and replace it in the running process and in the cache (not with `RJIT_SYNC=1`) |
//! | `RJIT_CPU` | `host` | what this process compiles for and stores under: `host` (every feature of this CPU) or a portable level it can run (`x86-64`, `x86-64-v2`, `x86-64-v3`, `x86-64-v4`), so that a cache trained on one machine serves others (look-ups try every level this CPU runs either way) |
//! | `RJIT_PACK` | `1` | `0`: the code generator process does not pack the cache before it exits (by default, having stored entries, it pre-links the cache's optimised entries into packs, which later processes load functions from several times faster: docs/cache-format.md) |
//! | `RJIT_CODEGEN` | `process` | where LLVM runs: `process` (a code generator process per rjit process, started on the first compile) or `thread` (a thread of this process) |

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};

use crate::target::Cpu;

/// Chosen by measurement (docs/tiering.md): with background compilation the threshold only
/// decides how much compile work a process starts; loops tier up early anyway.
pub const DEFAULT_THRESHOLD: u64 = 100;

static THRESHOLD: AtomicU64 = AtomicU64::new(DEFAULT_THRESHOLD);
static SYNC: AtomicBool = AtomicBool::new(false);
static DEBUG: AtomicBool = AtomicBool::new(false);
static IMPROVE: AtomicBool = AtomicBool::new(true);
static TYPED: AtomicBool = AtomicBool::new(true);
/// 0: off, 1: `/tmp/perf-<pid>.map`, 2: jitdump (`PerfMode`).
static PERF_MAP: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);
static CACHE_DIRS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static CACHE_SIZE: AtomicU64 = AtomicU64::new(DEFAULT_CACHE_SIZE);
/// Bumped by every `load_from_env`, so that what is derived from the settings (the resolved
/// cache layers) is derived again.
static GENERATION: AtomicU64 = AtomicU64::new(0);
pub const DEFAULT_CACHE_SIZE: u64 = 1 << 30;
/// Milliseconds queued compiles may still run at exit, or `u64::MAX`: the default.
static EXIT_COMPILE_MS: AtomicU64 = AtomicU64::new(u64::MAX);
/// By default a process waits at most a tenth of its own run time, and never more than this:
/// a 50 ms command-line program lingers 5 ms, a long-running one half a second (by then it has
/// compiled most of its code anyway).
pub const DEFAULT_EXIT_COMPILE_MS: u64 = 500;
/// `RJIT_EXCLUDE` and `RJIT_ONLY` patterns; `HAS_PATTERNS` says whether either is set, so
/// that tier-up looks up a module name only when it will be used.
static PATTERNS: Mutex<(Vec<String>, Vec<String>)> = Mutex::new((Vec::new(), Vec::new()));
static HAS_PATTERNS: AtomicBool = AtomicBool::new(false);
/// `RJIT_CPU`: 0 for the host, `1 + i` for the portable level `target::LEVELS[i]`.
static CPU: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);
/// `RJIT_CODEGEN=thread`.
static CODEGEN_IN_PROCESS: AtomicBool = AtomicBool::new(false);
/// `sys.executable` when rjit was enabled: what the code generator process runs.
static PYTHON: Mutex<Option<PathBuf>> = Mutex::new(None);
/// When rjit was loaded: the start of the process, near enough.
static LOADED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Say once per process, on stderr, that a setting was not understood and what rjit does
/// instead. Never an error: a typo in an environment variable must not stop a program.
pub fn warn_setting(name: &str, value: &str, instead: &str) {
    static SAID: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let mut said = SAID.lock().unwrap_or_else(|p| p.into_inner());
    let line = format!("rjit: {name}={value:?} is not understood; {instead}");
    if !said.contains(&line) {
        eprintln!("{line}");
        said.push(line);
    }
}

/// A `0`/`1` variable: unset, empty and `0` are off; anything but `1` is said to be wrong.
fn env_flag(name: &str) -> bool {
    match std::env::var(name) {
        Ok(v) if v == "1" => true,
        Ok(v) if v.is_empty() || v == "0" => false,
        Ok(v) => {
            warn_setting(name, &v, "use 1 or 0; treated as 0");
            false
        }
        Err(_) => false,
    }
}

/// A variable parsed by `parse`; a value it rejects is said to be wrong and `None` returned.
fn env_parsed<T>(name: &str, what: &str, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
    let v = std::env::var(name).ok()?;
    if v.trim().is_empty() {
        return None;
    }
    let parsed = parse(v.trim());
    if parsed.is_none() {
        warn_setting(name, &v, what);
    }
    parsed
}

/// (Re)read the environment.
pub fn load_from_env() {
    let t = env_parsed(
        "RJIT_THRESHOLD",
        &format!("expected a number of calls (0 or more); using {DEFAULT_THRESHOLD}"),
        |v| v.parse().ok(),
    )
    .unwrap_or(DEFAULT_THRESHOLD);
    THRESHOLD.store(t, Relaxed);
    SYNC.store(env_flag("RJIT_SYNC"), Relaxed);
    let exit_ms = env_parsed(
        "RJIT_EXIT_COMPILE_SECONDS",
        "expected seconds (0 or more); using the default (no wait: the code generator process \
         finishes the queued compiles)",
        |v| v.parse::<f64>().ok().filter(|s| s.is_finite() && *s >= 0.0),
    )
    .map(|s| (s * 1000.0).min(1e15) as u64)
    .unwrap_or(u64::MAX);
    EXIT_COMPILE_MS.store(exit_ms, Relaxed);
    LOADED.get_or_init(std::time::Instant::now);
    DEBUG.store(env_flag("RJIT_DEBUG"), Relaxed);
    IMPROVE.store(
        std::env::var("RJIT_IMPROVE").map_or(true, |_| env_flag("RJIT_IMPROVE")),
        Relaxed,
    );
    let perf = env_parsed(
        "RJIT_PERF_MAP",
        "use 1 (a perf map) or jitdump (for perf inject); off",
        |v| match v {
            "0" => Some(0),
            "1" => Some(1),
            "jitdump" => Some(2),
            _ => None,
        },
    )
    .unwrap_or(0);
    PERF_MAP.store(perf, Relaxed);
    let dirs = match std::env::var("RJIT_CACHE_DIR") {
        Ok(v) if v == "off" => Vec::new(),
        Ok(v) if !v.is_empty() => split_dirs(&v),
        _ => default_cache_dir().into_iter().collect(),
    };
    *CACHE_DIRS.lock().unwrap_or_else(|p| p.into_inner()) = dirs;
    let size = env_parsed(
        "RJIT_CACHE_SIZE",
        "expected a size such as 500M or 2G; using 1G",
        parse_size,
    )
    .unwrap_or(DEFAULT_CACHE_SIZE);
    let list = |name: &str| -> Vec<String> {
        std::env::var(name)
            .unwrap_or_default()
            .split(',')
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    };
    let (exclude, only) = (list("RJIT_EXCLUDE"), list("RJIT_ONLY"));
    HAS_PATTERNS.store(!exclude.is_empty() || !only.is_empty(), Relaxed);
    *PATTERNS.lock().unwrap_or_else(|p| p.into_inner()) = (exclude, only);
    TYPED.store(
        env_parsed("RJIT_TYPED", "expected 0 or 1; using 1", |v| match v {
            "0" => Some(false),
            "1" => Some(true),
            _ => None,
        })
        .unwrap_or(true),
        Relaxed,
    );
    env_parsed(
        "RJIT_LINKER",
        "expected orc (LLVM's linker) or own; using own",
        |v| (v == "orc" || v == "own").then_some(()),
    );
    let thread = env_parsed(
        "RJIT_CODEGEN",
        "expected process or thread; using process",
        |v| match v {
            "process" => Some(false),
            "thread" => Some(true),
            _ => None,
        },
    );
    CODEGEN_IN_PROCESS.store(thread.unwrap_or(false), Relaxed);
    // The levels this CPU runs (CPUID) are asked only when the variable is set.
    let cpu = std::env::var_os("RJIT_CPU").and_then(|_| {
        let runs = crate::target::host_levels();
        let names: Vec<&str> = runs.iter().rev().map(|c| c.name()).collect();
        env_parsed(
            "RJIT_CPU",
            &format!(
                "expected host or a level this CPU runs ({}); using host",
                names.join(", ")
            ),
            |v| match Cpu::parse(v)? {
                Cpu::Host => Some(0),
                c @ Cpu::Level(i) => runs.contains(&c).then_some(i as u8 + 1),
            },
        )
    });
    CPU.store(cpu.unwrap_or(0), Relaxed);
    CACHE_SIZE.store(size, Relaxed);
    GENERATION.fetch_add(1, Relaxed);
}

/// `RJIT_CPU`: the CPU this process compiles for and stores its code under.
pub fn cpu() -> Cpu {
    match CPU.load(Relaxed) {
        0 => Cpu::Host,
        i => Cpu::Level(i as usize - 1),
    }
}

/// `RJIT_CODEGEN=thread`: compile on a thread of this process, not in a code generator process.
pub fn codegen_in_process() -> bool {
    CODEGEN_IN_PROCESS.load(Relaxed)
}

/// Record the interpreter's executable (`sys.executable`; empty when embedded and unknown).
pub fn set_python_executable(p: Option<PathBuf>) {
    *PYTHON.lock().unwrap_or_else(|p| p.into_inner()) = p.filter(|p| p.is_file());
}

pub fn python_executable() -> Option<PathBuf> {
    PYTHON.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

/// Split a colon-separated list of directories (empty parts are ignored).
pub fn split_dirs(spec: &str) -> Vec<PathBuf> {
    spec.split(':')
        .filter(|s| !s.is_empty())
        .map(PathBuf::from)
        .collect()
}

/// The directory a process uses when `RJIT_CACHE_DIR` is not set.
pub fn default_cache_dir() -> Option<PathBuf> {
    dirs::cache_dir().map(|d| d.join("rjit"))
}

/// `123`, `64K`, `512M`, `1G`, `1.5G` (binary units; `KiB`, `MB` … spellings accepted).
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num.parse().ok()?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        "t" | "tb" | "tib" => 1 << 40,
        _ => return None,
    };
    (n.is_finite() && n >= 0.0).then_some((n * mult as f64) as u64)
}

pub fn disabled_by_env() -> bool {
    env_flag("RJIT_DISABLE")
}

pub fn threshold() -> u64 {
    THRESHOLD.load(Relaxed)
}

pub fn set_threshold(t: u64) {
    THRESHOLD.store(t, Relaxed);
}

/// What profilers are told about compiled code (`RJIT_PERF_MAP`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PerfMode {
    Off,
    /// `/tmp/perf-<pid>.map` lines.
    Map,
    /// `/tmp/jit-<pid>.dump` records (code bytes included), for `perf inject --jit`.
    Jitdump,
}

pub fn perf_mode() -> PerfMode {
    match PERF_MAP.load(Relaxed) {
        0 => PerfMode::Off,
        1 => PerfMode::Map,
        _ => PerfMode::Jitdump,
    }
}

pub fn debug() -> bool {
    DEBUG.load(Relaxed)
}

/// Whether compiles may use the typed tier (`RJIT_TYPED`, default on; `CodeSnapshot::typed`).
pub fn typed() -> bool {
    TYPED.load(Relaxed)
}

/// `RJIT_PACK` (default on), read from the environment now: the code generator process, which
/// packs the cache before it exits (`driver::precompile::auto_pack`), loads no settings.
pub fn auto_pack_from_env() -> bool {
    std::env::var("RJIT_PACK").map_or(true, |_| env_flag("RJIT_PACK"))
}

/// Whether code compiled Quick is compiled again Optimised (`RJIT_IMPROVE`, default on).
pub fn improve() -> bool {
    IMPROVE.load(Relaxed)
}

pub fn sync() -> bool {
    SYNC.load(Relaxed)
}

pub fn set_sync(s: bool) {
    SYNC.store(s, Relaxed);
}

/// How long queued compiles may still run at exit (`RJIT_EXIT_COMPILE_SECONDS`).
pub fn exit_compile_budget() -> std::time::Duration {
    match EXIT_COMPILE_MS.load(Relaxed) {
        u64::MAX => {
            let ran = LOADED.get().map(|t| t.elapsed()).unwrap_or_default();
            (ran / 10).min(std::time::Duration::from_millis(DEFAULT_EXIT_COMPILE_MS))
        }
        ms => std::time::Duration::from_millis(ms),
    }
}

/// How long ago rjit was loaded into this process (about the process's age).
pub fn age() -> std::time::Duration {
    LOADED.get().map(|t| t.elapsed()).unwrap_or_default()
}

/// Whether RJIT_EXIT_COMPILE_SECONDS was left unset.
pub fn exit_compile_budget_is_default() -> bool {
    EXIT_COMPILE_MS.load(Relaxed) == u64::MAX
}

pub fn has_patterns() -> bool {
    HAS_PATTERNS.load(Relaxed)
}

fn glob(pattern: &str, s: &str) -> bool {
    let (Ok(p), Ok(s)) = (std::ffi::CString::new(pattern), std::ffi::CString::new(s)) else {
        return false;
    };
    // SAFETY: fnmatch reads two NUL-terminated strings.
    unsafe { libc::fnmatch(p.as_ptr(), s.as_ptr(), 0) == 0 }
}

/// Does `pattern` (`modules` or `modules:qualnames`) name code `qualname` of `module`?
/// `pkg.*` also names the package `pkg` itself.
pub fn pattern_matches(pattern: &str, module: &str, qualname: &str) -> bool {
    let (m, q) = match pattern.split_once(':') {
        Some((m, q)) => (m, Some(q)),
        None => (pattern, None),
    };
    let module_ok = glob(m, module) || m.strip_suffix(".*") == Some(module);
    module_ok && q.is_none_or(|q| glob(q, qualname))
}

/// Why `RJIT_EXCLUDE` / `RJIT_ONLY` keep this code out of the JIT, if they do.
pub fn pattern_verdict(module: &str, qualname: &str) -> Option<String> {
    let pats = PATTERNS.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(p) = pats.0.iter().find(|p| pattern_matches(p, module, qualname)) {
        return Some(format!("excluded: RJIT_EXCLUDE pattern {p:?}"));
    }
    if !pats.1.is_empty() && !pats.1.iter().any(|p| pattern_matches(p, module, qualname)) {
        return Some("excluded: matches no RJIT_ONLY pattern".into());
    }
    None
}

/// The cache search path, in order (empty: no cache).
pub fn cache_dirs() -> Vec<PathBuf> {
    CACHE_DIRS.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

pub fn cache_size() -> u64 {
    CACHE_SIZE.load(Relaxed)
}

pub fn generation() -> u64 {
    GENERATION.load(Relaxed)
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn patterns() {
        use super::pattern_matches as m;
        assert!(m("pkg.*", "pkg.sub", "f") && m("pkg.*", "pkg", "f"));
        assert!(!m("pkg.*", "pkgx", "f") && !m("pkg", "pkg.sub", "f"));
        assert!(m("mod:Class.*", "mod", "Class.method") && !m("mod:Class.*", "mod", "other"));
        assert!(m("*:helper", "any.module", "helper"));
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("123"), Some(123));
        assert_eq!(parse_size("64K"), Some(65536));
        assert_eq!(parse_size("1.5g"), Some(3 << 29));
        assert_eq!(parse_size(" 2 MiB "), Some(2 << 20));
        assert_eq!(parse_size("abc"), None);
        assert_eq!(parse_size("-1"), None);
        assert_eq!(parse_size("1X"), None);
    }
}
