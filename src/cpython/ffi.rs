//! CPython 3.11 private functions rjit calls, declared here because pyo3-ffi dropped or
//! mistyped them (notes/cpython311-pep523.md §1-2). All are exported by libpython 3.11 and
//! resolved from the process at load time; the extension never links libpython.

use std::ffi::{c_char, c_int, c_void};

use pyo3_ffi::{PyObject, PyThreadState};

use super::layout::InterpreterFrame;

/// The PEP 523 frame evaluator type (Include/cpython/pystate.h:264).
pub type EvalFrameFn = unsafe extern "C" fn(*mut PyThreadState, *mut InterpreterFrame, c_int) -> *mut PyObject;
/// co_extra free function.
pub type FreeFunc = unsafe extern "C" fn(*mut c_void);

unsafe extern "C" {
    /// `types.MethodType`.
    pub static mut PyMethod_Type: pyo3_ffi::PyTypeObject;
    pub fn _PyEval_EvalFrameDefault(ts: *mut PyThreadState, f: *mut InterpreterFrame, exc: c_int) -> *mut PyObject;
    pub fn _PyInterpreterState_GetEvalFrameFunc(interp: *mut pyo3_ffi::PyInterpreterState) -> EvalFrameFn;
    pub fn _PyInterpreterState_SetEvalFrameFunc(interp: *mut pyo3_ffi::PyInterpreterState, f: EvalFrameFn);
    pub fn _PyEval_RequestCodeExtraIndex(free: FreeFunc) -> isize;
    pub fn _PyCode_SetExtra(code: *mut PyObject, index: isize, extra: *mut c_void) -> c_int;
    pub fn _Py_CheckRecursiveCall(ts: *mut PyThreadState, where_: *const c_char) -> c_int;
    pub fn _PyObject_GetMethod(obj: *mut PyObject, name: *mut PyObject, method: *mut *mut PyObject) -> c_int;
}
