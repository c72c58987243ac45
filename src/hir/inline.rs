//! Calls of small pure functions computed in place (`CodeSnapshot::callees`): the callee's own
//! typed middle (built from its snapshot, with its own quickening as its profile and the types
//! the caller proves for the arguments) is spliced into the caller where the call was, behind a
//! check that the function called has that code (`Op::Callee`), and the callee's return value
//! replaces the call's result.
//!
//! What makes it exact without a frame for the callee: a callee that `Callee::fits` reads only
//! its parameters, their attributes and constants and computes with them, so nothing it does is
//! seen before it returns. Every check in its body (its guards, an int overflow, a zero
//! divisor, an index out of range) therefore deopts to the call itself, with the caller's frame
//! state there (the callable and the arguments still on the stack): the interpreter then makes
//! the call, which computes or raises exactly as it would have, with the callee's frame in the
//! traceback. A `raise` in the callee is such a deopt too (`Terminator::Deopt`): nothing before
//! it was seen. The one exception is a `__setitem__`'s store into an array, taken only as its
//! last check: nothing after it can deopt, so it is stored once.
//!
//! A callee of one block goes in place of the call. One with branches ends the call's block
//! with its entry block's terminator; its other blocks follow the caller's (`Block::inlined`,
//! entered with the frame as at the call), and its returns jump to a new block that holds what
//! followed the call, entered with the frame as after it (the result, its parameter, on the
//! stack).
//!
//! How a callee is reached (`Via`): a global, a method of the caller's parameter
//! (`[method, owner, args...]` from a LOAD_METHOD, which the typed tier then reads with a light
//! sync; the owner is the callee's first argument), or the `__getitem__` or `__setitem__` of a
//! parameter's class from BINARY_SUBSCR or STORE_SUBSCR (`Op::Callee` with `slot`: the class's
//! version tag and the function's code checked). A callee may read attributes of its arguments
//! (`Op::CalleeAttr`, through a site of its own in the caller's code state, with the callee's
//! own names), unpack a tuple the caller builds for it (`G[x, y]`: its items, the tuple never
//! read), index arrays its attributes hold, and compute callees of its own in turn (spliced
//! into its form first, `build::build_for`; methods of its parameters, found with
//! `Op::CalleeAttr` with `method`).
//!
//! Invariants: a callee is spliced only when every block that does not raise holds only
//! parameters, numeric constants, guards to `Int`, `Float` or an array, numeric instructions
//! (`repr::numeric_op`) and array loads, attribute reads of its parameters whose only uses are
//! guards, the checks and instructions of its own callees, and branches forward only (no loop)
//! on a numeric instruction's result, and passes to later blocks and returns only numeric
//! instructions' results of one kind of number (new objects in CPython too, so no identity is
//! lost; unboxed, so that a callee block's parameters need no frame slot); anything else leaves
//! the call as it was. The spliced instructions keep the call's offset, which no other table
//! (`natives`, `quiet`) names. Every site a callee uses is its own (`Callee::sites`), so the
//! same code compiled in another process finds the same callees' sites there.

use std::collections::{HashMap, HashSet};

use crate::bytecode::Opcode;
use crate::tier0::profile::AttrHint;
use crate::tier0::snapshot::{Callee, CodeSnapshot, Via};

use super::ir::{
    Block, BlockId, Builtin, Cond, Const, Edge, FrameState, Func, Inst, Op, StateId, Terminator,
    Value,
};
use super::lowerable::array_op;
use super::repr::numeric_op;
use super::types::{Type, array_item};

/// Splice every callee of `snap` that fits into `f` (after `specialise`, before `hoist`), the
/// first one's own site being `first` (`CodeSnapshot::callee_base`: 0 for the code compiled; a
/// callee's own callees follow its lookups' sites, `Callee::nested_base`). True if any was;
/// types are propagated again after each splice (the callee's guards on the arguments then
/// type them for the calls that follow), and the guards they prove dropped.
pub fn inline_callees(f: &mut Func, snap: &CodeSnapshot, first: u32) -> bool {
    let instrs = crate::bytecode::decode(&snap.code).unwrap_or_default();
    let mut any = false;
    for (k, c) in snap.callees.iter().enumerate() {
        let site = first + snap.callee_base(k);
        let next = instrs.iter().find(|i| i.offset == c.call).map(|i| i.next);
        if let Some(next) = next
            && splice(f, site, c, next).is_some()
        {
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

/// The callee's form for a call with arguments of types `arguments`, of which those in
/// `tuples` are tuples the caller builds with that many items, if it is one that can be
/// spliced (module invariants). `site`: the callee's own.
fn callee_form(
    c: &Callee,
    site: u32,
    arguments: Vec<Type>,
    tuples: &[Option<usize>],
) -> Option<Func> {
    let an = crate::bytecode::analyse(&c.snap.code, &c.snap.exception_table).ok()?;
    let first = c.nested_base(site, 0);
    let mut g = super::build::build_for(&c.snap, &an, arguments, first).ok()?;
    let slot = matches!(c.via, Via::GetItem | Via::SetItem);
    if slot && fold_isinstance(&mut g, &c.snap.names) {
        prune(&mut g);
    }
    let ty = |v: Value| g.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
    let tys = |vs: &[Value]| vs.iter().map(|&v| ty(v)).collect::<Vec<Type>>();
    let number = |t: Type| t == Type::INT || t == Type::FLOAT;
    let skipped = |offset: &u32| g.natives.contains_key(offset) || g.quiet.contains(offset);
    if !acyclic(&g) {
        return None;
    }
    let params: HashMap<Value, usize> = g.blocks[0]
        .insts
        .iter()
        .filter_map(|i| match i.op {
            Op::Param(k) if (k as i32) < c.snap.argcount => Some((i.results[0], k as usize)),
            _ => None,
        })
        .collect();
    // What a guard's result is the view of (`guard Tuple` of a tuple argument, which the
    // caller's BUILD_TUPLE proves).
    let viewed = views(&g);
    let tuple_param = |v: Value| {
        params
            .get(&viewed(v))
            .and_then(|&k| tuples.get(k).copied().flatten())
    };
    // Attributes of its arguments, read borrowed (`Op::CalleeAttr`; its own callees' too).
    let attrs: HashSet<Value> = g
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter(|i| match &i.op {
            Op::Generic {
                op: Opcode::LoadAttr,
                inputs,
                ..
            } => params.contains_key(&inputs[0]),
            Op::CalleeAttr { method, .. } => !method,
            _ => false,
        })
        .map(|i| i.results[0])
        .collect();
    // The results of its numeric instructions and array loads (new objects in CPython too, so
    // no identity is lost when they are unboxed), and the parameters of its blocks past the
    // entry, which carry only such results (a constant would be the code object's own in
    // CPython).
    let mut made: HashSet<Value> = HashSet::new();
    // Items a subscript callee reads from a list its argument's attribute holds, which it may
    // return (`return self.data[i]`): the object itself, guarded to be the kind of array the
    // attribute's sample found in the list (`ValueHint::ListOfArrayF64`).
    let mut items: HashMap<Value, Type> = HashMap::new();
    let item_kind = |list: Value| -> Option<Type> {
        let owner = viewed(list);
        let offset = g
            .blocks
            .iter()
            .flat_map(|b| &b.insts)
            .find_map(|i| match &i.op {
                Op::Generic {
                    op: Opcode::LoadAttr,
                    offset,
                    inputs,
                    ..
                } if i.results.first() == Some(&owner) && params.contains_key(&inputs[0]) => {
                    Some(*offset)
                }
                _ => None,
            })?;
        super::specialise::hinted_type(c.snap.hints.value(offset)?.item()?)
    };
    let mut returned: Option<Type> = None;
    let mut item_return = None;
    let mut stored = false;
    for b in &g.blocks {
        if matches!(b.term, Terminator::Raise { .. } | Terminator::Deopt(_)) {
            // Becomes a deopt to the call: nothing in it runs.
            continue;
        }
        for (n, i) in b.insts.iter().enumerate() {
            match &i.op {
                Op::Param(_) | Op::Const(Const::Unbound | Const::Int(_) | Const::Float(_)) => {}
                // The NULL below a global callable whose call `fold_isinstance` answered.
                Op::Const(Const::Null) if uses(&g, i.results[0]) == 0 => {}
                // `isinstance` and a class, of a subscript callee's own globals, which
                // `fold_isinstance` checks for (`Op::CalleeGlobal` once spliced).
                Op::Generic {
                    op: Opcode::LoadGlobal,
                    ..
                } if slot && only_checks(&g, i.results[0]) => {}
                Op::Is { .. } => {}
                Op::Guard { v, ty: t } if *t == Type::LIST && attrs.contains(v) => {}
                // `return None` of a `__setitem__`, whose result STORE_SUBSCR drops.
                Op::Const(Const::Obj(_))
                    if c.via == Via::SetItem
                        && b.term == Terminator::Return(i.results[0])
                        && uses(&g, i.results[0]) == 1 => {}
                Op::Guard { ty: t, .. } if number(*t) => {}
                Op::Guard { v, ty: t }
                    if (*t == Type::TUPLE || *t == Type::LIST_OR_TUPLE)
                        && tuple_param(*v).is_some() => {}
                Op::Guard { v, ty: t } if array_item(*t).is_some() && attrs.contains(v) => {}
                // Its own callees, computed in place already.
                Op::Callee { .. } | Op::CalleeAttr { method: true, .. } => {}
                Op::CalleeAttr { .. } if only_guards(&g, i.results[0]) => {}
                // An attribute of an argument (`Op::CalleeAttr`): only guards read it.
                Op::Generic {
                    op: Opcode::LoadAttr,
                    inputs,
                    ..
                } if params.contains_key(&inputs[0]) && only_guards(&g, i.results[0]) => {}
                // A method of an argument that a callee of its own computes in place.
                Op::Generic {
                    op: Opcode::LoadMethod,
                    inputs,
                    offset,
                    ..
                } if params.contains_key(&inputs[0])
                    && !g.natives.contains_key(offset)
                    && only_callee_checks(&g, i.results[0]) => {}
                // `(x, y) = t` of a tuple the caller builds: its items.
                Op::Generic {
                    op: Opcode::UnpackSequence,
                    arg,
                    inputs,
                    ..
                } if tuple_param(inputs[0]) == Some(*arg as usize) => {}
                // The one store of a `__setitem__`, into an array, as its last check: nothing
                // after it can deopt (the call would store twice).
                Op::Generic {
                    op: Opcode::StoreSubscr,
                    inputs,
                    offset,
                    ..
                } if c.via == Via::SetItem
                    && !stored
                    && array_op(Opcode::StoreSubscr, &tys(inputs))
                    && !skipped(offset)
                    && matches!(b.term, Terminator::Return(_))
                    && b.insts[n + 1..].iter().all(|j| j.state.is_none()) =>
                {
                    stored = true;
                }
                // An item of a list an attribute holds, sampled as a list of arrays.
                Op::Generic {
                    op: Opcode::BinarySubscr,
                    inputs,
                    offset,
                    ..
                } if c.via == Via::GetItem
                    && tys(inputs) == [Type::LIST, Type::INT]
                    && !skipped(offset)
                    && let Some(kind) = item_kind(inputs[0]) =>
                {
                    items.insert(i.results[0], kind);
                }
                Op::Generic {
                    op,
                    arg,
                    inputs,
                    offset,
                    ..
                } => {
                    let ins = tys(inputs);
                    let load = *op == Opcode::BinarySubscr && array_op(*op, &ins);
                    if !(numeric_op(*op, *arg, &ins) || load)
                        || *op == Opcode::UnaryPositive
                        || skipped(offset)
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
        // Edges carrying numbers: a parameter of a block past the entry is then unboxed, and
        // needs no frame slot.
        let carried = b.term.edges().iter().all(|e| {
            let to = &g.blocks[e.to.0 as usize];
            matches!(to.term, Terminator::Raise { .. } | Terminator::Deopt(_))
                || e.args.iter().all(|a| made.contains(a) && number(ty(*a)))
        });
        if !carried {
            return None;
        }
        match &b.term {
            Terminator::Jump(_) => {}
            Terminator::Branch { v, cond, .. }
                if matches!(cond, Cond::True | Cond::False) && made.contains(v) => {}
            Terminator::Return(r)
                if made.contains(r) && number(ty(*r)) && c.via != Via::SetItem =>
            {
                // One kind of number from every return (the call's result is one value).
                if returned.is_some_and(|t| t != ty(*r)) {
                    return None;
                }
                returned = Some(ty(*r));
            }
            Terminator::Return(_) if c.via == Via::SetItem && stored => {
                returned = Some(Type::NONE);
            }
            // The one return of a list's item (a single block: nothing else returns).
            Terminator::Return(r) if g.blocks.len() == 1 && items.contains_key(r) => {
                returned = Some(items[r]);
                item_return = Some((*r, items[r]));
            }
            _ => return None,
        }
        for e in b.term.edges() {
            made.extend(g.blocks[e.to.0 as usize].params.iter().copied());
        }
    }
    returned?;
    if let Some((r, kind)) = item_return {
        // Guarded where it is read: a deopt there is still one to the call.
        let at = g.blocks[0]
            .insts
            .iter()
            .find(|i| i.results.first() == Some(&r))
            .and_then(|i| i.state)?;
        let checked = Value(g.types.len() as u32);
        g.types.push(kind);
        g.blocks[0].insts.push(Inst {
            results: vec![checked],
            op: Op::Guard { v: r, ty: kind },
            state: Some(at),
        });
        g.blocks[0].term = Terminator::Return(checked);
    }
    Some(g)
}

/// Answer `isinstance(x, cls)` where `x` is proven an int or a float and `cls` is the global
/// `int`, `float`, `tuple` or `list` (`names`: the code's `co_names`), and nothing but
/// branches reads the answer: the call becomes checks that the globals are those builtins
/// (`Op::Is`, which deopt otherwise) and each branch on it a jump. True if any was.
fn fold_isinstance(g: &mut Func, names: &[String]) -> bool {
    let global = |g: &Func, v: Value| {
        g.blocks
            .iter()
            .flat_map(|b| &b.insts)
            .find_map(|i| match &i.op {
                Op::Generic {
                    op: Opcode::LoadGlobal,
                    arg,
                    ..
                } if i.results.first() == Some(&v) => {
                    Builtin::named(names.get((arg >> 1) as usize)?)
                }
                _ => None,
            })
    };
    // Such a call: where it is, its operands, its result and its state, and the answer.
    let foldable = |g: &Func| {
        g.blocks.iter().enumerate().find_map(|(bk, b)| {
            b.insts.iter().enumerate().find_map(|(ik, i)| {
                let Op::Generic {
                    op: Opcode::Call,
                    inputs,
                    kw: None,
                    ..
                } = &i.op
                else {
                    return None;
                };
                let (&[null, callable, x, cls], Some(&r), Some(state)) =
                    (inputs.as_slice(), i.results.first(), i.state)
                else {
                    return None;
                };
                let Some(class @ (Builtin::Int | Builtin::Float | Builtin::Tuple | Builtin::List)) =
                    global(g, cls)
                else {
                    return None;
                };
                let tx = g.types.get(x.0 as usize).copied().unwrap_or(Type::ANY);
                let branches = g
                    .blocks
                    .iter()
                    .filter(|b| matches!(b.term, Terminator::Branch { v, cond: Cond::True | Cond::False, .. } if v == r))
                    .count();
                (is_null(g, null)
                    && global(g, callable) == Some(Builtin::Isinstance)
                    && (tx == Type::INT || tx == Type::FLOAT)
                    && branches > 0
                    && uses(g, r) == branches)
                    .then(|| {
                        let answer = matches!(
                            (tx, class),
                            (Type::INT, Builtin::Int) | (Type::FLOAT, Builtin::Float)
                        );
                        ((bk, ik), [callable, cls], class, r, state, answer)
                    })
            })
        })
    };
    let mut any = false;
    while let Some(((bk, ik), [callable, cls], class, r, state, answer)) = foldable(g) {
        let check = |v, builtin| Inst {
            results: Vec::new(),
            op: Op::Is { v, builtin },
            state: Some(state),
        };
        g.blocks[bk].insts.splice(
            ik..=ik,
            [check(callable, Builtin::Isinstance), check(cls, class)],
        );
        for b in &mut g.blocks {
            if let Terminator::Branch {
                v,
                cond,
                taken,
                fallthrough,
                ..
            } = &b.term
                && *v == r
            {
                let to = if (*cond == Cond::True) == answer {
                    taken
                } else {
                    fallthrough
                };
                b.term = Terminator::Jump(to.clone());
            }
        }
        any = true;
    }
    any
}

/// Drop the blocks of `g` no path from its entry reaches, and join to the entry each block
/// only the entry jumps to (without arguments), so that a callee whose branch was answered is
/// straight-line.
fn prune(g: &mut Func) {
    loop {
        let mut seen = vec![false; g.blocks.len()];
        let mut work = vec![0usize];
        seen[0] = true;
        while let Some(b) = work.pop() {
            for e in g.blocks[b].term.edges() {
                let to = e.to.0 as usize;
                if !seen[to] {
                    seen[to] = true;
                    work.push(to);
                }
            }
        }
        let mut id = vec![u32::MAX; g.blocks.len()];
        let mut n = 0;
        for (k, s) in seen.iter().enumerate() {
            if *s {
                id[k] = n;
                n += 1;
            }
        }
        let blocks = std::mem::take(&mut g.blocks);
        g.blocks = blocks
            .into_iter()
            .zip(&seen)
            .filter(|(_, s)| **s)
            .map(|(mut b, _)| {
                for e in b.term.edges_mut() {
                    e.to = BlockId(id[e.to.0 as usize]);
                }
                b
            })
            .collect();
        // The entry's only successor, reached from nowhere else, without parameters.
        let Terminator::Jump(Edge { to, args }) = &g.blocks[0].term else {
            return;
        };
        let to = to.0 as usize;
        let preds = g
            .blocks
            .iter()
            .flat_map(|b| b.term.edges())
            .filter(|e| e.to.0 as usize == to)
            .count();
        if to == 0 || !args.is_empty() || !g.blocks[to].params.is_empty() || preds != 1 {
            return;
        }
        // The joined block is left jumping to itself, from nowhere: the next round drops it.
        let next = std::mem::take(&mut g.blocks[to].insts);
        let term = std::mem::replace(
            &mut g.blocks[to].term,
            Terminator::Jump(Edge {
                to: BlockId(to as u32),
                args: Vec::new(),
            }),
        );
        g.blocks[0].insts.extend(next);
        g.blocks[0].term = term;
    }
}

/// The value a value is a view of, through guards (itself for any other).
fn views(g: &Func) -> impl Fn(Value) -> Value + use<> {
    let of: HashMap<Value, Value> = g
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter_map(|i| match i.op {
            Op::Guard { v, .. } => Some((i.results[0], v)),
            _ => None,
        })
        .collect();
    move |mut v| {
        while let Some(&w) = of.get(&v) {
            v = w;
        }
        v
    }
}

/// Whether the blocks of `g` form no loop.
fn acyclic(g: &Func) -> bool {
    // Depth-first: 1 while a block is on the path, 2 once all it reaches is done.
    let mut mark = vec![0u8; g.blocks.len()];
    let mut path = vec![(0usize, 0usize)];
    mark[0] = 1;
    while let Some(top) = path.last_mut() {
        let (b, next) = *top;
        let edges = g.blocks[b].term.edges();
        if let Some(e) = edges.get(next) {
            top.1 += 1;
            let to = e.to.0 as usize;
            match mark[to] {
                1 => return false,
                0 => {
                    mark[to] = 1;
                    path.push((to, 0));
                }
                _ => {}
            }
        } else {
            mark[b] = 2;
            path.pop();
        }
    }
    true
}

/// How many times `v` is read in `g` (instructions and terminators, not frame states).
fn uses(g: &Func, v: Value) -> usize {
    g.blocks
        .iter()
        .map(|b| Func::operands(b).filter(|&u| u == v).count())
        .sum()
}

/// Whether every use of `v` is a guard to a number or an array (the guarded value is then read
/// in place of `v`).
fn only_guards(g: &Func, v: Value) -> bool {
    let guards = g
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter(|i| {
            matches!(i.op, Op::Guard { v: u, ty } if u == v
                && (ty == Type::INT || ty == Type::FLOAT || ty == Type::LIST
                    || array_item(ty).is_some()))
        })
        .count();
    uses(g, v) == guards
}

/// Whether every use of `v` is an `Op::Is` check.
fn only_checks(g: &Func, v: Value) -> bool {
    let checks = g
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter(|i| matches!(i.op, Op::Is { v: u, .. } if u == v))
        .count();
    checks > 0 && uses(g, v) == checks
}

/// Whether every use of `v` is the `Op::Callee` check of a callee computed in place.
fn only_callee_checks(g: &Func, v: Value) -> bool {
    let checks = g
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter(|i| matches!(i.op, Op::Callee { v: u, slot: false, .. } if u == v))
        .count();
    checks > 0 && uses(g, v) == checks
}

/// Splice callee `c` (own site `site`) in place of the instruction that calls it, if that is
/// still there as the snapshot saw it (a call of the global `c.name` with the callee's arity, a
/// method call, a subscript) and the callee's form fits. `next`: the unit after it.
fn splice(f: &mut Func, site: u32, c: &Callee, next: u32) -> Option<()> {
    if f.natives.contains_key(&c.call) || f.quiet.contains(&c.call) {
        return None;
    }
    let opcode = match c.via {
        Via::Global | Via::Method => Opcode::Call,
        Via::GetItem => Opcode::BinarySubscr,
        Via::SetItem => Opcode::StoreSubscr,
    };
    let (bk, ik) = f.blocks.iter().enumerate().find_map(|(bk, b)| {
        b.insts
            .iter()
            .position(|i| matches!(i.op, Op::Generic { op, offset, .. } if op == opcode && offset == c.call))
            .map(|ik| (bk, ik))
    })?;
    let call = f.blocks[bk].insts[ik].clone();
    let Op::Generic {
        inputs, kw: None, ..
    } = &call.op
    else {
        return None;
    };
    let state = call.state?;
    // The call's result (none for a store, which drops `__setitem__`'s).
    let result = match (c.via, call.results.as_slice()) {
        (Via::SetItem, []) => None,
        (Via::SetItem, _) => return None,
        (_, &[r]) => Some(r),
        _ => return None,
    };
    // What is checked before the callee's instructions, its arguments, and the LOAD_METHOD
    // that found a method: `[NULL, function, args...]` of a global, `[method, owner, args...]`
    // of LOAD_METHOD (whose owner is the callee's first argument), `[container, key]` of a
    // subscript, `[value, container, key]` of a store.
    let (check, method_load, args) = match (c.via, inputs.as_slice()) {
        (Via::Method, [first, callable, rest @ ..]) => {
            let load = method_load(f, *first, *callable, c.name)?;
            let args: Vec<Value> = std::iter::once(*callable)
                .chain(rest.iter().copied())
                .collect();
            (
                Op::Callee {
                    v: *first,
                    site,
                    slot: false,
                    depth: 1,
                },
                Some(load),
                args,
            )
        }
        (Via::Global, [first, callable, rest @ ..]) => {
            if !is_null(f, *first) || !global_named(f, *callable, c.name) {
                return None;
            }
            (
                Op::Callee {
                    v: *callable,
                    site,
                    slot: false,
                    depth: 1,
                },
                None,
                rest.to_vec(),
            )
        }
        // `(container, key)`, and the value last for a store.
        (Via::GetItem | Via::SetItem, _) => {
            let mut args = inputs.clone();
            if c.via == Via::SetItem {
                args.rotate_left(1);
            }
            let check = Op::Callee {
                v: *args.first()?,
                site,
                slot: true,
                depth: 1,
            };
            (check, None, args)
        }
        _ => return None,
    };
    if args.len() != c.snap.argcount as usize {
        return None;
    }
    // An argument the caller proves to be an int or a float is one in the callee too (its own
    // quickening says nothing of the operands of `/`, `%`, `//` or `**`); a tuple the caller
    // builds for it is unpacked into its items, never made in the callee.
    let known = |v: Value| f.types.get(v.0 as usize).copied().unwrap_or(Type::ANY);
    let arguments = args
        .iter()
        .map(|&a| match known(a) {
            t @ (Type::INT | Type::FLOAT) => t,
            _ => Type::ANY,
        })
        .collect();
    // (Through guards: an earlier callee's `guard Tuple` of the same tuple reads its view.)
    let viewed_f = views(f);
    let items: Vec<Option<Vec<Value>>> =
        args.iter().map(|&a| tuple_items(f, viewed_f(a))).collect();
    let tuples: Vec<Option<usize>> = items.iter().map(|t| t.as_ref().map(Vec::len)).collect();
    // A tuple built for this call alone (`G[x, y]`: BUILD_TUPLE right before it, read by
    // nothing else, in no frame state but the call's) is not built at all: the callee's checks deopt to the BUILD_TUPLE instead,
    // which the interpreter then runs, and the call after it.
    let mut deopt_state = state;
    let mut unbuilt = None;
    if ik > 0
        && let prev = &f.blocks[bk].insts[ik - 1]
        && let (
            Op::Generic {
                op: Opcode::BuildTuple,
                ..
            },
            Some(s),
            &[t],
        ) = (&prev.op, prev.state, prev.results.as_slice())
        && args.contains(&t)
        && f.blocks
            .iter()
            .map(|b| Func::operands(b).filter(|&u| u == t).count())
            .sum::<usize>()
            == 1
        && f.states.iter().enumerate().all(|(k, st)| {
            k == state.0 as usize || !st.locals.iter().chain(&st.stack).any(|&u| u == t)
        })
    {
        deopt_state = s;
        unbuilt = Some(ik - 1);
    }
    let g = callee_form(c, site, arguments, &tuples)?;
    // The callee's values get new numbers in `f`, past every typed one (as `specialise` numbers
    // its guards; `f.types` grows with each splice); its parameters are the call's arguments,
    // and what it unpacks from a tuple argument the tuple's items.
    let mut next_value = f.types.len() as u32;
    let mut fresh = || {
        next_value += 1;
        Value(next_value - 1)
    };
    let mut map: HashMap<Value, Value> = HashMap::new();
    let entry = &g.blocks[0].insts;
    for i in entry {
        if let Op::Param(k) = i.op {
            map.insert(i.results[0], *args.get(k as usize)?);
        }
    }
    let viewed = views(&g);
    for i in g.blocks.iter().flat_map(|b| &b.insts) {
        if let Op::Generic {
            op: Opcode::UnpackSequence,
            inputs,
            ..
        } = &i.op
            && let Some(Op::Param(k)) = entry
                .iter()
                .find(|p| p.results.first() == Some(&viewed(inputs[0])))
                .map(|p| &p.op)
            && let Some(Some(tuple)) = items.get(*k as usize)
        {
            for (r, item) in i.results.iter().zip(tuple) {
                map.insert(*r, *item);
            }
        }
    }
    let tuple_param = |v: Value| {
        entry.iter().any(|p| {
            matches!(p.op, Op::Param(k) if p.results.first() == Some(&v)
                && matches!(items.get(k as usize), Some(Some(_))))
        })
    };
    // A guard of the callee's that what the caller passes contradicts (its profile saw ints
    // where this caller passes floats) would deopt every time, and the typed lowering refuses
    // a guard on an unboxed value of another kind: the call stays.
    for i in g.blocks.iter().flat_map(|b| &b.insts) {
        if let Op::Guard { v, ty } = i.op
            && let Some(&a) = map.get(&v)
            && known(a) != Type::EMPTY
            && known(a).intersect(ty) == Type::EMPTY
        {
            return None;
        }
    }
    let raises = |j: usize| {
        matches!(
            g.blocks[j].term,
            Terminator::Raise { .. } | Terminator::Deopt(_)
        )
    };
    // Blocks past the callee's entry follow `f`'s, then the block the call's successors start
    // (`cont`), whose parameter is the call's result.
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
        f.states.push(f.states[deopt_state.0 as usize].clone());
        StateId(f.states.len() as u32 - 1)
    };
    let single = g.blocks.len() == 1;
    // What a `return` of a callee whose result is dropped returns (nothing reads it).
    let dropped = Value(u32::MAX);
    let mut bodies: Vec<(Vec<Inst>, Terminator)> = Vec::new();
    for (j, b) in g.blocks.iter().enumerate() {
        let mut body = Vec::new();
        if j == 0 {
            body.push(Inst {
                results: Vec::new(),
                op: check.clone(),
                state: Some(at_call(f)),
            });
        }
        if raises(j) {
            bodies.push((body, Terminator::Deopt(at_call(f))));
            continue;
        }
        for i in &b.insts {
            match &i.op {
                Op::Param(_) | Op::Const(Const::Unbound | Const::Obj(_) | Const::Null) => continue,
                Op::Generic {
                    op: Opcode::UnpackSequence,
                    ..
                } => continue,
                // `guard Tuple` (or `List|Tuple`, UNPACK_SEQUENCE's) of a tuple the caller
                // builds: proven, and the tuple may not be built at all.
                Op::Guard { v, ty }
                    if (*ty == Type::TUPLE || *ty == Type::LIST_OR_TUPLE)
                        && tuple_param(viewed(*v)) =>
                {
                    map.insert(i.results[0], *map.get(v)?);
                    continue;
                }
                _ => {}
            }
            let mut results: Vec<Value> = i
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
                    op: Opcode::LoadGlobal,
                    arg,
                    offset,
                    ..
                } => Op::CalleeGlobal {
                    site: c.lookup_site(site, *offset)?,
                    code: site,
                    name: arg >> 1,
                },
                Op::Is { v, builtin } => Op::Is {
                    v: get(v)?,
                    builtin: *builtin,
                },
                Op::Generic {
                    op: op @ (Opcode::LoadAttr | Opcode::LoadMethod),
                    arg,
                    offset,
                    inputs,
                    ..
                } => {
                    let method = *op == Opcode::LoadMethod;
                    let owner = get(&inputs[0])?;
                    if method {
                        // `[method, owner]`: the owner is the argument itself.
                        map.insert(i.results[1], owner);
                        results.truncate(1);
                    }
                    Op::CalleeAttr {
                        v: owner,
                        site: c.lookup_site(site, *offset)?,
                        code: site,
                        name: *arg,
                        hint: if method {
                            AttrHint::Unknown
                        } else {
                            c.snap.hints.attr(*offset)
                        },
                        method,
                    }
                }
                Op::CalleeAttr {
                    v,
                    site,
                    code,
                    name,
                    hint,
                    method,
                } => Op::CalleeAttr {
                    v: get(v)?,
                    site: *site,
                    code: *code,
                    name: *name,
                    hint: *hint,
                    method: *method,
                },
                // One frame deeper than where it was: the interpreter would have pushed this
                // callee's frame first.
                Op::Callee {
                    v,
                    site,
                    slot,
                    depth,
                } => Op::Callee {
                    v: get(v)?,
                    site: *site,
                    slot: *slot,
                    depth: depth + 1,
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
            Terminator::Return(_) if result.is_none() => Terminator::Return(dropped),
            Terminator::Return(r) => Terminator::Return(*map.get(r)?),
            _ => return None,
        };
        bodies.push((body, term));
    }
    f.types.resize(next_value as usize, Type::EMPTY);
    let call_state = f.states[state.0 as usize].clone();
    let ik = match unbuilt {
        Some(k) => {
            f.blocks[bk].insts.remove(k);
            // The call's own state goes with it (nothing names it): it held the tuple.
            f.states[state.0 as usize] = f.states[deopt_state.0 as usize].clone();
            k
        }
        None => ik,
    };
    if single {
        // Straight-line: in place of the call, its result replaced by the returned value.
        let (body, Terminator::Return(value)) = bodies.pop()? else {
            return None;
        };
        f.blocks[bk].insts.splice(ik..=ik, body);
        if let Some(result) = result {
            super::build::rewrite(f, &HashMap::from([(result, value)]));
        }
        // The LOAD_METHOD is then lowered with a light sync (its inline paths run no code).
        f.quiet.extend(method_load);
        return Some(());
    }
    // The call's block ends with the callee's entry; what followed the call moves to `cont`,
    // entered with the frame as after it (its result, if any, on the stack).
    let mut stack = call_state.stack[..call_state.stack.len() - inputs.len()].to_vec();
    stack.extend(result);
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
            args: if result.is_some() {
                vec![r]
            } else {
                Vec::new()
            },
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
        params: result.into_iter().collect(),
        entry: Some(after),
        preheader: false,
        inlined: false,
        insts: tail,
        term: old_term,
    });
    f.quiet.extend(method_load);
    Some(())
}

/// The items of the tuple `v` is, when `f` builds it (BUILD_TUPLE).
fn tuple_items(f: &Func, v: Value) -> Option<Vec<Value>> {
    f.blocks
        .iter()
        .flat_map(|b| &b.insts)
        .find_map(|i| match &i.op {
            Op::Generic {
                op: Opcode::BuildTuple,
                inputs,
                ..
            } if i.results.first() == Some(&v) => Some(inputs.clone()),
            _ => None,
        })
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
