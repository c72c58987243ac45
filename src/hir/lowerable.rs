//! Which functions the typed tier lowers (`tier1_llvm::lower::typed`): the test it passes
//! before any IR is made, so that `rjit` can say why a function stays generic without LLVM.
//!
//! Invariant: `check` is the whole test; the lowering never fails on a function it accepts
//! except for a bug (which then stays in the generic tier, with the reason in `RJIT_DEBUG`).

use super::ir::{Cond, Func, Op, Terminator, Value};
use super::repr::numeric_op;
use super::types::{Type, array_item};
use crate::bytecode::Opcode;

/// The types a typed-tier guard checks: unboxed numbers, and exact builtin containers.
const GUARDED: [Type; 11] = [
    Type::INT,
    Type::FLOAT,
    Type::RANGE_ITER,
    Type::LIST,
    Type::TUPLE,
    // UNPACK_SEQUENCE's operand (`hir::specialise`).
    Type::LIST_OR_TUPLE,
    Type::DICT,
    Type::STR,
    Type::ARRAY_F64,
    Type::ARRAY_I32,
    Type::ARRAY_I64,
];

/// What the items of a tuple BUILD_TUPLE makes natively may be.
const QUIET_ITEMS: Type =
    Type(Type::INT.0 | Type::FLOAT.0 | Type::BOOL.0 | Type::STR.0 | Type::NONE.0);

/// Whether the typed tier can lower `f` (checked before any IR is made).
pub fn check(f: &Func, has_handlers: bool) -> Result<(), String> {
    if has_handlers {
        return Err("exception handlers".into());
    }
    let ty = |v: Value| f.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
    let (mut typed_ops, mut generic_ops, mut first_generic) = (0, 0, None);
    for b in &f.blocks {
        for i in &b.insts {
            match &i.op {
                Op::Guard { ty: t, .. } if !GUARDED.contains(t) => {
                    return Err(format!("a guard to {}", t.name()));
                }
                Op::Generic {
                    op,
                    arg,
                    inputs,
                    offset,
                    ..
                } => {
                    let ins: Vec<Type> = inputs.iter().map(|&v| ty(v)).collect();
                    if numeric_op(*op, *arg, &ins) || f.natives.contains_key(offset) {
                        typed_ops += 1;
                    } else if native_container_op(*op, &ins).is_none() && !f.quiet.contains(offset)
                    {
                        generic_ops += 1;
                        first_generic.get_or_insert(*op);
                    }
                }
                _ => {}
            }
        }
    }
    if typed_ops == 0 {
        return Err("no typed instruction".into());
    }
    // Without a loop, unboxing saves a few allocations at most, and every generic instruction
    // boxes the frame's numbers again (bench/run.py: `float`'s Point methods and MonteCarlo's
    // `nextDouble` 5-10% slower typed): only code of typed instructions alone (eval_A) is taken,
    // or code that computes a callee in place (a frame saved: scimark's `Array2D.__setitem__`).
    let computes_callee = f
        .blocks
        .iter()
        .any(|b| b.insts.iter().any(|i| matches!(i.op, Op::Callee { .. })));
    if generic_ops > 0 && super::hoist::natural_loops(f).is_empty() && !computes_callee {
        let first = first_generic.map_or("", |o| o.name());
        return Err(format!(
            "generic instructions and no loop (the first: {first})"
        ));
    }
    // A generic instruction syncs the whole frame (every unboxed value boxed) before it runs:
    // in an innermost loop that costs more than the generic tier's code (bench/typed_micro.py's
    // mixed_acc: 2.5x slower), so such functions stay generic until more instructions that run
    // no Python code are lowered natively (`native_container_op`). In an outer loop the sync is
    // paid once per run of the inner loop.
    let hot = innermost_loops(f);
    // Innermost loops whose only native work is unpacking and tuple building stay generic:
    // their items are objects either way, and the typed unpack syncs the frame first
    // (pyperformance's unpack_sequence: 400 unpacks per iteration, 1.09x slower typed than
    // plain, 1.63x faster generic).
    let mut value_work = false;
    let mut any_hot = false;
    for (k, b) in f.blocks.iter().enumerate().filter(|(k, _)| hot[*k]) {
        any_hot = true;
        for i in &b.insts {
            if let Op::Generic {
                op,
                arg,
                inputs,
                offset,
                ..
            } = &i.op
            {
                let ins: Vec<Type> = inputs.iter().map(|&v| ty(v)).collect();
                value_work |= numeric_op(*op, *arg, &ins)
                    || f.natives.contains_key(offset)
                    || matches!(
                        native_container_op(*op, &ins),
                        Some(Opcode::BinarySubscr | Opcode::StoreSubscr)
                    );
                if !numeric_op(*op, *arg, &ins)
                    && native_container_op(*op, &ins).is_none()
                    && !f.natives.contains_key(offset)
                    && !f.quiet.contains(offset)
                {
                    return Err(format!("{} in an innermost loop (block{k})", op.name()));
                }
            }
        }
        // FOR_ITER over any iterator is fine: a list or tuple iterator's next item is taken
        // inline without a sync; other iterators run Python code or C per item anyway.
        match &b.term {
            Terminator::Branch { v, cond, .. }
                if matches!(cond, Cond::True | Cond::False)
                    && !(ty(*v) == Type::BOOL || ty(*v) == Type::INT || ty(*v) == Type::FLOAT) =>
            {
                return Err(format!(
                    "a truth test of {} in an innermost loop",
                    ty(*v).name()
                ));
            }
            _ => {}
        }
    }
    if any_hot && !value_work {
        return Err("only unpacking and tuples in the innermost loops".into());
    }
    Ok(())
}

/// Container instructions the typed tier lowers natively, running no Python code (the release
/// of a replaced item is checked at run time): BINARY_SUBSCR of an exact list or tuple by an
/// int, STORE_SUBSCR into an exact list by an int, UNPACK_SEQUENCE of an exact list or tuple
/// (another length deopts), BUILD_TUPLE of numbers, strs, bools and None, and BINARY_SUBSCR
/// and STORE_SUBSCR of an `array.array` by an int
/// (`types::array_item`; an int stored into a `'d'` array becomes a double, as the array's own
/// `d_setitem` does; an int that does not fit a `'i'` array's C int deopts). Their opcode, or
/// `None`.
pub fn native_container_op(op: Opcode, inputs: &[Type]) -> Option<Opcode> {
    if array_op(op, inputs) {
        return Some(op);
    }
    match op {
        Opcode::UnpackSequence
            if inputs[0] != Type::EMPTY && inputs[0].within(Type::LIST_OR_TUPLE) =>
        {
            Some(op)
        }
        Opcode::BinarySubscr
            if (inputs[0] == Type::LIST || inputs[0] == Type::TUPLE) && inputs[1] == Type::INT =>
        {
            Some(op)
        }
        Opcode::StoreSubscr if inputs[1] == Type::LIST && inputs[2] == Type::INT => Some(op),
        // Of numbers, strs, bools and None: a tuple whose release runs no code (of other
        // objects, the release of its last reference syncs the frame fully, which costs more
        // than the generic tier's code in a loop that makes one per iteration).
        Opcode::BuildTuple if inputs.iter().all(|t| t.within(QUIET_ITEMS)) => Some(op),
        _ => None,
    }
}

/// True for the `array.array` instructions of `native_container_op`.
pub fn array_op(op: Opcode, inputs: &[Type]) -> bool {
    let number = |t: Type| t == Type::INT || t == Type::FLOAT;
    match op {
        Opcode::BinarySubscr => super::repr::array_load(op, inputs),
        // value, array, index.
        Opcode::StoreSubscr if inputs[2] == Type::INT => match array_item(inputs[1]) {
            Some(Type::FLOAT) => number(inputs[0]),
            Some(_) => inputs[0] == Type::INT,
            None => false,
        },
        _ => false,
    }
}

/// For each block, whether it lies in an innermost loop (a natural loop holding no other
/// loop's header).
fn innermost_loops(f: &Func) -> Vec<bool> {
    let loops = super::hoist::natural_loops(f);
    let mut hot = vec![false; f.blocks.len()];
    for (h, body) in &loops {
        let nested = loops.iter().any(|(h2, _)| h2 != h && body.contains(h2));
        if !nested {
            for &b in body {
                hot[b] = true;
            }
        }
    }
    hot
}
