//! `array.array` objects, which the typed tier's compiled code indexes itself (`data[i]` of an
//! array of doubles is an unboxed float, no object made): this process's array type, and the
//! check compiled code falls back on when its inline one fails.
//!
//! The array type is a heap type of the `array` extension module, so its address differs per
//! process and cannot be baked into cached code. Compiled code reads it through the symbol
//! `rjit_array_type` (`ARRAY_TYPE`): 0 until this process learns it from the first array the hook
//! or compiled code meets (`typecode_of`, `rjit_array_check`). rjit never imports `array` itself.
//!
//! Invariant: `ARRAY_TYPE` is 0 or the type `array` of the extension module named `array` in
//! `sys.modules`, held by a strong reference for the process, and learnt only from an instance
//! whose buffer agrees with `cpython::ArrayObject311` (items, length, item size and typecode at
//! the offsets compiled code reads). An array met before then, or with another layout, is
//! simply not taken for one: compiled code deopts, the interpreter runs the instruction.

use std::ffi::{CStr, c_int};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use pyo3_ffi::*;

use crate::cpython::ArrayObject311;

/// This process's `array.array` type, or 0 (see the module documentation).
pub static ARRAY_TYPE: AtomicUsize = AtomicUsize::new(0);

/// The typecode of `o` if it is an exact `array.array` (learning the type from it if it is the
/// first met), or `None`.
///
/// # Safety
/// GIL held; `o` is a live object. Runs no Python code.
pub unsafe fn typecode_of(o: *mut PyObject) -> Option<u8> {
    // SAFETY: GIL held; `o` live; an object of the array type is an `arrayobject`.
    unsafe {
        let t = Py_TYPE(o) as usize;
        if t != ARRAY_TYPE.load(Relaxed) && !learn(o) {
            return None;
        }
        let a = o as *mut ArrayObject311;
        Some((*(*a).ob_descr).typecode as u8)
    }
}

/// Whether `o` is an exact `array.array` of typecode `a` or `b`: what compiled code calls when
/// `o`'s type is not the array type it read from `rjit_array_type` (not an array, or the type
/// not learnt yet). Returns 1 or 0.
///
/// # Safety
/// GIL held; `o` is a live object. Runs no Python code and leaves no error set.
pub unsafe extern "C" fn rjit_array_check(o: *mut PyObject, a: c_int, b: c_int) -> c_int {
    // SAFETY: as documented.
    match unsafe { typecode_of(o) } {
        Some(c) => (c_int::from(c) == a || c_int::from(c) == b) as c_int,
        None => 0,
    }
}

/// Learn `ARRAY_TYPE` from `o` if it is an instance of the `array` module's own type with the
/// layout compiled code reads; true if `o`'s type is the array type now.
///
/// # Safety
/// GIL held; `o` live.
unsafe fn learn(o: *mut PyObject) -> bool {
    if ARRAY_TYPE.load(Relaxed) != 0 {
        return false;
    }
    // SAFETY: GIL held; `sys.modules`, the module, its dict and the type are borrowed and only
    // compared; the buffer is released before returning; dict lookups by string run no Python
    // code (the keys are strings).
    unsafe {
        let t = Py_TYPE(o);
        if CStr::from_ptr((*t).tp_name) != c"array.array" {
            return false;
        }
        let m = PyDict_GetItemString(PyImport_GetModuleDict(), c"array".as_ptr());
        if m.is_null() || PyModule_Check(m) == 0 {
            return false;
        }
        let def = PyModule_GetDef(m);
        if def.is_null() || CStr::from_ptr((*def).m_name) != c"array" {
            PyErr_Clear();
            return false;
        }
        let ty = PyDict_GetItemString(PyModule_GetDict(m), c"array".as_ptr());
        if ty != t as *mut PyObject {
            return false;
        }
        let mut view: Py_buffer = std::mem::zeroed();
        if PyObject_GetBuffer(o, &mut view, PyBUF_FULL_RO) != 0 {
            PyErr_Clear();
            return false;
        }
        let a = o as *mut ArrayObject311;
        let d = (*a).ob_descr;
        // An empty array's buffer is a static placeholder: nothing to check against.
        let agrees = Py_SIZE(o) > 0
            && view.buf == (*a).ob_item as *mut std::ffi::c_void
            && view.itemsize == (*d).itemsize as Py_ssize_t
            && view.len == Py_SIZE(o) * view.itemsize
            && !view.format.is_null()
            && *view.format == (*d).typecode;
        PyBuffer_Release(&mut view);
        if !agrees {
            return false;
        }
        Py_INCREF(ty);
        ARRAY_TYPE.store(t as usize, Relaxed);
        true
    }
}
