//! Guards from CPython's own type feedback (`tier0::profile`): where quickening turned an
//! instruction into its int or float form (`BINARY_OP_ADD_INT`, `COMPARE_OP_FLOAT_JUMP`, ...)
//! or its list/tuple/dict form (`BINARY_SUBSCR_LIST_INT`, `UNPACK_SEQUENCE_TUPLE`, ...), each
//! operand whose type is not already known to be that is guarded, and the guarded value
//! replaces it from there on in the block. 3.11 records nothing for FOR_ITER, so
//! `for i in range(...)` is recognised by its shape (and the global's name) and its iterator
//! guarded a range iterator. Where quickening says nothing, what a parameter held when the code
//! got hot (`ArgHint`: an `array.array`) guards its subscripts. Type propagation then carries
//! the guarded types through the code, loops included.
//!
//! Invariant: a guard deopts at the instruction it protects, with the frame state that
//! instruction had (the operands still on the value stack), so the interpreter re-executes the
//! instruction itself: a failing guard changes speed, never results. A hint only ever adds
//! guards; without hints (code not quickened yet) the form is unchanged.

use std::collections::HashMap;

use crate::bytecode::Opcode;
use crate::tier0::profile::{ArgHint, ArithHint, Hints, SubscrHint};

use super::ir::{Func, Inst, Op, StateId, Terminator, Value};
use super::types::Type;

/// The types quickening saw for the operands of `op` at `offset` (`ANY`: no guard), or `None`.
fn expected(op: Opcode, offset: u32, hints: &Hints) -> Option<Vec<Type>> {
    match op {
        Opcode::BinaryOp | Opcode::CompareOp => match hints.arith(offset) {
            ArithHint::Int => Some(vec![Type::INT; 2]),
            ArithHint::Float => Some(vec![Type::FLOAT; 2]),
            ArithHint::Str => Some(vec![Type::STR; 2]),
            ArithHint::Unknown => None,
        },
        Opcode::BinarySubscr => match hints.subscr(offset) {
            SubscrHint::List => Some(vec![Type::LIST, Type::INT]),
            SubscrHint::Tuple => Some(vec![Type::TUPLE, Type::INT]),
            SubscrHint::Dict => Some(vec![Type::DICT, Type::ANY]),
            SubscrHint::Unknown | SubscrHint::Other => None,
        },
        // value, container, index (STORE_SUBSCR_LIST_INT, STORE_SUBSCR_DICT).
        Opcode::StoreSubscr => match hints.subscr(offset) {
            SubscrHint::List => Some(vec![Type::ANY, Type::LIST, Type::INT]),
            SubscrHint::Dict => Some(vec![Type::ANY, Type::DICT, Type::ANY]),
            _ => None,
        },
        // UNPACK_SEQUENCE_LIST, _TUPLE, _TWO_TUPLE.
        Opcode::UnpackSequence => match hints.subscr(offset) {
            SubscrHint::List => Some(vec![Type::LIST]),
            SubscrHint::Tuple => Some(vec![Type::TUPLE]),
            _ => None,
        },
        _ => None,
    }
}

/// The types a parameter's value must have at `op` from what the parameter held when the code
/// got hot (`ArgHint`), where quickening recorded nothing: `data[i]` and `data[i] = x` of an
/// `array.array` (3.11 does not specialise them). `params` maps the values of unassigned
/// parameters to their index.
fn from_args(
    op: Opcode,
    inputs: &[Value],
    params: &HashMap<Value, u32>,
    hints: &Hints,
) -> Option<Vec<Type>> {
    let array = |v: Value| match hints.arg(*params.get(&v)?)? {
        ArgHint::ArrayF64 => Some(Type::ARRAY_F64),
        ArgHint::ArrayI32 => Some(Type::ARRAY_I32),
        ArgHint::ArrayI64 => Some(Type::ARRAY_I64),
    };
    match op {
        Opcode::BinarySubscr => Some(vec![array(inputs[0])?, Type::INT]),
        Opcode::StoreSubscr => Some(vec![Type::ANY, array(inputs[1])?, Type::INT]),
        _ => None,
    }
}

/// The iterators of `for ... in range(...)` loops: FOR_ITER over GET_ITER of a call of the
/// global named `range` (by name only: the guard checks the iterator itself).
fn range_loops(f: &Func, names: &[String]) -> Vec<Value> {
    let mut def: HashMap<Value, &Op> = HashMap::new();
    for b in &f.blocks {
        for i in &b.insts {
            for &r in &i.results {
                def.insert(r, &i.op);
            }
        }
    }
    let generic = |v: Value, want: Opcode| match def.get(&v) {
        Some(Op::Generic {
            op, arg, inputs, ..
        }) if *op == want => Some((*arg, inputs.as_slice())),
        _ => None,
    };
    f.blocks
        .iter()
        .filter_map(|b| match b.term {
            Terminator::ForIter { iter, .. } => Some(iter),
            _ => None,
        })
        .filter(|&iter| {
            let Some((_, [seq])) = generic(iter, Opcode::GetIter) else {
                return false;
            };
            let Some((_, call)) = generic(*seq, Opcode::Call) else {
                return false;
            };
            let Some(&callable) = call.get(1) else {
                return false;
            };
            generic(callable, Opcode::LoadGlobal).is_some_and(|(arg, _)| {
                names.get((arg >> 1) as usize).is_some_and(|n| n == "range")
            })
        })
        .collect()
}

/// Insert the guards the hints and patterns call for; types are propagated again afterwards.
pub fn specialise(f: &mut Func, hints: &Hints, names: &[String]) {
    let ranges = range_loops(f, names);
    let params: HashMap<Value, u32> = f
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter_map(|i| match i.op {
            Op::Param(k) => Some((i.results[0], k)),
            _ => None,
        })
        .collect();
    let mut next = f.types.len() as u32;
    let mut any = false;
    for b in &mut f.blocks {
        // Within this block, from the guard on: the guarded value instead of the original.
        let mut guarded: HashMap<Value, Value> = HashMap::new();
        let insts = std::mem::take(&mut b.insts);
        for mut inst in insts {
            let sub = |v: &mut Value, g: &HashMap<Value, Value>| {
                if let Some(&w) = g.get(v) {
                    *v = w;
                }
            };
            match &mut inst.op {
                Op::Generic {
                    op, offset, inputs, ..
                } => {
                    inputs.iter_mut().for_each(|v| sub(v, &guarded));
                    let want = expected(*op, *offset, hints)
                        .or_else(|| from_args(*op, inputs, &params, hints));
                    if let Some(want) = want {
                        for (v, ty) in inputs.iter_mut().zip(want) {
                            let known = f.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
                            if ty == Type::ANY || known.within(ty) {
                                continue;
                            }
                            let g = Value(next);
                            next += 1;
                            // Its own copy of the instruction's state: uses after the guard may
                            // come to read `g` (`dom::reuse_guards`), the guard's own exit not.
                            let state = inst.state.map(|st| {
                                f.states.push(f.states[st.0 as usize].clone());
                                StateId(f.states.len() as u32 - 1)
                            });
                            b.insts.push(Inst {
                                results: vec![g],
                                op: Op::Guard { v: *v, ty },
                                state,
                            });
                            guarded.insert(*v, g);
                            *v = g;
                            any = true;
                        }
                    }
                }
                Op::CheckBound { v, .. } | Op::Guard { v, .. } => sub(v, &guarded),
                Op::Param(_) | Op::Const(_) => {}
            }
            b.insts.push(inst);
        }
        match &mut b.term {
            Terminator::Branch { v, .. } | Terminator::Return(v) => {
                if let Some(&w) = guarded.get(v) {
                    *v = w;
                }
            }
            Terminator::ForIter { iter, state, .. } => {
                if let Some(&w) = guarded.get(iter) {
                    *iter = w;
                }
                if ranges.contains(iter) {
                    // Deopts to the FOR_ITER itself, the iterator on the stack.
                    let g = Value(next);
                    next += 1;
                    f.states.push(f.states[state.0 as usize].clone());
                    b.insts.push(Inst {
                        results: vec![g],
                        op: Op::Guard {
                            v: *iter,
                            ty: Type::RANGE_ITER,
                        },
                        state: Some(StateId(f.states.len() as u32 - 1)),
                    });
                    *iter = g;
                    any = true;
                }
            }
            Terminator::Raise { inputs, .. } => {
                for v in inputs {
                    if let Some(&w) = guarded.get(v) {
                        *v = w;
                    }
                }
            }
            Terminator::Jump(_) => {}
        }
        for e in b.term.edges_mut() {
            for a in &mut e.args {
                if let Some(&w) = guarded.get(a) {
                    *a = w;
                }
            }
        }
    }
    if !any {
        return;
    }
    super::dom::reuse_guards(f);
    super::types::propagate(f);
    // A guard inserted before the types were known may check what propagation now proves
    // (a loop-carried float guarded at its use): it goes, and its input replaces it. Types stay
    // as they are: the guard's result had its input's type.
    let mut subst = HashMap::new();
    for b in &mut f.blocks {
        b.insts.retain(|i| match i.op {
            Op::Guard { v, ty } if f.types[v.0 as usize].within(ty) => {
                subst.insert(i.results[0], v);
                false
            }
            _ => true,
        });
    }
    super::build::rewrite(f, &subst);
}
