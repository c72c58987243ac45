//! The boundary between the extension (`_rjit`) and the code generator library
//! (`librjit_llvm.so`, which holds LLVM): the few C functions the library exports, and the
//! plain-data messages that cross them.
//!
//! Why a boundary: LLVM is 60 MB of machine code with thousands of static initialisers. Linked
//! into the extension it cost every process ~30 MiB and ~8 ms at `import rjit`, compiling or
//! not. Behind this boundary it is loaded only when a process first compiles
//! (`driver::codegen`); a process that runs code from the cache never loads it.
//!
//! Invariants:
//! - Both sides are built from the same sources in one build (`build.rs` builds the library);
//!   `BUILD_ID` is a hash of those sources and the library is refused unless it matches, so the
//!   bincode messages always agree.
//! - Memory is never freed across the boundary: results come back through a `Sink` callback
//!   that copies them into the caller's own buffer.
//! - No panic crosses it: the library catches them and answers with an error.
//! - The same messages also cross a Unix socket, to the code generator process (`driver::remote`),
//!   as length-prefixed frames.

use std::ffi::{c_char, c_int, c_void};

use crate::errors::AbortReason;
use crate::target::{Cpu, Effort};
use crate::tier0::CodeSnapshot;

/// The library's file name; it sits next to the extension module.
pub const LIBRARY: &str = "librjit_llvm.so";

/// A hash of the sources both sides were built from (`build.rs`).
pub const BUILD_ID: &str = env!("RJIT_BUILD_ID");

/// What to produce from a code object.
#[derive(Clone, Copy, PartialEq, Eq, Debug, bincode::Encode, bincode::Decode)]
pub enum Emit {
    /// The IR as lowered, before any pass (text).
    Ir,
    /// The IR after `target::OPT_PIPELINE` (text).
    OptimisedIr,
    /// The machine code as assembly (text).
    Assembly,
    /// The relocatable ELF object the cache stores.
    Object,
}

/// One compile request.
#[derive(Clone, Debug, bincode::Encode, bincode::Decode)]
pub struct EmitRequest {
    pub snap: CodeSnapshot,
    /// The entry symbol the object defines.
    pub symbol: String,
    pub cpu: Cpu,
    pub effort: Effort,
    pub what: Emit,
    /// `RJIT_DEBUG`: print per-phase timings to stderr.
    pub debug: bool,
}

/// The answer to an `EmitRequest`.
pub type EmitResponse = Result<Vec<u8>, AbortReason>;

/// Where the library writes a result: `put(ctx, data, len)` copies `data` before returning.
#[repr(C)]
pub struct Sink {
    pub ctx: *mut c_void,
    pub put: unsafe extern "C" fn(ctx: *mut c_void, data: *const u8, len: usize),
}

impl Sink {
    /// A sink that appends to `buf` (which must outlive every use of the sink).
    pub fn into_vec(buf: &mut Vec<u8>) -> Sink {
        unsafe extern "C" fn put(ctx: *mut c_void, data: *const u8, len: usize) {
            // SAFETY: `ctx` is the `&mut Vec<u8>` of `into_vec`, alive for the call that uses
            // the sink; `data` points at `len` readable bytes (the library's contract).
            unsafe {
                let buf = &mut *(ctx as *mut Vec<u8>);
                buf.extend_from_slice(std::slice::from_raw_parts(data, len));
            }
        }
        Sink {
            ctx: buf as *mut Vec<u8> as *mut c_void,
            put,
        }
    }

    /// Hand `data` to the sink's owner.
    pub fn write(&self, data: &[u8]) {
        // SAFETY: `put` and `ctx` come from the caller, who guarantees they are valid for the
        // duration of the call that received this sink.
        unsafe { (self.put)(self.ctx, data.as_ptr(), data.len()) }
    }
}

/// One of rjit's runtime helpers, for the ORC linker's symbol table. `name` is NUL-terminated.
#[repr(C)]
pub struct HelperSymbol {
    pub name: *const c_char,
    pub addr: usize,
}

/// `rjit_llvm_build_id()`: the library's `BUILD_ID`, NUL-terminated, static.
pub type BuildIdFn = unsafe extern "C" fn() -> *const c_char;
pub const BUILD_ID_SYMBOL: &[u8] = b"rjit_llvm_build_id\0";

/// `rjit_llvm_emit(request, len, out)`: decode an `EmitRequest` and write the bincode
/// `EmitResponse` to `out`. Returns 0, or -1 when the request does not decode.
pub type EmitFn = unsafe extern "C" fn(request: *const u8, len: usize, out: Sink) -> c_int;
pub const EMIT_SYMBOL: &[u8] = b"rjit_llvm_emit\0";

/// `rjit_llvm_orc_link(helpers, n, symbol, object, len, addr, err)`: link an object with ORC
/// (the helpers define rjit's runtime symbols; only the first call's table is used). Returns 0
/// with `*addr` set, or -1 with the message written to `err`.
pub type OrcLinkFn = unsafe extern "C" fn(
    helpers: *const HelperSymbol,
    n: usize,
    symbol: *const c_char,
    object: *const u8,
    len: usize,
    addr: *mut usize,
    err: Sink,
) -> c_int;
pub const ORC_LINK_SYMBOL: &[u8] = b"rjit_llvm_orc_link\0";

// The code generator process (`driver::remote` is the client, `driver::serve` the process).
// It runs `rjit_llvm_serve(lock_dir)` (a NUL-terminated path or NULL) in a Python started
// with ctypes, and speaks length-prefixed bincode frames (`write_frame` / `read_frame`) on its
// standard input and output: first a `Hello`, then one `CompileDone` for each `CompileJob`
// whose `reply` is set, in order.

/// The file in a cache directory on which every code generator process storing there holds a
/// shared `flock` for its life; `rjit cache wait` takes it exclusively.
pub const CODEGEN_LOCK_FILE: &str = ".rjit-codegen.lock";

/// `rjit_llvm_serve(lock_dir)`: serve compile jobs until the client shuts its end down. Returns
/// the process's exit status.
pub type ServeFn = unsafe extern "C" fn(lock_dir: *const c_char) -> c_int;

/// The first frame the code generator process writes.
#[derive(Clone, Debug, bincode::Encode, bincode::Decode)]
pub struct Hello {
    pub build_id: String,
    pub pid: u32,
}

/// Where a compiled object goes: the cache directory and its size limit.
#[derive(Clone, Debug, bincode::Encode, bincode::Decode)]
pub struct StoreTo {
    pub dir: String,
    pub size_limit: u64,
}

/// One compile, for the client's CPU setting.
#[derive(Clone, Debug, bincode::Encode, bincode::Decode)]
pub struct CompileJob {
    pub snap: CodeSnapshot,
    /// What to compile for: the client's `config::cpu()` (the process reads no settings).
    pub cpu: crate::target::Cpu,
    /// The client's cache key (hex): the process computes its own and stores only if they agree.
    pub key_hex: String,
    pub symbol: String,
    pub debug: bool,
    pub store: Option<StoreTo>,
    /// False for the jobs a client hands over as it exits: compiled into the cache for the
    /// next process, with nobody waiting for an answer.
    pub reply: bool,
    /// Compile with the optimising effort even though the client waits: the client's second
    /// compile of code it already runs, to replace the Quick code (`driver::improve`).
    pub optimise: bool,
}

/// The answer to a `CompileJob` with `reply` set.
#[derive(Clone, Debug, bincode::Encode, bincode::Decode)]
pub struct CompileDone {
    pub result: Result<Vec<u8>, AbortReason>,
    pub compile_nanos: u64,
    /// Bytes written to the cache, or why the store failed (None: not asked to store).
    pub stored: Option<Result<u64, String>>,
    /// Entries evicted to keep the size limit after this store.
    pub evicted: u64,
    /// The process's peak resident memory so far (VmHWM), KiB.
    pub peak_rss_kib: u64,
    /// `result` is an entry another process stored since the job was sent, not a compile.
    pub from_cache: bool,
}

/// Frames larger than this are refused (a snapshot or object is a few MiB at most).
pub const MAX_FRAME: usize = 1 << 30;

/// Write `v` as one frame: its length (u32, little-endian), then its bincode bytes.
pub fn write_frame<T: bincode::Encode>(w: &mut impl std::io::Write, v: &T) -> std::io::Result<()> {
    let bytes = encode(v);
    let mut buf = Vec::with_capacity(4 + bytes.len());
    buf.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    buf.extend_from_slice(&bytes);
    w.write_all(&buf)?;
    w.flush()
}

/// Read one frame; `Ok(None)` at a clean end of the stream (before a frame starts).
pub fn read_frame<T: bincode::Decode<()>>(
    r: &mut impl std::io::Read,
) -> std::io::Result<Option<T>> {
    let mut len = [0u8; 4];
    let mut got = 0;
    while got < 4 {
        // A signal for Python's handlers interrupts the read (CPython's handlers do not restart
        // system calls): read again, as `read_exact` below does.
        match r.read(&mut len[got..]) {
            Ok(0) if got == 0 => return Ok(None),
            Ok(0) => return Err(std::io::ErrorKind::UnexpectedEof.into()),
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let n = u32::from_le_bytes(len) as usize;
    if n > MAX_FRAME {
        return Err(std::io::Error::other("frame too large"));
    }
    let mut buf = vec![0u8; n];
    r.read_exact(&mut buf)?;
    decode(&buf)
        .map(Some)
        .ok_or_else(|| std::io::Error::other("frame does not decode"))
}

fn config() -> impl bincode::config::Config {
    bincode::config::standard()
}

pub fn encode<T: bincode::Encode>(v: &T) -> Vec<u8> {
    bincode::encode_to_vec(v, config()).expect("encoding into a Vec does not fail")
}

pub fn decode<T: bincode::Decode<()>>(bytes: &[u8]) -> Option<T> {
    bincode::decode_from_slice(bytes, config())
        .ok()
        .map(|(v, _)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out its bytes one at a time, failing with EINTR before each.
    struct Interrupting {
        bytes: Vec<u8>,
        at: usize,
        interrupted: bool,
    }

    impl std::io::Read for Interrupting {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            self.interrupted = !self.interrupted;
            if self.interrupted {
                return Err(std::io::ErrorKind::Interrupted.into());
            }
            if self.at == self.bytes.len() || buf.is_empty() {
                return Ok(0);
            }
            buf[0] = self.bytes[self.at];
            self.at += 1;
            Ok(1)
        }
    }

    #[test]
    fn a_frame_read_survives_signals_interrupting_it() {
        let mut bytes = Vec::new();
        write_frame(&mut bytes, &(7u32, String::from("hello"))).unwrap();
        let mut r = Interrupting {
            bytes,
            at: 0,
            interrupted: false,
        };
        let got: Option<(u32, String)> = read_frame(&mut r).unwrap();
        assert_eq!(got, Some((7, "hello".to_string())));
        let end: Option<(u32, String)> = read_frame(&mut r).unwrap();
        assert_eq!(end, None);
    }
}
