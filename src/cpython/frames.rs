//! Frames on the thread's data stack, without `_PyEval_Vector`: what 3.11 does not export.
//!
//! Transcriptions of CPython 3.11.7's `_PyThreadState_BumpFramePointer` with `push_chunk`,
//! `_PyFrame_InitializeSpecials`, `_PyEvalFrameClearAndPop` with `_PyFrame_Clear` and
//! `take_ownership` (Python/frame.c), `_PyThreadState_PopFrame` and `_PyEval_EvalFrame`
//! (pycore_ceval.h), and `RETURN_GENERATOR` with `make_gen` (genobject.c) for plain
//! generator functions. Compiled code uses them to call a Python function the way the
//! interpreter's inlined `CALL` would, without the vectorcall round trip.
//!
//! One thing differs from CPython, on purpose: a data-stack chunk that a frame of ours opened
//! is not freed when that frame is popped but kept as one of this thread's spares, and the next
//! frame of ours that needs a new chunk takes it. CPython frees the chunk at every such pop and maps
//! a new one at the next push, so a call depth that oscillates around a chunk boundary
//! (recursive descent parsers) costs an `mmap`, a `munmap` and fresh page faults per call:
//! 13% of pyparsing's run time in plain CPython 3.11.
//!
//! Invariants: frames are pushed and popped in LIFO order on one thread state, after they
//! were unlinked; a frame at a chunk's first slot pops its chunk (the root chunk's first slot
//! is never a frame's, as in `push_chunk`); a chunk is either linked in exactly one thread
//! state's chain or is one of one thread's spares, never both; clearing a frame whose frame object
//! escaped copies it into that object exactly as `take_ownership` does, including the lazily
//! materialised `f_back`.

use std::cell::Cell;
use std::mem::offset_of;
use std::ptr;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use pyo3_ffi::{PyFunctionObject, PyObject, PyThreadState};

use super::ffi;
use super::layout::{
    CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_GENERATOR_LIKE, FRAME_CLEARED,
    FRAME_COMPLETED, FRAME_CREATED, FRAME_EXECUTING, FRAME_OWNED_BY_GENERATOR,
    FRAME_OWNED_BY_THREAD, FRAME_SUSPENDED, FUNC_BUILTINS, FUNC_CODE, FUNC_DEFAULTS, FUNC_GLOBALS,
    GEN_CODE, GEN_EXC_PREVIOUS, GEN_EXC_VALUE, GEN_FRAME_STATE, GEN_HOOKS_INITED, GEN_IFRAME,
    GEN_NAME, GEN_ORIGIN_OR_FINALIZER, GEN_QUALNAME, GEN_WEAKREFLIST, INTERP_EVAL_FRAME,
    InterpreterFrame, OPCODE_COPY_FREE_VARS, OPCODE_RETURN_GENERATOR, PyCodeObject311,
    TSTATE_COROUTINE_ORIGIN_TRACKING_DEPTH, TSTATE_DATASTACK_CHUNK, TSTATE_DATASTACK_LIMIT,
    TSTATE_DATASTACK_TOP, TSTATE_EXC_INFO, current_frame, recursion_remaining,
};

/// `FRAME_SPECIALS_SIZE`: the frame header in words (pycore_frame.h:93).
pub const FRAME_SPECIALS_WORDS: usize = 9;
/// `PyFrameObject` fields: `f_back`, `f_frame`, `_f_frame_data` (frameobject.h, 3.11.7 gdb).
const FRAMEOBJECT_BACK: usize = 16;
const FRAMEOBJECT_FRAME: usize = 24;
const FRAMEOBJECT_DATA: usize = 48;
/// `FRAME_OWNED_BY_FRAME_OBJECT`.
const FRAME_OWNED_BY_FRAME_OBJECT: i8 = 2;

const _: () = {
    assert!(offset_of!(PyFunctionObject, func_globals) == FUNC_GLOBALS);
    assert!(offset_of!(PyFunctionObject, func_builtins) == FUNC_BUILTINS);
    assert!(offset_of!(PyFunctionObject, func_code) == FUNC_CODE);
    assert!(offset_of!(PyFunctionObject, func_defaults) == FUNC_DEFAULTS);
    assert!(offset_of!(PyFunctionObject, func_defaults) == 56);
    assert!(offset_of!(PyFunctionObject, func_kwdefaults) == 64);
    assert!(std::mem::size_of::<InterpreterFrame>() == 72);
};

#[inline(always)]
unsafe fn field<T>(base: *mut PyThreadState, off: usize) -> *mut T {
    // SAFETY: the caller names a field of a live thread state.
    unsafe { (base as *mut u8).add(off) as *mut T }
}

/// Size in words of a frame for `code` (3.11 has no `co_framesize`).
///
/// # Safety
/// `code` is a live code object.
#[inline(always)]
pub unsafe fn frame_words(code: *mut PyCodeObject311) -> usize {
    // SAFETY: plain field reads of a live code object.
    unsafe {
        (*code).co_nlocalsplus as usize + (*code).co_stacksize as usize + FRAME_SPECIALS_WORDS
    }
}

/// Reserves a frame for `code` on the thread's data stack, with every `localsplus` slot NULL
/// and nothing else written: a bump inside the current chunk, or a new chunk (`push_chunk`).
/// NULL when the thread has no data stack yet or no memory is left for a chunk (no exception
/// set: the caller then takes the general call path).
///
/// # Safety
/// GIL held; `tstate` is the current thread state.
#[inline(always)]
pub unsafe fn reserve_frame(
    tstate: *mut PyThreadState,
    code: *mut PyCodeObject311,
) -> *mut InterpreterFrame {
    // SAFETY: data-stack fields of the live thread state; the bump stays below the limit.
    unsafe {
        let top = field::<*mut *mut PyObject>(tstate, TSTATE_DATASTACK_TOP);
        let limit = *field::<*mut *mut PyObject>(tstate, TSTATE_DATASTACK_LIMIT);
        let base = *top;
        if base.is_null() {
            return ptr::null_mut();
        }
        let words = frame_words(code);
        let end = base.add(words);
        let frame = if end < limit {
            *top = end;
            base as *mut InterpreterFrame
        } else {
            push_chunk(tstate, words)
        };
        if !frame.is_null() {
            let n = (*code).co_nlocalsplus as usize;
            ptr::write_bytes((*frame).localsplus.as_mut_ptr(), 0, n);
        }
        frame
    }
}

/// `_PyStackChunk` (cpython/pystate.h, 3.11.7).
#[repr(C)]
struct StackChunk {
    previous: *mut StackChunk,
    /// Bytes, header included.
    size: usize,
    /// Words of `data` in use, saved when a newer chunk is pushed.
    top: usize,
    data: [*mut PyObject; 0],
}

/// Chunks `push_chunk` linked, and of those the ones that were spares (`rjit.stats()`'s
/// `stack_chunks` and `stack_chunks_reused`).
pub static CHUNKS_PUSHED: AtomicU64 = AtomicU64::new(0);
pub static CHUNKS_REUSED: AtomicU64 = AtomicU64::new(0);

/// pystate.c's `DATA_STACK_CHUNK_SIZE` and `MINIMUM_OVERHEAD`.
const DATA_STACK_CHUNK_SIZE: usize = 16 * 1024;
const MINIMUM_OVERHEAD: usize = 1000;

/// This thread's spare chunks: ones that frames of ours opened and that were popped since,
/// newest first, linked through `previous`; at most `MAX_SPARES` of them (a call depth can
/// oscillate around more than one chunk boundary). Freed when the thread ends.
struct Spares {
    head: Cell<*mut StackChunk>,
    count: Cell<usize>,
}

const MAX_SPARES: usize = 4;

impl Drop for Spares {
    fn drop(&mut self) {
        let mut chunk = self.head.replace(ptr::null_mut());
        while !chunk.is_null() {
            // SAFETY: spares are linked in no thread state's chain; each came from the arena
            // allocator with its recorded size.
            unsafe {
                let next = (*chunk).previous;
                free_chunk(chunk);
                chunk = next;
            }
        }
    }
}

thread_local! {
    static SPARES: Spares = const {
        Spares { head: Cell::new(ptr::null_mut()), count: Cell::new(0) }
    };
}

/// `_PyObject_VirtualFree(chunk, chunk->size)`, through the exported arena allocator.
///
/// # Safety
/// `chunk` came from `push_chunk` and is linked nowhere.
unsafe fn free_chunk(chunk: *mut StackChunk) {
    // SAFETY: as documented; the arena allocator is process-global and needs no GIL.
    unsafe {
        let mut arena = pyo3_ffi::PyObjectArenaAllocator::default();
        pyo3_ffi::PyObject_GetArenaAllocator(&mut arena);
        if let Some(free) = arena.free {
            free(arena.ctx, chunk as *mut _, (*chunk).size);
        }
    }
}

/// `push_chunk` (Python/pystate.c, 3.11.7) for a frame of `words` words, taking this thread's
/// newest spare chunk when it is large enough: links a chunk after the current one and returns the
/// frame at its first slot, or NULL (nothing changed) when no memory is left.
///
/// # Safety
/// As `reserve_frame`; the thread state has a data stack.
#[cold]
#[inline(never)]
unsafe fn push_chunk(tstate: *mut PyThreadState, words: usize) -> *mut InterpreterFrame {
    let mut size = DATA_STACK_CHUNK_SIZE;
    while size < std::mem::size_of::<*mut PyObject>() * (words + MINIMUM_OVERHEAD) {
        size *= 2;
    }
    let spare = SPARES
        .try_with(|s| {
            let c = s.head.get();
            // SAFETY: the spares are this thread's and linked nowhere else.
            unsafe {
                if !c.is_null() && (*c).size >= size {
                    s.head.set((*c).previous);
                    s.count.set(s.count.get() - 1);
                    c
                } else {
                    ptr::null_mut()
                }
            }
        })
        .unwrap_or(ptr::null_mut());
    // SAFETY: the chunk is ours until linked; the thread state's fields are then updated as
    // `push_chunk` updates them.
    unsafe {
        let chunk = if spare.is_null() {
            let mut arena = pyo3_ffi::PyObjectArenaAllocator::default();
            pyo3_ffi::PyObject_GetArenaAllocator(&mut arena);
            let Some(alloc) = arena.alloc else {
                return ptr::null_mut();
            };
            let c = alloc(arena.ctx, size) as *mut StackChunk;
            if c.is_null() {
                return ptr::null_mut();
            }
            (*c).size = size;
            c
        } else {
            CHUNKS_REUSED.fetch_add(1, Relaxed);
            spare
        };
        CHUNKS_PUSHED.fetch_add(1, Relaxed);
        let current = field::<*mut StackChunk>(tstate, TSTATE_DATASTACK_CHUNK);
        let top = field::<*mut *mut PyObject>(tstate, TSTATE_DATASTACK_TOP);
        (*chunk).previous = *current;
        (*chunk).top = 0;
        (**current).top = (*top).offset_from((**current).data.as_ptr()) as usize;
        *current = chunk;
        *field::<*mut u8>(tstate, TSTATE_DATASTACK_LIMIT) = (chunk as *mut u8).add((*chunk).size);
        let frame = (*chunk).data.as_mut_ptr();
        *top = frame.add(words);
        frame as *mut InterpreterFrame
    }
}

/// `_PyThreadState_PopFrame` for a frame from `reserve_frame` (never initialised, or cleared):
/// a frame at its chunk's first slot unlinks the chunk, which becomes this thread's spare.
///
/// # Safety
/// `frame` is the newest frame on this thread's data stack and holds no references.
#[inline(always)]
pub unsafe fn unreserve_frame(tstate: *mut PyThreadState, frame: *mut InterpreterFrame) {
    // SAFETY: as `_PyThreadState_PopFrame`.
    unsafe {
        let current = *field::<*mut StackChunk>(tstate, TSTATE_DATASTACK_CHUNK);
        if frame as *mut *mut PyObject == (*current).data.as_mut_ptr() {
            pop_chunk(tstate);
        } else {
            *field::<*mut InterpreterFrame>(tstate, TSTATE_DATASTACK_TOP) = frame;
        }
    }
}

/// The chunk half of `_PyThreadState_PopFrame`: the current chunk is unlinked and kept as a
/// spare (freed when this thread has `MAX_SPARES` already).
///
/// # Safety
/// The current chunk holds no frame any more and is not the root chunk.
#[cold]
#[inline(never)]
unsafe fn pop_chunk(tstate: *mut PyThreadState) {
    // SAFETY: as documented; `previous` is the chunk that was current when this one was pushed.
    unsafe {
        let current = field::<*mut StackChunk>(tstate, TSTATE_DATASTACK_CHUNK);
        let chunk = *current;
        let previous = (*chunk).previous;
        *field::<*mut *mut PyObject>(tstate, TSTATE_DATASTACK_TOP) =
            (*previous).data.as_mut_ptr().add((*previous).top);
        *current = previous;
        *field::<*mut u8>(tstate, TSTATE_DATASTACK_LIMIT) =
            (previous as *mut u8).add((*previous).size);
        let kept = SPARES.try_with(|s| {
            if s.count.get() >= MAX_SPARES {
                return false;
            }
            (*chunk).previous = s.head.get();
            s.head.set(chunk);
            s.count.set(s.count.get() + 1);
            true
        });
        match kept {
            Ok(true) => {}
            Ok(false) => free_chunk(chunk),
            Err(_) => free_chunk(chunk),
        }
    }
}

/// `_PyFrame_InitializeSpecials(frame, func, NULL, nlocalsplus)`.
///
/// Ownership: consumes one reference to `func`; takes a new one to its code.
///
/// # Safety
/// `frame` came from `reserve_frame` for `func`'s code.
#[inline(always)]
pub unsafe fn initialize_specials(frame: *mut InterpreterFrame, func: *mut PyObject) {
    // SAFETY: `func` is a live function object; `frame` is writable memory of the right size.
    unsafe {
        let f = func as *mut PyFunctionObject;
        let code = (*f).func_code as *mut PyCodeObject311;
        pyo3_ffi::Py_INCREF(code as *mut PyObject);
        (*frame).f_func = func;
        (*frame).f_code = code;
        (*frame).f_builtins = (*f).func_builtins;
        (*frame).f_globals = (*f).func_globals;
        (*frame).f_locals = ptr::null_mut();
        (*frame).stacktop = (*code).co_nlocalsplus;
        (*frame).frame_obj = ptr::null_mut();
        (*frame).prev_instr = (*code).co_code_adaptive.as_mut_ptr().wrapping_sub(1);
        (*frame).is_entry = false;
        (*frame).owner = FRAME_OWNED_BY_THREAD;
    }
}

/// `_PyEval_EvalFrame`: runs `frame` through the installed frame evaluator (the PEP 523 hook
/// when one is set, else the interpreter), exactly as `_PyEval_Vector` would.
///
/// Ownership: `frame` borrowed; returns a new reference or NULL with an exception set.
///
/// # Safety
/// GIL held; `frame` is initialised, owned by this thread and not linked.
#[inline(always)]
pub unsafe fn eval_frame(
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
) -> *mut PyObject {
    // SAFETY: reading the interpreter's evaluator pointer; both targets take these arguments.
    unsafe {
        let interp = super::layout::interp_of(tstate) as *mut u8;
        let f = *(interp.add(INTERP_EVAL_FRAME) as *const Option<ffi::EvalFrameFn>);
        match f {
            Some(f) => f(tstate, frame, 0),
            None => ffi::_PyEval_EvalFrameDefault(tstate, frame, 0),
        }
    }
}

/// `_PyEvalFrameClearAndPop` for a frame from `reserve_frame`.
///
/// # Safety
/// GIL held; `frame` is the newest frame on this thread's data stack, unlinked, with
/// `stacktop >= 0` and owned references (or NULL) below it.
pub unsafe fn clear_and_pop(tstate: *mut PyThreadState, frame: *mut InterpreterFrame) {
    // SAFETY: as documented; the recursion count guards deep deallocation chains as CPython's.
    unsafe {
        *recursion_remaining(tstate) -= 1;
        clear(frame);
        *recursion_remaining(tstate) += 1;
        unreserve_frame(tstate, frame);
    }
}

/// `_PyFrame_Clear` (Python/frame.c, 3.11.7) for a thread-owned frame, or a generator's
/// frame once the generator is marked cleared.
///
/// # Safety
/// As `clear_and_pop`.
unsafe fn clear(frame: *mut InterpreterFrame) {
    // SAFETY: the frame's fields are owned references as documented on `InterpreterFrame`.
    unsafe {
        let fobj = (*frame).frame_obj;
        if !fobj.is_null() {
            (*frame).frame_obj = ptr::null_mut();
            if pyo3_ffi::Py_REFCNT(fobj) > 1 {
                take_ownership(fobj, frame);
                pyo3_ffi::Py_DECREF(fobj);
                return;
            }
            pyo3_ffi::Py_DECREF(fobj);
        }
        let locals = (*frame).localsplus.as_mut_ptr();
        for i in 0..(*frame).stacktop.max(0) as usize {
            pyo3_ffi::Py_XDECREF(*locals.add(i));
        }
        pyo3_ffi::Py_XDECREF((*frame).f_locals);
        pyo3_ffi::Py_DECREF((*frame).f_func);
        pyo3_ffi::Py_DECREF((*frame).f_code as *mut PyObject);
    }
}

/// `take_ownership` (Python/frame.c, 3.11.7): the frame object outlives the call, so the frame
/// (header, locals and stack) moves into the object's own storage and its `f_back` is
/// materialised from the first complete caller. `PyFrame_GetBack` does that walk on the moved
/// frame, which still carries `previous`.
///
/// # Safety
/// `f` is `frame`'s frame object, with a reference besides the one being dropped by the caller.
unsafe fn take_ownership(f: *mut PyObject, frame: *mut InterpreterFrame) {
    // SAFETY: `_f_frame_data` has room for the frame (it was allocated for this code object).
    unsafe {
        let fo = f as *mut u8;
        let size = (*frame)
            .localsplus
            .as_ptr()
            .add((*frame).stacktop.max(0) as usize) as usize
            - frame as usize;
        let moved = fo.add(FRAMEOBJECT_DATA) as *mut InterpreterFrame;
        ptr::copy_nonoverlapping(frame as *const u8, moved as *mut u8, size);
        *(fo.add(FRAMEOBJECT_FRAME) as *mut *mut InterpreterFrame) = moved;
        (*moved).owner = FRAME_OWNED_BY_FRAME_OBJECT;
        if is_incomplete(moved) {
            let code = (*moved).f_code;
            (*moved).prev_instr = (*code)
                .co_code_adaptive
                .as_mut_ptr()
                .add((*code).co_firsttraceable as usize);
        }
        if !(*moved).previous.is_null() {
            // PyFrame_GetBack returns a new reference (or NULL, here only on MemoryError).
            let back = ffi::PyFrame_GetBack(f);
            if back.is_null() {
                pyo3_ffi::PyErr_Clear();
            } else {
                *(fo.add(FRAMEOBJECT_BACK) as *mut *mut PyObject) = back;
            }
            (*moved).previous = ptr::null_mut();
        }
        if pyo3_ffi::PyObject_GC_IsTracked(f) == 0 {
            pyo3_ffi::PyObject_GC_Track(f as *mut std::ffi::c_void);
        }
    }
}

/// The object `RETURN_GENERATOR` makes for `code`'s calls, when `make_generator` can make it:
/// `_Py_MakeCoro`'s choice by the code's flags (a generator, a coroutine or an async
/// generator; not a `types.coroutine` generator, whose `CO_ITERABLE_COROUTINE` flag keeps it
/// on the interpreter's path), for code whose first instruction is `RETURN_GENERATOR`, or
/// `COPY_FREE_VARS` then `RETURN_GENERATOR` (a closure: a generator expression that reads the
/// enclosing function's variables; `make_generator` copies the cells as the instruction does),
/// not `MAKE_CELL` (which can fail). A coroutine is made here only while
/// `coroutine_origin_tracking_depth` is 0 (`origins_tracked`): with tracking on, the
/// interpreter records `cr_origin` itself.
///
/// # Safety
/// `code` is a live code object.
#[inline(always)]
pub unsafe fn generator_kind(code: *mut PyCodeObject311) -> Option<GeneratorKind> {
    // SAFETY: reads of a live code object; its bytecode has at least one unit.
    unsafe {
        if *(*code)
            .co_code_adaptive
            .as_ptr()
            .add(return_generator_at(code)) as u8
            != OPCODE_RETURN_GENERATOR
        {
            return None;
        }
        match (*code).co_flags & CO_GENERATOR_LIKE {
            CO_GENERATOR => Some(GeneratorKind::Generator),
            CO_COROUTINE => Some(GeneratorKind::Coroutine),
            CO_ASYNC_GENERATOR => Some(GeneratorKind::AsyncGenerator),
            _ => None,
        }
    }
}

/// The code unit that may be the `RETURN_GENERATOR` of generator-making code: 1 after a
/// `COPY_FREE_VARS`, else 0.
///
/// # Safety
/// `code` is a live code object.
#[inline(always)]
unsafe fn return_generator_at(code: *mut PyCodeObject311) -> usize {
    // SAFETY: a live code object's bytecode has at least one unit, and a COPY_FREE_VARS is
    // never its last (RETURN_VALUE ends every code object).
    unsafe { (*((*code).co_code_adaptive.as_ptr() as *const u8) == OPCODE_COPY_FREE_VARS) as usize }
}

/// What `generator_kind` found: the type `_Py_MakeCoro` gives the object.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GeneratorKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// Whether `make_generator` can create the object of `code`'s calls now (`generator_kind`,
/// and for a coroutine no origin tracking on `tstate`).
///
/// # Safety
/// GIL held; `tstate` current; `code` is a live code object.
#[inline(always)]
pub unsafe fn creates_generator_now(
    tstate: *mut PyThreadState,
    code: *mut PyCodeObject311,
) -> bool {
    // SAFETY: as documented.
    unsafe {
        match generator_kind(code) {
            Some(GeneratorKind::Coroutine) => !origins_tracked(tstate),
            Some(_) => true,
            None => false,
        }
    }
}

/// Whether new coroutines record where they were created (`sys.set_coroutine_origin_tracking_depth`,
/// asyncio's debug mode): then only the interpreter's `_Py_MakeCoro` makes them.
///
/// # Safety
/// GIL held; `tstate` current.
#[inline(always)]
pub unsafe fn origins_tracked(tstate: *mut PyThreadState) -> bool {
    // SAFETY: an int field of the live thread state (3.11.7's offset, `layout`).
    unsafe {
        *((tstate as *const u8).add(TSTATE_COROUTINE_ORIGIN_TRACKING_DEPTH) as *const i32) != 0
    }
}

/// What `RETURN_GENERATOR` does to a fresh frame of code that `creates_generator_now`, without
/// the interpreter: `_Py_MakeCoro` → `make_gen(type, func)` (Objects/genobject.c, 3.11.7; not
/// exported) transcribed (a coroutine's `cr_origin` None, as with tracking off), a closure's
/// cells copied as `COPY_FREE_VARS` copies them, the frame copied into the generator with an
/// empty value stack as `_PyFrame_Copy` does, at `RETURN_GENERATOR` (as the interpreter leaves
/// it: the first resume runs the `POP_TOP` after it), owned by the generator, and the frame
/// popped from the data stack without releasing what moved into the
/// generator (`f_func`, `f_code`, the arguments). The call that made the frame is then done.
///
/// Ownership: on success returns the generator (a new reference) and the frame is gone; on
/// failure (MemoryError) returns NULL with the exception set and the frame untouched, still
/// the caller's to clear and pop.
///
/// # Safety
/// GIL held; `frame` comes from `reserve_frame` on `tstate`, is the newest frame of its data
/// stack, unlinked, initialised (`initialize_specials`) and bound, with no frame object.
pub unsafe fn make_generator(
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
) -> *mut PyObject {
    // SAFETY: as documented; the frame is the newest of the data stack.
    unsafe {
        let generator = generator_from(frame);
        if !generator.is_null() {
            unreserve_frame(tstate, frame);
        }
        generator
    }
}

/// `make_generator` for an entry frame: one that `_PyEval_Vector` pushed and handed to the
/// evaluator, and clears and pops itself when the evaluator returns (a call of generator code
/// from C or from the interpreter, `iter(obj)` with a generator `__iter__`). The frame is left
/// as `RETURN_GENERATOR` leaves an entry frame (ceval.c, 3.11.7): an empty stack, no locals,
/// and a reference of its own to `f_func` and `f_code` for that clear to release.
///
/// Ownership: as `make_generator`, except that the frame is never popped here.
///
/// # Safety
/// GIL held; `frame` is a fresh, unlinked frame of code that `creates_generator_now` at its
/// first instruction, with no frame object, that the caller of the evaluator clears.
pub unsafe fn make_generator_from_entry(frame: *mut InterpreterFrame) -> *mut PyObject {
    // SAFETY: as documented; what moved into the generator is the frame's own references, and
    // the ones taken here are the ones the caller's `_PyFrame_Clear` gives back.
    unsafe {
        let generator = generator_from(frame);
        if !generator.is_null() {
            (*frame).stacktop = 0;
            (*frame).f_locals = ptr::null_mut();
            pyo3_ffi::Py_INCREF((*frame).f_func);
            pyo3_ffi::Py_INCREF((*frame).f_code as *mut PyObject);
        }
        generator
    }
}

/// The part of `make_generator` both kinds of frame share: the generator made and the frame
/// copied into it; NULL with MemoryError set and the frame untouched.
///
/// # Safety
/// As `make_generator`, except that the frame may be an entry frame.
#[inline(always)]
unsafe fn generator_from(frame: *mut InterpreterFrame) -> *mut PyObject {
    // SAFETY: as documented; the new object has room for `gi_iframe` plus `slots` words
    // (PyGen_Type's basic size and item size), and every field is written before the object
    // is tracked or escapes.
    unsafe {
        let code = (*frame).f_code;
        let func = (*frame).f_func as *mut PyFunctionObject;
        let slots = (*code).co_nlocalsplus as isize + (*code).co_stacksize as isize;
        let ty = match generator_kind(code) {
            Some(GeneratorKind::Coroutine) => ptr::addr_of_mut!(pyo3_ffi::PyCoro_Type),
            Some(GeneratorKind::AsyncGenerator) => ptr::addr_of_mut!(pyo3_ffi::PyAsyncGen_Type),
            _ => ptr::addr_of_mut!(pyo3_ffi::PyGen_Type),
        };
        let generator = pyo3_ffi::_PyObject_GC_NewVar(ty, slots) as *mut PyObject;
        if generator.is_null() {
            return ptr::null_mut();
        }
        let g = generator as *mut u8;
        let put = |off: usize, v: *mut PyObject| *(g.add(off) as *mut *mut PyObject) = v;
        *(g.add(GEN_FRAME_STATE) as *mut i8) = FRAME_CLEARED;
        pyo3_ffi::Py_INCREF(code as *mut PyObject);
        put(GEN_CODE, code as *mut PyObject);
        put(GEN_WEAKREFLIST, ptr::null_mut());
        put(GEN_EXC_VALUE, ptr::null_mut());
        put(GEN_EXC_PREVIOUS, ptr::null_mut());
        pyo3_ffi::Py_INCREF((*func).func_name);
        put(GEN_NAME, (*func).func_name);
        pyo3_ffi::Py_INCREF((*func).func_qualname);
        put(GEN_QUALNAME, (*func).func_qualname);
        // `cr_origin` None (no tracking: `creates_generator_now`), an async generator's
        // finalizer unset and `ag_hooks_inited`, `ag_closed`, `ag_running_async` 0, as
        // `_Py_MakeCoro` leaves them; unused by plain generators (zero, not garbage).
        put(GEN_ORIGIN_OR_FINALIZER, ptr::null_mut());
        ptr::write_bytes(g.add(GEN_HOOKS_INITED), 0, 3);
        pyo3_ffi::PyObject_GC_Track(generator as *mut std::ffi::c_void);
        let at = return_generator_at(code);
        if at == 1 {
            // COPY_FREE_VARS: the closure's cells into the frame's free variables, which
            // `_PyFrame_Initialize` left NULL (no cells of its own: no MAKE_CELL ran).
            let closure = (*func).func_closure;
            let n = (*code).co_nfreevars as usize;
            let offset = (*code).co_nlocalsplus as usize - n;
            let locals = ptr::addr_of_mut!((*frame).localsplus) as *mut *mut PyObject;
            for i in 0..n {
                let cell = pyo3_ffi::PyTuple_GET_ITEM(closure, i as isize);
                pyo3_ffi::Py_INCREF(cell);
                *locals.add(offset + i) = cell;
            }
        }
        // RETURN_GENERATOR: the frame stands at it with an empty stack.
        (*frame).prev_instr = (*code).co_code_adaptive.as_mut_ptr().add(at);
        (*frame).stacktop = (*code).co_nlocalsplus;
        (*frame).previous = ptr::null_mut();
        let gen_frame = g.add(GEN_IFRAME) as *mut InterpreterFrame;
        let size = offset_of!(InterpreterFrame, localsplus)
            + (*frame).stacktop as usize * std::mem::size_of::<*mut PyObject>();
        ptr::copy_nonoverlapping(frame as *const u8, gen_frame as *mut u8, size);
        (*gen_frame).owner = FRAME_OWNED_BY_GENERATOR;
        *(g.add(GEN_FRAME_STATE) as *mut i8) = FRAME_CREATED;
        generator
    }
}

/// Whether `gen_send_ex2(generator, arg, ..)` would run the generator's frame: it is suspended, or
/// created and `arg` is None (`send_to_frame` runs exactly these).
///
/// # Safety
/// GIL held; `generator` an exact generator, coroutine or async generator.
#[inline(always)]
pub unsafe fn gen_runs(generator: *mut PyObject, arg: *mut PyObject) -> bool {
    // SAFETY: a read of a live generator's state.
    unsafe {
        let state = *((generator as *const u8).add(GEN_FRAME_STATE) as *const i8);
        state == FRAME_SUSPENDED || (state == FRAME_CREATED && arg == pyo3_ffi::Py_None())
    }
}

/// `gen_send_ex2(gen, arg, &result, exc=0, closing=0)` (Objects/genobject.c, 3.11.7: what
/// `PyIter_Send` runs for an exact generator or coroutine) with the evaluator call
/// `_PyEval_EvalFrame(tstate, frame, 0)` replaced by `run(frame)`: `arg` is pushed onto the
/// generator's frame, the generator's exception state is linked in, and afterwards the
/// yielded value is returned (`PYGEN_NEXT`), or the finished generator's frame is cleared as
/// CPython clears it (a `StopIteration` raised inside becomes `RuntimeError`) and its return
/// value or error given (`PYGEN_RETURN`, `PYGEN_ERROR`). Only for a frame that is suspended,
/// or created with `arg` None (the states in which `gen_send_ex2` runs the frame); None,
/// with nothing done, for any other (its errors are `gen_send_ex2`'s own).
///
/// Ownership: `generator` borrowed; `arg` stolen when Some is returned; `*presult` receives a new
/// reference, or NULL with an exception set.
///
/// # Safety
/// GIL held; `tstate` current; `generator` an exact generator, coroutine or async generator (its
/// StopIteration and StopAsyncIteration become RuntimeError here; the rest of what
/// `gen_send_ex` and `async_gen_unwrap_value` do is the caller's); `run` enters the frame
/// as the evaluator would (it links and unlinks it).
///
/// Always inlined into its caller: a chain of `yield from` then nests two native frames per
/// level instead of three, which keeps deep chains within the CPU's return-address predictor
/// (pyperformance's `generators`: 26% less time, docs/architecture.md).
#[inline(always)]
pub unsafe fn send_to_frame(
    tstate: *mut PyThreadState,
    generator: *mut PyObject,
    arg: *mut PyObject,
    presult: *mut *mut PyObject,
    run: impl FnOnce(*mut InterpreterFrame) -> *mut PyObject,
) -> Option<std::ffi::c_int> {
    // SAFETY: as documented; `gi_iframe` is the generator's embedded frame, whose stack has
    // room for the pushed value (the YIELD_VALUE or RETURN_GENERATOR that left it popped one).
    unsafe {
        let g = generator as *mut u8;
        let state = g.add(GEN_FRAME_STATE) as *mut i8;
        if !gen_runs(generator, arg) {
            return None;
        }
        let frame = g.add(GEN_IFRAME) as *mut InterpreterFrame;
        *presult = ptr::null_mut();
        // _PyFrame_StackPush
        *(*frame)
            .localsplus
            .as_mut_ptr()
            .add((*frame).stacktop as usize) = arg;
        (*frame).stacktop += 1;
        (*frame).previous = current_frame(tstate);
        let exc_info = (tstate as *mut u8).add(TSTATE_EXC_INFO) as *mut *mut u8;
        *(g.add(GEN_EXC_PREVIOUS) as *mut *mut u8) = *exc_info;
        *exc_info = g.add(GEN_EXC_VALUE);
        *state = FRAME_EXECUTING;
        let result = run(frame);
        if *state == FRAME_EXECUTING {
            *state = FRAME_COMPLETED;
        }
        *exc_info = *(g.add(GEN_EXC_PREVIOUS) as *mut *mut u8);
        *(g.add(GEN_EXC_PREVIOUS) as *mut *mut u8) = ptr::null_mut();
        (*frame).previous = ptr::null_mut();
        if !result.is_null() {
            if *state == FRAME_SUSPENDED {
                *presult = result;
                return Some(pyo3_ffi::PySendResult::PYGEN_NEXT as std::ffi::c_int);
            }
            // `result == None && !arg` (called by gen_iternext) cannot hold: arg is set.
        } else if pyo3_ffi::PyErr_ExceptionMatches(pyo3_ffi::PyExc_StopIteration) != 0 {
            let msg = if pyo3_ffi::PyCoro_CheckExact(generator) != 0 {
                c"coroutine raised StopIteration"
            } else if pyo3_ffi::PyAsyncGen_CheckExact(generator) != 0 {
                c"async generator raised StopIteration"
            } else {
                c"generator raised StopIteration"
            };
            ffi::_PyErr_FormatFromCause(pyo3_ffi::PyExc_RuntimeError, c"%s".as_ptr(), msg.as_ptr());
        } else if pyo3_ffi::PyAsyncGen_CheckExact(generator) != 0
            && pyo3_ffi::PyErr_ExceptionMatches(pyo3_ffi::PyExc_StopAsyncIteration) != 0
        {
            ffi::_PyErr_FormatFromCause(
                pyo3_ffi::PyExc_RuntimeError,
                c"%s".as_ptr(),
                c"async generator raised StopAsyncIteration".as_ptr(),
            );
        }
        // _PyErr_ClearExcState(&gen->gi_exc_state)
        let exc_value = g.add(GEN_EXC_VALUE) as *mut *mut PyObject;
        let old = *exc_value;
        *exc_value = ptr::null_mut();
        pyo3_ffi::Py_XDECREF(old);
        *state = FRAME_CLEARED;
        clear(frame);
        *presult = result;
        Some(if result.is_null() {
            pyo3_ffi::PySendResult::PYGEN_ERROR as std::ffi::c_int
        } else {
            pyo3_ffi::PySendResult::PYGEN_RETURN as std::ffi::c_int
        })
    }
}

/// `_PyFrame_IsIncomplete`.
///
/// # Safety
/// `frame` is a live frame.
#[inline(always)]
pub unsafe fn is_incomplete(frame: *mut InterpreterFrame) -> bool {
    // SAFETY: reads of a live frame and its code object.
    unsafe {
        let code = (*frame).f_code;
        (*frame).owner != FRAME_OWNED_BY_GENERATOR
            && (*frame).prev_instr
                < (*code)
                    .co_code_adaptive
                    .as_mut_ptr()
                    .add((*code).co_firsttraceable as usize)
    }
}
