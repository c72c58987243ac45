//! Calls of small pure functions computed in place (`CodeSnapshot::callees`): the callee's own
//! typed middle (built from its snapshot, with its own quickening as its profile and the types
//! the caller proves for the arguments) is spliced into the caller where the CALL was, behind a
//! check that the function called has that code (`Op::Callee`), and the callee's return value
//! replaces the CALL's result.
//!
//! What makes it exact without a frame for the callee: a callee that `Callee::fits` reads only
//! its parameters and constants and computes with them, so nothing it does is seen before it
//! returns. Every check in its body (its guards, an int overflow, a zero divisor) therefore
//! deopts to the CALL itself, with the caller's frame state there (the callable and the
//! arguments still on the stack): the interpreter then makes the call, which computes or raises
//! exactly as it would have, with the callee's frame in the traceback. A `raise` in the callee
//! is such a deopt too (`Terminator::Deopt`): nothing before it was seen.
//!
//! A callee of one block goes in place of the CALL. One with branches ends the CALL's block
//! with its entry block's terminator; its other blocks follow the caller's (`Block::inlined`,
//! entered with the frame as at the CALL), and its returns jump to a new block that holds what
//! followed the CALL, entered with the frame as after it (the result, its parameter, on the
//! stack).
//!
//! A callee may also read attributes of its arguments (`Op::CalleeAttr`, through a site of
//! the caller's per LOAD_ATTR of the callee's, with the callee's own names), and it may be a
//! method of the caller's parameter (`Callee::method`: `[method, owner, args...]` from a
//! LOAD_METHOD, which the typed tier then reads with a light sync; the owner is the callee's
//! first argument).
//!
//! Invariants: a callee is spliced only when every block that does not raise holds only
//! parameters, numeric constants, guards to `Int` or `Float`, numeric instructions
//! (`repr::numeric_op`) and attribute reads of its parameters whose only uses are such guards
//! in the same block, branches forward only (no loop) on a numeric instruction's result, and
//! passes to later blocks and returns only numeric instructions' results of one kind of number
//! (new objects in CPython too, so no identity is lost; unboxed, so that a callee block's
//! parameters need no frame slot); anything else leaves the CALL as it was. The spliced
//! instructions keep the CALL's offset, which no other table (`natives`, `quiet`) names.

use std::collections::{HashMap, HashSet};

use crate::bytecode::Opcode;
use crate::tier0::snapshot::{Callee, CodeSnapshot};

use super::ir::{
    Block, BlockId, Cond, Const, Edge, FrameState, Func, Inst, Op, StateId, Terminator, Value,
};
use super::repr::numeric_op;
use super::types::Type;

/// Splice every callee of `snap` that fits into `f` (after `specialise`, before `hoist`). True
/// if any was; types are propagated again after each splice (the callee's guards on the
/// arguments then type them for the calls that follow), and the guards they prove dropped.
pub fn inline_callees(f: &mut Func, snap: &CodeSnapshot) -> bool {
    let instrs = crate::bytecode::decode(&snap.code).unwrap_or_default();
    let mut any = false;
    for (site, c) in snap.callees.iter().enumerate() {
        let Some(next) = instrs.iter().find(|i| i.offset == c.call).map(|i| i.next) else {
            continue;
        };
        if splice(f, site as u32, c, next).is_some() {
            super::dom::reuse_guards(f);
            super::types::propagate(f);
            any = true;
        }
    }
    if any {
        super::specialise::drop_proven_guards(f);
    }
    any
}

/// The callee's form for a call with arguments of types `arguments`, if it is one that can be
/// spliced (module invariants).
fn callee_form(c: &Callee, arguments: Vec<Type>) -> Option<Func> {
    let an = crate::bytecode::analyse(&c.snap.code, &c.snap.exception_table).ok()?;
    let g = super::build::build_for(&c.snap, &an, arguments).ok()?;
    let ty = |v: Value| g.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
    let number = |t: Type| t == Type::INT || t == Type::FLOAT;
    // The results of its numeric instructions (new objects in CPython too, so no identity is
    // lost when they are unboxed), and the parameters of its blocks past the entry, which
    // carry only such results (a constant would be the code object's own in CPython).
    let mut made: HashSet<Value> = HashSet::new();
    let mut returned: Option<Type> = None;
    let params: HashSet<Value> = g.blocks[0]
        .insts
        .iter()
        .filter(|i| matches!(i.op, Op::Param(k) if (k as i32) < c.snap.argcount))
        .flat_map(|i| i.results.iter().copied())
        .collect();
    for (k, b) in g.blocks.iter().enumerate() {
        if matches!(b.term, Terminator::Raise { .. }) {
            // Becomes a deopt to the CALL: nothing in it runs.
            continue;
        }
        for i in &b.insts {
            match &i.op {
                Op::Param(_) | Op::Const(Const::Unbound | Const::Int(_) | Const::Float(_)) => {}
                Op::Guard { ty: t, .. } if number(*t) => {}
                // An attribute of an argument, read borrowed (`Op::CalleeAttr`): only guards
                // to a number in this block read it.
                Op::Generic {
                    op: Opcode::LoadAttr,
                    inputs,
                    ..
                } if params.contains(&inputs[0]) && only_number_guards(&g, k, i.results[0]) => {}
                Op::Generic {
                    op,
                    arg,
                    inputs,
                    offset,
                    ..
                } => {
                    let ins: Vec<Type> = inputs.iter().map(|&v| ty(v)).collect();
                    if !numeric_op(*op, *arg, &ins)
                        || *op == Opcode::UnaryPositive
                        || g.natives.contains_key(offset)
                        || g.quiet.contains(offset)
                    {
                        return None;
                    }
                    made.extend(i.results.iter().copied());
                }
                _ => return None,
            }
        }
        if b.params.iter().any(|&p| !number(ty(p))) {
            return None;
        }
        // Forward edges only (no loops), carrying numbers: a parameter of a block past the
        // entry is then unboxed, and needs no frame slot.
        let forward = b.term.edges().iter().all(|e| {
            let to = &g.blocks[e.to.0 as usize];
            to.start > b.start
                && (matches!(to.term, Terminator::Raise { .. })
                    || e.args.iter().all(|a| made.contains(a) && number(ty(*a))))
        });
        if !forward {
            return None;
        }
        match &b.term {
            Terminator::Jump(_) => {}
            Terminator::Branch { v, cond, .. }
                if matches!(cond, Cond::True | Cond::False) && made.contains(v) => {}
            Terminator::Return(r) if made.contains(r) && number(ty(*r)) => {
                // One kind of number from every return (the CALL's result is one value).
                if returned.is_some_and(|t| t != ty(*r)) {
                    return None;
                }
                returned = Some(ty(*r));
            }
            _ => return None,
        }
        for e in b.term.edges() {
            made.extend(g.blocks[e.to.0 as usize].params.iter().copied());
        }
    }
    returned.map(|_| g)
}

/// Whether every use of `v` is a guard to an int or a float in block `k`.
fn only_number_guards(g: &Func, k: usize, v: Value) -> bool {
    let guards = g.blocks[k]
        .insts
        .iter()
        .filter(|i| {
            matches!(i.op, Op::Guard { v: u, ty } if u == v && (ty == Type::INT || ty == Type::FLOAT))
        })
        .count();
    let uses: usize = g
        .blocks
        .iter()
        .map(|b| Func::operands(b).filter(|&u| u == v).count())
        .sum();
    uses == guards
}

/// Splice callee `c` (site `site`) in place of its CALL, if the CALL is still there as the
/// snapshot saw it (a call of the global `c.name` with the callee's arity) and the callee's
/// form fits. `next`: the unit after the CALL.
fn splice(f: &mut Func, site: u32, c: &Callee, next: u32) -> Option<()> {
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
    // `[NULL, function, args...]` of a global, or `[method, owner, args...]` of LOAD_METHOD
    // (whose owner is the callee's first argument).
    let [first, callable, rest @ ..] = inputs.as_slice() else {
        return None;
    };
    let (callable, method_load, args) = if c.method {
        let load = method_load(f, *first, *callable, c.name)?;
        let args: Vec<Value> = std::iter::once(*callable)
            .chain(rest.iter().copied())
            .collect();
        (*first, Some(load), args)
    } else {
        if !is_null(f, *first) || !global_named(f, *callable, c.name) {
            return None;
        }
        (*callable, None, rest.to_vec())
    };
    if args.len() != c.snap.argcount as usize {
        return None;
    }
    // An argument the caller proves to be an int or a float is one in the callee too (its own
    // quickening says nothing of the operands of `/`, `%`, `//` or `**`).
    let known = |v: Value| f.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
    let arguments = args
        .iter()
        .map(|&a| match known(a) {
            t @ (Type::INT | Type::FLOAT) => t,
            _ => Type::ANY,
        })
        .collect();
    let g = callee_form(c, arguments)?;
    // A guard of the callee's that an argument's known type contradicts (its profile saw ints
    // where this caller passes floats) would deopt every time, and the typed lowering refuses
    // a guard on an unboxed value of another kind: the CALL stays.
    let entry = &g.blocks[0].insts;
    for i in g.blocks.iter().flat_map(|b| &b.insts) {
        if let Op::Guard { v, ty } = i.op
            && let Some(k) = entry.iter().find_map(|p| match p.op {
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
    let mut next_value = f.types.len() as u32;
    let mut fresh = || {
        next_value += 1;
        Value(next_value - 1)
    };
    let mut map: HashMap<Value, Value> = HashMap::new();
    for i in entry {
        if let Op::Param(k) = i.op {
            map.insert(i.results[0], *args.get(k as usize)?);
        }
    }
    let raises = |j: usize| matches!(g.blocks[j].term, Terminator::Raise { .. });
    // Blocks past the callee's entry follow `f`'s, then the block the CALL's successors start
    // (`cont`), whose parameter is the CALL's result.
    let first = f.blocks.len() as u32;
    let id = |j: usize| {
        BlockId(if j == 0 {
            bk as u32
        } else {
            first + j as u32 - 1
        })
    };
    let cont = BlockId(first + g.blocks.len() as u32 - 1);
    let mut params: Vec<Vec<Value>> = Vec::new();
    for (j, b) in g.blocks.iter().enumerate() {
        params.push(if raises(j) {
            Vec::new()
        } else {
            b.params
                .iter()
                .map(|&p| {
                    let n = fresh();
                    map.insert(p, n);
                    n
                })
                .collect()
        });
    }
    let at_call = |f: &mut Func| {
        f.states.push(f.states[state.0 as usize].clone());
        StateId(f.states.len() as u32 - 1)
    };
    let single = g.blocks.len() == 1;
    let mut bodies: Vec<(Vec<Inst>, Terminator)> = Vec::new();
    for (j, b) in g.blocks.iter().enumerate() {
        let mut body = Vec::new();
        if j == 0 {
            body.push(Inst {
                results: Vec::new(),
                op: Op::Callee { v: callable, site },
                state: Some(at_call(f)),
            });
        }
        if raises(j) {
            bodies.push((body, Terminator::Deopt(at_call(f))));
            continue;
        }
        for i in &b.insts {
            if matches!(i.op, Op::Param(_) | Op::Const(Const::Unbound)) {
                continue;
            }
            let results: Vec<Value> = i
                .results
                .iter()
                .map(|&v| {
                    let n = fresh();
                    map.insert(v, n);
                    n
                })
                .collect();
            let get = |v: &Value| map.get(v).copied();
            let op = match &i.op {
                Op::Const(k) => Op::Const(*k),
                Op::Generic {
                    op: Opcode::LoadAttr,
                    arg,
                    offset,
                    inputs,
                    ..
                } => Op::CalleeAttr {
                    v: get(&inputs[0])?,
                    callee: site,
                    offset: *offset,
                    name: *arg,
                },
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
        let edge = |e: &Edge| -> Option<Edge> {
            let to = e.to.0 as usize;
            Some(Edge {
                to: id(to),
                args: if raises(to) {
                    Vec::new()
                } else {
                    e.args
                        .iter()
                        .map(|v| map.get(v).copied())
                        .collect::<Option<_>>()?
                },
            })
        };
        let term = match &b.term {
            Terminator::Jump(e) => Terminator::Jump(edge(e)?),
            Terminator::Branch {
                v,
                cond,
                taken,
                fallthrough,
                ..
            } => Terminator::Branch {
                v: *map.get(v)?,
                cond: *cond,
                taken: edge(taken)?,
                fallthrough: edge(fallthrough)?,
                state: at_call(f),
            },
            Terminator::Return(r) => Terminator::Return(*map.get(r)?),
            _ => return None,
        };
        bodies.push((body, term));
    }
    f.types.resize(next_value as usize, Type::EMPTY);
    if single {
        // Straight-line: in place of the CALL, its result replaced by the returned value.
        let (body, Terminator::Return(value)) = bodies.pop()? else {
            return None;
        };
        f.blocks[bk].insts.splice(ik..=ik, body);
        super::build::rewrite(f, &HashMap::from([(result, value)]));
        // The LOAD_METHOD is then lowered with a light sync (its inline paths run no code).
        f.quiet.extend(method_load);
        return Some(());
    }
    // The CALL's block ends with the callee's entry; what followed the CALL moves to `cont`,
    // entered with the frame as after the CALL (its result on the stack).
    let call_state = f.states[state.0 as usize].clone();
    let mut stack = call_state.stack[..call_state.stack.len() - inputs.len()].to_vec();
    stack.push(result);
    f.states.push(FrameState {
        resume_at: next,
        locals: call_state.locals.clone(),
        stack,
    });
    let after = StateId(f.states.len() as u32 - 1);
    let start = call_state.resume_at;
    let to_cont = |t: Terminator| match t {
        Terminator::Return(r) => Terminator::Jump(Edge {
            to: cont,
            args: vec![r],
        }),
        t => t,
    };
    let mut bodies = bodies.into_iter().enumerate();
    let (_, (entry_body, entry_term)) = bodies.next()?;
    let caller = &mut f.blocks[bk];
    let tail = caller.insts.split_off(ik + 1);
    caller.insts.pop();
    caller.insts.extend(entry_body);
    let old_term = std::mem::replace(&mut caller.term, to_cont(entry_term));
    caller.inlined = true;
    for (j, (insts, term)) in bodies {
        let at = at_call(f);
        f.blocks.push(Block {
            start,
            params: std::mem::take(&mut params[j]),
            entry: Some(at),
            preheader: false,
            inlined: true,
            insts,
            term: to_cont(term),
        });
    }
    f.blocks.push(Block {
        start,
        params: vec![result],
        entry: Some(after),
        preheader: false,
        inlined: false,
        insts: tail,
        term: old_term,
    });
    f.quiet.extend(method_load);
    Some(())
}

/// The offset of the LOAD_METHOD of the name at `name` in `co_names` whose results are
/// `[method, owner]`.
fn method_load(f: &Func, method: Value, owner: Value, name: u32) -> Option<u32> {
    f.blocks
        .iter()
        .flat_map(|b| &b.insts)
        .find_map(|i| match i.op {
            Op::Generic {
                op: Opcode::LoadMethod,
                arg,
                offset,
                ..
            } if arg == name && i.results == [method, owner] => Some(offset),
            _ => None,
        })
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
