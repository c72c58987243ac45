//! Loop-invariant guards out of loops: a guard inside a loop on a value defined before the
//! loop checks the same object on every iteration, so it moves to a new block on the loop's
//! entry edge, where it runs once per entry into the loop.
//!
//! Loops are natural loops: for an edge from a block to one at or before it in code order (a
//! back edge of Python's structured control flow), the body is the header plus every block that
//! reaches the edge's source without passing through the header. A loop is treated only when
//! exactly one edge enters its header from outside the body.
//!
//! Invariant: the moved guard deopts with the header's entry state (`Block::entry`), its
//! parameters replaced by what the entry edge passes: the frame exactly as the interpreter has
//! it on entering the loop, so the interpreter runs the loop itself. Its result replaces the old
//! guard's everywhere; the new block dominates every block of the loop, so every use stays
//! dominated by its definition.

use std::collections::{HashMap, HashSet};

use super::ir::{Block, BlockId, Edge, FrameState, Func, Inst, Op, StateId, Terminator, Value};

/// Every edge's (source block, index among its terminator's edges) into `to`.
fn edges_into(f: &Func, to: BlockId) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (k, b) in f.blocks.iter().enumerate() {
        for (j, e) in b.term.edges().iter().enumerate() {
            if e.to == to {
                out.push((k, j));
            }
        }
    }
    out
}

/// The natural loop of header `h` with back-edge sources `latches`: the blocks that reach a
/// latch without passing through `h`, and `h`.
fn body(f: &Func, h: usize, latches: &[usize]) -> HashSet<usize> {
    let mut preds: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, b) in f.blocks.iter().enumerate() {
        for e in b.term.edges() {
            preds.entry(e.to.0 as usize).or_default().push(k);
        }
    }
    let mut seen: HashSet<usize> = HashSet::from([h]);
    let mut work: Vec<usize> = latches.to_vec();
    while let Some(k) = work.pop() {
        if seen.insert(k) {
            work.extend(preds.get(&k).into_iter().flatten().copied());
        }
    }
    seen
}

/// Every natural loop: its header and the blocks of its body (the header included). A back
/// edge is an edge to a block at or before its source in code order, not from a block `hoist`
/// made or one an inlined callee's terminator ends (`Block::inlined`: callees have no loops).
pub fn natural_loops(f: &Func) -> Vec<(usize, HashSet<usize>)> {
    let mut loops = Vec::new();
    for h in 0..f.blocks.len() {
        let latches: Vec<usize> = edges_into(f, BlockId(h as u32))
            .into_iter()
            .map(|(k, _)| k)
            .filter(|&k| {
                let b = &f.blocks[k];
                b.start >= f.blocks[h].start && !b.preheader && !b.inlined
            })
            .collect();
        if !latches.is_empty() {
            loops.push((h, body(f, h, &latches)));
        }
    }
    loops
}

/// Move the loop-invariant guards of every loop, inner loops first, until none moves.
pub fn hoist_guards(f: &mut Func) {
    while hoist_one(f) {}
    super::types::propagate(f);
}

/// Hoist the invariant guards of the first loop that has any; true if one did.
fn hoist_one(f: &mut Func) -> bool {
    // Where each value is defined.
    let mut def: HashMap<Value, usize> = HashMap::new();
    for (k, b) in f.blocks.iter().enumerate() {
        for &v in b
            .params
            .iter()
            .chain(b.insts.iter().flat_map(|i| i.results.iter()))
        {
            def.insert(v, k);
        }
        if let Terminator::ForIter { item, .. } = b.term {
            def.insert(item, k);
        }
    }
    // Inner loops (smaller bodies) first.
    let mut loops = natural_loops(f);
    loops.sort_by_key(|(_, b)| b.len());
    for (h, body) in loops {
        let entering: Vec<(usize, usize)> = edges_into(f, BlockId(h as u32))
            .into_iter()
            .filter(|(k, _)| !body.contains(k))
            .collect();
        let ([(pre, which)], Some(entry)) = (entering.as_slice(), f.blocks[h].entry) else {
            continue;
        };
        // The invariant guards, first of each (value, type).
        let mut moved: Vec<(Value, super::types::Type)> = Vec::new();
        let mut subst: HashMap<Value, Value> = HashMap::new();
        let mut next = f.types.len() as u32;
        for &k in &body {
            for i in &f.blocks[k].insts {
                if let Op::Guard { v, ty } = i.op
                    && def.get(&v).is_some_and(|d| !body.contains(d))
                    && !moved.contains(&(v, ty))
                {
                    moved.push((v, ty));
                }
            }
        }
        if moved.is_empty() {
            continue;
        }
        moved.sort_by_key(|(v, t)| (v.0, t.0));
        // The entry edge's arguments stand for the header's parameters in its entry state.
        let edge: Edge = f.blocks[*pre].term.edges()[*which].clone();
        let by_param: HashMap<Value, Value> = f.blocks[h]
            .params
            .iter()
            .copied()
            .zip(edge.args.iter().copied())
            .collect();
        let at = &f.states[entry.0 as usize];
        let map = |v: &Value| by_param.get(v).copied().unwrap_or(*v);
        f.states.push(FrameState {
            resume_at: at.resume_at,
            locals: at.locals.iter().map(map).collect(),
            stack: at.stack.iter().map(map).collect(),
        });
        let first = f.states.len() - 1;
        let mut insts = Vec::new();
        let mut result_of: HashMap<(Value, super::types::Type), Value> = HashMap::new();
        for (n, (v, ty)) in moved.into_iter().enumerate() {
            let g = Value(next);
            next += 1;
            // One state per guard, as `specialise` makes them.
            if n > 0 {
                f.states.push(f.states[first].clone());
            }
            insts.push(Inst {
                results: vec![g],
                op: Op::Guard { v, ty },
                state: Some(StateId(f.states.len() as u32 - 1)),
            });
            result_of.insert((v, ty), g);
        }
        // The old guards go; their results become the new ones.
        for &k in &body {
            f.blocks[k].insts.retain(|i| match i.op {
                Op::Guard { v, ty } if result_of.contains_key(&(v, ty)) => {
                    subst.insert(i.results[0], result_of[&(v, ty)]);
                    false
                }
                _ => true,
            });
        }
        let new = BlockId(f.blocks.len() as u32);
        f.blocks.push(Block {
            start: f.blocks[h].start,
            preheader: true,
            inlined: false,
            params: Vec::new(),
            // The frame on entering the loop: what its guards deopt with.
            entry: Some(StateId(first as u32)),
            insts,
            term: Terminator::Jump(edge),
        });
        retarget(&mut f.blocks[*pre].term, *which, new);
        super::build::rewrite(f, &subst);
        // Room for the new values in `types` until the next propagation.
        f.types.resize(next as usize, super::types::Type::EMPTY);
        return true;
    }
    false
}

/// Point edge `which` of `term` at `to`, with no arguments.
fn retarget(term: &mut Terminator, which: usize, to: BlockId) {
    if let Some(e) = term.edges_mut().into_iter().nth(which) {
        *e = Edge {
            to,
            args: Vec::new(),
        };
    }
}
