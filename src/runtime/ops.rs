//! Stack-op helpers: one `extern "C"` function per opcode that tier1 does not inline, each a
//! transcription of that opcode's `TARGET` in 3.11.7's `ceval.c` (same messages, same order of
//! evaluation, same reference-count effects).
//!
//! Calling convention (`StackOp`): `(tstate, frame, sp, oparg) -> c_int`. Compiled code spills
//! the top `touch` value-stack slots into the frame's own stack area and passes `sp`, the
//! address of the lowest of them. The top `pops` of those are consumed; on success the helper
//! writes its `pushes` results at `sp[touch - pops ..]` and returns 0. On failure it returns
//! -1 with an exception set ("error": a traceback entry is due), or 1 for a re-raise that must
//! not add one ("exception_unwind" in ceval.c), and in both cases it has released exactly the
//! `pops` consumed inputs and written nothing. The shapes are listed in `tier1_llvm::lower::ops`.
//! Ownership: every slot is an owned reference (or a NULL the interpreter also pushes).
//! Invariant: no helper panics (no indexing, no unwrap), so nothing unwinds across `extern "C"`.

// Every `rjit_op_*` has the same safety contract, the `StackOp` convention in `ops`' header
// (GIL held; `frame` live; `sp` spans the touched slots plus the declared pushes).
#![allow(clippy::missing_safety_doc)]

use std::ffi::{c_char, c_int};
use std::ptr;

use pyo3_ffi::*;

use crate::cpython::{self, InterpreterFrame, ffi as cffi};

/// Signature of every stack-op helper.
pub type StackOp = unsafe extern "C" fn(
    *mut PyThreadState,
    *mut InterpreterFrame,
    *mut *mut PyObject,
    c_int,
) -> c_int;

pub(super) const OK: c_int = 0;
pub(super) const ERROR: c_int = -1;
/// A re-raise: unwind without adding a traceback entry (ceval.c's `goto exception_unwind`).
pub(super) const UNWIND: c_int = 1;

pub(crate) const NAME_ERROR_MSG: &std::ffi::CStr = c"name '%.200s' is not defined";
const UNBOUNDLOCAL_ERROR_MSG: &std::ffi::CStr =
    c"cannot access local variable '%s' where it is not associated with a value";
const UNBOUNDFREE_ERROR_MSG: &std::ffi::CStr =
    c"cannot access free variable '%s' where it is not associated with a value in enclosing scope";

#[inline(always)]
pub(super) unsafe fn at(sp: *mut *mut PyObject, i: usize) -> *mut PyObject {
    // SAFETY: callers index only inside the touched region.
    unsafe { *sp.add(i) }
}

#[inline(always)]
pub(super) unsafe fn put(sp: *mut *mut PyObject, i: usize, v: *mut PyObject) {
    // SAFETY: callers write only inside the touched region plus the declared pushes.
    unsafe { *sp.add(i) = v }
}

unsafe fn code_of(frame: *mut InterpreterFrame) -> &'static cpython::PyCodeObject311 {
    // SAFETY: a live frame holds a strong reference to its code object.
    unsafe { &*(*frame).f_code }
}

/// `co_names[i]`, borrowed.
unsafe fn name_at(frame: *mut InterpreterFrame, i: c_int) -> *mut PyObject {
    // SAFETY: the compiler only emits in-range name indices.
    unsafe { PyTuple_GET_ITEM(code_of(frame).co_names, i as Py_ssize_t) }
}

/// `co_localsplusnames[i]`, borrowed.
unsafe fn local_name(frame: *mut InterpreterFrame, i: c_int) -> *mut PyObject {
    // SAFETY: the compiler only emits in-range local indices.
    unsafe { PyTuple_GET_ITEM(code_of(frame).co_localsplusnames, i as Py_ssize_t) }
}

unsafe fn local(frame: *mut InterpreterFrame, i: c_int) -> *mut *mut PyObject {
    // SAFETY: localsplus has co_nlocalsplus slots.
    unsafe { ((*frame).localsplus.as_mut_ptr()).add(i as usize) }
}

unsafe fn type_name(o: *mut PyObject) -> *const c_char {
    // SAFETY: every live object has a type with a name.
    unsafe { (*Py_TYPE(o)).tp_name }
}

/// ceval.c `format_exc_check_arg`: set `exc` with `msg % name`; for NameError also set `.name`
/// (used for "Did you mean" suggestions).
pub(crate) unsafe fn format_exc_check_arg(
    exc: *mut PyObject,
    msg: &std::ffi::CStr,
    name: *mut PyObject,
) {
    // SAFETY: GIL held; name is a str.
    unsafe {
        let s = PyUnicode_AsUTF8(name);
        if s.is_null() {
            return;
        }
        PyErr_Format(exc, msg.as_ptr(), s);
        if exc == PyExc_NameError {
            let (mut t, mut v, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
            PyErr_Fetch(&mut t, &mut v, &mut tb);
            PyErr_NormalizeException(&mut t, &mut v, &mut tb);
            if !v.is_null()
                && PyErr_GivenExceptionMatches(v, PyExc_NameError) != 0
                && PyObject_SetAttrString(v, c"name".as_ptr(), name) < 0
            {
                PyErr_Clear();
            }
            PyErr_Restore(t, v, tb);
        }
    }
}

/// ceval.c `format_exc_unbound`.
unsafe fn format_exc_unbound(frame: *mut InterpreterFrame, oparg: c_int) {
    // SAFETY: GIL held.
    unsafe {
        if !PyErr_Occurred().is_null() {
            return;
        }
        let co = code_of(frame);
        let name = local_name(frame, oparg);
        if oparg < co.co_nplaincellvars + co.co_nlocals {
            format_exc_check_arg(PyExc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG, name);
        } else {
            format_exc_check_arg(PyExc_NameError, UNBOUNDFREE_ERROR_MSG, name);
        }
    }
}

/// `dict[name]` through `PyDict_GetItemWithError`, whatever dict subclass `dict` is (as
/// LOAD_NAME reads globals). Ok(NULL) is absent, Ok(v) a new reference, Err an exception set.
unsafe fn dict_get(dict: *mut PyObject, name: *mut PyObject) -> Result<*mut PyObject, ()> {
    // SAFETY: GIL held; dict is a dict, name a str.
    unsafe {
        let v = PyDict_GetItemWithError(dict, name);
        if !v.is_null() {
            Py_INCREF(v);
            return Ok(v);
        }
        if PyErr_Occurred().is_null() {
            Ok(ptr::null_mut())
        } else {
            Err(())
        }
    }
}

/// `ns[name]` as the name opcodes look up locals and builtins: `dict_get` for an exact dict,
/// else `PyObject_GetItem` with KeyError meaning absent. Same results as `dict_get`.
unsafe fn lookup(ns: *mut PyObject, name: *mut PyObject) -> Result<*mut PyObject, ()> {
    // SAFETY: GIL held; ns and name borrowed.
    unsafe {
        if PyDict_CheckExact(ns) != 0 {
            return dict_get(ns, name);
        }
        let v = PyObject_GetItem(ns, name);
        if v.is_null() {
            if PyErr_ExceptionMatches(PyExc_KeyError) == 0 {
                return Err(());
            }
            PyErr_Clear();
        }
        Ok(v)
    }
}

// ----- locals, cells, free variables ------------------------------------------------------

/// MAKE_CELL i (0 in, 0 out).
pub unsafe extern "C" fn rjit_op_make_cell(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    _: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; slot i is a local (possibly NULL) that becomes a cell.
    unsafe {
        let slot = local(f, i);
        let initial = *slot;
        let cell = cffi::PyCell_New(initial);
        if cell.is_null() {
            return ERROR;
        }
        *slot = cell;
        Py_XDECREF(initial);
    }
    OK
}

/// COPY_FREE_VARS n (0 in, 0 out): the function's closure cells into the last n slots.
pub unsafe extern "C" fn rjit_op_copy_free_vars(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    _: *mut *mut PyObject,
    n: c_int,
) -> c_int {
    // SAFETY: GIL held; f_func is a function whose closure is a tuple of n cells.
    unsafe {
        let func = (*f).f_func as *mut PyFunctionObject;
        let closure = (*func).func_closure;
        let offset = code_of(f).co_nlocalsplus - n;
        for i in 0..n {
            let o = PyTuple_GET_ITEM(closure, i as Py_ssize_t);
            Py_INCREF(o);
            *local(f, offset + i) = o;
        }
    }
    OK
}

/// LOAD_DEREF i (0 in, 1 out).
pub unsafe extern "C" fn rjit_op_load_deref(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; slot i holds a cell.
    unsafe {
        let v = *cpython::cell_ref(*local(f, i));
        if v.is_null() {
            format_exc_unbound(f, i);
            return ERROR;
        }
        Py_INCREF(v);
        put(sp, 0, v);
    }
    OK
}

/// LOAD_DEREF's error when compiled code found cell `i` empty: the interpreter's
/// UnboundLocalError or NameError, set unless an exception is already set.
///
/// # Safety
/// GIL held; `f` live.
pub unsafe extern "C" fn rjit_unbound_deref(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    i: c_int,
) {
    // SAFETY: as documented.
    unsafe { format_exc_unbound(f, i) }
}

/// LOAD_CLASSDEREF i (0 in, 1 out): the class namespace first, then the cell.
pub unsafe extern "C" fn rjit_op_load_classderef(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; class bodies always have f_locals; slot i holds a cell.
    unsafe {
        let mut v = match lookup((*f).f_locals, local_name(f, i)) {
            Ok(v) => v,
            Err(()) => return ERROR,
        };
        if v.is_null() {
            v = *cpython::cell_ref(*local(f, i));
            if v.is_null() {
                format_exc_unbound(f, i);
                return ERROR;
            }
            Py_INCREF(v);
        }
        put(sp, 0, v);
    }
    OK
}

/// STORE_DEREF i (1 in, 0 out).
pub unsafe extern "C" fn rjit_op_store_deref(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; slot i holds a cell; the value's reference moves into it.
    unsafe {
        let cell = cpython::cell_ref(*local(f, i));
        let old = *cell;
        *cell = at(sp, 0);
        Py_XDECREF(old);
    }
    OK
}

/// DELETE_DEREF i (0 in, 0 out).
pub unsafe extern "C" fn rjit_op_delete_deref(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    _: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; slot i holds a cell.
    unsafe {
        let cell = cpython::cell_ref(*local(f, i));
        let old = *cell;
        if !old.is_null() {
            *cell = ptr::null_mut();
            Py_DECREF(old);
            return OK;
        }
        format_exc_unbound(f, i);
    }
    ERROR
}

/// DELETE_FAST i (0 in, 0 out).
pub unsafe extern "C" fn rjit_op_delete_fast(
    t: *mut PyThreadState,
    f: *mut InterpreterFrame,
    _: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held.
    unsafe {
        let slot = local(f, i);
        let v = *slot;
        if !v.is_null() {
            *slot = ptr::null_mut();
            Py_DECREF(v);
            return OK;
        }
        super::helpers::rjit_unbound_local(t, f, i);
    }
    ERROR
}

// ----- names and globals --------------------------------------------------------------------

/// LOAD_NAME i (0 in, 1 out): locals, globals, builtins.
pub unsafe extern "C" fn rjit_op_load_name(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held.
    unsafe {
        let name = name_at(f, i);
        let locals = (*f).f_locals;
        if locals.is_null() {
            PyErr_Format(
                PyExc_SystemError,
                c"no locals when loading %R".as_ptr(),
                name,
            );
            return ERROR;
        }
        // Locals, then globals (always read as a dict, as ceval.c does), then builtins.
        type Get = unsafe fn(*mut PyObject, *mut PyObject) -> Result<*mut PyObject, ()>;
        let steps: [(Get, *mut PyObject); 3] = [
            (lookup, locals),
            (dict_get, (*f).f_globals),
            (lookup, (*f).f_builtins),
        ];
        for (get, ns) in steps {
            match get(ns, name) {
                Err(()) => return ERROR,
                Ok(v) if !v.is_null() => {
                    put(sp, 0, v);
                    return OK;
                }
                Ok(_) => {}
            }
        }
        format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG, name);
    }
    ERROR
}

/// STORE_NAME i (1 in, 0 out).
pub unsafe extern "C" fn rjit_op_store_name(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; the value is consumed.
    unsafe {
        let name = name_at(f, i);
        let v = at(sp, 0);
        let ns = (*f).f_locals;
        if ns.is_null() {
            PyErr_Format(
                PyExc_SystemError,
                c"no locals found when storing %R".as_ptr(),
                name,
            );
            Py_DECREF(v);
            return ERROR;
        }
        let err = if PyDict_CheckExact(ns) != 0 {
            PyDict_SetItem(ns, name, v)
        } else {
            PyObject_SetItem(ns, name, v)
        };
        Py_DECREF(v);
        if err != 0 { ERROR } else { OK }
    }
}

/// DELETE_NAME i (0 in, 0 out).
pub unsafe extern "C" fn rjit_op_delete_name(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    _: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held.
    unsafe {
        let name = name_at(f, i);
        let ns = (*f).f_locals;
        if ns.is_null() {
            PyErr_Format(
                PyExc_SystemError,
                c"no locals when deleting %R".as_ptr(),
                name,
            );
            return ERROR;
        }
        if PyObject_DelItem(ns, name) != 0 {
            format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG, name);
            return ERROR;
        }
    }
    OK
}

/// STORE_GLOBAL i (1 in, 0 out).
pub unsafe extern "C" fn rjit_op_store_global(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; the value is consumed.
    unsafe {
        let v = at(sp, 0);
        let err = PyDict_SetItem((*f).f_globals, name_at(f, i), v);
        Py_DECREF(v);
        if err != 0 { ERROR } else { OK }
    }
}

/// DELETE_GLOBAL i (0 in, 0 out).
pub unsafe extern "C" fn rjit_op_delete_global(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    _: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held.
    unsafe {
        let name = name_at(f, i);
        if PyDict_DelItem((*f).f_globals, name) != 0 {
            if PyErr_ExceptionMatches(PyExc_KeyError) != 0 {
                format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG, name);
            }
            return ERROR;
        }
    }
    OK
}

/// DELETE_ATTR i (1 in, 0 out).
pub unsafe extern "C" fn rjit_op_delete_attr(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; the owner is consumed.
    unsafe {
        let owner = at(sp, 0);
        let err = PyObject_SetAttr(owner, name_at(f, i), ptr::null_mut());
        Py_DECREF(owner);
        if err != 0 { ERROR } else { OK }
    }
}

/// DELETE_SUBSCR (2 in: container, sub; 0 out).
pub unsafe extern "C" fn rjit_op_delete_subscr(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; both inputs consumed.
    unsafe {
        let (container, sub) = (at(sp, 0), at(sp, 1));
        let err = PyObject_DelItem(container, sub);
        Py_DECREF(container);
        Py_DECREF(sub);
        if err != 0 { ERROR } else { OK }
    }
}

// ----- imports --------------------------------------------------------------------------------

/// IMPORT_NAME i (2 in: level, fromlist; 1 out). Always calls `builtins.__import__` as found in
/// the frame's builtins (ceval.c's fast path for the unmodified builtin computes the same).
pub unsafe extern "C" fn rjit_op_import_name(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; both inputs consumed.
    unsafe {
        let (level, fromlist) = (at(sp, 0), at(sp, 1));
        let name = name_at(f, i);
        let res = import_name(f, name, fromlist, level);
        Py_DECREF(level);
        Py_DECREF(fromlist);
        if res.is_null() {
            return ERROR;
        }
        put(sp, 0, res);
    }
    OK
}

/// NULL with `MemoryError` set, unless an exception already is (an interned name that could
/// not be made: `calls::interned` reports the failure once).
pub(crate) fn no_memory() -> *mut PyObject {
    // SAFETY: GIL held (the runtime's helpers run with it).
    unsafe {
        if PyErr_Occurred().is_null() {
            PyErr_NoMemory();
        }
    }
    ptr::null_mut()
}

unsafe fn import_name(
    f: *mut InterpreterFrame,
    name: *mut PyObject,
    fromlist: *mut PyObject,
    level: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: GIL held; all arguments borrowed.
    unsafe {
        static KEY: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
        let Some(key) = crate::runtime::calls::interned(&KEY, c"__import__") else {
            return no_memory();
        };
        let import_func = PyDict_GetItemWithError((*f).f_builtins, key);
        if import_func.is_null() {
            if PyErr_Occurred().is_null() {
                PyErr_SetString(PyExc_ImportError, c"__import__ not found".as_ptr());
            }
            return ptr::null_mut();
        }
        let locals = if (*f).f_locals.is_null() {
            Py_None()
        } else {
            (*f).f_locals
        };
        Py_INCREF(import_func);
        let args = [name, (*f).f_globals, locals, fromlist, level];
        let res = PyObject_Vectorcall(import_func, args.as_ptr(), 5, ptr::null_mut());
        Py_DECREF(import_func);
        res
    }
}

/// IMPORT_FROM i (1 touched: the module stays; 1 out).
pub unsafe extern "C" fn rjit_op_import_from(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; the module is borrowed.
    unsafe {
        let res = import_from(at(sp, 0), name_at(f, i));
        if res.is_null() {
            return ERROR;
        }
        put(sp, 1, res);
    }
    OK
}

/// ceval.c `import_from`, including the sys.modules fallback for circular imports (#17636).
unsafe fn import_from(v: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
    // SAFETY: GIL held; v and name borrowed.
    unsafe {
        let mut x = ptr::null_mut();
        if cffi::_PyObject_LookupAttr(v, name, &mut x) != 0 {
            return x;
        }
        let dunder_name = PyUnicode_FromString(c"__name__".as_ptr());
        let mut pkgname = if dunder_name.is_null() {
            ptr::null_mut()
        } else {
            PyObject_GetAttr(v, dunder_name)
        };
        Py_XDECREF(dunder_name);
        if !pkgname.is_null() && PyUnicode_Check(pkgname) == 0 {
            Py_DECREF(pkgname);
            pkgname = ptr::null_mut();
        }
        if !pkgname.is_null() {
            let full = PyUnicode_FromFormat(c"%U.%U".as_ptr(), pkgname, name);
            if full.is_null() {
                Py_DECREF(pkgname);
                return ptr::null_mut();
            }
            let x = cffi::PyImport_GetModule(full);
            Py_DECREF(full);
            if !x.is_null() || !PyErr_Occurred().is_null() {
                Py_DECREF(pkgname);
                return x;
            }
        }
        // error:
        let pkgpath = PyModule_GetFilenameObject(v);
        let pkgname_or_unknown = if pkgname.is_null() {
            let u = PyUnicode_FromString(c"<unknown module name>".as_ptr());
            if u.is_null() {
                Py_XDECREF(pkgpath);
                return ptr::null_mut();
            }
            u
        } else {
            Py_INCREF(pkgname);
            pkgname
        };
        let errmsg;
        if pkgpath.is_null() || PyUnicode_Check(pkgpath) == 0 {
            PyErr_Clear();
            errmsg = PyUnicode_FromFormat(
                c"cannot import name %R from %R (unknown location)".as_ptr(),
                name,
                pkgname_or_unknown,
            );
            PyErr_SetImportError(errmsg, pkgname, ptr::null_mut());
        } else {
            let spec = PyObject_GetAttrString(v, c"__spec__".as_ptr());
            let fmt = if spec_is_initializing(spec) {
                c"cannot import name %R from partially initialized module %R (most likely due to a circular import) (%S)"
            } else {
                c"cannot import name %R from %R (%S)"
            };
            Py_XDECREF(spec);
            errmsg = PyUnicode_FromFormat(fmt.as_ptr(), name, pkgname_or_unknown, pkgpath);
            PyErr_SetImportError(errmsg, pkgname, pkgpath);
        }
        Py_XDECREF(errmsg);
        Py_XDECREF(pkgname_or_unknown);
        Py_XDECREF(pkgpath);
        Py_XDECREF(pkgname);
        ptr::null_mut()
    }
}

/// `_PyModuleSpec_IsInitializing`: `spec._initializing` is true; errors are swallowed.
unsafe fn spec_is_initializing(spec: *mut PyObject) -> bool {
    // SAFETY: GIL held.
    unsafe {
        if spec.is_null() {
            PyErr_Clear();
            return false;
        }
        let v = PyObject_GetAttrString(spec, c"_initializing".as_ptr());
        if v.is_null() {
            PyErr_Clear();
            return false;
        }
        let r = PyObject_IsTrue(v);
        Py_DECREF(v);
        if r < 0 {
            PyErr_Clear();
        }
        r > 0
    }
}

// ----- module and class bodies -----------------------------------------------------------

/// SETUP_ANNOTATIONS (0 in, 0 out).
pub unsafe extern "C" fn rjit_op_setup_annotations(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    _: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held.
    unsafe {
        let locals = (*f).f_locals;
        if locals.is_null() {
            PyErr_Format(
                PyExc_SystemError,
                c"no locals found when setting up annotations".as_ptr(),
            );
            return ERROR;
        }
        let key = PyUnicode_FromString(c"__annotations__".as_ptr());
        if key.is_null() {
            return ERROR;
        }
        let r = setup_annotations(locals, key);
        Py_DECREF(key);
        r
    }
}

unsafe fn setup_annotations(locals: *mut PyObject, key: *mut PyObject) -> c_int {
    // SAFETY: GIL held.
    unsafe {
        match lookup(locals, key) {
            Err(()) => ERROR,
            Ok(ann) if !ann.is_null() => {
                Py_DECREF(ann);
                OK
            }
            Ok(_) => {
                let d = PyDict_New();
                if d.is_null() {
                    return ERROR;
                }
                let err = if PyDict_CheckExact(locals) != 0 {
                    PyDict_SetItem(locals, key, d)
                } else {
                    PyObject_SetItem(locals, key, d)
                };
                Py_DECREF(d);
                if err != 0 { ERROR } else { OK }
            }
        }
    }
}

/// LOAD_BUILD_CLASS (0 in, 1 out).
pub unsafe extern "C" fn rjit_op_load_build_class(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held.
    unsafe {
        let key = PyUnicode_FromString(c"__build_class__".as_ptr());
        if key.is_null() {
            return ERROR;
        }
        let r = lookup((*f).f_builtins, key);
        Py_DECREF(key);
        match r {
            Err(()) => ERROR,
            Ok(bc) if bc.is_null() => {
                PyErr_SetString(PyExc_NameError, c"__build_class__ not found".as_ptr());
                ERROR
            }
            Ok(bc) => {
                put(sp, 0, bc);
                OK
            }
        }
    }
}

/// PRINT_EXPR (1 in, 0 out): `sys.displayhook(value)`.
pub unsafe extern "C" fn rjit_op_print_expr(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; the value is consumed.
    unsafe {
        let value = at(sp, 0);
        let hook = PySys_GetObject(c"displayhook".as_ptr());
        if hook.is_null() {
            PyErr_SetString(PyExc_RuntimeError, c"lost sys.displayhook".as_ptr());
            Py_DECREF(value);
            return ERROR;
        }
        let res = PyObject_CallOneArg(hook, value);
        Py_DECREF(value);
        if res.is_null() {
            return ERROR;
        }
        Py_DECREF(res);
    }
    OK
}

// ----- functions and calls ----------------------------------------------------------------

/// MAKE_FUNCTION flags (1 + popcount(flags) in: defaults?, kwdefaults?, annotations?, closure?,
/// code; 1 out).
pub unsafe extern "C" fn rjit_op_make_function(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    flags: c_int,
) -> c_int {
    // SAFETY: GIL held; every input is consumed (attributes move into the function).
    unsafe {
        let n = (flags & 0xf).count_ones() as usize;
        let code = at(sp, n);
        let func = PyFunction_New(code, (*f).f_globals) as *mut PyFunctionObject;
        Py_DECREF(code);
        if func.is_null() {
            for k in 0..n {
                Py_DECREF(at(sp, k));
            }
            return ERROR;
        }
        let mut k = n;
        if flags & 0x08 != 0 {
            k -= 1;
            (*func).func_closure = at(sp, k);
        }
        if flags & 0x04 != 0 {
            k -= 1;
            (*func).func_annotations = at(sp, k);
        }
        if flags & 0x02 != 0 {
            k -= 1;
            (*func).func_kwdefaults = at(sp, k);
        }
        if flags & 0x01 != 0 {
            k -= 1;
            (*func).func_defaults = at(sp, k);
        }
        put(sp, 0, func as *mut PyObject);
    }
    OK
}

/// ceval.c `format_kwargs_error`.
unsafe fn format_kwargs_error(func: *mut PyObject, kwargs: *mut PyObject) {
    // SAFETY: GIL held; both borrowed.
    unsafe {
        if PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
            PyErr_Clear();
            let funcstr = cffi::_PyObject_FunctionStr(func);
            if !funcstr.is_null() {
                PyErr_Format(
                    PyExc_TypeError,
                    c"%U argument after ** must be a mapping, not %.200s".as_ptr(),
                    funcstr,
                    type_name(kwargs),
                );
                Py_DECREF(funcstr);
            }
        } else if PyErr_ExceptionMatches(PyExc_KeyError) != 0 {
            let (mut t, mut v, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
            PyErr_Fetch(&mut t, &mut v, &mut tb);
            if !v.is_null() && PyTuple_Check(v) != 0 && PyTuple_GET_SIZE(v) == 1 {
                PyErr_Clear();
                let funcstr = cffi::_PyObject_FunctionStr(func);
                if !funcstr.is_null() {
                    let key = PyTuple_GET_ITEM(v, 0);
                    PyErr_Format(
                        PyExc_TypeError,
                        c"%U got multiple values for keyword argument '%S'".as_ptr(),
                        funcstr,
                        key,
                    );
                    Py_DECREF(funcstr);
                }
                Py_XDECREF(t);
                Py_XDECREF(v);
                Py_XDECREF(tb);
            } else {
                PyErr_Restore(t, v, tb);
            }
        }
    }
}

/// CALL_FUNCTION_EX flags (3 or 4 in: NULL, func, callargs, kwargs?; 1 out).
pub unsafe extern "C" fn rjit_op_call_function_ex(
    tstate: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    flags: c_int,
) -> c_int {
    // SAFETY: GIL held; all inputs consumed.
    unsafe {
        let func = at(sp, 1);
        let mut callargs = at(sp, 2);
        let mut kwargs = if flags & 1 != 0 {
            at(sp, 3)
        } else {
            ptr::null_mut()
        };
        let fail = |callargs: *mut PyObject, kwargs: *mut PyObject| {
            Py_XDECREF(callargs);
            Py_XDECREF(kwargs);
            Py_DECREF(func);
            ERROR
        };
        if !kwargs.is_null() && PyDict_CheckExact(kwargs) == 0 {
            let d = PyDict_New();
            if d.is_null() {
                return fail(callargs, kwargs);
            }
            if cffi::_PyDict_MergeEx(d, kwargs, 2) < 0 {
                Py_DECREF(d);
                format_kwargs_error(func, kwargs);
                return fail(callargs, kwargs);
            }
            Py_DECREF(kwargs);
            kwargs = d;
        }
        if PyTuple_CheckExact(callargs) == 0 {
            if (*Py_TYPE(callargs)).tp_iter.is_none() && PySequence_Check(callargs) == 0 {
                let funcstr = cffi::_PyObject_FunctionStr(func);
                if !funcstr.is_null() {
                    PyErr_Format(
                        PyExc_TypeError,
                        c"%U argument after * must be an iterable, not %.200s".as_ptr(),
                        funcstr,
                        type_name(callargs),
                    );
                    Py_DECREF(funcstr);
                }
                return fail(callargs, kwargs);
            }
            let t = PySequence_Tuple(callargs);
            Py_DECREF(callargs);
            callargs = t;
            if callargs.is_null() {
                return fail(ptr::null_mut(), kwargs);
            }
        }
        let result = match super::calls::call_unpacked(tstate, func, callargs, kwargs) {
            Some(r) => r,
            None => PyObject_Call(func, callargs, kwargs),
        };
        Py_DECREF(func);
        Py_DECREF(callargs);
        Py_XDECREF(kwargs);
        if result.is_null() {
            return ERROR;
        }
        put(sp, 0, result);
    }
    OK
}

// ----- builders ---------------------------------------------------------------------------

/// BUILD_SET n (n in, 1 out).
pub unsafe extern "C" fn rjit_op_build_set(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    n: c_int,
) -> c_int {
    // SAFETY: GIL held; items consumed.
    unsafe {
        let set = PySet_New(ptr::null_mut());
        let mut err = set.is_null() as c_int;
        for k in 0..n as usize {
            let item = at(sp, k);
            if err == 0 {
                err = PySet_Add(set, item);
            }
            Py_DECREF(item);
        }
        if err != 0 {
            Py_XDECREF(set);
            return ERROR;
        }
        put(sp, 0, set);
    }
    OK
}

/// BUILD_MAP n (2n in: key, value, …; 1 out).
pub unsafe extern "C" fn rjit_op_build_map(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    n: c_int,
) -> c_int {
    // SAFETY: GIL held; items consumed.
    unsafe {
        let n = n as usize;
        let map = PyDict_New();
        let mut ok = !map.is_null();
        for k in 0..n {
            if ok && PyDict_SetItem(map, at(sp, 2 * k), at(sp, 2 * k + 1)) < 0 {
                ok = false;
            }
        }
        for k in 0..2 * n {
            Py_DECREF(at(sp, k));
        }
        if !ok {
            Py_XDECREF(map);
            return ERROR;
        }
        put(sp, 0, map);
    }
    OK
}

/// BUILD_CONST_KEY_MAP n (n values + a key tuple in, 1 out).
pub unsafe extern "C" fn rjit_op_build_const_key_map(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    n: c_int,
) -> c_int {
    // SAFETY: GIL held; items consumed.
    unsafe {
        let n = n as usize;
        let keys = at(sp, n);
        let release = || {
            for k in 0..=n {
                Py_DECREF(at(sp, k));
            }
        };
        if PyTuple_CheckExact(keys) == 0 || PyTuple_GET_SIZE(keys) as usize != n {
            PyErr_SetString(
                PyExc_SystemError,
                c"bad BUILD_CONST_KEY_MAP keys argument".as_ptr(),
            );
            release();
            return ERROR;
        }
        let map = PyDict_New();
        let mut ok = !map.is_null();
        for k in 0..n {
            if ok && PyDict_SetItem(map, PyTuple_GET_ITEM(keys, k as Py_ssize_t), at(sp, k)) < 0 {
                ok = false;
            }
        }
        release();
        if !ok {
            Py_XDECREF(map);
            return ERROR;
        }
        put(sp, 0, map);
    }
    OK
}

/// BUILD_STRING n (n in, 1 out).
pub unsafe extern "C" fn rjit_op_build_string(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    n: c_int,
) -> c_int {
    // SAFETY: GIL held; items consumed.
    unsafe {
        let empty = PyUnicode_FromStringAndSize(ptr::null(), 0);
        let s = if empty.is_null() {
            ptr::null_mut()
        } else {
            cffi::_PyUnicode_JoinArray(empty, sp, n as isize)
        };
        Py_XDECREF(empty);
        for k in 0..n as usize {
            Py_DECREF(at(sp, k));
        }
        if s.is_null() {
            return ERROR;
        }
        put(sp, 0, s);
    }
    OK
}

/// BUILD_SLICE n (2 or 3 in, 1 out).
pub unsafe extern "C" fn rjit_op_build_slice(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    n: c_int,
) -> c_int {
    // SAFETY: GIL held; items consumed.
    unsafe {
        let step = if n == 3 { at(sp, 2) } else { ptr::null_mut() };
        let (start, stop) = (at(sp, 0), at(sp, 1));
        let slice = PySlice_New(start, stop, step);
        Py_DECREF(start);
        Py_DECREF(stop);
        Py_XDECREF(step);
        if slice.is_null() {
            return ERROR;
        }
        put(sp, 0, slice);
    }
    OK
}

/// LIST_TO_TUPLE (1 in, 1 out).
pub unsafe extern "C" fn rjit_op_list_to_tuple(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; the list is consumed.
    unsafe {
        let list = at(sp, 0);
        let t = PyList_AsTuple(list);
        Py_DECREF(list);
        if t.is_null() {
            return ERROR;
        }
        put(sp, 0, t);
    }
    OK
}

/// SET_ADD i (i+1 touched: set … v; 1 in).
pub unsafe extern "C" fn rjit_op_set_add(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; v consumed, set borrowed.
    unsafe {
        let v = at(sp, i as usize);
        let err = PySet_Add(at(sp, 0), v);
        Py_DECREF(v);
        if err != 0 { ERROR } else { OK }
    }
}

/// MAP_ADD i (i+2 touched: map … key value; 2 in).
pub unsafe extern "C" fn rjit_op_map_add(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; key and value consumed, map borrowed.
    unsafe {
        let (key, value) = (at(sp, i as usize), at(sp, i as usize + 1));
        let err = PyDict_SetItem(at(sp, 0), key, value);
        Py_DECREF(key);
        Py_DECREF(value);
        if err != 0 { ERROR } else { OK }
    }
}

/// LIST_EXTEND i (i+1 touched: list … iterable; 1 in).
pub unsafe extern "C" fn rjit_op_list_extend(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; iterable consumed, list borrowed.
    unsafe {
        let iterable = at(sp, i as usize);
        let none = cffi::_PyList_Extend(at(sp, 0), iterable);
        if none.is_null() {
            if PyErr_ExceptionMatches(PyExc_TypeError) != 0
                && (*Py_TYPE(iterable)).tp_iter.is_none()
                && PySequence_Check(iterable) == 0
            {
                PyErr_Clear();
                PyErr_Format(
                    PyExc_TypeError,
                    c"Value after * must be an iterable, not %.200s".as_ptr(),
                    type_name(iterable),
                );
            }
            Py_DECREF(iterable);
            return ERROR;
        }
        Py_DECREF(none);
        Py_DECREF(iterable);
    }
    OK
}

/// SET_UPDATE i (i+1 touched: set … iterable; 1 in).
pub unsafe extern "C" fn rjit_op_set_update(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; iterable consumed.
    unsafe {
        let iterable = at(sp, i as usize);
        let err = cffi::_PySet_Update(at(sp, 0), iterable);
        Py_DECREF(iterable);
        if err < 0 { ERROR } else { OK }
    }
}

/// DICT_UPDATE i (i+1 touched: dict … update; 1 in).
pub unsafe extern "C" fn rjit_op_dict_update(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; update consumed.
    unsafe {
        let update = at(sp, i as usize);
        if PyDict_Update(at(sp, 0), update) < 0 {
            if PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
                PyErr_Format(
                    PyExc_TypeError,
                    c"'%.200s' object is not a mapping".as_ptr(),
                    type_name(update),
                );
            }
            Py_DECREF(update);
            return ERROR;
        }
        Py_DECREF(update);
    }
    OK
}

/// DICT_MERGE i (i+3 touched: func, args, dict … update; 1 in). The callable two below the
/// dict names itself in the error message.
pub unsafe extern "C" fn rjit_op_dict_merge(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    i: c_int,
) -> c_int {
    // SAFETY: GIL held; update consumed.
    unsafe {
        let update = at(sp, i as usize + 2);
        if cffi::_PyDict_MergeEx(at(sp, 2), update, 2) < 0 {
            format_kwargs_error(at(sp, 0), update);
            Py_DECREF(update);
            return ERROR;
        }
        Py_DECREF(update);
    }
    OK
}

/// FORMAT_VALUE flags (1 or 2 in: value, spec?; 1 out).
pub unsafe extern "C" fn rjit_op_format_value(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    flags: c_int,
) -> c_int {
    // SAFETY: GIL held; inputs consumed.
    unsafe {
        let spec = if flags & 0x04 != 0 {
            at(sp, 1)
        } else {
            ptr::null_mut()
        };
        let mut value = at(sp, 0);
        let conv: Option<unsafe extern "C" fn(*mut PyObject) -> *mut PyObject> = match flags & 0x03
        {
            1 => Some(PyObject_Str),
            2 => Some(PyObject_Repr),
            3 => Some(PyObject_ASCII),
            _ => None,
        };
        if let Some(conv) = conv {
            let r = conv(value);
            Py_DECREF(value);
            if r.is_null() {
                Py_XDECREF(spec);
                return ERROR;
            }
            value = r;
        }
        let result = if PyUnicode_CheckExact(value) != 0 && spec.is_null() {
            value
        } else {
            let r = PyObject_Format(value, spec);
            Py_DECREF(value);
            Py_XDECREF(spec);
            if r.is_null() {
                return ERROR;
            }
            r
        };
        put(sp, 0, result);
    }
    OK
}

/// UNPACK_EX (before | after << 8) (1 in, before + 1 + after out; first item on top).
pub unsafe extern "C" fn rjit_op_unpack_ex(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    arg: c_int,
) -> c_int {
    // SAFETY: GIL held; seq consumed.
    unsafe {
        let seq = at(sp, 0);
        let (before, after) = ((arg & 0xff) as usize, (arg >> 8) as usize);
        let r = super::helpers::unpack_iterable(seq, before, Some(after), sp);
        Py_DECREF(seq);
        r
    }
}

// ----- pattern matching ---------------------------------------------------------------------

/// GET_LEN (1 touched, 1 out).
pub unsafe extern "C" fn rjit_op_get_len(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; the subject stays.
    unsafe {
        let n = PyObject_Size(at(sp, 0));
        if n < 0 {
            return ERROR;
        }
        let o = PyLong_FromSsize_t(n);
        if o.is_null() {
            return ERROR;
        }
        put(sp, 1, o);
    }
    OK
}

/// MATCH_MAPPING / MATCH_SEQUENCE (1 touched, 1 out): oparg is the type flag to test.
pub unsafe extern "C" fn rjit_op_match_flag(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    flag: c_int,
) -> c_int {
    // SAFETY: GIL held.
    unsafe {
        let m = (*Py_TYPE(at(sp, 0))).tp_flags & (flag as std::ffi::c_ulong) != 0;
        let b = if m { Py_True() } else { Py_False() };
        Py_INCREF(b);
        put(sp, 1, b);
    }
    OK
}

/// MATCH_KEYS (2 touched: subject, keys; 1 out: tuple of values or None).
pub unsafe extern "C" fn rjit_op_match_keys(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; both borrowed.
    unsafe {
        let r = super::matching::match_keys(at(sp, 0), at(sp, 1));
        if r.is_null() {
            return ERROR;
        }
        put(sp, 2, r);
    }
    OK
}

/// MATCH_CLASS count (3 in: subject, type, names; 1 out: tuple of attributes or None).
pub unsafe extern "C" fn rjit_op_match_class(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    count: c_int,
) -> c_int {
    // SAFETY: GIL held; all consumed.
    unsafe {
        let (subject, ty, names) = (at(sp, 0), at(sp, 1), at(sp, 2));
        let attrs = super::matching::match_class(subject, ty, count as Py_ssize_t, names);
        Py_DECREF(names);
        Py_DECREF(ty);
        Py_DECREF(subject);
        if attrs.is_null() {
            if !PyErr_Occurred().is_null() {
                return ERROR;
            }
            Py_INCREF(Py_None());
            put(sp, 0, Py_None());
        } else {
            put(sp, 0, attrs);
        }
    }
    OK
}
