//! Names and calls: LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD, STORE_ATTR, CALL (with KW_NAMES;
//! PRECALL's bound-method unpacking is done by the CALL helper, which is equivalent in 3.11).
//! Attribute instructions pass their own inline cache (`runtime::inline_cache`) to the helper.

use super::{Lower, R};
use crate::bytecode::Instr;
use crate::runtime::inline_cache::INLINE_CACHE_BYTES;

const _: () = assert!(INLINE_CACHE_BYTES == crate::tier0::state::INLINE_CACHE_BYTES);

impl<'ctx, 'a> Lower<'ctx, 'a> {
    fn name_entry(&self, index: u32) -> R<inkwell::values::PointerValue<'ctx>> {
        self.table_entry(self.snap.nconsts + index)
    }

    /// LOAD_GLOBAL: `[NULL,] value` through the site's inline cache; on error nothing is pushed.
    pub(super) fn load_global(&mut self, ins: &Instr) -> R<bool> {
        let name = self.name_entry(ins.arg >> 1)?;
        let cache = self.cache_of(ins)?;
        self.set_prev_instr(ins.offset)?;
        let v = self.call_obj(
            "rjit_load_global",
            &[self.frame.into(), name.into(), cache.into()],
        )?;
        self.null_check(v, ins)?;
        if ins.arg & 1 == 1 {
            self.push(self.ptr.const_null())?;
        }
        self.push(v)?;
        Ok(true)
    }

    /// Address of `ins`'s inline cache.
    fn cache_of(&self, ins: &Instr) -> R<inkwell::values::PointerValue<'ctx>> {
        let site = self.cache_sites.get(&ins.offset).ok_or_else(|| {
            super::be(format!(
                "{} at {} has no inline cache",
                ins.op.name(),
                ins.offset
            ))
        })?;
        self.gep(self.caches, *site as usize * INLINE_CACHE_BYTES)
    }

    /// LOAD_ATTR: `owner.name`, through the site's inline cache.
    pub(super) fn load_attr(&mut self, ins: &Instr) -> R<bool> {
        let name = self.name_entry(ins.arg)?;
        let cache = self.cache_of(ins)?;
        let owner = self.pop()?;
        self.set_prev_instr(ins.offset)?;
        let res = self.call_obj("rjit_load_attr", &[owner.into(), name.into(), cache.into()])?;
        self.decref(owner)?;
        self.null_check(res, ins)?;
        self.push(res)?;
        Ok(true)
    }

    /// LOAD_METHOD: `meth, self` when an unbound method was found, else `NULL, attr`.
    pub(super) fn load_method(&mut self, ins: &Instr) -> R<bool> {
        let name = self.name_entry(ins.arg)?;
        let cache = self.cache_of(ins)?;
        let obj = self.peek_at(self.depth - 1)?;
        self.set_prev_instr(ins.offset)?;
        let out = self.scratch;
        self.b
            .build_store(out, self.ptr.const_null())
            .map_err(super::be)?;
        let found = self
            .call(
                "rjit_load_method",
                Some(self.i32.into()),
                &[obj.into(), name.into(), out.into(), cache.into()],
            )?
            .into_int_value();
        let meth = self
            .b
            .build_load(self.ptr, out, "m")
            .map_err(super::be)?
            .into_pointer_value();
        self.null_check(meth, ins)?;
        // found: [meth, obj]; not found: [NULL, meth] and obj released.
        let is_found = self
            .b
            .build_int_compare(inkwell::IntPredicate::NE, found, self.c32(0), "found")
            .map_err(super::be)?;
        let lower_slot = self
            .b
            .build_select(is_found, meth, self.ptr.const_null(), "lo")
            .map_err(super::be)?;
        let upper_slot = self
            .b
            .build_select(is_found, obj, meth, "hi")
            .map_err(super::be)?;
        let d = self.depth;
        self.set_slot(d - 1, lower_slot.into_pointer_value())?;
        self.set_slot(d, upper_slot.into_pointer_value())?;
        self.depth = d + 1;
        let rel = self.new_block("release_obj");
        let cont = self.new_block("cont");
        self.b
            .build_conditional_branch(is_found, cont, rel)
            .map_err(super::be)?;
        self.b.position_at_end(rel);
        self.decref(obj)?;
        self.b.build_unconditional_branch(cont).map_err(super::be)?;
        self.b.position_at_end(cont);
        Ok(true)
    }

    /// STORE_ATTR: `owner.name = value` (TOS is owner); the helper consumes both.
    pub(super) fn store_attr(&mut self, ins: &Instr) -> R<bool> {
        let name = self.name_entry(ins.arg)?;
        let cache = self.cache_of(ins)?;
        let owner = self.pop()?;
        let value = self.pop()?;
        self.set_prev_instr(ins.offset)?;
        let r = self
            .call(
                "rjit_store_attr",
                Some(self.i32.into()),
                &[owner.into(), name.into(), value.into(), cache.into()],
            )?
            .into_int_value();
        self.neg_check(r, ins)?;
        Ok(true)
    }

    /// CALL n: the callable pair and the arguments are spilled to the frame's own stack slots
    /// (where the interpreter keeps them) and handed to `rjit_call`, which consumes them.
    pub(super) fn call_op(&mut self, ins: &Instr) -> R<bool> {
        let n = ins.arg;
        let base = self.depth - n - 2;
        for k in base..self.depth {
            let v = self.peek_at(k)?;
            let p = self.frame_stack_ptr(k)?;
            self.b.build_store(p, v).map_err(super::be)?;
        }
        let kwnames = match self.kwnames.take() {
            Some(ci) => self.table_entry(ci)?,
            None => self.ptr.const_null(),
        };
        self.set_prev_instr(ins.offset)?;
        let args = self.frame_stack_ptr(base)?;
        let res = self.call_obj(
            "rjit_call",
            &[
                self.tstate.into(),
                args.into(),
                self.c32(n as i64).into(),
                kwnames.into(),
            ],
        )?;
        self.depth = base;
        self.null_check(res, ins)?;
        self.push(res)?;
        self.after_call(ins)?;
        Ok(true)
    }
}
