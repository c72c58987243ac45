//! Which functions the typed tier lowers (`tier1_llvm::lower::typed`): the test it passes
//! before any IR is made, so that `rjit` can say why a function stays generic without LLVM.
//!
//! Invariant: `check` is the whole test; the lowering never fails on a function it accepts
//! except for a bug (which then stays in the generic tier, with the reason in `RJIT_DEBUG`).

use super::ir::{Cond, Func, Op, Terminator, Value};
use super::repr::numeric_op;
use super::types::Type;
use crate::bytecode::Opcode;

/// The types a typed-tier guard checks: unboxed numbers, and exact builtin containers.
const GUARDED: [Type; 7] = [
    Type::INT,
    Type::FLOAT,
    Type::RANGE_ITER,
    Type::LIST,
    Type::TUPLE,
    Type::DICT,
    Type::STR,
];

/// Whether the typed tier can lower `f` (checked before any IR is made).
pub fn check(f: &Func, has_handlers: bool) -> Result<(), String> {
    if has_handlers {
        return Err("exception handlers".into());
    }
    let ty = |v: Value| f.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
    let mut typed_ops = 0;
    for b in &f.blocks {
        for i in &b.insts {
            match &i.op {
                Op::Guard { ty: t, .. } if !GUARDED.contains(t) => {
                    return Err(format!("a guard to {}", t.name()));
                }
                Op::Generic {
                    op, arg, inputs, ..
                } => {
                    let ins: Vec<Type> = inputs.iter().map(|&v| ty(v)).collect();
                    if numeric_op(*op, *arg, &ins) {
                        typed_ops += 1;
                    }
                }
                _ => {}
            }
        }
    }
    if typed_ops == 0 {
        return Err("no typed instruction".into());
    }
    // A generic instruction syncs the whole frame (every unboxed value boxed) before it runs:
    // in a loop that costs more than the generic tier's code (bench/typed_micro.py's
    // mixed_acc: 2.5x slower), so such loops stay generic until instructions that run no
    // Python code can skip the sync.
    let cyclic = in_cycles(f);
    for (k, b) in f.blocks.iter().enumerate().filter(|(k, _)| cyclic[*k]) {
        for i in &b.insts {
            if let Op::Generic {
                op, arg, inputs, ..
            } = &i.op
            {
                let ins: Vec<Type> = inputs.iter().map(|&v| ty(v)).collect();
                if !numeric_op(*op, *arg, &ins) && native_subscript(*op, &ins).is_none() {
                    return Err(format!("{} in a loop (block{k})", op.name()));
                }
            }
        }
        match &b.term {
            Terminator::ForIter { iter, .. } if ty(*iter) != Type::RANGE_ITER => {
                return Err(format!("iteration over {} in a loop", ty(*iter).name()));
            }
            Terminator::Branch { v, cond, .. }
                if matches!(cond, Cond::True | Cond::False)
                    && !(ty(*v) == Type::BOOL || ty(*v) == Type::INT || ty(*v) == Type::FLOAT) =>
            {
                return Err(format!("a truth test of {} in a loop", ty(*v).name()));
            }
            _ => {}
        }
    }
    Ok(())
}

/// Subscripts the typed tier lowers natively, running no Python code (the release of a
/// replaced item is checked at run time): BINARY_SUBSCR of an exact list or tuple by an int,
/// STORE_SUBSCR into an exact list by an int. Their opcode, or `None`.
pub fn native_subscript(op: Opcode, inputs: &[Type]) -> Option<Opcode> {
    match op {
        Opcode::BinarySubscr
            if (inputs[0] == Type::LIST || inputs[0] == Type::TUPLE) && inputs[1] == Type::INT =>
        {
            Some(op)
        }
        Opcode::StoreSubscr if inputs[1] == Type::LIST && inputs[2] == Type::INT => Some(op),
        _ => None,
    }
}

/// For each block, whether it lies on a cycle of the control-flow graph.
fn in_cycles(f: &Func) -> Vec<bool> {
    let n = f.blocks.len();
    let succ: Vec<Vec<usize>> = f
        .blocks
        .iter()
        .map(|b| b.term.edges().iter().map(|e| e.to.0 as usize).collect())
        .collect();
    (0..n)
        .map(|k| {
            let mut seen = vec![false; n];
            let mut stack = succ[k].clone();
            while let Some(b) = stack.pop() {
                if b == k {
                    return true;
                }
                if !std::mem::replace(&mut seen[b], true) {
                    stack.extend(&succ[b]);
                }
            }
            false
        })
        .collect()
}
