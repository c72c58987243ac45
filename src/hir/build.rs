//! Bytecode → the typed middle, by abstract interpretation of the value stack and the fast
//! locals over the basic blocks (`bytecode::cfg`).
//!
//! Every block but the entry starts with one parameter per fast local and per value-stack slot
//! (its depth is static: `bytecode::stack_depth`); each edge passes the predecessor's values.
//! Parameters that receive one value on every edge besides themselves are then replaced by that
//! value (`prune`), which leaves exactly the merges a loop or a join creates (the classic
//! "block arguments, then remove the trivial ones" construction).
//!
//! Instructions the typed tier reasons about (locals, constants, stack shuffles, control flow)
//! become SSA plumbing; every other supported instruction is `Op::Generic`, which the generic
//! tier's lowering of that opcode can implement as it stands. Exception handlers have no
//! typed form (`normally_reachable`: an exception leaves to the interpreter). Code this layer
//! does not model yet (generators and coroutines, and the opcodes `walk` and `generic_shape`
//! do not list) is `Unsupported` with the reason: it stays in the generic tier.

use std::collections::HashMap;

use crate::bytecode::{Analysed, Instr, Opcode, cfg};
use crate::tier0::snapshot::CodeSnapshot;

use super::ir::{
    Block, BlockId, Cond, Const, Edge, FrameState, Func, Inst, Op, StateId, Terminator, Value,
};
use super::types::Type;

/// Why a code object has no typed-middle form (yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported(pub String);

const CO_VARARGS: i32 = 0x04;
const CO_VARKEYWORDS: i32 = 0x08;
/// Generators, coroutines, async generators, iterable coroutines.
const CO_RESUMABLE: i32 = 0x20 | 0x80 | 0x100 | 0x200;

/// How many of a generic instruction's inputs stay on the value stack instead of being popped:
/// the container of the in-place container operations (`PEEK(oparg)`, updated in place) and the
/// operand of IMPORT_FROM and GET_LEN (`walk`'s arms for them).
pub fn inputs_kept(op: Opcode) -> usize {
    use Opcode::*;
    match op {
        ListAppend | ListExtend | SetAdd | SetUpdate | DictMerge | DictUpdate | MapAdd
        | ImportFrom | GetLen => 1,
        _ => 0,
    }
}

/// (values popped, values pushed) of an instruction that becomes `Op::Generic`; `None` for
/// the instructions this layer does not model.
fn generic_shape(op: Opcode, arg: u32) -> Option<(u32, u32)> {
    use Opcode::*;
    Some(match op {
        UnaryPositive | UnaryNegative | UnaryNot | UnaryInvert | GetIter | LoadAttr => (1, 1),
        BinaryOp | CompareOp | IsOp | ContainsOp | BinarySubscr => (2, 1),
        StoreSubscr => (3, 0),
        DeleteSubscr | StoreAttr => (2, 0),
        LoadMethod => (1, 2),
        LoadGlobal => (0, 1),
        BuildTuple | BuildList | BuildSet | BuildString | BuildSlice => (arg, 1),
        BuildMap => (2 * arg, 1),
        BuildConstKeyMap => (arg + 1, 1),
        UnpackSequence => (1, arg),
        FormatValue => (1 + u32::from(arg & 0x04 != 0), 1),
        Call => (arg + 2, 1),
        // [NULL, callable, args(, kwargs)].
        CallFunctionEx => (3 + (arg & 1), 1),
        // The code object and one value per flag: defaults, kw-defaults, annotations, closure.
        MakeFunction => (1 + (arg & 0x0f).count_ones(), 1),
        LoadAssertionError => (0, 1),
        // The context manager's `__exit__` and what `__enter__` returned.
        BeforeWith => (1, 2),
        StoreGlobal => (1, 0),
        DeleteGlobal => (0, 0),
        ListToTuple => (1, 1),
        ImportName => (2, 1),
        _ => return None,
    })
}

/// The abstract frame while a block is walked.
#[derive(Clone)]
struct State {
    locals: Vec<Value>,
    stack: Vec<Value>,
}

struct Builder<'a> {
    snap: &'a CodeSnapshot,
    next_value: u32,
    blocks: Vec<Block>,
    states: Vec<FrameState>,
    /// HIR block of each bytecode block start.
    block_at: HashMap<u32, BlockId>,
    /// Values known to hold an object (never `Unbound`): parameters and results.
    bound: std::collections::HashSet<Value>,
}

impl Builder<'_> {
    fn value(&mut self) -> Value {
        let v = Value(self.next_value);
        self.next_value += 1;
        v
    }

    fn state(&mut self, at: &Instr, s: &State) -> StateId {
        self.states.push(FrameState {
            resume_at: at.start,
            locals: s.locals.clone(),
            stack: s.stack.clone(),
        });
        StateId(self.states.len() as u32 - 1)
    }

    fn edge(&self, to: u32, s: &State) -> Result<Edge, Unsupported> {
        let b = *self
            .block_at
            .get(&to)
            .ok_or_else(|| Unsupported(format!("jump to {to}, not a block start")))?;
        let args: Vec<Value> = s.locals.iter().chain(&s.stack).copied().collect();
        if args.len() != self.blocks[b.0 as usize].params.len() {
            return Err(Unsupported(format!("stack depth differs at {to}")));
        }
        Ok(Edge { to: b, args })
    }

    fn push_inst(&mut self, b: BlockId, results: Vec<Value>, op: Op, state: Option<StateId>) {
        self.blocks[b.0 as usize]
            .insts
            .push(Inst { results, op, state });
    }

    fn pop(s: &mut State, at: &Instr) -> Result<Value, Unsupported> {
        s.stack
            .pop()
            .ok_or_else(|| Unsupported(format!("stack underflow at {}", at.start)))
    }
}

/// The typed-middle form of a code object, with every value's type (`types::propagate`).
pub fn build(snap: &CodeSnapshot, an: &Analysed) -> Result<Func, Unsupported> {
    build_for(snap, an, Vec::new(), 0)
}

/// `build` for a call whose arguments are known to have the types of `arguments` (by
/// parameter; `hir::inline`'s callees), whose own callees' sites start at `sites`
/// (`inline::inline_callees`).
pub fn build_for(
    snap: &CodeSnapshot,
    an: &Analysed,
    arguments: Vec<Type>,
    sites: u32,
) -> Result<Func, Unsupported> {
    if snap.flags & CO_RESUMABLE != 0 {
        return Err(Unsupported("generator or coroutine".into()));
    }
    let nlocals = snap.nlocalsplus as usize;
    let nargs = (snap.argcount + snap.kwonlyargcount) as usize
        + usize::from(snap.flags & CO_VARARGS != 0)
        + usize::from(snap.flags & CO_VARKEYWORDS != 0);
    let bblocks = cfg::blocks(&an.instrs, &an.handlers);
    let mut b = Builder {
        snap,
        next_value: 0,
        blocks: Vec::new(),
        states: Vec::new(),
        block_at: HashMap::new(),
        bound: Default::default(),
    };
    // Blocks reachable without an exception, each with its parameters (none for the entry).
    let normal = normally_reachable(&bblocks, &an.instrs);
    let mut order = Vec::new();
    for (k, bb) in bblocks.iter().enumerate() {
        let Some(depth) = an.depths[bb.first] else {
            continue;
        };
        if !normal[k] {
            continue;
        }
        let nparams = if k == 0 { 0 } else { nlocals + depth as usize };
        let params: Vec<Value> = (0..nparams).map(|_| b.value()).collect();
        let entry = (k != 0).then(|| {
            b.states.push(FrameState {
                resume_at: bb.start,
                locals: params[..nlocals].to_vec(),
                stack: params[nlocals..].to_vec(),
            });
            StateId(b.states.len() as u32 - 1)
        });
        b.block_at.insert(bb.start, BlockId(b.blocks.len() as u32));
        b.blocks.push(Block {
            start: bb.start,
            params,
            entry,
            preheader: false,
            inlined: false,
            insts: Vec::new(),
            term: Terminator::Return(Value(u32::MAX)),
        });
        order.push((k, depth as usize));
    }
    for (hb, &(k, depth)) in order.iter().enumerate() {
        let id = BlockId(hb as u32);
        let bb = &bblocks[k];
        let mut s = if k == 0 {
            let mut locals = Vec::with_capacity(nlocals);
            for i in 0..nlocals {
                let v = b.value();
                if i < nargs {
                    b.push_inst(id, vec![v], Op::Param(i as u32), None);
                    b.bound.insert(v);
                } else {
                    b.push_inst(id, vec![v], Op::Const(Const::Unbound), None);
                }
                locals.push(v);
            }
            State {
                locals,
                stack: Vec::new(),
            }
        } else {
            let p = &b.blocks[hb].params;
            State {
                locals: p[..nlocals].to_vec(),
                stack: p[nlocals..nlocals + depth].to_vec(),
            }
        };
        let mut kw = None;
        let mut term = None;
        for ins in &an.instrs[bb.first..bb.end] {
            term = walk(&mut b, id, ins, &mut s, &mut kw)?;
            if term.is_some() {
                break;
            }
        }
        let term = match term {
            Some(t) => t,
            None => {
                let next = an.instrs[bb.end - 1].next;
                Terminator::Jump(b.edge(next, &s)?)
            }
        };
        b.blocks[hb].term = term;
    }
    let mut f = Func {
        name: snap.qualname.clone(),
        blocks: b.blocks,
        states: b.states,
        types: Vec::new(),
        arguments,
        reprs: Vec::new(),
        natives: Default::default(),
        quiet: Default::default(),
    };
    prune(&mut f);
    super::types::propagate(&mut f);
    // A local read in a block other than where it was assigned was checked for a value; once
    // types show it always has one, the check goes, which may make more parameters trivial.
    loop {
        let mut subst = HashMap::new();
        for b in &mut f.blocks {
            b.insts.retain(|i| match i.op {
                Op::CheckBound { v, .. }
                    if f.types[v.0 as usize].intersect(Type::UNBOUND) == Type::EMPTY =>
                {
                    subst.insert(i.results[0], v);
                    false
                }
                _ => true,
            });
        }
        if subst.is_empty() {
            break;
        }
        rewrite(&mut f, &subst);
        prune(&mut f);
        super::types::propagate(&mut f);
    }
    super::specialise::specialise(&mut f, &snap.hints, &snap.names);
    if super::inline::inline_callees(&mut f, snap, sites) {
        super::specialise::intrinsics_after_inlining(&mut f, &snap.names);
    }
    super::hoist::hoist_guards(&mut f);
    super::repr::plan(&mut f);
    f.verify(nlocals)
        .map_err(|e| Unsupported(format!("invalid form (a bug): {e}")))?;
    Ok(f)
}

/// `v` after every substitution of `subst`, followed to its end.
pub(super) fn resolve(subst: &HashMap<Value, Value>, mut v: Value) -> Value {
    while let Some(&w) = subst.get(&v) {
        v = w;
    }
    v
}

/// Replace every operand, edge argument and frame-state value by its substitute.
pub(super) fn rewrite(f: &mut Func, subst: &HashMap<Value, Value>) {
    let r = |v: &mut Value| *v = resolve(subst, *v);
    for b in &mut f.blocks {
        for i in &mut b.insts {
            match &mut i.op {
                Op::Param(_) | Op::Const(_) | Op::CalleeGlobal { .. } => {}
                Op::CheckBound { v, .. }
                | Op::Guard { v, .. }
                | Op::Callee { v, .. }
                | Op::CalleeAttr { v, .. }
                | Op::Is { v, .. } => r(v),
                Op::Generic { inputs, .. } => inputs.iter_mut().for_each(r),
            }
        }
        match &mut b.term {
            Terminator::Branch { v, .. } | Terminator::Return(v) => r(v),
            Terminator::Raise { inputs, .. } => inputs.iter_mut().for_each(r),
            Terminator::ForIter { iter, .. } => r(iter),
            Terminator::Jump(_) | Terminator::Deopt(_) => {}
        }
        for e in b.term.edges_mut() {
            e.args.iter_mut().for_each(r);
        }
    }
    for s in &mut f.states {
        s.locals.iter_mut().chain(s.stack.iter_mut()).for_each(r);
    }
}

/// Which blocks control reaches from the entry by jumps and fall-through alone. Exception
/// handlers are not: an exception raised in compiled code leaves the frame to the interpreter
/// (the frame state of the raising instruction, as the generic tier's exits write it), which
/// finds the handler in the exception table and runs it, so handler code has no typed form.
fn normally_reachable(bblocks: &[cfg::Block], instrs: &[Instr]) -> Vec<bool> {
    let at = |unit: u32| bblocks.binary_search_by_key(&unit, |b| b.start).ok();
    let mut seen = vec![false; bblocks.len()];
    let mut work = vec![0usize];
    while let Some(k) = work.pop() {
        if k >= bblocks.len() || seen[k] {
            continue;
        }
        seen[k] = true;
        let last = &instrs[bblocks[k].end - 1];
        if let Some(t) = last.jump_target().and_then(at) {
            work.push(t);
        }
        if cfg::falls_through(last.op)
            && let Some(n) = at(last.next)
        {
            work.push(n);
        }
    }
    seen
}

/// One instruction: its effect on `s`, its instructions in block `id`, and the terminator if
/// it ends the block.
fn walk(
    b: &mut Builder,
    id: BlockId,
    ins: &Instr,
    s: &mut State,
    kw: &mut Option<u32>,
) -> Result<Option<Terminator>, Unsupported> {
    use Opcode::*;
    let konst = |b: &mut Builder, c: Const| {
        let v = b.value();
        b.push_inst(id, vec![v], Op::Const(c), None);
        v
    };
    match ins.op {
        Nop | Resume | Precall | Cache | ExtendedArg => {}
        KwNames => *kw = Some(ins.arg),
        LoadFast => {
            let v = s.locals[ins.arg as usize];
            let v = if b.bound.contains(&v) {
                v
            } else {
                let st = b.state(ins, s);
                let r = b.value();
                b.push_inst(id, vec![r], Op::CheckBound { local: ins.arg, v }, Some(st));
                b.bound.insert(r);
                s.locals[ins.arg as usize] = r;
                r
            };
            s.stack.push(v);
        }
        StoreFast => {
            let v = Builder::pop(s, ins)?;
            s.locals[ins.arg as usize] = v;
        }
        LoadConst => {
            let c = match b.snap.number(ins.arg) {
                Some(crate::tier0::snapshot::Number::Int(i)) => Const::Int(i),
                Some(crate::tier0::snapshot::Number::Float(f)) => Const::Float(f),
                None => Const::Obj(ins.arg),
            };
            let v = konst(b, c);
            b.bound.insert(v);
            s.stack.push(v);
        }
        PopTop => {
            Builder::pop(s, ins)?;
        }
        PushNull => {
            let v = konst(b, Const::Null);
            s.stack.push(v);
        }
        Copy | Swap => {
            let n = ins.arg as usize;
            if n == 0 || n > s.stack.len() {
                return Err(Unsupported(format!("stack underflow at {}", ins.start)));
            }
            let k = s.stack.len() - n;
            if ins.op == Copy {
                s.stack.push(s.stack[k]);
            } else {
                let top = s.stack.len() - 1;
                s.stack.swap(k, top);
            }
        }
        ReturnValue => return Ok(Some(Terminator::Return(Builder::pop(s, ins)?))),
        JumpForward | JumpBackward | JumpBackwardNoInterrupt => {
            let to = ins.jump_target().expect("a jump");
            return Ok(Some(Terminator::Jump(b.edge(to, s)?)));
        }
        PopJumpForwardIfFalse
        | PopJumpForwardIfTrue
        | PopJumpForwardIfNone
        | PopJumpForwardIfNotNone
        | PopJumpBackwardIfFalse
        | PopJumpBackwardIfTrue
        | PopJumpBackwardIfNone
        | PopJumpBackwardIfNotNone => {
            let cond = match ins.op {
                PopJumpForwardIfFalse | PopJumpBackwardIfFalse => Cond::False,
                PopJumpForwardIfTrue | PopJumpBackwardIfTrue => Cond::True,
                PopJumpForwardIfNone | PopJumpBackwardIfNone => Cond::None,
                _ => Cond::NotNone,
            };
            let state = b.state(ins, s);
            let v = Builder::pop(s, ins)?;
            let to = ins.jump_target().expect("a jump");
            return Ok(Some(Terminator::Branch {
                v,
                cond,
                taken: b.edge(to, s)?,
                fallthrough: b.edge(ins.next, s)?,
                state,
            }));
        }
        JumpIfFalseOrPop | JumpIfTrueOrPop => {
            let state = b.state(ins, s);
            let v = *s
                .stack
                .last()
                .ok_or_else(|| Unsupported(format!("stack underflow at {}", ins.start)))?;
            let to = ins.jump_target().expect("a jump");
            let taken = b.edge(to, s)?;
            s.stack.pop();
            let fallthrough = b.edge(ins.next, s)?;
            let cond = if ins.op == JumpIfFalseOrPop {
                Cond::False
            } else {
                Cond::True
            };
            return Ok(Some(Terminator::Branch {
                v,
                cond,
                taken,
                fallthrough,
                state,
            }));
        }
        ForIter => {
            let state = b.state(ins, s);
            let iter = *s
                .stack
                .last()
                .ok_or_else(|| Unsupported(format!("stack underflow at {}", ins.start)))?;
            let item = b.value();
            b.bound.insert(item);
            let mut body = s.clone();
            body.stack.push(item);
            let body = b.edge(ins.next, &body)?;
            s.stack.pop();
            let exhausted = b.edge(ins.jump_target().expect("a jump"), s)?;
            return Ok(Some(Terminator::ForIter {
                iter,
                item,
                body,
                exhausted,
                state,
            }));
        }
        RaiseVarargs => {
            let state = b.state(ins, s);
            let n = ins.arg as usize;
            if n > s.stack.len() {
                return Err(Unsupported(format!("stack underflow at {}", ins.start)));
            }
            let inputs = s.stack.split_off(s.stack.len() - n);
            return Ok(Some(Terminator::Raise { inputs, state }));
        }
        DeleteFast => {
            let i = ins.arg as usize;
            let v = s.locals[i];
            if !b.bound.contains(&v) {
                let st = b.state(ins, s);
                let r = b.value();
                b.push_inst(id, vec![r], Op::CheckBound { local: ins.arg, v }, Some(st));
            }
            s.locals[i] = konst(b, Const::Unbound);
        }
        // `PEEK(oparg)` (after the pops) is updated in place with what is popped: the container
        // stays on the stack, the same object.
        ListAppend | ListExtend | SetAdd | SetUpdate | DictMerge | DictUpdate | MapAdd => {
            let pops = if ins.op == MapAdd { 2 } else { 1 };
            let st = b.state(ins, s);
            if pops + ins.arg as usize > s.stack.len() || ins.arg == 0 {
                return Err(Unsupported(format!("stack underflow at {}", ins.start)));
            }
            let popped = s.stack.split_off(s.stack.len() - pops);
            let container = s.stack[s.stack.len() - ins.arg as usize];
            let mut inputs = vec![container];
            inputs.extend(popped);
            generic(b, id, ins, inputs, 0, Some(st));
        }
        // The operand stays (the same object); one result goes on top.
        ImportFrom | GetLen => {
            let st = b.state(ins, s);
            let top = *s
                .stack
                .last()
                .ok_or_else(|| Unsupported(format!("stack underflow at {}", ins.start)))?;
            let r = generic(b, id, ins, vec![top], 1, Some(st));
            s.stack.extend(r);
        }
        // Cells live in their fast-local slot: MAKE_CELL wraps the slot's value (or nothing),
        // COPY_FREE_VARS fills the last slots from the function's closure, the DEREF family
        // reads and writes through the cell.
        MakeCell => {
            let i = ins.arg as usize;
            let r = generic(b, id, ins, vec![s.locals[i]], 1, None);
            s.locals[i] = r[0];
        }
        CopyFreeVars => {
            let n = ins.arg as usize;
            if n > s.locals.len() {
                return Err(Unsupported("more free variables than locals".into()));
            }
            let r = generic(b, id, ins, Vec::new(), n as u32, None);
            let base = s.locals.len() - n;
            s.locals[base..].copy_from_slice(&r);
        }
        LoadClosure => s.stack.push(s.locals[ins.arg as usize]),
        LoadDeref => {
            let st = b.state(ins, s);
            let r = generic(b, id, ins, vec![s.locals[ins.arg as usize]], 1, Some(st));
            s.stack.extend(r);
        }
        StoreDeref => {
            let st = b.state(ins, s);
            let v = Builder::pop(s, ins)?;
            generic(b, id, ins, vec![s.locals[ins.arg as usize], v], 0, Some(st));
        }
        DeleteDeref => {
            let st = b.state(ins, s);
            generic(b, id, ins, vec![s.locals[ins.arg as usize]], 0, Some(st));
        }
        op => {
            let (pops, pushes) = generic_shape(op, ins.arg)
                .ok_or_else(|| Unsupported(format!("{} not modelled", op.name())))?;
            if pops as usize > s.stack.len() {
                return Err(Unsupported(format!("stack underflow at {}", ins.start)));
            }
            let st = b.state(ins, s);
            let inputs = s.stack.split_off(s.stack.len() - pops as usize);
            let results: Vec<Value> = (0..pushes).map(|_| b.value()).collect();
            let kw = if op == Call { kw.take() } else { None };
            b.push_inst(
                id,
                results.clone(),
                Op::Generic {
                    op,
                    arg: ins.arg,
                    offset: ins.offset,
                    inputs,
                    kw,
                },
                Some(st),
            );
            // LOAD_GLOBAL with the low bit pushes NULL below the global.
            if op == LoadGlobal && ins.arg & 1 == 1 {
                let null = konst(b, Const::Null);
                s.stack.push(null);
            }
            // UNPACK_SEQUENCE leaves the first item on top.
            let ordered: Vec<Value> = if op == UnpackSequence {
                results.iter().rev().copied().collect()
            } else {
                results
            };
            for r in ordered {
                b.bound.insert(r);
                s.stack.push(r);
            }
        }
    }
    Ok(None)
}

/// Emit `ins` as `Op::Generic` of `inputs` with `n` fresh results (bound values), which it
/// returns in order.
fn generic(
    b: &mut Builder,
    id: BlockId,
    ins: &Instr,
    inputs: Vec<Value>,
    n: u32,
    state: Option<StateId>,
) -> Vec<Value> {
    let results: Vec<Value> = (0..n).map(|_| b.value()).collect();
    for &r in &results {
        b.bound.insert(r);
    }
    b.push_inst(
        id,
        results.clone(),
        Op::Generic {
            op: ins.op,
            arg: ins.arg,
            offset: ins.offset,
            inputs,
            kw: None,
        },
        state,
    );
    results
}

/// Remove block parameters that receive a single value (besides themselves) on every edge,
/// replacing them by it everywhere, until none is left.
fn prune(f: &mut Func) {
    let mut subst: HashMap<Value, Value> = HashMap::new();
    loop {
        let mut removed = false;
        for t in 1..f.blocks.len() {
            let target = BlockId(t as u32);
            let nparams = f.blocks[t].params.len();
            let mut drop = vec![false; nparams];
            for (j, d) in drop.iter_mut().enumerate() {
                let p = f.blocks[t].params[j];
                let mut only: Option<Value> = None;
                let mut trivial = true;
                for b in &f.blocks {
                    for e in b.term.edges() {
                        if e.to != target {
                            continue;
                        }
                        let a = resolve(&subst, e.args[j]);
                        if a == p || only == Some(a) {
                            continue;
                        }
                        if only.is_some() {
                            trivial = false;
                        }
                        only = Some(a);
                    }
                }
                if let (true, Some(v)) = (trivial, only) {
                    subst.insert(p, v);
                    *d = true;
                }
            }
            if drop.iter().any(|&d| d) {
                removed = true;
                let keep = |vs: Vec<Value>| -> Vec<Value> {
                    vs.into_iter()
                        .enumerate()
                        .filter(|&(k, _)| !drop[k])
                        .map(|(_, v)| v)
                        .collect()
                };
                let params = std::mem::take(&mut f.blocks[t].params);
                f.blocks[t].params = keep(params);
                for b in &mut f.blocks {
                    for e in b.term.edges_mut() {
                        if e.to == target {
                            e.args = keep(std::mem::take(&mut e.args));
                        }
                    }
                }
            }
        }
        if !removed {
            break;
        }
    }
    rewrite(f, &subst);
}
