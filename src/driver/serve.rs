//! The code generator process: `rjit_llvm_serve`, exported by `librjit_llvm.so` and run by
//! `driver::remote` in a Python started only to load the library (`python -I -S -c` + ctypes).
//!
//! ```text
//! client (user's process)      (a Unix socket: stdin and stdout)   this process (LLVM, no Python work)
//!   CompileJob{reply} ──frame──►  compile (Quick) ─► aot_cache::store ─► CompileDone ──frame──►
//!   CompileJob{reply, optimise} ─►     compile (Optimised) ─► aot_cache::store ─► CompileDone
//!   at exit: CompileJob{!reply}… ─►     compile (Optimised) ─► aot_cache::store     (nobody waits)
//!   shuts its end down            ─►    exit
//! ```
//! Why a process and not a thread: a compile thread shares the user's address space, so every
//! `munmap` either side makes (LLVM's heap, Python's arenas) is a TLB shoot-down across both
//! CPUs; measured on pyparsing, the main thread spent ~30% of its time in those IPIs while a
//! compile ran. The process also keeps LLVM's memory out of the user's, outlives the user's
//! exit to finish what was queued (the next process starts warm), and a crash in LLVM costs a
//! compile, not the program.
//!
//! Invariants: the protocol's fds are private (fd 0 becomes /dev/null and fd 1 a copy of
//! stderr, so nothing printed can corrupt a frame); jobs run in arrival order, one at a time;
//! after the client has gone (its first hand-over job, or a failed answer) the process works at
//! most `AFTER_EXIT` more and then drops the rest, and its stderr is /dev/null; it exits at the
//! end of the client's input or after `IDLE` without a job (the client starts another when it
//! needs one). Before it exits, it packs the cache directories it stored entries in
//! (`precompile::auto_pack`): the next process maps their functions instead of linking each.
//! A handed-over job is claimed first (`claim`): the processes of one cache compile
//! it once, however many clients handed it over; a job a client waits for waits for another
//! process's claim on it and then reads that process's entry (`claim_file`, `stored_since`);
//! and the processes whose clients have gone
//! finish one at a time (`finish_lock`), so that they do not pile up beside the programs still
//! running. It holds a shared `flock` on
//! `<lock_dir>/.rjit-codegen.lock` (`CODEGEN_LOCK_FILE`) for its life, so `rjit cache wait` (an
//! exclusive lock) waits for every code generator process of that cache.

use std::ffi::{CStr, c_char, c_int};
use std::fs::File;
use std::io::{BufReader, BufWriter};
use std::os::fd::{FromRawFd, RawFd};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::time::{Duration, Instant};

use crate::codegen_abi::{
    BUILD_ID, CODEGEN_LOCK_FILE, CompileDone, CompileJob, Hello, read_frame, write_frame,
};
use crate::errors::AbortReason;
use crate::target::Effort;

/// A process with nothing to do for this long exits.
pub const IDLE: Duration = Duration::from_secs(20);
/// How long the process keeps compiling after its client has exited.
pub const AFTER_EXIT: Duration = Duration::from_secs(60);

/// `codegen_abi::ServeFn`.
///
/// # Safety
/// `lock_dir` is NULL or a NUL-terminated path.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rjit_llvm_serve(lock_dir: *const c_char) -> c_int {
    let dir = (!lock_dir.is_null()).then(|| {
        // SAFETY: the caller's contract: a NUL-terminated path.
        unsafe { CStr::from_ptr(lock_dir) }
            .to_string_lossy()
            .into_owned()
    });
    catch_unwind(AssertUnwindSafe(|| serve(dir.as_deref()))).unwrap_or(70)
}
const _: crate::codegen_abi::ServeFn = rjit_llvm_serve;

/// Move the protocol off fds 0 and 1: returns (input, output). Every other inherited fd is
/// closed first: a pipe the user's program had made inheritable must not stay open here after
/// that program has exited (its reader would wait for us).
fn private_fds() -> std::io::Result<(RawFd, RawFd)> {
    // SAFETY: close_range/dup/dup2/open on fds this process owns (Python, which started it,
    // holds none of them: it only waits for `rjit_llvm_serve` to return, then exits); the new
    // fds are owned by the caller.
    unsafe {
        libc::syscall(libc::SYS_close_range, 3u32, u32::MAX, 0u32);
        let inp = libc::fcntl(0, libc::F_DUPFD_CLOEXEC, 3);
        let out = libc::fcntl(1, libc::F_DUPFD_CLOEXEC, 3);
        if inp < 0 || out < 0 {
            return Err(std::io::Error::last_os_error());
        }
        let null = libc::open(c"/dev/null".as_ptr(), libc::O_RDONLY);
        if null >= 0 {
            libc::dup2(null, 0);
            libc::close(null);
        }
        libc::dup2(2, 1);
        Ok((inp, out))
    }
}

/// Once the client has gone: stop writing to the stderr it gave us (a harness that captured
/// its output waits for every holder of that pipe to close it, and must not wait for us).
fn detach_stderr() {
    // SAFETY: open/dup2/close on this process's own standard fds.
    unsafe {
        let null = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY);
        if null >= 0 {
            libc::dup2(null, 2);
            libc::dup2(null, 1);
            libc::close(null);
        }
    }
}

/// This process's peak resident memory (VmHWM), KiB.
pub fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn serve(lock_dir: Option<&str>) -> c_int {
    // Its own session: the terminal's ^C goes to the user's program, not to a compile that is
    // finishing for the next run. A lower priority than the program it serves.
    // SAFETY: plain system calls on this process.
    unsafe {
        libc::setsid();
        libc::nice(10);
    }
    let Ok((inp, out)) = private_fds() else {
        return 71;
    };
    // (After private_fds, which closes inherited fds: closing this one would drop the lock.)
    let _lock = lock_dir.and_then(|d| {
        crate::aot_cache::prepare_dir(Path::new(d)).ok()?;
        let f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(Path::new(d).join(CODEGEN_LOCK_FILE))
            .ok()?;
        // SAFETY: flock on an open file; released when the file is closed (at exit).
        (unsafe { libc::flock(std::os::fd::AsRawFd::as_raw_fd(&f), libc::LOCK_SH) } == 0)
            .then_some(f)
    });
    // SAFETY: both fds were just created by private_fds and are owned here alone.
    let (inp_file, out_file) = unsafe { (File::from_raw_fd(inp), File::from_raw_fd(out)) };
    let mut input = BufReader::new(inp_file);
    let mut output = Some(BufWriter::new(out_file));
    let hello = Hello {
        build_id: BUILD_ID.to_string(),
        pid: std::process::id(),
    };
    if write_frame(output.as_mut().expect("set above"), &hello).is_err() {
        return 0;
    }
    // A reader thread takes jobs off the socket as they come, so that a client handing over its
    // queue at exit never waits for the socket to drain (it would, compile by compile).
    let (tx, rx) = std::sync::mpsc::channel::<CompileJob>();
    std::thread::spawn(move || {
        while let Ok(Some(job)) = read_frame::<CompileJob>(&mut input) {
            if !job.reply {
                detach_stderr();
            }
            if tx.send(job).is_err() {
                break;
            }
        }
        // The client shut its end down (it has exited, or is exiting).
        detach_stderr();
    });
    let mut client_left: Option<Instant> = None;
    // The cache directories this process stored entries in: packed before it exits.
    let mut stored_in: Vec<String> = Vec::new();
    // (A departed client's jobs are all read already, ending with the end of its input.)
    // Taken when the client has gone: one finisher per cache at a time (`finish_lock`). The
    // minute after the client counts from then.
    let mut _finishing: Option<File> = None;
    let mut leave = |client_left: &mut Option<Instant>| {
        if client_left.is_none() {
            _finishing = finish_lock(lock_dir);
            *client_left = Some(Instant::now());
        }
    };
    while let Ok(job) = rx.recv_timeout(IDLE) {
        if !job.reply {
            leave(&mut client_left);
        }
        if client_left.is_some_and(|t| t.elapsed() > AFTER_EXIT) {
            continue;
        }
        // (Held until the entry is stored: another process skips the job meanwhile, or, for a
        // job a client waits for, waits and then reads the entry: `stored_since`.)
        let _claim = if job.reply {
            claim_file(&job, true).unwrap_or(None)
        } else {
            match claim(&job) {
                Claimed::Run(c) => c,
                Claimed::Skip => continue,
            }
        };
        let nobody_waits = client_left.is_some() || job.optimise;
        let done = match job
            .reply
            .then(|| stored_since(&job, nobody_waits))
            .flatten()
        {
            Some(done) => done,
            None => run(&job, nobody_waits),
        };
        if let (Some(Ok(_)), Some(to)) = (&done.stored, &job.store)
            && !stored_in.contains(&to.dir)
        {
            stored_in.push(to.dir.clone());
        }
        if job.reply
            && let Some(w) = output.as_mut()
            && write_frame(w, &done).is_err()
        {
            output = None;
            leave(&mut client_left);
        }
    }
    // (Still holding the codegen lock, so that `rjit cache wait` waits for the packs too, and
    // the finisher lock if taken: one finisher packs at a time.)
    for dir in &stored_in {
        let _ = catch_unwind(|| super::precompile::auto_pack(Path::new(dir)));
    }
    0
}

/// Wait for the cache's finisher lock (`<lock_dir>/.rjit-finish.lock`, exclusive): once its
/// client has gone, a code generator process compiles what was handed over only while no other
/// one of the same cache does. Without it, a harness that starts process after process (pyperf's
/// workers, a test suite) left one finisher behind each, all compiling at once beside the
/// programs that followed (eight were seen together, for sympy); in turn, each finds most of
/// its jobs compiled by the one before (`claim`) and skips them. The wait is not bounded: a
/// finisher holds the lock for at most `AFTER_EXIT` of work. None without a cache directory or
/// when the lock cannot be made (then it does not stop the work).
fn finish_lock(lock_dir: Option<&str>) -> Option<File> {
    let f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(Path::new(lock_dir?).join(FINISH_LOCK_FILE))
        .ok()?;
    // SAFETY: flock on an open file this function owns; released when it is closed.
    (unsafe { libc::flock(std::os::fd::AsRawFd::as_raw_fd(&f), libc::LOCK_EX) } == 0).then_some(f)
}

/// The finisher lock's file in a cache directory (`finish_lock`).
pub const FINISH_LOCK_FILE: &str = ".rjit-finish.lock";

/// What to do with a job nobody waits for.
enum Claimed {
    /// Compile it, holding the claim (None: the job stores nowhere, nothing to claim).
    Run(Option<Claim>),
    /// Another code generator process has it: it is being compiled, or the cache holds it as
    /// optimised code already.
    Skip,
}

/// A job's claim: `<cache>/.claim-<key>`, exclusively `flock`ed while the job runs, removed
/// after (and released by the kernel if this process dies).
struct Claim {
    path: std::path::PathBuf,
    _file: File,
}

impl Drop for Claim {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Claim a handed-over job. Processes of the same cache (a fleet started together, or a
/// program run again and again, each run handing its second compiles over at exit) are
/// handed the same jobs, mostly in the same order; each compile is done once: a job another
/// process has claimed is skipped, and so is one whose entry is optimised already (checked
/// after claiming, so a claim removed just after its store is not missed). A claim that
/// cannot be made (permissions, a full disk) does not stop the compile.
fn claim(job: &CompileJob) -> Claimed {
    let Some(to) = &job.store else {
        return Claimed::Run(None);
    };
    let dir = Path::new(&to.dir);
    let claim = match claim_file(job, false) {
        Err(Busy) => return Claimed::Skip,
        Ok(c) => c,
    };
    let key = super::cache_key(&job.snap, job.cpu);
    let optimised = key.hex() == job.key_hex
        && crate::aot_cache::load(dir, &key, false)
            .is_ok_and(|l| l.meta.tier == crate::target::Effort::Optimised.tier_name());
    if optimised {
        Claimed::Skip
    } else {
        Claimed::Run(claim)
    }
}

/// The answer to a job whose entry another process stored since the client looked it up (at
/// least as `optimised` as asked), read from the cache instead of compiled: processes of one
/// cache started together (a fleet; pyperf's manager and its worker, both importing the same
/// library) make the same functions hot at about the same time. A file open per job, against
/// a compile of 10-1000 ms.
fn stored_since(job: &CompileJob, optimised: bool) -> Option<CompileDone> {
    if job.snap.demoted {
        // Generic code meant to replace the typed code stored under the same key: the entry
        // there is what it replaces (`hook::install::demote_if_failing`).
        return None;
    }
    let dir = Path::new(&job.store.as_ref()?.dir);
    let key = super::cache_key(&job.snap, job.cpu);
    if key.hex() != job.key_hex {
        return None;
    }
    let e = crate::aot_cache::load(dir, &key, false).ok()?;
    let good =
        e.meta.symbol == job.symbol && (!optimised || e.meta.tier == Effort::Optimised.tier_name());
    good.then(|| CompileDone {
        result: Ok(e.payload().to_vec()),
        compile_nanos: 0,
        stored: None,
        evicted: 0,
        peak_rss_kib: peak_rss_kib(),
        from_cache: true,
    })
}

/// Another process holds the job's claim.
struct Busy;

/// Take the job's claim file, `<cache>/.claim-<key>` (`flock`, exclusive), waiting for another
/// process's claim if `wait`, else Busy. Ok(None) where there is nothing to claim (no store) or
/// the file cannot be made (permissions, a full disk): that does not stop the compile. A
/// client's job waits rather than compiling what another process is compiling: processes
/// started together (pyperf's manager and its worker; a fleet) miss the same functions in
/// about the same order, and the second reads the first's entry (`stored_since`). A claim is
/// held by one compile at a time, so waits cannot form a cycle; the kernel releases the claim
/// of a process that dies.
fn claim_file(job: &CompileJob, wait: bool) -> Result<Option<Claim>, Busy> {
    let Some(to) = &job.store else {
        return Ok(None);
    };
    let path = Path::new(&to.dir).join(format!(".claim-{}", job.key_hex));
    let Ok(f) = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
    else {
        return Ok(None);
    };
    let fd = std::os::fd::AsRawFd::as_raw_fd(&f);
    let how = if wait {
        libc::LOCK_EX
    } else {
        libc::LOCK_EX | libc::LOCK_NB
    };
    // SAFETY: flock on an open file this function owns.
    if unsafe { libc::flock(fd, how) } != 0 {
        return if wait { Ok(None) } else { Err(Busy) };
    }
    Ok(Some(Claim { path, _file: f }))
}

/// Compile one job (with more effort when nobody waits for it, or when asked) and store it if
/// asked.
fn run(job: &CompileJob, nobody_waits: bool) -> CompileDone {
    let effort = if nobody_waits {
        Effort::Optimised
    } else {
        Effort::Quick
    };
    if job.debug {
        // Said before it starts too, so that a compile that never ends is named.
        eprintln!(
            "rjit: code generator process {}: {} ({} code units) starts ({})",
            std::process::id(),
            job.snap.qualname,
            job.snap.code.len(),
            effort.tier_name()
        );
    }
    let t = Instant::now();
    let result = catch_unwind(|| {
        super::codegen::emit_debug(
            &job.snap,
            &job.symbol,
            job.cpu,
            effort,
            crate::codegen_abi::Emit::Object,
            job.debug,
        )
    })
    .unwrap_or_else(|_| Err(AbortReason::Backend("the code generator panicked".into())));
    let compile_nanos = t.elapsed().as_nanos() as u64;
    if job.debug {
        // The per-phase line comes from tier1_llvm; this one says where it ran.
        eprintln!(
            "rjit: code generator process {}: {} in {:?} ({})",
            std::process::id(),
            job.snap.qualname,
            t.elapsed(),
            effort.tier_name()
        );
    }
    let mut evicted = 0;
    let stored = match (&result, &job.store) {
        (Ok(obj), Some(to)) => {
            let key = super::cache_key(&job.snap, job.cpu);
            Some(if key.hex() != job.key_hex {
                Err("the client's cache key differs from the code generator's".to_string())
            } else {
                let dir = Path::new(&to.dir);
                super::store(dir, &job.snap, &key, &job.symbol, job.cpu, effort, obj).inspect(|n| {
                    evicted = super::keep_size_limit(dir, *n, to.size_limit);
                })
            })
        }
        _ => None,
    };
    CompileDone {
        result,
        compile_nanos,
        stored,
        evicted,
        peak_rss_kib: peak_rss_kib(),
        from_cache: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen_abi::StoreTo;
    use crate::target::{Cpu, Effort};
    use crate::tier0::CodeSnapshot;

    fn handed_over(dir: &Path) -> CompileJob {
        let snap = CodeSnapshot {
            qualname: "f".into(),
            code: vec![151, 0, 100, 0, 83, 0],
            ..Default::default()
        };
        let key = crate::driver::cache_key(&snap, Cpu::Host);
        CompileJob {
            symbol: crate::driver::symbol_for(&key),
            key_hex: key.hex(),
            snap,
            cpu: Cpu::Host,
            debug: false,
            store: Some(StoreTo {
                dir: dir.to_string_lossy().into_owned(),
                size_limit: 1 << 30,
            }),
            reply: false,
            optimise: true,
        }
    }

    #[test]
    fn a_handed_over_job_runs_once_across_the_processes_of_a_cache() {
        let tmp = tempfile::tempdir().unwrap();
        crate::aot_cache::prepare_dir(tmp.path()).unwrap();
        let job = handed_over(tmp.path());
        let key = crate::driver::cache_key(&job.snap, job.cpu);
        // (flock conflicts between two opens of the file, in one process as in two.)
        let Claimed::Run(Some(first)) = claim(&job) else {
            panic!("a free job is not claimed")
        };
        assert!(matches!(claim(&job), Claimed::Skip), "claimed twice");
        let path = first.path.clone();
        drop(first);
        assert!(!path.exists(), "the claim outlives its job");
        let store = |effort| {
            crate::driver::store(
                tmp.path(),
                &job.snap,
                &key,
                &job.symbol,
                job.cpu,
                effort,
                b"o",
            )
            .unwrap()
        };
        // Quick code in the cache is what a second compile replaces: still run.
        store(Effort::Quick);
        assert!(matches!(claim(&job), Claimed::Run(Some(_))));
        store(Effort::Optimised);
        assert!(
            matches!(claim(&job), Claimed::Skip),
            "optimised entry compiled again"
        );
        assert!(!path.exists());
    }

    #[test]
    fn a_job_that_stores_nowhere_or_cannot_claim_still_runs() {
        let tmp = tempfile::tempdir().unwrap();
        let mut job = handed_over(&tmp.path().join("missing"));
        assert!(matches!(claim(&job), Claimed::Run(None)));
        job.store = None;
        assert!(matches!(claim(&job), Claimed::Run(None)));
    }
}
