//! Types of the typed middle and their propagation over a function.
//!
//! A type is a set of exact builtin classes a value may be an instance of (`OTHER`: any other
//! class, subclasses of the builtins included), plus `UNBOUND` for a fast local with no value.
//! Propagation starts every value at the empty set and only grows sets (union at block
//! parameters), so it reaches the least fixpoint of monotone rules over finitely many sets:
//! a loop-carried `s = s + 1.5` that starts as a float is a float, by induction over the
//! iterations. A rule given an operand with no type yet gives no type (`EMPTY`).
//!
//! Invariant: a value's type contains every class it can have at run time. A rule that is not
//! certain of CPython's result says `ANY` (for instance `int ** int` may be a float, and an
//! operand that may be a subclass may have its own `__add__`).

use crate::bytecode::Opcode;

use super::ir::{Const, Func, Intrinsic, Op, Terminator, Value};

/// A set of classes; see the module documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Type(pub u16);

impl Type {
    pub const EMPTY: Type = Type(0);
    pub const UNBOUND: Type = Type(1);
    pub const NONE: Type = Type(1 << 1);
    pub const BOOL: Type = Type(1 << 2);
    pub const INT: Type = Type(1 << 3);
    pub const FLOAT: Type = Type(1 << 4);
    pub const STR: Type = Type(1 << 5);
    pub const TUPLE: Type = Type(1 << 6);
    pub const LIST: Type = Type(1 << 7);
    pub const DICT: Type = Type(1 << 8);
    /// NULL on the value stack (below a callable).
    pub const NULL: Type = Type(1 << 9);
    /// `range_iterator` (`iter(range(...))` of machine-word bounds).
    pub const RANGE_ITER: Type = Type(1 << 10);
    pub const OTHER: Type = Type(1 << 11);
    /// An exact `array.array` of C doubles (typecode `'d'`).
    pub const ARRAY_F64: Type = Type(1 << 12);
    /// An exact `array.array` of C ints (typecode `'i'`).
    pub const ARRAY_I32: Type = Type(1 << 13);
    /// An exact `array.array` of 64-bit ints (typecode `'l'` or `'q'`).
    pub const ARRAY_I64: Type = Type(1 << 14);
    /// An exact list or an exact tuple (UNPACK_SEQUENCE's operand, `hir::specialise`).
    pub const LIST_OR_TUPLE: Type = Type(Type::LIST.0 | Type::TUPLE.0);
    /// Any object.
    pub const ANY: Type = Type((1 << 15) - 1 - 1 - (1 << 9));

    pub fn union(self, o: Type) -> Type {
        Type(self.0 | o.0)
    }

    pub fn intersect(self, o: Type) -> Type {
        Type(self.0 & o.0)
    }

    /// True when every class of `self` is in `o`.
    pub fn within(self, o: Type) -> bool {
        self.0 & !o.0 == 0
    }

    /// The text form: `Int`, `Int|Float`, `Any`, `Unbound|Any`.
    pub fn name(self) -> String {
        const NAMES: [(Type, &str); 15] = [
            (Type::UNBOUND, "Unbound"),
            (Type::NONE, "None"),
            (Type::BOOL, "Bool"),
            (Type::INT, "Int"),
            (Type::FLOAT, "Float"),
            (Type::STR, "Str"),
            (Type::TUPLE, "Tuple"),
            (Type::LIST, "List"),
            (Type::DICT, "Dict"),
            (Type::NULL, "Null"),
            (Type::RANGE_ITER, "RangeIter"),
            (Type::OTHER, "Other"),
            (Type::ARRAY_F64, "ArrayF64"),
            (Type::ARRAY_I32, "ArrayI32"),
            (Type::ARRAY_I64, "ArrayI64"),
        ];
        if self == Type::EMPTY {
            return "Never".into();
        }
        let mut parts = Vec::new();
        let mut rest = self;
        if rest.0 & Type::UNBOUND.0 != 0 {
            parts.push("Unbound");
            rest = Type(rest.0 & !Type::UNBOUND.0);
        }
        if Type::ANY.within(rest) {
            parts.push("Any");
            rest = Type(rest.0 & !Type::ANY.0);
        }
        for (t, n) in NAMES {
            if rest.0 & t.0 != 0 {
                parts.push(n);
            }
        }
        parts.join("|")
    }
}

/// The type of an item of an array of type `t` (`Int` or `Float`, unboxed when read), or
/// `None` when `t` is not one array type.
pub fn array_item(t: Type) -> Option<Type> {
    match t {
        Type::ARRAY_F64 => Some(Type::FLOAT),
        Type::ARRAY_I32 | Type::ARRAY_I64 => Some(Type::INT),
        _ => None,
    }
}

/// The typecodes an array of type `t` may have (`array_item`), or `None`.
pub fn array_typecodes(t: Type) -> Option<&'static [u8]> {
    match t {
        Type::ARRAY_F64 => Some(b"d"),
        Type::ARRAY_I32 => Some(b"i"),
        Type::ARRAY_I64 => Some(b"lq"),
        _ => None,
    }
}

/// BINARY_OP's operators (`oparg`, in-place forms included: `NB_INPLACE_* = NB_* + 13`).
mod nb {
    pub const ADD: u32 = 0;
    pub const AND: u32 = 1;
    pub const FLOOR_DIVIDE: u32 = 2;
    pub const LSHIFT: u32 = 3;
    pub const MULTIPLY: u32 = 5;
    pub const REMAINDER: u32 = 6;
    pub const OR: u32 = 7;
    pub const POWER: u32 = 8;
    pub const RSHIFT: u32 = 9;
    pub const SUBTRACT: u32 = 10;
    pub const TRUE_DIVIDE: u32 = 11;
    pub const XOR: u32 = 12;
    pub const INPLACE: u32 = 13;
}

/// The types typed code checks `min(a, b)`'s or `max(a, b)`'s arguments to have, from the
/// types known for them: each its own where both are an int or a float; where only one is, the
/// other is taken to be the same kind when it may be (checked at run time, a deopt otherwise).
/// `None` where neither is known to be a number.
pub fn min_max_kinds(a: Type, b: Type) -> Option<(Type, Type)> {
    let exact = |t: Type| t == Type::INT || t == Type::FLOAT;
    match (exact(a), exact(b)) {
        (true, true) => Some((a, b)),
        (true, false) if b.intersect(a) != Type::EMPTY => Some((a, a)),
        (false, true) if a.intersect(b) != Type::EMPTY => Some((b, b)),
        _ => None,
    }
}

/// The type of `a <op> b` for BINARY_OP's `oparg`, when both operands are exact ints or
/// floats; `ANY` otherwise. Only results CPython guarantees: `int` with `int` stays `int`
/// except for `/` (a float) and `**` (a float for a negative exponent); a float on either side
/// makes a float for the arithmetic operators (`divmod`-like ones included); bitwise operators
/// and shifts are not defined on floats, so they raise (no result).
pub fn binary_result(oparg: u32, a: Type, b: Type) -> Type {
    let op = if oparg >= nb::INPLACE {
        oparg - nb::INPLACE
    } else {
        oparg
    };
    let num = Type::INT.union(Type::FLOAT);
    if a == Type::EMPTY || b == Type::EMPTY {
        // No value reaches here yet (propagation starts from nothing): none comes out.
        return Type::EMPTY;
    }
    if !a.within(num) || !b.within(num) {
        return Type::ANY;
    }
    let ints = a == Type::INT && b == Type::INT;
    match op {
        nb::ADD | nb::SUBTRACT | nb::MULTIPLY | nb::FLOOR_DIVIDE | nb::REMAINDER => {
            if ints {
                Type::INT
            } else if a == Type::FLOAT || b == Type::FLOAT {
                Type::FLOAT
            } else {
                // Int|Float on one side: either.
                num
            }
        }
        nb::TRUE_DIVIDE => Type::FLOAT,
        // Defined on ints only: with a float on either side they raise, so whatever comes out
        // is an int.
        nb::AND | nb::OR | nb::XOR | nb::LSHIFT | nb::RSHIFT => {
            if a.intersect(Type::INT) == Type::EMPTY || b.intersect(Type::INT) == Type::EMPTY {
                Type::EMPTY
            } else {
                Type::INT
            }
        }
        // `float ** x` may be complex (a negative base, a fractional exponent), but the typed
        // tier computes it only for a positive base (`repr::numeric_op`) and deopts otherwise,
        // so in compiled code it is a float. `int ** int` may be a float (a negative exponent).
        nb::POWER if !ints && [a, b].iter().all(|&t| t == Type::INT || t == Type::FLOAT) => {
            Type::FLOAT
        }
        _ => Type::ANY,
    }
}

/// The type of what a generic instruction pushes, result `k` of `n`, from its operands' types
/// (and, for a CALL typed code computes itself, which builtin it is).
fn generic_result(
    op: Opcode,
    arg: u32,
    inputs: &[Type],
    k: usize,
    native: Option<Intrinsic>,
) -> Type {
    use Opcode::*;
    let num = Type::INT.union(Type::FLOAT);
    if inputs.contains(&Type::EMPTY) {
        // An operand no value reaches yet: nothing comes out yet either.
        return Type::EMPTY;
    }
    match native {
        Some(Intrinsic::AbsFloat | Intrinsic::Math(_) | Intrinsic::Float) => return Type::FLOAT,
        Some(Intrinsic::Len | Intrinsic::AbsInt { .. }) => return Type::INT,
        // `[NULL, min, a, b]`: either argument, as checked.
        Some(Intrinsic::MinMax { .. }) => {
            return min_max_kinds(inputs[2], inputs[3]).map_or(num, |(a, b)| a.union(b));
        }
        // LOAD_METHOD: `[descriptor, list]`; the CALL: None.
        Some(Intrinsic::ListAppend) if op == Opcode::LoadMethod => {
            return if k == 0 { Type::OTHER } else { inputs[0] };
        }
        Some(Intrinsic::ListAppend) => return Type::NONE,
        None => {}
    }
    match op {
        BinaryOp => binary_result(arg, inputs[0], inputs[1]),
        CompareOp if inputs.iter().all(|t| t.within(num)) => Type::BOOL,
        IsOp | ContainsOp | UnaryNot => Type::BOOL,
        UnaryNegative | UnaryPositive if inputs[0] == Type::INT || inputs[0] == Type::FLOAT => {
            inputs[0]
        }
        UnaryInvert if inputs[0] == Type::INT => Type::INT,
        // `array('d')[i]` is a float, `array('i')[i]` an int.
        BinarySubscr if inputs[1] == Type::INT && array_item(inputs[0]).is_some() => {
            array_item(inputs[0]).unwrap_or(Type::ANY)
        }
        BuildTuple => Type::TUPLE,
        BuildList => Type::LIST,
        BuildMap => Type::DICT,
        BuildString | FormatValue => Type::STR,
        // `[meth, self]` or `[NULL, attr]`.
        LoadMethod if k == 0 => Type::ANY.union(Type::NULL),
        _ => Type::ANY,
    }
}

/// Fill `f.types`: every value's type, from constants, parameters, guards and the rules
/// above, with block parameters the union of what their edges pass.
pub fn propagate(f: &mut Func) {
    let n = f
        .blocks
        .iter()
        .flat_map(|b| {
            b.params
                .iter()
                .copied()
                .chain(b.insts.iter().flat_map(|i| i.results.iter().copied()))
                .chain(match b.term {
                    Terminator::ForIter { item, .. } => Some(item),
                    _ => None,
                })
        })
        .map(|v| v.0 as usize + 1)
        .max()
        .unwrap_or(0);
    let mut ty = vec![Type::EMPTY; n];
    let get = |ty: &[Type], v: Value| ty[v.0 as usize];
    loop {
        let mut changed = false;
        for b in &f.blocks {
            for i in &b.insts {
                let new: Vec<Type> = match &i.op {
                    Op::Param(k) => {
                        vec![f.arguments.get(*k as usize).copied().unwrap_or(Type::ANY)]
                    }
                    Op::Const(c) => vec![match c {
                        Const::Int(_) => Type::INT,
                        Const::Float(_) => Type::FLOAT,
                        Const::Obj(_) => Type::ANY,
                        Const::Unbound => Type::UNBOUND,
                        Const::Null => Type::NULL,
                    }],
                    Op::CheckBound { v, .. } => {
                        vec![Type(get(&ty, *v).0 & !Type::UNBOUND.0)]
                    }
                    Op::Callee { .. } => Vec::new(),
                    Op::CalleeAttr { .. } | Op::CalleeGlobal { .. } => vec![Type::ANY],
                    Op::Is { .. } => Vec::new(),
                    Op::Guard { v, ty: want } => {
                        let t = get(&ty, *v).intersect(*want);
                        // Before its input is known the guard promises nothing more.
                        vec![if get(&ty, *v) == Type::EMPTY {
                            Type::EMPTY
                        } else {
                            t
                        }]
                    }
                    Op::Generic {
                        op,
                        arg,
                        inputs,
                        offset,
                        ..
                    } => {
                        let ins: Vec<Type> = inputs.iter().map(|&v| get(&ty, v)).collect();
                        let native = f.natives.get(offset).copied();
                        (0..i.results.len())
                            .map(|k| generic_result(*op, *arg, &ins, k, native))
                            .collect()
                    }
                };
                for (r, t) in i.results.iter().zip(new) {
                    let slot = &mut ty[r.0 as usize];
                    let u = slot.union(t);
                    if u != *slot {
                        *slot = u;
                        changed = true;
                    }
                }
            }
            if let Terminator::ForIter { iter, item, .. } = b.term {
                // A range iterator yields ints; anything else anything.
                let t = match get(&ty, iter) {
                    Type::EMPTY => Type::EMPTY,
                    Type::RANGE_ITER => Type::INT,
                    _ => Type::ANY,
                };
                let slot = &mut ty[item.0 as usize];
                let u = slot.union(t);
                if u != *slot {
                    *slot = u;
                    changed = true;
                }
            }
            for e in b.term.edges() {
                let params = &f.blocks[e.to.0 as usize].params;
                for (p, a) in params.iter().zip(&e.args) {
                    let t = get(&ty, *a);
                    let slot = &mut ty[p.0 as usize];
                    let u = slot.union(t);
                    if u != *slot {
                        *slot = u;
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    f.types = ty;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_and_float_arithmetic() {
        let (i, fl) = (Type::INT, Type::FLOAT);
        assert_eq!(binary_result(nb::ADD, i, i), i);
        assert_eq!(binary_result(nb::ADD + nb::INPLACE, i, i), i);
        assert_eq!(binary_result(nb::TRUE_DIVIDE, i, i), fl);
        assert_eq!(binary_result(nb::POWER, i, i), Type::ANY);
        assert_eq!(binary_result(nb::POWER, fl, i), fl);
        assert_eq!(binary_result(nb::POWER, fl, i.union(fl)), Type::ANY);
        assert_eq!(binary_result(nb::MULTIPLY, i, fl), fl);
        assert_eq!(binary_result(nb::FLOOR_DIVIDE, fl, fl), fl);
        assert_eq!(binary_result(nb::AND, i, i), i);
        assert_eq!(binary_result(nb::AND, fl, fl), Type::EMPTY);
        assert_eq!(binary_result(nb::OR, i.union(fl), i), i);
        assert_eq!(binary_result(nb::ADD, i.union(fl), i), i.union(fl));
        // A possible subclass (Other) or str: nothing certain.
        assert_eq!(binary_result(nb::ADD, Type::ANY, i), Type::ANY);
        assert_eq!(binary_result(nb::ADD, Type::STR, Type::STR), Type::ANY);
        // Nothing reaches an operand yet: nothing comes out yet.
        assert_eq!(binary_result(nb::ADD, Type::EMPTY, i), Type::EMPTY);
    }

    #[test]
    fn names() {
        assert_eq!(Type::INT.name(), "Int");
        assert_eq!(Type::INT.union(Type::FLOAT).name(), "Int|Float");
        assert_eq!(Type::ANY.name(), "Any");
        assert_eq!(Type::ANY.union(Type::UNBOUND).name(), "Unbound|Any");
        assert_eq!(Type::ANY.union(Type::NULL).name(), "Any|Null");
        assert!(!Type::NULL.within(Type::ANY));
        assert!(!Type::UNBOUND.within(Type::ANY));
    }
}
