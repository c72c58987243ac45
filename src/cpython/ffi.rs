//! CPython 3.11 private functions rjit calls, declared here because pyo3-ffi dropped or
//! mistyped them (notes/cpython311-pep523.md §1-2). All are exported by libpython 3.11 and
//! resolved from the process at load time; the extension never links libpython.

use std::ffi::{c_char, c_int, c_void};

use pyo3_ffi::{PyObject, PyThreadState};

use super::layout::InterpreterFrame;

/// The PEP 523 frame evaluator type (Include/cpython/pystate.h:264).
pub type EvalFrameFn =
    unsafe extern "C" fn(*mut PyThreadState, *mut InterpreterFrame, c_int) -> *mut PyObject;
/// co_extra free function.
pub type FreeFunc = unsafe extern "C" fn(*mut c_void);

unsafe extern "C" {
    /// `types.MethodType`.
    pub static mut PyMethod_Type: pyo3_ffi::PyTypeObject;
    pub static mut PyStaticMethod_Type: pyo3_ffi::PyTypeObject;
    pub static mut PyClassMethod_Type: pyo3_ffi::PyTypeObject;
    pub static mut PyCell_Type: pyo3_ffi::PyTypeObject;
    /// `struct _PyTraceMalloc_Config` (read at `TRACEMALLOC_TRACING`).
    pub static _Py_tracemalloc_config: [c_int; 3];
    pub fn _PyEval_EvalFrameDefault(
        ts: *mut PyThreadState,
        f: *mut InterpreterFrame,
        exc: c_int,
    ) -> *mut PyObject;
    pub fn _PyInterpreterState_GetEvalFrameFunc(
        interp: *mut pyo3_ffi::PyInterpreterState,
    ) -> EvalFrameFn;
    pub fn _PyInterpreterState_SetEvalFrameFunc(
        interp: *mut pyo3_ffi::PyInterpreterState,
        f: EvalFrameFn,
    );
    pub fn _PyEval_RequestCodeExtraIndex(free: FreeFunc) -> isize;
    pub fn _PyCode_SetExtra(code: *mut PyObject, index: isize, extra: *mut c_void) -> c_int;
    pub fn _Py_CheckRecursiveCall(ts: *mut PyThreadState, where_: *const c_char) -> c_int;
    /// SystemError when a C function's result and the error indicator disagree.
    pub fn _Py_CheckFunctionResult(
        ts: *mut PyThreadState,
        callable: *mut PyObject,
        result: *mut PyObject,
        where_: *const c_char,
    ) -> *mut PyObject;
    pub fn _PyObject_GetMethod(
        obj: *mut PyObject,
        name: *mut PyObject,
        method: *mut *mut PyObject,
    ) -> c_int;
    /// Borrowed result or NULL (no exception set); assigns the type's version tag.
    pub fn _PyType_Lookup(tp: *mut pyo3_ffi::PyTypeObject, name: *mut PyObject) -> *mut PyObject;
    pub fn _PyObject_LookupSpecial(obj: *mut PyObject, name: *mut PyObject) -> *mut PyObject;
    pub fn _PyObject_LookupAttr(
        obj: *mut PyObject,
        name: *mut PyObject,
        result: *mut *mut PyObject,
    ) -> c_int;
    pub fn _PyObject_FunctionStr(func: *mut PyObject) -> *mut PyObject;
    pub fn _PyList_Extend(list: *mut PyObject, iterable: *mut PyObject) -> *mut PyObject;
    pub fn _PySet_Update(set: *mut PyObject, iterable: *mut PyObject) -> c_int;
    pub fn _PyDict_MergeEx(a: *mut PyObject, b: *mut PyObject, override_: c_int) -> c_int;
    pub fn _PyUnicode_JoinArray(
        sep: *mut PyObject,
        items: *const *mut PyObject,
        n: isize,
    ) -> *mut PyObject;
    pub fn _PyErr_FormatFromCause(exc: *mut PyObject, fmt: *const c_char, ...) -> *mut PyObject;
    /// Returns `_PyErr_StackItem*` (`{exc_value, previous_item}`).
    pub fn _PyErr_GetTopmostException(ts: *mut PyThreadState) -> *mut *mut PyObject;
    pub fn PyCell_New(obj: *mut PyObject) -> *mut PyObject;
    pub fn PyImport_GetModule(name: *mut PyObject) -> *mut PyObject;
    pub fn PyEval_GetFrame() -> *mut PyObject;
    /// New reference to the caller's frame object (materialised on demand), or NULL.
    pub fn PyFrame_GetBack(frame: *mut PyObject) -> *mut PyObject;
    pub fn PyThreadState_EnterTracing(ts: *mut PyThreadState);
    pub fn PyThreadState_LeaveTracing(ts: *mut PyThreadState);
    pub fn PyTraceBack_Here(frame: *mut PyObject) -> c_int;
    pub fn _PyGen_FetchStopIterationValue(out: *mut *mut PyObject) -> c_int;
    /// A reference count of 1 for an object taken from a free list (and tracemalloc told).
    pub fn _Py_NewReference(op: *mut PyObject);
    pub static mut _PyAsyncGenWrappedValue_Type: pyo3_ffi::PyTypeObject;
    /// The awaitable `async_gen.__anext__()` and `asend()` return (layout: `ASEND_*`).
    pub static mut _PyAsyncGenASend_Type: pyo3_ffi::PyTypeObject;
}
