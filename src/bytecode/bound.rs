//! Which fast locals are certainly bound before each instruction: a forward must-analysis over
//! the basic blocks (CPython 3.12's compiler does the same to choose `LOAD_FAST` over
//! `LOAD_FAST_CHECK`; 3.11 checks every `LOAD_FAST` at run time).
//!
//! Arguments are bound at entry; `STORE_FAST` binds, `DELETE_FAST` unbinds; an exception
//! handler starts with what is bound before *every* instruction that can reach it. Lowering
//! drops the unbound-local check of a `LOAD_FAST` and the NULL test of the value a
//! `STORE_FAST` replaces when the local is certainly bound.
//! Invariant: the answer is only ever "certainly bound" or "not known", never "unbound"; it must
//! hold however the frame got to the instruction. The one writer of locals outside the bytecode
//! is a tracer (`PyFrame_LocalsToFast(frame, 1)` after a trace call can delete one), and it
//! only runs on interpreted frames; a suspended generator-like frame may have been interpreted
//! and traced before compiled code resumes it, so after a resume point (`RETURN_GENERATOR`,
//! `YIELD_VALUE`) nothing is known.

use std::collections::BTreeSet;

use super::cfg;
use super::decode::Instr;
use super::exception_table::ExceptionEntry;
use super::opcodes::Opcode;

/// A set of local indices.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Locals(Vec<u64>);

impl Locals {
    fn empty(n: usize) -> Locals {
        Locals(vec![0; n.div_ceil(64)])
    }

    fn first(n: usize, k: usize) -> Locals {
        let mut s = Locals::empty(n);
        for i in 0..k.min(n) {
            s.insert(i);
        }
        s
    }

    fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    fn insert(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    fn remove(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w &= !(1 << (i % 64));
        }
    }

    /// `self &= other`; true if `self` changed.
    fn meet(&mut self, other: &Locals) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            let m = *a & b;
            changed |= m != *a;
            *a = m;
        }
        changed
    }
}

/// For each instruction (parallel to `instrs`): true when it is a `LOAD_FAST`, `STORE_FAST` or
/// `DELETE_FAST` whose local is certainly bound before it runs. `nlocals` bounds the indices,
/// `args` is the number of leading locals bound at entry (positional and keyword-only
/// parameters, `*args`, `**kwargs`), `resumable` is set for generator-like code.
pub fn certainly_bound(
    instrs: &[Instr],
    handlers: &[ExceptionEntry],
    nlocals: usize,
    args: usize,
    resumable: bool,
) -> Vec<bool> {
    let blocks = cfg::blocks(instrs, handlers);
    let block_at = |unit: u32| blocks.binary_search_by_key(&unit, |b| b.start).ok();
    let mut entry: Vec<Option<Locals>> = vec![None; blocks.len()];
    // Blocks to (re)visit, in code order: a forward analysis settles in few passes.
    let mut work = BTreeSet::new();
    if !blocks.is_empty() {
        entry[0] = Some(Locals::first(nlocals, args));
        work.insert(0);
    }
    let merge = |entry: &mut Vec<Option<Locals>>, work: &mut BTreeSet<usize>, unit, s: &Locals| {
        let Some(b) = block_at(unit) else { return };
        let changed = match &mut entry[b] {
            Some(old) => old.meet(s),
            slot @ None => {
                *slot = Some(s.clone());
                true
            }
        };
        if changed {
            work.insert(b);
        }
    };
    while let Some(b) = work.pop_first() {
        let block = &blocks[b];
        let mut s = entry[b].clone().expect("queued blocks have a state");
        for ins in &instrs[block.first..block.end] {
            for h in handlers
                .iter()
                .filter(|h| h.start <= ins.offset && ins.offset < h.end)
            {
                merge(&mut entry, &mut work, h.target, &s);
            }
            transfer(ins, &mut s, nlocals, resumable);
        }
        let last = instrs[block.end - 1];
        if cfg::falls_through(last.op) && block.end < instrs.len() {
            merge(&mut entry, &mut work, instrs[block.end].start, &s);
        }
        if let Some(t) = last.jump_target() {
            merge(&mut entry, &mut work, t, &s);
        }
    }
    let mut out = vec![false; instrs.len()];
    for (block, state) in blocks.iter().zip(&entry) {
        let Some(mut s) = state.clone() else { continue };
        for (i, ins) in instrs.iter().enumerate().take(block.end).skip(block.first) {
            if matches!(
                ins.op,
                Opcode::LoadFast | Opcode::StoreFast | Opcode::DeleteFast
            ) {
                out[i] = s.contains(ins.arg as usize);
            }
            transfer(ins, &mut s, nlocals, resumable);
        }
    }
    out
}

/// The effect of one instruction on the bound set (on every edge out of it).
fn transfer(ins: &Instr, s: &mut Locals, nlocals: usize, resumable: bool) {
    match ins.op {
        Opcode::StoreFast => s.insert(ins.arg as usize),
        Opcode::DeleteFast => s.remove(ins.arg as usize),
        Opcode::ReturnGenerator | Opcode::YieldValue if resumable => *s = Locals::empty(nlocals),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::decode;

    /// Code units from `(opcode, arg)` pairs (3.11 numbering; none of these has caches).
    fn units(ops: &[(Opcode, u8)]) -> Vec<u16> {
        ops.iter()
            .map(|&(op, arg)| op as u16 | (arg as u16) << 8)
            .collect()
    }

    fn bound(ops: &[(Opcode, u8)], args: usize, resumable: bool) -> Vec<bool> {
        let instrs = decode(&units(ops)).unwrap();
        certainly_bound(&instrs, &[], 4, args, resumable)
    }

    #[test]
    fn arguments_stores_and_deletes() {
        use Opcode::*;
        let ops = [
            (Resume, 0),
            (LoadFast, 0), // the argument
            (LoadFast, 1), // never stored yet
            (StoreFast, 1),
            (LoadFast, 1),
            (DeleteFast, 1),
            (LoadFast, 1),
            (ReturnValue, 0),
        ];
        assert_eq!(
            bound(&ops, 1, false),
            [false, true, false, false, true, true, false, false]
        );
    }

    #[test]
    fn a_join_keeps_only_what_both_paths_bound() {
        use Opcode::*;
        let ops = [
            (LoadConst, 0),
            (PopJumpForwardIfFalse, 2), // to the LOAD_FAST at unit 4
            (LoadConst, 0),
            (StoreFast, 0),
            (LoadFast, 0),
            (ReturnValue, 0),
        ];
        assert!(!bound(&ops, 0, false)[4]);
        assert!(bound(&ops, 1, false)[4]);
    }

    #[test]
    fn nothing_is_known_after_a_resume_point() {
        use Opcode::*;
        let ops = [
            (ReturnGenerator, 0),
            (PopTop, 0),
            (LoadFast, 0),
            (StoreFast, 1),
            (LoadConst, 0),
            (YieldValue, 0),
            (LoadFast, 1),
            (ReturnValue, 0),
        ];
        let b = bound(&ops, 1, true);
        assert_eq!((b[2], b[6]), (false, false));
        let b = bound(&ops, 1, false);
        assert_eq!((b[2], b[6]), (true, true));
    }
}
