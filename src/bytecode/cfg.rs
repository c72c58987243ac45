//! Basic blocks of a decoded code object.
//!
//! A block starts at the first instruction, at every jump target and exception-handler target,
//! and after every instruction that jumps or leaves the frame. Successors are the fall-through,
//! the jump target and (for blocks inside a protected range) the handler.
//! Invariant: every instruction belongs to exactly one block; blocks are in code order.

use super::decode::Instr;
use super::exception_table::ExceptionEntry;
use super::opcodes::Opcode;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Index into the instruction list of the first and one past the last instruction.
    pub first: usize,
    pub end: usize,
    /// Code unit where the block starts.
    pub start: u32,
    /// Start units of successor blocks (normal edges, then handler edges).
    pub succs: Vec<u32>,
}

fn ends_block(op: Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        ReturnValue | RaiseVarargs | Reraise | YieldValue | ReturnGenerator
    )
}

/// False for the instructions after which control never reaches the next one.
pub fn falls_through(op: Opcode) -> bool {
    !leaves_for_good(op)
}

fn leaves_for_good(op: Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        ReturnValue | RaiseVarargs | Reraise | JumpForward | JumpBackward | JumpBackwardNoInterrupt
    )
}

/// Split `instrs` into basic blocks.
pub fn blocks(instrs: &[Instr], handlers: &[ExceptionEntry]) -> Vec<Block> {
    let mut leader = vec![false; instrs.len()];
    let index_of = |unit: u32| instrs.binary_search_by_key(&unit, |i| i.start).ok();
    if !leader.is_empty() {
        leader[0] = true;
    }
    for (i, ins) in instrs.iter().enumerate() {
        if let Some(t) = ins.jump_target().and_then(index_of) {
            leader[t] = true;
        }
        if (ins.jump_target().is_some() || ends_block(ins.op)) && i + 1 < instrs.len() {
            leader[i + 1] = true;
        }
    }
    for h in handlers {
        if let Some(t) = index_of(h.target) {
            leader[t] = true;
        }
        if let Some(s) = instrs.iter().position(|i| i.offset >= h.start) {
            leader[s] = true;
        }
        if let Some(e) = instrs.iter().position(|i| i.offset >= h.end) {
            leader[e] = true;
        }
    }
    let starts: Vec<usize> = (0..instrs.len()).filter(|&i| leader[i]).collect();
    let mut out = Vec::with_capacity(starts.len());
    for (k, &first) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(instrs.len());
        let last = instrs[end - 1];
        let mut succs = Vec::new();
        if !leaves_for_good(last.op) && end < instrs.len() {
            succs.push(instrs[end].start);
        }
        if let Some(t) = last.jump_target().filter(|t| !succs.contains(t)) {
            succs.push(t);
        }
        for h in handlers
            .iter()
            .filter(|h| h.start <= instrs[first].offset && instrs[first].offset < h.end)
        {
            if !succs.contains(&h.target) {
                succs.push(h.target);
            }
        }
        out.push(Block {
            first,
            end,
            start: instrs[first].start,
            succs,
        });
    }
    out
}
