//! Turning relocatable object bytes into callable code: rjit's own loader (`elf_loader`)
//! first, the process-wide ORC LLJIT for any object it declines (`rjit.stats()["orc_links"]`;
//! `RJIT_LINKER=orc` uses ORC for everything, to rule the loader out).
//!
//! One path for both origins: bytes fresh from the compiler and bytes mapped from the cache
//! are linked the same way. No LLVM optimiser or code generator runs here. External symbols resolve per process: `rjit_*` helpers through absolute symbols bound
//! to this module's addresses (`abi::helper_symbols`), CPython's C API through a search of the
//! process's own dynamic symbols. Linked code is never unloaded (it lives until exit).
//!
//! Invariants: each symbol is linked at most once per process (a second request for the same
//! key returns the first address); LLJIT is internally synchronised, and the map of linked
//! symbols is behind a mutex, so any thread may link.

use std::collections::HashMap;
use std::ffi::{CStr, CString, c_char};
use std::sync::{Mutex, OnceLock};

use inkwell::llvm_sys::core::LLVMCreateMemoryBufferWithMemoryRangeCopy;
use inkwell::llvm_sys::error::{LLVMDisposeErrorMessage, LLVMErrorRef, LLVMGetErrorMessage};
use inkwell::llvm_sys::orc2::lljit::*;
use inkwell::llvm_sys::orc2::*;

use super::abi;

struct Linker {
    jit: LLVMOrcLLJITRef,
    jd: LLVMOrcJITDylibRef,
    linked: HashMap<String, usize>,
}

// SAFETY: LLJIT and its ExecutionSession are internally synchronised; the raw handles are only
// used while holding the `LINKER` mutex anyway.
unsafe impl Send for Linker {}

static LINKER: OnceLock<Result<Mutex<Linker>, String>> = OnceLock::new();

/// Turns an LLVM error into its message (consuming it).
///
/// # Safety
/// `err` is null or an unconsumed LLVMErrorRef.
unsafe fn take_error(err: LLVMErrorRef) -> Result<(), String> {
    if err.is_null() {
        return Ok(());
    }
    // SAFETY: err is a live error; the message is disposed after copying.
    unsafe {
        let msg = LLVMGetErrorMessage(err);
        let s = CStr::from_ptr(msg).to_string_lossy().into_owned();
        LLVMDisposeErrorMessage(msg);
        Err(s)
    }
}

fn create() -> Result<Mutex<Linker>, String> {
    inkwell::targets::Target::initialize_native(&inkwell::targets::InitializationConfig::default())?;
    // SAFETY: standard LLJIT construction; the builder is consumed by LLVMOrcCreateLLJIT; every
    // handle created here is owned by the JIT, which lives until process exit.
    unsafe {
        let mut jit = std::ptr::null_mut();
        take_error(LLVMOrcCreateLLJIT(&mut jit, LLVMOrcCreateLLJITBuilder()))?;
        let jd = LLVMOrcLLJITGetMainJITDylib(jit);
        let mut gen_ = std::ptr::null_mut();
        take_error(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
            &mut gen_,
            LLVMOrcLLJITGetGlobalPrefix(jit),
            None,
            std::ptr::null_mut(),
        ))?;
        LLVMOrcJITDylibAddGenerator(jd, gen_);
        let flags = || LLVMJITSymbolFlags {
            GenericFlags: LLVMJITSymbolGenericFlags::LLVMJITSymbolGenericFlagsExported as u8
                | LLVMJITSymbolGenericFlags::LLVMJITSymbolGenericFlagsCallable as u8,
            TargetFlags: 0,
        };
        let mut pairs: Vec<LLVMOrcCSymbolMapPair> = abi::helper_symbols()
            .into_iter()
            .map(|(name, addr)| {
                let c = CString::new(name).expect("helper names have no NUL");
                LLVMOrcCSymbolMapPair {
                    Name: LLVMOrcLLJITMangleAndIntern(jit, c.as_ptr()),
                    Sym: LLVMJITEvaluatedSymbol {
                        Address: addr as u64,
                        Flags: flags(),
                    },
                }
            })
            .collect();
        let mu = LLVMOrcAbsoluteSymbols(pairs.as_mut_ptr(), pairs.len());
        take_error(LLVMOrcJITDylibDefine(jd, mu))?;
        Ok(Mutex::new(Linker {
            jit,
            jd,
            linked: HashMap::new(),
        }))
    }
}

/// Links `object` (an ELF relocatable object defining `symbol`) and returns the address of
/// `symbol`. The bytes are copied, so the caller may unmap them on return.
pub fn link(symbol: &str, object: &[u8]) -> Result<usize, String> {
    if let Some(addr) = own_loader(symbol, object) {
        return Ok(addr);
    }
    let linker = LINKER
        .get_or_init(create)
        .as_ref()
        .map_err(|e| format!("LLJIT unavailable: {e}"))?;
    let mut l = linker.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(&addr) = l.linked.get(symbol) {
        return Ok(addr);
    }
    let csym = CString::new(symbol).map_err(|e| e.to_string())?;
    // SAFETY: the memory buffer copies `object`; AddObjectFile takes ownership of the buffer;
    // the lookup forces linking while we still hold the lock.
    let addr = unsafe {
        let mb = LLVMCreateMemoryBufferWithMemoryRangeCopy(
            object.as_ptr() as *const c_char,
            object.len(),
            csym.as_ptr(),
        );
        take_error(LLVMOrcLLJITAddObjectFile(l.jit, l.jd, mb))?;
        let mut addr: LLVMOrcExecutorAddress = 0;
        take_error(LLVMOrcLLJITLookup(l.jit, &mut addr, csym.as_ptr()))?;
        addr as usize
    };
    if addr == 0 {
        return Err(format!("{symbol} resolved to NULL"));
    }
    l.linked.insert(symbol.to_string(), addr);
    crate::stats::bump(&crate::stats::ORC_LINKS);
    Ok(addr)
}

/// Symbols linked by `elf_loader`, and the addresses of external symbols resolved so far.
struct Own {
    linked: HashMap<String, usize>,
    resolved: HashMap<String, usize>,
}

/// Link with rjit's own loader (`elf_loader`); None when it declines (then ORC links) or when
/// `RJIT_LINKER=orc` rules it out.
fn own_loader(symbol: &str, object: &[u8]) -> Option<usize> {
    static OWN: OnceLock<Option<Mutex<Own>>> = OnceLock::new();
    let own = OWN.get_or_init(|| {
        if std::env::var("RJIT_LINKER").is_ok_and(|v| v == "orc") {
            return None;
        }
        Some(Mutex::new(Own {
            linked: HashMap::new(),
            resolved: abi::helper_symbols()
                .into_iter()
                .map(|(n, a)| (n.to_string(), a))
                .collect(),
        }))
    });
    let mut own = own.as_ref()?.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(&a) = own.linked.get(symbol) {
        return Some(a);
    }
    let Own { linked, resolved } = &mut *own;
    let mut resolve = |name: &str| -> Option<usize> {
        if let Some(&a) = resolved.get(name) {
            return Some(a);
        }
        let c = CString::new(name).ok()?;
        // SAFETY: dlsym with a NUL-terminated name; searches the process's global symbols
        // (libpython's C API and data), as ORC's process search generator does.
        let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c.as_ptr()) } as usize;
        (p != 0).then(|| {
            resolved.insert(name.to_string(), p);
            p
        })
    };
    match super::elf_loader::load(object, symbol, &mut resolve) {
        Ok(a) => {
            linked.insert(symbol.to_string(), a);
            Some(a)
        }
        Err(_) => None,
    }
}
