//! Frames on the thread's data stack, without `_PyEval_Vector`: what 3.11 does not export.
//!
//! Transcriptions of CPython 3.11.7's `_PyThreadState_BumpFramePointer` (the inline bump only),
//! `_PyFrame_InitializeSpecials`, `_PyEvalFrameClearAndPop` with `_PyFrame_Clear` and
//! `take_ownership` (Python/frame.c), `_PyThreadState_PopFrame` (for frames that did not open a
//! chunk) and `_PyEval_EvalFrame` (pycore_ceval.h). Compiled code uses them to call a Python
//! function the way the interpreter's inlined `CALL` would, without the vectorcall round trip.
//!
//! Invariants: a frame pushed here was bumped inside the current chunk (never at a chunk's first
//! slot), so popping it is `datastack_top = frame`; frames are popped in LIFO order, after they
//! were unlinked; clearing a frame whose frame object escaped copies it into that object exactly
//! as `take_ownership` does, including the lazily materialised `f_back`.

use std::mem::offset_of;
use std::ptr;

use pyo3_ffi::{PyFunctionObject, PyObject, PyThreadState};

use super::ffi;
use super::layout::{
    FRAME_OWNED_BY_GENERATOR, FRAME_OWNED_BY_THREAD, FUNC_BUILTINS, FUNC_CODE, FUNC_DEFAULTS,
    FUNC_GLOBALS, INTERP_EVAL_FRAME, InterpreterFrame, PyCodeObject311, TSTATE_DATASTACK_LIMIT,
    TSTATE_DATASTACK_TOP, recursion_remaining,
};

/// `FRAME_SPECIALS_SIZE`: the frame header in words (pycore_frame.h:93).
pub const FRAME_SPECIALS_WORDS: usize = 9;
/// `PyFrameObject` fields: `f_back`, `f_frame`, `_f_frame_data` (frameobject.h, 3.11.7 gdb).
const FRAMEOBJECT_BACK: usize = 16;
const FRAMEOBJECT_FRAME: usize = 24;
const FRAMEOBJECT_DATA: usize = 48;
/// `FRAME_OWNED_BY_FRAME_OBJECT`.
const FRAME_OWNED_BY_FRAME_OBJECT: i8 = 2;

const _: () = {
    assert!(offset_of!(PyFunctionObject, func_globals) == FUNC_GLOBALS);
    assert!(offset_of!(PyFunctionObject, func_builtins) == FUNC_BUILTINS);
    assert!(offset_of!(PyFunctionObject, func_code) == FUNC_CODE);
    assert!(offset_of!(PyFunctionObject, func_defaults) == FUNC_DEFAULTS);
    assert!(offset_of!(PyFunctionObject, func_defaults) == 56);
    assert!(offset_of!(PyFunctionObject, func_kwdefaults) == 64);
    assert!(std::mem::size_of::<InterpreterFrame>() == 72);
};

#[inline(always)]
unsafe fn field<T>(base: *mut PyThreadState, off: usize) -> *mut T {
    // SAFETY: the caller names a field of a live thread state.
    unsafe { (base as *mut u8).add(off) as *mut T }
}

/// Size in words of a frame for `code` (3.11 has no `co_framesize`).
///
/// # Safety
/// `code` is a live code object.
#[inline(always)]
pub unsafe fn frame_words(code: *mut PyCodeObject311) -> usize {
    // SAFETY: plain field reads of a live code object.
    unsafe {
        (*code).co_nlocalsplus as usize + (*code).co_stacksize as usize + FRAME_SPECIALS_WORDS
    }
}

/// Reserves a frame for `code` on the thread's data stack when it fits in the current chunk,
/// with every `localsplus` slot NULL and nothing else written. NULL when a new chunk would be
/// needed: the caller then takes the general call path, which pushes the chunk.
///
/// # Safety
/// GIL held; `tstate` is the current thread state.
#[inline(always)]
pub unsafe fn reserve_frame(
    tstate: *mut PyThreadState,
    code: *mut PyCodeObject311,
) -> *mut InterpreterFrame {
    // SAFETY: data-stack fields of the live thread state; the bump stays below the limit.
    unsafe {
        let top = field::<*mut *mut PyObject>(tstate, TSTATE_DATASTACK_TOP);
        let limit = *field::<*mut *mut PyObject>(tstate, TSTATE_DATASTACK_LIMIT);
        let base = *top;
        if base.is_null() {
            return ptr::null_mut();
        }
        let words = frame_words(code);
        let end = base.add(words);
        if end >= limit {
            return ptr::null_mut();
        }
        *top = end;
        let frame = base as *mut InterpreterFrame;
        let n = (*code).co_nlocalsplus as usize;
        ptr::write_bytes((*frame).localsplus.as_mut_ptr(), 0, n);
        frame
    }
}

/// Gives back a frame from `reserve_frame` that was never initialised (nothing to release).
///
/// # Safety
/// `frame` is the newest frame reserved on this thread and holds no references.
#[inline(always)]
pub unsafe fn unreserve_frame(tstate: *mut PyThreadState, frame: *mut InterpreterFrame) {
    // SAFETY: as `_PyThreadState_PopFrame` for a frame that did not open a chunk.
    unsafe { *field::<*mut InterpreterFrame>(tstate, TSTATE_DATASTACK_TOP) = frame }
}

/// `_PyFrame_InitializeSpecials(frame, func, NULL, nlocalsplus)`.
///
/// Ownership: consumes one reference to `func`; takes a new one to its code.
///
/// # Safety
/// `frame` came from `reserve_frame` for `func`'s code.
#[inline(always)]
pub unsafe fn initialize_specials(frame: *mut InterpreterFrame, func: *mut PyObject) {
    // SAFETY: `func` is a live function object; `frame` is writable memory of the right size.
    unsafe {
        let f = func as *mut PyFunctionObject;
        let code = (*f).func_code as *mut PyCodeObject311;
        pyo3_ffi::Py_INCREF(code as *mut PyObject);
        (*frame).f_func = func;
        (*frame).f_code = code;
        (*frame).f_builtins = (*f).func_builtins;
        (*frame).f_globals = (*f).func_globals;
        (*frame).f_locals = ptr::null_mut();
        (*frame).stacktop = (*code).co_nlocalsplus;
        (*frame).frame_obj = ptr::null_mut();
        (*frame).prev_instr = (*code).co_code_adaptive.as_mut_ptr().wrapping_sub(1);
        (*frame).is_entry = false;
        (*frame).owner = FRAME_OWNED_BY_THREAD;
    }
}

/// `_PyEval_EvalFrame`: runs `frame` through the installed frame evaluator (the PEP 523 hook
/// when one is set, else the interpreter), exactly as `_PyEval_Vector` would.
///
/// Ownership: `frame` borrowed; returns a new reference or NULL with an exception set.
///
/// # Safety
/// GIL held; `frame` is initialised, owned by this thread and not linked.
#[inline(always)]
pub unsafe fn eval_frame(
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
) -> *mut PyObject {
    // SAFETY: reading the interpreter's evaluator pointer; both targets take these arguments.
    unsafe {
        let interp = super::layout::interp_of(tstate) as *mut u8;
        let f = *(interp.add(INTERP_EVAL_FRAME) as *const Option<ffi::EvalFrameFn>);
        match f {
            Some(f) => f(tstate, frame, 0),
            None => ffi::_PyEval_EvalFrameDefault(tstate, frame, 0),
        }
    }
}

/// `_PyEvalFrameClearAndPop` for a frame from `reserve_frame`.
///
/// # Safety
/// GIL held; `frame` is the newest frame on this thread's data stack, unlinked, with
/// `stacktop >= 0` and owned references (or NULL) below it.
pub unsafe fn clear_and_pop(tstate: *mut PyThreadState, frame: *mut InterpreterFrame) {
    // SAFETY: as documented; the recursion count guards deep deallocation chains as CPython's.
    unsafe {
        *recursion_remaining(tstate) -= 1;
        clear(frame);
        *recursion_remaining(tstate) += 1;
        unreserve_frame(tstate, frame);
    }
}

/// `_PyFrame_Clear` (Python/frame.c, 3.11.7) for a thread-owned frame.
///
/// # Safety
/// As `clear_and_pop`.
unsafe fn clear(frame: *mut InterpreterFrame) {
    // SAFETY: the frame's fields are owned references as documented on `InterpreterFrame`.
    unsafe {
        let fobj = (*frame).frame_obj;
        if !fobj.is_null() {
            (*frame).frame_obj = ptr::null_mut();
            if pyo3_ffi::Py_REFCNT(fobj) > 1 {
                take_ownership(fobj, frame);
                pyo3_ffi::Py_DECREF(fobj);
                return;
            }
            pyo3_ffi::Py_DECREF(fobj);
        }
        let locals = (*frame).localsplus.as_mut_ptr();
        for i in 0..(*frame).stacktop.max(0) as usize {
            pyo3_ffi::Py_XDECREF(*locals.add(i));
        }
        pyo3_ffi::Py_XDECREF((*frame).f_locals);
        pyo3_ffi::Py_DECREF((*frame).f_func);
        pyo3_ffi::Py_DECREF((*frame).f_code as *mut PyObject);
    }
}

/// `take_ownership` (Python/frame.c, 3.11.7): the frame object outlives the call, so the frame
/// (header, locals and stack) moves into the object's own storage and its `f_back` is
/// materialised from the first complete caller. `PyFrame_GetBack` does that walk on the moved
/// frame, which still carries `previous`.
///
/// # Safety
/// `f` is `frame`'s frame object, with a reference besides the one being dropped by the caller.
unsafe fn take_ownership(f: *mut PyObject, frame: *mut InterpreterFrame) {
    // SAFETY: `_f_frame_data` has room for the frame (it was allocated for this code object).
    unsafe {
        let fo = f as *mut u8;
        let size = (*frame)
            .localsplus
            .as_ptr()
            .add((*frame).stacktop.max(0) as usize) as usize
            - frame as usize;
        let moved = fo.add(FRAMEOBJECT_DATA) as *mut InterpreterFrame;
        ptr::copy_nonoverlapping(frame as *const u8, moved as *mut u8, size);
        *(fo.add(FRAMEOBJECT_FRAME) as *mut *mut InterpreterFrame) = moved;
        (*moved).owner = FRAME_OWNED_BY_FRAME_OBJECT;
        if is_incomplete(moved) {
            let code = (*moved).f_code;
            (*moved).prev_instr = (*code)
                .co_code_adaptive
                .as_mut_ptr()
                .add((*code).co_firsttraceable as usize);
        }
        if !(*moved).previous.is_null() {
            // PyFrame_GetBack returns a new reference (or NULL, here only on MemoryError).
            let back = ffi::PyFrame_GetBack(f);
            if back.is_null() {
                pyo3_ffi::PyErr_Clear();
            } else {
                *(fo.add(FRAMEOBJECT_BACK) as *mut *mut PyObject) = back;
            }
            (*moved).previous = ptr::null_mut();
        }
        if pyo3_ffi::PyObject_GC_IsTracked(f) == 0 {
            pyo3_ffi::PyObject_GC_Track(f as *mut std::ffi::c_void);
        }
    }
}

/// `_PyFrame_IsIncomplete`.
///
/// # Safety
/// `frame` is a live frame.
#[inline(always)]
pub unsafe fn is_incomplete(frame: *mut InterpreterFrame) -> bool {
    // SAFETY: reads of a live frame and its code object.
    unsafe {
        let code = (*frame).f_code;
        (*frame).owner != FRAME_OWNED_BY_GENERATOR
            && (*frame).prev_instr
                < (*code)
                    .co_code_adaptive
                    .as_mut_ptr()
                    .add((*code).co_firsttraceable as usize)
    }
}
