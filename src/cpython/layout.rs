//! Layout mirrors and accessors for CPython 3.11 internals.
//!
//! Invariant: every struct and offset matches CPython 3.11.x on 64-bit Linux; the `const`
//! assertions at the bottom pin the offsets read with gdb from 3.11.7. All accessors take raw
//! pointers and require the GIL; none of them changes a reference count unless it says so.

use std::ffi::{c_char, c_int, c_long, c_void};
use std::mem::{offset_of, size_of};
use std::ptr;

use pyo3_ffi::{Py_ssize_t, PyObject, PyTypeObject, PyVarObject};

/// `PyCodeObject` (Include/cpython/code.h `_PyCode_DEF`), 3.11.
#[repr(C)]
pub struct PyCodeObject311 {
    pub ob_base: PyVarObject,
    pub co_consts: *mut PyObject,
    pub co_names: *mut PyObject,
    pub co_exceptiontable: *mut PyObject,
    pub co_flags: c_int,
    pub co_warmup: i16,
    pub co_linearray_entry_size: i16,
    pub co_argcount: c_int,
    pub co_posonlyargcount: c_int,
    pub co_kwonlyargcount: c_int,
    pub co_stacksize: c_int,
    pub co_firstlineno: c_int,
    pub co_nlocalsplus: c_int,
    pub co_nlocals: c_int,
    pub co_nplaincellvars: c_int,
    pub co_ncellvars: c_int,
    pub co_nfreevars: c_int,
    pub co_localsplusnames: *mut PyObject,
    pub co_localspluskinds: *mut PyObject,
    pub co_filename: *mut PyObject,
    pub co_name: *mut PyObject,
    pub co_qualname: *mut PyObject,
    pub co_linetable: *mut PyObject,
    pub co_weakreflist: *mut PyObject,
    pub co_code_cached: *mut PyObject,
    pub co_linearray: *mut c_char,
    pub co_firsttraceable: c_int,
    pub co_extra: *mut c_void,
    /// The live, quickened bytecode (`_PyCode_CODE`); `Py_SIZE(code)` units long.
    pub co_code_adaptive: [u16; 0],
}

/// `_PyCodeObjectExtra` (Objects/codeobject.c): the array behind `co_extra`.
#[repr(C)]
pub struct CodeExtra {
    pub ce_size: isize,
    pub ce_extras: [*mut c_void; 1],
}

/// `struct _PyInterpreterFrame` (Include/internal/pycore_frame.h), 3.11.
#[repr(C)]
pub struct InterpreterFrame {
    /// Strong.
    pub f_func: *mut PyObject,
    /// Borrowed from `f_func`.
    pub f_globals: *mut PyObject,
    /// Borrowed from `f_func`.
    pub f_builtins: *mut PyObject,
    /// Strong, may be NULL.
    pub f_locals: *mut PyObject,
    /// Strong.
    pub f_code: *mut PyCodeObject311,
    /// Strong, may be NULL.
    pub frame_obj: *mut PyObject,
    pub previous: *mut InterpreterFrame,
    /// Points into `f_code->co_code_adaptive`: the instruction being executed.
    pub prev_instr: *mut u16,
    pub stacktop: c_int,
    pub is_entry: bool,
    pub owner: c_char,
    pub localsplus: [*mut PyObject; 0],
}

/// `enum _frameowner`.
pub const FRAME_OWNED_BY_THREAD: c_char = 0;
pub const FRAME_OWNED_BY_GENERATOR: c_char = 1;
/// `PyGenObject.gi_frame_state` relative to its embedded frame (`gi_iframe` at 80, state at 75).
pub const GEN_FRAME_STATE_FROM_FRAME: i64 = 75 - 80;
/// `PyGenObject` relative to its embedded frame (`_PyFrame_GetGenerator`).
pub const GEN_FROM_FRAME: isize = -80;
/// `gi_frame_state` values (pycore_frame.h:33).
pub const FRAME_CREATED: i8 = -2;
pub const FRAME_SUSPENDED: i8 = -1;
pub const FRAME_EXECUTING: i8 = 0;
pub const FRAME_COMPLETED: i8 = 1;
pub const FRAME_CLEARED: i8 = 4;
/// `PyGenObject.gi_code` and `gi_frame_state` (absolute offsets).
pub const GEN_CODE: usize = 16;
pub const GEN_FRAME_STATE: usize = 75;
pub const GEN_IFRAME: usize = 80;
/// The other `PyGenObject` fields before `gi_frame_state` (cpython/genobject.h, 3.11.7):
/// `gi_weakreflist`, `gi_name`, `gi_qualname`, `gi_exc_state` (`exc_value`, `previous_item`),
/// `gi_origin_or_finalizer`, then the chars `gi_hooks_inited`, `gi_closed`, `gi_running_async`.
pub const GEN_WEAKREFLIST: usize = 24;
pub const GEN_NAME: usize = 32;
pub const GEN_QUALNAME: usize = 40;
pub const GEN_EXC_VALUE: usize = 48;
pub const GEN_EXC_PREVIOUS: usize = 56;
pub const GEN_ORIGIN_OR_FINALIZER: usize = 64;
pub const GEN_HOOKS_INITED: usize = 72;
/// `ag_closed` and `ag_running_async` of an async generator (the chars after `ag_hooks_inited`).
pub const GEN_CLOSED: usize = 73;
pub const GEN_RUNNING_ASYNC: usize = 74;
/// `PyAsyncGenASend` (Objects/genobject.c, 3.11), the awaitable of `__anext__()`/`asend()`:
/// `ags_gen` (the async generator), `ags_sendval` (NULL in `__anext__` mode), `ags_state` (an
/// `AwaitableState`, a C int).
pub const ASEND_GEN: usize = 16;
pub const ASEND_SENDVAL: usize = 24;
pub const ASEND_STATE: usize = 32;
pub const ASEND_BASICSIZE: isize = 40;
/// `AwaitableState` (Objects/genobject.c).
pub const AWAITABLE_STATE_INIT: c_int = 0;
pub const AWAITABLE_STATE_ITER: c_int = 1;
pub const AWAITABLE_STATE_CLOSED: c_int = 2;
/// `_PyAsyncGenWrappedValue.agw_val`: the value of an async generator's `yield`, wrapped by
/// ASYNC_GEN_WRAP so that `async_gen_unwrap_value` tells it from an `await`'s.
pub const WRAPPED_VALUE_VAL: usize = 16;
/// The `RETURN_GENERATOR` opcode (opcode.h, 3.11).
pub const OPCODE_RETURN_GENERATOR: u8 = 75;
/// `COPY_FREE_VARS` (opcode.h, 3.11): a closure's first instruction.
pub const OPCODE_COPY_FREE_VARS: u8 = 149;
/// RESUME and its quickened form (opcode.h), which `_PyGen_yf` looks for after a yield.
pub const OPCODE_RESUME: u16 = 151;
pub const OPCODE_RESUME_QUICK: u16 = 150;
/// `PyCellObject.ob_ref`.
pub const CELL_REF: usize = 16;
/// `PyThreadState.exc_info` (a `_PyErr_StackItem*` whose first field is `exc_value`).
pub const TSTATE_EXC_INFO: usize = 120;

/// Code flags (Include/cpython/code.h).
pub const CO_OPTIMIZED: c_int = 0x0001;
/// `co_localspluskinds` bit of a cell variable (pycore_code.h, 3.11).
pub const CO_FAST_CELL: u8 = 0x40;
/// `co_localspluskinds` bit of a free variable (pycore_code.h, 3.11).
pub const CO_FAST_FREE: u8 = 0x80;
pub const CO_NEWLOCALS: c_int = 0x0002;
pub const CO_VARARGS: c_int = 0x0004;
pub const CO_VARKEYWORDS: c_int = 0x0008;
pub const CO_GENERATOR: c_int = 0x0020;
pub const CO_COROUTINE: c_int = 0x0080;
pub const CO_ITERABLE_COROUTINE: c_int = 0x0100;
pub const CO_ASYNC_GENERATOR: c_int = 0x0200;
/// Any flag whose frames start with RETURN_GENERATOR or are resumed by `gen_send_ex2`.
pub const CO_GENERATOR_LIKE: c_int =
    CO_GENERATOR | CO_COROUTINE | CO_ITERABLE_COROUTINE | CO_ASYNC_GENERATOR;

// PyThreadState (`struct _ts`) fields, byte offsets (3.11.7, gdb).
pub const TSTATE_INTERP: usize = 16;
pub const TSTATE_RECURSION_REMAINING: usize = 32;
pub const TSTATE_CFRAME: usize = 56;
/// `curexc_type`: non-NULL while an exception is set (`_PyErr_Occurred`).
pub const TSTATE_CUREXC_TYPE: usize = 96;
pub const TSTATE_ASYNC_EXC: usize = 144;
/// `coroutine_origin_tracking_depth` (an int; `sys.set_coroutine_origin_tracking_depth`).
pub const TSTATE_COROUTINE_ORIGIN_TRACKING_DEPTH: usize = 200;
// _PyCFrame fields.
pub const CFRAME_USE_TRACING: usize = 0;
pub const CFRAME_CURRENT_FRAME: usize = 8;
// PyInterpreterState fields.
pub const INTERP_EVAL_BREAKER: usize = 0x64;
pub const INTERP_GIL_DROP_REQUEST: usize = 0x68;
/// `PyInterpreterState.eval_frame` (NULL means `_PyEval_EvalFrameDefault`).
pub const INTERP_EVAL_FRAME: usize = 0x590;
/// `PyInterpreterState.async_gen` (`struct _Py_async_gen_state`, 3.11.7, read with gdb):
/// `value_freelist[_PyAsyncGen_MAXFREELIST]` of `_PyAsyncGenWrappedValue*`, then
/// `int value_numfree`. `_PyAsyncGenValueWrapperNew` takes from it and
/// `async_gen_wrapped_val_dealloc` gives back to it.
pub const INTERP_ASYNC_GEN_VALUE_FREELIST: usize = 5816;
pub const INTERP_ASYNC_GEN_VALUE_NUMFREE: usize = 6456;
pub const ASYNC_GEN_MAXFREELIST: c_int = 80;
// Frame fields compiled code touches.
pub const FRAME_CODE: usize = offset_of!(InterpreterFrame, f_code);
pub const FRAME_PREV_INSTR: usize = offset_of!(InterpreterFrame, prev_instr);
pub const FRAME_STACKTOP: usize = offset_of!(InterpreterFrame, stacktop);
pub const FRAME_LOCALSPLUS: usize = offset_of!(InterpreterFrame, localsplus);
pub const FRAME_GLOBALS: usize = offset_of!(InterpreterFrame, f_globals);
pub const FRAME_BUILTINS: usize = offset_of!(InterpreterFrame, f_builtins);
pub const FRAME_PREVIOUS: usize = offset_of!(InterpreterFrame, previous);
pub const FRAME_FUNC: usize = offset_of!(InterpreterFrame, f_func);
pub const FRAME_LOCALS: usize = offset_of!(InterpreterFrame, f_locals);
pub const FRAME_FRAME_OBJ: usize = offset_of!(InterpreterFrame, frame_obj);
/// `is_entry` and `owner`, two adjacent bytes.
pub const FRAME_IS_ENTRY: usize = offset_of!(InterpreterFrame, is_entry);
/// `PyCFunctionObject.m_ml` / `m_self` (builtin functions and bound builtin methods).
pub const CFUNCTION_ML: usize = offset_of!(pyo3_ffi::PyCFunctionObject, m_ml);
pub const CFUNCTION_SELF: usize = offset_of!(pyo3_ffi::PyCFunctionObject, m_self);
/// `PyMethodDescrObject`: `d_common.d_type` and `d_method`.
pub const DESCR_TYPE: usize = 16;
pub const METHODDESCR_METHOD: usize = 40;
/// `PyMethodDef.ml_meth` / `ml_flags`.
pub const METHODDEF_METH: usize = offset_of!(pyo3_ffi::PyMethodDef, ml_meth);
pub const METHODDEF_FLAGS: usize = offset_of!(pyo3_ffi::PyMethodDef, ml_flags);
/// `PyDictObject.ma_keys`.
pub const DICT_KEYS: usize = offset_of!(pyo3_ffi::PyDictObject, ma_keys);
/// `PyDictObject.ma_values`: a split dict's values array (indexed like its shared keys' entries),
/// NULL for a combined dict.
pub const DICT_VALUES: usize = offset_of!(pyo3_ffi::PyDictObject, ma_values);
/// `PyTypeObject.tp_version_tag`.
pub const TYPE_VERSION_TAG: usize = offset_of!(PyTypeObject, tp_version_tag);
/// `PyHeapTypeObject.ht_cached_keys` (the shared keys of its instances).
pub const HEAPTYPE_CACHED_KEYS: usize = offset_of!(pyo3_ffi::PyHeapTypeObject, ht_cached_keys);
/// Managed-dict objects: the values pointer and the dict pointer sit before the header
/// (`_PyObject_ValuesPointer`, `_PyObject_ManagedDictPointer`; see `managed_values`).
pub const MANAGED_VALUES: i64 = -32;
/// The count byte of an instance-values array's insertion order, relative to the array; the
/// indexes sit below it, the newest at `VALUES_ORDER_COUNT - count`
/// (`values_add_to_insertion_order`).
pub const VALUES_ORDER_COUNT: i64 = -2;
pub const MANAGED_DICT: i64 = -24;
pub const CODE_EXTRA: usize = offset_of!(PyCodeObject311, co_extra);
pub const CODE_NAMES: usize = offset_of!(PyCodeObject311, co_names);
/// `PyFunctionObject` fields (3.11.7, gdb; pinned against pyo3-ffi's mirror in `frames`).
pub const FUNC_GLOBALS: usize = 16;
pub const FUNC_BUILTINS: usize = 24;
pub const FUNC_CODE: usize = 48;
/// `func_defaults`: NULL or a tuple, read at every call (`__defaults__` may be replaced).
pub const FUNC_DEFAULTS: usize = 56;
/// `func_closure`: NULL or a tuple of cells (`co_nfreevars` of them).
pub const FUNC_CLOSURE: usize = offset_of!(pyo3_ffi::PyFunctionObject, func_closure);
// PyThreadState data-stack fields.
pub const TSTATE_DATASTACK_CHUNK: usize = 296;
pub const TSTATE_DATASTACK_TOP: usize = 304;
pub const TSTATE_DATASTACK_LIMIT: usize = 312;
pub const CODE_ADAPTIVE: usize = offset_of!(PyCodeObject311, co_code_adaptive);
pub const TYPE_ITERNEXT: usize = offset_of!(PyTypeObject, tp_iternext);
/// `PyTypeObject.tp_flags` (an `unsigned long`), and its `Py_TPFLAGS_HEAPTYPE` bit.
pub const TYPE_FLAGS: usize = offset_of!(PyTypeObject, tp_flags);
/// `PyTypeObject.tp_vectorcall`: how calling the type itself is done fast (NULL: `tp_call`).
pub const TYPE_VECTORCALL: usize = offset_of!(PyTypeObject, tp_vectorcall);
/// `PyTypeObject.tp_base` (always in the type's MRO).
pub const TYPE_BASE: usize = offset_of!(PyTypeObject, tp_base);
pub const TPFLAGS_HEAPTYPE: u64 = pyo3_ffi::Py_TPFLAGS_HEAPTYPE;
/// `Py_SIZE`: for an int, the number of 30-bit digits, negated for negative values.
pub const VAR_SIZE: usize = offset_of!(PyVarObject, ob_size);
/// `((PyLongObject *)v)->ob_digit[0]`, a `uint32_t` holding 30 bits (3.11, 64-bit builds).
pub const LONG_DIGIT0: usize = 24;
/// `sizeof(PyLongObject)`: what `_PyLong_FromMedium` allocates for a one-digit int, and
/// `_PyLong_New(2)` for a two-digit one (`LONG_DIGIT0 + 2 * 4`).
pub const LONG_ALLOC: usize = 32;
/// One 30-bit digit of an int (`PyLong_SHIFT`) and its mask.
pub const LONG_SHIFT: u32 = 30;
pub const LONG_MASK: u64 = (1 << LONG_SHIFT) - 1;
/// The value of an int of at most two digits (`|v| < 2**60`), read from its digits; None for a
/// longer one.
///
/// # Safety
/// `v` is a live int object (`PyLong_Check`); GIL held.
pub unsafe fn two_digit_value(v: *mut pyo3_ffi::PyObject) -> Option<i64> {
    // SAFETY: the caller's contract: an int has `|ob_size|` digits after its header.
    unsafe {
        let size = *v.cast::<u8>().add(VAR_SIZE).cast::<isize>();
        if !(-2..=2).contains(&size) {
            return None;
        }
        let d = v.cast::<u8>().add(LONG_DIGIT0).cast::<u32>();
        let mag = match size.abs() {
            0 => 0,
            1 => i64::from(*d),
            _ => i64::from(*d) | i64::from(*d.add(1)) << LONG_SHIFT,
        };
        Some(if size < 0 { -mag } else { mag })
    }
}
/// The interpreter's small ints (`_PY_NSMALLNEGINTS`, `_PY_NSMALLPOSINTS`): the ints
/// `-5..=256`, one `PyLongObject` each, consecutive (checked at run time before use:
/// `runtime::calls::SMALL_INTS`).
pub const SMALL_INTS_FIRST: i64 = -5;
pub const SMALL_INTS_COUNT: i64 = 262;
pub const SMALL_INT_STRIDE: usize = 32;
/// `_Py_tracemalloc_config.tracing` (an `int` after the `initialized` enum): while it is set,
/// a new object must go through `_Py_NewReference`'s tracemalloc hook.
pub const TRACEMALLOC_TRACING: usize = 4;
/// `PyLong_FromLongLong(v)` without its calls for an int of at most two digits, as compiled code
/// makes it (`lower::compare::box_int`): a small int is the interpreter's own object
/// (`small_ints`, the address of `-5` in the interpreter's table, or 0 when not checked), and
/// another is allocated and initialised in place as `_PyLong_New` + `_PyObject_InitVar` do.
/// Larger ints and tracemalloc tracing call `PyLong_FromLongLong`. A new reference, or NULL
/// with `MemoryError` set.
///
/// # Safety
/// GIL held; `small_ints` 0 or checked as `runtime::calls::SMALL_INTS` is.
pub unsafe fn long_from_i64(v: i64, small_ints: usize) -> *mut PyObject {
    let biased = v.wrapping_sub(SMALL_INTS_FIRST) as u64;
    // SAFETY: a checked small int lives as long as the interpreter; the allocation is
    // `LONG_ALLOC` bytes, the header and both digits inside it.
    unsafe {
        if small_ints != 0 && biased < SMALL_INTS_COUNT as u64 {
            let o = (small_ints + biased as usize * SMALL_INT_STRIDE) as *mut PyObject;
            pyo3_ffi::Py_INCREF(o);
            return o;
        }
        let two_digits = (1i64 << (2 * LONG_SHIFT)) - 1;
        let tracing = *ptr::addr_of!(super::ffi::_Py_tracemalloc_config)
            .cast::<u8>()
            .add(TRACEMALLOC_TRACING)
            .cast::<c_int>();
        if !(-two_digits..=two_digits).contains(&v) || tracing != 0 {
            return pyo3_ffi::PyLong_FromLongLong(v);
        }
        let mem = pyo3_ffi::PyObject_Malloc(LONG_ALLOC).cast::<u8>();
        if mem.is_null() {
            return pyo3_ffi::PyErr_NoMemory();
        }
        let mag = v.unsigned_abs();
        let ndigits: isize = if mag > LONG_MASK { 2 } else { 1 };
        *mem.cast::<isize>() = 1;
        *mem.add(OB_TYPE).cast::<*mut pyo3_ffi::PyTypeObject>() =
            ptr::addr_of_mut!(pyo3_ffi::PyLong_Type);
        *mem.add(VAR_SIZE).cast::<isize>() = if v < 0 { -ndigits } else { ndigits };
        *mem.add(LONG_DIGIT0).cast::<u32>() = (mag & LONG_MASK) as u32;
        *mem.add(LONG_DIGIT0 + 4).cast::<u32>() = (mag >> LONG_SHIFT) as u32;
        mem.cast()
    }
}

/// `((PyFloatObject *)v)->ob_fval`.
pub const FLOAT_VALUE: usize = offset_of!(pyo3_ffi::PyFloatObject, ob_fval);

/// `rangeiterobject` (Objects/rangeobject.c, 3.11): the iterator of a range whose bounds fit
/// a C long. `rangeiter_next` yields `start + index * step` (unsigned arithmetic) while
/// `index < len`. (3.12 drops `index`.)
#[repr(C)]
pub struct RangeIter311 {
    pub ob_base: PyObject,
    pub index: c_long,
    pub start: c_long,
    pub step: c_long,
    pub len: c_long,
}
pub const RANGEITER_INDEX: usize = offset_of!(RangeIter311, index);
pub const RANGEITER_START: usize = offset_of!(RangeIter311, start);
pub const RANGEITER_STEP: usize = offset_of!(RangeIter311, step);
pub const RANGEITER_LEN: usize = offset_of!(RangeIter311, len);

/// `_PyListIterObject` (Include/internal/pycore_list.h, 3.11): `it_seq` is NULL once
/// exhausted (`listiter_next` drops the list then).
#[repr(C)]
pub struct ListIter311 {
    pub ob_base: PyObject,
    pub it_index: Py_ssize_t,
    pub it_seq: *mut PyObject,
}
pub const LISTITER_INDEX: usize = offset_of!(ListIter311, it_index);
pub const LISTITER_SEQ: usize = offset_of!(ListIter311, it_seq);

/// `tupleiterobject` (Objects/tupleobject.c, 3.11): `it_seq` is NULL once exhausted.
#[repr(C)]
pub struct TupleIter311 {
    pub ob_base: PyObject,
    pub it_index: Py_ssize_t,
    pub it_seq: *mut PyObject,
}
pub const TUPLEITER_INDEX: usize = offset_of!(TupleIter311, it_index);
pub const TUPLEITER_SEQ: usize = offset_of!(TupleIter311, it_seq);

/// `enumobject` (Objects/enumobject.c, 3.11.7): `en_result` is the `(index, item)` tuple
/// `enum_next` reuses while only the enumerate holds it; `en_longindex` is set once the index
/// passes `PY_SSIZE_T_MAX`. (3.11.7 has a fifth field, `one`, not read here.)
#[repr(C)]
pub struct Enum311 {
    pub ob_base: PyObject,
    pub en_index: Py_ssize_t,
    pub en_sit: *mut PyObject,
    pub en_result: *mut PyObject,
    pub en_longindex: *mut PyObject,
    pub one: *mut PyObject,
}

/// `zipobject` (Python/bltinmodule.c, 3.11): `ittuple` holds the `tuplesize` iterators,
/// `result` the tuple `zip_next` reuses while only the zip holds it.
#[repr(C)]
pub struct Zip311 {
    pub ob_base: PyObject,
    pub tuplesize: Py_ssize_t,
    pub ittuple: *mut PyObject,
    pub result: *mut PyObject,
    pub strict: c_int,
}

/// `dictiterobject` (Objects/dictobject.c, 3.11), the iterator of a dict's keys, values or
/// items: `di_dict` is NULL once exhausted (the iterator drops the dict then), `di_used` the
/// dict's size when iteration began (`-1` once a change was reported), `len` the items still
/// expected, `di_result` the `(key, value)` tuple `dictiter_iternextitem` reuses while only
/// the iterator holds it.
#[repr(C)]
pub struct DictIter311 {
    pub ob_base: PyObject,
    pub di_dict: *mut PyObject,
    pub di_used: Py_ssize_t,
    pub di_pos: Py_ssize_t,
    pub di_result: *mut PyObject,
    pub len: Py_ssize_t,
}

/// `setiterobject` (Objects/setobject.c, 3.11): `si_set` is NULL once exhausted, `si_used`
/// the set's size when iteration began, `len` the items still expected.
#[repr(C)]
pub struct SetIter311 {
    pub ob_base: PyObject,
    pub si_set: *mut PyObject,
    pub si_used: Py_ssize_t,
    pub si_pos: Py_ssize_t,
    pub len: Py_ssize_t,
}

/// `unicodeiterobject` (Objects/unicodeobject.c, 3.11), shared by `str_iterator` and
/// `str_ascii_iterator`, and the same layout as `striterobject` and `bytesiterobject` (the
/// iterators of bytes and bytearray): `it_seq` is NULL once exhausted.
#[repr(C)]
pub struct UnicodeIter311 {
    pub ob_base: PyObject,
    pub it_index: Py_ssize_t,
    pub it_seq: *mut PyObject,
}

const _: () = {
    // ctypes on 3.11.7: enumerate.__basicsize__ 56 (`en_index` read back at 16), zip's 48
    // (`tuplesize` at 16, `result` at 32 is the tuple `next` returned).
    assert!(size_of::<Enum311>() == 56 && offset_of!(Enum311, en_result) == 32);
    assert!(size_of::<Zip311>() == 48 && offset_of!(Zip311, result) == 32);
    // dict_keyiterator, dict_valueiterator and dict_itemiterator.__basicsize__ 56,
    // set_iterator's 48, str_iterator's and str_ascii_iterator's 32 (3.11.7).
    assert!(size_of::<DictIter311>() == 56 && size_of::<SetIter311>() == 48);
    assert!(size_of::<UnicodeIter311>() == 32);
    assert!(offset_of!(PyCodeObject311, co_consts) == 24);
    assert!(offset_of!(PyCodeObject311, co_flags) == 48);
    assert!(offset_of!(PyCodeObject311, co_warmup) == 52);
    assert!(offset_of!(PyCodeObject311, co_argcount) == 56);
    assert!(offset_of!(PyCodeObject311, co_stacksize) == 68);
    assert!(offset_of!(PyCodeObject311, co_nlocalsplus) == 76);
    assert!(offset_of!(PyCodeObject311, co_nfreevars) == 92);
    assert!(offset_of!(PyCodeObject311, co_localsplusnames) == 96);
    assert!(offset_of!(PyCodeObject311, co_linetable) == 136);
    assert!(offset_of!(PyCodeObject311, co_firsttraceable) == 168);
    assert!(offset_of!(PyCodeObject311, co_extra) == 176);
    assert!(offset_of!(PyCodeObject311, co_code_adaptive) == 184);
    assert!(offset_of!(InterpreterFrame, f_code) == 32);
    assert!(offset_of!(InterpreterFrame, previous) == 48);
    assert!(offset_of!(InterpreterFrame, prev_instr) == 56);
    assert!(offset_of!(InterpreterFrame, stacktop) == 64);
    assert!(offset_of!(InterpreterFrame, is_entry) == 68);
    assert!(offset_of!(InterpreterFrame, owner) == 69);
    assert!(offset_of!(InterpreterFrame, localsplus) == 72);
    assert!(offset_of!(CodeExtra, ce_extras) == 8);
    assert!(VAR_SIZE == 16);
    // `len` of an exact dict reads `ma_used` where other containers have `ob_size`.
    assert!(offset_of!(pyo3_ffi::PyDictObject, ma_used) == VAR_SIZE);
    assert!(FLOAT_VALUE == 16);
    // gdb/ctypes on 3.11.7: range_iterator.__basicsize__ 48, list_iterator's 32.
    assert!(RANGEITER_INDEX == 16 && RANGEITER_LEN == 40);
    assert!(size_of::<RangeIter311>() == 48);
    assert!(LISTITER_INDEX == 16 && LISTITER_SEQ == 24);
    assert!(size_of::<ListIter311>() == 32);
    assert!(TUPLEITER_INDEX == 16 && TUPLEITER_SEQ == 24);
    assert!(LIST_ITEMS == 24);
    assert!(TUPLE_ITEMS == 24);
    assert!(CFUNCTION_ML == 16 && CFUNCTION_SELF == 24);
    assert!(METHODDEF_METH == 8 && METHODDEF_FLAGS == 16);
    // array.array.__basicsize__ is 64 on 3.11.7.
    assert!(size_of::<ArrayObject311>() == 64);
    assert!(ARRAY_ITEMS == 24 && ARRAY_DESCR == 40 && ARRAYDESCR_TYPECODE == 0);
};

/// Byte offset, relative to `tstate`, reads an `int`.
///
/// # Safety
/// `base + off` must be a readable, aligned field of the given type.
#[inline(always)]
unsafe fn read<T: Copy>(base: *const c_void, off: usize) -> T {
    // SAFETY: the caller guarantees the field exists at this offset.
    unsafe { ptr::read((base as *const u8).add(off) as *const T) }
}

#[inline(always)]
unsafe fn write<T>(base: *mut c_void, off: usize, v: T) {
    // SAFETY: the caller guarantees the field exists at this offset.
    unsafe { ptr::write((base as *mut u8).add(off) as *mut T, v) }
}

/// The thread's current `_PyCFrame`.
///
/// # Safety
/// `tstate` is the live current thread state.
#[inline(always)]
pub unsafe fn cframe(tstate: *mut pyo3_ffi::PyThreadState) -> *mut c_void {
    // SAFETY: `cframe` is a pointer field of every live thread state.
    unsafe { read(tstate as *const c_void, TSTATE_CFRAME) }
}

/// True when tracing or profiling is on for this thread (`cframe->use_tracing`).
///
/// # Safety
/// `tstate` is the live current thread state.
#[inline(always)]
pub unsafe fn use_tracing(tstate: *mut pyo3_ffi::PyThreadState) -> bool {
    // SAFETY: cframe is valid while the thread runs Python.
    unsafe { read::<u8>(cframe(tstate), CFRAME_USE_TRACING) != 0 }
}

/// The interpreter state of `tstate`.
///
/// # Safety
/// `tstate` is a live thread state.
#[inline(always)]
pub unsafe fn interp_of(tstate: *mut pyo3_ffi::PyThreadState) -> *mut c_void {
    // SAFETY: `interp` is a pointer field of every thread state.
    unsafe { read(tstate as *const c_void, TSTATE_INTERP) }
}

/// Links `frame` as the thread's current frame, as `_PyEval_EvalFrameDefault` does on entry.
///
/// # Safety
/// GIL held; `frame` is the frame the hook was given for `tstate`.
#[inline(always)]
pub unsafe fn link_frame(tstate: *mut pyo3_ffi::PyThreadState, frame: *mut InterpreterFrame) {
    // SAFETY: cframe and frame are live; this mirrors ceval.c:1666-1667.
    unsafe {
        let cf = cframe(tstate);
        (*frame).previous = read(cf, CFRAME_CURRENT_FRAME);
        write(cf, CFRAME_CURRENT_FRAME, frame);
    }
}

/// The thread's current interpreter frame (`tstate->cframe->current_frame`; NULL at the top).
///
/// # Safety
/// GIL held; `tstate` is the current thread state.
#[inline(always)]
pub unsafe fn current_frame(tstate: *mut pyo3_ffi::PyThreadState) -> *mut InterpreterFrame {
    // SAFETY: as for link_frame.
    unsafe { read(cframe(tstate), CFRAME_CURRENT_FRAME) }
}

/// Unlinks `frame` (must be current): the thread's current frame becomes `frame->previous`.
///
/// # Safety
/// GIL held; `frame` was linked by `link_frame` and is still the current frame.
#[inline(always)]
pub unsafe fn unlink_frame(tstate: *mut pyo3_ffi::PyThreadState, frame: *mut InterpreterFrame) {
    // SAFETY: as for link_frame.
    unsafe { write(cframe(tstate), CFRAME_CURRENT_FRAME, (*frame).previous) }
}

/// `tstate->recursion_remaining`, by pointer.
///
/// # Safety
/// `tstate` is a live thread state.
#[inline(always)]
pub unsafe fn recursion_remaining(tstate: *mut pyo3_ffi::PyThreadState) -> *mut c_int {
    // SAFETY: field offset checked against 3.11.7.
    unsafe { (tstate as *mut u8).add(TSTATE_RECURSION_REMAINING) as *mut c_int }
}

/// `interp->ceval.gil_drop_request` and `eval_breaker` (atomic ints, read relaxed).
///
/// # Safety
/// `tstate` is a live thread state.
pub unsafe fn gil_drop_requested(tstate: *mut pyo3_ffi::PyThreadState) -> bool {
    // SAFETY: the interpreter outlives its thread states; volatile read of an atomic int.
    unsafe {
        ptr::read_volatile(
            (interp_of(tstate) as *const u8).add(INTERP_GIL_DROP_REQUEST) as *const c_int,
        ) != 0
    }
}

/// # Safety
/// `tstate` is a live thread state.
pub unsafe fn eval_breaker_set(tstate: *mut pyo3_ffi::PyThreadState) -> bool {
    // SAFETY: as for gil_drop_requested.
    unsafe {
        ptr::read_volatile((interp_of(tstate) as *const u8).add(INTERP_EVAL_BREAKER) as *const c_int)
            != 0
    }
}

/// Number of 16-bit code units (`Py_SIZE(code)`).
///
/// # Safety
/// `code` is a live code object.
pub unsafe fn code_len(code: *mut PyCodeObject311) -> usize {
    // SAFETY: a code object is a var-object whose size is its unit count.
    unsafe { (*code).ob_base.ob_size as usize }
}

/// The live bytecode as a slice of code units.
///
/// # Safety
/// `code` is a live code object; the slice must not outlive it.
pub unsafe fn code_units<'a>(code: *mut PyCodeObject311) -> &'a [u16] {
    // SAFETY: co_code_adaptive holds Py_SIZE(code) units inline in the object.
    unsafe { std::slice::from_raw_parts((*code).co_code_adaptive.as_ptr(), code_len(code)) }
}

/// Where this code object's co_extra value at `index` lives, or NULL when the array is absent
/// or shorter (`read_extra` reads through it; a store through it is `write_extra`'s fast case).
///
/// # Safety
/// GIL held; `code` is a live code object. The pointer is valid until CPython grows or frees
/// the array (a `write_extra` that needs a longer one, or the code object's deallocation).
#[inline(always)]
pub unsafe fn extra_slot(code: *mut PyCodeObject311, index: isize) -> *mut *mut c_void {
    // SAFETY: the layout of _PyCodeObjectExtra is fixed in 3.11; bounds checked against ce_size.
    unsafe {
        let ex = (*code).co_extra as *mut CodeExtra;
        if ex.is_null() || (*ex).ce_size <= index {
            return ptr::null_mut();
        }
        (*ex).ce_extras.as_mut_ptr().offset(index)
    }
}

/// Reads this code object's co_extra value at `index` without calling into CPython.
///
/// # Safety
/// GIL held; `code` is a live code object.
#[inline(always)]
pub unsafe fn read_extra(code: *mut PyCodeObject311, index: isize) -> *mut c_void {
    // SAFETY: the layout of _PyCodeObjectExtra is fixed in 3.11; bounds checked against ce_size.
    unsafe {
        let ex = (*code).co_extra as *mut CodeExtra;
        if ex.is_null() || (*ex).ce_size <= index {
            return ptr::null_mut();
        }
        *(*ex).ce_extras.as_mut_ptr().offset(index)
    }
}

/// Writes this code object's co_extra value at `index`. Does NOT call the freefunc on the old
/// value (unlike `_PyCode_SetExtra`), so callers only overwrite values that own nothing.
/// Returns false (with a Python error set) if CPython refused the index.
///
/// # Safety
/// GIL held; `code` is a live code object; `index` came from `_PyEval_RequestCodeExtraIndex`.
#[inline(always)]
pub unsafe fn write_extra(code: *mut PyCodeObject311, index: isize, value: *mut c_void) -> bool {
    // SAFETY: as read_extra; the slow path lets CPython grow the array (and free a NULL old value).
    unsafe {
        let ex = (*code).co_extra as *mut CodeExtra;
        if !ex.is_null() && (*ex).ce_size > index {
            *(*ex).ce_extras.as_mut_ptr().offset(index) = value;
            return true;
        }
        if ex.is_null() && index >= 0 {
            // First extra on this code object: an array just long enough for our index.
            // `_PyCode_SetExtra` would size it for every index registered so far, and
            // code_dealloc calls the free function of every slot in the array, so another
            // co_extra user's free function would then run for code objects it never touched
            // (CPython's test_code frees its ctypes free function while such calls remain).
            // CPython frees the array with PyMem_Free and grows it with PyMem_Realloc.
            let n = index as usize + 1;
            let bytes = std::mem::size_of::<isize>() + n * std::mem::size_of::<*mut c_void>();
            let new = pyo3_ffi::PyMem_Malloc(bytes) as *mut CodeExtra;
            if new.is_null() {
                pyo3_ffi::PyErr_NoMemory();
                return false;
            }
            (*new).ce_size = n as isize;
            let slots = (*new).ce_extras.as_mut_ptr();
            for i in 0..n {
                *slots.add(i) = ptr::null_mut();
            }
            *slots.add(index as usize) = value;
            (*code).co_extra = new as *mut c_void;
            return true;
        }
        super::ffi::_PyCode_SetExtra(code as *mut PyObject, index, value) == 0
    }
}

/// `PyWrapperDescrObject.d_wrapped` (Include/cpython/descrobject.h): after `PyDescr_COMMON`
/// (header, `d_type`, `d_name`, `d_qualname`) and `d_base`, the slot function it wraps.
pub const WRAPPER_DESCR_WRAPPED: usize = 48;

/// `PyMethodObject.im_func` / `im_self` (Include/cpython/classobject.h).
pub const METHOD_FUNC: usize = 16;
pub const METHOD_SELF: usize = 24;
/// `staticmethod.sm_callable` and `classmethod.cm_callable` (Objects/funcobject.c, 3.11.7).
pub const STATICMETHOD_CALLABLE: usize = 16;
pub const CLASSMETHOD_CALLABLE: usize = 16;
/// `propertyobject.prop_get` (Objects/descrobject.c, 3.11.7): the getter, first after the
/// header.
pub const PROPERTY_GET: usize = 16;

/// `ob_type` in every object header.
pub const OB_TYPE: usize = offset_of!(PyObject, ob_type);
/// `PyTupleObject.ob_item` (inline array).
pub const TUPLE_ITEMS: usize = offset_of!(pyo3_ffi::PyTupleObject, ob_item);
/// `PyListObject.ob_item` (pointer to the item array).
pub const LIST_ITEMS: usize = offset_of!(pyo3_ffi::PyListObject, ob_item);

/// `arrayobject` (Modules/arraymodule.c, private to the module, 3.11): an `array.array`.
/// Compiled code reads `ob_item`, `ob_size` and the descriptor's `typecode`; whoever first
/// meets an array checks these offsets against the object's buffer (`runtime::arrays`).
#[repr(C)]
pub struct ArrayObject311 {
    pub ob_base: PyVarObject,
    pub ob_item: *mut c_char,
    pub allocated: Py_ssize_t,
    pub ob_descr: *const ArrayDescr311,
    pub weakreflist: *mut PyObject,
    pub ob_exports: Py_ssize_t,
}

/// The head of `struct arraydescr` (Modules/arraymodule.c, 3.11): the rest (the item
/// functions) is not read.
#[repr(C)]
pub struct ArrayDescr311 {
    pub typecode: c_char,
    pub itemsize: c_int,
}

/// `arrayobject.ob_item` (pointer to the items, `itemsize` bytes each).
pub const ARRAY_ITEMS: usize = offset_of!(ArrayObject311, ob_item);
/// `arrayobject.ob_descr`.
pub const ARRAY_DESCR: usize = offset_of!(ArrayObject311, ob_descr);
/// `arraydescr.typecode` (a C `char`: `'d'`, `'i'`, ...).
pub const ARRAYDESCR_TYPECODE: usize = offset_of!(ArrayDescr311, typecode);

/// `&tstate->exc_info->exc_value`: the exception `sys.exc_info()` reports.
///
/// # Safety
/// `tstate` is the live current thread state.
#[inline(always)]
pub unsafe fn exc_info_value(tstate: *mut pyo3_ffi::PyThreadState) -> *mut *mut PyObject {
    // SAFETY: `exc_info` always points at a live `_PyErr_StackItem` whose first field is exc_value.
    unsafe { read::<*mut *mut PyObject>(tstate as *const c_void, TSTATE_EXC_INFO) }
}

/// `&cell->ob_ref`.
///
/// # Safety
/// `cell` is a live `PyCellObject`.
#[inline(always)]
pub unsafe fn cell_ref(cell: *mut PyObject) -> *mut *mut PyObject {
    // SAFETY: ob_ref follows the object header in every cell.
    unsafe { (cell as *mut u8).add(CELL_REF) as *mut *mut PyObject }
}

/// The generator object embedding `frame` (`_PyFrame_GetGenerator`).
///
/// # Safety
/// `frame.owner == FRAME_OWNED_BY_GENERATOR`.
#[inline(always)]
pub unsafe fn generator_of(frame: *mut InterpreterFrame) -> *mut PyObject {
    // SAFETY: generator frames live at a fixed offset inside their PyGenObject.
    unsafe { (frame as *mut u8).offset(GEN_FROM_FRAME) as *mut PyObject }
}

/// `gen->gi_frame_state`.
///
/// # Safety
/// `gen` is a live generator, coroutine or async generator.
#[inline(always)]
pub unsafe fn gen_frame_state(genobj: *mut PyObject) -> i8 {
    // SAFETY: every PyGenObject-shaped object has gi_frame_state at this offset.
    unsafe { read::<i8>(genobj as *const c_void, GEN_FRAME_STATE) }
}

/// The embedded frame of a generator-like object.
///
/// # Safety
/// `gen` is a live generator, coroutine or async generator.
#[inline(always)]
pub unsafe fn gen_frame(genobj: *mut PyObject) -> *mut InterpreterFrame {
    // SAFETY: gi_iframe is embedded at a fixed offset.
    unsafe { (genobj as *mut u8).add(GEN_IFRAME) as *mut InterpreterFrame }
}

/// `PyThreadState.tracing`, `tracing_what`, `c_tracefunc` and `c_traceobj`.
pub const TSTATE_TRACING: usize = 44;
pub const TSTATE_TRACING_WHAT: usize = 48;
pub const TSTATE_C_TRACEFUNC: usize = 72;
pub const TSTATE_C_TRACEOBJ: usize = 88;
/// `PyFrameObject.f_lineno`.
pub const FRAMEOBJECT_LINENO: usize = 40;

/// The thread's `sys.settrace` function (C level) and its object, if tracing is set.
///
/// # Safety
/// `tstate` is the live current thread state.
pub unsafe fn trace_func(
    tstate: *mut pyo3_ffi::PyThreadState,
) -> Option<(pyo3_ffi::Py_tracefunc, *mut PyObject)> {
    // SAFETY: fixed 3.11 field offsets of a live thread state.
    unsafe {
        let f: Option<pyo3_ffi::Py_tracefunc> = read(tstate as *const c_void, TSTATE_C_TRACEFUNC);
        f.map(|f| {
            (
                f,
                read::<*mut PyObject>(tstate as *const c_void, TSTATE_C_TRACEOBJ),
            )
        })
    }
}

/// `tstate->tracing != 0` (a trace function is running: no nested events).
///
/// # Safety
/// `tstate` is the live current thread state.
pub unsafe fn is_tracing(tstate: *mut pyo3_ffi::PyThreadState) -> bool {
    // SAFETY: fixed 3.11 field offset.
    unsafe { read::<c_int>(tstate as *const c_void, TSTATE_TRACING) != 0 }
}

/// `&tstate->tracing_what`.
///
/// # Safety
/// `tstate` is the live current thread state.
pub unsafe fn tracing_what(tstate: *mut pyo3_ffi::PyThreadState) -> *mut c_int {
    // SAFETY: fixed 3.11 field offset.
    unsafe { (tstate as *mut u8).add(TSTATE_TRACING_WHAT) as *mut c_int }
}

/// `&frame_object->f_lineno`.
///
/// # Safety
/// `f` is a live `PyFrameObject`.
pub unsafe fn frame_object_lineno(f: *mut PyObject) -> *mut c_int {
    // SAFETY: fixed 3.11 field offset.
    unsafe { (f as *mut u8).add(FRAMEOBJECT_LINENO) as *mut c_int }
}

// ----- instance attributes: managed dicts and shared keys (attribute inline caches) ---------

/// Offsets in `struct _dictkeysobject` (Include/internal/pycore_dict.h), 3.11.
pub const DK_LOG2_INDEX_BYTES: usize = 9;
pub const DK_KIND: usize = 10;
pub const DK_NENTRIES: usize = 24;
pub const DK_INDICES: usize = 32;
/// The keys object's header word: the 8 bytes at offset 8, `dk_log2_size`, `dk_log2_index_bytes`,
/// `dk_kind`, a padding byte and `uint32_t dk_version` (little-endian: the version is the high
/// half). No live keys object's word is 0: `dk_log2_size` is at least 3 (`PyDict_MINSIZE` 8),
/// except in the shared empty keys (`Py_EMPTY_KEYS`), whose kind is `DICT_KEYS_UNICODE` (1) and
/// version 1 (it holds no key, so every dict using it answers every lookup alike).
/// Every field but the version is fixed for a keys object's life, and `dk_version` is 0 or a
/// number the interpreter's specialiser drew for the current key set (any insertion or deletion
/// resets it to 0, and numbers are never reused): a word with a nonzero version names one key
/// set and one layout. A copy (`clone_combined_dict_keys`, a `memcpy`) has the same word, the
/// same layout and the same key set, so an entry offset valid in one is valid in the other.
pub const DK_HEADER_WORD: usize = 8;
/// `DICT_KEYS_GENERAL`: entries are `PyDictKeyEntry` (hash, key, value), not unicode entries.
const DICT_KEYS_GENERAL: u8 = 0;

/// `*_PyObject_ValuesPointer(obj)`: the inline attribute values of an object whose type has
/// `Py_TPFLAGS_MANAGED_DICT`, indexed like the type's shared keys; NULL once a dict exists.
/// Borrowed array; its items are strong references or NULL (attribute not set).
///
/// # Safety
/// `obj` is live and its type has `Py_TPFLAGS_MANAGED_DICT` (3.11 puts the pointer 4 words
/// before the object header).
#[inline(always)]
pub unsafe fn managed_values(obj: *mut PyObject) -> *mut *mut PyObject {
    // SAFETY: as documented (pycore_object.h `_PyObject_ValuesPointer`).
    unsafe { *(obj as *mut *mut *mut PyObject).sub(4) }
}

/// `*_PyObject_ManagedDictPointer(obj)`: the materialised `__dict__`, or NULL. Borrowed.
///
/// # Safety
/// As for [`managed_values`] (the pointer is 3 words before the header).
#[inline(always)]
pub unsafe fn managed_dict(obj: *mut PyObject) -> *mut PyObject {
    // SAFETY: as documented.
    unsafe { *(obj as *mut *mut PyObject).sub(3) }
}

/// `_PyDictValues_AddToInsertionOrder(values, ix)` (pycore_dict.h): record that entry `ix`,
/// until now NULL, was just set. The order bytes sit before the array: `[-1]` is the capacity
/// of the prefix, `[-2]` the count, and the indexes go downwards from `[-3]`.
///
/// # Safety
/// `values` is a live instance-values array whose entry `ix` was NULL; `ix` is an index of its
/// type's shared keys (so below the array's size, which the keys fixed at allocation).
pub unsafe fn values_add_to_insertion_order(values: *mut *mut PyObject, ix: isize) {
    // SAFETY: as documented.
    unsafe {
        let size_ptr = (values as *mut u8).sub(2);
        let size = *size_ptr as usize + 1;
        *size_ptr.sub(size) = ix as u8;
        *size_ptr = size as u8;
    }
}

/// `((PyHeapTypeObject *)tp)->ht_cached_keys`: the keys shared by its instances' values, or
/// NULL. Borrowed from the type.
///
/// # Safety
/// `tp` is a live heap type (every type with `Py_TPFLAGS_MANAGED_DICT` is one).
#[inline(always)]
pub unsafe fn shared_keys(tp: *mut PyTypeObject) -> *mut c_void {
    // SAFETY: as documented.
    unsafe { (*(tp as *mut pyo3_ffi::PyHeapTypeObject)).ht_cached_keys }
}

/// `keys->dk_nentries`: entries used so far. Shared keys only ever append, so while it is
/// unchanged, no name was added.
///
/// # Safety
/// `keys` is a live `PyDictKeysObject`.
#[inline(always)]
pub unsafe fn keys_nentries(keys: *mut c_void) -> isize {
    // SAFETY: fixed 3.11 field offset.
    unsafe { read::<isize>(keys, DK_NENTRIES) }
}

/// Whether a keys object holds only `str` keys (`DICT_KEYS_UNICODE` or `DICT_KEYS_SPLIT`): a
/// lookup of a `str` in it compares strings only, so it runs no `__eq__` and cannot raise.
///
/// # Safety
/// `keys` is a live `PyDictKeysObject`.
pub unsafe fn str_keys(keys: *mut c_void) -> bool {
    // SAFETY: as documented.
    unsafe { read::<u8>(keys, DK_KIND) != DICT_KEYS_GENERAL }
}

/// `((PyASCIIObject *)s)->hash`: -1 until computed (unicodeobject.h, 3.11).
const STR_HASH: usize = 24;
/// `dk_log2_size`: the index table has `1 << dk_log2_size` slots.
const DK_LOG2_SIZE: usize = 8;

/// Index of `name` among the entries of unicode-keyed (split or combined) keys: the index
/// into an instance's values, or a module dict's entry; -1 if absent or for general keys.
/// `unicodekeys_lookup_unicode` (dictobject.c, 3.11) transcribed: the index table is probed
/// from the hash, and a key is compared by value only when its hash matches (attribute names
/// are interned, so identity almost always decides). Never raises.
///
/// # Safety
/// GIL held; `keys` is a live `PyDictKeysObject`, `name` a live `str`.
pub unsafe fn shared_keys_index(keys: *mut c_void, name: *mut PyObject) -> isize {
    // SAFETY: layout of pycore_dict.h: `1 << dk_log2_size` indexes of `1 << (log2_index_bytes
    // - log2_size)` bytes each (`dictkeys_get_index`), then the unicode entries (key, value);
    // an index >= 0 names a live entry whose key is an exact str with its hash computed.
    unsafe {
        if read::<u8>(keys, DK_KIND) == DICT_KEYS_GENERAL {
            return -1;
        }
        if pyo3_ffi::PyUnicode_CheckExact(name) == 0 {
            return scan_keys(keys, name);
        }
        let mut hash = read::<isize>(name as *const c_void, STR_HASH);
        if hash == -1 {
            hash = pyo3_ffi::PyObject_Hash(name); // an exact str's hash cannot fail
        }
        let log2_size = read::<u8>(keys, DK_LOG2_SIZE) as u32;
        let log2_index_bytes = read::<u8>(keys, DK_LOG2_INDEX_BYTES) as u32;
        let indices = (keys as *const u8).add(DK_INDICES);
        let entries = indices.add(1 << log2_index_bytes) as *const [*mut PyObject; 2];
        let index_at = |i: usize| -> isize {
            match log2_index_bytes - log2_size {
                0 => *(indices as *const i8).add(i) as isize,
                1 => *(indices as *const i16).add(i) as isize,
                2 => *(indices as *const i32).add(i) as isize,
                _ => *(indices as *const i64).add(i) as isize,
            }
        };
        let mask = (1usize << log2_size) - 1;
        let mut perturb = hash as usize;
        let mut i = hash as usize & mask;
        loop {
            let ix = index_at(i);
            if ix >= 0 {
                let k = (*entries.offset(ix))[0];
                if k == name
                    || (!k.is_null()
                        && read::<isize>(k as *const c_void, STR_HASH) == hash
                        && pyo3_ffi::PyUnicode_Compare(k, name) == 0)
                {
                    return ix;
                }
            } else if ix == -1 {
                // DKIX_EMPTY (DKIX_DUMMY, -2, is a deleted slot: probing goes on)
                return -1;
            }
            perturb >>= 5; // PERTURB_SHIFT
            i = mask & i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1);
        }
    }
}

/// `shared_keys_index` for a `name` that is a str subclass: every entry in order, by identity
/// then by value.
///
/// # Safety
/// As for [`shared_keys_index`], with unicode-keyed `keys`.
unsafe fn scan_keys(keys: *mut c_void, name: *mut PyObject) -> isize {
    // SAFETY: as in `shared_keys_index`.
    unsafe {
        let index_bytes = 1usize << read::<u8>(keys, DK_LOG2_INDEX_BYTES);
        let entries =
            (keys as *const u8).add(DK_INDICES + index_bytes) as *const [*mut PyObject; 2];
        for i in 0..keys_nentries(keys) {
            let k = (*entries.offset(i))[0];
            if k == name
                || (!k.is_null()
                    && pyo3_ffi::PyUnicode_CheckExact(k) != 0
                    && pyo3_ffi::PyUnicode_Compare(k, name) == 0)
            {
                return i;
            }
        }
        -1
    }
}

/// The `(key, value)` entry `i` of a unicode-keyed (combined or split) keys object, if `i` is
/// below `dk_nentries`; None for general keys (whose entries also carry the hash).
///
/// # Safety
/// `keys` is a live `PyDictKeysObject`.
#[inline(always)]
pub unsafe fn unicode_entry(keys: *mut c_void, i: isize) -> Option<*mut [*mut PyObject; 2]> {
    // SAFETY: pycore_dict.h layout, as in `shared_keys_index`; `i` is checked against the count.
    unsafe {
        if read::<u8>(keys, DK_KIND) == DICT_KEYS_GENERAL || i < 0 || i >= keys_nentries(keys) {
            return None;
        }
        let index_bytes = 1usize << read::<u8>(keys, DK_LOG2_INDEX_BYTES);
        let entries = (keys as *mut u8).add(DK_INDICES + index_bytes) as *mut [*mut PyObject; 2];
        Some(entries.offset(i))
    }
}

/// `keys`' header word (`DK_HEADER_WORD`): its key set's `dk_version` in the high half, 0 while
/// the interpreter has drawn none for it.
///
/// # Safety
/// `keys` is a live `PyDictKeysObject`.
#[inline(always)]
pub unsafe fn keys_header_word(keys: *mut c_void) -> u64 {
    // SAFETY: fixed 3.11 field offsets.
    unsafe { read::<u64>(keys, DK_HEADER_WORD) }
}

/// `keys->dk_log2_index_bytes`: the size of the index table, which fixes where entries start.
///
/// # Safety
/// `keys` is a live `PyDictKeysObject`.
#[inline(always)]
pub unsafe fn keys_log2_index_bytes(keys: *mut c_void) -> u8 {
    // SAFETY: fixed 3.11 field offset.
    unsafe { read::<u8>(keys, DK_LOG2_INDEX_BYTES) }
}

/// `PyModuleObject.md_dict`: right after the object header (moduleobject.h, 3.11).
/// `PyModuleObject.md_dict`, the field after the header (3.11's `moduleobject.c`).
pub const MODULE_MD_DICT: usize = std::mem::size_of::<pyo3_ffi::PyObject>();

/// `((PyModuleObject *)m)->md_dict`, borrowed (NULL only while the module is being built).
///
/// # Safety
/// `m` is a live object whose type is exactly `PyModule_Type`.
#[inline(always)]
pub unsafe fn module_dict(m: *mut PyObject) -> *mut PyObject {
    // SAFETY: fixed 3.11 field offset of an exact module object.
    unsafe { read::<*mut PyObject>(m as *const c_void, MODULE_MD_DICT) }
}

/// `_PyObject_DictPointer`'s offset of the instance dict pointer of `obj`, whose type does not
/// have `Py_TPFLAGS_MANAGED_DICT`: `tp_dictoffset`, or for a negative one (a variable-size
/// body, such as a `tuple` or `int` subclass) counted from the end of the object; 0 when the
/// type has no instance dict.
///
/// # Safety
/// `obj` is live and its type has no `Py_TPFLAGS_MANAGED_DICT`.
pub unsafe fn dict_offset(obj: *mut PyObject) -> isize {
    // SAFETY: as documented (object.c `_PyObject_DictPointer`, `_PyObject_VAR_SIZE`).
    unsafe {
        let tp = pyo3_ffi::Py_TYPE(obj);
        let offset = (*tp).tp_dictoffset;
        if offset >= 0 {
            return offset;
        }
        let n = (*(obj as *mut pyo3_ffi::PyVarObject))
            .ob_size
            .unsigned_abs() as isize;
        let size = ((*tp).tp_basicsize + n * (*tp).tp_itemsize + 7) & !7;
        offset + size
    }
}

/// `dict->ma_keys` of a live dict.
///
/// # Safety
/// `dict` is a live `dict` (or subclass) object.
#[inline(always)]
pub unsafe fn dict_keys(dict: *mut PyObject) -> *mut c_void {
    // SAFETY: as documented.
    unsafe { (*(dict as *mut pyo3_ffi::PyDictObject)).ma_keys as *mut c_void }
}

/// `tp->tp_version_tag` if it is valid (`Py_TPFLAGS_VALID_VERSION_TAG`), else 0. While a type
/// keeps its tag, its dict and its bases' dicts are unchanged; tags are never reused and
/// `PyType_Modified` resets the tag to 0.
///
/// # Safety
/// `tp` is a live type.
#[inline(always)]
pub unsafe fn valid_version_tag(tp: *mut PyTypeObject) -> u32 {
    // SAFETY: plain field reads.
    unsafe {
        if (*tp).tp_flags & pyo3_ffi::Py_TPFLAGS_VALID_VERSION_TAG == 0 {
            0
        } else {
            (*tp).tp_version_tag
        }
    }
}

/// `PyMemberDescrObject` (Include/descrobject.h): `PyDescr_COMMON`, then the member's
/// definition. (pyo3-ffi types `d_member` as a `PyGetSetDef`.)
#[repr(C)]
struct MemberDescr311 {
    d_common: pyo3_ffi::PyDescrObject,
    d_member: *mut pyo3_ffi::PyMemberDef,
}

/// `structmember.h`: an object slot that raises AttributeError when NULL; its flags.
const T_OBJECT_EX: c_int = 16;
const READONLY: c_int = 1;
const PY_AUDIT_READ: c_int = 2;

/// If `descr` is the `member_descriptor` of an object slot (`__slots__`, `T_OBJECT_EX`) that
/// instances of `tp` have (its owner is `tp` or a base), with no audit hook on reads: the
/// slot's byte offset in the instance and whether it is read-only. What 3.11's
/// `LOAD_ATTR_SLOT` / `STORE_ATTR_SLOT` specialise on.
///
/// # Safety
/// GIL held; `descr` and `tp` live.
pub unsafe fn object_slot_member(
    descr: *mut PyObject,
    tp: *mut PyTypeObject,
) -> Option<(isize, bool)> {
    // SAFETY: the type check proves `descr` is a member descriptor, whose `d_member` points
    // into its type's static or heap-allocated member table, alive while the type is.
    unsafe {
        if pyo3_ffi::Py_TYPE(descr) != ptr::addr_of_mut!(pyo3_ffi::PyMemberDescr_Type) {
            return None;
        }
        let d = &*(descr as *const MemberDescr311);
        let m = &*d.d_member;
        if m.type_code != T_OBJECT_EX
            || m.flags & PY_AUDIT_READ != 0
            || m.offset <= 0
            || pyo3_ffi::PyType_IsSubtype(tp, d.d_common.d_type) == 0
        {
            return None;
        }
        Some((m.offset, m.flags & READONLY != 0))
    }
}
