//! `next()` of `zip(a, b)` and `enumerate(a)` over exact lists, tuples and ranges, for the typed
//! tier's FOR_ITER: the same result tuple, in the same state, as `zip_next` and `enum_next`
//! leave it, without the generic instruction's frame sync.
//!
//! `rjit_pair_next` answers only where that is certain to run no Python code: the iterators
//! inside are list, tuple or range iterators with an item left, the zip or enumerate holds the
//! only reference to its result tuple (so it is reused, not allocated: no collection can start),
//! and the items the tuple drops are not their last references, or are of a type whose release
//! runs no code. Anything else (another iterator, exhaustion, a tuple someone kept, an index past
//! `PY_SSIZE_T_MAX`) returns NULL before changing anything, and the caller runs the generic
//! FOR_ITER, which does what CPython does (exhaustion included: `zip` consumes the first
//! iterator's item before it finds the second exhausted).
//!
//! Ownership: `it` borrowed; the result is a new reference to the result tuple (two references
//! then: the iterator's and the caller's), or NULL with no exception set.

use pyo3_ffi::*;

use crate::cpython::{Enum311, ListIter311, RangeIter311, TupleIter311, Zip311};

/// The next item of a list, tuple or range iterator `it` (a new reference) and where its index
/// lives, without advancing it; `None` for another iterator, an exhausted one, or a failed
/// allocation (its error cleared: the generic instruction will meet it again).
///
/// # Safety
/// GIL held; `it` live.
unsafe fn peek(it: *mut PyObject) -> Option<(*mut PyObject, *mut Py_ssize_t)> {
    // SAFETY: each layout is read only after the exact type is checked; items are live
    // references of their sequence.
    unsafe {
        let ty = Py_TYPE(it);
        if ty == std::ptr::addr_of_mut!(PyListIter_Type) {
            let li = it as *mut ListIter311;
            let seq = (*li).it_seq;
            if seq.is_null() || (*li).it_index >= PyList_GET_SIZE(seq) {
                return None;
            }
            let item = PyList_GET_ITEM(seq, (*li).it_index);
            Py_INCREF(item);
            return Some((item, std::ptr::addr_of_mut!((*li).it_index)));
        }
        if ty == std::ptr::addr_of_mut!(PyTupleIter_Type) {
            let ti = it as *mut TupleIter311;
            let seq = (*ti).it_seq;
            if seq.is_null() || (*ti).it_index >= PyTuple_GET_SIZE(seq) {
                return None;
            }
            let item = PyTuple_GET_ITEM(seq, (*ti).it_index);
            Py_INCREF(item);
            return Some((item, std::ptr::addr_of_mut!((*ti).it_index)));
        }
        if ty == std::ptr::addr_of_mut!(PyRangeIter_Type) {
            // `rangeiter_next`: `start + index * step` in unsigned arithmetic.
            let ri = it as *mut RangeIter311;
            if (*ri).index >= (*ri).len {
                return None;
            }
            let v = ((*ri).start as u64)
                .wrapping_add(((*ri).index as u64).wrapping_mul((*ri).step as u64));
            let item = PyLong_FromLong(v as std::ffi::c_long);
            if item.is_null() {
                PyErr_Clear();
                return None;
            }
            return Some((item, std::ptr::addr_of_mut!((*ri).index) as *mut Py_ssize_t));
        }
        None
    }
}

/// Whether dropping one reference to `o` runs no code: it is not the last, or `o` is an exact
/// int, float or str (their deallocators release nothing else).
///
/// # Safety
/// GIL held; `o` live.
unsafe fn quiet_release(o: *mut PyObject) -> bool {
    // SAFETY: reads the live object's header.
    unsafe { Py_REFCNT(o) > 1 || quiet_release_type(o) }
}

/// Whether `o` is an exact int, float or str, whose deallocators run no code.
///
/// # Safety
/// GIL held; `o` live.
unsafe fn quiet_release_type(o: *mut PyObject) -> bool {
    // SAFETY: reads the live object's type.
    unsafe {
        PyLong_CheckExact(o) != 0 || PyFloat_CheckExact(o) != 0 || PyUnicode_CheckExact(o) != 0
    }
}

/// Put `a` and `b` (new references) into `result`, a 2-tuple only its iterator holds, as
/// `zip_next` and `enum_next` do: the tuple gets a second reference (the caller's), drops its
/// old items (checked `quiet_release` by the caller) and is tracked by the collector again.
///
/// # Safety
/// GIL held; `result` a live exact 2-tuple of reference count 1.
unsafe fn refill(result: *mut PyObject, a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    // SAFETY: as documented; the old items are released after the tuple holds the new ones,
    // and their release runs no code (the caller's check).
    unsafe {
        Py_INCREF(result);
        let (old_a, old_b) = (PyTuple_GET_ITEM(result, 0), PyTuple_GET_ITEM(result, 1));
        PyTuple_SET_ITEM(result, 0, a);
        PyTuple_SET_ITEM(result, 1, b);
        Py_DECREF(old_a);
        Py_DECREF(old_b);
        // bpo-42536: a collection may have untracked the tuple (its items were atomic).
        if PyObject_GC_IsTracked(result) == 0 {
            PyObject_GC_Track(result as *mut std::ffi::c_void);
        }
        result
    }
}

/// Whether `result` can be reused without running code: only its iterator holds it, and
/// releasing its two items runs none (one object in both places is released twice).
///
/// # Safety
/// GIL held; `result` NULL or a live object.
pub(super) unsafe fn reusable(result: *mut PyObject) -> bool {
    // SAFETY: reads live objects (checked non-NULL, an exact tuple of two).
    unsafe {
        if result.is_null()
            || Py_REFCNT(result) != 1
            || PyTuple_CheckExact(result) == 0
            || PyTuple_GET_SIZE(result) != 2
        {
            return false;
        }
        let (a, b) = (PyTuple_GET_ITEM(result, 0), PyTuple_GET_ITEM(result, 1));
        if a == b {
            return Py_REFCNT(a) > 2 || quiet_release_type(a);
        }
        quiet_release(a) && quiet_release(b)
    }
}

/// `next(it)` for `zip` of two and `enumerate` over list, tuple and range iterators (module
/// documentation); NULL, with no exception set and nothing changed, for anything else.
///
/// # Safety
/// GIL held; `it` a live object.
pub unsafe extern "C" fn rjit_pair_next(it: *mut PyObject) -> *mut PyObject {
    // SAFETY: each layout is read after its exact type is checked; `peek` takes its items'
    // references before anything is changed, and gives them back on every path that bails.
    unsafe {
        let ty = Py_TYPE(it);
        if ty == std::ptr::addr_of_mut!(PyZip_Type) {
            let z = it as *mut Zip311;
            let its = (*z).ittuple;
            if (*z).tuplesize != 2 || !reusable((*z).result) {
                return std::ptr::null_mut();
            }
            let Some((a, ia)) = peek(PyTuple_GET_ITEM(its, 0)) else {
                return std::ptr::null_mut();
            };
            let Some((b, ib)) = peek(PyTuple_GET_ITEM(its, 1)) else {
                Py_DECREF(a);
                return std::ptr::null_mut();
            };
            *ia += 1;
            *ib += 1;
            return refill((*z).result, a, b);
        }
        if ty == std::ptr::addr_of_mut!(PyEnum_Type) {
            let e = it as *mut Enum311;
            if !(*e).en_longindex.is_null()
                || (*e).en_index == Py_ssize_t::MAX
                || !reusable((*e).en_result)
            {
                return std::ptr::null_mut();
            }
            let Some((item, ii)) = peek((*e).en_sit) else {
                return std::ptr::null_mut();
            };
            let index = PyLong_FromSsize_t((*e).en_index);
            if index.is_null() {
                PyErr_Clear();
                Py_DECREF(item);
                return std::ptr::null_mut();
            }
            *ii += 1;
            (*e).en_index += 1;
            return refill((*e).en_result, index, item);
        }
        std::ptr::null_mut()
    }
}
