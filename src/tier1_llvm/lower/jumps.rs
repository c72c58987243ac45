//! Control flow: the jump family, GET_ITER and FOR_ITER. Back-edges check the eval breaker.

use inkwell::IntPredicate;
use inkwell::values::{IntValue, PointerValue};

use super::{Lower, R, be};
use crate::bytecode::{Instr, Opcode};
use crate::cpython as cp;

impl<'ctx, 'a> Lower<'ctx, 'a> {
    fn target(&self, ins: &Instr) -> R<u32> {
        ins.jump_target()
            .ok_or_else(|| be(format!("{} without a target", ins.op.name())))
    }

    /// JUMP_FORWARD, JUMP_BACKWARD (eval breaker checked, resuming at the jump itself so the
    /// interpreter runs its own check), JUMP_BACKWARD_NO_INTERRUPT.
    pub(super) fn jump(&mut self, ins: &Instr) -> R<bool> {
        if ins.op == Opcode::JumpBackward {
            self.set_prev_instr(ins.offset)?;
            self.check_eval_breaker(ins.start, ins)?;
        }
        let t = self.block_at(self.target(ins)?)?;
        self.b.build_unconditional_branch(t).map_err(be)?;
        Ok(false)
    }

    /// The block a taken conditional jump goes to: the target itself, or for a back-edge a
    /// block that first checks the eval breaker (handing over at the target if work is pending).
    fn taken_block(&mut self, ins: &Instr) -> R<inkwell::basic_block::BasicBlock<'ctx>> {
        let t = self.block_at(self.target(ins)?)?;
        if !ins.is_backward_jump() {
            return Ok(t);
        }
        let here = self
            .b
            .get_insert_block()
            .ok_or_else(|| be("unpositioned"))?;
        let bb = self.new_block("backedge");
        self.b.position_at_end(bb);
        self.check_eval_breaker(self.target(ins)?, ins)?;
        self.b.build_unconditional_branch(t).map_err(be)?;
        self.b.position_at_end(here);
        Ok(bb)
    }

    /// Truth value of `v` as an i1: Py_True/Py_False inline, an exact int, list or tuple by its
    /// size, else PyObject_IsTrue. With
    /// `consume`, `v`'s reference is released (before the error check, as ceval.c does).
    pub(super) fn truth(
        &mut self,
        v: PointerValue<'ctx>,
        ins: &Instr,
        consume: bool,
    ) -> R<IntValue<'ctx>> {
        let is_t = self.ptr_eq(v, self.global("_Py_TrueStruct"))?;
        let chk_f = self.new_block("chk_false");
        let fast = self.new_block("fast_bool");
        let slow = self.new_block("is_true");
        let merge = self.new_block("truth");
        self.b
            .build_conditional_branch(is_t, fast, chk_f)
            .map_err(be)?;
        self.b.position_at_end(chk_f);
        let is_f = self.ptr_eq(v, self.global("_Py_FalseStruct"))?;
        self.b
            .build_conditional_branch(is_f, fast, slow)
            .map_err(be)?;
        self.b.position_at_end(fast);
        if consume {
            // True and False are static and never deallocated.
            let rc = self
                .b
                .build_load(self.i64, v, "rc")
                .map_err(be)?
                .into_int_value();
            let n = self.b.build_int_sub(rc, self.c64(1), "rc1").map_err(be)?;
            self.b.build_store(v, n).map_err(be)?;
        }
        self.b.build_unconditional_branch(merge).map_err(be)?;
        self.b.position_at_end(slow);
        self.set_prev_instr(ins.offset)?;
        // An exact int, list or tuple: `ob_size != 0` is what `long_bool`, `list_length` and
        // `tuplelength` give `PyObject_IsTrue` (`while k:`, `if items:`).
        let t = self.load_ptr(v, cp::OB_TYPE)?;
        let mut sized = self.ptr_eq(t, self.global("PyLong_Type"))?;
        for ty in ["PyList_Type", "PyTuple_Type"] {
            let is = self.ptr_eq(t, self.global(ty))?;
            sized = self.b.build_or(sized, is, "sized").map_err(be)?;
        }
        let by_size = self.new_block("truth_by_size");
        let call = self.new_block("truth_call");
        self.b
            .build_conditional_branch(sized, by_size, call)
            .map_err(be)?;
        self.b.position_at_end(by_size);
        let n = self.load_int(self.i64, v, cp::VAR_SIZE)?;
        let nz = self
            .b
            .build_int_compare(IntPredicate::NE, n, self.c64(0), "size_nz")
            .map_err(be)?;
        if consume {
            self.decref(v)?;
        }
        let sized_end = self.here()?;
        self.b.build_unconditional_branch(merge).map_err(be)?;
        self.b.position_at_end(call);
        let r = self
            .call("PyObject_IsTrue", Some(self.i32.into()), &[v.into()])?
            .into_int_value();
        if consume {
            self.decref(v)?;
        }
        self.neg_check(r, ins)?;
        let rnz = self
            .b
            .build_int_compare(IntPredicate::NE, r, self.c32(0), "truthy")
            .map_err(be)?;
        let slow_end = self
            .b
            .get_insert_block()
            .ok_or_else(|| be("unpositioned"))?;
        self.b.build_unconditional_branch(merge).map_err(be)?;
        self.b.position_at_end(merge);
        let phi = self.b.build_phi(self.ctx.bool_type(), "t").map_err(be)?;
        phi.add_incoming(&[(&is_t, fast), (&nz, sized_end), (&rnz, slow_end)]);
        Ok(phi.as_basic_value().into_int_value())
    }

    /// POP_JUMP_{FORWARD,BACKWARD}_IF_{TRUE,FALSE}.
    pub(super) fn pop_jump_if_bool(&mut self, ins: &Instr) -> R<bool> {
        let v = self.pop()?;
        let t = self.truth(v, ins, true)?;
        let jump_if_true = matches!(
            ins.op,
            Opcode::PopJumpForwardIfTrue | Opcode::PopJumpBackwardIfTrue
        );
        self.pop_jump(ins, t, jump_if_true)
    }

    /// Branch to the target when `cond == jump_when`, else fall through.
    pub(super) fn pop_jump(
        &mut self,
        ins: &Instr,
        cond: IntValue<'ctx>,
        jump_when: bool,
    ) -> R<bool> {
        let taken = self.taken_block(ins)?;
        let fall = self.block_at(ins.next)?;
        let (yes, no) = if jump_when {
            (taken, fall)
        } else {
            (fall, taken)
        };
        self.b.build_conditional_branch(cond, yes, no).map_err(be)?;
        Ok(false)
    }

    /// POP_JUMP_{FORWARD,BACKWARD}_IF_{NONE,NOT_NONE}.
    pub(super) fn pop_jump_if_none(&mut self, ins: &Instr) -> R<bool> {
        let v = self.pop()?;
        let is_none = self.ptr_eq(v, self.global("_Py_NoneStruct"))?;
        self.set_prev_instr(ins.offset)?;
        self.decref(v)?;
        let jump_if_none = matches!(
            ins.op,
            Opcode::PopJumpForwardIfNone | Opcode::PopJumpBackwardIfNone
        );
        self.pop_jump(ins, is_none, jump_if_none)
    }

    /// JUMP_IF_{TRUE,FALSE}_OR_POP: keep the value when jumping, pop it otherwise.
    pub(super) fn jump_or_pop(&mut self, ins: &Instr) -> R<bool> {
        let v = self.peek_at(self.depth - 1)?;
        let t = self.truth(v, ins, false)?;
        let taken = self.block_at(self.target(ins)?)?;
        let pop = self.new_block("pop");
        let (yes, no) = if ins.op == Opcode::JumpIfTrueOrPop {
            (taken, pop)
        } else {
            (pop, taken)
        };
        self.b.build_conditional_branch(t, yes, no).map_err(be)?;
        self.b.position_at_end(pop);
        self.depth -= 1;
        self.decref(v)?;
        let fall = self.block_at(ins.next)?;
        self.b.build_unconditional_branch(fall).map_err(be)?;
        Ok(false)
    }

    /// GET_ITER: `rjit_get_iter` (`PyObject_GetIter`, with a class's Python `__iter__` called
    /// through the direct route).
    pub(super) fn get_iter(&mut self, ins: &Instr) -> R<bool> {
        let v = self.pop()?;
        self.set_prev_instr(ins.offset)?;
        let it = self.call_obj("rjit_get_iter", &[self.tstate.into(), v.into()])?;
        self.decref(v)?;
        self.null_check(it, ins)?;
        self.push(it)?;
        Ok(true)
    }

    /// FOR_ITER: the next item of an exact range or list iterator is taken inline (what
    /// `rangeiter_next` and `listiter_next` do; 3.12's FOR_ITER_RANGE / _LIST); any other
    /// iterator, and an exhausted one, gets `tp_iternext` called directly. Exhaustion pops
    /// the iterator and jumps.
    pub(super) fn for_iter(&mut self, ins: &Instr) -> R<bool> {
        let d = self.depth;
        let it = self.peek_at(d - 1)?;
        self.set_prev_instr(ins.offset)?;
        let ty = self.load_ptr(it, cp::OB_TYPE)?;
        let merge = self.new_block("iter_next");
        let generic = self.new_block("iter_generic");
        let mut nexts: Vec<(PointerValue<'ctx>, inkwell::basic_block::BasicBlock<'ctx>)> =
            Vec::new();

        // range_iterator: index < len -> PyLong_FromLong(start + index * step), index += 1 (a
        // C long is 64 bits here, so `box_int`).
        let is_range = self.ptr_eq(ty, self.global("PyRangeIter_Type"))?;
        let range_check = self.new_block("range_iter");
        let not_range = self.new_block("not_range_iter");
        self.b
            .build_conditional_branch(is_range, range_check, not_range)
            .map_err(be)?;
        self.b.position_at_end(range_check);
        let index = self.load_int(self.i64, it, cp::RANGEITER_INDEX)?;
        let len = self.load_int(self.i64, it, cp::RANGEITER_LEN)?;
        let more = self
            .b
            .build_int_compare(IntPredicate::SLT, index, len, "more")
            .map_err(be)?;
        self.guard(more, generic, "range_item")?;
        let start = self.load_int(self.i64, it, cp::RANGEITER_START)?;
        let step = self.load_int(self.i64, it, cp::RANGEITER_STEP)?;
        // Wrapping, as C's unsigned arithmetic there.
        let off = self.b.build_int_mul(index, step, "off").map_err(be)?;
        let v = self.b.build_int_add(start, off, "v").map_err(be)?;
        let index1 = self
            .b
            .build_int_add(index, self.c64(1), "index1")
            .map_err(be)?;
        self.store_at(it, cp::RANGEITER_INDEX, index1.into())?;
        let obj = self.box_int(v)?;
        nexts.push((obj, self.here()?));
        self.b.build_unconditional_branch(merge).map_err(be)?;

        // list_iterator: it_seq alive and index < len(it_seq) -> a new reference to the item.
        self.b.position_at_end(not_range);
        let is_list = self.ptr_eq(ty, self.global("PyListIter_Type"))?;
        let list_check = self.new_block("list_iter");
        self.b
            .build_conditional_branch(is_list, list_check, generic)
            .map_err(be)?;
        self.b.position_at_end(list_check);
        let seq = self.load_ptr(it, cp::LISTITER_SEQ)?;
        let alive = self.b.build_is_not_null(seq, "alive").map_err(be)?;
        self.guard(alive, generic, "list_alive")?;
        let index = self.load_int(self.i64, it, cp::LISTITER_INDEX)?;
        let size = self.load_int(self.i64, seq, cp::VAR_SIZE)?;
        let more = self
            .b
            .build_int_compare(IntPredicate::SLT, index, size, "more")
            .map_err(be)?;
        self.guard(more, generic, "list_item")?;
        let items = self.load_ptr(seq, cp::LIST_ITEMS)?;
        let off = self
            .b
            .build_int_mul(index, self.c64(8), "off")
            .map_err(be)?;
        let item = self
            .b
            .build_load(self.ptr, self.gep_dyn(items, off)?, "item")
            .map_err(be)?
            .into_pointer_value();
        self.incref(item)?;
        let index1 = self
            .b
            .build_int_add(index, self.c64(1), "index1")
            .map_err(be)?;
        self.store_at(it, cp::LISTITER_INDEX, index1.into())?;
        nexts.push((item, self.here()?));
        self.b.build_unconditional_branch(merge).map_err(be)?;

        self.b.position_at_end(generic);
        let next_fn = self.load_ptr(ty, cp::TYPE_ITERNEXT)?;
        let fty = self.ptr.fn_type(&[self.ptr.into()], false);
        let next = self
            .b
            .build_indirect_call(fty, next_fn, &[it.into()], "next")
            .map_err(be)?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| be("tp_iternext returned void"))?
            .into_pointer_value();
        nexts.push((next, self.here()?));
        self.b.build_unconditional_branch(merge).map_err(be)?;

        self.b.position_at_end(merge);
        let next = self.phi(self.ptr, &nexts, "next")?.into_pointer_value();
        let got = self.new_block("next");
        let done = self.new_block("exhausted");
        let null = self.b.build_is_null(next, "isnull").map_err(be)?;
        self.b
            .build_conditional_branch(null, done, got)
            .map_err(be)?;
        self.b.position_at_end(got);
        self.set_slot(d, next)?;
        let body = self.block_at(ins.next)?;
        self.b.build_unconditional_branch(body).map_err(be)?;
        self.b.position_at_end(done);
        let r = self
            .call(
                "rjit_iter_exhausted",
                Some(self.i32.into()),
                &[self.tstate.into()],
            )?
            .into_int_value();
        self.neg_check(r, ins)?;
        self.decref(it)?;
        let exit = self.block_at(self.target(ins)?)?;
        self.b.build_unconditional_branch(exit).map_err(be)?;
        Ok(false)
    }
}
