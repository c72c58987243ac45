//! `next()` of the builtin iterators whose step runs no Python code — a dict's keys, values
//! and items, a set, a str, bytes and a bytearray — for the typed tier's FOR_ITER, without
//! the generic instruction's full frame sync (boxing every unboxed local on every iteration
//! made a loop over a dict slower in the typed tier than in the interpreter).
//!
//! `rjit_quiet_next` calls the iterator's own `tp_iternext` (so order, `len` bookkeeping and
//! results are CPython's), and only where that is certain to run no Python code: no collection
//! can start (nothing tracked by the collector is allocated: an items iterator must reuse its
//! result tuple), and nothing it releases is a last reference whose release could run code (the
//! container it drops at the end is shared; the items a reused tuple drops are checked as
//! `zip`'s are). Before that, every case where the step would raise or end is left alone: a
//! size changed since iteration began, no item expected (`len` 0), a str or bytes at its end,
//! a str character past Latin-1 (a new str, which may fail; a byte is a small int, Latin-1
//! characters are the interpreter's own strs). NULL then means nothing changed, and the
//! caller runs the generic FOR_ITER, which does what CPython does. If the step itself ends or
//! raises all the same (a dict whose keys changed without a change of size), it has dropped the
//! container and any error is set: the generic FOR_ITER's own call then returns NULL at once
//! and it raises that error or ends the loop, as the interpreter would after this one call.
//!
//! Ownership: `it` borrowed; the result is a new reference, or NULL (with an exception set only
//! in that last case).

use std::ptr::{addr_of_mut, null_mut};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use pyo3_ffi::*;

use super::pairs::reusable;
use crate::cpython::{DictIter311, SetIter311, UnicodeIter311};

/// `str_ascii_iterator`, the type of an ASCII str's iterator, which 3.11 does not export (it
/// is `_PyUnicodeASCIIIter_Type`): found once, as `type(iter(""))`; 0 until then.
static STR_ASCII_ITER: AtomicUsize = AtomicUsize::new(0);

/// Fills `STR_ASCII_ITER` (GIL held).
pub fn init() {
    if STR_ASCII_ITER.load(Relaxed) != 0 {
        return;
    }
    // SAFETY: GIL held; the iterator is released at once, its type (a static type) lives as
    // long as the interpreter.
    unsafe {
        let empty = PyUnicode_FromStringAndSize(c"".as_ptr(), 0);
        if empty.is_null() {
            PyErr_Clear();
            return;
        }
        let it = PyObject_GetIter(empty);
        Py_DECREF(empty);
        if it.is_null() {
            PyErr_Clear();
            return;
        }
        let ty = Py_TYPE(it);
        Py_DECREF(it);
        if ty != addr_of_mut!(PyUnicodeIter_Type) {
            STR_ASCII_ITER.store(ty as usize, Relaxed);
        }
    }
}

/// `next(it)` for the iterators of the module documentation; NULL for anything else, or where
/// the step could run code, raise or end (nothing changed then).
///
/// # Safety
/// GIL held; `it` live.
pub unsafe extern "C" fn rjit_quiet_next(it: *mut PyObject) -> *mut PyObject {
    // SAFETY: each layout is read only after the exact type is checked; the containers are
    // live while their iterator holds them.
    unsafe {
        let ty = Py_TYPE(it);
        let quiet = if ty == addr_of_mut!(PyDictIterKey_Type)
            || ty == addr_of_mut!(PyDictIterValue_Type)
            || ty == addr_of_mut!(PyDictIterItem_Type)
        {
            let di = it as *mut DictIter311;
            let d = (*di).di_dict;
            !d.is_null()
                && (*di).di_used == (*(d as *mut PyDictObject)).ma_used
                && (*di).len > 0
                && Py_REFCNT(d) > 1
                && (ty != addr_of_mut!(PyDictIterItem_Type) || reusable((*di).di_result))
        } else if ty == addr_of_mut!(PySetIter_Type) {
            let si = it as *mut SetIter311;
            let s = (*si).si_set;
            !s.is_null()
                && (*si).si_used == (*(s as *mut PySetObject)).used
                && (*si).len > 0
                && Py_REFCNT(s) > 1
        } else if ty as usize == STR_ASCII_ITER.load(Relaxed) {
            // Each character is one of the interpreter's single-character strs.
            let ui = it as *mut UnicodeIter311;
            let s = (*ui).it_seq;
            !s.is_null() && (*ui).it_index < PyUnicode_GetLength(s)
        } else if ty == addr_of_mut!(PyBytesIter_Type) || ty == addr_of_mut!(PyByteArrayIter_Type) {
            // Each byte is one of the interpreter's small ints.
            let bi = it as *mut UnicodeIter311;
            let s = (*bi).it_seq;
            let size = |s| {
                if ty == addr_of_mut!(PyBytesIter_Type) {
                    PyBytes_Size(s)
                } else {
                    PyByteArray_Size(s)
                }
            };
            !s.is_null() && (*bi).it_index < size(s)
        } else if ty == addr_of_mut!(PyUnicodeIter_Type) {
            // A character below 256 is one of the interpreter's strs; another is a new one.
            let ui = it as *mut UnicodeIter311;
            let s = (*ui).it_seq;
            !s.is_null()
                && (*ui).it_index < PyUnicode_GetLength(s)
                && PyUnicode_ReadChar(s, (*ui).it_index) < 256
        } else {
            false
        };
        if !quiet {
            return null_mut();
        }
        match (*ty).tp_iternext {
            Some(next) => next(it),
            None => null_mut(),
        }
    }
}
