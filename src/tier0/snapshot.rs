//! A plain-data copy of everything about a code object that shapes its compiled code.
//!
//! Taken with the GIL held; afterwards it is `Send` and touches no Python object, so the
//! compile pool can work on it (ARCHITECTURE invariant 4). The bytecode is the de-quickened
//! `co_code` (CPython's own `_PyCode_GetCode`), so the same function gives the same snapshot —
//! and the same cache key — in every process, however far its quickening has progressed.
//! Name *values* are not part of it: compiled code reads them through the runtime table, so
//! they do not shape the machine code. Of the constants, only the values of exact ints and
//! floats are (`numbers`): arithmetic with them is compiled with the value in the instruction
//! (`n - 1`, `x < 2`, `y * 0.5`), so they are part of the key; every other constant is read
//! through the table too.

use pyo3_ffi::*;

use super::profile::{self, Hints};
use crate::cpython::PyCodeObject311;

#[derive(Debug, Clone, Default, PartialEq, Eq, bincode::Encode, bincode::Decode)]
pub struct CodeSnapshot {
    /// For humans (diagnostics, `rjit cache ls`); not part of the key.
    pub qualname: String,
    pub filename: String,
    pub code: Vec<u16>,
    pub exception_table: Vec<u8>,
    pub localspluskinds: Vec<u8>,
    pub flags: i32,
    pub argcount: i32,
    pub posonlyargcount: i32,
    pub kwonlyargcount: i32,
    pub nlocalsplus: u32,
    pub stacksize: u32,
    pub nconsts: u32,
    pub nnames: u32,
    pub firsttraceable: u32,
    /// The constants that are exact ints (compact: |v| < 2**60) or exact floats, by index in
    /// `co_consts`, in index order. Part of the key.
    pub numbers: Vec<(u32, Number)>,
    /// What CPython's quickening saw at call, arithmetic, comparison and subscript sites
    /// (`profile`). Shapes only which fast paths are inline, so it is not part of the key.
    pub hints: Hints,
    /// `co_names`, for the typed middle's patterns (`for i in range(n)`: a guard that the
    /// iterator is a range iterator). They shape guards, never meaning (compiled code reads
    /// names from the code object), so they are not part of the key either.
    pub names: Vec<String>,
    /// Whether the typed tier may compile it (`RJIT_TYPED=1`, and the code was not demoted
    /// for deopting too often: `hook::install::on_deopt`). Set by whoever asks for the compile.
    /// Part of the cache key (`driver::code_key`), outside `key_bytes`.
    pub typed: bool,
    /// Compiled by the generic tier (`typed` false) to replace typed code whose guards kept
    /// failing (`hook::install::on_deopt`), and keyed as that typed code is (`driver::code_key`),
    /// so that later typed processes load this code instead. In the snapshot, not beside it,
    /// because the code generator process computes the key it stores under from the snapshot.
    pub demoted: bool,
    /// Pure functions the typed tier may compute in place of a CALL (`hir::inline`): what the
    /// global the call site reads was bound to when the code got hot, or the method a
    /// parameter's class had (`hook::install`), each a small function of arithmetic on its
    /// parameters and their attributes (`Callee::fits`). Part of the typed key
    /// (`driver::code_key`); the process that runs the code keeps the callee's code object in
    /// the site's inline cache (`inline_cache_sites` counts one per callee, then one per
    /// callee LOAD_ATTR), and compiled code
    /// checks the function called has that code before computing it in place.
    pub callees: Vec<Callee>,
}

/// A function a CALL site (or a subscript) may compute in place (`CodeSnapshot::callees`).
#[derive(Debug, Clone, PartialEq, Eq, bincode::Encode, bincode::Decode)]
pub struct Callee {
    /// The offset of the instruction that calls it in the caller: a CALL, or the BINARY_SUBSCR
    /// or STORE_SUBSCR of `via`.
    pub call: u32,
    /// The global it calls, or the method (`Via::Method`), by its index in the caller's
    /// `co_names`; 0 for a subscript.
    pub name: u32,
    pub via: Via,
    /// Its own snapshot, with the callees it computes in place in turn (`snap.callees`).
    pub snap: CodeSnapshot,
}

/// How the caller reaches a callee (`Callee::via`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, bincode::Encode, bincode::Decode)]
pub enum Via {
    /// A global read just before the CALL (`[NULL, function, args...]`).
    Global,
    /// A method of a parameter, `p.name(...)` (LOAD_METHOD): the CALL passes the parameter as
    /// the callee's first argument.
    Method,
    /// `p[key]` of a parameter whose class defines `__getitem__` in Python: BINARY_SUBSCR
    /// calls it with `(p, key)`.
    GetItem,
    /// `p[key] = value`, the class's `__setitem__` in Python: STORE_SUBSCR calls it with
    /// `(p, key, value)`, and its result is dropped.
    SetItem,
}

impl Via {
    fn tag(self) -> u8 {
        match self {
            Via::Global => 0,
            Via::Method => 1,
            Via::GetItem => 2,
            Via::SetItem => 3,
        }
    }
}

/// The most callees deep a callee's own callees are found (`hook::install::callees`): a
/// callee of a callee of the code compiled is depth 2.
pub const MAX_CALLEE_DEPTH: u32 = 3;

/// Opcodes a callee may use (`Callee::fits`, a first filter: `hir::inline` decides): it reads
/// its parameters, their attributes and constants, unpacks a tuple argument, computes with
/// them, subscripts and stores into arrays, calls methods of its parameters (callees of its
/// own), branches forward and returns or raises; no other store outside its frame, and a global
/// or any other call only where it raises.
const CALLEE_OPS: [crate::bytecode::Opcode; 27] = {
    use crate::bytecode::Opcode::*;
    [
        Resume,
        Nop,
        LoadFast,
        StoreFast,
        LoadConst,
        BinaryOp,
        UnaryNegative,
        UnaryPositive,
        CompareOp,
        // Only of a parameter (`Callee::fits`).
        LoadAttr,
        LoadMethod,
        Copy,
        Swap,
        PopTop,
        PopJumpForwardIfFalse,
        PopJumpForwardIfTrue,
        JumpForward,
        JumpIfFalseOrPop,
        JumpIfTrueOrPop,
        ReturnValue,
        // Of an array an attribute holds, and of a tuple argument (`hir::inline`).
        BinarySubscr,
        StoreSubscr,
        UnpackSequence,
        // Only where they raise (`hir::inline` turns a raise into a deopt to the CALL), or a
        // call of a parameter's method.
        LoadGlobal,
        Precall,
        Call,
        RaiseVarargs,
    ]
};

impl Callee {
    /// Whether a function with code `snap` can be computed in place of a call with `nargs`
    /// positional arguments: exactly its parameters (no defaults, `*args`, `**kwargs` or
    /// keyword-only ones), no cells or free variables, not a generator, and only the
    /// instructions of `CALLEE_OPS`, a LOAD_ATTR or LOAD_METHOD only of a parameter just read,
    /// a call only of such a method, on the way to a raise, or (for a `subscript`'s
    /// `__getitem__` or `__setitem__`) of `isinstance` of a parameter and a builtin class.
    pub fn fits(snap: &CodeSnapshot, nargs: u32, subscript: bool) -> bool {
        use crate::cpython::{
            CO_FAST_CELL, CO_FAST_FREE, CO_GENERATOR_LIKE, CO_VARARGS, CO_VARKEYWORDS,
        };
        if snap.argcount != nargs as i32
            || snap.kwonlyargcount != 0
            || snap.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR_LIKE) != 0
            || snap
                .localspluskinds
                .iter()
                .any(|k| k & (CO_FAST_CELL | CO_FAST_FREE) != 0)
            || !snap.exception_table.is_empty()
            || snap.code.len() > 128
        {
            return false;
        }
        let Some(instrs) = crate::bytecode::decode(&snap.code).ok() else {
            return false;
        };
        // A global read or a call only on the way to a raise: nothing but constants and the
        // call's own instructions between it and the RAISE_VARARGS (so that a function that
        // calls another is not taken, and its snapshot not kept, for nothing). A method of a
        // parameter may be called (LOAD_METHOD, its arguments, PRECALL, CALL).
        use crate::bytecode::Opcode::{
            Call, LoadAttr, LoadConst, LoadFast, LoadGlobal, LoadMethod, Precall, RaiseVarargs,
        };
        let (mut raising, mut methods) = (false, 0u32);
        // `isinstance(p, cls)` of a parameter and the global `int`, `float`, `tuple` or
        // `list`, which the caller may answer from the parameter's type
        // (`hir::inline::fold_isinstance`).
        let named = |i: &crate::bytecode::Instr, want: &[&str]| {
            i.op == LoadGlobal
                && snap
                    .names
                    .get((i.arg >> 1) as usize)
                    .is_some_and(|n| want.contains(&n.as_str()))
        };
        let isinstance_at = |k: usize| {
            matches!(instrs.get(k..k + 5), Some([f, p, cls, pre, call])
                if named(f, &["isinstance"]) && f.arg & 1 == 1
                    && p.op == LoadFast && (p.arg as i32) < snap.argcount
                    && named(cls, &["int", "float", "tuple", "list"]) && cls.arg & 1 == 0
                    && pre.op == Precall && pre.arg == 2 && call.op == Call && call.arg == 2)
        };
        let mut skip = 0;
        for (k, i) in instrs.iter().enumerate() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            if subscript && !raising && isinstance_at(k) {
                skip = 4;
                continue;
            }
            if !CALLEE_OPS.contains(&i.op) {
                return false;
            }
            if matches!(i.op, LoadAttr | LoadMethod)
                && !(k > 0
                    && instrs[k - 1].op == LoadFast
                    && (instrs[k - 1].arg as i32) < snap.argcount)
            {
                return false;
            }
            match i.op {
                LoadMethod => methods += 1,
                Precall if methods > 0 && !raising => {}
                Call if methods > 0 && !raising => methods -= 1,
                LoadGlobal | Precall | Call => raising = true,
                RaiseVarargs => raising = false,
                LoadConst => {}
                _ if raising => return false,
                _ => {}
            }
        }
        !raising && methods == 0
    }

    /// The inline-cache sites this callee takes in its caller's code state: its own (its code
    /// object, and for a subscript the class's version and the function), one per LOAD_ATTR
    /// or LOAD_METHOD of its code (`lookup_site`), then its own callees' in turn
    /// (`nested_base`).
    pub fn sites(&self) -> usize {
        1 + self.snap.lookup_offsets().len()
            + self.snap.callees.iter().map(Callee::sites).sum::<usize>()
    }

    /// The site of its LOAD_ATTR, LOAD_METHOD or LOAD_GLOBAL at `offset`, for a callee whose own site is
    /// `base`.
    pub fn lookup_site(&self, base: u32, offset: u32) -> Option<u32> {
        let k = self
            .snap
            .lookup_offsets()
            .iter()
            .position(|&o| o == offset)?;
        Some(base + 1 + k as u32)
    }

    /// The own site of its callee `k`, for a callee whose own site is `base`.
    pub fn nested_base(&self, base: u32, k: usize) -> u32 {
        let before: usize = self.snap.callees[..k].iter().map(Callee::sites).sum();
        base + 1 + (self.snap.lookup_offsets().len() + before) as u32
    }

    /// What of it shapes its caller's typed code (`driver::code_key`): where and how it is
    /// called, its code, and its own callees.
    pub fn key_bytes(&self) -> Vec<u8> {
        let mut out = self.call.to_le_bytes().to_vec();
        out.extend_from_slice(&self.name.to_le_bytes());
        out.push(self.via.tag());
        let code = self.snap.key_bytes();
        out.extend_from_slice(&(code.len() as u64).to_le_bytes());
        out.extend_from_slice(&code);
        out.extend_from_slice(&(self.snap.callees.len() as u64).to_le_bytes());
        for c in &self.snap.callees {
            let inner = c.key_bytes();
            out.extend_from_slice(&(inner.len() as u64).to_le_bytes());
            out.extend_from_slice(&inner);
        }
        out
    }
}

/// The value of a numeric constant (`CodeSnapshot::numbers`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, bincode::Encode, bincode::Decode)]
pub enum Number {
    Int(i64),
    /// The float's bits (so that `-0.0` and NaN payloads are kept exactly).
    Float(u64),
}

impl CodeSnapshot {
    /// The value of constant `index`, if it is a number compiled code may use as a value.
    pub fn number(&self, index: u32) -> Option<Number> {
        self.numbers
            .binary_search_by_key(&index, |&(i, _)| i)
            .ok()
            .map(|k| self.numbers[k].1)
    }

    /// Number of runtime inline caches the compiled code needs (`bytecode::has_inline_cache`),
    /// then each callee's (`Callee::sites`, in order: `callee_base`); 0 for bytecode that does
    /// not decode (it will not compile either).
    pub fn inline_cache_sites(&self) -> usize {
        self.own_sites() + self.callees.iter().map(Callee::sites).sum::<usize>()
    }

    /// The sites of this code's own instructions (the first ones).
    pub fn own_sites(&self) -> usize {
        crate::bytecode::decode(&self.code)
            .map(|instrs| {
                instrs
                    .iter()
                    .filter(|i| crate::bytecode::has_inline_cache(i.op))
                    .count()
            })
            .unwrap_or(0)
    }

    /// The own site of callee `k`, counted from the first site after this code's own
    /// (`own_sites`), as `hir::ir::Op::Callee` names sites.
    pub fn callee_base(&self, k: usize) -> u32 {
        self.callees[..k].iter().map(Callee::sites).sum::<usize>() as u32
    }

    /// The offsets of this code's LOAD_ATTR, LOAD_METHOD and LOAD_GLOBAL instructions, in
    /// order: a callee's own sites for them (`Callee::lookup_site`).
    pub fn lookup_offsets(&self) -> Vec<u32> {
        use crate::bytecode::Opcode::{LoadAttr, LoadGlobal, LoadMethod};
        crate::bytecode::decode(&self.code)
            .map(|instrs| {
                instrs
                    .iter()
                    .filter(|i| matches!(i.op, LoadAttr | LoadMethod | LoadGlobal))
                    .map(|i| i.offset)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Explicit byte encoding of every field that shapes compiled code's meaning, for the
    /// cache key (not `hints`: see `profile`).
    pub fn key_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.code.len() * 2 + 64);
        for v in [
            self.flags,
            self.argcount,
            self.posonlyargcount,
            self.kwonlyargcount,
            self.nlocalsplus as i32,
            self.stacksize as i32,
            self.nconsts as i32,
            self.nnames as i32,
            self.firsttraceable as i32,
        ] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for part in [
            self.code
                .iter()
                .flat_map(|u| u.to_le_bytes())
                .collect::<Vec<u8>>(),
            self.exception_table.clone(),
            self.localspluskinds.clone(),
            self.numbers
                .iter()
                .flat_map(|&(i, n)| {
                    let (tag, bits) = match n {
                        Number::Int(v) => (0u8, v as u64),
                        Number::Float(b) => (1u8, b),
                    };
                    let mut e = i.to_le_bytes().to_vec();
                    e.push(tag);
                    e.extend_from_slice(&bits.to_le_bytes());
                    e
                })
                .collect(),
        ] {
            out.extend_from_slice(&(part.len() as u64).to_le_bytes());
            out.extend_from_slice(&part);
        }
        out
    }
}

unsafe fn bytes_of(obj: *mut PyObject) -> Option<Vec<u8>> {
    // SAFETY: GIL held; obj is a bytes object or NULL.
    unsafe {
        if obj.is_null() || PyBytes_Check(obj) == 0 {
            return None;
        }
        let p = PyBytes_AsString(obj) as *const u8;
        Some(std::slice::from_raw_parts(p, PyBytes_Size(obj) as usize).to_vec())
    }
}

/// Snapshot a live code object. Returns None (with the Python error cleared) if CPython cannot
/// produce `co_code` (out of memory).
///
/// # Safety
/// GIL held; `code` is a live code object.
pub unsafe fn take(code: *mut PyCodeObject311) -> Option<CodeSnapshot> {
    // SAFETY: field reads of a live 3.11 code object; co_code is a new reference we release.
    unsafe {
        let co = &*code;
        let raw = PyObject_GetAttrString(code as *mut PyObject, c"co_code".as_ptr());
        let bytes = bytes_of(raw);
        Py_XDECREF(raw);
        let Some(bytes) = bytes else {
            PyErr_Clear();
            return None;
        };
        let units: Vec<u16> = bytes
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        let hints = crate::bytecode::decode(&units)
            .map(|instrs| profile::read(code, &instrs))
            .unwrap_or_default();
        let text = |o: *mut PyObject| {
            let p = PyUnicode_AsUTF8(o);
            if p.is_null() {
                PyErr_Clear();
                "?".to_string()
            } else {
                std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
            }
        };
        let qualname = text(co.co_qualname);
        let filename = text(co.co_filename);
        Some(CodeSnapshot {
            qualname,
            filename,
            code: units,
            exception_table: bytes_of(co.co_exceptiontable).unwrap_or_default(),
            localspluskinds: bytes_of(co.co_localspluskinds).unwrap_or_default(),
            flags: co.co_flags,
            argcount: co.co_argcount,
            posonlyargcount: co.co_posonlyargcount,
            kwonlyargcount: co.co_kwonlyargcount,
            nlocalsplus: co.co_nlocalsplus as u32,
            stacksize: co.co_stacksize as u32,
            nconsts: PyTuple_GET_SIZE(co.co_consts) as u32,
            nnames: PyTuple_GET_SIZE(co.co_names) as u32,
            firsttraceable: co.co_firsttraceable as u32,
            numbers: numbers_of(co.co_consts),
            hints,
            names: (0..PyTuple_GET_SIZE(co.co_names))
                .map(|i| text(PyTuple_GET_ITEM(co.co_names, i)))
                .collect(),
            typed: false,
            demoted: false,
            callees: Vec::new(),
        })
    }
}

/// The exact ints (compact ones) and exact floats of a constants tuple, by index.
///
/// # Safety
/// GIL held; `consts` is a live tuple.
unsafe fn numbers_of(consts: *mut PyObject) -> Vec<(u32, Number)> {
    // SAFETY: the items are borrowed from the live tuple; the type checks come first.
    unsafe {
        let mut out = Vec::new();
        for i in 0..PyTuple_GET_SIZE(consts) {
            let c = PyTuple_GET_ITEM(consts, i);
            if PyLong_CheckExact(c) != 0 {
                let mut overflow = 0;
                let v = PyLong_AsLongLongAndOverflow(c, &mut overflow);
                // -1 with an error set: cannot happen for an exact int, cleared if it does.
                if v == -1 && !PyErr_Occurred().is_null() {
                    PyErr_Clear();
                } else if overflow == 0 && v.unsigned_abs() < 1 << 60 {
                    out.push((i as u32, Number::Int(v)));
                }
            } else if PyFloat_CheckExact(c) != 0 {
                out.push((i as u32, Number::Float(PyFloat_AS_DOUBLE(c).to_bits())));
            }
        }
        out
    }
}

/// The start of the runtime table for `code`: its constants, then its names, as borrowed
/// pointers. `CodeState::new` appends the address of the inline-cache area.
///
/// # Safety
/// GIL held; `code` is live. The table must not outlive the code object.
pub unsafe fn runtime_table(code: *mut PyCodeObject311) -> Box<[*mut PyObject]> {
    // SAFETY: co_consts and co_names are tuples owned by the code object.
    unsafe {
        let co = &*code;
        let mut t = Vec::new();
        for tup in [co.co_consts, co.co_names] {
            for i in 0..PyTuple_GET_SIZE(tup) {
                t.push(PyTuple_GET_ITEM(tup, i));
            }
        }
        t.into_boxed_slice()
    }
}
