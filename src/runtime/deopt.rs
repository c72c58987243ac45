//! Handing a frame back to the interpreter in the middle of a function.
//!
//! Compiled code calls `rjit_handoff` after writing its live value stack into the frame.
//! The recipe (notes/cpython311-pep523.md §5): locals already live in `localsplus`; set
//! `stacktop`, point `prev_instr` at the unit before the instruction to resume (or, with
//! `throwflag=1`, at the instruction that raised), unlink the frame, give back the recursion
//! unit, and call `_PyEval_EvalFrameDefault`, which then runs the rest of the function — or adds
//! the traceback entry and searches the exception table — exactly as if it had run all along.
//! Invariant: no traceback entry is added by rjit for this frame, so it appears exactly once.

use std::ffi::c_int;

use pyo3_ffi::{PyObject, PyThreadState};

use crate::cpython::{self, InterpreterFrame, ffi as cffi};
use crate::stats;

/// Ownership: frame borrowed; the `depth` stack slots above the locals are owned references
/// that pass to the interpreter. Returns what the interpreter returns (new reference or NULL).
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
