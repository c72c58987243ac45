//! Calls of small pure functions computed in place (`CodeSnapshot::callees`): the callee's own
//! typed middle (built from its snapshot, with its own quickening as its profile) is spliced
//! into the caller where the CALL was, behind a check that the function called has that code
//! (`Op::Callee`), and the callee's return value replaces the CALL's result.
//!
//! What makes it exact without a frame for the callee: a callee that `Callee::fits` reads only
//! its parameters and numeric constants and computes with them, so nothing it does is seen
//! before it returns. Every check in its body (its guards, an int overflow, a zero divisor)
//! therefore deopts to the CALL itself, with the caller's frame state there (the callable and
//! the arguments still on the stack): the interpreter then makes the call, which computes or
//! raises exactly as it would have, with the callee's frame in the traceback.
//!
//! Invariants: a callee is spliced only when its whole form is one block of parameters,
//! numeric constants, guards to `Int` or `Float`, and numeric instructions (`repr::numeric_op`),
//! returning a numeric instruction's result (a new object in CPython too, so no identity is
//! lost); anything else leaves the CALL as it was. The spliced instructions keep the CALL's
//! offset, which no other table (`natives`, `quiet`) names.

use std::collections::HashMap;

use crate::bytecode::Opcode;
use crate::tier0::snapshot::{Callee, CodeSnapshot};

use super::ir::{Const, Func, Inst, Op, StateId, Terminator, Value};
use super::repr::numeric_op;
use super::types::Type;

/// Splice every callee of `snap` that fits into `f` (after `specialise`, before `hoist`). True
/// if any was; types are then propagated again and the guards they prove dropped.
pub fn inline_callees(f: &mut Func, snap: &CodeSnapshot) -> bool {
    let mut any = false;
    for (site, c) in snap.callees.iter().enumerate() {
        any |= splice(f, site as u32, c).is_some();
    }
    if any {
        super::types::propagate(f);
        super::specialise::drop_proven_guards(f);
    }
    any
}

/// The callee's form, if it is one that can be spliced (module invariants): its instructions
/// and the value it returns.
fn callee_form(c: &Callee) -> Option<Func> {
    let an = crate::bytecode::analyse(&c.snap.code, &c.snap.exception_table).ok()?;
    let g = super::build(&c.snap, &an).ok()?;
    let [block] = g.blocks.as_slice() else {
        return None;
    };
    let Terminator::Return(r) = block.term else {
        return None;
    };
    let ty = |v: Value| g.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
    let number = |t: Type| t == Type::INT || t == Type::FLOAT;
    let mut returns_computed = false;
    for i in &block.insts {
        match &i.op {
            Op::Param(_) | Op::Const(Const::Int(_) | Const::Float(_) | Const::Unbound) => {}
            Op::Guard { ty: t, .. } if number(*t) => {}
            Op::Generic {
                op, arg, inputs, ..
            } => {
                let ins: Vec<Type> = inputs.iter().map(|&v| ty(v)).collect();
                if !numeric_op(*op, *arg, &ins) || *op == Opcode::UnaryPositive {
                    return None;
                }
                returns_computed |= i.results.contains(&r);
            }
            _ => return None,
        }
    }
    (returns_computed && number(ty(r)) && g.natives.is_empty() && g.quiet.is_empty()).then_some(g)
}

/// Splice callee `c` (site `site`) in place of its CALL, if the CALL is still there as the
/// snapshot saw it (a call of the global `c.name` with the callee's arity) and the callee's
/// form fits.
fn splice(f: &mut Func, site: u32, c: &Callee) -> Option<()> {
    if f.natives.contains_key(&c.call) || f.quiet.contains(&c.call) {
        return None;
    }
    let (bk, ik) = f.blocks.iter().enumerate().find_map(|(bk, b)| {
        b.insts.iter().position(|i| {
            matches!(i.op, Op::Generic { op: Opcode::Call, offset, .. } if offset == c.call)
        })
        .map(|ik| (bk, ik))
    })?;
    let call = f.blocks[bk].insts[ik].clone();
    let Op::Generic {
        inputs, kw: None, ..
    } = &call.op
    else {
        return None;
    };
    let (state, &[result]) = (call.state?, call.results.as_slice()) else {
        return None;
    };
    let [null, callable, args @ ..] = inputs.as_slice() else {
        return None;
    };
    if args.len() != c.snap.argcount as usize
        || !is_null(f, *null)
        || !global_named(f, *callable, c.name)
    {
        return None;
    }
    let g = callee_form(c)?;
    // A guard of the callee's that an argument's known type contradicts (its profile saw ints
    // where this caller passes floats) would deopt every time, and the typed lowering refuses
    // a guard on an unboxed value of another kind: the CALL stays.
    let known = |v: Value| f.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
    for i in &g.blocks[0].insts {
        if let Op::Guard { v, ty } = i.op
            && let Some(k) = g.blocks[0].insts.iter().find_map(|p| match p.op {
                Op::Param(k) if p.results.first() == Some(&v) => Some(k as usize),
                _ => None,
            })
            && let Some(&a) = args.get(k)
            && known(a) != Type::EMPTY
            && known(a).intersect(ty) == Type::EMPTY
        {
            return None;
        }
    }
    // The callee's values get new numbers in `f`, past every typed one (as `specialise` numbers
    // its guards; `f.types` grows with each splice); its parameters are the call's arguments.
    let mut next = f.types.len() as u32;
    let mut map: HashMap<Value, Value> = HashMap::new();
    let at_call = |f: &mut Func| {
        f.states.push(f.states[state.0 as usize].clone());
        StateId(f.states.len() as u32 - 1)
    };
    let mut body = vec![Inst {
        results: Vec::new(),
        op: Op::Callee { v: *callable, site },
        state: Some(at_call(f)),
    }];
    for i in &g.blocks[0].insts {
        if let Op::Param(k) = i.op {
            map.insert(i.results[0], *args.get(k as usize)?);
            continue;
        }
        if matches!(i.op, Op::Const(Const::Unbound)) {
            continue;
        }
        let results: Vec<Value> = i
            .results
            .iter()
            .map(|&v| {
                let n = Value(next);
                next += 1;
                map.insert(v, n);
                n
            })
            .collect();
        let get = |v: &Value| map.get(v).copied();
        let op = match &i.op {
            Op::Const(k) => Op::Const(*k),
            Op::Guard { v, ty } => Op::Guard {
                v: get(v)?,
                ty: *ty,
            },
            Op::Generic {
                op, arg, inputs, ..
            } => Op::Generic {
                op: *op,
                arg: *arg,
                offset: c.call,
                inputs: inputs.iter().map(get).collect::<Option<Vec<_>>>()?,
                kw: None,
            },
            _ => return None,
        };
        let state = i.state.map(|_| at_call(f));
        body.push(Inst { results, op, state });
    }
    let Terminator::Return(r) = g.blocks[0].term else {
        return None;
    };
    let value = *map.get(&r)?;
    f.blocks[bk].insts.splice(ik..=ik, body);
    f.types.resize(next as usize, Type::EMPTY);
    super::build::rewrite(f, &HashMap::from([(result, value)]));
    Some(())
}

/// Whether `v` is the NULL LOAD_GLOBAL pushes below a callable.
fn is_null(f: &Func, v: Value) -> bool {
    f.blocks
        .iter()
        .flat_map(|b| &b.insts)
        .any(|i| i.results.contains(&v) && i.op == Op::Const(Const::Null))
}

/// Whether `v` is the value of LOAD_GLOBAL of the name at `name` in `co_names`.
fn global_named(f: &Func, v: Value, name: u32) -> bool {
    f.blocks.iter().flat_map(|b| &b.insts).any(|i| {
        i.results.first() == Some(&v)
            && matches!(i.op, Op::Generic { op: Opcode::LoadGlobal, arg, .. } if arg >> 1 == name)
    })
}
