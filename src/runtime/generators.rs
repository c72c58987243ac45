//! Generators, coroutines and async generators resumed in compiled code.
//!
//! Creation is `cpython::frames::make_generator`'s (or the interpreter's RETURN_GENERATOR);
//! compiled code resumes the generator's embedded frame, suspends it at YIELD_VALUE with the
//! state `gen_send_ex2` expects (notes/cpython311-pep523.md §4), and runs the delegation
//! opcodes: SEND, GET_AWAITABLE (`_PyCoro_GetAwaitableIter`, `_PyGen_yf` and
//! `format_awaitable_error` re-implemented: 3.11 does not export them), GET_AITER, GET_ANEXT,
//! GET_YIELD_FROM_ITER and ASYNC_GEN_WRAP (`_PyAsyncGenValueWrapperNew`).
//! Invariant: a suspended frame's `stacktop`, `prev_instr` and `gi_frame_state` are exactly what
//! the interpreter would have left, so `throw()`, `close()`, `gi_frame` and `gi_yieldfrom` work.
//!
//! A generator consumed whole by `list(g)`, `tuple(g)`, `set(g)`, `any(g)` or `all(g)`
//! (`drain`) is run by its compiled code with its plain `yield`s consumed in place
//! (`rjit_yield_collect`) instead of suspending the frame once per value. Invariant: that happens only while the
//! drain's own resume of that frame runs (`DRAIN`, per thread, matched on the frame), and only
//! for values whose taking runs no Python code and cannot fail visibly; anything else is
//! yielded as usual and taken by the drain with CPython's own call, so what user code can
//! observe (the order of its side effects, tracebacks, the generator's state) is unchanged.

// Every `rjit_op_*` has the same safety contract, the `StackOp` convention in `ops`' header
// (GIL held; `frame` live; `sp` spans the touched slots plus the declared pushes).
#![allow(clippy::missing_safety_doc)]

use std::cell::Cell;
use std::ffi::c_int;
use std::ptr;
use std::sync::atomic::{AtomicU32, Ordering::Relaxed};

use pyo3_ffi::*;

use super::ops::{ERROR, OK, at, put};
use crate::cpython::{self, InterpreterFrame, ffi as cffi};

/// Resume a generator frame in the interpreter, as given (an unexpected resume point).
///
/// # Safety
/// Called by compiled code at entry, before it linked the frame.
pub unsafe extern "C" fn rjit_resume_in_interpreter(
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
) -> *mut PyObject {
    crate::stats::bump(&crate::stats::DEOPTS);
    // SAFETY: the frame is exactly as CPython handed it to the hook.
    unsafe { cffi::_PyEval_EvalFrameDefault(tstate, frame, 0) }
}

unsafe fn gen_is_coroutine(o: *mut PyObject) -> bool {
    // SAFETY: GIL held.
    unsafe {
        if PyGen_CheckExact(o) != 0 {
            let code =
                *((o as *mut u8).add(cpython::GEN_CODE) as *mut *mut cpython::PyCodeObject311);
            return (*code).co_flags & cpython::CO_ITERABLE_COROUTINE != 0;
        }
        false
    }
}

/// `_PyCoro_GetAwaitableIter` (genobject.c): new reference or NULL with TypeError.
unsafe fn get_awaitable_iter(o: *mut PyObject) -> *mut PyObject {
    // SAFETY: GIL held.
    unsafe {
        if PyCoro_CheckExact(o) != 0 || gen_is_coroutine(o) {
            Py_INCREF(o);
            return o;
        }
        let ot = Py_TYPE(o);
        let getter = if (*ot).tp_as_async.is_null() {
            None
        } else {
            (*(*ot).tp_as_async).am_await
        };
        if let Some(getter) = getter {
            let mut res = getter(o);
            if !res.is_null() {
                if PyCoro_CheckExact(res) != 0 || gen_is_coroutine(res) {
                    PyErr_SetString(
                        PyExc_TypeError,
                        c"__await__() returned a coroutine".as_ptr(),
                    );
                    Py_DECREF(res);
                    res = ptr::null_mut();
                } else if PyIter_Check(res) == 0 {
                    PyErr_Format(
                        PyExc_TypeError,
                        c"__await__() returned non-iterator of type '%.100s'".as_ptr(),
                        (*Py_TYPE(res)).tp_name,
                    );
                    Py_DECREF(res);
                    res = ptr::null_mut();
                }
            }
            return res;
        }
        PyErr_Format(
            PyExc_TypeError,
            c"object %.100s can't be used in 'await' expression".as_ptr(),
            (*ot).tp_name,
        );
        ptr::null_mut()
    }
}

/// `_PyGen_yf`: the iterator a suspended generator is delegating to (new reference), or NULL.
unsafe fn gen_yf(genobj: *mut PyObject) -> *mut PyObject {
    // SAFETY: gen is a live generator-like object; its frame fields are valid while suspended.
    unsafe {
        let state = cpython::gen_frame_state(genobj);
        if state >= cpython::FRAME_CLEARED || state == cpython::FRAME_CREATED {
            return ptr::null_mut();
        }
        let frame = cpython::gen_frame(genobj);
        let next = *(*frame).prev_instr.add(1);
        let op = next & 0xff;
        if (op != cpython::OPCODE_RESUME && op != cpython::OPCODE_RESUME_QUICK) || (next >> 8) < 2 {
            return ptr::null_mut();
        }
        let top = (*frame).stacktop;
        if top < 1 {
            return ptr::null_mut();
        }
        let yf = *(*frame).localsplus.as_mut_ptr().add(top as usize - 1);
        Py_XINCREF(yf);
        yf
    }
}

/// GET_AWAITABLE where (1 in, 1 out). `where` 1/2 names `__aenter__`/`__aexit__` in errors.
pub unsafe extern "C" fn rjit_op_get_awaitable(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    oparg: c_int,
) -> c_int {
    // SAFETY: GIL held; the iterable is consumed.
    unsafe {
        let iterable = at(sp, 0);
        let mut iter = get_awaitable_iter(iterable);
        if iter.is_null() {
            let ty = Py_TYPE(iterable);
            if (*ty).tp_as_async.is_null() || (*(*ty).tp_as_async).am_await.is_none() {
                if oparg == 1 {
                    PyErr_Format(
                        PyExc_TypeError,
                        c"'async with' received an object from __aenter__ that does not implement __await__: %.100s".as_ptr(),
                        (*ty).tp_name,
                    );
                } else if oparg == 2 {
                    PyErr_Format(
                        PyExc_TypeError,
                        c"'async with' received an object from __aexit__ that does not implement __await__: %.100s".as_ptr(),
                        (*ty).tp_name,
                    );
                }
            }
        }
        Py_DECREF(iterable);
        if !iter.is_null() && PyCoro_CheckExact(iter) != 0 {
            let yf = gen_yf(iter);
            if !yf.is_null() {
                Py_DECREF(yf);
                Py_DECREF(iter);
                iter = ptr::null_mut();
                PyErr_SetString(
                    PyExc_RuntimeError,
                    c"coroutine is being awaited already".as_ptr(),
                );
            }
        }
        if iter.is_null() {
            return ERROR;
        }
        put(sp, 0, iter);
    }
    OK
}

/// GET_AITER (1 in, 1 out).
pub unsafe extern "C" fn rjit_op_get_aiter(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; obj consumed.
    unsafe {
        let obj = at(sp, 0);
        let ty = Py_TYPE(obj);
        let getter = if (*ty).tp_as_async.is_null() {
            None
        } else {
            (*(*ty).tp_as_async).am_aiter
        };
        let Some(getter) = getter else {
            PyErr_Format(
                PyExc_TypeError,
                c"'async for' requires an object with __aiter__ method, got %.100s".as_ptr(),
                (*ty).tp_name,
            );
            Py_DECREF(obj);
            return ERROR;
        };
        let iter = getter(obj);
        Py_DECREF(obj);
        if iter.is_null() {
            return ERROR;
        }
        let it = Py_TYPE(iter);
        if (*it).tp_as_async.is_null() || (*(*it).tp_as_async).am_anext.is_none() {
            PyErr_Format(
                PyExc_TypeError,
                c"'async for' received an object from __aiter__ that does not implement __anext__: %.100s".as_ptr(),
                (*it).tp_name,
            );
            Py_DECREF(iter);
            return ERROR;
        }
        put(sp, 0, iter);
    }
    OK
}

/// GET_ANEXT (1 touched: the async iterator stays; 1 out: an awaitable).
pub unsafe extern "C" fn rjit_op_get_anext(
    _: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; aiter borrowed.
    unsafe {
        let aiter = at(sp, 0);
        let ty = Py_TYPE(aiter);
        let getter = if (*ty).tp_as_async.is_null() {
            None
        } else {
            (*(*ty).tp_as_async).am_anext
        };
        let awaitable;
        if PyAsyncGen_CheckExact(aiter) != 0 {
            let Some(getter) = getter else { return ERROR };
            awaitable = getter(aiter);
            if awaitable.is_null() {
                return ERROR;
            }
        } else {
            let Some(getter) = getter else {
                PyErr_Format(
                    PyExc_TypeError,
                    c"'async for' requires an iterator with __anext__ method, got %.100s".as_ptr(),
                    (*ty).tp_name,
                );
                return ERROR;
            };
            let next_iter = getter(aiter);
            if next_iter.is_null() {
                return ERROR;
            }
            awaitable = get_awaitable_iter(next_iter);
            if awaitable.is_null() {
                cffi::_PyErr_FormatFromCause(
                    PyExc_TypeError,
                    c"'async for' received an invalid object from __anext__: %.100s".as_ptr(),
                    (*Py_TYPE(next_iter)).tp_name,
                );
                Py_DECREF(next_iter);
                return ERROR;
            }
            Py_DECREF(next_iter);
        }
        put(sp, 1, awaitable);
    }
    OK
}

/// GET_YIELD_FROM_ITER (1 in, 1 out).
pub unsafe extern "C" fn rjit_op_get_yield_from_iter(
    tstate: *mut PyThreadState,
    f: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; the iterable is consumed.
    unsafe {
        let iterable = at(sp, 0);
        if PyCoro_CheckExact(iterable) != 0 {
            if (*(*f).f_code).co_flags & (cpython::CO_COROUTINE | cpython::CO_ITERABLE_COROUTINE)
                == 0
            {
                Py_DECREF(iterable);
                PyErr_SetString(
                    PyExc_TypeError,
                    c"cannot 'yield from' a coroutine object in a non-coroutine generator".as_ptr(),
                );
                return ERROR;
            }
        } else if PyGen_CheckExact(iterable) == 0 {
            let iter = super::calls::rjit_get_iter(tstate, iterable);
            Py_DECREF(iterable);
            if iter.is_null() {
                return ERROR;
            }
            put(sp, 0, iter);
        }
    }
    OK
}

/// ASYNC_GEN_WRAP (1 in, 1 out): `_PyAsyncGenValueWrapperNew`, with the interpreter's free
/// list of wrappers (which their dealloc fills) as it uses it.
pub unsafe extern "C" fn rjit_op_async_gen_wrap(
    tstate: *mut PyThreadState,
    _: *mut InterpreterFrame,
    sp: *mut *mut PyObject,
    _: c_int,
) -> c_int {
    // SAFETY: GIL held; the value moves into the wrapper (`agw_val`); a free-list entry is a
    // wrapper whose dealloc left it untracked, with no value, for reuse (`_Py_NewReference`).
    unsafe {
        let v = at(sp, 0);
        let interp = cpython::interp_of(tstate) as *mut u8;
        let numfree = interp.add(cpython::INTERP_ASYNC_GEN_VALUE_NUMFREE) as *mut c_int;
        let wrapped = ptr::addr_of_mut!(cffi::_PyAsyncGenWrappedValue_Type);
        let n = *numfree;
        let last = (n > 0 && n <= cpython::ASYNC_GEN_MAXFREELIST)
            .then(|| {
                *(interp.add(cpython::INTERP_ASYNC_GEN_VALUE_FREELIST) as *mut *mut PyObject)
                    .add(n as usize - 1)
            })
            // Every entry is such a wrapper: anything else would mean a layout this build does
            // not know, and the free list is then left alone.
            .filter(|&o| Py_TYPE(o) == wrapped);
        let o = match last {
            Some(o) => {
                *numfree = n - 1;
                cffi::_Py_NewReference(o);
                o
            }
            None => _PyObject_GC_New(wrapped),
        };
        if o.is_null() {
            Py_DECREF(v);
            return ERROR;
        }
        *((o as *mut u8).add(cpython::WRAPPED_VALUE_VAL) as *mut *mut PyObject) = v;
        PyObject_GC_Track(o as *mut std::ffi::c_void);
        put(sp, 0, o);
    }
    OK
}

/// SEND: `PyIter_Send(receiver, v)`. Returns the `PySendResult` (-1 error, 0 return, 1 next)
/// with the result in `*out`. Ownership: `v` consumed, `receiver` borrowed.
///
/// # Safety
/// GIL held.
pub unsafe extern "C" fn rjit_send(
    receiver: *mut PyObject,
    v: *mut PyObject,
    out: *mut *mut PyObject,
) -> c_int {
    // SAFETY: public C API.
    unsafe {
        if let Some(status) = send_compiled(receiver, v, out) {
            return status;
        }
        if Py_TYPE(receiver) == ptr::addr_of_mut!(cffi::_PyAsyncGenASend_Type)
            && let Some(status) = asend_compiled(receiver, v, out)
        {
            return status;
        }
        let status = PyIter_Send(receiver, v, out);
        Py_DECREF(v);
        status as c_int
    }
}

/// SEND to an exact generator or coroutine whose code is compiled (`yield from`, `await` of a
/// coroutine): its frame is resumed in its compiled code directly, as the hook would after
/// `PyIter_Send` → `am_send` → `gen_send_ex2` → `_PyEval_EvalFrame`
/// (`cpython::frames::send_to_frame` is that `gen_send_ex2`). None, with nothing done, unless
/// the direct route is open (no tracing, rjit's evaluator installed) and the frame is in a
/// state `gen_send_ex2` runs.
///
/// # Safety
/// As `rjit_send`; `v` is stolen when Some is returned.
unsafe fn send_compiled(
    receiver: *mut PyObject,
    v: *mut PyObject,
    out: *mut *mut PyObject,
) -> Option<c_int> {
    // SAFETY: GIL held; the generator's code lives as long as the generator.
    unsafe {
        let t = Py_TYPE(receiver);
        if t != ptr::addr_of_mut!(PyGen_Type) && t != ptr::addr_of_mut!(PyCoro_Type) {
            return None;
        }
        let route = compiled_route(receiver)?;
        resume(route, receiver, v, out)
    }
}

/// The current thread and a generator's compiled entry with its runtime table.
type Route = (*mut PyThreadState, super::EntryFn, *const *mut PyObject);

/// Where `generator`'s frame can be resumed in its compiled code directly: the direct route is
/// open (no tracing, rjit's evaluator installed) and the code is compiled.
///
/// # Safety
/// GIL held; `generator` an exact generator, coroutine or async generator.
#[inline(always)]
unsafe fn compiled_route(generator: *mut PyObject) -> Option<Route> {
    // SAFETY: GIL held; the generator's code lives as long as the generator.
    unsafe {
        let tstate = PyThreadState_Get();
        if !super::calls::direct_route_open(tstate) {
            return None;
        }
        let code =
            *((generator as *mut u8).add(cpython::GEN_CODE) as *mut *mut cpython::PyCodeObject311);
        let (entry, table) = super::calls::compiled_entry_of(code)?;
        Some((tstate, entry, table))
    }
}

/// `send_to_frame` with the frame run by the compiled entry of `compiled_route`.
///
/// # Safety
/// As `send_to_frame`, `route` from `compiled_route(generator)` just now.
#[inline(always)]
unsafe fn resume(
    (tstate, entry, table): Route,
    generator: *mut PyObject,
    arg: *mut PyObject,
    out: *mut *mut PyObject,
) -> Option<c_int> {
    // SAFETY: as documented.
    unsafe {
        cpython::frames::send_to_frame(tstate, generator, arg, out, |frame| {
            crate::stats::bump_gil(&crate::stats::DIRECT_ENTRIES);
            entry(tstate, frame, table)
        })
    }
}

/// SEND to the awaitable of an async generator's `__anext__()` or `asend()` whose code is
/// compiled (`async for` over it): `async_gen_asend_send` → `gen_send_ex` →
/// `async_gen_unwrap_value` (Objects/genobject.c, 3.11.7) with the generator's frame resumed in
/// its compiled code (`send_to_frame`), and an async `yield`'s value handed back as the SEND's
/// return value. `PyIter_Send` gets the same value the long way: the wrapped value raised as
/// StopIteration (`_PyGen_SetStopIterationValue`, which walks the thread's whole exception
/// stack) and fetched back (`_PyGen_FetchStopIterationValue` gives the value itself, whatever
/// it is). None, with nothing done, where CPython raises instead (an awaitable already used or
/// closed, the generator already running, a value sent to a fresh one), for a generator not in a
/// state `send_to_frame` runs, and where the direct route is closed.
///
/// # Safety
/// As `rjit_send`, `receiver` an exact `_PyAsyncGenASend_Type`; `v` is stolen when Some is
/// returned.
unsafe fn asend_compiled(
    receiver: *mut PyObject,
    v: *mut PyObject,
    out: *mut *mut PyObject,
) -> Option<c_int> {
    // SAFETY: GIL held; the awaitable holds a reference to its generator, which holds its code.
    unsafe {
        debug_assert_eq!((*Py_TYPE(receiver)).tp_basicsize, cpython::ASEND_BASICSIZE);
        let a = receiver as *mut u8;
        let state = a.add(cpython::ASEND_STATE) as *mut c_int;
        let generator = *(a.add(cpython::ASEND_GEN) as *mut *mut PyObject);
        let running = (generator as *mut u8).add(cpython::GEN_RUNNING_ASYNC) as *mut i8;
        // async_gen_asend_send: `arg` borrowed from `v` or the awaitable.
        let arg = match *state {
            cpython::AWAITABLE_STATE_INIT if *running == 0 => {
                let sendval = *(a.add(cpython::ASEND_SENDVAL) as *mut *mut PyObject);
                if v != Py_None() || sendval.is_null() {
                    v
                } else {
                    sendval
                }
            }
            cpython::AWAITABLE_STATE_ITER => v,
            _ => return None,
        };
        if !cpython::frames::gen_runs(generator, arg) {
            return None;
        }
        let route = compiled_route(generator)?;
        Py_INCREF(arg);
        Py_DECREF(v);
        *state = cpython::AWAITABLE_STATE_ITER;
        *running = 1;
        let mut result = ptr::null_mut();
        let status = resume(route, generator, arg, &mut result);
        // gen_send_ex, then async_gen_unwrap_value.
        match status.map(|s| s == PySendResult::PYGEN_NEXT as c_int) {
            Some(true)
                if Py_TYPE(result) == ptr::addr_of_mut!(cffi::_PyAsyncGenWrappedValue_Type) =>
            {
                let value =
                    *((result as *mut u8).add(cpython::WRAPPED_VALUE_VAL) as *mut *mut PyObject);
                Py_INCREF(value);
                Py_DECREF(result);
                *running = 0;
                // The StopIteration that carries the value closes the awaitable.
                *state = cpython::AWAITABLE_STATE_CLOSED;
                *out = value;
                return Some(PySendResult::PYGEN_RETURN as c_int);
            }
            // An `await` inside the generator suspended it: its value goes out as is.
            Some(true) => {
                *out = result;
                return Some(PySendResult::PYGEN_NEXT as c_int);
            }
            // Returned (always None): the async iteration is over.
            Some(false) if !result.is_null() => {
                Py_DECREF(result);
                PyErr_SetNone(PyExc_StopAsyncIteration);
            }
            Some(false) => {}
            None => PyErr_SetString(
                PyExc_SystemError,
                c"rjit: async generator not resumed".as_ptr(),
            ),
        }
        if PyErr_Occurred().is_null() {
            PyErr_SetNone(PyExc_StopAsyncIteration);
        }
        if PyErr_ExceptionMatches(PyExc_StopAsyncIteration) != 0
            || PyErr_ExceptionMatches(PyExc_GeneratorExit) != 0
        {
            *((generator as *mut u8).add(cpython::GEN_CLOSED) as *mut i8) = 1;
        }
        *running = 0;
        *state = cpython::AWAITABLE_STATE_CLOSED;
        *out = ptr::null_mut();
        Some(PySendResult::PYGEN_ERROR as c_int)
    }
}

/// What consumes a drained generator: `list(g)`, `tuple(g)`, `set(g)`, `any(g)`, `all(g)`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DrainInto {
    List,
    Tuple,
    Set,
    Any,
    All,
}

/// The drain running on this thread: the generator frame whose `yield`s go to `into` (a list
/// or a set, borrowed from `drain`, which owns it while the frame runs; NULL for `any`/`all`).
#[derive(Clone, Copy)]
struct Drain {
    frame: *mut InterpreterFrame,
    into: *mut PyObject,
    kind: DrainInto,
}

thread_local! {
    static DRAIN: Cell<Drain> = const {
        Cell::new(Drain { frame: ptr::null_mut(), into: ptr::null_mut(), kind: DrainInto::List })
    };
}

/// How many drains are running in the process, on any thread: compiled YIELD_VALUE calls
/// `rjit_yield_collect` only while this is not 0 (a 32-bit load; compiled code reads it as
/// `rjit_draining`).
pub static DRAINING: AtomicU32 = AtomicU32::new(0);

/// A plain `yield v` of compiled generator code while a drain runs (`DRAINING`): when `frame`
/// is the frame this thread's drain is running, `v` is consumed as its consumer would consume
/// it (added to the list or set; for `any`/`all`, a truth that does not decide the answer) and
/// the generator goes on as if resumed with None (1, `v` consumed). Otherwise (another frame, a
/// value whose adding or truth could run Python code or fail, memory exhausted, or the truth
/// that decides `any`/`all`) nothing is done (0, `v` still the caller's) and the yield suspends
/// as usual, for `drain` to take the value with CPython's own calls.
///
/// # Safety
/// GIL held; `frame` the running generator frame; `v` a new reference.
pub unsafe extern "C" fn rjit_yield_collect(
    frame: *mut InterpreterFrame,
    v: *mut PyObject,
) -> c_int {
    // SAFETY: the drain's result is alive while its frame runs; GIL held.
    unsafe {
        let d = DRAIN.with(Cell::get);
        if d.frame != frame {
            return 0;
        }
        let status = match d.kind {
            DrainInto::List | DrainInto::Tuple => list_push(d.into, v),
            DrainInto::Set if quiet(v, 2) => PySet_Add(d.into, v),
            // The truth that decides is yielded, leaving the generator suspended after it.
            DrainInto::Any | DrainInto::All
                if quiet(v, 2) && (PyObject_IsTrue(v) == 1) != (d.kind == DrainInto::Any) =>
            {
                0
            }
            _ => return 0,
        };
        if status != 0 {
            // MemoryError: the yield goes the usual way and the drain's own call raises it.
            PyErr_Clear();
            return 0;
        }
        // A value released to nothing here (a duplicate set element, a truth tested) is an
        // int, str, float, bytes, None or a tuple of those: its deallocation runs no Python
        // code either. A list's item keeps the list's reference.
        Py_DECREF(v);
        1
    }
}

/// Whether hashing `v`, comparing it with any other such value, testing its truth and
/// releasing it run no Python code and cannot raise: exact ints, bools, floats, strs, bytes,
/// None, and tuples of them (`depth` levels of tuples).
///
/// # Safety
/// GIL held; `v` live.
unsafe fn quiet(v: *mut PyObject, depth: u32) -> bool {
    // SAFETY: type reads of live objects; a tuple's items are live while it is.
    unsafe {
        let t = Py_TYPE(v);
        if t == ptr::addr_of_mut!(PyLong_Type)
            || t == ptr::addr_of_mut!(PyUnicode_Type)
            || t == ptr::addr_of_mut!(PyFloat_Type)
            || t == ptr::addr_of_mut!(PyBool_Type)
            || t == ptr::addr_of_mut!(PyBytes_Type)
            || v == Py_None()
        {
            return true;
        }
        if t == ptr::addr_of_mut!(PyTuple_Type) && depth > 0 {
            return (0..PyTuple_GET_SIZE(v)).all(|i| quiet(PyTuple_GET_ITEM(v, i), depth - 1));
        }
        false
    }
}

/// `list(g)`, `tuple(g)`, `set(g)`, `any(g)` or `all(g)` of an exact generator whose code is
/// compiled, in a state its first `next` runs (created or suspended), while the direct route
/// is open: CPython's result, with the generator's frame resumed in its compiled code
/// (`resume`) and its plain yields consumed in place (`rjit_yield_collect`), so that a
/// generator expression's loop runs without suspending. A value the yield did not take is
/// taken here with CPython's calls (`PyList_Append`, `PySet_Add`, `PyObject_IsTrue`), with
/// this drain suspended while they run, as `list_extend`, `PySequence_Tuple`,
/// `set_update_internal`, `builtin_any` and `builtin_all` take it; should the route close
/// meanwhile (tracing turned on by such a call), the rest goes through `PyIter_Next`. None,
/// with nothing done, for anything else.
///
/// Ownership: `generator` borrowed; Some holds a new reference or NULL with an exception set
/// (raised inside the generator, or by a call on a value, as CPython's raises it).
///
/// # Safety
/// GIL held.
pub unsafe fn drain(generator: *mut PyObject, kind: DrainInto) -> Option<*mut PyObject> {
    // SAFETY: GIL held; the generator lives while the caller holds it, its frame with it.
    unsafe {
        if Py_TYPE(generator) != ptr::addr_of_mut!(PyGen_Type)
            || !cpython::frames::gen_runs(generator, Py_None())
        {
            return None;
        }
        compiled_route(generator)?;
        let into = match kind {
            DrainInto::Set => PySet_New(ptr::null_mut()),
            DrainInto::List | DrainInto::Tuple => extending_list(),
            DrainInto::Any | DrainInto::All => ptr::null_mut(),
        };
        if into.is_null() && !matches!(kind, DrainInto::Any | DrainInto::All) {
            return Some(ptr::null_mut());
        }
        let d = Drain {
            frame: cpython::gen_frame(generator),
            into,
            kind,
        };
        DRAINING.fetch_add(1, Relaxed);
        let taken = drain_into(generator, d);
        DRAINING.fetch_sub(1, Relaxed);
        let taken = match taken {
            Ok(_) if kind == DrainInto::List && !trim_list(into) => Err(()),
            t => t,
        };
        let r = match (taken, kind) {
            (Err(()), _) => ptr::null_mut(),
            (Ok(decided), DrainInto::Any | DrainInto::All) => {
                // Decided by a value: any's True, all's False; else any's False, all's True.
                let b = if decided {
                    kind == DrainInto::Any
                } else {
                    kind == DrainInto::All
                };
                PyBool_FromLong(b as _)
            }
            (Ok(_), DrainInto::Tuple) => PyList_AsTuple(into),
            (Ok(_), _) => {
                Py_INCREF(into);
                into
            }
        };
        if !into.is_null() {
            Py_DECREF(into);
        }
        Some(r)
    }
}

/// An empty list with room for 8 items, as `list(iterable)` makes it for an iterable without a
/// length (`list_extend`: `list_resize(self, 8)` for `PyObject_LengthHint`'s default, then the
/// size set back to 0), so that the drained list ends with the allocation `list(g)` gives it
/// (`sys.getsizeof` tells). NULL with MemoryError.
///
/// # Safety
/// GIL held.
unsafe fn extending_list() -> *mut PyObject {
    // SAFETY: a fresh list of 8 NULL items; with the size 0 none of them is read.
    unsafe {
        let list = PyList_New(8);
        if !list.is_null() {
            (*(list as *mut PyVarObject)).ob_size = 0;
        }
        list
    }
}

/// `list_extend`'s append: into the room left while there is some (`PyList_Append` would
/// shrink a list that has more than twice its size), else `PyList_Append`. `v` borrowed; 0, or
/// -1 with MemoryError.
///
/// # Safety
/// GIL held; `list` a list from `extending_list`, not shared.
unsafe fn list_push(list: *mut PyObject, v: *mut PyObject) -> c_int {
    // SAFETY: `ob_item` has `allocated` slots, the first `ob_size` of them items.
    unsafe {
        let l = list as *mut PyListObject;
        let n = (*l).ob_base.ob_size;
        if n < (*l).allocated {
            Py_INCREF(v);
            *(*l).ob_item.add(n as usize) = v;
            (*l).ob_base.ob_size = n + 1;
            return 0;
        }
        PyList_Append(list, v)
    }
}

/// `list_extend`'s last step, "cut back result list if initial guess was too large":
/// `list_resize(self, Py_SIZE(self))` (Objects/listobject.c, 3.11.7; static) transcribed for a
/// size at most the allocation. False with MemoryError.
///
/// # Safety
/// GIL held; `list` a list from `extending_list`, not shared.
unsafe fn trim_list(list: *mut PyObject) -> bool {
    // SAFETY: as documented; the items below the size are kept by the reallocation.
    unsafe {
        let l = list as *mut PyListObject;
        let size = (*l).ob_base.ob_size;
        let allocated = (*l).allocated;
        if size >= allocated || size >= (allocated >> 1) {
            return true;
        }
        let new_allocated = if size == 0 {
            0
        } else {
            ((size as usize) + ((size as usize) >> 3) + 6) & !3
        };
        let items = PyMem_Realloc(
            (*l).ob_item as *mut std::ffi::c_void,
            new_allocated * std::mem::size_of::<*mut PyObject>(),
        ) as *mut *mut PyObject;
        if items.is_null() {
            PyErr_NoMemory();
            return false;
        }
        (*l).ob_item = items;
        (*l).allocated = new_allocated as isize;
        true
    }
}

/// `drain`'s loop: Ok(true) when a value decided `any`/`all`, Ok(false) at the generator's end,
/// Err with an exception set on failure.
///
/// # Safety
/// As `drain`, `d` its drain.
unsafe fn drain_into(generator: *mut PyObject, d: Drain) -> Result<bool, ()> {
    // SAFETY: as documented; `out` receives a new reference when `resume` says so.
    unsafe {
        // One value the generator yielded, taken as the consumer takes it: Ok(true) when it
        // decides `any`/`all`.
        let take = |v: *mut PyObject| -> Result<bool, ()> {
            let status = match d.kind {
                DrainInto::Set => PySet_Add(d.into, v),
                DrainInto::List | DrainInto::Tuple => list_push(d.into, v),
                DrainInto::Any | DrainInto::All => {
                    let t = PyObject_IsTrue(v);
                    Py_DECREF(v);
                    return match t {
                        0 | 1 => Ok((t == 1) == (d.kind == DrainInto::Any)),
                        _ => Err(()),
                    };
                }
            };
            Py_DECREF(v);
            if status == 0 { Ok(false) } else { Err(()) }
        };
        loop {
            let Some(route) = compiled_route(generator) else {
                // The rest as the consumer's loop takes it (an exhausted generator gives NULL, no
                // error).
                loop {
                    let v = PyIter_Next(generator);
                    if v.is_null() {
                        return if PyErr_Occurred().is_null() {
                            Ok(false)
                        } else {
                            Err(())
                        };
                    }
                    if take(v)? {
                        return Ok(true);
                    }
                }
            };
            let outer = DRAIN.with(|c| c.replace(d));
            Py_INCREF(Py_None());
            let mut out = ptr::null_mut();
            let status = resume(route, generator, Py_None(), &mut out);
            DRAIN.with(|c| c.set(outer));
            match status {
                // Not in a state to run (closed by Python code a call on a value ran): as
                // exhausted.
                None => {
                    Py_DECREF(Py_None());
                    return Ok(false);
                }
                Some(s) if s == PySendResult::PYGEN_NEXT as c_int => {
                    if take(out)? {
                        return Ok(true);
                    }
                }
                Some(s) if s == PySendResult::PYGEN_RETURN as c_int => {
                    Py_DECREF(out);
                    return Ok(false);
                }
                Some(_) => return Err(()),
            }
        }
    }
}

/// `cls(*args)` for compiled code that found a builtin class's vectorcall (`tp_vectorcall`)
/// and an exact generator as the only argument: `list(g)`, `tuple(g)`, `set(g)` drained
/// (`drain`), any other class called as before.
///
/// # Safety
/// GIL held; `cls` a type with a `tp_vectorcall`; `args` as the vectorcall protocol has them.
pub unsafe extern "C" fn rjit_class_vectorcall_gen(
    cls: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: as documented.
    unsafe {
        if PyVectorcall_NARGS(nargsf) == 1
            && kwnames.is_null()
            && let Some(into) = drain_kind(cls)
            && let Some(r) = drain(*args, into)
        {
            return r;
        }
        let Some(vc) = (*(cls as *mut PyTypeObject)).tp_vectorcall else {
            return PyObject_Vectorcall(cls, args, nargsf, kwnames);
        };
        vc(cls, args, nargsf, kwnames)
    }
}

/// `tuple(x)` (3.11's PRECALL_NO_KW_TUPLE_1 calls `PySequence_Tuple`): a generator drained
/// (`drain`), anything else as `PySequence_Tuple`.
///
/// # Safety
/// GIL held; `x` live (borrowed).
pub unsafe extern "C" fn rjit_sequence_tuple(x: *mut PyObject) -> *mut PyObject {
    // SAFETY: as documented.
    unsafe { drain(x, DrainInto::Tuple).unwrap_or_else(|| PySequence_Tuple(x)) }
}

/// What `f(g)` makes of a generator when `f` is exactly `list`, `tuple`, `set`, or the builtin
/// `any` or `all`.
///
/// `f` is compared, never read.
pub fn drain_kind(f: *mut PyObject) -> Option<DrainInto> {
    use super::calls::{BUILTIN_ALL, BUILTIN_ANY};
    let t = f as *mut PyTypeObject;
    if t == ptr::addr_of_mut!(PyList_Type) {
        Some(DrainInto::List)
    } else if t == ptr::addr_of_mut!(PyTuple_Type) {
        Some(DrainInto::Tuple)
    } else if t == ptr::addr_of_mut!(PySet_Type) {
        Some(DrainInto::Set)
    } else if f as usize == BUILTIN_ANY.load(Relaxed) && !f.is_null() {
        Some(DrainInto::Any)
    } else if f as usize == BUILTIN_ALL.load(Relaxed) && !f.is_null() {
        Some(DrainInto::All)
    } else {
        None
    }
}
