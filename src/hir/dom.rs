//! Dominators of the typed middle's blocks (Cooper, Harvey and Kennedy's iterative algorithm
//! over reverse postorder), and the dominator-scoped reuse of guard results.
//!
//! Invariant: `idom[0]` is the entry itself; a block no path reaches has no dominator (`None`)
//! and is left alone by everything that walks the tree.

use std::collections::HashMap;

use super::ir::{FrameState, Func, Op, StateId, Terminator, Value};

/// Blocks in reverse postorder from the entry.
pub fn reverse_postorder(f: &Func) -> Vec<usize> {
    let mut seen = vec![false; f.blocks.len()];
    let mut post = Vec::with_capacity(f.blocks.len());
    // (block, next successor to visit)
    let mut stack = vec![(0usize, 0usize)];
    seen[0] = true;
    while let Some(&mut (b, ref mut next)) = stack.last_mut() {
        let succs: Vec<usize> = f.blocks[b]
            .term
            .edges()
            .iter()
            .map(|e| e.to.0 as usize)
            .collect();
        if let Some(&s) = succs.get(*next) {
            *next += 1;
            if !seen[s] {
                seen[s] = true;
                stack.push((s, 0));
            }
        } else {
            post.push(b);
            stack.pop();
        }
    }
    post.reverse();
    post
}

/// The immediate dominator of every block.
pub fn idoms(f: &Func) -> Vec<Option<usize>> {
    let rpo = reverse_postorder(f);
    let mut order = vec![usize::MAX; f.blocks.len()];
    for (i, &b) in rpo.iter().enumerate() {
        order[b] = i;
    }
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); f.blocks.len()];
    for (k, b) in f.blocks.iter().enumerate() {
        for e in b.term.edges() {
            preds[e.to.0 as usize].push(k);
        }
    }
    let mut idom: Vec<Option<usize>> = vec![None; f.blocks.len()];
    if f.blocks.is_empty() {
        return idom;
    }
    idom[0] = Some(0);
    let intersect = |idom: &[Option<usize>], mut a: usize, mut b: usize| {
        while a != b {
            while order[a] > order[b] {
                a = idom[a].expect("processed");
            }
            while order[b] > order[a] {
                b = idom[b].expect("processed");
            }
        }
        a
    };
    let mut changed = true;
    while changed {
        changed = false;
        for &b in rpo.iter().skip(1) {
            let mut new: Option<usize> = None;
            for &p in &preds[b] {
                if idom[p].is_none() {
                    continue;
                }
                new = Some(match new {
                    None => p,
                    Some(n) => intersect(&idom, p, n),
                });
            }
            if new.is_some() && idom[b] != new {
                idom[b] = new;
                changed = true;
            }
        }
    }
    idom
}

/// `v` after `subst`, followed to its end (`build::resolve`, in place).
fn resolve_in(subst: &HashMap<Value, Value>, v: &mut Value) {
    *v = super::build::resolve(subst, *v);
}

/// Apply `subst` to the values of state `id`.
fn sub_state(states: &mut [FrameState], id: StateId, subst: &HashMap<Value, Value>) {
    let st = &mut states[id.0 as usize];
    st.locals
        .iter_mut()
        .chain(st.stack.iter_mut())
        .for_each(|v| resolve_in(subst, v));
}

/// Where a guard on `v` dominates a use of `v`, the use reads the guard's result instead (the
/// same object, with the guard's type), so that a value checked once is known from there on:
/// later guards on it become redundant and merges see its type. Frame states are rewritten too
/// (the same object goes back into the frame).
pub fn reuse_guards(f: &mut Func) {
    let idom = idoms(f);
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); f.blocks.len()];
    for (b, d) in idom.iter().enumerate() {
        if let Some(d) = *d
            && d != b
        {
            children[d].push(b);
        }
    }
    // Depth-first over the dominator tree, each block with its dominators' substitutions.
    let mut work: Vec<(usize, HashMap<Value, Value>)> = vec![(0, HashMap::new())];
    while let Some((b, mut subst)) = work.pop() {
        let r = resolve_in;
        let block = &mut f.blocks[b];
        for i in &mut block.insts {
            if let Some(s) = i.state {
                sub_state(&mut f.states, s, &subst);
            }
            match &mut i.op {
                Op::Param(_) | Op::Const(_) | Op::CalleeGlobal { .. } => {}
                Op::CheckBound { v, .. }
                | Op::Callee { v, .. }
                | Op::CalleeAttr { v, .. }
                | Op::Is { v, .. } => r(&subst, v),
                Op::Guard { v, .. } => {
                    let original = *v;
                    r(&subst, v);
                    subst.insert(original, i.results[0]);
                    if *v != original {
                        subst.insert(*v, i.results[0]);
                    }
                }
                Op::Generic { inputs, .. } => inputs.iter_mut().for_each(|v| r(&subst, v)),
            }
        }
        match &mut block.term {
            Terminator::Branch { v, state, .. } => {
                r(&subst, v);
                sub_state(&mut f.states, *state, &subst);
            }
            Terminator::ForIter { iter, state, .. } => {
                r(&subst, iter);
                sub_state(&mut f.states, *state, &subst);
            }
            Terminator::Return(v) => r(&subst, v),
            Terminator::Raise { inputs, state } => {
                inputs.iter_mut().for_each(|v| r(&subst, v));
                sub_state(&mut f.states, *state, &subst);
            }
            Terminator::Deopt(state) => sub_state(&mut f.states, *state, &subst),
            Terminator::Jump(_) => {}
        }
        for e in block.term.edges_mut() {
            e.args.iter_mut().for_each(|v| r(&subst, v));
        }
        for &c in &children[b] {
            // A child's entry state is in terms of its own parameters and dominating values.
            if let Some(s) = f.blocks[c].entry {
                sub_state(&mut f.states, s, &subst);
            }
            work.push((c, subst.clone()));
        }
    }
}
