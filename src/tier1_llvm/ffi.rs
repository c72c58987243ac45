//! The C entry points of `librjit_llvm.so` (`codegen_abi` defines their types and messages).
//! Exported from the library built by `llvm/` (the `llvm` feature); the extension finds them
//! with `dlsym` (`driver::codegen`).
//!
//! Invariant: nothing unwinds out of these functions. A panic in LLVM lowering becomes an
//! `AbortReason::Backend` answer, as a compile failure must.

use std::ffi::{CStr, c_char, c_int};
use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::codegen_abi::{
    self, BUILD_ID, EmitRequest, EmitResponse, HelperSymbol, Sink, decode, encode,
};
use crate::errors::AbortReason;

/// The sources this library was built from (`codegen_abi::BUILD_ID`), NUL-terminated.
#[unsafe(no_mangle)]
pub extern "C" fn rjit_llvm_build_id() -> *const c_char {
    static ID: std::sync::OnceLock<std::ffi::CString> = std::sync::OnceLock::new();
    ID.get_or_init(|| std::ffi::CString::new(BUILD_ID).expect("the build id has no NUL"))
        .as_ptr()
}

/// `codegen_abi::EmitFn`.
///
/// # Safety
/// `request` points at `len` readable bytes; `out` is valid for the duration of the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rjit_llvm_emit(request: *const u8, len: usize, out: Sink) -> c_int {
    // SAFETY: the caller's contract above.
    let bytes = unsafe { std::slice::from_raw_parts(request, len) };
    let Some(req) = decode::<EmitRequest>(bytes) else {
        return -1;
    };
    let response: EmitResponse = catch_unwind(AssertUnwindSafe(|| {
        super::emit(
            &req.snap,
            &req.symbol,
            req.cpu,
            req.effort,
            req.what,
            req.debug,
        )
    }))
    .unwrap_or_else(|_| {
        Err(AbortReason::Backend(
            "the code generator panicked".to_string(),
        ))
    });
    out.write(&encode(&response));
    0
}

/// `codegen_abi::OrcLinkFn`.
///
/// # Safety
/// `helpers` points at `n` entries with NUL-terminated names; `symbol` is NUL-terminated;
/// `object` points at `len` readable bytes; `addr` is writable; `err` is valid for the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rjit_llvm_orc_link(
    helpers: *const HelperSymbol,
    n: usize,
    symbol: *const c_char,
    object: *const u8,
    len: usize,
    addr: *mut usize,
    err: Sink,
) -> c_int {
    let result = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: the caller's contract above.
        let (table, symbol, object) = unsafe {
            let table: Vec<(String, usize)> = std::slice::from_raw_parts(helpers, n)
                .iter()
                .map(|h| {
                    let name = CStr::from_ptr(h.name).to_string_lossy().into_owned();
                    (name, h.addr)
                })
                .collect();
            (
                table,
                CStr::from_ptr(symbol).to_string_lossy().into_owned(),
                std::slice::from_raw_parts(object, len),
            )
        };
        super::orc::link(&table, &symbol, object)
    }))
    .unwrap_or_else(|_| Err("the ORC linker panicked".to_string()));
    match result {
        Ok(a) => {
            // SAFETY: `addr` is writable (the caller's contract).
            unsafe { *addr = a };
            0
        }
        Err(e) => {
            err.write(e.as_bytes());
            -1
        }
    }
}

// The signatures above are the ones `codegen_abi` declares.
const _: codegen_abi::EmitFn = rjit_llvm_emit;
const _: codegen_abi::OrcLinkFn = rjit_llvm_orc_link;
const _: codegen_abi::BuildIdFn = rjit_llvm_build_id;
