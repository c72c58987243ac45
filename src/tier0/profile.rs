//! Type feedback read from CPython's own quickening, as plain data taken with the snapshot:
//! what each call site's specialised `PRECALL` says its callees were (`CallHint`), what the
//! operands of `+ - *`, comparisons, subscripts and unpacking were (`ArithHint`, `SubscrHint`), and where
//! attribute and method loads found their attribute (`AttrHint`, `MethodHint`).
//!
//! 3.11 rewrites a hot code object's `PRECALL` into a specialised form the first time it runs
//! after quickening (`PRECALL_PYFUNC`, `PRECALL_NO_KW_BUILTIN_O`, ...), or leaves it
//! `PRECALL_ADAPTIVE` with a non-zero back-off counter when no form fits (a Python class, a
//! polymorphic site) or the form kept missing; likewise the other families. An adaptive unit
//! whose counter is still 0 has not run since quickening (`unrun`): it says nothing. A first
//! compile takes it as a failed site (the helpers only: most such sites are cold branches,
//! and every inline path for them made first compiles' p90 40% longer on bench/apps'
//! programs); a second compile, of code that stayed hot, gives it every inline path, as code
//! that was never quickened has (`Hints::settled`). Code gets hot while some of its branches
//! have not run yet: go's `Board.useful` returns early in its first hundred calls, then spends
//! its time in the rest. Compiled code uses
//! a hint only to choose which of an instruction's fast paths are emitted inline; the general
//! path (`runtime::calls::rjit_call`, the C API) handles every case, so code compiled from any
//! hint is correct for any operands.
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
    /// A builtin function or method descriptor called through its C entry, of the form and
    /// `ml_flags` kind its quickened `PRECALL_*_BUILTIN_*` / `PRECALL_*_METHOD_DESCRIPTOR_*`
    /// names (`c_form`): that one C route inline.
    C(CForm) = 2,
    /// `len(x)` (`PRECALL_NO_KW_LEN`): that intrinsic inline, alone (as the next three: the
    /// site's one route is straight-line code, the others would only lengthen it).
    Len = 3,
    /// Anything else, or a site that did not run since quickening: the general route only.
    General = 4,
    /// `isinstance(x, t)` (`PRECALL_NO_KW_ISINSTANCE`).
    Isinstance = 5,
    /// `lst.append(x)` (`PRECALL_NO_KW_LIST_APPEND`).
    ListAppend = 6,
    /// `type(x)` (`PRECALL_NO_KW_TYPE_1`).
    Type1 = 7,
    /// `str(x)` (`PRECALL_NO_KW_STR_1`).
    Str1 = 8,
    /// `tuple(x)` (`PRECALL_NO_KW_TUPLE_1`).
    Tuple1 = 9,
    /// A builtin class with a vectorcall entry (`PRECALL_BUILTIN_CLASS`: `list(...)`,
    /// `dict(...)`, `set()`, `range(...)`, ...): that entry called inline.
    BuiltinClass = 10,
}

/// The C callee a `CallHint::C` site saw: `[NULL, builtin function]` (`descr` false) or
/// `[method descriptor, self]` (`descr` true), and the kind of its `ml_flags` (`METH_O`,
/// `METH_NOARGS`, `METH_FASTCALL`, `METH_FASTCALL | METH_KEYWORDS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, bincode::Encode, bincode::Decode)]
pub struct CForm {
    pub descr: bool,
    pub flags: i32,
}

impl CallHint {
    /// Whether the hint names one of the calls `intrinsic_calls` inlines.
    pub fn is_intrinsic(self) -> bool {
        matches!(
            self,
            CallHint::Len
                | CallHint::Isinstance
                | CallHint::ListAppend
                | CallHint::Type1
                | CallHint::Str1
                | CallHint::Tuple1
        )
    }
}

/// What a BINARY_OP (`+`, `-`, `*`) or COMPARE_OP site's operands were, from its specialised
/// form (`BINARY_OP_ADD_INT`, `COMPARE_OP_FLOAT_JUMP`, ...): the boxed operands' fast paths
/// inline are those of that type only. Numbers left unboxed by a previous instruction keep
/// their own paths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, bincode::Encode, bincode::Decode)]
#[repr(u8)]
pub enum ArithHint {
    /// No specialisation (not quickened, or an operator 3.11 does not specialise): every path.
    Unknown = 0,
    /// Two compact ints.
    Int = 1,
    /// Two floats.
    Float = 2,
    /// Two strs (`==`/`!=`, `+`).
    Str = 3,
}

/// What a BINARY_SUBSCR site's container was (`BINARY_SUBSCR_LIST_INT`, `_TUPLE_INT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, bincode::Encode, bincode::Decode)]
#[repr(u8)]
pub enum SubscrHint {
    /// Not quickened: the list and tuple paths inline.
    Unknown = 0,
    List = 1,
    Tuple = 2,
    /// A class with `__getitem__`, anything else, or not run yet (`unrun`): the helper only.
    Other = 3,
    /// An exact dict (`BINARY_SUBSCR_DICT`): the dict's own lookup, inline.
    Dict = 4,
}

/// Where a LOAD_ATTR site found its attribute (`LOAD_ATTR_INSTANCE_VALUE`, `_WITH_HINT`,
/// `_SLOT`): the inline path kept; the helper (`runtime::inline_cache::rjit_load_attr`) serves
/// the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, bincode::Encode, bincode::Decode)]
#[repr(u8)]
pub enum AttrHint {
    /// Not quickened: every inline path.
    Unknown = 0,
    /// In the instance's values or its dict.
    Instance = 1,
    /// An object slot.
    Slot = 2,
    /// A descriptor, a class attribute, anything else, or not run yet: no inline path.
    Other = 3,
    /// An attribute of a module (`LOAD_ATTR_MODULE`): the module path only.
    Module = 4,
}

/// What a LOAD_METHOD site found: a method of the class (`LOAD_METHOD_WITH_VALUES`, `_NO_DICT`,
/// `_WITH_DICT`, `_CLASS`, `_MODULE`), or not (`LOAD_METHOD_ADAPTIVE`: an attribute of the
/// instance, such as `self.write = file.write`, or a builtin type's method with an instance
/// dict pointer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, bincode::Encode, bincode::Decode)]
#[repr(u8)]
pub enum MethodHint {
    /// Not quickened: every inline path.
    Unknown = 0,
    /// A method (or a module's function): no inline path for instance attributes.
    Method = 1,
    /// Specialisation failed or did not run yet: the instance-attribute path inline too.
    Other = 2,
    /// A module's attribute (`LOAD_METHOD_MODULE`): the module path inline, nothing else.
    Module = 3,
}

/// What a parameter, or an attribute of one, held in the call that made the code hot (read from
/// that frame by the hook): a kind of object the typed tier can guard where quickening recorded
/// nothing. 3.11 leaves `data[i]` of an `array.array` `BINARY_SUBSCR_ADAPTIVE`, so without this
/// the typed tier could not know that `data` (or `self.data`) is an array of doubles; and code
/// compiled before it was quickened (a first call, `rjit.compile`) or arithmetic 3.11 does not
/// specialise (`x * 2` of a float, `self.x /= norm`) has no hint for its numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, bincode::Encode, bincode::Decode)]
#[repr(u8)]
pub enum ValueHint {
    /// An `array.array` of typecode `'d'` (C doubles).
    ArrayF64 = 1,
    /// An `array.array` of typecode `'i'` (C ints, 32 bits).
    ArrayI32 = 2,
    /// An `array.array` of typecode `'l'` or `'q'` (64 bits).
    ArrayI64 = 3,
    /// An exact int of at most two 30-bit digits (one the typed tier holds unboxed).
    Int = 4,
    /// An exact float.
    Float = 5,
    /// The builtin `range` itself, read from a global of another name (`xrange = range`):
    /// `for i in xrange(n)` is then a counted loop too (`hir::specialise`).
    Range = 6,
    /// An attribute found as a plain value (no descriptor's `__get__` ran: an instance's own
    /// attribute, a slot, a class attribute without `__get__`) of a kind not guarded (a list
    /// table of a class): its LOAD_ATTR can read the site's entries without running code
    /// (`hir::specialise`'s quiet instructions).
    Object = 7,
    /// An exact list whose first item is an `array.array` of typecode `'d'` (rows of a matrix,
    /// `self.data[i][j]`): the items `data[i]` reads are guarded to be such arrays.
    ListOfArrayF64 = 8,
    /// The same, of arrays of typecode `'i'`.
    ListOfArrayI32 = 9,
    /// The same, of arrays of typecode `'l'` or `'q'`.
    ListOfArrayI64 = 10,
}

/// `ValueHint`s by parameter index or LOAD_ATTR offset, sorted (`Hints::args`, `Hints::values`).
pub type Samples = Vec<(u32, ValueHint)>;

impl ValueHint {
    /// The hint for an `array.array` of `typecode`, if the typed tier reads that kind.
    pub fn of_array(typecode: u8) -> Option<ValueHint> {
        match typecode {
            b'd' => Some(ValueHint::ArrayF64),
            b'i' => Some(ValueHint::ArrayI32),
            b'l' | b'q' => Some(ValueHint::ArrayI64),
            _ => None,
        }
    }

    /// The hint for a list whose items are arrays of `item`'s kind.
    pub fn list_of(item: ValueHint) -> Option<ValueHint> {
        match item {
            ValueHint::ArrayF64 => Some(ValueHint::ListOfArrayF64),
            ValueHint::ArrayI32 => Some(ValueHint::ListOfArrayI32),
            ValueHint::ArrayI64 => Some(ValueHint::ListOfArrayI64),
            _ => None,
        }
    }

    /// The hint for the items of a list of arrays.
    pub fn item(self) -> Option<ValueHint> {
        match self {
            ValueHint::ListOfArrayF64 => Some(ValueHint::ArrayF64),
            ValueHint::ListOfArrayI32 => Some(ValueHint::ArrayI32),
            ValueHint::ListOfArrayI64 => Some(ValueHint::ArrayI64),
            _ => None,
        }
    }
}

/// The specialised forms rjit reads, in 3.11.7 (`opcode.py`'s `_specializations`; a test
/// checks each against `bytecode::opcodes::ALL_NAMES`).
mod op {
    pub const LOAD_ATTR: u8 = 106;
    pub const LOAD_ATTR_INSTANCE_VALUE: u8 = 40;
    pub const LOAD_ATTR_MODULE: u8 = 41;
    pub const LOAD_ATTR_SLOT: u8 = 42;
    pub const LOAD_ATTR_WITH_HINT: u8 = 43;
    pub const LOAD_ATTR_ADAPTIVE: u8 = 39;
    pub const LOAD_METHOD: u8 = 160;
    pub const LOAD_METHOD_ADAPTIVE: u8 = 56;
    pub const LOAD_METHOD_CLASS: u8 = 57;
    pub const LOAD_METHOD_MODULE: u8 = 58;
    pub const LOAD_METHOD_NO_DICT: u8 = 59;
    pub const LOAD_METHOD_WITH_DICT: u8 = 62;
    pub const LOAD_METHOD_WITH_VALUES: u8 = 63;
    pub const BINARY_OP_ADD_FLOAT: u8 = 4;
    pub const BINARY_OP_ADD_INT: u8 = 5;
    pub const BINARY_OP_ADD_UNICODE: u8 = 6;
    pub const BINARY_OP_INPLACE_ADD_UNICODE: u8 = 7;
    pub const BINARY_OP_MULTIPLY_FLOAT: u8 = 8;
    pub const BINARY_OP_MULTIPLY_INT: u8 = 13;
    pub const BINARY_OP_SUBTRACT_FLOAT: u8 = 14;
    pub const BINARY_OP_SUBTRACT_INT: u8 = 16;
    pub const COMPARE_OP_FLOAT_JUMP: u8 = 27;
    pub const COMPARE_OP_INT_JUMP: u8 = 28;
    pub const COMPARE_OP_STR_JUMP: u8 = 29;
    pub const BINARY_SUBSCR: u8 = 25;
    pub const BINARY_SUBSCR_ADAPTIVE: u8 = 17;
    pub const BINARY_SUBSCR_LIST_INT: u8 = 20;
    pub const BINARY_SUBSCR_TUPLE_INT: u8 = 21;
    pub const BINARY_SUBSCR_DICT: u8 = 18;
    pub const STORE_SUBSCR: u8 = 60;
    pub const STORE_SUBSCR_ADAPTIVE: u8 = 168;
    pub const STORE_SUBSCR_DICT: u8 = 169;
    pub const STORE_SUBSCR_LIST_INT: u8 = 170;
    pub const UNPACK_SEQUENCE: u8 = 92;
    pub const UNPACK_SEQUENCE_ADAPTIVE: u8 = 177;
    pub const UNPACK_SEQUENCE_LIST: u8 = 178;
    pub const UNPACK_SEQUENCE_TUPLE: u8 = 179;
    pub const UNPACK_SEQUENCE_TWO_TUPLE: u8 = 180;
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
    const FAST_KW: i32 = pyo3_ffi::METH_FASTCALL | pyo3_ffi::METH_KEYWORDS;
    let c = |descr, flags| CallHint::C(CForm { descr, flags });
    match opcode {
        PRECALL => CallHint::Unknown,
        PRECALL_PYFUNC | PRECALL_BOUND_METHOD => CallHint::Python,
        PRECALL_NO_KW_BUILTIN_O => c(false, pyo3_ffi::METH_O),
        PRECALL_NO_KW_BUILTIN_FAST => c(false, pyo3_ffi::METH_FASTCALL),
        PRECALL_BUILTIN_FAST_WITH_KEYWORDS => c(false, FAST_KW),
        PRECALL_NO_KW_METHOD_DESCRIPTOR_O => c(true, pyo3_ffi::METH_O),
        PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS => c(true, pyo3_ffi::METH_NOARGS),
        PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST => c(true, pyo3_ffi::METH_FASTCALL),
        PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS => c(true, FAST_KW),
        PRECALL_NO_KW_LEN => CallHint::Len,
        PRECALL_NO_KW_ISINSTANCE => CallHint::Isinstance,
        PRECALL_NO_KW_LIST_APPEND => CallHint::ListAppend,
        PRECALL_NO_KW_TYPE_1 => CallHint::Type1,
        PRECALL_NO_KW_STR_1 => CallHint::Str1,
        PRECALL_NO_KW_TUPLE_1 => CallHint::Tuple1,
        PRECALL_BUILTIN_CLASS => CallHint::BuiltinClass,
        // `PRECALL_ADAPTIVE`: no form fitted, the form kept missing, or (counter 0) the site
        // has not run yet, which a second compile undoes (`Hints::settled`). Nothing is worth
        // inlining.
        PRECALL_ADAPTIVE => CallHint::General,
        _ => CallHint::Unknown,
    }
}

/// The hint of a BINARY_OP or COMPARE_OP unit of the live bytecode.
fn arith_hint_of(opcode: u8) -> ArithHint {
    use op::*;
    match opcode {
        BINARY_OP_ADD_INT
        | BINARY_OP_SUBTRACT_INT
        | BINARY_OP_MULTIPLY_INT
        | COMPARE_OP_INT_JUMP => ArithHint::Int,
        BINARY_OP_ADD_FLOAT
        | BINARY_OP_SUBTRACT_FLOAT
        | BINARY_OP_MULTIPLY_FLOAT
        | COMPARE_OP_FLOAT_JUMP => ArithHint::Float,
        BINARY_OP_ADD_UNICODE | BINARY_OP_INPLACE_ADD_UNICODE | COMPARE_OP_STR_JUMP => {
            ArithHint::Str
        }
        _ => ArithHint::Unknown,
    }
}

/// The hint of a BINARY_SUBSCR unit of the live bytecode.
fn subscr_hint_of(opcode: u8) -> SubscrHint {
    use op::*;
    match opcode {
        BINARY_SUBSCR => SubscrHint::Unknown,
        BINARY_SUBSCR_LIST_INT => SubscrHint::List,
        BINARY_SUBSCR_TUPLE_INT => SubscrHint::Tuple,
        BINARY_SUBSCR_DICT => SubscrHint::Dict,
        // BINARY_SUBSCR_ADAPTIVE (failed, or not run yet: `unrun`), _GETITEM.
        _ => SubscrHint::Other,
    }
}

/// The hint of a STORE_SUBSCR unit of the live bytecode (the typed tier's guards on the
/// container and the index).
fn store_subscr_hint_of(opcode: u8) -> SubscrHint {
    use op::*;
    match opcode {
        STORE_SUBSCR => SubscrHint::Unknown,
        STORE_SUBSCR_LIST_INT => SubscrHint::List,
        STORE_SUBSCR_DICT => SubscrHint::Dict,
        _ => SubscrHint::Other,
    }
}

/// The hint of an UNPACK_SEQUENCE unit of the live bytecode (the typed tier's guard on the
/// sequence): `UNPACK_SEQUENCE_LIST`, `_TUPLE` and `_TWO_TUPLE` say what it unpacked.
fn unpack_hint_of(opcode: u8) -> SubscrHint {
    use op::*;
    match opcode {
        UNPACK_SEQUENCE => SubscrHint::Unknown,
        UNPACK_SEQUENCE_LIST => SubscrHint::List,
        UNPACK_SEQUENCE_TUPLE | UNPACK_SEQUENCE_TWO_TUPLE => SubscrHint::Tuple,
        _ => SubscrHint::Other,
    }
}

/// The hint of a LOAD_ATTR unit of the live bytecode.
fn attr_hint_of(opcode: u8) -> AttrHint {
    use op::*;
    match opcode {
        LOAD_ATTR => AttrHint::Unknown,
        LOAD_ATTR_INSTANCE_VALUE | LOAD_ATTR_WITH_HINT => AttrHint::Instance,
        LOAD_ATTR_SLOT => AttrHint::Slot,
        LOAD_ATTR_MODULE => AttrHint::Module,
        // LOAD_ATTR_ADAPTIVE (failed, or not run yet: `unrun`).
        _ => AttrHint::Other,
    }
}

/// The hint of a LOAD_METHOD unit of the live bytecode.
fn method_hint_of(opcode: u8) -> MethodHint {
    use op::*;
    match opcode {
        LOAD_METHOD => MethodHint::Unknown,
        LOAD_METHOD_MODULE => MethodHint::Module,
        LOAD_METHOD_CLASS
        | LOAD_METHOD_NO_DICT
        | LOAD_METHOD_WITH_DICT
        | LOAD_METHOD_WITH_VALUES => MethodHint::Method,
        // LOAD_METHOD_ADAPTIVE: failed, or not run yet (`unrun`).
        LOAD_METHOD_ADAPTIVE => MethodHint::Other,
        _ => MethodHint::Unknown,
    }
}

/// Hints of one code object, each list sorted by instruction offset, without the `Unknown`
/// ones.
#[derive(Debug, Clone, Default, PartialEq, Eq, bincode::Encode, bincode::Decode)]
pub struct Hints {
    /// By the CALL's offset (the hint is read from the `PRECALL` before it).
    pub calls: Vec<(u32, CallHint)>,
    /// By the BINARY_OP's or COMPARE_OP's offset.
    pub arith: Vec<(u32, ArithHint)>,
    /// By the BINARY_SUBSCR's, STORE_SUBSCR's or UNPACK_SEQUENCE's offset.
    pub subscr: Vec<(u32, SubscrHint)>,
    /// By the LOAD_ATTR's offset.
    pub attrs: Vec<(u32, AttrHint)>,
    /// By the LOAD_METHOD's offset.
    pub methods: Vec<(u32, MethodHint)>,
    /// By the parameter's index in `localsplus` (`ValueHint`): set by whoever takes the snapshot
    /// with the frame that made the code hot.
    pub args: Samples,
    /// By the LOAD_ATTR's offset, for attributes of parameters (`ValueHint`, `param_attrs`), and
    /// by the LOAD_GLOBAL's, for globals bound to `range` under another name: set with `args`.
    pub values: Samples,
    /// The offsets (as in the lists above) of the hints read from sites that had not run since
    /// quickening (`unrun`), sorted: taken as failed sites by a first compile, dropped by a
    /// second (`settled`).
    pub unrun: Vec<u32>,
}

impl Hints {
    /// The hints a compile of `optimised` effort uses: a second compile (of code that stayed
    /// hot) gives the sites that had not run when the code got hot every inline path, so the
    /// hints read from them go; a first compile keeps them all.
    pub fn settled(&self, optimised: bool) -> std::borrow::Cow<'_, Hints> {
        if !optimised || self.unrun.is_empty() {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut h = self.clone();
        let ran = |at: u32| self.unrun.binary_search(&at).is_err();
        h.calls.retain(|&(at, _)| ran(at));
        h.subscr.retain(|&(at, _)| ran(at));
        h.attrs.retain(|&(at, _)| ran(at));
        h.methods.retain(|&(at, _)| ran(at));
        h.unrun.clear();
        std::borrow::Cow::Owned(h)
    }

    pub fn call(&self, offset: u32) -> CallHint {
        find(&self.calls, offset).unwrap_or(CallHint::Unknown)
    }

    pub fn arith(&self, offset: u32) -> ArithHint {
        find(&self.arith, offset).unwrap_or(ArithHint::Unknown)
    }

    pub fn subscr(&self, offset: u32) -> SubscrHint {
        find(&self.subscr, offset).unwrap_or(SubscrHint::Unknown)
    }

    pub fn attr(&self, offset: u32) -> AttrHint {
        find(&self.attrs, offset).unwrap_or(AttrHint::Unknown)
    }

    pub fn method(&self, offset: u32) -> MethodHint {
        find(&self.methods, offset).unwrap_or(MethodHint::Unknown)
    }

    /// What parameter `k` held when the code got hot, if it was a kind `ValueHint` names.
    pub fn arg(&self, k: u32) -> Option<ValueHint> {
        find(&self.args, k)
    }

    /// What the attribute the LOAD_ATTR at `offset` loads (or the global the LOAD_GLOBAL there
    /// loads) held when the code got hot.
    pub fn value(&self, offset: u32) -> Option<ValueHint> {
        find(&self.values, offset)
    }
}

fn find<T: Copy>(list: &[(u32, T)], offset: u32) -> Option<T> {
    list.binary_search_by_key(&offset, |&(o, _)| o)
        .ok()
        .map(|i| list[i].1)
}

/// The hints of `code`, whose de-quickened bytecode decoded to `instrs`.
///
/// # Safety
/// GIL held; `code` is live and `instrs` were decoded from its bytecode.
pub unsafe fn read(code: *mut PyCodeObject311, instrs: &[Instr]) -> Hints {
    // SAFETY: reads within the live bytecode: `Py_SIZE(code)` units, every offset below comes
    // from decoding a bytecode of that length.
    unsafe {
        let len = pyo3_ffi::Py_SIZE(code as *mut pyo3_ffi::PyObject) as usize;
        let live = std::slice::from_raw_parts((*code).co_code_adaptive.as_ptr(), len);
        let opcode_at = |at: u32| live.get(at as usize).map(|u| (u & 0xff) as u8);
        let (calls, mut unrun_at) = call_hints(live, instrs);
        let mut hints = Hints {
            calls,
            ..Hints::default()
        };
        for ins in instrs {
            let Some(opcode) = opcode_at(ins.offset) else {
                continue;
            };
            if ins.op != Opcode::Precall && unrun(live, ins.offset) {
                unrun_at.push(ins.offset);
            }
            match ins.op {
                Opcode::BinaryOp | Opcode::CompareOp => {
                    let h = arith_hint_of(opcode);
                    if h != ArithHint::Unknown {
                        hints.arith.push((ins.offset, h));
                    }
                }
                Opcode::BinarySubscr => {
                    let h = subscr_hint_of(opcode);
                    if h != SubscrHint::Unknown {
                        hints.subscr.push((ins.offset, h));
                    }
                }
                Opcode::StoreSubscr => {
                    let h = store_subscr_hint_of(opcode);
                    if h != SubscrHint::Unknown {
                        hints.subscr.push((ins.offset, h));
                    }
                }
                Opcode::UnpackSequence => {
                    let h = unpack_hint_of(opcode);
                    if h != SubscrHint::Unknown {
                        hints.subscr.push((ins.offset, h));
                    }
                }
                Opcode::LoadAttr => {
                    let h = attr_hint_of(opcode);
                    if h != AttrHint::Unknown {
                        hints.attrs.push((ins.offset, h));
                    }
                }
                Opcode::LoadMethod => {
                    let h = method_hint_of(opcode);
                    if h != MethodHint::Unknown {
                        hints.methods.push((ins.offset, h));
                    }
                }
                _ => {}
            }
        }
        unrun_at.sort_unstable();
        hints.unrun = unrun_at;
        hints
    }
}

/// A LOAD_ATTR whose owner is a parameter (`LOAD_FAST k`, `LOAD_DEREF k` of a parameter a
/// closure captures, or either then `COPY 1` for `p.x op= v`), `k` below `nparams`: the hook reads the attribute from the frame that made the
/// code hot (`ValueHint`). The owner is recognised by the instructions just before, so a
/// parameter rebound before the load gives a wrong sample; that only ever makes a guard, which
/// the typed tier checks, and the typed tier uses the sample only where the parameter is
/// unassigned (`hir::specialise`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParamAttr {
    /// The LOAD_ATTR's offset.
    pub offset: u32,
    /// The parameter's index in `localsplus`.
    pub param: u32,
    /// Index of the attribute's name in `co_names`.
    pub name: u32,
}

/// The LOAD_ATTRs of parameters among `instrs`, for code of `nparams` parameters.
pub fn param_attrs(instrs: &[Instr], nparams: u32) -> Vec<ParamAttr> {
    let mut out = Vec::new();
    for (i, ins) in instrs.iter().enumerate() {
        if ins.op != Opcode::LoadAttr {
            continue;
        }
        let before = |back: usize| i.checked_sub(back).map(|j| &instrs[j]);
        let load = |i: &Instr| matches!(i.op, Opcode::LoadFast | Opcode::LoadDeref);
        let param = match (before(1), before(2)) {
            (Some(l), _) if load(l) => l.arg,
            (Some(c), Some(l)) if c.op == Opcode::Copy && c.arg == 1 && load(l) => l.arg,
            _ => continue,
        };
        if param < nparams {
            out.push(ParamAttr {
                offset: ins.offset,
                param,
                name: ins.arg,
            });
        }
    }
    out
}

/// `(CALL's offset, hint)` for every CALL of `instrs` whose `PRECALL` the interpreter has
/// rewritten; sites without feedback are left out.
/// `live` is the quickened copy of the bytecode `instrs` were decoded from.
fn call_hints(live: &[u16], instrs: &[Instr]) -> (Vec<(u32, CallHint)>, Vec<u32>) {
    let mut out = Vec::new();
    let mut unrun_at = Vec::new();
    for pair in instrs.windows(2) {
        let (pre, call) = (&pair[0], &pair[1]);
        if pre.op != Opcode::Precall || call.op != Opcode::Call {
            continue;
        }
        let Some(unit) = live.get(pre.offset as usize) else {
            continue;
        };
        let hint = hint_of((unit & 0xff) as u8);
        if hint != CallHint::Unknown {
            out.push((call.offset, hint));
            if unrun(live, pre.offset) {
                unrun_at.push(call.offset);
            }
        }
    }
    (out, unrun_at)
}

/// The unit at `at` is an adaptive instruction that has not run since quickening: 3.11's
/// `_Py_Quicken` sets every adaptive form's counter (its first cache unit) to 0, and the first
/// run either specialises the instruction or backs the counter off (`adaptive_counter_backoff`
/// leaves it non-zero); a specialised form that kept missing comes back adaptive with the
/// counter at `adaptive_counter_start()`, also non-zero.
fn unrun(live: &[u16], at: u32) -> bool {
    use op::*;
    let at = at as usize;
    let adaptive = live.get(at).is_some_and(|u| {
        matches!(
            (u & 0xff) as u8,
            BINARY_SUBSCR_ADAPTIVE
                | LOAD_ATTR_ADAPTIVE
                | LOAD_METHOD_ADAPTIVE
                | PRECALL_ADAPTIVE
                | STORE_SUBSCR_ADAPTIVE
                | UNPACK_SEQUENCE_ADAPTIVE
        )
    });
    adaptive && live.get(at + 1) == Some(&0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_numbers_are_cpythons() {
        for (number, name) in [
            (op::LOAD_ATTR, "LOAD_ATTR"),
            (op::LOAD_ATTR_INSTANCE_VALUE, "LOAD_ATTR_INSTANCE_VALUE"),
            (op::LOAD_ATTR_SLOT, "LOAD_ATTR_SLOT"),
            (op::LOAD_ATTR_WITH_HINT, "LOAD_ATTR_WITH_HINT"),
            (op::BINARY_OP_ADD_FLOAT, "BINARY_OP_ADD_FLOAT"),
            (op::BINARY_OP_ADD_INT, "BINARY_OP_ADD_INT"),
            (op::BINARY_OP_ADD_UNICODE, "BINARY_OP_ADD_UNICODE"),
            (
                op::BINARY_OP_INPLACE_ADD_UNICODE,
                "BINARY_OP_INPLACE_ADD_UNICODE",
            ),
            (op::BINARY_OP_MULTIPLY_FLOAT, "BINARY_OP_MULTIPLY_FLOAT"),
            (op::BINARY_OP_MULTIPLY_INT, "BINARY_OP_MULTIPLY_INT"),
            (op::BINARY_OP_SUBTRACT_FLOAT, "BINARY_OP_SUBTRACT_FLOAT"),
            (op::BINARY_OP_SUBTRACT_INT, "BINARY_OP_SUBTRACT_INT"),
            (op::COMPARE_OP_FLOAT_JUMP, "COMPARE_OP_FLOAT_JUMP"),
            (op::COMPARE_OP_INT_JUMP, "COMPARE_OP_INT_JUMP"),
            (op::COMPARE_OP_STR_JUMP, "COMPARE_OP_STR_JUMP"),
            (op::BINARY_SUBSCR, "BINARY_SUBSCR"),
            (op::BINARY_SUBSCR_LIST_INT, "BINARY_SUBSCR_LIST_INT"),
            (op::BINARY_SUBSCR_TUPLE_INT, "BINARY_SUBSCR_TUPLE_INT"),
            (op::BINARY_SUBSCR_DICT, "BINARY_SUBSCR_DICT"),
            (op::LOAD_ATTR_MODULE, "LOAD_ATTR_MODULE"),
            (op::LOAD_METHOD, "LOAD_METHOD"),
            (op::LOAD_METHOD_ADAPTIVE, "LOAD_METHOD_ADAPTIVE"),
            (op::LOAD_ATTR_ADAPTIVE, "LOAD_ATTR_ADAPTIVE"),
            (op::BINARY_SUBSCR_ADAPTIVE, "BINARY_SUBSCR_ADAPTIVE"),
            (op::STORE_SUBSCR_ADAPTIVE, "STORE_SUBSCR_ADAPTIVE"),
            (op::UNPACK_SEQUENCE_ADAPTIVE, "UNPACK_SEQUENCE_ADAPTIVE"),
            (op::LOAD_METHOD_CLASS, "LOAD_METHOD_CLASS"),
            (op::LOAD_METHOD_MODULE, "LOAD_METHOD_MODULE"),
            (op::LOAD_METHOD_NO_DICT, "LOAD_METHOD_NO_DICT"),
            (op::LOAD_METHOD_WITH_DICT, "LOAD_METHOD_WITH_DICT"),
            (op::LOAD_METHOD_WITH_VALUES, "LOAD_METHOD_WITH_VALUES"),
            (op::PRECALL, "PRECALL"),
            (op::PRECALL_ADAPTIVE, "PRECALL_ADAPTIVE"),
            (op::PRECALL_BOUND_METHOD, "PRECALL_BOUND_METHOD"),
            (op::PRECALL_BUILTIN_CLASS, "PRECALL_BUILTIN_CLASS"),
            (
                op::PRECALL_BUILTIN_FAST_WITH_KEYWORDS,
                "PRECALL_BUILTIN_FAST_WITH_KEYWORDS",
            ),
            (
                op::PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS,
                "PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS",
            ),
            (op::PRECALL_NO_KW_BUILTIN_FAST, "PRECALL_NO_KW_BUILTIN_FAST"),
            (op::PRECALL_NO_KW_BUILTIN_O, "PRECALL_NO_KW_BUILTIN_O"),
            (op::PRECALL_NO_KW_ISINSTANCE, "PRECALL_NO_KW_ISINSTANCE"),
            (op::PRECALL_NO_KW_LEN, "PRECALL_NO_KW_LEN"),
            (op::PRECALL_NO_KW_LIST_APPEND, "PRECALL_NO_KW_LIST_APPEND"),
            (
                op::PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST,
                "PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST",
            ),
            (
                op::PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS,
                "PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS",
            ),
            (
                op::PRECALL_NO_KW_METHOD_DESCRIPTOR_O,
                "PRECALL_NO_KW_METHOD_DESCRIPTOR_O",
            ),
            (op::PRECALL_NO_KW_STR_1, "PRECALL_NO_KW_STR_1"),
            (op::PRECALL_NO_KW_TUPLE_1, "PRECALL_NO_KW_TUPLE_1"),
            (op::PRECALL_NO_KW_TYPE_1, "PRECALL_NO_KW_TYPE_1"),
            (op::PRECALL_PYFUNC, "PRECALL_PYFUNC"),
            (op::STORE_SUBSCR, "STORE_SUBSCR"),
            (op::STORE_SUBSCR_DICT, "STORE_SUBSCR_DICT"),
            (op::STORE_SUBSCR_LIST_INT, "STORE_SUBSCR_LIST_INT"),
            (op::UNPACK_SEQUENCE, "UNPACK_SEQUENCE"),
            (op::UNPACK_SEQUENCE_LIST, "UNPACK_SEQUENCE_LIST"),
            (op::UNPACK_SEQUENCE_TUPLE, "UNPACK_SEQUENCE_TUPLE"),
            (op::UNPACK_SEQUENCE_TWO_TUPLE, "UNPACK_SEQUENCE_TWO_TUPLE"),
        ] {
            assert_eq!(crate::bytecode::opcodes::ALL_NAMES[number as usize], name);
        }
    }

    #[test]
    fn specialised_forms_map_to_their_routes() {
        assert_eq!(hint_of(op::PRECALL), CallHint::Unknown);
        assert_eq!(hint_of(op::PRECALL_PYFUNC), CallHint::Python);
        assert_eq!(hint_of(op::PRECALL_BOUND_METHOD), CallHint::Python);
        assert_eq!(
            hint_of(op::PRECALL_NO_KW_METHOD_DESCRIPTOR_O),
            CallHint::C(CForm {
                descr: true,
                flags: pyo3_ffi::METH_O
            })
        );
        assert_eq!(
            hint_of(op::PRECALL_BUILTIN_FAST_WITH_KEYWORDS),
            CallHint::C(CForm {
                descr: false,
                flags: pyo3_ffi::METH_FASTCALL | pyo3_ffi::METH_KEYWORDS
            })
        );
        assert_eq!(hint_of(op::PRECALL_NO_KW_LEN), CallHint::Len);
        assert_eq!(hint_of(op::PRECALL_NO_KW_LIST_APPEND), CallHint::ListAppend);
        assert_eq!(hint_of(op::PRECALL_NO_KW_ISINSTANCE), CallHint::Isinstance);
        assert_eq!(hint_of(op::PRECALL_NO_KW_TYPE_1), CallHint::Type1);
        assert_eq!(hint_of(op::PRECALL_ADAPTIVE), CallHint::General);
        assert_eq!(hint_of(op::PRECALL_NO_KW_STR_1), CallHint::Str1);
        assert_eq!(hint_of(op::PRECALL_NO_KW_TUPLE_1), CallHint::Tuple1);
        assert_eq!(hint_of(op::PRECALL_BUILTIN_CLASS), CallHint::BuiltinClass);
        assert_eq!(arith_hint_of(op::BINARY_OP_ADD_INT), ArithHint::Int);
        assert_eq!(arith_hint_of(op::COMPARE_OP_FLOAT_JUMP), ArithHint::Float);
        assert_eq!(arith_hint_of(op::COMPARE_OP_STR_JUMP), ArithHint::Str);
        assert_eq!(arith_hint_of(122), ArithHint::Unknown); // BINARY_OP itself
        assert_eq!(subscr_hint_of(op::BINARY_SUBSCR), SubscrHint::Unknown);
        assert_eq!(
            subscr_hint_of(op::BINARY_SUBSCR_TUPLE_INT),
            SubscrHint::Tuple
        );
        assert_eq!(subscr_hint_of(op::BINARY_SUBSCR_DICT), SubscrHint::Dict);
        assert_eq!(subscr_hint_of(19), SubscrHint::Other); // BINARY_SUBSCR_GETITEM
        assert_eq!(attr_hint_of(op::LOAD_ATTR), AttrHint::Unknown);
        assert_eq!(attr_hint_of(op::LOAD_ATTR_WITH_HINT), AttrHint::Instance);
        assert_eq!(attr_hint_of(op::LOAD_ATTR_SLOT), AttrHint::Slot);
        assert_eq!(attr_hint_of(op::LOAD_ATTR_MODULE), AttrHint::Module);
        assert_eq!(attr_hint_of(op::LOAD_ATTR_ADAPTIVE), AttrHint::Other);
        assert_eq!(method_hint_of(op::LOAD_METHOD), MethodHint::Unknown);
        assert_eq!(method_hint_of(op::LOAD_METHOD_NO_DICT), MethodHint::Method);
        assert_eq!(method_hint_of(op::LOAD_METHOD_ADAPTIVE), MethodHint::Other);
        assert_eq!(method_hint_of(op::LOAD_METHOD_MODULE), MethodHint::Module);
    }

    #[test]
    fn sites_that_never_ran_are_failed_ones_until_a_second_compile() {
        let unit = |op: u8| op as u16 | (3 << 8);
        // A quickened site that never ran, one that backed off after a failed try, one that
        // came back adaptive after missing, and a specialised form (its counter is 53 misses).
        let live = [
            unit(op::LOAD_ATTR_ADAPTIVE),
            0,
            unit(op::LOAD_ATTR_ADAPTIVE),
            (1 << 4) | 1,
            unit(op::LOAD_METHOD_ADAPTIVE),
            (31 << 4) | 5,
            unit(op::LOAD_ATTR_WITH_HINT),
            0,
        ];
        assert!(unrun(&live, 0));
        assert!(!unrun(&live, 2));
        assert!(!unrun(&live, 4));
        assert!(!unrun(&live, 6));
        // The CALL after a PRECALL that never ran has every route; after one that failed, the
        // general route only.
        let ins = |offset, op| Instr {
            start: offset,
            offset,
            op,
            arg: 0,
            next: offset + 2,
        };
        let pre = |counter| [unit(op::PRECALL_ADAPTIVE), counter, unit(171), 0];
        let instrs = [ins(0, Opcode::Precall), ins(2, Opcode::Call)];
        let general = vec![(2, CallHint::General)];
        assert_eq!(call_hints(&pre(0), &instrs), (general.clone(), vec![2]));
        assert_eq!(call_hints(&pre((1 << 4) | 1), &instrs), (general, vec![]));
        let hints = Hints {
            calls: vec![(2, CallHint::General), (40, CallHint::Python)],
            attrs: vec![(10, AttrHint::Other), (20, AttrHint::Instance)],
            unrun: vec![2, 10],
            ..Hints::default()
        };
        assert_eq!(*hints.settled(false), hints);
        let second = hints.settled(true);
        assert_eq!(second.call(2), CallHint::Unknown);
        assert_eq!(second.call(40), CallHint::Python);
        assert_eq!(second.attr(10), AttrHint::Unknown);
        assert_eq!(second.attr(20), AttrHint::Instance);
    }
}
