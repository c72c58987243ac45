//! Generator-like code: the resume entry, YIELD_VALUE and SEND.
//!
//! The interpreter creates the generator (RETURN_GENERATOR); compiled code only resumes it.
//! At entry `prev_instr` names either RETURN_GENERATOR (first `send`) or the YIELD_VALUE the
//! frame is suspended at, and the frame's stack holds the saved values plus the sent one.
//! The entry switches on that index, reloads the stack into the value-stack slots and
//! continues after it; any other index resumes in the interpreter.
//! Invariant: while compiled code runs a generator frame its `stacktop` is `nlocalsplus`, so the
//! GC never visits stack slots whose references compiled code has taken over; YIELD_VALUE
//! writes the live stack back and sets `stacktop`, `prev_instr` and `gi_frame_state` exactly as
//! the interpreter does.

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
            self.store_at(self.frame, cp::FRAME_STACKTOP, top.into())?;
            self.b.build_unconditional_branch(target).map_err(be)?;
            cases.push((self.c64(ins.offset as u64), bb));
        }
        self.b.position_at_end(entry_block);
        self.b.build_switch(lasti, interp, &cases).map_err(be)?;
        Ok(())
    }

    /// YIELD_VALUE: suspend. The stack below the yielded value goes back into the frame.
    pub(super) fn yield_value(&mut self, ins: &Instr) -> R<bool> {
        let v = self.pop()?;
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
        let state = self.gep_signed(self.frame, cp::GEN_FRAME_STATE_FROM_FRAME)?;
        let suspended = self
            .ctx
            .i8_type()
            .const_int(cp::FRAME_SUSPENDED as u64, true);
        self.b.build_store(state, suspended).map_err(be)?;
        self.call("rjit_leave", None, &[self.tstate.into(), self.frame.into()])?;
        self.b.build_return(Some(&v)).map_err(be)?;
        Ok(false)
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
