//! The helper ABI between compiled code and this build of rjit.
//!
//! Compiled objects call helpers by these names; `code_memory` binds each name to this
//! process's address. Invariant: changing any helper's signature or semantics, the entry
//! signature, or the runtime-table layout bumps `ABI_VERSION`, which is part of every cache key,
//! so no cached object built against another ABI is ever linked.

use super::{deopt, helpers};

pub const ABI_VERSION: u32 = 1;

/// (symbol, address) for every helper compiled code may reference.
pub fn helper_symbols() -> Vec<(&'static str, usize)> {
    vec![
        ("rjit_enter", helpers::rjit_enter as *const () as usize),
        ("rjit_leave", helpers::rjit_leave as *const () as usize),
        ("rjit_handoff", deopt::rjit_handoff as *const () as usize),
        ("rjit_eval_breaker", helpers::rjit_eval_breaker as *const () as usize),
        ("rjit_unbound_local", helpers::rjit_unbound_local as *const () as usize),
        ("rjit_load_global", helpers::rjit_load_global as *const () as usize),
        ("rjit_call", helpers::rjit_call as *const () as usize),
        ("rjit_iter_exhausted", helpers::rjit_iter_exhausted as *const () as usize),
        ("rjit_unpack_sequence", helpers::rjit_unpack_sequence as *const () as usize),
        ("rjit_power", helpers::rjit_power as *const () as usize),
        ("rjit_inplace_power", helpers::rjit_inplace_power as *const () as usize),
    ]
}
