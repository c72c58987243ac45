//! Slicing without a slice object: `x[a:b]`, `x[a:b:c]` and `x[a:b] = v`, which 3.11 compiles
//! to BUILD_SLICE followed by BINARY_SUBSCR or STORE_SUBSCR, done in one step where that pair
//! is lowered together (3.12 fused the same pair into BINARY_SLICE and STORE_SLICE).
//!
//! Both helpers follow the `StackOp` convention (`ops`' header). For an exact list, tuple or
//! str (a list only, for assignment) with bounds that are None or exact ints of a machine word
//! and a step that is not zero, they compute what `list_subscript`, `tuple_subscript`,
//! `unicode_subscript` and `list_ass_subscript` compute from the slice object, from the bounds
//! themselves: `PySlice_Unpack`'s defaults, `PySlice_AdjustIndices`, then the same result
//! (a new list; the tuple or str itself for a full slice of an exact one; the empty tuple and
//! str singletons). Anything else builds the slice object and runs the subscript as compiled
//! code runs it alone (`calls::rjit_getitem`, which calls a Python `__getitem__` directly;
//! `PyObject_SetItem`). Neither path runs Python code before the object path's
//! `__getitem__`/`__setitem__`/`__index__`, so the order of effects is the interpreter's.
//! Ownership: every input slot is an owned reference, consumed on every path.

#![allow(clippy::missing_safety_doc)]

use std::ffi::c_int;
use std::ptr;

use pyo3_ffi::*;

use super::ops::{ERROR, OK, at, put};
use crate::cpython::InterpreterFrame;

/// One bound: `Some(None)` for None, `Some(Some(x))` for an exact int that fits a word, `None`
/// for anything else (the object path decides what it means).
unsafe fn bound(v: *mut PyObject) -> Option<Option<isize>> {
    // SAFETY: `v` is a live object (GIL held).
    unsafe {
        if v == Py_None() {
            return Some(None);
        }
        if PyLong_CheckExact(v) == 0 {
            return None;
        }
        if let Some(x) = crate::cpython::two_digit_value(v) {
            return Some(Some(x as isize));
        }
        wide_bound(v)
    }
}

/// `bound` of an exact int of more than two digits (out of line: slices rarely have one).
#[cold]
#[inline(never)]
unsafe fn wide_bound(v: *mut PyObject) -> Option<Option<isize>> {
    // SAFETY: `v` is a live exact int (GIL held).
    unsafe {
        let x = PyLong_AsSsize_t(v);
        if x == -1 && !PyErr_Occurred().is_null() {
            // Beyond a word: `_PyEval_SliceIndex` clamps; the object path does that.
            PyErr_Clear();
            return None;
        }
        Some(Some(x))
    }
}

/// `PySlice_AdjustIndices`, transcribed (it is a call into libpython for a few compares): clamps
/// `lo` and `hi` to the sequence and returns the slice's length. `step` is not zero and not
/// below `-isize::MAX` (`unpack` sees to both).
fn adjust(len: isize, lo: &mut isize, hi: &mut isize, step: isize) -> isize {
    let clamp = |x: &mut isize| {
        if *x < 0 {
            *x += len;
            if *x < 0 {
                *x = if step < 0 { -1 } else { 0 };
            }
        } else if *x >= len {
            *x = if step < 0 { len - 1 } else { len };
        }
    };
    clamp(lo);
    clamp(hi);
    if step < 0 {
        if *hi < *lo {
            return (*lo - *hi - 1) / (-step) + 1;
        }
    } else if *lo < *hi {
        return (*hi - *lo - 1) / step + 1;
    }
    0
}

/// `(start, stop, step)` as `PySlice_Unpack` reads them from a slice of these bounds (`step`
/// NULL when BUILD_SLICE had two), or None where the object path must decide (a bound of
/// another type, a step of zero: its ValueError).
unsafe fn unpack(
    start: *mut PyObject,
    stop: *mut PyObject,
    step: *mut PyObject,
) -> Option<(isize, isize, isize)> {
    // SAFETY: live objects or a NULL step (GIL held).
    unsafe {
        let step = if step.is_null() {
            1
        } else {
            match bound(step)? {
                None => 1,
                Some(0) => return None,
                // `PySlice_Unpack` keeps `-step` representable.
                Some(s) => s.max(-isize::MAX),
            }
        };
        let start = bound(start)?.unwrap_or(if step < 0 { isize::MAX } else { 0 });
        let stop = bound(stop)?.unwrap_or(if step < 0 { isize::MIN } else { isize::MAX });
        Some((start, stop, step))
    }
}

/// `container[start:stop:step]` of an exact list, tuple or str, a new reference (NULL with an
/// exception set on a memory error), or `Err(())` where the type or the bounds are not ones
/// this computes (nothing done).
unsafe fn fast_get(
    container: *mut PyObject,
    start: *mut PyObject,
    stop: *mut PyObject,
    step: *mut PyObject,
) -> Result<*mut PyObject, ()> {
    // SAFETY: live objects or a NULL step (GIL held); items are read below the lengths
    // `PySlice_AdjustIndices` clamped the indices to.
    unsafe {
        let t = Py_TYPE(container);
        let list = t == ptr::addr_of_mut!(PyList_Type);
        let tuple = t == ptr::addr_of_mut!(PyTuple_Type);
        let str_ = t == ptr::addr_of_mut!(PyUnicode_Type);
        if !(list || tuple || str_) {
            return Err(());
        }
        let (mut lo, mut hi, step) = unpack(start, stop, step).ok_or(())?;
        if step == 1 {
            // The adjusted bounds lie in `0..=len`; these clamp the same way and give the same
            // results as the subscript functions (a full slice of an exact tuple or str is
            // itself; an empty one the empty singleton or a new empty list).
            return Ok(if list {
                adjust(PyList_GET_SIZE(container), &mut lo, &mut hi, 1);
                PyList_GetSlice(container, lo, hi)
            } else if tuple {
                adjust(PyTuple_GET_SIZE(container), &mut lo, &mut hi, 1);
                PyTuple_GetSlice(container, lo, hi)
            } else {
                // `PyUnicode_GetLength` readies a legacy string, as `unicode_subscript` does
                // first; `PyUnicode_Substring` is what it calls for a step of one.
                let len = PyUnicode_GetLength(container);
                if len < 0 {
                    return Ok(ptr::null_mut());
                }
                adjust(len, &mut lo, &mut hi, 1);
                PyUnicode_Substring(container, lo, hi)
            });
        }
        if str_ {
            return Err(());
        }
        let len = if list {
            PyList_GET_SIZE(container)
        } else {
            PyTuple_GET_SIZE(container)
        };
        let n = adjust(len, &mut lo, &mut hi, step).max(0);
        let r = if list { PyList_New(n) } else { PyTuple_New(n) };
        if r.is_null() || n == 0 {
            return Ok(r);
        }
        for k in 0..n {
            let i = lo + k * step;
            let item = if list {
                PyList_GET_ITEM(container, i)
            } else {
                PyTuple_GET_ITEM(container, i)
            };
            Py_INCREF(item);
            if list {
                PyList_SET_ITEM(r, k, item);
            } else {
                PyTuple_SET_ITEM(r, k, item);
            }
        }
        Ok(r)
    }
}

/// The two instructions as compiled code runs them apart: BUILD_SLICE, then BINARY_SUBSCR's
/// general path (`value` NULL: `calls::rjit_getitem`, which calls a Python `__getitem__`
/// directly) or `PyObject_SetItem`. Returns the item (a new reference), a non-NULL marker for
/// a successful store, or NULL with an exception set. Consumes nothing.
unsafe fn object_path(
    tstate: *mut PyThreadState,
    container: *mut PyObject,
    start: *mut PyObject,
    stop: *mut PyObject,
    step: *mut PyObject,
    value: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: live objects, or NULL for a missing step or value (GIL held).
    unsafe {
        let slice = PySlice_New(start, stop, step);
        if slice.is_null() {
            return ptr::null_mut();
        }
        let r = if value.is_null() {
            super::calls::rjit_getitem(tstate, container, slice)
        } else if PyObject_SetItem(container, slice, value) < 0 {
            ptr::null_mut()
        } else {
            Py_None()
        };
        Py_DECREF(slice);
        r
    }
}

/// BUILD_SLICE n + BINARY_SUBSCR (n + 1 in: the container, start, stop and, for n = 3, step;
/// 1 out).
pub unsafe extern "C" fn rjit_op_slice_get(
    tstate: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    n: c_int,
) -> c_int {
    // SAFETY: the StackOp convention; every input consumed.
    unsafe {
        let (container, start, stop) = (at(sp, 0), at(sp, 1), at(sp, 2));
        let step = if n == 3 { at(sp, 3) } else { ptr::null_mut() };
        let r = match fast_get(container, start, stop, step) {
            Ok(r) => r,
            Err(()) => object_path(tstate, container, start, stop, step, ptr::null_mut()),
        };
        Py_DECREF(container);
        Py_DECREF(start);
        Py_DECREF(stop);
        Py_XDECREF(step);
        if r.is_null() {
            return ERROR;
        }
        put(sp, 0, r);
    }
    OK
}

/// `list[lo:lo + n] = value` where `value` is another exact list or tuple of `n` items, `n` at
/// most `REPLACE_MAX`: `list_ass_slice`'s steps for an assignment that keeps the length (every
/// new item stored, then the old ones released from the last to the first), without its
/// `PySequence_Fast` and copies. A list only the caller's reference holds (a temporary, as
/// `perm[:k + 1] = perm[k::-1]` makes) gives up its items instead of sharing them: it is left
/// empty, so releasing it afterwards releases none of them, and nothing else could see it.
/// False (nothing done) for any other assignment.
unsafe fn replace_items(list: *mut PyObject, lo: isize, n: isize, value: *mut PyObject) -> bool {
    const REPLACE_MAX: usize = 16;
    // SAFETY: `list` is a live exact list whose `lo..lo + n` are in range (`adjust`), `value`
    // a live object; GIL held.
    unsafe {
        let t = Py_TYPE(value);
        let items = if t == ptr::addr_of_mut!(PyList_Type) && value != list {
            (*value.cast::<PyListObject>()).ob_item
        } else if t == ptr::addr_of_mut!(PyTuple_Type) {
            ptr::addr_of_mut!((*value.cast::<PyTupleObject>()).ob_item).cast::<*mut PyObject>()
        } else {
            return false;
        };
        if n <= 0 || n as usize > REPLACE_MAX || Py_SIZE(value) != n {
            return false;
        }
        let dest = (*list.cast::<PyListObject>()).ob_item.offset(lo);
        let n = n as usize;
        if t == ptr::addr_of_mut!(PyList_Type) && Py_REFCNT(value) == 1 {
            // The two lists swap the items: the temporary holds the old ones, released from
            // the last to the first, and is left empty (its deallocation frees its item
            // array as usual).
            for k in 0..n {
                std::ptr::swap(dest.add(k), items.add(k));
            }
            (*value.cast::<PyVarObject>()).ob_size = 0;
            for k in (0..n).rev() {
                Py_XDECREF(*items.add(k));
            }
            return true;
        }
        let mut old = [std::mem::MaybeUninit::<*mut PyObject>::uninit(); REPLACE_MAX];
        for (k, o) in old[..n].iter_mut().enumerate() {
            let w = *items.add(k);
            Py_INCREF(w);
            o.write(*dest.add(k));
            *dest.add(k) = w;
        }
        for o in old[..n].iter().rev() {
            Py_XDECREF(o.assume_init());
        }
        true
    }
}

/// BUILD_SLICE n + STORE_SUBSCR (n + 2 in: the value, the container, start, stop and, for
/// n = 3, step; none out). An exact list with a step of one takes `list_ass_slice`'s path
/// (`PyList_SetSlice` of the adjusted bounds, which is what `list_ass_subscript` calls).
pub unsafe extern "C" fn rjit_op_slice_set(
    tstate: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    n: c_int,
) -> c_int {
    // SAFETY: the StackOp convention; every input consumed.
    unsafe {
        let (value, container, start, stop) = (at(sp, 0), at(sp, 1), at(sp, 2), at(sp, 3));
        let step = if n == 3 { at(sp, 4) } else { ptr::null_mut() };
        let fast = match unpack(start, stop, step) {
            Some((mut lo, mut hi, 1)) if Py_TYPE(container) == ptr::addr_of_mut!(PyList_Type) => {
                let n = adjust(PyList_GET_SIZE(container), &mut lo, &mut hi, 1);
                Some(
                    replace_items(container, lo, n, value)
                        || PyList_SetSlice(container, lo, hi, value) == 0,
                )
            }
            _ => None,
        };
        let ok = fast
            .unwrap_or_else(|| !object_path(tstate, container, start, stop, step, value).is_null());
        Py_DECREF(value);
        Py_DECREF(container);
        Py_DECREF(start);
        Py_DECREF(stop);
        Py_XDECREF(step);
        if !ok {
            return ERROR;
        }
    }
    OK
}

#[cfg(test)]
mod tests {
    use super::adjust;

    /// Cases computed by CPython: `slice(a, b, c).indices(len)` and the length of that range.
    #[test]
    fn adjust_agrees_with_cpython() {
        for (len, lo, hi, step, want_lo, want_hi, want_n) in [
            (0, -1, 10, 1, 0, 0, 0),
            (5, isize::MAX, isize::MIN, -3, 4, -1, 2),
            (5, 9, isize::MIN, -1, 4, -1, 5),
            (5, 2, -9, -3, 2, -1, 1),
            (0, -7, -2, 1, 0, 0, 0),
            (0, 9, -2, -1, -1, -1, 0),
            (0, -1, 0, 1, 0, 0, 0),
            (1, 2, 0, 2, 1, 0, 0),
            (5, 2, -9, 2, 2, 0, 0),
            (1, 0, 0, -1, 0, 0, 0),
            (1, 2, isize::MAX, 2, 1, 1, 0),
            (5, -7, 10, 2, 0, 5, 3),
            (1, -1, isize::MIN, -1, 0, -1, 1),
            (5, 2, 3, -3, 2, 3, 0),
            (0, 2, -2, -3, -1, -1, 0),
            (0, -1, isize::MAX, 1, 0, 0, 0),
            (1, 2, -2, 2, 1, 0, 0),
            (0, isize::MAX, 0, -1, -1, -1, 0),
            (5, 9, 3, -3, 4, 3, 1),
            (1, -1, -9, -3, 0, -1, 1),
            (1, 0, -9, 2, 0, 0, 0),
            (5, isize::MAX, 10, -3, 4, 4, 0),
            (5, 2, -9, -1, 2, -1, 3),
            (5, 2, -2, 1, 2, 3, 1),
            (0, 0, isize::MAX, 2, 0, 0, 0),
            (5, -1, 10, 1, 4, 5, 1),
            (1, 0, 0, 1, 0, 0, 0),
            (0, 9, 3, 1, 0, 0, 0),
            (5, 0, -2, 2, 0, 3, 2),
            (0, 2, 10, 2, 0, 0, 0),
            (5, isize::MAX, 0, -1, 4, 0, 4),
            (0, -1, -9, 1, 0, 0, 0),
            (1, isize::MAX, 3, -1, 0, 0, 0),
            (0, isize::MAX, 0, -3, -1, -1, 0),
            (0, isize::MAX, -2, -3, -1, -1, 0),
            (0, 0, 0, 2, 0, 0, 0),
            (5, -7, 10, 1, 0, 5, 5),
            (1, 9, 0, 2, 1, 0, 0),
            (0, 0, -9, 1, 0, 0, 0),
            (1, -1, isize::MIN, -3, 0, -1, 1),
        ] {
            let (mut l, mut h) = (lo, hi);
            let n = adjust(len, &mut l, &mut h, step);
            assert_eq!(
                (l, h, n),
                (want_lo, want_hi, want_n),
                "{len} {lo} {hi} {step}"
            );
        }
    }
}
