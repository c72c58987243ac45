//! Type feedback read from CPython's own quickening: what each call site's specialised
//! `PRECALL` says its callees were, as plain data (`CallHint`), taken with the snapshot.
//!
//! 3.11 rewrites a hot code object's `PRECALL` into a specialised form the first time it runs
//! after quickening (`PRECALL_PYFUNC`, `PRECALL_NO_KW_BUILTIN_O`, ...), or leaves it
//! `PRECALL_ADAPTIVE` with a non-zero back-off counter when no form fits (a Python class, a
//! polymorphic site) or the form kept missing. Compiled code uses the hint only to choose which
//! of a CALL's routes are emitted inline; the general route (`runtime::calls::rjit_call`)
//! handles every callee, so code compiled from any hint is correct for any callee.
//!
//! Invariant: hints shape code size and layout, never meaning. They are not part of the cache
//! key (`CodeSnapshot::key_bytes`): an entry holds the code made from the hints of the process
//! that compiled it, which every process may run.
//!
//! Allowed dependencies: bytecode, cpython.

use crate::bytecode::{Instr, Opcode};
use crate::cpython::PyCodeObject311;

/// What a CALL site's callees were while the interpreter ran it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, bincode::Encode, bincode::Decode)]
#[repr(u8)]
pub enum CallHint {
    /// No feedback (the code was not quickened): every route inline.
    Unknown = 0,
    /// Python functions or bound methods of them (`PRECALL_PYFUNC`, `PRECALL_BOUND_METHOD`):
    /// the direct route inline.
    Python = 1,
    /// Builtins and method descriptors with a C entry (`PRECALL_*_BUILTIN_*`,
    /// `PRECALL_*_METHOD_DESCRIPTOR_*`): the C routes inline.
    C = 2,
    /// `len`, `isinstance`, `type(x)` or `list.append` (`PRECALL_NO_KW_LEN`, ...): those.
    Intrinsic = 3,
    /// Anything else, or a site that did not run since quickening: the general route only.
    General = 4,
}

/// `PRECALL`'s specialised forms in 3.11.7 (`opcode.py`'s `_specializations`).
mod op {
    pub const PRECALL: u8 = 166;
    pub const PRECALL_ADAPTIVE: u8 = 64;
    pub const PRECALL_BOUND_METHOD: u8 = 65;
    pub const PRECALL_BUILTIN_CLASS: u8 = 66;
    pub const PRECALL_BUILTIN_FAST_WITH_KEYWORDS: u8 = 67;
    pub const PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS: u8 = 72;
    pub const PRECALL_NO_KW_BUILTIN_FAST: u8 = 73;
    pub const PRECALL_NO_KW_BUILTIN_O: u8 = 76;
    pub const PRECALL_NO_KW_ISINSTANCE: u8 = 77;
    pub const PRECALL_NO_KW_LEN: u8 = 78;
    pub const PRECALL_NO_KW_LIST_APPEND: u8 = 79;
    pub const PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST: u8 = 80;
    pub const PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS: u8 = 81;
    pub const PRECALL_NO_KW_METHOD_DESCRIPTOR_O: u8 = 113;
    pub const PRECALL_NO_KW_STR_1: u8 = 121;
    pub const PRECALL_NO_KW_TUPLE_1: u8 = 127;
    pub const PRECALL_NO_KW_TYPE_1: u8 = 141;
    pub const PRECALL_PYFUNC: u8 = 143;
}

/// The hint of a `PRECALL` unit of the live bytecode.
fn hint_of(opcode: u8) -> CallHint {
    use op::*;
    match opcode {
        PRECALL => CallHint::Unknown,
        PRECALL_PYFUNC | PRECALL_BOUND_METHOD => CallHint::Python,
        PRECALL_NO_KW_BUILTIN_O
        | PRECALL_NO_KW_BUILTIN_FAST
        | PRECALL_BUILTIN_FAST_WITH_KEYWORDS
        | PRECALL_NO_KW_METHOD_DESCRIPTOR_O
        | PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS
        | PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST
        | PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS => CallHint::C,
        PRECALL_NO_KW_LEN
        | PRECALL_NO_KW_ISINSTANCE
        | PRECALL_NO_KW_LIST_APPEND
        | PRECALL_NO_KW_TYPE_1 => CallHint::Intrinsic,
        // `PRECALL_ADAPTIVE` with a non-zero counter: no form fitted, or the form kept
        // missing. With the counter at 0: quickening left it so and the site specialises (or
        // backs off) the first time it runs, so it has not run since. Either way nothing is
        // worth inlining; nor is it for the builtin classes, which have no inline route.
        PRECALL_ADAPTIVE | PRECALL_BUILTIN_CLASS | PRECALL_NO_KW_STR_1 | PRECALL_NO_KW_TUPLE_1 => {
            CallHint::General
        }
        _ => CallHint::Unknown,
    }
}

/// `(CALL's offset, hint)` for every CALL of `instrs` (decoded from the de-quickened copy of
/// `code`'s bytecode) whose `PRECALL` the interpreter has rewritten; sites without feedback are
/// left out.
///
/// # Safety
/// GIL held; `code` is live and `instrs` were decoded from its bytecode.
pub unsafe fn call_hints(code: *mut PyCodeObject311, instrs: &[Instr]) -> Vec<(u32, CallHint)> {
    // SAFETY: reads within the live bytecode: `Py_SIZE(code)` units, every offset below comes
    // from decoding a bytecode of that length.
    unsafe {
        let len = pyo3_ffi::Py_SIZE(code as *mut pyo3_ffi::PyObject) as usize;
        let live = std::slice::from_raw_parts((*code).co_code_adaptive.as_ptr(), len);
        let mut out = Vec::new();
        for pair in instrs.windows(2) {
            let (pre, call) = (&pair[0], &pair[1]);
            if pre.op != Opcode::Precall || call.op != Opcode::Call {
                continue;
            }
            let at = pre.offset as usize;
            let Some(unit) = live.get(at) else {
                continue;
            };
            let hint = hint_of((unit & 0xff) as u8);
            if hint != CallHint::Unknown {
                out.push((call.offset, hint));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specialised_forms_map_to_their_routes() {
        assert_eq!(hint_of(op::PRECALL), CallHint::Unknown);
        assert_eq!(hint_of(op::PRECALL_PYFUNC), CallHint::Python);
        assert_eq!(hint_of(op::PRECALL_BOUND_METHOD), CallHint::Python);
        assert_eq!(hint_of(op::PRECALL_NO_KW_METHOD_DESCRIPTOR_O), CallHint::C);
        assert_eq!(hint_of(op::PRECALL_NO_KW_LEN), CallHint::Intrinsic);
        assert_eq!(hint_of(op::PRECALL_ADAPTIVE), CallHint::General);
        assert_eq!(hint_of(op::PRECALL_NO_KW_STR_1), CallHint::General);
    }
}
