//! BINARY_OP on an instance of a class whose operator method is written in Python (`v + w`
//! where `type(v)` defines `__add__`): the method is called through the direct route of
//! `calls`, not through `PyNumber_Add` → `binary_op1` → `slot_nb_add` → `vectorcall_maybe` →
//! `_PyEval_Vector` → the hook.
//!
//! The cases taken follow CPython 3.11.7's protocol exactly: abstract.c's `binary_op1`,
//! `binary_iop1` and the `PyNumber_*` tails, typeobject.c's `SLOT1BINFULL`,
//! `lookup_maybe_method` and `vectorcall_maybe`. The left operand's method is called first, as
//! there; when it returns `NotImplemented`, the right operand's reflected method (a Python class
//! with the same slot) or its C slot runs next, then `binop_type_error`'s TypeError.
//!
//! Invariant: a case is taken only when everything up to the forward call is decided by the
//! checks below (nothing has run yet when they decline, and `PyNumber_*` then does it all):
//! `type(v)` is a heap type whose slot is the Python-method slot function and whose method is a
//! plain function; `type(w)` is `type(v)` or not a subtype of it (a subtype's reflected method
//! would go first); neither type has the sequence slots `PyNumber_*` would fall back to; `**`
//! (ternary) and in-place operators with an in-place method are never taken.

use std::ffi::{CStr, c_int};
use std::ptr;
use std::sync::OnceLock;

use pyo3_ffi::*;

use super::calls;
use crate::cpython::ffi as cffi;

/// The binary operators by BINARY_OP oparg (`opcode._nb_ops`, the in-place forms 13 above):
/// the method, its reflection, and the symbol `binop_type_error` names.
const OPS: [(&CStr, &CStr, &CStr); 13] = [
    (c"__add__", c"__radd__", c"+"),
    (c"__and__", c"__rand__", c"&"),
    (c"__floordiv__", c"__rfloordiv__", c"//"),
    (c"__lshift__", c"__rlshift__", c"<<"),
    (c"__matmul__", c"__rmatmul__", c"@"),
    (c"__mul__", c"__rmul__", c"*"),
    (c"__mod__", c"__rmod__", c"%"),
    (c"__or__", c"__ror__", c"|"),
    (c"__pow__", c"__rpow__", c"**"),
    (c"__rshift__", c"__rrshift__", c">>"),
    (c"__sub__", c"__rsub__", c"-"),
    (c"__truediv__", c"__rtruediv__", c"/"),
    (c"__xor__", c"__rxor__", c"^"),
];
const ADD: usize = 0;
const MUL: usize = 5;
const POW: usize = 8;
/// The in-place symbols, for the TypeError of `x op= y`.
const INPLACE_SYMBOLS: [&CStr; 13] = [
    c"+=", c"&=", c"//=", c"<<=", c"@=", c"*=", c"%=", c"|=", c"**=", c">>=", c"-=", c"/=", c"^=",
];

/// `PyNumberMethods` slot of operator `op` (the binary one, or its in-place form).
fn slot(nb: &PyNumberMethods, op: usize, inplace: bool) -> Option<binaryfunc> {
    match (op, inplace) {
        (0, false) => nb.nb_add,
        (1, false) => nb.nb_and,
        (2, false) => nb.nb_floor_divide,
        (3, false) => nb.nb_lshift,
        (4, false) => nb.nb_matrix_multiply,
        (5, false) => nb.nb_multiply,
        (6, false) => nb.nb_remainder,
        (7, false) => nb.nb_or,
        (9, false) => nb.nb_rshift,
        (10, false) => nb.nb_subtract,
        (11, false) => nb.nb_true_divide,
        (12, false) => nb.nb_xor,
        (0, true) => nb.nb_inplace_add,
        (1, true) => nb.nb_inplace_and,
        (2, true) => nb.nb_inplace_floor_divide,
        (3, true) => nb.nb_inplace_lshift,
        (4, true) => nb.nb_inplace_matrix_multiply,
        (5, true) => nb.nb_inplace_multiply,
        (6, true) => nb.nb_inplace_remainder,
        (7, true) => nb.nb_inplace_or,
        (9, true) => nb.nb_inplace_rshift,
        (10, true) => nb.nb_inplace_subtract,
        (11, true) => nb.nb_inplace_true_divide,
        (12, true) => nb.nb_inplace_xor,
        _ => None,
    }
}

/// Per operator: the address of typeobject.c's slot function for a method defined in Python
/// (`slot_nb_add`, ...; static there), and the interned method names. Read once from a probe
/// class whose methods are all defined.
struct Probe {
    slot_fn: [usize; 13],
    names: [(usize, usize); 13],
}

fn probe() -> Option<&'static Probe> {
    static PROBE: OnceLock<Option<Probe>> = OnceLock::new();
    PROBE
        .get_or_init(|| {
            // SAFETY: GIL held (called from compiled code); the probe class is made by calling
            // `type` with a fresh dict, and any error is cleared.
            unsafe {
                let ns = PyDict_New();
                if ns.is_null() {
                    PyErr_Clear();
                    return None;
                }
                let mut names = [(0usize, 0usize); 13];
                for (k, (name, rname, _)) in OPS.iter().enumerate() {
                    let n = PyUnicode_InternFromString(name.as_ptr());
                    let r = PyUnicode_InternFromString(rname.as_ptr());
                    if n.is_null() || r.is_null() || PyDict_SetItem(ns, n, Py_None()) != 0 {
                        PyErr_Clear();
                        Py_DECREF(ns);
                        return None;
                    }
                    names[k] = (n as usize, r as usize);
                }
                let tp = PyObject_CallFunction(
                    ptr::addr_of_mut!(PyType_Type) as *mut PyObject,
                    c"s()O".as_ptr(),
                    c"_rjit_operator_probe".as_ptr(),
                    ns,
                );
                Py_DECREF(ns);
                if tp.is_null() {
                    PyErr_Clear();
                    return None;
                }
                // The type is kept: its slots are static functions anyway.
                let nb = (*(tp as *mut PyTypeObject)).tp_as_number;
                if nb.is_null() {
                    return None;
                }
                let mut slot_fn = [0usize; 13];
                for (k, s) in slot_fn.iter_mut().enumerate() {
                    if k != POW {
                        *s = slot(&*nb, k, false)? as usize;
                    }
                }
                Some(Probe { slot_fn, names })
            }
        })
        .as_ref()
}

/// BINARY_OP's general path: `PyNumber_*` for operator `oparg` (not `**`), with the operator
/// method of a Python class called directly when the module's conditions hold.
///
/// Ownership: borrows both operands; returns a new reference or NULL with an exception set.
///
/// # Safety
/// GIL held; `tstate` is the current thread state; both operands live.
pub unsafe extern "C" fn rjit_binary_dunder(
    tstate: *mut PyThreadState,
    v: *mut PyObject,
    w: *mut PyObject,
    oparg: c_int,
) -> *mut PyObject {
    // SAFETY: as documented.
    unsafe {
        let (op, inplace) = match oparg as usize {
            k @ 0..=12 => (k, false),
            k @ 13..=25 => (k - 13, true),
            _ => return PyNumber_Add(v, w),
        };
        if let Some(r) = direct(tstate, v, w, op, inplace) {
            return r;
        }
        number_op(v, w, op, inplace)
    }
}

/// `PyNumber_*` of operator `op` (not `**`).
///
/// # Safety
/// GIL held; both operands live.
unsafe fn number_op(v: *mut PyObject, w: *mut PyObject, op: usize, inplace: bool) -> *mut PyObject {
    // SAFETY: public C API.
    unsafe {
        let f: unsafe extern "C" fn(*mut PyObject, *mut PyObject) -> *mut PyObject =
            match (op, inplace) {
                (0, false) => PyNumber_Add,
                (1, false) => PyNumber_And,
                (2, false) => PyNumber_FloorDivide,
                (3, false) => PyNumber_Lshift,
                (4, false) => PyNumber_MatrixMultiply,
                (5, false) => PyNumber_Multiply,
                (6, false) => PyNumber_Remainder,
                (7, false) => PyNumber_Or,
                (9, false) => PyNumber_Rshift,
                (10, false) => PyNumber_Subtract,
                (11, false) => PyNumber_TrueDivide,
                (12, false) => PyNumber_Xor,
                (0, true) => PyNumber_InPlaceAdd,
                (1, true) => PyNumber_InPlaceAnd,
                (2, true) => PyNumber_InPlaceFloorDivide,
                (3, true) => PyNumber_InPlaceLshift,
                (4, true) => PyNumber_InPlaceMatrixMultiply,
                (5, true) => PyNumber_InPlaceMultiply,
                (6, true) => PyNumber_InPlaceRemainder,
                (7, true) => PyNumber_InPlaceOr,
                (9, true) => PyNumber_InPlaceRshift,
                (10, true) => PyNumber_InPlaceSubtract,
                (11, true) => PyNumber_InPlaceTrueDivide,
                (12, true) => PyNumber_InPlaceXor,
                _ => return PyNumber_Power(v, w, Py_None()),
            };
        f(v, w)
    }
}

/// Whether `PyNumber_*`'s tail would try a sequence slot of `v` or `w` for operator `op`
/// (`+` and `*` only): then the case is not taken.
///
/// # Safety
/// Both operands live.
unsafe fn sequence_fallback(v: *mut PyObject, w: *mut PyObject, op: usize, inplace: bool) -> bool {
    // SAFETY: reads of live type objects.
    unsafe {
        let sv = (*Py_TYPE(v)).tp_as_sequence;
        let sw = (*Py_TYPE(w)).tp_as_sequence;
        match op {
            ADD => {
                !sv.is_null()
                    && ((*sv).sq_concat.is_some() || (inplace && (*sv).sq_inplace_concat.is_some()))
            }
            MUL => {
                (!sv.is_null()
                    && ((*sv).sq_repeat.is_some()
                        || (inplace && (*sv).sq_inplace_repeat.is_some())))
                    || (!sw.is_null() && (*sw).sq_repeat.is_some())
            }
            _ => false,
        }
    }
}

/// The case, when taken: `Some(result)`; `None` when declined with nothing run.
///
/// # Safety
/// As `rjit_binary_dunder`.
unsafe fn direct(
    tstate: *mut PyThreadState,
    v: *mut PyObject,
    w: *mut PyObject,
    op: usize,
    inplace: bool,
) -> Option<*mut PyObject> {
    // SAFETY: as documented; `_PyType_Lookup` returns borrowed references, kept alive by the
    // types for the duration of the checks, and the method is held (incref) across its call.
    unsafe {
        if op == POW {
            return None;
        }
        let t = Py_TYPE(v);
        let u = Py_TYPE(w);
        let nb = (*t).tp_as_number;
        if PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE) == 0 || nb.is_null() {
            return None;
        }
        let p = probe()?;
        // binary_iop1: an in-place method would be called first.
        if inplace && slot(&*nb, op, true).is_some() {
            return None;
        }
        let slot_fn = p.slot_fn[op];
        if slot(&*nb, op, false).map(|f| f as usize) != Some(slot_fn) {
            return None;
        }
        if u != t && PyType_IsSubtype(u, t) != 0 {
            return None;
        }
        if sequence_fallback(v, w, op, inplace) {
            return None;
        }
        let (name, rname) = p.names[op];
        let func = cffi::_PyType_Lookup(t, name as *mut PyObject);
        if func.is_null() || Py_TYPE(func) != ptr::addr_of_mut!(PyFunction_Type) {
            return None;
        }
        // SLOT1BINFULL: the left operand's method, unbound (`lookup_maybe_method`).
        Py_INCREF(func);
        Py_INCREF(v);
        Py_INCREF(w);
        let mut args = [ptr::null_mut(), v, w];
        let r = calls::call_consuming(tstate, func, args.as_mut_ptr().add(1), 2, ptr::null_mut());
        if r != Py_NotImplemented() {
            return Some(r);
        }
        Py_DECREF(r);
        if u != t {
            let unb = (*u).tp_as_number;
            let slotw = if unb.is_null() {
                None
            } else {
                slot(&*unb, op, false)
            };
            // SLOT1BINFULL's `do_other`: the right operand's reflected method.
            if slotw.map(|f| f as usize) == Some(slot_fn) {
                let r = call_maybe(w, rname as *mut PyObject, v);
                if r != Py_NotImplemented() {
                    return Some(r);
                }
                Py_DECREF(r);
            } else if let Some(f) = slotw {
                // binary_op1: the right operand's own slot.
                let r = f(v, w);
                if r != Py_NotImplemented() {
                    return Some(r);
                }
                Py_DECREF(r);
            }
        }
        // binop_type_error.
        let symbol = if inplace {
            INPLACE_SYMBOLS[op]
        } else {
            OPS[op].2
        };
        PyErr_Format(
            PyExc_TypeError,
            c"unsupported operand type(s) for %.100s: '%.100s' and '%.100s'".as_ptr(),
            symbol.as_ptr(),
            (*t).tp_name,
            (*u).tp_name,
        );
        Some(ptr::null_mut())
    }
}

/// `vectorcall_maybe(name, [slf, other])` (typeobject.c): `slf`'s method `name`, found on its
/// type as `lookup_maybe_method` does, called with `other`; `NotImplemented` (a new reference)
/// when the type has no such attribute.
///
/// # Safety
/// GIL held; all live.
unsafe fn call_maybe(
    slf: *mut PyObject,
    name: *mut PyObject,
    other: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: public and exported C API; references as `lookup_maybe_method`.
    unsafe {
        let tp = Py_TYPE(slf);
        let res = cffi::_PyType_Lookup(tp, name);
        if res.is_null() {
            if !PyErr_Occurred().is_null() {
                return ptr::null_mut();
            }
            let ni = Py_NotImplemented();
            Py_INCREF(ni);
            return ni;
        }
        let mut args = [ptr::null_mut(), slf, other];
        if PyType_HasFeature(Py_TYPE(res), Py_TPFLAGS_METHOD_DESCRIPTOR) != 0 {
            Py_INCREF(res);
            let r = PyObject_Vectorcall(res, args.as_mut_ptr().add(1), 2, ptr::null_mut());
            Py_DECREF(res);
            r
        } else {
            let bound = match (*Py_TYPE(res)).tp_descr_get {
                None => {
                    Py_INCREF(res);
                    res
                }
                Some(get) => get(res, slf, tp as *mut PyObject),
            };
            if bound.is_null() {
                return ptr::null_mut();
            }
            let r = PyObject_Vectorcall(
                bound,
                args.as_mut_ptr().add(2),
                1 | PY_VECTORCALL_ARGUMENTS_OFFSET,
                ptr::null_mut(),
            );
            Py_DECREF(bound);
            r
        }
    }
}
