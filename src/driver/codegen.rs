//! The code generator as the rest of rjit sees it: `emit` / `compile` and the ORC linker.
//!
//! In the extension, LLVM lives in `librjit_llvm.so` next to it and is loaded here on the first
//! call (`codegen_abi` is the boundary), so a process that compiles nothing, or only runs code
//! from the cache, never maps LLVM. Built with the `llvm` feature (the Rust tests, and the
//! library itself) the same calls go straight to `tier1_llvm`.
//!
//! Errors: a library that is missing, fails to load, or comes from another build is an
//! `AbortReason::Backend` for every compile (counted, the code stays interpreted), reported
//! once on stderr; it is never a Python exception.

use crate::codegen_abi::Emit;
use crate::errors::AbortReason;
use crate::target::{Cpu, Effort};
use crate::tier0::CodeSnapshot;

/// Larger code objects stay interpreted (`too_large`). In practice these are huge module and
/// class bodies, generated validators and tables, and tests, which run once; LLVM's time grows
/// faster than linearly with function size (5223 units: about 5 s quick and 9 s optimised on
/// this machine, mostly the backend's block placement and register allocation). Compiled code
/// runs straight through its machine code where the interpreter loops over a small dispatch
/// loop, so a hot loop's body must stay dense: with every deallocation call laid out after the
/// hot code (`lower::decref_then`), a loop of 400 ten-name unpackings (5223 units,
/// pyperformance's unpack_sequence) runs 11-12 ns per unpacking compiled against 19-20
/// interpreted; with the calls in line it was 126 against 70, which is why the limit was 4096
/// for a while.
pub const MAX_CODE_UNITS: usize = 6144;

/// Cheap checks that reject a code object before any LLVM work.
pub fn precheck(snap: &CodeSnapshot) -> Result<(), AbortReason> {
    if snap.code.len() > MAX_CODE_UNITS {
        return Err(AbortReason::TooLarge);
    }
    Ok(())
}

/// Compile `snap` for `cpu` into an object file defining `symbol` with the `runtime::EntryFn`
/// signature.
pub fn compile(
    snap: &CodeSnapshot,
    symbol: &str,
    cpu: Cpu,
    effort: Effort,
) -> Result<Vec<u8>, AbortReason> {
    emit(snap, symbol, cpu, effort, Emit::Object)
}

/// Run the pipeline and return what `what` asks for (the object, or a text form for `rjit.dis`).
pub fn emit(
    snap: &CodeSnapshot,
    symbol: &str,
    cpu: Cpu,
    effort: Effort,
    what: Emit,
) -> Result<Vec<u8>, AbortReason> {
    emit_debug(snap, symbol, cpu, effort, what, crate::config::debug())
}

/// `emit`, with `debug` (per-phase timings on stderr) given rather than read from the
/// configuration (the code generator process has none of its own).
pub fn emit_debug(
    snap: &CodeSnapshot,
    symbol: &str,
    cpu: Cpu,
    effort: Effort,
    what: Emit,
    debug: bool,
) -> Result<Vec<u8>, AbortReason> {
    precheck(snap)?;
    #[cfg(feature = "llvm")]
    {
        crate::tier1_llvm::emit(snap, symbol, cpu, effort, what, debug)
    }
    #[cfg(not(feature = "llvm"))]
    {
        library::emit(snap, symbol, cpu, effort, what, debug)
    }
}

/// Link `object` with LLVM's ORC (objects rjit's own loader declines, or `RJIT_LINKER=orc`).
pub fn orc_link(helpers: &[(String, usize)], symbol: &str, object: &[u8]) -> Result<usize, String> {
    #[cfg(feature = "llvm")]
    {
        crate::tier1_llvm::orc::link(helpers, symbol, object)
    }
    #[cfg(not(feature = "llvm"))]
    {
        library::orc_link(helpers, symbol, object)
    }
}

/// A process younger than this waits until this age before it loads LLVM for its first
/// background compile, so that short-lived processes (`python -c ...`, command-line tools)
/// never pay LLVM's load time and memory for compiles that could not pay for themselves;
/// if they exit first, the queued compiles are dropped.
pub const MIN_AGE_TO_LOAD: std::time::Duration = std::time::Duration::from_millis(50);

/// Called by a background compile job before it compiles (never on the calling thread).
pub fn wait_until_worth_loading() {
    if loaded() {
        return;
    }
    // In small steps, so that an exit (`driver::shutdown` drains the queue) is not held up.
    while crate::config::age() < MIN_AGE_TO_LOAD
        && !super::SHUTDOWN.load(std::sync::atomic::Ordering::Acquire)
    {
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

/// At exit (`driver::shutdown`): wait for a load in progress, and load nothing afterwards.
/// Then `driver::exit_while_compiling` is sure to be newer than every LLVM exit handler.
pub fn close_for_exit() {
    #[cfg(not(feature = "llvm"))]
    library::close();
}

/// Where the code generator library is: next to the extension module.
#[cfg(not(feature = "llvm"))]
pub fn library_path() -> Option<std::path::PathBuf> {
    library::own_dir().map(|d| d.join(crate::codegen_abi::LIBRARY))
}

/// Whether this process has loaded the code generator (`rjit.stats()["llvm_loaded"]`).
pub fn loaded() -> bool {
    #[cfg(feature = "llvm")]
    {
        true
    }
    #[cfg(not(feature = "llvm"))]
    {
        library::LIB.get().is_some_and(|l| l.is_ok())
    }
}

#[cfg(not(feature = "llvm"))]
mod library {
    use std::ffi::{CStr, CString, c_void};
    use std::path::PathBuf;
    use std::sync::{Mutex, OnceLock};

    use crate::codegen_abi::{
        BUILD_ID, BUILD_ID_SYMBOL, BuildIdFn, EMIT_SYMBOL, Emit, EmitFn, EmitRequest, EmitResponse,
        HelperSymbol, ORC_LINK_SYMBOL, OrcLinkFn, Sink, decode, encode,
    };
    use crate::errors::AbortReason;
    use crate::target::{Cpu, Effort};
    use crate::tier0::CodeSnapshot;

    /// The library's entry points. The handle is never closed: compiled code and LLVM's
    /// state live until exit.
    pub struct Lib {
        emit: EmitFn,
        orc_link: OrcLinkFn,
    }

    pub static LIB: OnceLock<Result<Lib, String>> = OnceLock::new();

    /// Held while loading; true once the process is exiting (no load may start then).
    static LOADING: Mutex<bool> = Mutex::new(false);

    pub fn close() {
        *LOADING.lock().unwrap_or_else(|p| p.into_inner()) = true;
    }

    fn lib() -> Result<&'static Lib, String> {
        if let Some(l) = LIB.get() {
            return l.as_ref().map_err(|e| e.clone());
        }
        let closed = LOADING.lock().unwrap_or_else(|p| p.into_inner());
        if *closed {
            return Err("the process is exiting".into());
        }
        LIB.get_or_init(|| {
            let t = std::time::Instant::now();
            let r = open();
            match &r {
                Ok(_) => crate::stats::LLVM_LOAD_NANOS.store(
                    t.elapsed().as_nanos() as u64,
                    std::sync::atomic::Ordering::Relaxed,
                ),
                Err(e) => eprintln!(
                    "rjit: the code generator is unavailable, nothing will be compiled: {e}"
                ),
            }
            r
        })
        .as_ref()
        .map_err(|e| e.clone())
    }

    /// The directory of the extension module (this code's own file).
    pub fn own_dir() -> Option<PathBuf> {
        // SAFETY: Dl_info is plain data (all-zero is valid); dladdr only reads the address (a
        // function of this module) and fills `info`; `dli_fname` is a NUL-terminated path
        // owned by the dynamic loader.
        let name = unsafe {
            let mut info: libc::Dl_info = std::mem::zeroed();
            if libc::dladdr(own_dir as *const c_void, &mut info) == 0 || info.dli_fname.is_null() {
                return None;
            }
            CStr::from_ptr(info.dli_fname)
                .to_string_lossy()
                .into_owned()
        };
        PathBuf::from(name).parent().map(|p| p.to_path_buf())
    }

    fn dlerror() -> String {
        // SAFETY: dlerror returns NULL or a NUL-terminated thread-local message.
        unsafe {
            let e = libc::dlerror();
            if e.is_null() {
                "unknown error".into()
            } else {
                CStr::from_ptr(e).to_string_lossy().into_owned()
            }
        }
    }

    fn open() -> Result<Lib, String> {
        let path = super::library_path().ok_or("cannot find the extension's directory")?;
        let cpath = CString::new(path.to_string_lossy().as_bytes()).map_err(|e| e.to_string())?;
        // SAFETY: dlopen with a NUL-terminated path. RTLD_LOCAL keeps LLVM's symbols out of the
        // process namespace; RTLD_NOW reports a missing symbol here rather than mid-compile.
        let handle = unsafe { libc::dlopen(cpath.as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL) };
        if handle.is_null() {
            return Err(format!("{}: {}", path.display(), dlerror()));
        }
        let sym = |name: &[u8]| -> Result<*mut c_void, String> {
            // SAFETY: `handle` is a live handle and `name` is NUL-terminated.
            let p = unsafe { libc::dlsym(handle, name.as_ptr().cast()) };
            if p.is_null() {
                Err(format!("{}: {}", path.display(), dlerror()))
            } else {
                Ok(p)
            }
        };
        // SAFETY: these symbols are the library's `tier1_llvm::ffi` functions, whose types
        // `codegen_abi` declares (checked there at compile time); the build id check below
        // refuses a library built from other sources.
        let (build_id, emit, orc_link) = unsafe {
            (
                std::mem::transmute::<*mut c_void, BuildIdFn>(sym(BUILD_ID_SYMBOL)?),
                std::mem::transmute::<*mut c_void, EmitFn>(sym(EMIT_SYMBOL)?),
                std::mem::transmute::<*mut c_void, OrcLinkFn>(sym(ORC_LINK_SYMBOL)?),
            )
        };
        // SAFETY: `build_id` returns a static NUL-terminated string.
        let theirs = unsafe { CStr::from_ptr(build_id()) }.to_string_lossy();
        if theirs != BUILD_ID {
            return Err(format!(
                "{} is from another build ({theirs}, this extension is {BUILD_ID}); reinstall rjit-llvm",
                path.display()
            ));
        }
        // LLVM's static destructors are exit handlers now: ours must run before them.
        crate::driver::guard_exit();
        Ok(Lib { emit, orc_link })
    }

    pub fn emit(
        snap: &CodeSnapshot,
        symbol: &str,
        cpu: Cpu,
        effort: Effort,
        what: Emit,
        debug: bool,
    ) -> Result<Vec<u8>, AbortReason> {
        let lib = lib().map_err(|e| AbortReason::Backend(format!("code generator: {e}")))?;
        let request = encode(&EmitRequest {
            snap: snap.clone(),
            symbol: symbol.to_string(),
            cpu,
            effort,
            what,
            debug,
        });
        let mut out = Vec::new();
        // SAFETY: `request` is readable for its length; the sink appends to `out`, which
        // outlives the call.
        let rc = unsafe { (lib.emit)(request.as_ptr(), request.len(), Sink::into_vec(&mut out)) };
        if rc != 0 {
            return Err(AbortReason::Backend(
                "the code generator refused the request".into(),
            ));
        }
        decode::<EmitResponse>(&out).unwrap_or_else(|| {
            Err(AbortReason::Backend(
                "the code generator's answer does not decode".into(),
            ))
        })
    }

    pub fn orc_link(
        helpers: &[(String, usize)],
        symbol: &str,
        object: &[u8],
    ) -> Result<usize, String> {
        let lib = lib()?;
        let names: Vec<CString> = helpers
            .iter()
            .map(|(n, _)| CString::new(n.as_str()).expect("helper names have no NUL"))
            .collect();
        let table: Vec<HelperSymbol> = names
            .iter()
            .zip(helpers)
            .map(|(c, (_, a))| HelperSymbol {
                name: c.as_ptr(),
                addr: *a,
            })
            .collect();
        let csym = CString::new(symbol).map_err(|e| e.to_string())?;
        let mut addr = 0usize;
        let mut err = Vec::new();
        // SAFETY: every pointer is valid for the call (`names` outlives `table`); `addr` is
        // writable; the sink appends to `err`.
        let rc = unsafe {
            (lib.orc_link)(
                table.as_ptr(),
                table.len(),
                csym.as_ptr(),
                object.as_ptr(),
                object.len(),
                &mut addr,
                Sink::into_vec(&mut err),
            )
        };
        if rc == 0 {
            Ok(addr)
        } else {
            Err(String::from_utf8_lossy(&err).into_owned())
        }
    }
}
