//! LLVM's ORC LLJIT as a second linker, for objects rjit's own loader (`runtime::elf_loader`)
//! declines, or for everything under `RJIT_LINKER=orc` (to rule the loader out). Reached from
//! the extension through `ffi::rjit_llvm_orc_link`.
//!
//! External symbols: rjit's helpers are absolute symbols from the table the first call passes;
//! CPython's C API is found by searching the process's own dynamic symbols. Linked code is
//! never unloaded.
//!
//! Invariants: each symbol is linked at most once per process (a second request returns the
//! first address); LLJIT is internally synchronised and the map of linked symbols is behind a
//! mutex, so any thread may link.

use std::collections::HashMap;
use std::ffi::{CStr, CString, c_char};
use std::sync::{Mutex, OnceLock};

use inkwell::llvm_sys::core::LLVMCreateMemoryBufferWithMemoryRangeCopy;
use inkwell::llvm_sys::error::{LLVMDisposeErrorMessage, LLVMErrorRef, LLVMGetErrorMessage};
use inkwell::llvm_sys::orc2::lljit::*;
use inkwell::llvm_sys::orc2::*;

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

fn create(helpers: &[(String, usize)]) -> Result<Mutex<Linker>, String> {
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
        let mut pairs: Vec<LLVMOrcCSymbolMapPair> = helpers
            .iter()
            .filter_map(|(name, addr)| {
                let c = CString::new(name.as_str()).ok()?;
                Some(LLVMOrcCSymbolMapPair {
                    Name: LLVMOrcLLJITMangleAndIntern(jit, c.as_ptr()),
                    Sym: LLVMJITEvaluatedSymbol {
                        Address: *addr as u64,
                        Flags: flags(),
                    },
                })
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
/// `symbol`. The bytes are copied. `helpers` (rjit's runtime symbols) is read on the first call.
pub fn link(helpers: &[(String, usize)], symbol: &str, object: &[u8]) -> Result<usize, String> {
    let linker = LINKER
        .get_or_init(|| create(helpers))
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
    Ok(addr)
}
