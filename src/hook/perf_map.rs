//! `RJIT_PERF_MAP=1`: a line `START SIZE py::qualname:filename` (hex start and size) in
//! `/tmp/perf-<pid>.map` for every function compiled or loaded from the cache, the map format
//! `perf report` reads for JIT code (the same names CPython 3.12's `-X perf` writes).
//!
//! Invariant: called with the GIL held, after the code is installed; a write error disables
//! the map for the rest of the process, silently (a profiler aid must never fail a program).
//! A forked child writes its own file.

use std::io::Write;
use std::sync::Mutex;

static MAP: Mutex<Option<(u32, Option<std::fs::File>)>> = Mutex::new(None);

pub fn record(addr: usize, size: u64, label: &str) {
    let pid = std::process::id();
    let mut m = MAP.lock().unwrap_or_else(|p| p.into_inner());
    if m.as_ref().is_none_or(|(p, _)| *p != pid) {
        let f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(format!("/tmp/perf-{pid}.map"))
            .ok();
        *m = Some((pid, f));
    }
    if let Some((_, slot @ Some(_))) = m.as_mut() {
        let f = slot.as_mut().expect("checked");
        if writeln!(f, "{addr:x} {size:x} py::{label}").is_err() {
            *slot = None;
        }
    }
}
