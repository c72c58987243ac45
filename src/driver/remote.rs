//! The client of the code generator process (`driver::serve` is the process; the protocol is
//! `codegen_abi`'s frames, over a Unix socket): compiles run there, not on a thread of the user's process.
//!
//! The process is started on the first compile, as `python -I -S -c <ctypes loader>
//! librjit_llvm.so [lock dir]` with the interpreter that enabled rjit (`sys.executable`,
//! `config::python_executable`), through `posix_spawn` (no copy of a large address space). It
//! is started again when it has exited (it does after `serve::IDLE` without work) or died; if
//! it cannot be started, or answers with another build id, compiles fail as `Backend` for the
//! rest of the process, reported once on stderr, as a missing library is in-process.
//!
//! Invariants: one job is in flight at a time (`Conn::from` is held from writing the job to
//! reading its answer); the exit hand-over (`hand_over`) writes only to `Conn::to`, so it
//! never waits for a compile in flight; a job a compile thread has taken but not yet written
//! (it may be starting the process) is in `UNSENT` until it is written, and is written exactly
//! once, by that thread or by the hand-over (both under `Conn::to`); the child is reaped when
//! it is replaced, and never waited for at exit (it finishes the hand-over after the user's
//! process has gone).

use std::io::{BufReader, BufWriter, Write};
use std::net::Shutdown;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use crate::aot_cache::CacheKey;
use crate::codegen_abi::{
    BUILD_ID, CompileDone, CompileJob, Hello, StoreTo, read_frame, write_frame,
};
use crate::errors::AbortReason;
use crate::tier0::CodeSnapshot;
use crate::{config, stats};

/// The loader the code generator process runs: the library's `rjit_llvm_serve`
/// (`codegen_abi::ServeFn`, defined in `driver::serve`), nothing else.
const LOADER: &str = "import ctypes, sys\n\
f = ctypes.CDLL(sys.argv[1]).rjit_llvm_serve\n\
f.argtypes = [ctypes.c_char_p]\n\
sys.exit(f(sys.argv[2].encode() if len(sys.argv) > 2 else None))";

/// Our end of the socket, for writing: `send` with `MSG_NOSIGNAL`, so that a code generator
/// process that has exited is an `EPIPE` here, never a `SIGPIPE` (a program may have set it
/// back to its default action, which would end the program).
struct Sender(UnixStream);

impl Write for Sender {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        // SAFETY: `buf` is readable for its length; the socket is ours and open.
        let n = unsafe {
            libc::send(
                self.0.as_raw_fd(),
                buf.as_ptr().cast(),
                buf.len(),
                libc::MSG_NOSIGNAL,
            )
        };
        if n < 0 {
            Err(std::io::Error::last_os_error())
        } else {
            Ok(n as usize)
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for Sender {
    /// The end of the jobs: the process sees the end of its input (whoever else holds a copy
    /// of this socket, a forked child for instance).
    fn drop(&mut self) {
        let _ = self.0.shutdown(Shutdown::Write);
    }
}

/// A connection to one code generator process: a Unix socket (the process's stdin and stdout).
struct Conn {
    to: Mutex<Option<BufWriter<Sender>>>,
    from: Mutex<BufReader<UnixStream>>,
    child: Mutex<Child>,
    /// The user's process that started it (a forked child starts its own).
    owner: u32,
    /// Set by `retire`: a thread that took this connection before another found it dead tries
    /// the next one (with `to` closed, it would otherwise look shut down for exit).
    retired: AtomicBool,
}

enum State {
    None,
    Up(Arc<Conn>),
    /// Starting it failed; every compile fails with this.
    Broken(String),
}

static STATE: Mutex<State> = Mutex::new(State::None);

/// Whether compiles should go to the code generator process: the default, when the
/// interpreter that enabled rjit is known.
pub fn wanted() -> bool {
    !config::codegen_in_process() && config::python_executable().is_some()
}

fn spawn(lock_dir: Option<&std::path::Path>) -> Result<Conn, String> {
    let python = config::python_executable().ok_or("the Python executable is unknown")?;
    let lib = super::codegen::library_path().ok_or("cannot find the extension's directory")?;
    if !lib.exists() {
        return Err(format!("{}: no such file", lib.display()));
    }
    let (ours, theirs) =
        UnixStream::pair().map_err(|e| format!("no socket for the code generator: {e}"))?;
    let theirs_out = theirs
        .try_clone()
        .map_err(|e| format!("no socket for the code generator: {e}"))?;
    let mut cmd = Command::new(&python);
    cmd.args(["-I", "-S", "-c", LOADER])
        .arg(&lib)
        .stdin(Stdio::from(OwnedFd::from(theirs)))
        .stdout(Stdio::from(OwnedFd::from(theirs_out)))
        .stderr(Stdio::inherit())
        .env_remove("RJIT_ENABLE");
    if let Some(d) = lock_dir {
        cmd.arg(d);
    }
    let t = std::time::Instant::now();
    let child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", python.display()))?;
    // (`cmd` holds the child's ends until it is dropped: the process must see our close.)
    drop(cmd);
    let to = ours
        .try_clone()
        .map_err(|e| format!("no socket for the code generator: {e}"))?;
    let from = ours;
    let mut from = BufReader::new(from);
    let hello: Option<Hello> = read_frame(&mut from).ok().flatten();
    let reap = |mut c: Child| {
        let _ = c.kill();
        let _ = c.wait();
    };
    match hello {
        Some(h) if h.build_id == BUILD_ID => {}
        Some(h) => {
            reap(child);
            return Err(format!(
                "{} is from another build ({}, this extension is {BUILD_ID}); reinstall rjit-llvm",
                lib.display(),
                h.build_id
            ));
        }
        None => {
            reap(child);
            return Err(format!(
                "the code generator process ({} loading {}) did not start",
                python.display(),
                lib.display()
            ));
        }
    }
    stats::bump(&stats::CODEGEN_SPAWNS);
    stats::LLVM_LOAD_NANOS.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
    Ok(Conn {
        to: Mutex::new(Some(BufWriter::new(Sender(to)))),
        from: Mutex::new(from),
        child: Mutex::new(child),
        owner: std::process::id(),
        retired: AtomicBool::new(false),
    })
}

/// The live connection, starting the process if there is none. `None`: broken (the reason).
fn conn() -> Result<Arc<Conn>, String> {
    let mut st = STATE.lock().unwrap_or_else(|p| p.into_inner());
    match &*st {
        State::Up(c) if c.owner == std::process::id() => return Ok(c.clone()),
        State::Broken(why) => return Err(why.clone()),
        _ => {}
    }
    if let State::Up(old) = std::mem::replace(&mut *st, State::None) {
        // A forked child inherited its parent's connection: it must neither use it nor shut
        // it down (that would end the parent's jobs), so it is forgotten, not dropped.
        std::mem::forget(old);
    }
    let lock_dir = super::cache_layers().write_dir().map(|d| d.to_path_buf());
    match spawn(lock_dir.as_deref()) {
        Ok(c) => {
            let c = Arc::new(c);
            *st = State::Up(c.clone());
            Ok(c)
        }
        Err(e) => {
            eprintln!("rjit: the code generator is unavailable, nothing will be compiled: {e}");
            *st = State::Broken(e.clone());
            Err(e)
        }
    }
}

/// Close a connection that failed and reap its process.
fn retire(c: &Conn) {
    c.retired.store(true, Ordering::Release);
    c.to.lock().unwrap_or_else(|p| p.into_inner()).take();
    let mut child = c.child.lock().unwrap_or_else(|p| p.into_inner());
    let _ = child.kill();
    let _ = child.wait();
}

/// Forget `c` if it is still the current connection (it failed).
fn drop_conn(c: &Arc<Conn>) {
    let mut st = STATE.lock().unwrap_or_else(|p| p.into_inner());
    if matches!(&*st, State::Up(cur) if Arc::ptr_eq(cur, c)) {
        *st = State::None;
        drop(st);
        retire(c);
    }
}

fn job(
    snap: &CodeSnapshot,
    key: &CacheKey,
    symbol: &str,
    reply: bool,
    optimise: bool,
) -> CompileJob {
    CompileJob {
        snap: snap.clone(),
        cpu: config::cpu(),
        key_hex: key.hex(),
        symbol: symbol.to_string(),
        debug: config::debug(),
        store: super::cache_layers().write_dir().map(|d| StoreTo {
            dir: d.to_string_lossy().into_owned(),
            size_limit: config::cache_size(),
        }),
        reply,
        optimise,
    }
}

/// Jobs taken by a compile thread and not yet written to a process, by id. Without this, the
/// job a thread holds while it starts the process (a few hundred ms on a loaded machine) would
/// be lost when the program exits meanwhile: it is neither queued (`driver::shutdown` hands
/// over the queue) nor with the process.
static UNSENT: Mutex<Vec<(u64, CompileJob)>> = Mutex::new(Vec::new());
static NEXT_UNSENT: AtomicU64 = AtomicU64::new(0);

/// A job's place in `UNSENT`, left when the job is written or its compile ends.
struct Unsent(u64);

impl Unsent {
    fn new(j: &CompileJob) -> Unsent {
        let id = NEXT_UNSENT.fetch_add(1, Ordering::Relaxed);
        UNSENT
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push((id, j.clone()));
        Unsent(id)
    }

    /// Called with `Conn::to` held, after the job was written.
    fn sent(&self) {
        UNSENT
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .retain(|(id, _)| *id != self.0);
    }
}

impl Drop for Unsent {
    fn drop(&mut self) {
        self.sent();
    }
}

/// One round trip on `c`: `Err(None)` when the process has gone (try another).
fn round_trip(
    c: &Conn,
    j: &CompileJob,
    unsent: &Unsent,
) -> Result<CompileDone, Option<AbortReason>> {
    let mut from = c.from.lock().unwrap_or_else(|p| p.into_inner());
    {
        let mut to = c.to.lock().unwrap_or_else(|p| p.into_inner());
        let Some(w) = to.as_mut() else {
            return Err((!c.retired.load(Ordering::Acquire)).then_some(AbortReason::Shutdown));
        };
        write_frame(w, j).map_err(|_| None)?;
        unsent.sent();
    }
    match read_frame::<CompileDone>(&mut *from) {
        Ok(Some(d)) => Ok(d),
        _ => Err(None),
    }
}

/// Compile `snap` in the code generator process (Quick, or Optimised with `optimise`), which
/// also stores it in the cache's write directory. Returns the object. Runs on whatever thread
/// calls it; touches no Python object.
pub fn compile(
    snap: &CodeSnapshot,
    key: &CacheKey,
    symbol: &str,
    optimise: bool,
) -> Result<Vec<u8>, AbortReason> {
    let j = job(snap, key, symbol, true, optimise);
    let unsent = Unsent::new(&j);
    // A process that exited while idle, or died, is replaced once per job; a job that kills
    // two processes in a row is a backend error (a crash in LLVM costs the compile only).
    for _ in 0..2 {
        let c = conn().map_err(|e| AbortReason::Backend(format!("code generator: {e}")))?;
        match round_trip(&c, &j, &unsent) {
            Ok(done) => return account(done, optimise),
            Err(Some(r)) => return Err(r),
            Err(None) => drop_conn(&c),
        }
    }
    Err(AbortReason::Backend(
        "the code generator process died compiling this code".into(),
    ))
}

fn account(d: CompileDone, optimise: bool) -> Result<Vec<u8>, AbortReason> {
    stats::CODEGEN_PEAK_RSS_KIB.fetch_max(d.peak_rss_kib, Ordering::Relaxed);
    if optimise {
        stats::IMPROVE_NANOS.fetch_add(d.compile_nanos, Ordering::Relaxed);
    } else {
        stats::COMPILE_NANOS.fetch_add(d.compile_nanos, Ordering::Relaxed);
    }
    stats::CACHE_EVICTED.fetch_add(d.evicted, Ordering::Relaxed);
    match d.stored {
        Some(Ok(n)) => {
            stats::bump(&stats::CACHE_STORES);
            stats::CACHE_STORED_BYTES.fetch_add(n, Ordering::Relaxed);
        }
        Some(Err(_)) => stats::bump(&stats::CACHE_ERRORS),
        None => {}
    }
    if d.from_cache {
        // Stored by another process since this one missed it: a hit, found late.
        stats::bump(&stats::CACHE_HITS);
    } else if d.result.is_ok() {
        stats::bump(if optimise {
            &stats::IMPROVED
        } else {
            &stats::COMPILED
        });
    }
    d.result
}

/// At exit: give the code generator process the jobs nobody will wait for (the first to compile
/// first), to compile into the cache for the next process, and close the connection. Starts
/// the process if there is none (a short run that queued work never started one). The jobs
/// compile threads took and had not yet written go first (they were the hottest), second
/// compiles among them only `with_improvements` (as `driver::shutdown` decides for the
/// queued ones).
pub fn hand_over(jobs: &[(CodeSnapshot, CacheKey)], with_improvements: bool) {
    let wanted = |j: &CompileJob| with_improvements || !j.optimise;
    let unsent = || {
        UNSENT
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .any(|(_, j)| wanted(j))
    };
    if (jobs.is_empty() && !unsent()) || super::cache_layers().write_dir().is_none() {
        close();
        return;
    }
    let Ok(c) = conn() else {
        return;
    };
    let mut to = c.to.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(w) = to.as_mut() {
        // Under `Conn::to`: a thread that has not written its job by now never will.
        let taken = std::mem::take(&mut *UNSENT.lock().unwrap_or_else(|p| p.into_inner()));
        let taken = taken.into_iter().map(|(_, j)| j).filter(|j| wanted(j));
        let queued = jobs
            .iter()
            .map(|(snap, key)| job(snap, key, &super::symbol_for(key), false, true));
        for mut j in taken.chain(queued) {
            j.reply = false;
            j.optimise = true;
            if write_frame(w, &j).is_err() {
                break;
            }
        }
    }
    to.take();
}

/// End the jobs to the process (it finishes any job in flight and exits).
pub fn close() {
    let st = STATE.lock().unwrap_or_else(|p| p.into_inner());
    if let State::Up(c) = &*st
        && c.owner == std::process::id()
    {
        c.to.lock().unwrap_or_else(|p| p.into_inner()).take();
    }
}
