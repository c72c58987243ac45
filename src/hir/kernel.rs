//! Which loops can run as typed kernels: native loops over unboxed values, entered from the
//! generic tier's code and left back to it (or to the interpreter, on a failing guard), in which
//! no Python code can run and every value is a machine number, a guarded container, or a
//! range iterator (docs/typed-tier.md, "Loop kernels first").
//!
//! A loop qualifies when every instruction of its body is a numeric instruction on unboxed
//! operands (`repr::numeric_op`), a guard to a type the kernel holds, a subscript read of a list
//! or tuple by an int, a subscript read of or store into an `array.array` of numbers by an int
//! (`lowerable::array_op`), a subscript store into a list by an int (the replaced item is released
//! only when it is an int or a float, whose release runs no code: a kernel checks that at run
//! time and deopts otherwise), or a numeric constant; it branches only on numeric comparisons
//! and iterates only over a range iterator; every value crossing its blocks that the loop reads
//! is unboxed or a container (a local's earlier value that the loop only overwrites is carried
//! as it is, for the frame states); in a loop that stores into a list, no item it reads is
//! stored, kept in a local or carried across blocks (`items_not_kept_across_stores`: the store
//! may release it). The first thing that does not fit is the reason it does not qualify.
//!
//! Invariant: a kernel runs no Python code (no call, no `__dunder__`, no release of an object
//! that may have `__del__`, no allocation of a GC-tracked object), so the frame's locals need
//! not be in `localsplus` until the kernel exits, and every exit writes them back first.

use crate::bytecode::Opcode;

use super::ir::{Const, Func, Op, Terminator, Value};
use super::repr::{Repr, numeric_op};
use super::types::Type;

/// A loop of a function: its header block, its body, and whether it is a kernel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loop {
    pub header: usize,
    pub body: Vec<usize>,
    /// `Ok(())` for a kernel, else the first thing that keeps it generic.
    pub kernel: Result<(), String>,
}

/// Containers and iterators a kernel holds as borrowed references.
const HELD: Type = Type(
    Type::LIST.0
        | Type::TUPLE.0
        | Type::RANGE_ITER.0
        | Type::ARRAY_F64.0
        | Type::ARRAY_I32.0
        | Type::ARRAY_I64.0,
);

fn why_not(f: &Func, header: usize, body: &[usize]) -> Result<(), String> {
    let ty = |v: Value| f.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
    let repr = |v: Value| f.reprs.get(v.0 as usize).copied().unwrap_or(Repr::Boxed);
    let unboxed = |v: Value| repr(v) != Repr::Boxed;
    let held = |v: Value| unboxed(v) || (ty(v) != Type::EMPTY && ty(v).within(HELD));
    // Values the loop's code reads (not merely passes along or keeps for a frame state): a
    // local's value from the previous iteration, or from before the loop, that the body only
    // overwrites is carried as it is, whatever it holds.
    let mut read = std::collections::HashSet::new();
    for &k in body {
        let b = &f.blocks[k];
        for i in &b.insts {
            match &i.op {
                Op::CheckBound { v, .. }
                | Op::Guard { v, .. }
                | Op::Callee { v, .. }
                | Op::CalleeAttr { v, .. }
                | Op::Is { v, .. } => {
                    read.insert(*v);
                }
                Op::Generic { inputs, .. } => read.extend(inputs.iter().copied()),
                Op::Param(_) | Op::Const(_) | Op::CalleeGlobal { .. } => {}
            }
        }
        match &b.term {
            Terminator::Branch { v, .. } | Terminator::Return(v) => {
                read.insert(*v);
            }
            Terminator::ForIter { iter, .. } => {
                read.insert(*iter);
            }
            Terminator::Raise { inputs, .. } => read.extend(inputs.iter().copied()),
            Terminator::Jump(_) | Terminator::Deopt(_) => {}
        }
    }
    for &k in body {
        let b = &f.blocks[k];
        for &p in &b.params {
            if !held(p) && read.contains(&p) {
                return Err(format!(
                    "v{} ({}) crosses the loop's blocks",
                    p.0,
                    ty(p).name()
                ));
            }
        }
        for i in &b.insts {
            match &i.op {
                Op::Const(Const::Int(_) | Const::Float(_) | Const::Null) => {}
                Op::Const(_) => return Err("a constant object".into()),
                Op::Guard { ty: want, .. } => {
                    if !(want.within(HELD) || *want == Type::INT || *want == Type::FLOAT) {
                        return Err(format!("a guard to {}", want.name()));
                    }
                }
                Op::CheckBound { .. } => return Err("a local that may be unbound".into()),
                Op::Callee { .. }
                | Op::CalleeAttr { .. }
                | Op::CalleeGlobal { .. }
                | Op::Is { .. } => {
                    return Err("a call computed in place".into());
                }
                Op::Param(_) => return Err("a parameter".into()),
                Op::Generic {
                    op, arg, inputs, ..
                } => {
                    let ins: Vec<Type> = inputs.iter().map(|&v| ty(v)).collect();
                    let ok = numeric_op(*op, *arg, &ins)
                        || super::lowerable::array_op(*op, &ins)
                        || match op {
                            Opcode::BinarySubscr => {
                                (ins[0] == Type::LIST || ins[0] == Type::TUPLE)
                                    && ins[1] == Type::INT
                            }
                            // value, container, index
                            Opcode::StoreSubscr => {
                                ins[1] == Type::LIST
                                    && ins[2] == Type::INT
                                    && (unboxed(inputs[0]) || held(inputs[0]))
                            }
                            _ => false,
                        };
                    if !ok {
                        let tys: Vec<String> = ins.iter().map(|t| t.name()).collect();
                        return Err(if tys.is_empty() {
                            op.name().to_string()
                        } else {
                            format!("{} of {}", op.name(), tys.join(", "))
                        });
                    }
                }
            }
        }
        match &b.term {
            Terminator::Jump(_) => {}
            Terminator::Branch { v, .. } => {
                if !(ty(*v) == Type::BOOL || unboxed(*v)) {
                    return Err(format!("a truth test of {}", ty(*v).name()));
                }
            }
            Terminator::ForIter { iter, .. } => {
                if ty(*iter) != Type::RANGE_ITER {
                    return Err(format!("iteration over {}", ty(*iter).name()));
                }
            }
            Terminator::Return(_) => return Err("a return inside the loop".into()),
            Terminator::Raise { .. } => return Err("a raise inside the loop".into()),
            Terminator::Deopt(_) => return Err("a deopt inside the loop".into()),
        }
    }
    items_not_kept_across_stores(f, body)?;
    rebuildable_at_entry(f, header, body)
}

/// A loop that stores into a list may release, by that store, an item it read earlier: the
/// kernel holds items borrowed, so an item still used after such a store would be a freed
/// object (`tmp = a[i]; a[i] = a[j]; a[j] = tmp`, scimark's `FFT_bitreverse`). Storing a new
/// box of its number instead would break identity (`a[j] is` the old `a[i]` in CPython). Until
/// items can be owned references (a refcount-insertion pass, docs/typed-tier.md), such a loop
/// is not a kernel: one with a list store may neither store an item it read nor keep one in a
/// local (every frame state's locals, which exits write back) or carry it across blocks.
fn items_not_kept_across_stores(f: &Func, body: &[usize]) -> Result<(), String> {
    let insts = || body.iter().flat_map(|&k| f.blocks[k].insts.iter());
    let stores = || {
        insts().filter(|i| {
            matches!(
                i.op,
                Op::Generic {
                    op: Opcode::StoreSubscr,
                    ..
                }
            )
        })
    };
    if stores().next().is_none() {
        return Ok(());
    }
    // Items read in the loop, and the guards' views of them.
    let mut items = std::collections::HashSet::new();
    for i in insts() {
        match &i.op {
            Op::Generic {
                op: Opcode::BinarySubscr,
                ..
            } => items.extend(i.results.iter().copied()),
            Op::Guard { v, .. } if items.contains(v) => items.extend(i.results.iter().copied()),
            _ => {}
        }
    }
    let stored = stores().any(|i| match &i.op {
        Op::Generic { inputs, .. } => inputs.first().is_some_and(|v| items.contains(v)),
        _ => false,
    });
    let states = body.iter().flat_map(|&k| {
        let b = &f.blocks[k];
        let term = match &b.term {
            Terminator::Branch { state, .. }
            | Terminator::ForIter { state, .. }
            | Terminator::Raise { state, .. }
            | Terminator::Deopt(state) => Some(*state),
            _ => None,
        };
        b.insts.iter().filter_map(|i| i.state).chain(term)
    });
    let in_local = states
        .flat_map(|s| f.states[s.0 as usize].locals.iter())
        .any(|v| items.contains(v));
    let carried = body.iter().any(|&k| {
        f.blocks[k]
            .term
            .edges()
            .iter()
            .any(|e| e.args.iter().any(|v| items.contains(v)))
    });
    if stored || in_local || carried {
        return Err("an item read and kept across a store into a list".into());
    }
    Ok(())
}

/// The kernel's entry rebuilds what the loop uses from outside from the frame as the header's
/// entry state describes it (docs/typed-tier.md): a constant, a value the state holds in a
/// local or stack slot, or a guard of such a value (re-run at the entry). Checked for every
/// outside value the body reads.
fn rebuildable_at_entry(f: &Func, header: usize, body: &[usize]) -> Result<(), String> {
    use std::collections::{HashMap, HashSet};
    let Some(entry) = f.blocks[header].entry else {
        return Err("a loop at the function's entry".into());
    };
    let inside: HashSet<usize> = body.iter().copied().collect();
    let mut def: HashMap<Value, (usize, &Op)> = HashMap::new();
    let mut defined_inside: HashSet<Value> = HashSet::new();
    for (k, b) in f.blocks.iter().enumerate() {
        for i in &b.insts {
            for &r in &i.results {
                def.insert(r, (k, &i.op));
            }
        }
        if inside.contains(&k) {
            defined_inside.extend(b.params.iter().copied());
            defined_inside.extend(b.insts.iter().flat_map(|i| i.results.iter().copied()));
            if let Terminator::ForIter { item, .. } = b.term {
                defined_inside.insert(item);
            }
        }
    }
    let state = &f.states[entry.0 as usize];
    let held: HashSet<Value> = state.locals.iter().chain(&state.stack).copied().collect();
    fn ok(v: Value, held: &HashSet<Value>, def: &HashMap<Value, (usize, &Op)>, depth: u32) -> bool {
        if held.contains(&v) {
            return true;
        }
        match def.get(&v) {
            Some((_, Op::Const(_))) => true,
            Some((_, Op::Guard { v: w, .. })) if depth < 8 => ok(*w, held, def, depth + 1),
            _ => false,
        }
    }
    // The header's parameters are read from their own slots (the entry state holds each);
    // what else the body reads from outside must be rebuilt.
    let mut needed: Vec<Value> = Vec::new();
    for &k in body {
        let b = &f.blocks[k];
        needed.extend(Func::operands(b).filter(|v| !defined_inside.contains(v)));
    }
    match needed.into_iter().find(|&v| !ok(v, &held, &def, 0)) {
        Some(v) => Err(format!("v{} is not in the frame on entering the loop", v.0)),
        None => Ok(()),
    }
}

/// Every loop of `f` (natural loops of back edges in code order), outermost first.
pub fn loops(f: &Func) -> Vec<Loop> {
    let mut out: Vec<Loop> = super::hoist::natural_loops(f)
        .into_iter()
        .map(|(header, body)| {
            let mut body: Vec<usize> = body.into_iter().collect();
            body.sort_unstable();
            let kernel = why_not(f, header, &body);
            Loop {
                header,
                body,
                kernel,
            }
        })
        .collect();
    out.sort_by_key(|l| (std::cmp::Reverse(l.body.len()), l.header));
    out
}
