//! Generator-like code: the resume entry, YIELD_VALUE and SEND.
//!
//! The generator is created outside this code (RETURN_GENERATOR: the interpreter, the hook or
//! a direct call); compiled code only resumes it.
//! At entry `prev_instr` names either RETURN_GENERATOR (first `send`) or the YIELD_VALUE the
//! frame is suspended at, and the frame's stack holds the saved values plus the sent one.
//! The entry switches on that index, reloads the stack into the value-stack slots and
//! continues after it; any other index resumes in the interpreter. A frame suspended in a
//! `yield from` or `await` loop is resumed by one block shared by all such loops
//! (`yield_from_entry`): it sends on and yields again without knowing which loop it is in.
//! Invariant: while compiled code runs a generator frame its `stacktop` is `nlocalsplus`, so the
//! GC never visits stack slots whose references compiled code has taken over (the shared
//! resume takes none: the frame keeps its stack, `stacktop` below the value sent); YIELD_VALUE
//! writes the live stack back and sets `stacktop`, `prev_instr` and `gi_frame_state` exactly as
//! the interpreter does.

use inkwell::basic_block::BasicBlock;
use inkwell::values::{IntValue, PointerValue};

use super::{Lower, R, be};
use crate::bytecode::{Instr, Opcode};
use crate::cpython as cp;

impl<'ctx, 'a> Lower<'ctx, 'a> {
    /// The entry of generator-like code: dispatch on the resume point.
    pub(super) fn generator_entry(&mut self) -> R<()> {
        let prev = self.load_ptr(self.frame, cp::FRAME_PREV_INSTR)?;
        let pi = self
            .b
            .build_ptr_to_int(prev, self.i64, "prev")
            .map_err(be)?;
        let bi = self
            .b
            .build_ptr_to_int(self.code_base, self.i64, "base")
            .map_err(be)?;
        let bytes = self.b.build_int_sub(pi, bi, "bytes").map_err(be)?;
        let lasti = self
            .b
            .build_right_shift(bytes, self.c64(1), true, "lasti")
            .map_err(be)?;
        let entry_block = self
            .b
            .get_insert_block()
            .ok_or_else(|| be("unpositioned"))?;

        let interp = self.new_block("resume_in_interpreter");
        self.b.position_at_end(interp);
        let r = self.call_obj(
            "rjit_resume_in_interpreter",
            &[self.tstate.into(), self.frame.into()],
        )?;
        self.b.build_return(Some(&r)).map_err(be)?;

        let mut cases = Vec::new();
        let an = self.an;
        for (i, ins) in an.instrs.iter().enumerate() {
            if !matches!(ins.op, Opcode::ReturnGenerator | Opcode::YieldValue) {
                continue;
            }
            let (Some(d), Some(next)) = (an.depths[i], an.instrs.get(i + 1)) else {
                continue;
            };
            // After RETURN_GENERATOR the sent value is pushed; YIELD_VALUE swaps yielded for sent.
            let depth = if ins.op == Opcode::ReturnGenerator {
                d + 1
            } else {
                d
            };
            let Some(&target) = self.blocks.get(&next.start) else {
                continue;
            };
            let bb = self.new_block("resume");
            self.b.position_at_end(bb);
            let reload = self.new_block("reload");
            self.enter_then(reload)?;
            self.b.position_at_end(reload);
            self.take_stack(depth)?;
            self.b.build_unconditional_branch(target).map_err(be)?;
            cases.push((self.c64(ins.offset as u64), bb));
        }
        self.b.position_at_end(entry_block);
        if let Some(yf) = self.yield_from_entry(prev, lasti)? {
            let by_point = self.new_block("resume_point");
            let is_yf = self.is_yield_from_resume(prev)?;
            self.b
                .build_conditional_branch(is_yf, yf, by_point)
                .map_err(be)?;
            self.b.position_at_end(by_point);
        }
        self.b.build_switch(lasti, interp, &cases).map_err(be)?;
        Ok(())
    }

    /// Whether the frame is suspended in a `yield from` or `await` loop: the instruction after
    /// `prev` is `RESUME` with an argument of 2 or more, the test `_PyGen_yf` makes
    /// (Objects/genobject.c, 3.11.7; only such a YIELD_VALUE is followed by one, right after
    /// its SEND, and a created frame's `prev` is its RETURN_GENERATOR, followed by POP_TOP).
    fn is_yield_from_resume(&self, prev: PointerValue<'ctx>) -> R<IntValue<'ctx>> {
        let next = self.gep(prev, 2)?;
        let unit = self
            .b
            .build_load(self.ctx.i16_type(), next, "next_unit")
            .map_err(be)?
            .into_int_value();
        let i16t = self.ctx.i16_type();
        let op = self
            .b
            .build_and(unit, i16t.const_int(0xff, false), "op")
            .map_err(be)?;
        let arg = self
            .b
            .build_right_shift(unit, i16t.const_int(8, false), false, "arg")
            .map_err(be)?;
        let eq = |a, b, n| self.b.build_int_compare(inkwell::IntPredicate::EQ, a, b, n);
        let resume = eq(
            op,
            i16t.const_int(cp::OPCODE_RESUME as u64, false),
            "resume",
        )
        .map_err(be)?;
        let quick = eq(
            op,
            i16t.const_int(cp::OPCODE_RESUME_QUICK as u64, false),
            "resume_quick",
        )
        .map_err(be)?;
        let any = self.b.build_or(resume, quick, "is_resume").map_err(be)?;
        let from = self
            .b
            .build_int_compare(
                inkwell::IntPredicate::UGE,
                arg,
                i16t.const_int(2, false),
                "yield_from",
            )
            .map_err(be)?;
        self.b.build_and(any, from, "yf").map_err(be)
    }

    /// The resume of a frame suspended in a `yield from` or `await` loop, shared by all of the
    /// code's loops: the sent value goes on to the receiver (SEND), and what it yields is
    /// yielded again (YIELD_VALUE), with the frame left as it was, all without knowing which
    /// loop it is. Only a SEND that returns or raises continues in its own loop's code
    /// (`send_resumed`). A generator in a chain of `yield from` (a recursive tree walk, a
    /// coroutine awaiting another) is resumed at one loop or another unpredictably, which
    /// per-loop resume code pays for in mispredicted branches; the interpreter does not
    /// (after YIELD_VALUE it always dispatches to RESUME, then JUMP_BACKWARD_NO_INTERRUPT).
    /// The frame is the interpreter's while the SEND runs: its stack holds the receiver
    /// (`stacktop` past it), `prev_instr` is the SEND.
    ///
    /// None when the code has no such loop, or one the analysis did not reach.
    fn yield_from_entry(
        &mut self,
        prev: PointerValue<'ctx>,
        lasti: IntValue<'ctx>,
    ) -> R<Option<BasicBlock<'ctx>>> {
        let an = self.an;
        let mut sites = Vec::new();
        for (i, ins) in an.instrs.iter().enumerate() {
            if ins.op != Opcode::YieldValue || i == 0 || an.instrs[i - 1].op != Opcode::Send {
                continue;
            }
            if an.depths[i].is_none() || an.depths[i - 1].is_none() {
                return Ok(None);
            }
            sites.push((ins.offset, an.instrs[i - 1].offset));
        }
        if sites.is_empty() {
            return Ok(None);
        }
        let here = self
            .b
            .get_insert_block()
            .ok_or_else(|| be("unpositioned"))?;
        let yf = self.new_block("yield_from_resume");
        let go = self.new_block("yield_from_send");
        self.b.position_at_end(yf);
        self.enter_then(go)?;
        self.b.position_at_end(go);
        // The frame's stack: [.., receiver, sent]; the sent value is handed to the SEND.
        let top = self.load_int(self.i32, self.frame, cp::FRAME_STACKTOP)?;
        let base = self.gep(self.frame, cp::FRAME_LOCALSPLUS)?;
        let at = |k: IntValue<'ctx>, name: &str| -> R<PointerValue<'ctx>> {
            // SAFETY: an index below `stacktop` into the frame's `localsplus`.
            let p =
                unsafe { self.b.build_in_bounds_gep(self.ptr, base, &[k], name) }.map_err(be)?;
            Ok(self
                .b
                .build_load(self.ptr, p, name)
                .map_err(be)?
                .into_pointer_value())
        };
        let below = self
            .b
            .build_int_sub(top, self.c32(1), "below")
            .map_err(be)?;
        let sent = at(below, "sent")?;
        let receiver_at = self
            .b
            .build_int_sub(top, self.c32(2), "receiver_at")
            .map_err(be)?;
        let receiver = at(receiver_at, "receiver")?;
        self.store_at(self.frame, cp::FRAME_STACKTOP, below.into())?;
        let send_instr = self.gep_signed(prev, -2)?;
        self.store_at(self.frame, cp::FRAME_PREV_INSTR, send_instr.into())?;
        self.b
            .build_store(self.scratch, self.ptr.const_null())
            .map_err(be)?;
        let status = self
            .call(
                "rjit_send",
                Some(self.i32.into()),
                &[receiver.into(), sent.into(), self.scratch.into()],
            )?
            .into_int_value();
        let yielded = self.new_block("yield_from_yield");
        let other = self.new_block("yield_from_done");
        let next = self
            .b
            .build_int_compare(inkwell::IntPredicate::EQ, status, self.c32(1), "next")
            .map_err(be)?;
        self.b
            .build_conditional_branch(next, yielded, other)
            .map_err(be)?;
        // PYGEN_NEXT: YIELD_VALUE at the same point, the stack as it was.
        self.b.position_at_end(yielded);
        let res = self
            .b
            .build_load(self.ptr, self.scratch, "res")
            .map_err(be)?
            .into_pointer_value();
        self.store_at(self.frame, cp::FRAME_PREV_INSTR, prev.into())?;
        self.suspend()?;
        self.b.build_return(Some(&res)).map_err(be)?;
        // Returned or raised: that loop's SEND finishes it.
        self.b.position_at_end(other);
        self.b
            .build_store(self.status_scratch, status)
            .map_err(be)?;
        let unknown = self.new_block("yield_from_unknown");
        let mut cases = Vec::new();
        for (yield_at, send_at) in sites {
            let bb = self.new_block("send_resumed");
            self.send_resumed.insert(send_at, bb);
            cases.push((self.c64(yield_at as u64), bb));
        }
        self.b.build_switch(lasti, unknown, &cases).map_err(be)?;
        // `is_yield_from_resume` holds only at these YIELD_VALUEs.
        self.b.position_at_end(unknown);
        self.b.build_unreachable().map_err(be)?;
        self.b.position_at_end(here);
        Ok(Some(yf))
    }

    /// The frame's saved stack `0..depth` into the value-stack slots, and `stacktop` back to
    /// `nlocalsplus`: compiled code owns those references now (the module's invariant).
    fn take_stack(&self, depth: u32) -> R<()> {
        for k in 0..depth {
            let p = self.frame_stack_ptr(k)?;
            let v = self
                .b
                .build_load(self.ptr, p, "saved")
                .map_err(be)?
                .into_pointer_value();
            self.set_slot(k, v)?;
        }
        let top = self.i32.const_int(self.snap.nlocalsplus as u64, false);
        self.store_at(self.frame, cp::FRAME_STACKTOP, top.into())
    }

    /// The end of YIELD_VALUE once the stack is saved and `prev_instr` set: the generator
    /// suspended, the frame unlinked and its recursion unit given back.
    fn suspend(&self) -> R<()> {
        let state = self.gep_signed(self.frame, cp::GEN_FRAME_STATE_FROM_FRAME)?;
        let suspended = self
            .ctx
            .i8_type()
            .const_int(cp::FRAME_SUSPENDED as u64, true);
        self.b.build_store(state, suspended).map_err(be)?;
        self.leave()
    }

    /// YIELD_VALUE: suspend. The stack below the yielded value goes back into the frame.
    /// A plain `yield` of generator code (followed by `RESUME 1`) first offers the value to a
    /// drain running this frame (`runtime::generators::rjit_yield_collect`, only while
    /// `rjit_draining` is not 0): when taken, the frame goes on at the RESUME as if resumed with
    /// None, without suspending.
    pub(super) fn yield_value(&mut self, ins: &Instr) -> R<bool> {
        let v = self.pop()?;
        if let Some(target) = self.plain_yield_resume(ins) {
            let draining = self
                .b
                .build_load(self.i32, self.global("rjit_draining"), "draining")
                .map_err(be)?
                .into_int_value();
            let any = self
                .b
                .build_int_compare(inkwell::IntPredicate::NE, draining, self.c32(0), "any")
                .map_err(be)?;
            let offer = self.new_block("yield_offer");
            let suspend = self.new_block("yield_suspend");
            self.branch_expecting(any, offer, suspend, false)?;
            self.b.position_at_end(offer);
            let taken = self
                .call(
                    "rjit_yield_collect",
                    Some(self.i32.into()),
                    &[self.frame.into(), v.into()],
                )?
                .into_int_value();
            let taken = self
                .b
                .build_int_compare(inkwell::IntPredicate::NE, taken, self.c32(0), "taken")
                .map_err(be)?;
            let collected = self.new_block("yield_collected");
            self.b
                .build_conditional_branch(taken, collected, suspend)
                .map_err(be)?;
            self.b.position_at_end(collected);
            // The value "sent" back: None, as `drain` would send.
            let none = self.global("_Py_NoneStruct");
            self.incref(none)?;
            self.set_slot(self.depth, none)?;
            self.b.build_unconditional_branch(target).map_err(be)?;
            self.b.position_at_end(suspend);
        }
        for k in 0..self.depth {
            let s = self.peek_at(k)?;
            let p = self.frame_stack_ptr(k)?;
            self.b.build_store(p, s).map_err(be)?;
        }
        let top = self
            .i32
            .const_int((self.snap.nlocalsplus + self.depth) as u64, false);
        self.store_at(self.frame, cp::FRAME_STACKTOP, top.into())?;
        self.set_prev_instr(ins.offset)?;
        self.suspend()?;
        self.b.build_return(Some(&v)).map_err(be)?;
        Ok(false)
    }

    /// The block of the `RESUME 1` after a plain `yield` of generator code (not of a coroutine,
    /// an async generator or a `yield from`/`await` loop), which a drain may continue at.
    fn plain_yield_resume(&self, ins: &Instr) -> Option<BasicBlock<'ctx>> {
        if self.snap.flags & cp::CO_GENERATOR_LIKE != cp::CO_GENERATOR {
            return None;
        }
        let i = self.an.instrs.iter().position(|x| x.start == ins.start)?;
        let next = self.an.instrs.get(i + 1)?;
        if next.op != Opcode::Resume || next.arg != 1 {
            return None;
        }
        self.blocks.get(&next.start).copied()
    }

    /// SEND: `PyIter_Send(receiver, v)`; on return the result replaces the receiver and control
    /// jumps; otherwise the yielded value is pushed above the receiver.
    pub(super) fn send(&mut self, ins: &Instr) -> R<bool> {
        let v = self.pop()?;
        let receiver = self.peek_at(self.depth - 1)?;
        self.set_prev_instr(ins.offset)?;
        self.b
            .build_store(self.scratch, self.ptr.const_null())
            .map_err(be)?;
        let status = self
            .call(
                "rjit_send",
                Some(self.i32.into()),
                &[receiver.into(), v.into(), self.scratch.into()],
            )?
            .into_int_value();
        let (status, receiver) = match self.send_resumed.get(&ins.offset).copied() {
            None => (status, receiver),
            Some(resumed) => {
                // The shared yield-from resume made this SEND (`yield_from_entry`): its
                // status joins this one's, with the stack taken back from the frame.
                self.b
                    .build_store(self.status_scratch, status)
                    .map_err(be)?;
                let check = self.new_block("send_status");
                self.b.build_unconditional_branch(check).map_err(be)?;
                self.b.position_at_end(resumed);
                self.take_stack(self.depth)?;
                self.b.build_unconditional_branch(check).map_err(be)?;
                self.b.position_at_end(check);
                let status = self
                    .b
                    .build_load(self.i32, self.status_scratch, "status")
                    .map_err(be)?
                    .into_int_value();
                (status, self.peek_at(self.depth - 1)?)
            }
        };
        let res = self
            .b
            .build_load(self.ptr, self.scratch, "res")
            .map_err(be)?
            .into_pointer_value();
        let err = self.error_block(ins)?;
        let returned = self.new_block("send_return");
        let next = self.new_block("send_next");
        self.b
            .build_switch(
                status,
                next,
                &[(self.c32(-1), err), (self.c32(0), returned)],
            )
            .map_err(be)?;
        // PYGEN_RETURN: the receiver is done; its result takes its place.
        self.b.position_at_end(returned);
        self.decref(receiver)?;
        self.set_slot(self.depth - 1, res)?;
        let target = ins
            .jump_target()
            .ok_or_else(|| be("SEND without a target"))?;
        self.b
            .build_unconditional_branch(self.block_at(target)?)
            .map_err(be)?;
        // PYGEN_NEXT: push the yielded value and fall through to YIELD_VALUE.
        self.b.position_at_end(next);
        self.push(res)?;
        Ok(true)
    }
}
