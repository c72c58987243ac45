//! `extern "C"` helpers that compiled code calls by symbol name (see `abi`).
//!
//! Each mirrors one piece of `_PyEval_EvalFrameDefault` in 3.11.7 exactly: same error messages,
//! same reference-count effects, same order of evaluation. Invariant: no helper panics (none
//! indexes, unwraps or allocates through Rust's fallible paths), so no unwind can reach the
//! `extern "C"` boundary; an escaping panic would abort the process, deliberately.

use std::ffi::c_int;

use pyo3_ffi::*;

use crate::cpython::{self, InterpreterFrame, ffi as cffi};

/// Frame prologue: the recursion check and linking the frame as the thread's current one,
/// as `_PyEval_EvalFrameDefault` does at entry (ceval.c:1666, 1710).
/// Returns 0, or -1 with RecursionError set and the frame left unlinked.
///
/// # Safety
/// Called only by compiled code with the GIL held, on the frame the hook was given.
pub unsafe extern "C" fn rjit_enter(
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
) -> c_int {
    // SAFETY: tstate is the current thread state (caller holds the GIL).
    unsafe {
        let rem = cpython::recursion_remaining(tstate);
        let was = *rem;
        *rem -= 1;
        if was <= 0 && cffi::_Py_CheckRecursiveCall(tstate, c"".as_ptr()) != 0 {
            // _Py_CheckRecursiveCall already gave back the unit it refused: nothing to undo.
            return -1;
        }
        cpython::link_frame(tstate, frame);
    }
    0
}

/// The recursion check of a compiled prologue, called only when `recursion_remaining` was
/// already exhausted before this frame took its unit (which it keeps either way, as
/// `rjit_enter`). Returns 0 to continue, or -1 with RecursionError set (the unit given back).
///
/// # Safety
/// GIL held; `tstate` is the current thread state.
pub unsafe extern "C" fn rjit_recursion_check(tstate: *mut PyThreadState) -> c_int {
    // SAFETY: as documented.
    unsafe { cffi::_Py_CheckRecursiveCall(tstate, c"".as_ptr()) }
}

/// The recursion check of a C call compiled code makes directly (`_Py_EnterRecursiveCall`
/// with ceval.c's `" while calling a Python object"`), called only when the budget is
/// exhausted; nonzero with `RecursionError` set when the call must not happen.
///
/// # Safety
/// GIL held; `tstate` is the current thread state.
pub unsafe extern "C" fn rjit_call_recursion_check(tstate: *mut PyThreadState) -> c_int {
    // SAFETY: as documented.
    unsafe { cffi::_Py_CheckRecursiveCall(tstate, c" while calling a Python object".as_ptr()) }
}

/// Eval-breaker slow path (back-edges, function entry, after calls), called only when
/// `eval_breaker` is set. Does what `eval_frame_handle_pending` does, through exported calls:
/// gives up the GIL if another thread asked for it, then runs signal handlers and pending calls
/// (`Py_MakePendingCalls`; main thread only, like the interpreter). Returns 0 to continue,
/// -1 if a handler raised (the exception belongs to the current instruction), or 1 if
/// something is still pending (an async exception), in which case compiled code hands the
/// frame to the interpreter, whose own handler then runs.
///
/// # Safety
/// GIL held by `tstate`.
pub unsafe extern "C" fn rjit_eval_breaker(tstate: *mut PyThreadState) -> c_int {
    // SAFETY: GIL held; SaveThread/RestoreThread is the public way to let another thread run.
    unsafe {
        if cpython::gil_drop_requested(tstate) {
            let saved = PyEval_SaveThread();
            PyEval_RestoreThread(saved);
        }
        if !cpython::eval_breaker_set(tstate) {
            return 0;
        }
        if Py_MakePendingCalls() < 0 {
            return -1;
        }
        cpython::eval_breaker_set(tstate) as c_int
    }
}

/// A new tuple of `n` NULL items for BUILD_TUPLE in the typed tier (which fills it), or NULL
/// with no error set when there is no memory: the caller deopts, and the interpreter's own
/// BUILD_TUPLE raises the MemoryError.
///
/// # Safety
/// GIL held.
pub unsafe extern "C" fn rjit_tuple_new(n: Py_ssize_t) -> *mut PyObject {
    // SAFETY: GIL held; a failed allocation's error is cleared (the deopt runs the instruction
    // again, which sets its own).
    unsafe {
        let t = PyTuple_New(n);
        if t.is_null() {
            PyErr_Clear();
        }
        t
    }
}

/// Sets UnboundLocalError for local `index`, as ceval.c's `unbound_local_error` does.
///
/// # Safety
/// GIL held; `frame` is live and `index < co_nlocalsplus`.
pub unsafe extern "C" fn rjit_unbound_local(
    _tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
    index: c_int,
) {
    // SAFETY: co_localsplusnames is a tuple of co_nlocalsplus strings.
    unsafe {
        let name = PyTuple_GetItem((*(*frame).f_code).co_localsplusnames, index as Py_ssize_t);
        if name.is_null() {
            return;
        }
        let s = PyUnicode_AsUTF8(name);
        if s.is_null() {
            return;
        }
        PyErr_Format(
            PyExc_UnboundLocalError,
            c"cannot access local variable '%s' where it is not associated with a value".as_ptr(),
            s,
        );
    }
}

/// FOR_ITER after `tp_iternext` returned NULL: 0 if the iterator is simply exhausted (a
/// StopIteration, if any, is cleared), -1 if a real error is pending.
///
/// # Safety
/// GIL held.
pub unsafe extern "C" fn rjit_iter_exhausted(_tstate: *mut PyThreadState) -> c_int {
    // SAFETY: plain error-indicator queries.
    unsafe {
        if !PyErr_Occurred().is_null() {
            if PyErr_ExceptionMatches(PyExc_StopIteration) == 0 {
                return -1;
            }
            PyErr_Clear();
        }
    }
    0
}

/// `**` (`_PyNumber_PowerNoMod`, not exported by 3.11).
/// Ownership: operands borrowed; returns a new reference or NULL.
///
/// # Safety
/// GIL held.
pub unsafe extern "C" fn rjit_power(l: *mut PyObject, r: *mut PyObject) -> *mut PyObject {
    // SAFETY: public C API.
    unsafe { PyNumber_Power(l, r, Py_None()) }
}

/// `x ** y` of two doubles for the typed tier, which calls it only for a positive finite `x`
/// and a finite `y`: there `float_pow` (Objects/floatobject.c) is C's `pow`, and this is the
/// same libm function (a call LLVM cannot rewrite: it turns `pow(x, 0.5)` into `sqrt`, which
/// may round differently). The caller checks the result for overflow.
pub extern "C" fn rjit_float_pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

/// One value for `rjit_box_values`: what it is (`what`), its machine bits and, for a local that
/// may be unbound, whether it is bound; `obj` is the slot's current content on entry (NULL or
/// already the value's object) and the value's object (a new reference) on return.
#[repr(C)]
pub struct BoxEntry {
    /// `BOX_*` kind, plus `(1 + k) << 8` when the value shares the object of entry `k`.
    pub what: u64,
    pub bits: u64,
    pub bound: u64,
    pub obj: *mut PyObject,
}

/// The slot already holds the object (an entry others share).
pub const BOX_HELD: u64 = 0;
pub const BOX_I64: u64 = 1;
pub const BOX_F64: u64 = 2;
pub const BOX_BOOL: u64 = 3;
pub const BOX_NULLABLE_I64: u64 = 4;
pub const BOX_NULLABLE_F64: u64 = 5;
/// `bits` is the address of an object the value already is (a constant, a guarded object).
pub const BOX_KNOWN: u64 = 6;
/// An int or a float: `bits` is the int's value, or the float's bits when `bound` is not 0.
pub const BOX_NUM: u64 = 7;

/// The typed tier's frame sync, out of line: every entry whose `obj` is NULL gets its object,
/// the one of the entry it shares when that has one (a value in two slots is one object), else
/// a box of its bits (NULL for an unbound local). One call replaces a branch, a call and a
/// store per value at each of a function's many sync points.
///
/// # Safety
/// GIL held; `e` points to `n` entries, each sharing only an earlier one; a `BOX_KNOWN` entry's
/// bits are the address of a live object.
pub unsafe extern "C" fn rjit_box_values(n: i64, e: *mut BoxEntry) {
    for k in 0..n.max(0) as usize {
        // SAFETY: `k < n` entries, shared indices below `k` (caller's contract); the C API
        // calls box numbers and take new references.
        unsafe {
            let ent = &mut *e.add(k);
            if !ent.obj.is_null() {
                continue;
            }
            let share = (ent.what >> 8) as usize;
            if share != 0 && share <= k {
                let o = (*e.add(share - 1)).obj;
                if !o.is_null() {
                    Py_INCREF(o);
                    ent.obj = o;
                    continue;
                }
            }
            ent.obj = match ent.what & 0xff {
                BOX_I64 => box_i64(ent.bits as i64),
                BOX_F64 => PyFloat_FromDouble(f64::from_bits(ent.bits)),
                BOX_BOOL => {
                    let o = if ent.bits != 0 { Py_True() } else { Py_False() };
                    Py_INCREF(o);
                    o
                }
                BOX_NULLABLE_I64 if ent.bound != 0 => box_i64(ent.bits as i64),
                BOX_NULLABLE_F64 if ent.bound != 0 => PyFloat_FromDouble(f64::from_bits(ent.bits)),
                BOX_NUM if ent.bound != 0 => PyFloat_FromDouble(f64::from_bits(ent.bits)),
                BOX_NUM => box_i64(ent.bits as i64),
                BOX_KNOWN => {
                    let o = ent.bits as usize as *mut PyObject;
                    Py_INCREF(o);
                    o
                }
                _ => std::ptr::null_mut(),
            };
        }
    }
}

/// An int's object for the sync helpers: `cpython::long_from_i64`, with the small ints this
/// process checked.
///
/// # Safety
/// GIL held.
unsafe fn box_i64(v: i64) -> *mut PyObject {
    // SAFETY: GIL held; `SMALL_INTS` is 0 or checked.
    unsafe {
        crate::cpython::long_from_i64(
            v,
            super::calls::SMALL_INTS.load(std::sync::atomic::Ordering::Relaxed),
        )
    }
}

/// The typed tier's full sync of its fast locals, from the arrays where it keeps the bits of
/// each unboxed local (`shadow`, and `bound` for a local that may be unbound): every local in
/// `maybe` whose slot is NULL gets a box (a float for `floats`, `True`/`False` for `bools`, an
/// int else; nothing for an unbound one of `nullable`). A slot that holds an object already
/// holds this value's. The masks are constants of the call site, so each site is one call.
///
/// # Safety
/// GIL held; `locals` is a frame's `localsplus`, with more than the highest bit of `maybe`
/// slots; `shadow` and `bound` hold those locals' current values.
pub unsafe extern "C" fn rjit_box_locals(
    locals: *mut *mut PyObject,
    shadow: *const u64,
    bound: *const u8,
    maybe: u64,
    floats: u64,
    bools: u64,
    nullable: u64,
) {
    let mut m = maybe;
    while m != 0 {
        let j = m.trailing_zeros() as usize;
        m &= m - 1;
        let bit = 1u64 << j;
        // SAFETY: `j` is a local of the frame (the caller's contract); the C API calls box
        // numbers and return new references, which the slot takes.
        unsafe {
            let slot = locals.add(j);
            if !(*slot).is_null() || (nullable & bit != 0 && *bound.add(j) == 0) {
                continue;
            }
            let bits = *shadow.add(j);
            *slot = if floats & bit != 0 {
                PyFloat_FromDouble(f64::from_bits(bits))
            } else if bools & bit != 0 {
                let o = if bits != 0 { Py_True() } else { Py_False() };
                Py_INCREF(o);
                o
            } else {
                box_i64(bits as i64)
            };
        }
    }
}

/// `**=` (`_PyNumber_InPlacePowerNoMod`).
///
/// # Safety
/// GIL held.
pub unsafe extern "C" fn rjit_inplace_power(l: *mut PyObject, r: *mut PyObject) -> *mut PyObject {
    // SAFETY: public C API.
    unsafe { PyNumber_InPlacePower(l, r, Py_None()) }
}

/// UNPACK_SEQUENCE n (ceval.c `unpack_iterable` with `argcntafter == -1`): writes the `n`
/// items to `out[0..n)` with the *first* item at `out[n-1]` (the new top of stack).
/// Ownership: `seq` borrowed (the caller releases it); on success `out` holds `n` new
/// references; on failure nothing is left in `out`, an exception is set and -1 returned.
///
/// # Safety
/// GIL held; `out` has `n` writable slots.
pub unsafe extern "C" fn rjit_unpack_sequence(
    seq: *mut PyObject,
    n: c_int,
    out: *mut *mut PyObject,
) -> c_int {
    // SAFETY: public C API on live objects; `out` slots are owned by compiled code.
    unsafe {
        let n = n as usize;
        if (PyTuple_CheckExact(seq) != 0 || PyList_CheckExact(seq) != 0)
            && Py_SIZE(seq) as usize == n
        {
            let items = if PyTuple_CheckExact(seq) != 0 {
                (seq as *mut u8).add(cpython::TUPLE_ITEMS) as *mut *mut PyObject
            } else {
                *((seq as *mut u8).add(cpython::LIST_ITEMS) as *mut *mut *mut PyObject)
            };
            for i in 0..n {
                let w = *items.add(i);
                Py_INCREF(w);
                *out.add(n - 1 - i) = w;
            }
            return 0;
        }
        unpack_iterable(seq, n, None, out)
    }
}

/// ceval.c `unpack_iterable`: `argcnt` items, then (with `after`) a list of the middle and
/// `after` trailing items, written downwards from `out[total - 1]` (the first item on top).
/// Ownership: `seq` borrowed; on success `out[0..total)` holds new references; on failure
/// nothing is left in `out`, an exception is set and -1 returned.
///
/// # Safety
/// GIL held; `out` has `argcnt + after + 1` (or `argcnt`) writable slots.
pub(crate) unsafe fn unpack_iterable(
    seq: *mut PyObject,
    argcnt: usize,
    after: Option<usize>,
    out: *mut *mut PyObject,
) -> c_int {
    // SAFETY: public C API on live objects; `out` slots are owned by compiled code.
    unsafe {
        let total = argcnt + after.map_or(0, |a| a + 1);
        let it = PyObject_GetIter(seq);
        if it.is_null() {
            if PyErr_ExceptionMatches(PyExc_TypeError) != 0
                && (*Py_TYPE(seq)).tp_iter.is_none()
                && PySequence_Check(seq) == 0
            {
                PyErr_Format(
                    PyExc_TypeError,
                    c"cannot unpack non-iterable %.200s object".as_ptr(),
                    (*Py_TYPE(seq)).tp_name,
                );
            }
            return -1;
        }
        let slot = |i: usize| out.add(total - 1 - i);
        let fail = |got: usize| {
            for k in 0..got {
                Py_DECREF(*slot(k));
            }
            Py_DECREF(it);
            -1
        };
        let mut got = 0usize;
        while got < argcnt {
            let w = PyIter_Next(it);
            if w.is_null() {
                if PyErr_Occurred().is_null() {
                    match after {
                        None => PyErr_Format(
                            PyExc_ValueError,
                            c"not enough values to unpack (expected %d, got %d)".as_ptr(),
                            argcnt as c_int,
                            got as c_int,
                        ),
                        Some(a) => PyErr_Format(
                            PyExc_ValueError,
                            c"not enough values to unpack (expected at least %d, got %d)".as_ptr(),
                            (argcnt + a) as c_int,
                            got as c_int,
                        ),
                    };
                }
                return fail(got);
            }
            *slot(got) = w;
            got += 1;
        }
        let Some(after) = after else {
            let w = PyIter_Next(it);
            if w.is_null() {
                if !PyErr_Occurred().is_null() {
                    return fail(got);
                }
                Py_DECREF(it);
                return 0;
            }
            Py_DECREF(w);
            // 3.11 has no "got N" variant of this message (that arrived in 3.12).
            PyErr_Format(
                PyExc_ValueError,
                c"too many values to unpack (expected %d)".as_ptr(),
                argcnt as c_int,
            );
            return fail(got);
        };
        let l = PySequence_List(it);
        if l.is_null() {
            return fail(got);
        }
        *slot(got) = l;
        got += 1;
        let ll = PyList_GET_SIZE(l) as usize;
        if ll < after {
            PyErr_Format(
                PyExc_ValueError,
                c"not enough values to unpack (expected at least %d, got %zd)".as_ptr(),
                (argcnt + after) as c_int,
                (argcnt + ll) as Py_ssize_t,
            );
            return fail(got);
        }
        // The trailing items move out of the list (their references are stolen), then the list
        // is shortened, exactly as ceval.c does.
        let items = *((l as *mut u8).add(cpython::LIST_ITEMS) as *mut *mut *mut PyObject);
        for j in (1..=after).rev() {
            *slot(got) = *items.add(ll - j);
            got += 1;
        }
        (*(l as *mut PyVarObject)).ob_size = (ll - after) as Py_ssize_t;
        Py_DECREF(it);
        0
    }
}
