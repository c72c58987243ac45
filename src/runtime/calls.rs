//! CALL from compiled code: Python functions get their frame pushed here, directly.
//!
//! The general route of a call in 3.11 is `PyObject_Vectorcall` → `_PyFunction_Vectorcall` →
//! `_PyEval_Vector` (incref everything, push and initialise the frame) → the PEP 523 hook →
//! compiled entry, then clear and pop. For an exact `PyFunction` with `CO_OPTIMIZED` code
//! this module does what `_PyEval_Vector` does in one step: it reserves the callee's frame on
//! the data stack, *moves* the caller's references into it (no incref/decref pairs), binds the
//! arguments as `initialize_locals` does, runs it through the installed evaluator (rjit's hook:
//! compiled entry, tier-up counting, tracing checks; or the interpreter) and clears and pops it
//! (`cpython::frames`).
//!
//! Invariant: the direct route is taken only when the binding cannot fail (no missing, extra or
//! duplicate argument, keyword names found by identity or string equality) and the frame fits
//! in the current data-stack chunk; in every other case nothing has been consumed and the call
//! goes the general route, so argument errors carry CPython's exact messages.

use std::ffi::c_int;
use std::ptr;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering::Relaxed};

use pyo3_ffi::*;

use super::EntryFn;
use crate::cpython::{
    self, CO_VARARGS, CO_VARKEYWORDS, InterpreterFrame, PyCodeObject311, ffi as cffi, frames,
};

/// The co_extra index rjit's per-code state lives at (-1 until the hook asked for one). Read by
/// compiled callers through the symbol `rjit_co_extra_index`.
pub static CO_EXTRA_INDEX: AtomicIsize = AtomicIsize::new(-1);

/// The address of rjit's frame evaluator, set when it is installed. Compiled callers take the
/// direct route only while the interpreter's evaluator is this one (symbol
/// `rjit_direct_eval_frame`): under anyone else's PEP 523 hook every call goes through it.
pub static DIRECT_EVAL_FRAME: AtomicUsize = AtomicUsize::new(0);

/// The objects compiled code calls inline (`tier1_llvm::lower::call::intrinsic_calls`), read
/// through the symbols `rjit_builtin_len`, `rjit_builtin_isinstance` and `rjit_list_append`:
/// the builtins `len` and `isinstance` and the descriptor `list.append`, each a strong
/// reference taken once when rjit is first enabled (NULL until then: no call matches).
pub static BUILTIN_LEN: AtomicUsize = AtomicUsize::new(0);
/// The builtin `abs` (`rjit_builtin_abs`), taken as `len` is: the typed tier computes
/// `abs(x)` of a float itself when the callable is this object.
pub static BUILTIN_ABS: AtomicUsize = AtomicUsize::new(0);
/// The builtins `min` and `max` (`rjit_builtin_min`, `rjit_builtin_max`), taken as `len` is:
/// compiled code computes `min(a, b)` and `max(a, b)` without keywords itself
/// (`rjit_min_max`, or natively for two numbers in the typed tier) when the callable is one of
/// these objects.
pub static BUILTIN_MIN: AtomicUsize = AtomicUsize::new(0);
pub static BUILTIN_MAX: AtomicUsize = AtomicUsize::new(0);
pub static BUILTIN_ISINSTANCE: AtomicUsize = AtomicUsize::new(0);
pub static LIST_APPEND: AtomicUsize = AtomicUsize::new(0);
/// The builtins `any` and `all` (`rjit_builtin_any`, `rjit_builtin_all`), taken as `len` is:
/// `any(g)` and `all(g)` of a compiled generator are drained (`generators::drain`).
pub static BUILTIN_ANY: AtomicUsize = AtomicUsize::new(0);
pub static BUILTIN_ALL: AtomicUsize = AtomicUsize::new(0);

/// The `math` functions compiled code computes itself when their argument is an unboxed
/// number (`rjit_math_1` in the generic tier; in the typed tier, inline after comparing the
/// callable with this table's entry, symbol `rjit_math_funcs`, in `MATH`'s order, which is
/// `hir::specialise::MATH_NAMES`'s): the function objects of this process's `math` module
/// (strong references taken once the program has imported it, `find_math`; NULL before), and
/// for each the C function CPython's `math_1` applies. Every one of them is `FUNC1(name,
/// name, can_overflow)` in 3.11's mathmodule.c.
pub static MATH_FUNCS: [AtomicUsize; 7] = [const { AtomicUsize::new(0) }; 7];
/// This process's `math` module once `MATH_FUNCS` found a function in it (a strong
/// reference, NULL before; symbol `rjit_math_module`): compiled code asks `rjit_math_1` only
/// about a builtin function whose `m_self` it is (not `lst.pop(0)`'s bound method).
pub static MATH_MODULE: AtomicUsize = AtomicUsize::new(0);
/// A `math` function: its name in the module and the C function `math_1` applies.
type MathFn = (&'static std::ffi::CStr, fn(f64) -> f64);
const MATH: [MathFn; 7] = [
    (c"sqrt", f64::sqrt),
    (c"sin", f64::sin),
    (c"cos", f64::cos),
    (c"tan", f64::tan),
    (c"atan", f64::atan),
    (c"exp", f64::exp),
    (c"fabs", f64::abs),
];

/// `lst.append(x)` for the typed tier's native `append` (`hir::ir::Intrinsic::ListAppend`):
/// returns 1 once appended; 0, with nothing appended and no error set, when the list could not
/// grow (MemoryError): compiled code then deopts to the CALL, which the interpreter makes.
///
/// # Safety
/// GIL held; `list` an exact list, `x` live (borrowed).
pub unsafe extern "C" fn rjit_list_append_value(list: *mut PyObject, x: *mut PyObject) -> c_int {
    // SAFETY: as documented.
    unsafe {
        if pyo3_ffi::PyList_Append(list, x) == 0 {
            1
        } else {
            pyo3_ffi::PyErr_Clear();
            0
        }
    }
}

/// `min(a, b)` (`op` is `Py_LT`) or `max(a, b)` (`Py_GT`) as bltinmodule.c's `min_max`
/// computes it for two positional arguments and no keywords: `b` when `b op a` is true, else
/// `a` (the first of equal items, and of unordered ones such as NaN), as a new reference; NULL
/// with the comparison's exception set. The call takes the recursion unit a call of the
/// builtin takes (`cfunction_call`'s `" while calling a Python object"`), so a program at the
/// recursion limit sees the same RecursionError.
///
/// # Safety
/// GIL held; `tstate` is the current thread state; `a` and `b` live (borrowed).
pub unsafe extern "C" fn rjit_min_max(
    tstate: *mut PyThreadState,
    a: *mut PyObject,
    b: *mut PyObject,
    op: c_int,
) -> *mut PyObject {
    // SAFETY: as documented; the unit taken is given back after the comparison.
    unsafe {
        let Some(rem) = enter_call_unit(tstate) else {
            return ptr::null_mut();
        };
        let cmp = PyObject_RichCompareBool(b, a, op);
        *rem += 1;
        let r = match cmp {
            c if c < 0 => return ptr::null_mut(),
            0 => a,
            _ => b,
        };
        Py_INCREF(r);
        r
    }
}

/// `math.f(x)` for `callable` one of `MATH_FUNCS` (and `self_or_null` NULL: a plain call with
/// one argument) and `x` the argument's value: stores the result in `*out` and returns 1
/// when CPython's `math_1` would return it; returns 0, computing nothing observable, when
/// the callable is anything else or `math_1` would raise (a NaN from a non-NaN, or an
/// infinity from a finite argument: ValueError or OverflowError). Compiled code then makes
/// the argument an object and calls the function, which raises CPython's own error.
///
/// # Safety
/// `out` is writable. The pointers are only compared.
pub unsafe extern "C" fn rjit_math_1(
    self_or_null: *mut PyObject,
    callable: *mut PyObject,
    x: f64,
    out: *mut f64,
) -> c_int {
    if !self_or_null.is_null() || callable.is_null() {
        return 0;
    }
    let Some(i) = MATH_FUNCS
        .iter()
        .position(|f| f.load(Relaxed) == callable as usize)
    else {
        return 0;
    };
    let r = (MATH[i].1)(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return 0;
    }
    // SAFETY: the contract above.
    unsafe { *out = r };
    1
}

/// The address of CPython's small int `-5`, the first of the interpreter's table of small
/// ints (`-5..=256`, `SMALL_INT_STRIDE` bytes apart), read by compiled code through the symbol
/// `rjit_small_ints` to box an int without a call (`lower::compare::box_int`). Set once
/// rjit is enabled, after checking that every small int is where the layout says; 0 (compiled
/// code then calls `PyLong_FromLongLong`) until then or if the check fails.
pub static SMALL_INTS: AtomicUsize = AtomicUsize::new(0);

/// Fills `SMALL_INTS` (GIL held).
fn find_small_ints() {
    if SMALL_INTS.load(Relaxed) != 0 {
        return;
    }
    // SAFETY: GIL held; PyLong_FromLong of a small int returns a new reference to the
    // interpreter's own object, which lives as long as the interpreter: only its address is
    // kept, and the reference is given back at once.
    let addr = |v: i64| unsafe {
        let o = PyLong_FromLong(v as std::ffi::c_long);
        if o.is_null() {
            PyErr_Clear();
            return 0;
        }
        Py_DECREF(o);
        o as usize
    };
    let base = addr(cpython::SMALL_INTS_FIRST);
    let all_in_place = base != 0
        && (cpython::SMALL_INTS_FIRST..cpython::SMALL_INTS_FIRST + cpython::SMALL_INTS_COUNT).all(
            |v| {
                addr(v)
                    == base + (v - cpython::SMALL_INTS_FIRST) as usize * cpython::SMALL_INT_STRIDE
            },
        );
    if all_in_place {
        SMALL_INTS.store(base, Relaxed);
    }
}

/// Fills `BUILTIN_LEN`, `BUILTIN_ISINSTANCE`, `BUILTIN_ABS`, `BUILTIN_MIN`, `BUILTIN_MAX`,
/// `LIST_APPEND`, `MATH_FUNCS`, `SMALL_INTS` and the str iterator type of `runtime::iters`
/// (once; GIL held). A failure leaves an entry NULL, which no callable equals.
pub fn init_intrinsics() {
    find_small_ints();
    super::iters::init();
    if LIST_APPEND.load(Relaxed) != 0 {
        return;
    }
    // SAFETY: GIL held (called by `hook::enable`); the references are kept for the process.
    unsafe {
        let builtins = PyEval_GetBuiltins();
        if !builtins.is_null() {
            for (name, slot) in [
                (c"len", &BUILTIN_LEN),
                (c"isinstance", &BUILTIN_ISINSTANCE),
                (c"abs", &BUILTIN_ABS),
                (c"min", &BUILTIN_MIN),
                (c"max", &BUILTIN_MAX),
                (c"any", &BUILTIN_ANY),
                (c"all", &BUILTIN_ALL),
            ] {
                let f = PyDict_GetItemString(builtins, name.as_ptr());
                if !f.is_null() && Py_TYPE(f) == ptr::addr_of_mut!(PyCFunction_Type) {
                    Py_INCREF(f);
                    slot.store(f as usize, Relaxed);
                }
            }
        }
        let append = PyObject_GetAttrString(
            ptr::addr_of_mut!(PyList_Type) as *mut PyObject,
            c"append".as_ptr(),
        );
        if append.is_null() {
            PyErr_Clear();
        } else {
            LIST_APPEND.store(append as usize, Relaxed);
        }
    }
    find_math();
}

/// Fills `MATH_FUNCS` from the `math` module once the program has imported it (rjit never
/// imports it itself): called when rjit is enabled and whenever compiled code is installed,
/// which is before any compiled `math.f(x)` can run. GIL held. Cheap once filled.
pub fn find_math() {
    if MATH_FUNCS[0].load(Relaxed) != 0 {
        return;
    }
    // SAFETY: GIL held (the contract); `modules` and `math` are borrowed from sys.modules,
    // the function objects are strong references kept for the process.
    unsafe {
        let modules = PyImport_GetModuleDict();
        let math = PyDict_GetItemString(modules, c"math".as_ptr());
        if math.is_null() || PyModule_Check(math) == 0 {
            return;
        }
        // The extension module itself (a Python module has no definition), and in it each
        // function with its own name and that module as `m_self`: `math.sqrt = math.cos` or
        // `= cmath.sqrt` done before this runs is not taken for `sqrt`.
        let def = PyModule_GetDef(math);
        if def.is_null() || std::ffi::CStr::from_ptr((*def).m_name) != c"math" {
            PyErr_Clear();
            return;
        }
        for ((name, _), slot) in MATH.iter().zip(&MATH_FUNCS).rev() {
            let f = PyObject_GetAttrString(math, name.as_ptr());
            if f.is_null() {
                PyErr_Clear();
                continue;
            }
            let own = Py_TYPE(f) == ptr::addr_of_mut!(PyCFunction_Type) && {
                let cf = f as *mut PyCFunctionObject;
                (*cf).m_self == math && std::ffi::CStr::from_ptr((*(*cf).m_ml).ml_name) == *name
            };
            if own && slot.load(Relaxed) == 0 {
                slot.store(f as usize, Relaxed);
                if MATH_MODULE.load(Relaxed) == 0 {
                    Py_INCREF(math);
                    MATH_MODULE.store(math as usize, Relaxed);
                }
            } else {
                Py_DECREF(f);
            }
        }
    }
}

/// How the hook finds a hot code object's compiled entry (counting the call), registered by
/// the hook when it is installed: the runtime does not know the co_extra slot's encoding.
pub type EntryResolver = unsafe fn(*mut PyCodeObject311) -> Option<(EntryFn, *const *mut PyObject)>;
static RESOLVER: OnceLock<EntryResolver> = OnceLock::new();

/// Registers the hook's resolver (once per process).
pub fn set_entry_resolver(f: EntryResolver) {
    let _ = RESOLVER.set(f);
}

/// The compiled entry of `code` if it is hot and installed (counted as a call), for a frame
/// the caller resumes itself (`generators::send_compiled`); the caller has checked
/// `direct_route_open`.
///
/// # Safety
/// GIL held; `code` live.
pub(crate) unsafe fn compiled_entry_of(
    code: *mut PyCodeObject311,
) -> Option<(EntryFn, *const *mut PyObject)> {
    // SAFETY: as documented (the resolver's contract).
    unsafe { (RESOLVER.get()?)(code) }
}

/// The compiled entry to run a fresh frame of `code` directly, skipping the hook: only when
/// the hook itself would run it (rjit's evaluator installed, no tracing, not generator-like).
///
/// # Safety
/// GIL held; `code` live.
#[inline(always)]
unsafe fn direct_entry(
    tstate: *mut PyThreadState,
    code: *mut PyCodeObject311,
) -> Option<(EntryFn, *const *mut PyObject)> {
    // SAFETY: reads of live thread, interpreter and code state.
    unsafe {
        if (*code).co_flags & cpython::CO_GENERATOR_LIKE != 0 || !direct_route_open(tstate) {
            return None;
        }
        (RESOLVER.get()?)(code)
    }
}

/// Whether a call may skip the evaluator: tracing is off (a tracer or profiler sees every
/// frame enter the evaluator) and the installed evaluator is rjit's own (another PEP 523
/// hook sees every call).
///
/// # Safety
/// GIL held; `tstate` is the current thread state.
#[inline(always)]
pub(crate) unsafe fn direct_route_open(tstate: *mut PyThreadState) -> bool {
    // SAFETY: reads of the live thread and interpreter state.
    unsafe {
        if cpython::use_tracing(tstate) {
            return false;
        }
        let installed = *((cpython::interp_of(tstate) as *const u8).add(cpython::INTERP_EVAL_FRAME)
            as *const usize);
        installed != 0 && installed == DIRECT_EVAL_FRAME.load(Relaxed)
    }
}

/// A call of compiled generator, coroutine or async generator code
/// (`frames::creates_generator_now`) only creates the object: done here, as the interpreter's
/// `RETURN_GENERATOR` does, instead of through the evaluator and the interpreter, under the
/// conditions of the direct route (tracing off, rjit's evaluator installed) and with CPython's
/// recursion check of the frame's entry. Code not compiled yet takes the evaluator, which
/// counts the call towards tiering up. The generator (new reference, the frame popped), NULL
/// with an exception (the frame popped), or None: nothing done, the frame still the caller's.
///
/// # Safety
/// GIL held; `frame` as `frames::make_generator` takes it, for `code`.
#[inline]
unsafe fn create_generator(
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
    code: *mut PyCodeObject311,
) -> Option<*mut PyObject> {
    // SAFETY: as documented.
    unsafe {
        if !frames::creates_generator_now(tstate, code) || !direct_route_open(tstate) {
            return None;
        }
        (RESOLVER.get()?)(code)?;
        Some(generator_of(tstate, frame))
    }
}

/// The end of a direct call of generator-making code that compiled code made itself
/// (`tier1_llvm::lower::call`, with the guards of `create_generator`: tracing off, rjit's
/// evaluator, the code compiled, `tier0::DirectShape::generator`): the generator is created
/// from the frame as `RETURN_GENERATOR` creates it, inside CPython's recursion check of the
/// frame's entry. A coroutine while origins are tracked (`frames::origins_tracked`) is made by
/// the interpreter instead, from the frame run as an entry frame, as `_PyEval_Vector` runs it.
///
/// Ownership: takes the frame (moved into the generator, or cleared; popped either way);
/// returns the generator (a new reference) or NULL with an exception set.
///
/// # Safety
/// GIL held; `frame` as `frames::make_generator` takes it, of code that `frames::generator_kind`
/// accepts.
pub unsafe extern "C" fn rjit_make_generator(
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
) -> *mut PyObject {
    // SAFETY: as documented; the interpreter takes a fresh, initialised frame that is the
    // newest of the data stack, links it as an entry frame and runs its RETURN_GENERATOR,
    // leaving it for this caller to clear and pop, as `_PyEval_Vector` does.
    unsafe {
        if !frames::creates_generator_now(tstate, (*frame).f_code) {
            let made = cffi::_PyEval_EvalFrameDefault(tstate, frame, 0);
            frames::clear_and_pop(tstate, frame);
            return made;
        }
        generator_of(tstate, frame)
    }
}

/// `make_generator` inside the interpreter's entry check (`in_entry_check`); the frame cleared
/// and popped when no generator was made.
///
/// # Safety
/// As `rjit_make_generator`, for code that `frames::creates_generator_now`.
#[inline(always)]
unsafe fn generator_of(tstate: *mut PyThreadState, frame: *mut InterpreterFrame) -> *mut PyObject {
    // SAFETY: as documented.
    unsafe {
        let generator = in_entry_check(tstate, || frames::make_generator(tstate, frame));
        if generator.is_null() {
            frames::clear_and_pop(tstate, frame);
        }
        generator
    }
}

/// A call of hot, compiled generator-making code (`frames::creates_generator_now`) that
/// reached the evaluator (from C, as `iter(obj)` with a generator `__iter__`, or from the
/// interpreter): the generator is created from the entry frame, as `RETURN_GENERATOR` creates
/// it, inside the interpreter's entry check, instead of entering the interpreter for that one
/// instruction. The frame stays the evaluator's caller's to clear.
///
/// Ownership: returns the generator (a new reference) or NULL with an exception set.
///
/// # Safety
/// GIL held; `tstate` current; `frame` as `frames::make_generator_from_entry` takes it.
pub(crate) unsafe fn generator_of_entry(
    tstate: *mut PyThreadState,
    frame: *mut InterpreterFrame,
) -> *mut PyObject {
    // SAFETY: as documented.
    unsafe { in_entry_check(tstate, || frames::make_generator_from_entry(frame)) }
}

/// `make` inside the recursion unit the interpreter's entry takes (`_Py_EnterRecursiveCallTstate`
/// with no suffix; on failure the check gives the unit back itself and `make` does not run),
/// then given back: the net effect of the interpreter's entry and RETURN_GENERATOR's leave.
///
/// # Safety
/// GIL held; `tstate` current.
#[inline(always)]
unsafe fn in_entry_check(
    tstate: *mut PyThreadState,
    make: impl FnOnce() -> *mut PyObject,
) -> *mut PyObject {
    // SAFETY: as documented.
    unsafe {
        let remaining = cpython::recursion_remaining(tstate);
        let was = *remaining;
        *remaining -= 1;
        if was <= 0 && cffi::_Py_CheckRecursiveCall(tstate, c"".as_ptr()) != 0 {
            return ptr::null_mut();
        }
        let made = make();
        *remaining += 1;
        made
    }
}

/// Parameters (positional plus keyword-only) a direct call binds at most: the set of slots
/// filled from defaults is a bit mask.
const MAX_DIRECT_PARAMS: usize = 64;

/// CALL n: `args[0..2]` is the callable pair (`[func, self]` or `[NULL, callable]`), then the
/// arguments, the last `len(kwnames)` of them by keyword.
///
/// Ownership: consumes every reference in `args[0 .. oparg + 2]`; returns a new reference, or
/// NULL with an exception set.
///
/// # Safety
/// GIL held; `args` is the frame's value stack, owned by compiled code until now.
pub unsafe extern "C" fn rjit_call(
    tstate: *mut PyThreadState,
    args: *mut *mut PyObject,
    oparg: c_int,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: the slots are the frame's value stack, owned by compiled code until now.
    unsafe {
        let mut is_meth = !(*args).is_null();
        let callable = *args.add(1);
        if !is_meth && Py_TYPE(callable) == ptr::addr_of_mut!(cffi::PyMethod_Type) {
            let func = *((callable as *mut u8).add(cpython::METHOD_FUNC) as *mut *mut PyObject);
            let slf = *((callable as *mut u8).add(cpython::METHOD_SELF) as *mut *mut PyObject);
            Py_INCREF(func);
            Py_INCREF(slf);
            *args = func;
            *args.add(1) = slf;
            Py_DECREF(callable);
            is_meth = true;
        }
        let total = oparg as usize + is_meth as usize;
        let func = if is_meth { *args } else { *args.add(1) };
        let argv = if is_meth { args.add(1) } else { args.add(2) };
        let nkw = kw_count(kwnames);
        if Py_TYPE(func) == ptr::addr_of_mut!(PyFunction_Type)
            && let Some(res) = call_function(tstate, func, argv, total - nkw, kwnames)
        {
            return res;
        }
        if !is_meth
            && Py_TYPE(func) == ptr::addr_of_mut!(PyType_Type)
            && let Some(res) = construct(tstate, args, total - nkw, kwnames)
        {
            return res;
        }
        // list(g), tuple(g), set(g), any(g), all(g) of a compiled generator.
        if !is_meth
            && total == 1
            && nkw == 0
            && let Some(into) = super::generators::drain_kind(func)
            && let Some(res) = super::generators::drain(*argv, into)
        {
            Py_DECREF(func);
            Py_DECREF(*argv);
            return res;
        }
        if !is_meth && let Some(f) = call_method_of(callable) {
            return call_instance(tstate, f, args, oparg as usize, kwnames);
        }
        if let Some(res) = call_c(tstate, func, argv, total - nkw, kwnames) {
            Py_DECREF(func);
            for i in 0..total {
                Py_DECREF(*argv.add(i));
            }
            return res;
        }
        let res = PyObject_Vectorcall(
            func,
            argv,
            (total - nkw) | PY_VECTORCALL_ARGUMENTS_OFFSET,
            kwnames,
        );
        Py_DECREF(func);
        for i in 0..total {
            Py_DECREF(*argv.add(i));
        }
        res
    }
}

/// Arguments `call_unpacked` passes on the direct route at most (more: the general route).
const MAX_UNPACKED: usize = 32;

/// CALL_FUNCTION_EX (`f(*args, **kwargs)`) of an exact Python function, or a bound method of
/// one, through the direct route: the tuple's items and the dict's values become the
/// vectorcall arguments, the dict's keys the `kwnames`, as `_PyStack_UnpackDict` makes them.
/// `None` when declined, nothing consumed or raised: another callable, a key that is not an
/// exact str, more than `MAX_UNPACKED` arguments, or a binding the direct route refuses (the
/// general route then gives CPython's exact errors).
///
/// Ownership: borrows `func`, `callargs` (an exact tuple) and `kwargs` (NULL or an exact
/// dict); the result is a new reference or NULL with an exception set.
///
/// # Safety
/// GIL held; live arguments.
pub(crate) unsafe fn call_unpacked(
    tstate: *mut PyThreadState,
    func: *mut PyObject,
    callargs: *mut PyObject,
    kwargs: *mut PyObject,
) -> Option<*mut PyObject> {
    // SAFETY: as documented; every reference put in `argv` is a new one, consumed by the
    // direct route or released here when it declines.
    unsafe {
        let (f, slf) = if Py_TYPE(func) == ptr::addr_of_mut!(cffi::PyMethod_Type) {
            (
                *((func as *mut u8).add(cpython::METHOD_FUNC) as *mut *mut PyObject),
                *((func as *mut u8).add(cpython::METHOD_SELF) as *mut *mut PyObject),
            )
        } else {
            (func, ptr::null_mut())
        };
        if Py_TYPE(f) != ptr::addr_of_mut!(PyFunction_Type) {
            return None;
        }
        let npos = PyTuple_GET_SIZE(callargs) as usize + !slf.is_null() as usize;
        let nkw = if kwargs.is_null() {
            0
        } else {
            PyDict_Size(kwargs) as usize
        };
        if npos + nkw > MAX_UNPACKED {
            return None;
        }
        let mut argv = [ptr::null_mut::<PyObject>(); MAX_UNPACKED];
        let mut n = 0;
        if !slf.is_null() {
            argv[0] = slf;
            n = 1;
        }
        for i in 0..PyTuple_GET_SIZE(callargs) {
            argv[n] = PyTuple_GET_ITEM(callargs, i);
            n += 1;
        }
        let mut kwnames = ptr::null_mut();
        if nkw > 0 {
            kwnames = PyTuple_New(nkw as Py_ssize_t);
            if kwnames.is_null() {
                PyErr_Clear();
                return None;
            }
            let (mut pos, mut k, mut v) = (0, ptr::null_mut(), ptr::null_mut());
            let mut j = 0;
            while PyDict_Next(kwargs, &mut pos, &mut k, &mut v) != 0 {
                if PyUnicode_CheckExact(k) == 0 || j == nkw {
                    Py_DECREF(kwnames);
                    return None;
                }
                Py_INCREF(k);
                PyTuple_SET_ITEM(kwnames, j as Py_ssize_t, k);
                argv[n] = v;
                n += 1;
                j += 1;
            }
            if j != nkw {
                Py_DECREF(kwnames);
                return None;
            }
        }
        for a in &argv[..n] {
            Py_INCREF(*a);
        }
        Py_INCREF(f);
        let r = call_function(tstate, f, argv.as_mut_ptr(), npos, kwnames);
        if r.is_none() {
            Py_DECREF(f);
            for a in &argv[..n] {
                Py_DECREF(*a);
            }
        }
        if !kwnames.is_null() {
            Py_DECREF(kwnames);
        }
        r
    }
}

/// `len(kwnames)`, 0 for NULL.
///
/// # Safety
/// `kwnames` is NULL or a tuple.
#[inline(always)]
unsafe fn kw_count(kwnames: *mut PyObject) -> usize {
    // SAFETY: as documented.
    unsafe {
        if kwnames.is_null() {
            0
        } else {
            PyTuple_GET_SIZE(kwnames) as usize
        }
    }
}

/// The direct route for an exact `PyFunction`: `None` when declined (nothing consumed).
///
/// Ownership: on `Some`, consumes `func` and `argv[0 .. nargs + len(kwnames)]`; the result is a
/// new reference or NULL with an exception set.
///
/// # Safety
/// GIL held; `func` is an exact function object.
#[inline]
unsafe fn call_function(
    tstate: *mut PyThreadState,
    func: *mut PyObject,
    argv: *mut *mut PyObject,
    nargs: usize,
    kwnames: *mut PyObject,
) -> Option<*mut PyObject> {
    // SAFETY: `func` is a live function; the frame is ours until popped.
    unsafe {
        let code = (*(func as *mut PyFunctionObject)).func_code as *mut PyCodeObject311;
        // Module-level code objects wrapped in functions run with locals = globals.
        if (*code).co_flags & cpython::CO_OPTIMIZED == 0 {
            return None;
        }
        let frame = frames::reserve_frame(tstate, code);
        if frame.is_null() {
            return None;
        }
        if !bind(frame, func, code, argv, nargs, kwnames) {
            frames::unreserve_frame(tstate, frame);
            return None;
        }
        frames::initialize_specials(frame, func);
        crate::stats::bump_gil(&crate::stats::DIRECT_CALLS);
        if let Some(generator) = create_generator(tstate, frame, code) {
            return Some(generator);
        }
        let res = match direct_entry(tstate, code) {
            Some((entry, table)) => {
                crate::stats::bump_gil(&crate::stats::DIRECT_ENTRIES);
                entry(tstate, frame, table)
            }
            None => frames::eval_frame(tstate, frame),
        };
        frames::clear_and_pop(tstate, frame);
        Some(res)
    }
}

/// A builtin function (`len`, `isinstance`, a bound `lst.append`) or a method descriptor found
/// by LOAD_METHOD (`lst.append`, `d.get`, `s.join` with `self` first) called through its C entry,
/// as the interpreter's `PRECALL_NO_KW_BUILTIN_*` and `PRECALL_*_METHOD_DESCRIPTOR_*` do:
/// `METH_O`, `METH_NOARGS`, `METH_FASTCALL` and `METH_FASTCALL | METH_KEYWORDS` when the
/// argument count fits, a method descriptor's `METH_METHOD | METH_FASTCALL | METH_KEYWORDS`
/// (with its type as the defining class), and `METH_VARARGS[ | METH_KEYWORDS]` without
/// keywords (the arguments as a tuple), when `self` is an instance of the descriptor's type
/// (`descr_check`); the recursion check and
/// `_Py_CheckFunctionResult` of CPython's vectorcall around it. `None` when declined: the
/// general path then gives CPython's exact errors.
///
/// Ownership: borrows everything (the caller releases `func` and the arguments); returns a
/// new reference or NULL with an exception set.
///
/// # Safety
/// GIL held; `argv` holds `nargs + len(kwnames)` live objects.
unsafe fn call_c(
    tstate: *mut PyThreadState,
    func: *mut PyObject,
    argv: *mut *mut PyObject,
    nargs: usize,
    kwnames: *mut PyObject,
) -> Option<*mut PyObject> {
    // SAFETY: the layouts are 3.11's (`cpython`); the casts of `ml_meth` follow `ml_flags`.
    unsafe {
        let tp = Py_TYPE(func);
        let f = func as *mut u8;
        // `cls`: the defining class a `METH_METHOD` function gets, the descriptor's type (a
        // builtin function's `mm_class` is not read: such functions are declined).
        let (def, slf, args, n, cls) = if tp == ptr::addr_of_mut!(PyCFunction_Type) {
            let def = *(f.add(cpython::CFUNCTION_ML) as *mut *mut u8);
            let slf = *(f.add(cpython::CFUNCTION_SELF) as *mut *mut PyObject);
            (def, slf, argv, nargs, ptr::null_mut())
        } else if tp == ptr::addr_of_mut!(PyMethodDescr_Type) && nargs >= 1 {
            let d_type = *(f.add(cpython::DESCR_TYPE) as *mut *mut PyTypeObject);
            let slf = *argv;
            if Py_TYPE(slf) != d_type && PyType_IsSubtype(Py_TYPE(slf), d_type) == 0 {
                return None;
            }
            let def = *(f.add(cpython::METHODDESCR_METHOD) as *mut *mut u8);
            (def, slf, argv.add(1), nargs - 1, d_type)
        } else {
            return None;
        };
        let flags = *(def.add(cpython::METHODDEF_FLAGS) as *mut c_int);
        let meth = *(def.add(cpython::METHODDEF_METH) as *mut *mut std::ffi::c_void);
        let nkw = kw_count(kwnames);
        // METH_STATIC and METH_CLASS functions match no kind: a static method's C function
        // gets NULL, not its `m_self` (`PyCFunction_GET_SELF`); CPython's vectorcall does it.
        let kind = flags
            & (METH_VARARGS
                | METH_FASTCALL
                | METH_NOARGS
                | METH_O
                | METH_KEYWORDS
                | METH_METHOD
                | METH_STATIC
                | METH_CLASS);
        type Fast =
            unsafe extern "C" fn(*mut PyObject, *const *mut PyObject, Py_ssize_t) -> *mut PyObject;
        type FastKw = unsafe extern "C" fn(
            *mut PyObject,
            *const *mut PyObject,
            Py_ssize_t,
            *mut PyObject,
        ) -> *mut PyObject;
        type Plain = unsafe extern "C" fn(*mut PyObject, *mut PyObject) -> *mut PyObject;
        type WithKwargs =
            unsafe extern "C" fn(*mut PyObject, *mut PyObject, *mut PyObject) -> *mut PyObject;
        type MethodKw = unsafe extern "C" fn(
            *mut PyObject,
            *mut PyTypeObject,
            *const *mut PyObject,
            Py_ssize_t,
            *mut PyObject,
        ) -> *mut PyObject;
        const METHOD_KW: c_int = METH_METHOD | METH_FASTCALL | METH_KEYWORDS;
        let fits = match kind {
            k if k == METH_O => n == 1 && nkw == 0,
            k if k == METH_NOARGS => n == 0 && nkw == 0,
            k if k == METH_FASTCALL => nkw == 0,
            k if k == METH_FASTCALL | METH_KEYWORDS => true,
            k if k == METHOD_KW => !cls.is_null(),
            k if k == METH_VARARGS || k == METH_VARARGS | METH_KEYWORDS => nkw == 0,
            _ => false,
        };
        if !fits || meth.is_null() {
            return None;
        }
        // `METH_VARARGS`: the arguments as a tuple, made before the recursion check as
        // `method_vectorcall_VARARGS` and `_PyObject_MakeTpCall` make it; no keywords, so a
        // `METH_KEYWORDS` function gets NULL for its dict, as there.
        let varargs = if kind & METH_VARARGS != 0 {
            let t = PyTuple_New(n as Py_ssize_t);
            if t.is_null() {
                return Some(ptr::null_mut());
            }
            for i in 0..n {
                Py_INCREF(*args.add(i));
                PyTuple_SET_ITEM(t, i as Py_ssize_t, *args.add(i));
            }
            t
        } else {
            ptr::null_mut()
        };
        let Some(rem) = enter_call_unit(tstate) else {
            if !varargs.is_null() {
                Py_DECREF(varargs);
            }
            return Some(ptr::null_mut());
        };
        let res = match kind {
            k if k == METH_VARARGS => {
                std::mem::transmute::<*mut std::ffi::c_void, Plain>(meth)(slf, varargs)
            }
            k if k == METH_VARARGS | METH_KEYWORDS => std::mem::transmute::<
                *mut std::ffi::c_void,
                WithKwargs,
            >(meth)(
                slf, varargs, ptr::null_mut()
            ),
            k if k == METHOD_KW => std::mem::transmute::<*mut std::ffi::c_void, MethodKw>(meth)(
                slf,
                cls,
                args,
                n as Py_ssize_t,
                if nkw == 0 { ptr::null_mut() } else { kwnames },
            ),
            k if k == METH_O => {
                std::mem::transmute::<*mut std::ffi::c_void, Plain>(meth)(slf, *args)
            }
            k if k == METH_NOARGS => {
                std::mem::transmute::<*mut std::ffi::c_void, Plain>(meth)(slf, ptr::null_mut())
            }
            k if k == METH_FASTCALL => {
                std::mem::transmute::<*mut std::ffi::c_void, Fast>(meth)(slf, args, n as Py_ssize_t)
            }
            _ => std::mem::transmute::<*mut std::ffi::c_void, FastKw>(meth)(
                slf,
                args,
                n as Py_ssize_t,
                if nkw == 0 { ptr::null_mut() } else { kwnames },
            ),
        };
        *rem += 1;
        if !varargs.is_null() {
            Py_DECREF(varargs);
        }
        Some(cffi::_Py_CheckFunctionResult(
            tstate,
            func,
            res,
            ptr::null(),
        ))
    }
}

/// `_Py_EnterRecursiveCallTstate(tstate, " while calling a Python object")`, the unit
/// `_PyObject_MakeTpCall` and the C call paths take: the budget's address, to give the unit
/// back with `*rem += 1` after the call, or `None` with RecursionError set (the unit already
/// given back by `_Py_CheckRecursiveCall`).
///
/// # Safety
/// GIL held; `tstate` is the current thread state.
#[inline(always)]
unsafe fn enter_call_unit(tstate: *mut PyThreadState) -> Option<*mut c_int> {
    // SAFETY: as documented.
    unsafe {
        let rem = cpython::recursion_remaining(tstate);
        let was = *rem;
        *rem -= 1;
        if was <= 0
            && cffi::_Py_CheckRecursiveCall(tstate, c" while calling a Python object".as_ptr()) != 0
        {
            return None;
        }
        Some(rem)
    }
}

/// `Cls(args)` for the most common classes: a heap type whose metaclass is `type`, with the
/// default `__new__` (`object_new`) or a `__new__` written in Python (`slot_tp_new` finding a
/// plain function, or a `staticmethod` of one), and a Python `__init__` or none. This is
/// `type_call`: `__new__` (`object_new` → `tp_alloc`, or the Python function through the
/// direct route with `cls` first), then, when the result is an instance of `cls`, its type's
/// `tp_init` (a Python `__init__` through the direct route with CPython's check that it
/// returned None; `object_init`'s argument check; any other `tp_init` with an argument tuple
/// and dict). `None` when declined (nothing consumed).
///
/// Ownership: `args` is the CALL's slot pair `[NULL, cls]` followed by the arguments; on
/// `Some`, every reference in it is consumed; the result is the new object or NULL with an
/// exception set.
///
/// # Safety
/// GIL held; `args[1]` is an exact `type` instance.
unsafe fn construct(
    tstate: *mut PyThreadState,
    args: *mut *mut PyObject,
    nargs: usize,
    kwnames: *mut PyObject,
) -> Option<*mut PyObject> {
    // SAFETY: `cls` is a live type; the slots are ours to consume once we commit.
    unsafe {
        let cls = *args.add(1);
        let tp = cls as *mut PyTypeObject;
        let flags = (*tp).tp_flags;
        if flags & Py_TPFLAGS_HEAPTYPE == 0 || flags & Py_TPFLAGS_IS_ABSTRACT != 0 {
            return None;
        }
        let nkw = kw_count(kwnames);
        let object_new = (*ptr::addr_of_mut!(PyBaseObject_Type)).tp_new;
        let new = (*tp).tp_new.map(|f| f as usize);
        // The `__init__` found before `object_new` ran, with the class's version tag then:
        // `object_new` makes an instance of `tp` itself, and while the tag is unchanged no
        // class in its MRO was modified (the allocation may collect, and a finalizer may
        // rebind `__init__`), so it is still the one `type_call` would find: one MRO lookup,
        // not two.
        let mut known_init = None;
        let obj = if new == object_new.map(|f| f as usize) {
            // `object_new` checks its arguments only when `__init__` is not overridden.
            let init = init_function(tp)?;
            known_init = Some((init, (*tp).tp_version_tag));
            let empty = empty_tuple()?;
            // Committed. `object_new` sees no arguments: with them it would only check what
            // the guard above established, and it also initialises the instance values
            // (`_PyObject_InitializeDict`, not exported).
            object_new?(tp, empty, ptr::null_mut())
        } else if new == Some(slots()?.tp_new) {
            let func = new_function(tp)?;
            // Committed: `__new__(cls, *args, **kwargs)`; the arguments are needed again for
            // `__init__`, so the call gets references of its own.
            let argv = args.add(1);
            for i in 0..nargs + nkw + 1 {
                Py_INCREF(*argv.add(i));
            }
            Py_INCREF(func);
            call_consuming(tstate, func, argv, nargs + 1, kwnames)
        } else {
            return None;
        };
        let release = |from: usize| {
            for i in from..nargs + nkw + 2 {
                Py_DECREF(*args.add(i));
            }
        };
        if obj.is_null() {
            release(1);
            return Some(ptr::null_mut());
        }
        // `type_call`: an object that is not an instance of `cls` is not initialised.
        if PyObject_TypeCheck(obj, tp) == 0 {
            release(1);
            return Some(obj);
        }
        let otp = Py_TYPE(obj);
        let object_init = (*ptr::addr_of_mut!(PyBaseObject_Type))
            .tp_init
            .map(|f| f as usize);
        let tp_init = (*otp).tp_init.map(|f| f as usize);
        if tp_init.is_none() || tp_init == object_init {
            release(1);
            // `object_init`: excess arguments are an error only when the object's type
            // overrides neither `__new__` nor `__init__`.
            if nargs + nkw > 0
                && tp_init.is_some()
                && (*otp).tp_new.map(|f| f as usize) == object_new.map(|f| f as usize)
            {
                PyErr_Format(
                    PyExc_TypeError,
                    c"%.200s() takes no arguments".as_ptr(),
                    (*otp).tp_name,
                );
                Py_DECREF(obj);
                return Some(ptr::null_mut());
            }
            return Some(obj);
        }
        let init = match known_init {
            Some((init, tag)) if otp == tp && tag != 0 && (*tp).tp_version_tag == tag => Some(init),
            _ => init_function(otp),
        };
        let Some(init) = init else {
            // Another `tp_init` (a builtin base's): called as `type_call` calls it.
            let r = call_tp_init(obj, args.add(2), nargs, kwnames);
            release(1);
            if r < 0 {
                Py_DECREF(obj);
                return Some(ptr::null_mut());
            }
            return Some(obj);
        };
        // `[obj, args...]` in place of `[cls, args...]`: the frame takes one reference to
        // `obj` as `self`, the caller keeps the other.
        Py_INCREF(obj);
        *args.add(1) = obj;
        Py_INCREF(init);
        let argv = args.add(1);
        let res = call_consuming(tstate, init, argv, nargs + 1, kwnames);
        Py_DECREF(cls);
        if res.is_null() {
            Py_DECREF(obj);
            return Some(ptr::null_mut());
        }
        if res != Py_None() {
            PyErr_Format(
                PyExc_TypeError,
                c"__init__() should return None, not '%.200s'".as_ptr(),
                (*Py_TYPE(res)).tp_name,
            );
            Py_DECREF(res);
            Py_DECREF(obj);
            return Some(ptr::null_mut());
        }
        Py_DECREF(res);
        Some(obj)
    }
}

/// `func(*argv[..nargs], **kwnames)` through the direct route, or `PyObject_Vectorcall` when
/// it declines.
///
/// Ownership: consumes `func` and `argv[0 .. nargs + len(kwnames)]`; returns a new reference
/// or NULL with an exception set.
///
/// # Safety
/// GIL held; `func` is an exact function; the arguments are live.
pub(crate) unsafe fn call_consuming(
    tstate: *mut PyThreadState,
    func: *mut PyObject,
    argv: *mut *mut PyObject,
    nargs: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: as documented.
    unsafe {
        if let Some(r) = call_function(tstate, func, argv, nargs, kwnames) {
            return r;
        }
        let r = PyObject_Vectorcall(func, argv, nargs | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
        Py_DECREF(func);
        for i in 0..nargs + kw_count(kwnames) {
            Py_DECREF(*argv.add(i));
        }
        r
    }
}

/// The Python `__init__` `slot_tp_init` would call for instances of `tp` (borrowed): only when
/// `tp_init` is `slot_tp_init` and the attribute found is a plain function.
///
/// # Safety
/// GIL held; `tp` live.
unsafe fn init_function(tp: *mut PyTypeObject) -> Option<*mut PyObject> {
    // SAFETY: as documented; `_PyType_Lookup` returns a borrowed reference or NULL.
    unsafe {
        if (*tp).tp_init.map(|f| f as usize) != Some(slots()?.tp_init) {
            return None;
        }
        let init = cffi::_PyType_Lookup(tp, intern_init()?);
        (!init.is_null() && Py_TYPE(init) == ptr::addr_of_mut!(PyFunction_Type)).then_some(init)
    }
}

/// The function `slot_tp_new` would call for `tp` (borrowed): `PyObject_GetAttr(tp,
/// "__new__")` when it finds a plain function or a `staticmethod` of one in the class's MRO
/// (for a metaclass that is exactly `type`, whose own `__new__` is not a data descriptor, the
/// class's attribute is what `type_getattro` returns).
///
/// # Safety
/// GIL held; `tp` live, with `type` as its metaclass.
unsafe fn new_function(tp: *mut PyTypeObject) -> Option<*mut PyObject> {
    // SAFETY: as documented; the staticmethod's callable is read from its own struct.
    unsafe {
        let attr = cffi::_PyType_Lookup(tp, intern_new()?);
        if attr.is_null() {
            return None;
        }
        let f = if Py_TYPE(attr) == ptr::addr_of_mut!(cffi::PyStaticMethod_Type) {
            *((attr as *mut u8).add(cpython::STATICMETHOD_CALLABLE) as *mut *mut PyObject)
        } else {
            attr
        };
        (!f.is_null() && Py_TYPE(f) == ptr::addr_of_mut!(PyFunction_Type)).then_some(f)
    }
}

/// `tp_init(obj, args, kwargs)` of `obj`'s type with the vectorcall arguments made a tuple and
/// a dict, as `_PyObject_MakeTpCall` makes them. Returns the slot's result (-1: error set).
///
/// Ownership: borrows everything.
///
/// # Safety
/// GIL held; `argv` holds `nargs + len(kwnames)` live objects; the type has a `tp_init`.
unsafe fn call_tp_init(
    obj: *mut PyObject,
    argv: *mut *mut PyObject,
    nargs: usize,
    kwnames: *mut PyObject,
) -> c_int {
    // SAFETY: as documented.
    unsafe {
        let Some(init) = (*Py_TYPE(obj)).tp_init else {
            return 0;
        };
        let tuple = PyTuple_New(nargs as Py_ssize_t);
        if tuple.is_null() {
            return -1;
        }
        for i in 0..nargs {
            Py_INCREF(*argv.add(i));
            PyTuple_SET_ITEM(tuple, i as Py_ssize_t, *argv.add(i));
        }
        let mut kwargs = ptr::null_mut();
        let nkw = kw_count(kwnames);
        if nkw > 0 {
            kwargs = PyDict_New();
            if kwargs.is_null() {
                Py_DECREF(tuple);
                return -1;
            }
            for i in 0..nkw {
                let k = PyTuple_GET_ITEM(kwnames, i as Py_ssize_t);
                if PyDict_SetItem(kwargs, k, *argv.add(nargs + i)) < 0 {
                    Py_DECREF(tuple);
                    Py_DECREF(kwargs);
                    return -1;
                }
            }
        }
        let r = init(obj, tuple, kwargs);
        Py_DECREF(tuple);
        if !kwargs.is_null() {
            Py_DECREF(kwargs);
        }
        r
    }
}

/// The slot functions CPython installs for a class defined in Python (static in typeobject.c),
/// learnt once from such a class: `tp_init` with an `__init__`, `tp_new` with a `__new__`,
/// `tp_getattro` with a `__getattr__` (`slot_tp_getattr_hook`), `mp_subscript` with a
/// `__getitem__`, `tp_call` with a `__call__`, `tp_iter` with an `__iter__`.
struct Slots {
    tp_init: usize,
    tp_new: usize,
    tp_getattro: usize,
    mp_subscript: usize,
    tp_call: usize,
    tp_iter: usize,
}

fn slots() -> Option<&'static Slots> {
    static SLOTS: OnceLock<Option<Slots>> = OnceLock::new();
    SLOTS
        .get_or_init(|| {
            // SAFETY: called with the GIL held (from compiled code); the probe class is a
            // plain class statement run in a fresh namespace, and any error is cleared.
            unsafe {
                let ns = PyDict_New();
                if ns.is_null() {
                    PyErr_Clear();
                    return None;
                }
                let r = PyRun_String(
                    c"class P:\n    def __new__(cls):\n        pass\n    def __init__(self):\n        pass\n    def __getattr__(self, k):\n        pass\n    def __getitem__(self, k):\n        pass\n    def __call__(self):\n        pass\n    def __iter__(self):\n        pass\n"
                        .as_ptr(),
                    Py_file_input,
                    ns,
                    ns,
                );
                let mut found = None;
                if r.is_null() {
                    PyErr_Clear();
                } else {
                    Py_DECREF(r);
                    let p = PyDict_GetItemString(ns, c"P".as_ptr());
                    if !p.is_null() && PyType_Check(p) != 0 {
                        let tp = p as *mut PyTypeObject;
                        let m = (*tp).tp_as_mapping;
                        found = match (
                            (*tp).tp_init,
                            (*tp).tp_new,
                            (*tp).tp_getattro,
                            (*tp).tp_call,
                            (*tp).tp_iter,
                        ) {
                            (Some(init), Some(new), Some(getattro), Some(call), Some(iter))
                                if !m.is_null() =>
                            {
                                (*m).mp_subscript.map(|s| Slots {
                                    tp_init: init as usize,
                                    tp_new: new as usize,
                                    tp_getattro: getattro as usize,
                                    mp_subscript: s as usize,
                                    tp_call: call as usize,
                                    tp_iter: iter as usize,
                                })
                            }
                            _ => None,
                        };
                    }
                }
                Py_DECREF(ns);
                found
            }
        })
        .as_ref()
}

/// `slot_tp_getattr_hook`: the `tp_getattro` of a class defined in Python with a
/// `__getattr__` (`inline_cache`).
pub(crate) fn slot_getattr_hook() -> Option<usize> {
    slots().map(|s| s.tp_getattro)
}

/// The interned string `"__getattribute__"`.
pub(crate) fn intern_getattribute() -> Option<*mut PyObject> {
    static NAME: OnceLock<usize> = OnceLock::new();
    interned(&NAME, c"__getattribute__")
}

/// BINARY_SUBSCR's general path (compiled code tries lists and tuples inline first). An
/// instance of a class whose `__getitem__` is a Python function (its mapping slot is
/// `slot_mp_subscript`, which would look the function up and call it) has that function
/// called through the direct route, as 3.11's `BINARY_SUBSCR_GETITEM` does: no slot wrapper,
/// no `vectorcall_method`, no `_PyEval_Vector` and hook. Everything else, and a call the
/// direct route declines, is `PyObject_GetItem`.
///
/// Ownership: borrows both; returns a new reference or NULL with an exception set.
///
/// # Safety
/// GIL held; both objects live.
pub unsafe extern "C" fn rjit_getitem(
    tstate: *mut PyThreadState,
    container: *mut PyObject,
    sub: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: 3.11 layouts; `_PyType_Lookup` returns a borrowed reference and never raises.
    unsafe {
        let tp = Py_TYPE(container);
        if (*tp).tp_flags & Py_TPFLAGS_HEAPTYPE != 0
            && !(*tp).tp_as_mapping.is_null()
            && let Some(s) = slots()
            && (*(*tp).tp_as_mapping).mp_subscript.map(|f| f as usize) == Some(s.mp_subscript)
            && let Some(name) = intern_getitem()
        {
            let f = cffi::_PyType_Lookup(tp, name);
            if !f.is_null() && Py_TYPE(f) == ptr::addr_of_mut!(PyFunction_Type) {
                Py_INCREF(f);
                Py_INCREF(container);
                Py_INCREF(sub);
                let mut argv = [container, sub];
                if let Some(r) = call_function(tstate, f, argv.as_mut_ptr(), 2, ptr::null_mut()) {
                    return r;
                }
                Py_DECREF(f);
                Py_DECREF(container);
                Py_DECREF(sub);
            }
        }
        PyObject_GetItem(container, sub)
    }
}

/// An object made once, on first use with the GIL held, and kept for the life of the process
/// (a new reference never released); None if making it failed.
fn once(
    cell: &'static OnceLock<usize>,
    make: impl FnOnce() -> *mut PyObject,
) -> Option<*mut PyObject> {
    let p = *cell.get_or_init(|| make() as usize);
    (p != 0).then_some(p as *mut PyObject)
}

/// The interned string `name`, made once per process into `cell` and kept (a strong
/// reference never released): the runtime looks names up by object, never by C string, on
/// any path compiled code takes often. None if it could not be made (an exception was set
/// then, on the first call only).
pub(crate) fn interned(
    cell: &'static OnceLock<usize>,
    name: &'static std::ffi::CStr,
) -> Option<*mut PyObject> {
    // SAFETY: GIL held (the runtime's helpers run with it).
    once(cell, || unsafe {
        PyUnicode_InternFromString(name.as_ptr())
    })
}

/// The interned string `"__getitem__"`.
fn intern_getitem() -> Option<*mut PyObject> {
    static NAME: OnceLock<usize> = OnceLock::new();
    interned(&NAME, c"__getitem__")
}

/// The empty tuple.
fn empty_tuple() -> Option<*mut PyObject> {
    static EMPTY: OnceLock<usize> = OnceLock::new();
    // SAFETY: GIL held (called from compiled code).
    once(&EMPTY, || unsafe { PyTuple_New(0) })
}

/// The interned string `"__call__"`.
fn intern_call() -> Option<*mut PyObject> {
    static NAME: OnceLock<usize> = OnceLock::new();
    interned(&NAME, c"__call__")
}

/// The interned string `"__iter__"`.
fn intern_iter() -> Option<*mut PyObject> {
    static NAME: OnceLock<usize> = OnceLock::new();
    interned(&NAME, c"__iter__")
}

/// GET_ITER and GET_YIELD_FROM_ITER's `PyObject_GetIter(obj)`. An instance of a class whose
/// `__iter__` is a plain function (its `tp_iter` is `slot_tp_iter`) has that function called
/// through the direct route, as `slot_tp_iter` would call it (`call_unbound_noarg`): a
/// generator `__iter__` of compiled code is created without the evaluator (a container
/// walked by `for`, a tree walked by `yield from`); the result gets `PyObject_GetIter`'s
/// iterator check. Everything else is `PyObject_GetIter`.
///
/// Ownership: `obj` borrowed; returns a new reference or NULL with an exception set.
///
/// # Safety
/// GIL held; `tstate` current; `obj` live.
pub unsafe extern "C" fn rjit_get_iter(
    tstate: *mut PyThreadState,
    obj: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: as documented; `_PyType_Lookup` returns a borrowed reference, held (incref)
    // across the call as `lookup_maybe_method` holds it.
    unsafe {
        let tp = Py_TYPE(obj);
        let direct = match (slots(), intern_iter()) {
            (Some(s), Some(name)) if (*tp).tp_iter.map(|f| f as usize) == Some(s.tp_iter) => {
                let f = cffi::_PyType_Lookup(tp, name);
                (!f.is_null() && Py_TYPE(f) == ptr::addr_of_mut!(PyFunction_Type)).then_some(f)
            }
            _ => None,
        };
        let Some(func) = direct else {
            return PyObject_GetIter(obj);
        };
        Py_INCREF(func);
        Py_INCREF(obj);
        let mut args = [ptr::null_mut(), obj];
        let res = call_consuming(tstate, func, args.as_mut_ptr().add(1), 1, ptr::null_mut());
        if !res.is_null() && PyIter_Check(res) == 0 {
            PyErr_Format(
                PyExc_TypeError,
                c"iter() returned non-iterator of type '%.100s'".as_ptr(),
                (*Py_TYPE(res)).tp_name,
            );
            Py_DECREF(res);
            return ptr::null_mut();
        }
        res
    }
}

/// The `__call__` that `slot_tp_call` would call for `obj` (borrowed): only when its type's
/// `tp_call` is `slot_tp_call` (a class defining `__call__` in Python) and the attribute found
/// on the type is a plain function.
///
/// # Safety
/// GIL held; `obj` live.
unsafe fn call_method_of(obj: *mut PyObject) -> Option<*mut PyObject> {
    // SAFETY: as documented; `_PyType_Lookup` returns a borrowed reference or NULL.
    unsafe {
        let tp = Py_TYPE(obj);
        if (*tp).tp_call.map(|f| f as usize) != Some(slots()?.tp_call) {
            return None;
        }
        let f = cffi::_PyType_Lookup(tp, intern_call()?);
        (!f.is_null() && Py_TYPE(f) == ptr::addr_of_mut!(PyFunction_Type)).then_some(f)
    }
}

/// `obj(*args)` where `obj`'s class defines `__call__` as a plain function
/// (`call_method_of`): the function called with `obj` first through the direct route, inside
/// the recursion unit `_PyObject_MakeTpCall` takes, as `slot_tp_call` would call it. `args`
/// is the CALL's `[NULL, obj, arguments...]`; every reference in it is consumed.
///
/// # Safety
/// GIL held; as `rjit_call`, with `func` borrowed from `obj`'s type.
unsafe fn call_instance(
    tstate: *mut PyThreadState,
    func: *mut PyObject,
    args: *mut *mut PyObject,
    oparg: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: as documented.
    unsafe {
        let Some(rem) = enter_call_unit(tstate) else {
            for i in 1..oparg + 2 {
                Py_DECREF(*args.add(i));
            }
            return ptr::null_mut();
        };
        Py_INCREF(func);
        *args = func;
        let nkw = kw_count(kwnames);
        let res = call_consuming(tstate, func, args.add(1), oparg + 1 - nkw, kwnames);
        *rem += 1;
        res
    }
}

/// The interned string `"__new__"`.
fn intern_new() -> Option<*mut PyObject> {
    static NAME: OnceLock<usize> = OnceLock::new();
    interned(&NAME, c"__new__")
}

/// The interned string `"__init__"`.
fn intern_init() -> Option<*mut PyObject> {
    static NAME: OnceLock<usize> = OnceLock::new();
    interned(&NAME, c"__init__")
}

/// `initialize_locals` (ceval.c, 3.11.7) for the cases that cannot raise. Fills the NULL
/// `localsplus` of `frame`; returns false, with `localsplus` all NULL again and nothing
/// allocated or consumed, when the binding would fail or needs the general route.
///
/// Ownership: on success, the argument references move into the frame (keyword values that land
/// in `**kwargs` are moved into that dict), defaults are new references.
///
/// # Safety
/// `frame` comes from `reserve_frame(code)`; `argv` holds `nargs + len(kwnames)` owned refs.
unsafe fn bind(
    frame: *mut InterpreterFrame,
    func: *mut PyObject,
    code: *mut PyCodeObject311,
    argv: *mut *mut PyObject,
    nargs: usize,
    kwnames: *mut PyObject,
) -> bool {
    // SAFETY: every index below is bounded by the code object's own counts.
    unsafe {
        let co = &*code;
        let locals = (*frame).localsplus.as_mut_ptr();
        let co_argc = co.co_argcount as usize;
        let total = co_argc + co.co_kwonlyargcount as usize;
        let varargs = co.co_flags & CO_VARARGS != 0;
        let varkw = co.co_flags & CO_VARKEYWORDS != 0;
        let nkw = kw_count(kwnames);
        // The fast case: exactly the positional parameters, nothing else to build.
        if nargs == co_argc && nkw == 0 && total == co_argc && !varargs && !varkw {
            ptr::copy_nonoverlapping(argv, locals, nargs);
            return true;
        }
        if total > MAX_DIRECT_PARAMS || (nargs > co_argc && !varargs) {
            return false;
        }
        let n = nargs.min(co_argc);
        let kwdict = if varkw { PyDict_New() } else { ptr::null_mut() };
        if varkw && kwdict.is_null() {
            PyErr_Clear();
            return false;
        }
        let undo = |kwdict: *mut PyObject| {
            ptr::write_bytes(locals, 0, total);
            if !kwdict.is_null() {
                Py_DECREF(kwdict);
            }
            false
        };
        // Keywords first (borrowed pointers until the binding is known to succeed).
        let names = (co.co_localsplusnames as *mut PyTupleObject)
            .cast::<u8>()
            .add(cpython::TUPLE_ITEMS) as *mut *mut PyObject;
        let posonly = co.co_posonlyargcount as usize;
        let mut to_dict: u64 = 0;
        // Parameters bound so far (bit j: `localsplus[j]`), kept here rather than read back
        // from `localsplus`: those slots were just zeroed with wide stores, and reading one
        // back stalled on store forwarding (that load had 18% of this function's samples).
        let mut filled: u64 = 0;
        for i in 0..nkw {
            let key = PyTuple_GET_ITEM(kwnames, i as Py_ssize_t);
            let value = *argv.add(nargs + i);
            let mut found = (posonly..total).find(|&j| *names.add(j) == key);
            if found.is_none() {
                found = (posonly..total).find(|&j| PyUnicode_Compare(*names.add(j), key) == 0);
                if !PyErr_Occurred().is_null() {
                    PyErr_Clear();
                    return undo(kwdict);
                }
            }
            match found {
                Some(j) if j >= n && filled & (1 << j) == 0 => {
                    *locals.add(j) = value;
                    filled |= 1 << j;
                }
                None if varkw && i < 64 => {
                    if PyDict_SetItem(kwdict, key, value) != 0 {
                        PyErr_Clear();
                        return undo(kwdict);
                    }
                    to_dict |= 1 << i;
                }
                _ => return undo(kwdict),
            }
        }
        ptr::copy_nonoverlapping(argv, locals, n);
        filled |= if n >= 64 { u64::MAX } else { (1 << n) - 1 };
        // Missing positional parameters come from `__defaults__`.
        let mut from_defaults: u64 = 0;
        if nargs < co_argc {
            let defs = (*(func as *mut PyFunctionObject)).func_defaults;
            let defcount = if defs.is_null() {
                0
            } else {
                PyTuple_GET_SIZE(defs) as usize
            };
            if defcount > co_argc {
                return undo(kwdict);
            }
            let m = co_argc - defcount;
            for i in nargs..co_argc {
                if filled & (1 << i) != 0 {
                    continue;
                }
                if i < m {
                    return undo(kwdict);
                }
                *locals.add(i) = PyTuple_GET_ITEM(defs, (i - m) as Py_ssize_t);
                from_defaults |= 1 << i;
            }
        }
        // Missing keyword-only parameters come from `__kwdefaults__`.
        for i in co_argc..total {
            if filled & (1 << i) != 0 {
                continue;
            }
            let kwdefs = (*(func as *mut PyFunctionObject)).func_kwdefaults;
            let def = if kwdefs.is_null() {
                ptr::null_mut()
            } else {
                PyDict_GetItemWithError(kwdefs, *names.add(i))
            };
            if def.is_null() {
                PyErr_Clear();
                return undo(kwdict);
            }
            *locals.add(i) = def;
            from_defaults |= 1 << i;
        }
        let star = if varargs {
            let t = PyTuple_New((nargs - n) as Py_ssize_t);
            if t.is_null() {
                PyErr_Clear();
                return undo(kwdict);
            }
            t
        } else {
            ptr::null_mut()
        };
        // Committed: nothing below can fail.
        for i in 0..total {
            if from_defaults & (1 << i) != 0 {
                Py_INCREF(*locals.add(i));
            }
        }
        if varargs {
            for k in n..nargs {
                PyTuple_SET_ITEM(star, (k - n) as Py_ssize_t, *argv.add(k));
            }
            *locals.add(total) = star;
        }
        if varkw {
            *locals.add(total + varargs as usize) = kwdict;
            for i in 0..nkw {
                if to_dict & (1 << i) != 0 {
                    Py_DECREF(*argv.add(nargs + i));
                }
            }
        }
        true
    }
}

/// Clears and pops a frame compiled code pushed for a direct call, after its entry returned
/// (`_PyEvalFrameClearAndPop`).
///
/// # Safety
/// GIL held; `frame` is the newest frame on this thread's data stack, pushed inside the current
/// chunk by compiled code, initialised, run and unlinked.
pub unsafe extern "C" fn rjit_pop_frame(tstate: *mut PyThreadState, frame: *mut InterpreterFrame) {
    // SAFETY: as documented.
    unsafe { frames::clear_and_pop(tstate, frame) }
}

#[cfg(test)]
mod tests {
    /// Typed code finds `math.<name>` at `rjit_math_funcs[k]` for `k` its index in
    /// `hir::specialise::MATH_NAMES` (`Intrinsic::Math`): the two lists must agree.
    #[test]
    fn math_table_is_in_the_order_typed_code_indexes_it() {
        let names: Vec<&str> = super::MATH
            .iter()
            .map(|(n, _)| n.to_str().unwrap())
            .collect();
        assert_eq!(names, crate::hir::specialise::MATH_NAMES);
    }
}
