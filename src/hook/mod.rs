//! PEP 523: installing rjit's frame evaluator, chaining to the one it replaced, and the
//! per-call dispatch.
//!
//! Invariants (ARCHITECTURE 5-7): `enable` records the evaluator it replaces and refuses a
//! foreign one unless forced; `disable` restores it; frames rjit does not run go to that
//! previous evaluator unchanged; tracing/profiling, `throw()`, generator frames and frames
//! not at their start always go to the interpreter. The co_extra index is our own.
//! Allowed dependencies: cpython, tier0, runtime, aot_cache, driver, config, errors, stats.

mod dispatch;
pub mod install;
mod perf_map;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::cpython::ffi as cffi;

pub use dispatch::rjit_eval_frame;
pub use install::{compile_code, drain_installs, slot_of};

/// co_extra index, requested once per process (-1 until then).
use crate::runtime::calls::CO_EXTRA_INDEX as EXTRA_INDEX;

// The code state (tier0) owns the inline-cache memory the runtime helpers interpret, and frees
// the overflow blocks they allocate: both sides must agree on the layout.
const _: () = {
    use crate::runtime::inline_cache as rt;
    use crate::tier0::state as st;
    assert!(rt::INLINE_CACHE_BYTES == st::INLINE_CACHE_BYTES);
    assert!(rt::SITE_OVERFLOW == st::SITE_OVERFLOW);
    assert!(rt::OVERFLOW_LAYOUT.size() == st::OVERFLOW_BYTES);
    assert!(rt::OVERFLOW_LAYOUT.align() == st::OVERFLOW_ALIGN);
};
/// The evaluator that was installed before `enable` (0 = `_PyEval_EvalFrameDefault`).
static PREV_EVAL: AtomicUsize = AtomicUsize::new(0);
static ENABLED: AtomicBool = AtomicBool::new(false);

pub fn extra_index() -> isize {
    EXTRA_INDEX.load(Ordering::Relaxed)
}

#[inline(always)]
pub(crate) fn prev_eval() -> cffi::EvalFrameFn {
    let p = PREV_EVAL.load(Ordering::Relaxed);
    if p == 0 {
        cffi::_PyEval_EvalFrameDefault
    } else {
        // SAFETY: only ever stored from a valid EvalFrameFn in `enable`.
        unsafe { std::mem::transmute::<usize, cffi::EvalFrameFn>(p) }
    }
}

/// Why `enable` refused.
pub enum EnableError {
    Foreign,
    SubInterpreter,
    NoExtraIndex,
}

/// The co_extra index rjit's per-code state lives at, requested on first use (by `enable`,
/// or by `@rjit.nojit` before it). GIL held.
pub fn ensure_extra_index() -> Result<isize, EnableError> {
    let idx = EXTRA_INDEX.load(Ordering::Relaxed);
    if idx >= 0 {
        return Ok(idx);
    }
    // SAFETY: GIL held; the documented 3.11 entry point.
    let idx = unsafe { cffi::_PyEval_RequestCodeExtraIndex(install::free_slot) };
    if idx < 0 {
        return Err(EnableError::NoExtraIndex);
    }
    EXTRA_INDEX.store(idx, Ordering::Relaxed);
    Ok(idx)
}

/// Install the hook for the current (main) interpreter. GIL held.
pub fn enable(force: bool) -> Result<(), EnableError> {
    // SAFETY: GIL held; these are the documented 3.11 hook entry points.
    unsafe {
        let interp = pyo3_ffi::PyInterpreterState_Get();
        if interp != pyo3_ffi::PyInterpreterState_Main() {
            return Err(EnableError::SubInterpreter);
        }
        ensure_extra_index()?;
        let cur = cffi::_PyInterpreterState_GetEvalFrameFunc(interp);
        let ours = rjit_eval_frame as cffi::EvalFrameFn;
        crate::runtime::calls::DIRECT_EVAL_FRAME.store(ours as usize, Ordering::Relaxed);
        crate::runtime::calls::set_entry_resolver(dispatch::compiled_entry);
        crate::runtime::deopt::set_deopt_hook(install::on_deopt);
        crate::runtime::calls::init_intrinsics();
        if cur as usize == ours as usize {
            return Ok(());
        }
        let default = cffi::_PyEval_EvalFrameDefault as cffi::EvalFrameFn;
        if cur as usize != default as usize && !force {
            return Err(EnableError::Foreign);
        }
        PREV_EVAL.store(
            if cur as usize == default as usize {
                0
            } else {
                cur as usize
            },
            Ordering::Relaxed,
        );
        cffi::_PyInterpreterState_SetEvalFrameFunc(interp, ours);
        ENABLED.store(true, Ordering::Relaxed);
    }
    Ok(())
}

/// Restore the previous evaluator. Returns false if rjit was not the installed evaluator
/// (someone replaced it; their evaluator is left alone).
pub fn disable() -> bool {
    // SAFETY: GIL held.
    unsafe {
        let interp = pyo3_ffi::PyInterpreterState_Get();
        let cur = cffi::_PyInterpreterState_GetEvalFrameFunc(interp);
        ENABLED.store(false, Ordering::Relaxed);
        if cur as usize != rjit_eval_frame as cffi::EvalFrameFn as usize {
            return false;
        }
        cffi::_PyInterpreterState_SetEvalFrameFunc(interp, prev_eval());
        PREV_EVAL.store(0, Ordering::Relaxed);
    }
    true
}

/// True when rjit's evaluator is the installed one.
pub fn is_enabled() -> bool {
    // SAFETY: GIL held.
    unsafe {
        let interp = pyo3_ffi::PyInterpreterState_Get();
        cffi::_PyInterpreterState_GetEvalFrameFunc(interp) as usize
            == rjit_eval_frame as cffi::EvalFrameFn as usize
    }
}
