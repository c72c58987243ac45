//! Runtime: what compiled code calls, and the one place machine code is linked into the process.
//!
//! - `abi`: the helper symbol table and `ABI_VERSION` (part of every cache key);
//! - `helpers`: `extern "C"` functions compiled code calls (frame link, calls, globals, …);
//! - `calls`: CALL, with Python functions' frames pushed directly (no `_PyEval_Vector`);
//! - `arrays`: `array.array`'s type, learnt per process, for the typed tier's inline indexing;
//! - `dunders`: BINARY_OP's operator methods written in Python, called through `calls`;
//! - `inline_cache`: self-filling inline caches for LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD, STORE_ATTR;
//! - `ops`, `exceptions`, `generators`, `matching`: one helper per opcode tier1 does not inline,
//!   transcribed from ceval.c (the `StackOp` convention is documented in `ops`);
//! - `slices`: `x[a:b]` and `x[a:b] = v` without a slice object (BUILD_SLICE fused with its
//!   subscript);
//! - `pairs`: `next()` of `zip(a, b)` and `enumerate(a)` over lists, tuples and ranges for the
//!   typed tier, reusing their result tuple without running code;
//! - `deopt`: handing a frame back to `_PyEval_EvalFrameDefault` mid-function;
//! - `code_memory`: links object bytes (fresh or from cache) with `elf_loader`, rjit's own small
//!   loader, or the process-wide ORC LLJIT for what it declines.
//!
//! Invariant: compiled code reaches every process-specific address through a named symbol
//! resolved here at link time, or through the per-code runtime table; never an immediate.
//! Allowed dependencies: cpython, errors, stats.

pub mod abi;
pub mod arrays;
pub mod calls;
pub mod code_memory;
pub mod deopt;
pub mod dunders;
pub mod elf_loader;
pub mod exceptions;
pub mod generators;
pub mod helpers;
pub mod inline_cache;
pub mod iters;
mod matching;
pub mod ops;
pub mod pairs;
pub mod slices;

/// Signature of every compiled entry point.
///
/// Ownership: `tstate` and `frame` borrowed (the caller owns and clears the frame); `table` is
/// the code object's runtime table of borrowed constants and names. Returns a new reference, or
/// NULL with an exception set.
pub type EntryFn = unsafe extern "C" fn(
    *mut pyo3_ffi::PyThreadState,
    *mut crate::cpython::InterpreterFrame,
    *const *mut pyo3_ffi::PyObject,
) -> *mut pyo3_ffi::PyObject;
