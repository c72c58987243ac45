//! Exceptions in compiled code: raising, re-raising, handler entry and `with`.
//!
//! Transcribes 3.11.7 ceval.c: `do_raise`, RERAISE, PUSH_EXC_INFO, POP_EXCEPT,
//! CHECK_EXC_MATCH, CHECK_EG_MATCH (`exception_group_match`), BEFORE_WITH,
//! BEFORE_ASYNC_WITH, WITH_EXCEPT_START, END_ASYNC_FOR, and the `error:` /
//! `exception_unwind:` steps compiled handlers need (`rjit_traceback_here`,
//! `rjit_fetch_exception`). Stack ops follow the `ops::StackOp` convention; a return of 1 means
//! "unwind without a new traceback entry" (ceval.c's `goto exception_unwind`).
//! Invariant: `tstate->exc_info->exc_value` is maintained exactly as the interpreter does, so
//! `sys.exc_info()` and implicit chaining (`__context__`) see the same exception.

// Every `rjit_op_*` has the same safety contract, the `StackOp` convention in `ops`' header
// (GIL held; `frame` live; `sp` spans the touched slots plus the declared pushes).
#![allow(clippy::missing_safety_doc)]

use std::ffi::c_int;
use std::ptr;
use std::sync::OnceLock;

use pyo3_ffi::*;

use super::ops::{ERROR, OK, UNWIND, at, put};
use crate::cpython::{self, InterpreterFrame, ffi as cffi};

unsafe fn exception_class(v: *mut PyObject) -> *mut PyObject {
    // SAFETY: v is an exception instance.
    unsafe { Py_TYPE(v) as *mut PyObject }
}

/// Restore `val` (an exception instance, reference consumed) as the current exception with its
/// own traceback, as RERAISE and END_ASYNC_FOR do.
unsafe fn restore_instance(val: *mut PyObject) {
    // SAFETY: GIL held; val owned.
    unsafe {
        let exc = exception_class(val);
        Py_INCREF(exc);
        let tb = PyException_GetTraceback(val);
        PyErr_Restore(exc, val, tb);
    }
}

/// The `error:` label's traceback step: add this frame (the thread's current, linked frame) to
/// the pending exception's traceback.
///
/// # Safety
/// GIL held; an exception is set; compiled code has linked its frame.
pub unsafe extern "C" fn rjit_traceback_here(tstate: *mut PyThreadState) {
    // SAFETY: public C API; the fetched exception is owned here until restored or released;
    // the current frame is the linked compiled frame (3.11 layouts, `cpython`).
    unsafe {
        // Its frame object exists already (a loop that raises, after the first time): nothing
        // to allocate.
        let frame = cpython::current_frame(tstate);
        if !frame.is_null() && !(*frame).frame_obj.is_null() {
            cffi::PyTraceBack_Here((*frame).frame_obj as *mut _);
            return;
        }
        // PyEval_GetFrame materialises the frame object; if that allocation fails it clears
        // the error it got, where ceval.c's `_PyFrame_GetFrameObject` leaves its MemoryError
        // in place of the pending exception. So: keep the exception aside, and on failure
        // end with a MemoryError, as the interpreter does (no traceback entry then).
        let (mut exc, mut val, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
        PyErr_Fetch(&mut exc, &mut val, &mut tb);
        let f = cffi::PyEval_GetFrame();
        if f.is_null() {
            Py_XDECREF(exc);
            Py_XDECREF(val);
            Py_XDECREF(tb);
            PyErr_NoMemory();
            return;
        }
        PyErr_Restore(exc, val, tb);
        cffi::PyTraceBack_Here(f);
    }
}

/// ceval.c `call_exc_trace`: report the pending exception to the `sys.settrace` function, as
/// the `error:` label does. Called only when tracing is on (a callee switched it on). If the
/// trace function raises, its exception replaces the pending one.
///
/// # Safety
/// GIL held; an exception is set; compiled code has linked `frame`.
pub unsafe extern "C" fn rjit_trace_exception(
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
) {
    // SAFETY: GIL held; the frame object is this thread's current (linked, complete) frame.
    unsafe {
        let Some((func, obj)) = cpython::trace_func(tstate) else {
            return;
        };
        if cpython::is_tracing(tstate) {
            return;
        }
        let (mut ty, mut value, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
        PyErr_Fetch(&mut ty, &mut value, &mut tb);
        if value.is_null() {
            Py_INCREF(Py_None());
            value = Py_None();
        }
        PyErr_NormalizeException(&mut ty, &mut value, &mut tb);
        let arg = PyTuple_Pack(3, ty, value, if tb.is_null() { Py_None() } else { tb });
        let f = cffi::PyEval_GetFrame();
        if arg.is_null() || f.is_null() {
            Py_XDECREF(arg);
            PyErr_Restore(ty, value, tb);
            return;
        }
        let code = (*frame).f_code;
        let lasti = (*frame)
            .prev_instr
            .offset_from((*code).co_code_adaptive.as_ptr());
        let what = cpython::tracing_what(tstate);
        let old_what = *what;
        *what = PyTrace_EXCEPTION;
        cffi::PyThreadState_EnterTracing(tstate);
        *cpython::frame_object_lineno(f) =
            PyCode_Addr2Line(code as *mut PyCodeObject, (lasti * 2) as c_int);
        let err = func(obj, f as *mut PyFrameObject, PyTrace_EXCEPTION, arg);
        *cpython::frame_object_lineno(f) = 0;
        cffi::PyThreadState_LeaveTracing(tstate);
        *what = old_what;
        Py_DECREF(arg);
        if err == 0 {
            PyErr_Restore(ty, value, tb);
        } else {
            Py_XDECREF(ty);
            Py_XDECREF(value);
            Py_XDECREF(tb);
        }
    }
}

/// `exception_unwind:` after the stack was popped: fetch, normalise and attach the traceback;
/// returns the exception value (new reference) to push for the handler.
///
/// # Safety
/// GIL held; an exception is set.
pub unsafe extern "C" fn rjit_fetch_exception(_tstate: *mut PyThreadState) -> *mut PyObject {
    // SAFETY: public C API.
    unsafe {
        let (mut exc, mut val, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
        if PyErr_Occurred().is_null() {
            // An rjit bug (a helper reported an error without setting one): say so rather
            // than hand the handler a non-exception.
            PyErr_SetString(
                PyExc_SystemError,
                c"rjit: error return without an exception set".as_ptr(),
            );
        }
        PyErr_Fetch(&mut exc, &mut val, &mut tb);
        PyErr_NormalizeException(&mut exc, &mut val, &mut tb);
        if val.is_null() {
            // Normalisation cannot fail to produce an instance (it falls back to MemoryError),
            // but never push NULL.
            Py_XDECREF(exc);
            Py_XDECREF(tb);
            PyErr_NoMemory();
            PyErr_Fetch(&mut exc, &mut val, &mut tb);
            PyErr_NormalizeException(&mut exc, &mut val, &mut tb);
        }
        PyException_SetTraceback(val, if tb.is_null() { Py_None() } else { tb });
        Py_XDECREF(tb);
        Py_XDECREF(exc);
        val
    }
}

/// `PyLong(lasti)` pushed under the exception for handlers with the `lasti` bit. Read from the
/// frame, not the raising instruction: a `RERAISE 1` has just restored an older `lasti`.
///
/// # Safety
/// GIL held; `frame` is live.
pub unsafe extern "C" fn rjit_lasti(frame: *mut InterpreterFrame) -> *mut PyObject {
    // SAFETY: prev_instr points into the frame's own code; PyLong_FromLong is public.
    unsafe {
        let code = (*frame).f_code;
        let lasti = (*frame)
            .prev_instr
            .offset_from((*code).co_code_adaptive.as_ptr());
        let v = PyLong_FromLong(lasti as std::ffi::c_long);
        if v.is_null() {
            // Out of memory: the MemoryError now pending replaces the exception being
            // unwound (as in ceval.c, which restarts the unwind with it). Keep the stack well
            // formed; never clear the error, or the handler would get no exception at all.
            Py_INCREF(Py_None());
            return Py_None();
        }
        v
    }
}

/// RAISE_VARARGS n (n in: exc?, cause?). Returns -1 (error) or 1 for a bare `raise`.
pub unsafe extern "C" fn rjit_op_raise_varargs(
    t: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    n: c_int,
) -> c_int {
    // SAFETY: GIL held; inputs consumed.
    unsafe {
        match n {
            0 => do_raise(t, ptr::null_mut(), ptr::null_mut()),
            1 => do_raise(t, at(sp, 0), ptr::null_mut()),
            2 => do_raise(t, at(sp, 0), at(sp, 1)),
            _ => {
                PyErr_SetString(PyExc_SystemError, c"bad RAISE_VARARGS oparg".as_ptr());
                ERROR
            }
        }
    }
}

/// ceval.c `do_raise`; `exc` and `cause` are consumed.
unsafe fn do_raise(t: *mut PyThreadState, exc: *mut PyObject, cause: *mut PyObject) -> c_int {
    // SAFETY: GIL held.
    unsafe {
        if exc.is_null() {
            let item = cffi::_PyErr_GetTopmostException(t);
            let value = *item;
            if value.is_null() || value == Py_None() {
                PyErr_SetString(
                    PyExc_RuntimeError,
                    c"No active exception to reraise".as_ptr(),
                );
                return ERROR;
            }
            Py_INCREF(value);
            restore_instance(value);
            return UNWIND;
        }
        let (ty, value);
        if PyExceptionClass_Check(exc) != 0 {
            ty = exc;
            value = PyObject_CallNoArgs(exc);
            if value.is_null() {
                Py_DECREF(ty);
                Py_XDECREF(cause);
                return ERROR;
            }
            if PyExceptionInstance_Check(value) == 0 {
                PyErr_Format(
                    PyExc_TypeError,
                    c"calling %R should have returned an instance of BaseException, not %R"
                        .as_ptr(),
                    ty,
                    Py_TYPE(value),
                );
                Py_DECREF(value);
                Py_DECREF(ty);
                Py_XDECREF(cause);
                return ERROR;
            }
        } else if PyExceptionInstance_Check(exc) != 0 {
            value = exc;
            ty = exception_class(exc);
            Py_INCREF(ty);
        } else {
            Py_DECREF(exc);
            PyErr_SetString(
                PyExc_TypeError,
                c"exceptions must derive from BaseException".as_ptr(),
            );
            Py_XDECREF(cause);
            return ERROR;
        }
        if !cause.is_null() {
            let fixed;
            if PyExceptionClass_Check(cause) != 0 {
                fixed = PyObject_CallNoArgs(cause);
                if fixed.is_null() {
                    Py_DECREF(value);
                    Py_DECREF(ty);
                    Py_DECREF(cause);
                    return ERROR;
                }
                Py_DECREF(cause);
            } else if PyExceptionInstance_Check(cause) != 0 {
                fixed = cause;
            } else if cause == Py_None() {
                Py_DECREF(cause);
                fixed = ptr::null_mut();
            } else {
                PyErr_SetString(
                    PyExc_TypeError,
                    c"exception causes must derive from BaseException".as_ptr(),
                );
                Py_DECREF(value);
                Py_DECREF(ty);
                Py_DECREF(cause);
                return ERROR;
            }
            PyException_SetCause(value, fixed);
        }
        PyErr_SetObject(ty, value);
        Py_DECREF(value);
        Py_DECREF(ty);
        ERROR
    }
}

/// RERAISE oparg (oparg+1 touched: lasti? … val; 1 in). Always unwinds without a new
/// traceback entry; with oparg, `f_lasti` is restored from the saved `lasti` first.
pub unsafe extern "C" fn rjit_op_reraise(
    _: *mut PyThreadState,
    f: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    oparg: c_int,
) -> c_int {
    // SAFETY: GIL held; val consumed.
    unsafe {
        let val = at(sp, oparg as usize);
        if oparg != 0 {
            let lasti = at(sp, 0);
            if PyLong_Check(lasti) == 0 {
                PyErr_SetString(PyExc_SystemError, c"lasti is not an int".as_ptr());
                Py_DECREF(val);
                return ERROR;
            }
            let code = (*f).f_code;
            (*f).prev_instr = (*code)
                .co_code_adaptive
                .as_mut_ptr()
                .offset(PyLong_AsLong(lasti) as isize);
        }
        restore_instance(val);
    }
    UNWIND
}

/// PUSH_EXC_INFO (1 in: exc; 2 out: previous exc_info value, exc).
pub unsafe extern "C" fn rjit_op_push_exc_info(
    t: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; exc_info's reference moves to the stack, the new value gains one.
    unsafe {
        let value = at(sp, 0);
        let slot = cpython::exc_info_value(t);
        let prev = *slot;
        if prev.is_null() {
            Py_INCREF(Py_None());
            put(sp, 0, Py_None());
        } else {
            put(sp, 0, prev);
        }
        Py_INCREF(value);
        put(sp, 1, value);
        *slot = value;
    }
    OK
}

/// POP_EXCEPT (1 in): restore the previous exc_info value.
pub unsafe extern "C" fn rjit_op_pop_except(
    t: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; the stack's reference moves into exc_info.
    unsafe {
        let slot = cpython::exc_info_value(t);
        let old = *slot;
        *slot = at(sp, 0);
        Py_XDECREF(old);
    }
    OK
}

const CANNOT_CATCH_MSG: &std::ffi::CStr =
    c"catching classes that do not inherit from BaseException is not allowed";

unsafe fn check_except_type_valid(right: *mut PyObject) -> c_int {
    // SAFETY: GIL held.
    unsafe {
        if PyTuple_Check(right) != 0 {
            for i in 0..PyTuple_GET_SIZE(right) {
                if PyExceptionClass_Check(PyTuple_GET_ITEM(right, i)) == 0 {
                    PyErr_SetString(PyExc_TypeError, CANNOT_CATCH_MSG.as_ptr());
                    return ERROR;
                }
            }
        } else if PyExceptionClass_Check(right) == 0 {
            PyErr_SetString(PyExc_TypeError, CANNOT_CATCH_MSG.as_ptr());
            return ERROR;
        }
    }
    OK
}

unsafe fn check_except_star_type_valid(right: *mut PyObject) -> c_int {
    // SAFETY: GIL held.
    unsafe {
        if check_except_type_valid(right) < 0 {
            return ERROR;
        }
        let mut is_subclass = 0;
        if PyTuple_Check(right) != 0 {
            for i in 0..PyTuple_GET_SIZE(right) {
                is_subclass =
                    PyObject_IsSubclass(PyTuple_GET_ITEM(right, i), PyExc_BaseExceptionGroup);
                if is_subclass < 0 {
                    return ERROR;
                }
                if is_subclass != 0 {
                    break;
                }
            }
        } else {
            is_subclass = PyObject_IsSubclass(right, PyExc_BaseExceptionGroup);
            if is_subclass < 0 {
                return ERROR;
            }
        }
        if is_subclass != 0 {
            PyErr_SetString(
                PyExc_TypeError,
                c"catching ExceptionGroup with except* is not allowed. Use except instead."
                    .as_ptr(),
            );
            return ERROR;
        }
    }
    OK
}

/// CHECK_EXC_MATCH (2 touched: exc, type; 1 in; 1 out: bool).
pub unsafe extern "C" fn rjit_op_check_exc_match(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; the type is consumed, the exception stays.
    unsafe {
        let (left, right) = (at(sp, 0), at(sp, 1));
        if check_except_type_valid(right) < 0 {
            Py_DECREF(right);
            return ERROR;
        }
        let res = PyErr_GivenExceptionMatches(left, right);
        Py_DECREF(right);
        let b = if res != 0 { Py_True() } else { Py_False() };
        Py_INCREF(b);
        put(sp, 1, b);
    }
    OK
}

/// CHECK_EG_MATCH (2 in: exc, type; 2 out: rest and match, or exc and None).
pub unsafe extern "C" fn rjit_op_check_eg_match(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; inputs consumed.
    unsafe {
        let (exc_value, match_type) = (at(sp, 0), at(sp, 1));
        if check_except_star_type_valid(match_type) < 0 {
            Py_DECREF(match_type);
            Py_DECREF(exc_value);
            return ERROR;
        }
        let (mut m, mut rest) = (ptr::null_mut(), ptr::null_mut());
        let res = exception_group_match(exc_value, match_type, &mut m, &mut rest);
        Py_DECREF(match_type);
        if res < 0 || m.is_null() || rest.is_null() {
            Py_XDECREF(m);
            Py_XDECREF(rest);
            Py_DECREF(exc_value);
            return ERROR;
        }
        if m == Py_None() {
            put(sp, 0, exc_value);
            put(sp, 1, m);
            Py_DECREF(rest);
        } else {
            put(sp, 0, rest);
            put(sp, 1, m);
            Py_INCREF(m);
            PyErr_SetExcInfo(ptr::null_mut(), m, ptr::null_mut());
            Py_DECREF(exc_value);
        }
    }
    OK
}

unsafe fn exception_group_match(
    exc_value: *mut PyObject,
    match_type: *mut PyObject,
    m: &mut *mut PyObject,
    rest: &mut *mut PyObject,
) -> c_int {
    // SAFETY: GIL held; arguments borrowed, outputs new references.
    unsafe {
        let none = || {
            Py_INCREF(Py_None());
            Py_None()
        };
        if exc_value == Py_None() {
            *m = none();
            *rest = none();
            return 0;
        }
        let is_eg =
            PyObject_TypeCheck(exc_value, PyExc_BaseExceptionGroup as *mut PyTypeObject) != 0;
        if PyErr_GivenExceptionMatches(exc_value, match_type) != 0 {
            if is_eg {
                Py_INCREF(exc_value);
                *m = exc_value;
            } else {
                let excs = PyTuple_Pack(1, exc_value);
                if excs.is_null() {
                    return -1;
                }
                let msg = PyUnicode_FromString(c"".as_ptr());
                let wrapped = if msg.is_null() {
                    ptr::null_mut()
                } else {
                    let args = [msg, excs];
                    PyObject_Vectorcall(PyExc_BaseExceptionGroup, args.as_ptr(), 2, ptr::null_mut())
                };
                Py_XDECREF(msg);
                Py_DECREF(excs);
                if wrapped.is_null() {
                    return -1;
                }
                *m = wrapped;
            }
            *rest = none();
            return 0;
        }
        if is_eg {
            let name = PyUnicode_FromString(c"split".as_ptr());
            if name.is_null() {
                return -1;
            }
            let args = [exc_value, match_type];
            let pair = PyObject_VectorcallMethod(
                name,
                args.as_ptr(),
                2 | PY_VECTORCALL_ARGUMENTS_OFFSET,
                ptr::null_mut(),
            );
            Py_DECREF(name);
            if pair.is_null() {
                return -1;
            }
            if PyTuple_CheckExact(pair) == 0 {
                PyErr_Format(
                    PyExc_TypeError,
                    c"%.200s.split must return a tuple, not %.200s".as_ptr(),
                    (*Py_TYPE(exc_value)).tp_name,
                    (*Py_TYPE(pair)).tp_name,
                );
                Py_DECREF(pair);
                return -1;
            }
            if PyTuple_GET_SIZE(pair) != 2 {
                PyErr_Format(
                    PyExc_TypeError,
                    c"%.200s.split must return a 2-tuple, got tuple of size %zd".as_ptr(),
                    (*Py_TYPE(exc_value)).tp_name,
                    PyTuple_GET_SIZE(pair),
                );
                Py_DECREF(pair);
                return -1;
            }
            *m = PyTuple_GET_ITEM(pair, 0);
            Py_INCREF(*m);
            *rest = PyTuple_GET_ITEM(pair, 1);
            Py_INCREF(*rest);
            Py_DECREF(pair);
            return 0;
        }
        *m = none();
        *rest = none();
        0
    }
}

/// BEFORE_WITH / BEFORE_ASYNC_WITH (1 in: manager; 2 out: exit, enter result). `oparg` is 1
/// for the async form.
pub unsafe extern "C" fn rjit_op_before_with(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    is_async: c_int,
) -> c_int {
    // SAFETY: GIL held; the manager is consumed.
    unsafe {
        let mgr = at(sp, 0);
        static NAMES: [OnceLock<usize>; 4] = [const { OnceLock::new() }; 4];
        let (enter_name, exit_name) = if is_async != 0 {
            ((&NAMES[0], c"__aenter__"), (&NAMES[1], c"__aexit__"))
        } else {
            ((&NAMES[2], c"__enter__"), (&NAMES[3], c"__exit__"))
        };
        let lookup = |(cell, n): (&'static OnceLock<usize>, &'static std::ffi::CStr)| {
            match crate::runtime::calls::interned(cell, n) {
                Some(s) => cffi::_PyObject_LookupSpecial(mgr, s),
                None => crate::runtime::ops::no_memory(),
            }
        };
        let enter = lookup(enter_name);
        if enter.is_null() {
            if PyErr_Occurred().is_null() {
                let msg = if is_async != 0 {
                    c"'%.200s' object does not support the asynchronous context manager protocol"
                } else {
                    c"'%.200s' object does not support the context manager protocol"
                };
                PyErr_Format(PyExc_TypeError, msg.as_ptr(), (*Py_TYPE(mgr)).tp_name);
            }
            Py_DECREF(mgr);
            return ERROR;
        }
        let exit = lookup(exit_name);
        if exit.is_null() {
            if PyErr_Occurred().is_null() {
                let msg = if is_async != 0 {
                    c"'%.200s' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
                } else {
                    c"'%.200s' object does not support the context manager protocol (missed __exit__ method)"
                };
                PyErr_Format(PyExc_TypeError, msg.as_ptr(), (*Py_TYPE(mgr)).tp_name);
            }
            Py_DECREF(enter);
            Py_DECREF(mgr);
            return ERROR;
        }
        Py_DECREF(mgr);
        let res = PyObject_CallNoArgs(enter);
        Py_DECREF(enter);
        if res.is_null() {
            Py_DECREF(exit);
            return ERROR;
        }
        put(sp, 0, exit);
        put(sp, 1, res);
    }
    OK
}

/// WITH_EXCEPT_START (4 touched: exit, prev exc, lasti, exc; 1 out: `exit(type, exc, tb)`).
pub unsafe extern "C" fn rjit_op_with_except_start(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; all borrowed.
    unsafe {
        let (exit_func, val) = (at(sp, 0), at(sp, 3));
        let exc = exception_class(val);
        let mut tb = PyException_GetTraceback(val);
        if tb.is_null() {
            tb = Py_None();
        } else {
            Py_DECREF(tb);
        }
        let stack = [ptr::null_mut(), exc, val, tb];
        let res = PyObject_Vectorcall(
            exit_func,
            stack.as_ptr().add(1),
            3 | PY_VECTORCALL_ARGUMENTS_OFFSET,
            ptr::null_mut(),
        );
        if res.is_null() {
            return ERROR;
        }
        put(sp, 4, res);
    }
    OK
}

/// END_ASYNC_FOR (2 in: iterator, exc): StopAsyncIteration ends the loop; anything else is
/// re-raised (returns 1).
pub unsafe extern "C" fn rjit_op_end_async_for(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; both consumed.
    unsafe {
        let (it, val) = (at(sp, 0), at(sp, 1));
        if PyErr_GivenExceptionMatches(val, PyExc_StopAsyncIteration) != 0 {
            Py_DECREF(val);
            Py_DECREF(it);
            return OK;
        }
        restore_instance(val);
        Py_DECREF(it);
    }
    UNWIND
}
