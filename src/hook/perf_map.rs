//! Telling native profilers about compiled code (`RJIT_PERF_MAP`), for every function compiled
//! or loaded from the cache:
//! - `1`: a line `START SIZE py::qualname:filename` (hex) in `/tmp/perf-<pid>.map`, the map
//!   format `perf report` reads (the names CPython 3.12's `-X perf` writes);
//! - `jitdump`: a `JIT_CODE_LOAD` record with the code bytes in `/tmp/jit-<pid>.dump` (perf's
//!   jitdump format, version 1), which `perf inject --jit` turns into ELF images, so that
//!   `perf annotate` shows the instructions. The file is mapped executable once, which is how
//!   `perf record -k 1` finds it. Timestamps are CLOCK_MONOTONIC.
//!
//! Invariant: called with the GIL held, after the code is installed; a write error disables
//! the output for the rest of the process, silently (a profiler aid must never fail a
//! program). A forked child writes its own file.

use std::io::Write;
use std::sync::Mutex;

use crate::config::PerfMode;

/// (pid, file or None after an error, next code index)
static OUT: Mutex<Option<(u32, Option<std::fs::File>, u64)>> = Mutex::new(None);

const JITDUMP_MAGIC: u32 = 0x4A69_5444;
const EM_X86_64: u32 = 62;
const JIT_CODE_LOAD: u32 = 0;

fn monotonic_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

fn open(pid: u32, mode: PerfMode) -> Option<std::fs::File> {
    if mode == PerfMode::Map {
        return std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(format!("/tmp/perf-{pid}.map"))
            .ok();
    }
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(true)
        .read(true)
        .write(true)
        .open(format!("/tmp/jit-{pid}.dump"))
        .ok()?;
    let mut h = Vec::with_capacity(40);
    for v in [JITDUMP_MAGIC, 1, 40, EM_X86_64, 0, pid] {
        h.extend_from_slice(&v.to_le_bytes());
    }
    h.extend_from_slice(&monotonic_ns().to_le_bytes());
    h.extend_from_slice(&0u64.to_le_bytes());
    f.write_all(&h).ok()?;
    // SAFETY: maps one page of our own file, read and execute, never unmapped: the mapping is
    // the marker perf looks for; nothing reads or runs it.
    let m = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            4096,
            libc::PROT_READ | libc::PROT_EXEC,
            libc::MAP_PRIVATE,
            std::os::unix::io::AsRawFd::as_raw_fd(&f),
            0,
        )
    };
    (m != libc::MAP_FAILED).then_some(f)
}

pub fn record(addr: usize, size: u64, label: &str, mode: PerfMode) {
    let pid = std::process::id();
    let mut out = OUT.lock().unwrap_or_else(|p| p.into_inner());
    if out.as_ref().is_none_or(|(p, _, _)| *p != pid) {
        *out = Some((pid, open(pid, mode), 0));
    }
    let Some((_, slot @ Some(_), index)) = out.as_mut() else {
        return;
    };
    let f = slot.as_mut().expect("checked");
    let ok = match mode {
        PerfMode::Jitdump => {
            let name = format!("py::{label}\0");
            // SAFETY: the installed code is mapped readable for `size` bytes at `addr`.
            let code = unsafe { std::slice::from_raw_parts(addr as *const u8, size as usize) };
            let total = 16 + 4 + 4 + 8 * 4 + name.len() + code.len();
            // SAFETY: the gettid system call has no preconditions. (Not libc's `gettid()`,
            // which glibc 2.28, the wheel's floor, does not have.)
            let tid = unsafe { libc::syscall(libc::SYS_gettid) } as u32;
            let mut r = Vec::with_capacity(total);
            r.extend_from_slice(&JIT_CODE_LOAD.to_le_bytes());
            r.extend_from_slice(&(total as u32).to_le_bytes());
            r.extend_from_slice(&monotonic_ns().to_le_bytes());
            r.extend_from_slice(&pid.to_le_bytes());
            r.extend_from_slice(&tid.to_le_bytes());
            for v in [addr as u64, addr as u64, size, *index] {
                r.extend_from_slice(&v.to_le_bytes());
            }
            r.extend_from_slice(name.as_bytes());
            r.extend_from_slice(code);
            *index += 1;
            f.write_all(&r).is_ok()
        }
        _ => writeln!(f, "{addr:x} {size:x} py::{label}").is_ok(),
    };
    if !ok {
        *slot = None;
    }
}
