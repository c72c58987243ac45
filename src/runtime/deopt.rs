//! Handing a frame back to the interpreter in the middle of a function.
//!
//! Compiled code calls `rjit_handoff` after writing its live value stack into the frame.
//! The recipe (notes/cpython311-pep523.md §5): locals already live in `localsplus`; set
//! `stacktop`, point `prev_instr` at the unit before the instruction to resume (or, with
//! `throwflag=1`, at the instruction that raised), unlink the frame, give back the recursion
//! unit, and call `_PyEval_EvalFrameDefault`, which then runs the rest of the function — or adds
//! the traceback entry and searches the exception table — exactly as if it had run all along.
//! An exception leaving the frame (`throwflag` 1, or 2 for a re-raise) is unwound right here
//! instead when tracing and profiling are off: ceval.c's `error:` (traceback entry, not for a
//! re-raise), then `exception_unwind:` with no handler (the stack popped) and `exit_unwind:`
//! (frame unlinked, NULL returned) — without entering the interpreter at all.
//! Invariant: the frame's traceback entry is added exactly once, by whichever unwinds it.

use std::ffi::c_int;
use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3_ffi::{PyObject, PyThreadState};

use crate::cpython::{self, InterpreterFrame, ffi as cffi};
use crate::stats;

/// A function told of every deopt (the code object of the frame handed over), with the GIL
/// held, before the interpreter takes the frame: the hook's tiering policy
/// (`hook::install::on_deopt`), registered with `set_deopt_hook`. 0: none.
static ON_DEOPT: AtomicUsize = AtomicUsize::new(0);

/// The signature of the deopt hook.
pub type DeoptHook = unsafe extern "C" fn(*mut cpython::PyCodeObject311);

/// Register the deopt hook (once, at start-up).
pub fn set_deopt_hook(f: DeoptHook) {
    ON_DEOPT.store(f as usize, Ordering::Release);
}

/// Ownership: frame borrowed; the `depth` stack slots above the locals are owned references
/// that pass to the interpreter (or are released here when the exception leaves the frame). Returns what the interpreter returns (new reference or NULL).
///
/// # Safety
/// Called only by compiled code, on the frame it linked with `rjit_enter`, with
/// `-1 <= prev_index < Py_SIZE(code)` and, if `throwflag` is 1, an exception set.
pub unsafe extern "C" fn rjit_handoff(
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
    prev_index: c_int,
    depth: c_int,
    throwflag: c_int,
) -> *mut PyObject {
    // A re-raise (2) is always unwound here: compiled code hands a re-raise to the interpreter
    // before running it when tracing is on, and the interpreter's `error:` path would add a
    // second traceback entry.
    let tracing = || {
        // SAFETY: GIL held (the contract); `cframe` is the thread's current C frame.
        unsafe { cpython::use_tracing(tstate) }
    };
    if throwflag == 2 || (throwflag == 1 && !tracing()) {
        // SAFETY: the contract above.
        return unsafe { unwind(tstate, frame, prev_index, depth, throwflag == 1) };
    }
    stats::bump(if throwflag != 0 {
        &stats::EXCEPTION_EXITS
    } else {
        &stats::DEOPTS
    });
    if throwflag == 0 {
        // SAFETY: per the contract above: a live frame, GIL held.
        let code = unsafe { (*frame).f_code };
        // SAFETY: the frame keeps its code object alive while the name is read.
        stats::record_deopt_site(code as usize, prev_index + 1, || unsafe { qualname(code) });
        let hook = ON_DEOPT.load(Ordering::Acquire);
        if hook != 0 {
            // SAFETY: only `set_deopt_hook` stores here, a `DeoptHook`; GIL held, code live.
            unsafe { std::mem::transmute::<usize, DeoptHook>(hook)(code) };
        }
    }
    // SAFETY: per the contract above; prev_instr stays inside (or one before) co_code_adaptive.
    unsafe {
        let code = (*frame).f_code;
        (*frame).stacktop = (*code).co_nlocalsplus + depth;
        (*frame).prev_instr = (*code)
            .co_code_adaptive
            .as_mut_ptr()
            .offset(prev_index as isize);
        cpython::unlink_frame(tstate, frame);
        *cpython::recursion_remaining(tstate) += 1;
        cffi::_PyEval_EvalFrameDefault(tstate, frame, throwflag)
    }
}

/// The exception leaves `frame` (tracing and profiling off): the traceback entry (`add_tb`;
/// `prev_instr` on the raising instruction first), the `depth` stack slots released top first
/// as `exception_unwind:` pops them, the frame unlinked and its recursion unit given back as
/// `exit_unwind:` does. Returns NULL; whoever pushed the frame clears it, as after a return.
///
/// # Safety
/// As `rjit_handoff`, with an exception set.
unsafe fn unwind(
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
    prev_index: c_int,
    depth: c_int,
    add_tb: bool,
) -> *mut PyObject {
    stats::bump(&stats::EXCEPTION_UNWINDS);
    // SAFETY: the frame is linked and live; its `depth` stack slots hold owned references (or
    // NULLs) that pass to us; prev_instr stays inside co_code_adaptive.
    unsafe {
        let code = (*frame).f_code;
        let nlocalsplus = (*code).co_nlocalsplus;
        (*frame).stacktop = nlocalsplus + depth;
        if add_tb {
            (*frame).prev_instr = (*code)
                .co_code_adaptive
                .as_mut_ptr()
                .offset(prev_index as isize);
            crate::runtime::exceptions::rjit_traceback_here(tstate);
        }
        let base = (*frame).localsplus.as_mut_ptr().add(nlocalsplus as usize);
        for k in (0..depth as usize).rev() {
            let v = *base.add(k);
            (*frame).stacktop = nlocalsplus + k as c_int;
            if !v.is_null() {
                pyo3_ffi::Py_DECREF(v);
            }
        }
        cpython::unlink_frame(tstate, frame);
        *cpython::recursion_remaining(tstate) += 1;
    }
    std::ptr::null_mut()
}

/// `co_qualname` of a live code object (GIL held), for diagnostics.
unsafe fn qualname(code: *mut crate::cpython::PyCodeObject311) -> String {
    // SAFETY: as documented; the UTF-8 buffer is owned by the str object.
    unsafe {
        let p = pyo3_ffi::PyUnicode_AsUTF8((*code).co_qualname);
        if p.is_null() {
            pyo3_ffi::PyErr_Clear();
            return "?".into();
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}
