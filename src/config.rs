//! Every `RJIT_*` setting, with its default, in one place. Read from the environment when the
//! module loads and again by `enable()`; `enable()` arguments override the environment.
//!
//! | variable | default | meaning |
//! |---|---|---|
//! | `RJIT_ENABLE` | unset | `1`: the wheel's `.pth` file enables rjit at interpreter start-up |
//! | `RJIT_DISABLE` | unset | `1`: never enable, whatever else says so (wins over everything) |
//! | `RJIT_THRESHOLD` | 100 | calls before a code object is compiled (0 and 1: first call) |
//! | `RJIT_CACHE_DIR` | `$XDG_CACHE_HOME/rjit` (`~/.cache/rjit`) | where compiled objects are kept; `off` disables the cache |
//! | `RJIT_SYNC` | unset | `1`: compile on the calling thread (deterministic; tests) |
//! | `RJIT_DEBUG` | unset | `1`: print to stderr why each code object stays interpreted |
//! | `RJIT_EXIT_COMPILE_SECONDS` | 0.5 | at exit, how long queued compiles may still run (into the cache, for the next process); 0 drops them |

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};

/// Chosen by measurement (docs/tiering.md): with background compilation the threshold only
/// decides how much compile work a process starts; loops tier up early anyway.
pub const DEFAULT_THRESHOLD: u64 = 100;

static THRESHOLD: AtomicU64 = AtomicU64::new(DEFAULT_THRESHOLD);
static SYNC: AtomicBool = AtomicBool::new(false);
static DEBUG: AtomicBool = AtomicBool::new(false);
static CACHE_DIR: Mutex<Option<PathBuf>> = Mutex::new(None);
/// Milliseconds queued compiles may still run at exit.
static EXIT_COMPILE_MS: AtomicU64 = AtomicU64::new(DEFAULT_EXIT_COMPILE_MS);
/// Small: a short command-line program should not linger at exit; a long-running one has
/// compiled most of its code by then anyway.
pub const DEFAULT_EXIT_COMPILE_MS: u64 = 500;

fn env_flag(name: &str) -> bool {
    std::env::var(name).map(|v| v == "1").unwrap_or(false)
}

/// (Re)read the environment.
pub fn load_from_env() {
    let t = std::env::var("RJIT_THRESHOLD")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(DEFAULT_THRESHOLD);
    THRESHOLD.store(t, Relaxed);
    SYNC.store(env_flag("RJIT_SYNC"), Relaxed);
    let exit_ms = std::env::var("RJIT_EXIT_COMPILE_SECONDS")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(|s| (s * 1000.0) as u64)
        .unwrap_or(DEFAULT_EXIT_COMPILE_MS);
    EXIT_COMPILE_MS.store(exit_ms, Relaxed);
    DEBUG.store(env_flag("RJIT_DEBUG"), Relaxed);
    let dir = match std::env::var("RJIT_CACHE_DIR") {
        Ok(v) if v == "off" => None,
        Ok(v) if !v.is_empty() => Some(PathBuf::from(v)),
        _ => dirs::cache_dir().map(|d| d.join("rjit")),
    };
    *CACHE_DIR.lock().unwrap_or_else(|p| p.into_inner()) = dir;
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

pub fn debug() -> bool {
    DEBUG.load(Relaxed)
}

pub fn sync() -> bool {
    SYNC.load(Relaxed)
}

pub fn set_sync(s: bool) {
    SYNC.store(s, Relaxed);
}

/// How long queued compiles may still run at exit (`RJIT_EXIT_COMPILE_SECONDS`).
pub fn exit_compile_budget() -> std::time::Duration {
    std::time::Duration::from_millis(EXIT_COMPILE_MS.load(Relaxed))
}

pub fn cache_dir() -> Option<PathBuf> {
    CACHE_DIR.lock().unwrap_or_else(|p| p.into_inner()).clone()
}
