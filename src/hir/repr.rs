//! Which values can live unboxed: an `Int` as an `i64`, a `Float` as an `f64`, in registers
//! across instructions and loop iterations, instead of as heap objects.
//!
//! A value is unboxed when it is made that way (a numeric constant, a numeric instruction's
//! result, an item read from an `array.array`, a builtin's result computed natively, a guard's view of an int or float object, a block parameter all of whose incoming
//! values are unboxed the same way). Its uses decide nothing: a use that needs an object (a
//! generic instruction other than the numeric ones below, a return, an edge into a boxed
//! parameter) gets a box made for it, and a frame state never needs one until an exit writes
//! it back. Numeric instructions (`numeric_op`) read unboxed operands directly.
//!
//! Invariants: an `i64` value is an exact int in `[-2**63, 2**63)`, so its producers check it
//! (a guard deopts on a bigger int, arithmetic deopts on overflow at its own instruction: the
//! interpreter then makes the big int); an `f64` value is an exact float's `ob_fval`, bit for
//! bit (`-0.0` and NaN payloads kept).

use crate::bytecode::Opcode;

use super::ir::{Const, Func, Op, Terminator};
use super::types::{Type, array_item};

/// How a value is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repr {
    /// A reference to an object (or NULL / unbound).
    Boxed,
    I64,
    F64,
}

/// BINARY_OP operators with an exact native form on `i64` (with overflow and zero checks) or
/// `f64`: `+ - *` on both; `/` on both (ints: the double division when both fit in 53 bits, as
/// `long_true_divide`'s fast path, else its C path); `// %` (floor rules), the bitwise
/// operators and shifts on ints; `**` with a float on either side (libm's `pow` for a positive
/// finite base and a finite exponent, where `float_pow` calls it too; anything else deopts).
/// `int ** int` and float `// %` (CPython's sign rules) stay generic.
fn native_binary(oparg: u32, a: Type, b: Type) -> bool {
    let op = if oparg >= 13 { oparg - 13 } else { oparg };
    let ints = a == Type::INT && b == Type::INT;
    let nums = [a, b].iter().all(|&t| t == Type::INT || t == Type::FLOAT);
    // A float with an int or a float (`Repr::Num`, a float accumulator that starts as `0`):
    // a float either way.
    let either = Type::INT.union(Type::FLOAT);
    let mixed = (a == Type::FLOAT && b == either) || (a == either && b == Type::FLOAT);
    match op {
        0 | 5 | 10 | 11 => nums || mixed,   // + * - /
        8 => nums && !ints,                 // **
        1 | 2 | 3 | 6 | 7 | 9 | 12 => ints, // & // << % | >> ^
        _ => false,
    }
}

/// True when a generic instruction with these operand types is numeric: it reads its operands
/// unboxed and makes an unboxed result (or a bool).
pub fn numeric_op(op: Opcode, arg: u32, inputs: &[Type]) -> bool {
    match op {
        Opcode::BinaryOp => native_binary(arg, inputs[0], inputs[1]),
        // Mixed int/float comparisons compare exactly in CPython (not through a double): the
        // int goes through a double only while it is one exactly (`Typed::exact_float_in`).
        Opcode::CompareOp => inputs.iter().all(|&t| t == Type::INT || t == Type::FLOAT),
        Opcode::UnaryNegative | Opcode::UnaryPositive => {
            inputs[0] == Type::INT || inputs[0] == Type::FLOAT
        }
        _ => false,
    }
}

/// True for BINARY_SUBSCR of an array (`types::array_item`) by an int: its item is read
/// unboxed, as a numeric instruction's result.
pub fn array_load(op: Opcode, inputs: &[Type]) -> bool {
    op == Opcode::BinarySubscr && inputs[1] == Type::INT && array_item(inputs[0]).is_some()
}

fn unboxed_as(t: Type) -> Repr {
    if t == Type::INT {
        Repr::I64
    } else if t == Type::FLOAT {
        Repr::F64
    } else {
        Repr::Boxed
    }
}

/// Fill `f.reprs` (see the module documentation).
pub fn plan(f: &mut Func) {
    let ty = |v: super::ir::Value| f.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
    let mut repr = vec![Repr::Boxed; f.types.len()];
    // Values made unboxed by their instruction.
    for b in &f.blocks {
        for i in &b.insts {
            let made = match &i.op {
                Op::Const(Const::Int(_)) => Repr::I64,
                Op::Const(Const::Float(_)) => Repr::F64,
                Op::Guard { ty: want, .. } => unboxed_as(*want),
                Op::Generic {
                    op,
                    arg,
                    inputs,
                    offset,
                    ..
                } => {
                    let ins: Vec<Type> = inputs.iter().map(|&v| ty(v)).collect();
                    let native = f.natives.get(offset);
                    if native.is_some_and(|n| n.keeps_an_argument()) {
                        // The chosen argument's object.
                        Repr::Boxed
                    } else if numeric_op(*op, *arg, &ins)
                        || array_load(*op, &ins)
                        || native.is_some()
                    {
                        unboxed_as(ty(i.results[0]))
                    } else {
                        Repr::Boxed
                    }
                }
                _ => Repr::Boxed,
            };
            for &r in &i.results {
                repr[r.0 as usize] = made;
            }
        }
    }
    // A for loop's item is an object, except a range iterator's: a machine word.
    for b in &f.blocks {
        if let Terminator::ForIter { iter, item, .. } = b.term {
            repr[item.0 as usize] = if ty(iter) == Type::RANGE_ITER {
                Repr::I64
            } else {
                Repr::Boxed
            };
        }
    }
    // Block parameters: optimistic from their types, then boxed while an incoming value is
    // not unboxed the same way, to a fixpoint.
    for b in f.blocks.iter().skip(1) {
        for &p in &b.params {
            repr[p.0 as usize] = unboxed_as(ty(p));
        }
    }
    loop {
        let mut changed = false;
        for b in &f.blocks {
            for e in b.term.edges() {
                let params = &f.blocks[e.to.0 as usize].params;
                for (p, a) in params.iter().zip(&e.args) {
                    let want = repr[p.0 as usize];
                    if want != Repr::Boxed && repr[a.0 as usize] != want {
                        repr[p.0 as usize] = Repr::Boxed;
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    f.reprs = repr;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_instructions() {
        let (i, f, a) = (Type::INT, Type::FLOAT, Type::ANY);
        assert!(numeric_op(Opcode::BinaryOp, 0, &[i, f]));
        assert!(numeric_op(Opcode::BinaryOp, 11, &[i, i]));
        assert!(numeric_op(Opcode::BinaryOp, 2, &[i, i]));
        // float // float and int ** int keep CPython's own code; ** with a float is native.
        assert!(!numeric_op(Opcode::BinaryOp, 2, &[f, f]));
        assert!(numeric_op(Opcode::BinaryOp, 8, &[f, f]));
        assert!(numeric_op(Opcode::BinaryOp, 8, &[f, i]));
        assert!(!numeric_op(Opcode::BinaryOp, 8, &[i, i]));
        assert!(!numeric_op(Opcode::BinaryOp, 8, &[f, a]));
        assert!(!numeric_op(Opcode::BinaryOp, 0, &[i, a]));
        // An int-or-float with a float: `+ - * /` only, and not with another of its kind.
        let n = i.union(f);
        assert!(numeric_op(Opcode::BinaryOp, 13, &[n, f]));
        assert!(numeric_op(Opcode::BinaryOp, 11, &[f, n]));
        assert!(!numeric_op(Opcode::BinaryOp, 0, &[n, i]));
        assert!(!numeric_op(Opcode::BinaryOp, 0, &[n, n]));
        assert!(!numeric_op(Opcode::BinaryOp, 8, &[n, f]));
        assert!(!numeric_op(Opcode::CompareOp, 0, &[n, f]));
        // int < float compares exactly in CPython: through a double only while the int is
        // one exactly (checked where it runs).
        assert!(numeric_op(Opcode::CompareOp, 0, &[f, f]));
        assert!(numeric_op(Opcode::CompareOp, 0, &[i, f]));
        assert!(!numeric_op(Opcode::CompareOp, 0, &[i, a]));
    }
}
