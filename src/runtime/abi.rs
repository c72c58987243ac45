//! The helper ABI between compiled code and this build of rjit.
//!
//! Compiled objects call helpers by these names; `code_memory` binds each name to this
//! process's address. Invariant: changing any helper's signature or semantics, the entry
//! signature, or the runtime-table layout bumps `ABI_VERSION`, which is part of every cache key,
//! so no cached object built against another ABI is ever linked. It is also bumped when the
//! lowering changes enough that code cached by an older build is worth replacing (17: unboxed
//! temporaries; 19: list items updated in place, negation in registers; 20: LOAD_DEREF inline;
//! 21: `super().name` without the super object; 22: first attribute assignments inline,
//! operator methods of Python classes called directly; 23: bound methods called directly, more
//! C callee kinds inline, generators created by direct calls; 25: deallocations laid out
//! after the hot code, exact-dict subscripts inline; 26: one shared resume for `yield from`
//! loops, `rjit_get_iter`; 27: `array.array` items, LOAD_GLOBAL and `abs`/`len`/`math` calls inline in the typed tier;
//! 28: attributes of parameters sampled, class attributes, `float()` and `list.append` in the
//! typed tier; 29: numbers stored to the heap and kept by a local keep one object; 30: slices without a
//! slice object; 31: the truth of an exact int, list or tuple by its size; 32: `min`/`max` of two arguments
//! inline, natively for numbers in the typed tier, `abs` of an int in the typed tier; 33: an
//! int-or-float value boxed by `rjit_box_values`, `BOX_NUM`; `rjit_pair_next`; 34: callees' attribute
//! sites after the callees' own, `rjit_load_attr_quiet`; 35: each callee's sites together, its
//! own callees' after them, subscript callees' sites with the class's version and the function,
//! `rjit_load_method_quiet`, `rjit_tuple_new`; 36: callees' sites for their LOAD_GLOBALs,
//! `rjit_load_global_quiet`; 37: dict, set, str and bytes iterators stepped in the typed tier
//! without a full sync, `rjit_quiet_next`; 38: LOAD_GLOBAL caches keyed on `dk_version`;
//! 39: sites that had not run since quickening get every inline path in second compiles;
//! 40: plain yields add to a drained generator's result, `rjit_yield_collect`,
//! `rjit_class_vectorcall_gen`, `rjit_sequence_tuple`, `rjit_draining`, `rjit_builtin_any`,
//! `rjit_builtin_all`; 41: `math` functions computed in place by the typed tier,
//! `rjit_math_funcs`).

use std::ptr::addr_of;

use super::{
    arrays, calls, deopt, dunders, exceptions, generators, helpers, inline_cache, iters, ops,
    pairs, slices,
};

pub const ABI_VERSION: u32 = 41;

/// `(name, address)` pairs, the name being the function's own identifier.
macro_rules! symbols {
    ($($m:ident :: $f:ident),* $(,)?) => { vec![$((stringify!($f), $m::$f as *const () as usize)),*] };
}

/// (symbol, address) for every helper compiled code may reference.
pub fn helper_symbols() -> Vec<(&'static str, usize)> {
    let mut v = symbols![
        helpers::rjit_enter,
        helpers::rjit_recursion_check,
        helpers::rjit_call_recursion_check,
        deopt::rjit_handoff,
        helpers::rjit_eval_breaker,
        helpers::rjit_unbound_local,
        ops::rjit_unbound_deref,
        inline_cache::rjit_load_global,
        inline_cache::rjit_load_attr,
        inline_cache::rjit_load_attr_peek,
        inline_cache::rjit_load_attr_quiet,
        inline_cache::rjit_load_global_quiet,
        inline_cache::rjit_load_method_quiet,
        helpers::rjit_tuple_new,
        inline_cache::rjit_load_method,
        inline_cache::rjit_super_method,
        inline_cache::rjit_store_attr,
        calls::rjit_call,
        generators::rjit_yield_collect,
        generators::rjit_class_vectorcall_gen,
        generators::rjit_sequence_tuple,
        calls::rjit_make_generator,
        calls::rjit_math_1,
        calls::rjit_list_append_value,
        pairs::rjit_pair_next,
        iters::rjit_quiet_next,
        calls::rjit_min_max,
        calls::rjit_getitem,
        calls::rjit_pop_frame,
        helpers::rjit_iter_exhausted,
        helpers::rjit_unpack_sequence,
        helpers::rjit_power,
        helpers::rjit_inplace_power,
        helpers::rjit_float_pow,
        helpers::rjit_box_values,
        helpers::rjit_box_locals,
        exceptions::rjit_traceback_here,
        exceptions::rjit_trace_exception,
        exceptions::rjit_fetch_exception,
        exceptions::rjit_lasti,
        exceptions::rjit_op_raise_varargs,
        exceptions::rjit_op_reraise,
        exceptions::rjit_op_push_exc_info,
        exceptions::rjit_op_pop_except,
        exceptions::rjit_op_check_exc_match,
        exceptions::rjit_op_check_eg_match,
        exceptions::rjit_op_before_with,
        exceptions::rjit_op_with_except_start,
        exceptions::rjit_op_end_async_for,
        generators::rjit_resume_in_interpreter,
        generators::rjit_send,
        calls::rjit_get_iter,
        arrays::rjit_array_check,
        dunders::rjit_binary_dunder,
        generators::rjit_op_get_awaitable,
        generators::rjit_op_get_aiter,
        generators::rjit_op_get_anext,
        generators::rjit_op_get_yield_from_iter,
        generators::rjit_op_async_gen_wrap,
        ops::rjit_op_make_cell,
        ops::rjit_op_copy_free_vars,
        ops::rjit_op_load_deref,
        ops::rjit_op_load_classderef,
        ops::rjit_op_store_deref,
        ops::rjit_op_delete_deref,
        ops::rjit_op_delete_fast,
        ops::rjit_op_load_name,
        ops::rjit_op_store_name,
        ops::rjit_op_delete_name,
        ops::rjit_op_store_global,
        ops::rjit_op_delete_global,
        ops::rjit_op_delete_attr,
        ops::rjit_op_delete_subscr,
        ops::rjit_op_import_name,
        ops::rjit_op_import_from,
        ops::rjit_op_setup_annotations,
        ops::rjit_op_load_build_class,
        ops::rjit_op_print_expr,
        ops::rjit_op_make_function,
        ops::rjit_op_call_function_ex,
        ops::rjit_op_build_set,
        ops::rjit_op_build_map,
        ops::rjit_op_build_const_key_map,
        ops::rjit_op_build_string,
        ops::rjit_op_build_slice,
        ops::rjit_op_list_to_tuple,
        slices::rjit_op_slice_get,
        slices::rjit_op_slice_set,
        ops::rjit_op_set_add,
        ops::rjit_op_map_add,
        ops::rjit_op_list_extend,
        ops::rjit_op_set_update,
        ops::rjit_op_dict_update,
        ops::rjit_op_dict_merge,
        ops::rjit_op_format_value,
        ops::rjit_op_unpack_ex,
        ops::rjit_op_get_len,
        ops::rjit_op_match_flag,
        ops::rjit_op_match_keys,
        ops::rjit_op_match_class,
    ];
    // Data compiled code reads or bumps: the co_extra index, the objects of the inline
    // builtin calls, the array type, rjit's evaluator (direct calls only under it) and a counter.
    v.extend([
        (
            "rjit_co_extra_index",
            addr_of!(calls::CO_EXTRA_INDEX) as usize,
        ),
        ("rjit_builtin_len", addr_of!(calls::BUILTIN_LEN) as usize),
        ("rjit_builtin_abs", addr_of!(calls::BUILTIN_ABS) as usize),
        ("rjit_math_module", addr_of!(calls::MATH_MODULE) as usize),
        ("rjit_math_funcs", addr_of!(calls::MATH_FUNCS) as usize),
        ("rjit_builtin_min", addr_of!(calls::BUILTIN_MIN) as usize),
        ("rjit_builtin_any", addr_of!(calls::BUILTIN_ANY) as usize),
        ("rjit_builtin_all", addr_of!(calls::BUILTIN_ALL) as usize),
        ("rjit_builtin_max", addr_of!(calls::BUILTIN_MAX) as usize),
        (
            "rjit_builtin_isinstance",
            addr_of!(calls::BUILTIN_ISINSTANCE) as usize,
        ),
        ("rjit_list_append", addr_of!(calls::LIST_APPEND) as usize),
        ("rjit_small_ints", addr_of!(calls::SMALL_INTS) as usize),
        ("rjit_array_type", addr_of!(arrays::ARRAY_TYPE) as usize),
        (
            "rjit_direct_eval_frame",
            addr_of!(calls::DIRECT_EVAL_FRAME) as usize,
        ),
        ("rjit_draining", addr_of!(generators::DRAINING) as usize),
        (
            "rjit_direct_entries",
            addr_of!(crate::stats::DIRECT_ENTRIES) as usize,
        ),
    ]);
    v
}
