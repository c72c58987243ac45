//! The frame evaluator itself: runs on every Python call while rjit is enabled.
//!
//! Hottest paths, in `rjit_eval_frame`, each a tail call from a function that saves no
//! registers: a call of cold code, counted in place in its co_extra slot and handed to the
//! previous evaluator; a fresh call or a generator resume of hot code, handed to its compiled
//! entry (from the interpreter or from C: `sorted(key=f)`, `list(gen)`, a `__getitem__` slot).
//! Everything else (`dispatch`), in order: tracing/throw checks (interpreter), pending installs
//! (one relaxed load), the co_extra slot read (direct, no call), then either the compiled entry
//! or the previous evaluator. Generator frames being resumed enter compiled code too, and their
//! resumes count towards tier-up like calls; the call of hot, compiled generator-making code
//! creates its generator or coroutine here (`calls::generator_of_entry`), not in the interpreter.
//! Invariant: no Rust panic crosses this `extern "C"` boundary: the only code that could panic
//! (tier-up, installs) runs under `catch_unwind`, and on a panic the frame is interpreted.

use std::ffi::c_int;
use std::sync::atomic::Ordering;

use pyo3_ffi::{PyObject, PyThreadState};

use super::install;
use crate::cpython::{self as cp, InterpreterFrame};
use crate::runtime::{self, EntryFn};
use crate::tier0::{QUICKENING_WINDOW, Slot};
use crate::{driver, stats};

/// The PEP 523 evaluator.
///
/// Ownership: `frame` is borrowed (its caller clears it, 3.11 rule); returns a new reference
/// or NULL with an exception set.
///
/// # Safety
/// Called by CPython only, with the GIL held.
pub unsafe extern "C" fn rjit_eval_frame(
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
    throwflag: c_int,
) -> *mut PyObject {
    stats::bump_gil(&stats::FRAMES);
    // SAFETY: CPython hands us a live frame and the current thread state; the slot is the code
    // object's own co_extra entry, written in place as `write_extra` does.
    unsafe {
        // The call of cold code, past the quickening window and below the threshold, without a
        // loop (whose calls are timed): `+1` on the tagged counter and the previous evaluator,
        // as a tail call from a function that saves no registers. This is every call of every
        // function that never gets hot, so it costs what a pass-through hook costs plus these
        // loads (`bench/hook_cost.py`). Neither tracing nor a pending install changes what
        // happens to such a frame (the interpreter traces it; an install concerns code past
        // the threshold, whose calls take `dispatch`, which installs first), so neither is
        // tested here. Anything else takes `dispatch`, which decides the same for this case
        // when untraced (traced, it does not count).
        let slot = cp::extra_slot((*frame).f_code, super::extra_index());
        if throwflag == 0 && !slot.is_null() {
            let raw = *slot;
            if Slot::counts_between(raw, QUICKENING_WINDOW, crate::config::threshold())
                && !Slot::counts_loop(raw)
                && matches!(
                    (*frame).owner,
                    cp::FRAME_OWNED_BY_THREAD | cp::FRAME_OWNED_BY_GENERATOR
                )
            {
                *slot = Slot::bump_count(raw);
                return (super::prev_eval())(tstate, frame, 0);
            }
            // Hot code with its entry installed, untraced, nothing to install: a fresh frame
            // of a call (not of generator-like code, whose call only makes the generator), or a
            // suspended generator's being resumed (its compiled code dispatches on the resume
            // point): its compiled entry, as a tail call. The call of generator, coroutine or
            // async generator code only creates the object: done here, not by the interpreter
            // for that one instruction. The same as `dispatch` decides.
            if let Slot::Hot(st) = Slot::decode(raw) {
                let st = &*st;
                let e = st.entry();
                if !e.is_null()
                    && !cp::use_tracing(tstate)
                    && !driver::INSTALL_PENDING.load(Ordering::Relaxed)
                {
                    let owner = (*frame).owner;
                    let code = (*frame).f_code;
                    if owner == cp::FRAME_OWNED_BY_GENERATOR
                        || (owner == cp::FRAME_OWNED_BY_THREAD && fresh_call(frame, code))
                    {
                        if owner == cp::FRAME_OWNED_BY_THREAD {
                            stats::bump_gil(&st.calls);
                        }
                        stats::bump_gil(&stats::JIT_ENTRIES);
                        let entry: EntryFn = std::mem::transmute(e);
                        return entry(tstate, frame, st.table.as_ptr());
                    }
                    if owner == cp::FRAME_OWNED_BY_THREAD && creates_generator(tstate, frame, code)
                    {
                        stats::bump_gil(&st.calls);
                        stats::bump_gil(&stats::JIT_ENTRIES);
                        return runtime::calls::generator_of_entry(tstate, frame);
                    }
                }
            }
        }
        dispatch(tstate, frame, throwflag)
    }
}

/// `rjit_eval_frame` past its fast path: every other case.
///
/// # Safety
/// As `rjit_eval_frame`.
#[inline(never)]
unsafe extern "C" fn dispatch(
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
    throwflag: c_int,
) -> *mut PyObject {
    let prev = super::prev_eval();
    // SAFETY: CPython hands us a live frame and the current thread state.
    unsafe {
        if throwflag != 0 || cp::use_tracing(tstate) {
            return prev(tstate, frame, throwflag);
        }
        let owner = (*frame).owner;
        if driver::INSTALL_PENDING.load(Ordering::Relaxed) {
            let _ = std::panic::catch_unwind(install::drain_installs);
        }
        let code = (*frame).f_code;
        let idx = super::extra_index();
        if owner != cp::FRAME_OWNED_BY_THREAD && owner != cp::FRAME_OWNED_BY_GENERATOR {
            return prev(tstate, frame, throwflag);
        }
        let raw = cp::read_extra(code, idx);
        // Hot path of cold code, first so that it reads nothing else of the code object: past
        // the quickening window (calls 2..8 may tier up early, `counters::should_compile`) and
        // below the threshold, counting is `+1` on the tagged counter in place. A resume of a
        // suspended generator counts towards its tier-up as a call does: a generator created
        // once and resumed many times (a tokenizer's or a lexer's main loop) is hot too.
        if Slot::counts_between(raw, QUICKENING_WINDOW, crate::config::threshold()) {
            cp::write_extra(code, idx, Slot::bump_count(raw));
            if owner == cp::FRAME_OWNED_BY_THREAD && Slot::counts_loop(raw) {
                return timed(prev, tstate, frame, throwflag, code);
            }
            return prev(tstate, frame, throwflag);
        }
        if owner == cp::FRAME_OWNED_BY_GENERATOR {
            // Resuming a suspended generator, coroutine or async generator: its compiled code
            // dispatches on the resume point itself.
            match Slot::decode(raw) {
                Slot::Hot(st) => {
                    let st = &*st;
                    let e = st.entry();
                    if !e.is_null() {
                        stats::bump_gil(&stats::JIT_ENTRIES);
                        let entry: EntryFn = std::mem::transmute(e);
                        return entry(tstate, frame, st.table.as_ptr());
                    }
                    // Queued: resumes count as calls do, for the compile queue's order
                    // (`driver::take_hottest`).
                    stats::bump_gil(&st.calls);
                }
                Slot::Count(cold) => {
                    if let Some((entry, table)) = cold_call(code, cold, frame) {
                        stats::bump_gil(&stats::JIT_ENTRIES);
                        return entry(tstate, frame, table);
                    }
                }
            }
            return prev(tstate, frame, throwflag);
        }
        let fresh = fresh_call(frame, code);
        match Slot::decode(raw) {
            Slot::Hot(st) => {
                let st = &*st;
                stats::bump_gil(&st.calls);
                let e = st.entry();
                if !e.is_null() && fresh {
                    stats::bump_gil(&stats::JIT_ENTRIES);
                    let entry: EntryFn = std::mem::transmute(e);
                    return entry(tstate, frame, st.table.as_ptr());
                }
                if !e.is_null() && creates_generator(tstate, frame, code) {
                    stats::bump_gil(&stats::JIT_ENTRIES);
                    return runtime::calls::generator_of_entry(tstate, frame);
                }
            }
            Slot::Count(cold) => {
                if let (Some((entry, table)), true) = (cold_call(code, cold, frame), fresh) {
                    stats::bump_gil(&stats::JIT_ENTRIES);
                    return entry(tstate, frame, table);
                }
                if Slot::counts_loop(cp::read_extra(code, idx)) {
                    return timed(prev, tstate, frame, throwflag, code);
                }
            }
        }
        prev(tstate, frame, throwflag)
    }
}

/// A frame compiled code can start: a call's, before its first instruction, of code that is not
/// generator-like (whose call only creates the generator, RETURN_GENERATOR: `creates_generator`
/// or the interpreter; it still counts towards tiering up).
///
/// # Safety
/// `frame` live, `code` its code object.
#[inline(always)]
unsafe fn fresh_call(frame: *mut InterpreterFrame, code: *mut cp::PyCodeObject311) -> bool {
    // SAFETY: reads of a live frame and its code object.
    unsafe {
        (*code).co_flags & cp::CO_GENERATOR_LIKE == 0
            && (*frame).prev_instr == (*code).co_code_adaptive.as_mut_ptr().wrapping_sub(1)
    }
}

/// A frame whose call only creates its generator, which the hook does itself
/// (`calls::generator_of_entry`): a call's, before its first instruction, of generator,
/// coroutine or async generator code (`frames::creates_generator_now`).
///
/// # Safety
/// GIL held; `tstate` current; `frame` live, `code` its code object.
#[inline(always)]
unsafe fn creates_generator(
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
    code: *mut cp::PyCodeObject311,
) -> bool {
    // SAFETY: reads of a live frame and its code object, with the GIL.
    unsafe {
        (*frame).prev_instr == (*code).co_code_adaptive.as_mut_ptr().wrapping_sub(1)
            && cp::frames::creates_generator_now(tstate, code)
    }
}

/// Counts a call or resume of cold code (`install::on_cold_call`, under `catch_unwind`): the
/// entry to run this frame with, if the code was installed synchronously just now.
///
/// # Safety
/// As `rjit_eval_frame`; `code` is the frame's code.
#[inline(never)]
unsafe fn cold_call(
    code: *mut crate::cpython::PyCodeObject311,
    cold: crate::tier0::Cold,
    frame: *mut InterpreterFrame,
) -> Option<(EntryFn, *const *mut PyObject)> {
    // SAFETY: as documented; the frame's globals and locals are live while it is.
    std::panic::catch_unwind(|| unsafe {
        let args = std::ptr::addr_of!((*frame).localsplus) as *const *mut PyObject;
        install::on_cold_call(code, cold, (*frame).f_globals, args)
    })
    .ok()
    .flatten()
}

/// Runs a cold frame with a loop in the interpreter and times it (`install::after_loop_call`).
///
/// # Safety
/// As `rjit_eval_frame`; `code` is the frame's code.
#[inline(never)]
unsafe fn timed(
    prev: crate::cpython::ffi::EvalFrameFn,
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
    throwflag: c_int,
    code: *mut crate::cpython::PyCodeObject311,
) -> *mut PyObject {
    let t0 = ticks();
    // SAFETY: as documented; the code object outlives the call (the frame holds it).
    unsafe {
        let r = prev(tstate, frame, throwflag);
        let _ = std::panic::catch_unwind(|| install::after_loop_call(code, ticks() - t0));
        r
    }
}

/// A cheap monotonic tick count (the TSC on x86-64).
#[inline(always)]
fn ticks() -> u64 {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: rdtsc has no preconditions on x86-64.
    unsafe {
        std::arch::x86_64::_rdtsc()
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        use std::sync::OnceLock;
        static START: OnceLock<std::time::Instant> = OnceLock::new();
        START
            .get_or_init(std::time::Instant::now)
            .elapsed()
            .as_nanos() as u64
            * 3
    }
}

/// For `runtime::calls`: the compiled entry of `code` if it is hot and installed, counting the
/// call as the hook would (the caller has checked tracing and the evaluator).
///
/// # Safety
/// GIL held; `code` live.
pub unsafe fn compiled_entry(
    code: *mut crate::cpython::PyCodeObject311,
) -> Option<(EntryFn, *const *mut PyObject)> {
    // SAFETY: the slot's Arc<CodeState> lives as long as the code object.
    unsafe {
        let Slot::Hot(st) = Slot::decode(cp::read_extra(code, super::extra_index())) else {
            return None;
        };
        let st = &*st;
        let e = st.entry();
        if e.is_null() {
            return None;
        }
        stats::bump_gil(&st.calls);
        Some((
            std::mem::transmute::<*mut std::ffi::c_void, EntryFn>(e),
            st.table.as_ptr(),
        ))
    }
}
