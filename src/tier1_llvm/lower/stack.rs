//! Locals, constants and pure stack shuffles: LOAD_FAST, STORE_FAST, LOAD_CONST, POP_TOP,
//! PUSH_NULL, COPY, SWAP, BUILD_TUPLE, BUILD_LIST.

use inkwell::values::PointerValue;

use super::{Lower, R, UNBOXED_FLOAT, UNBOXED_INT, Unboxed, be};

/// UNPACK_SEQUENCE inlines the exact tuple/list case up to this many items: each inlined item
/// is a load and an incref per site, and functions made of hundreds of wide unpackings ran
/// slower inlined than through the helper (code size: pyperformance's unpack_sequence).
const MAX_INLINE_UNPACK: u32 = 3;
use crate::bytecode::{Instr, Opcode};
use crate::cpython as cp;
use crate::tier0::snapshot::Number;

/// How many of the values on top of the stack `op` accepts as borrowed references (it pops
/// them with `pop_operand` and releases only owned ones): the operands of the operators and
/// subscripts, the owner of an attribute. (STORE_SUBSCR's and STORE_ATTR's stored value is
/// below them and stays owned: the container takes it.)
fn borrowed_operands(op: Opcode) -> u32 {
    use Opcode::*;
    match op {
        BinaryOp | CompareOp | BinarySubscr | StoreSubscr => 2,
        LoadAttr | StoreAttr => 1,
        _ => 0,
    }
}

impl<'ctx, 'a> Lower<'ctx, 'a> {
    /// LOAD_FAST: UnboundLocalError if the local is NULL.
    pub(super) fn load_fast(&mut self, ins: &Instr) -> R<bool> {
        let p = self.local_ptr(ins.arg)?;
        let v = self
            .b
            .build_load(self.ptr, p, "local")
            .map_err(be)?
            .into_pointer_value();
        if self.bound.contains(&ins.offset) {
            return self.push_local(ins, v);
        }
        self.unless_unbound(ins, v, "rjit_unbound_local")?;
        self.push_local(ins, v)
    }

    /// Continues where `v` is not NULL; where it is, `helper(tstate, frame, oparg)` raises the
    /// interpreter's error for the unbound name and the error exit is taken.
    pub(super) fn unless_unbound(
        &mut self,
        ins: &Instr,
        v: PointerValue<'ctx>,
        helper: &str,
    ) -> R<()> {
        let unbound = self.new_block("unbound");
        let ok = self.new_block("bound");
        let null = self.b.build_is_null(v, "isnull").map_err(be)?;
        self.branch_expecting(null, unbound, ok, false)?;
        self.b.position_at_end(unbound);
        // The error exit spills the stack as owned references: take one for each borrowed
        // value below (the first operand of `a + b` when `b` is unbound).
        let none = vec![false; self.borrowed.len()];
        let borrowed = std::mem::replace(&mut self.borrowed, none);
        for k in (0..self.depth).filter(|&k| borrowed[k as usize]) {
            let v = self.load_slot(k)?;
            self.incref(v)?;
        }
        self.set_prev_instr(ins.offset)?;
        self.call(
            helper,
            None,
            &[
                self.tstate.into(),
                self.frame.into(),
                self.c32(ins.arg as i64).into(),
            ],
        )?;
        let err = self.error_block(ins)?;
        self.borrowed = borrowed;
        self.b.build_unconditional_branch(err).map_err(be)?;
        self.b.position_at_end(ok);
        Ok(())
    }

    /// COPY_FREE_VARS n: the function's closure cells into the last `n` slots of
    /// `localsplus`, each with a new reference, as the interpreter copies them.
    pub(super) fn copy_free_vars(&mut self, ins: &Instr) -> R<bool> {
        let n = ins.arg as usize;
        let first = self.snap.nlocalsplus as usize - n;
        let func = self.load_ptr(self.frame, cp::FRAME_FUNC)?;
        let closure = self.load_ptr(func, cp::FUNC_CLOSURE)?;
        for i in 0..n {
            let cell = self.load_ptr(closure, cp::TUPLE_ITEMS + 8 * i)?;
            self.incref(cell)?;
            let p = self.local_ptr((first + i) as u32)?;
            self.b.build_store(p, cell).map_err(be)?;
        }
        Ok(true)
    }

    /// LOAD_DEREF: the contents of the cell in `localsplus[oparg]` (MAKE_CELL or
    /// COPY_FREE_VARS put it there before any use), as a new reference; an empty cell raises
    /// the interpreter's UnboundLocalError or NameError (`rjit_unbound_deref`).
    pub(super) fn load_deref(&mut self, ins: &Instr) -> R<bool> {
        let p = self.local_ptr(ins.arg)?;
        let cell = self
            .b
            .build_load(self.ptr, p, "cell")
            .map_err(be)?
            .into_pointer_value();
        let v = self.load_ptr(cell, cp::CELL_REF)?;
        self.unless_unbound(ins, v, "rjit_unbound_deref")?;
        self.incref(v)?;
        self.push(v)?;
        Ok(true)
    }

    /// Push a bound local's value: borrowed for the consumers that allow it, else owned.
    fn push_local(&mut self, ins: &Instr, v: PointerValue<'ctx>) -> R<bool> {
        if self.borrowable(ins) {
            self.push_borrowed(v)?;
        } else {
            self.incref(v)?;
            self.push(v)?;
        }
        Ok(true)
    }

    /// Whether the value `ins` (LOAD_FAST or LOAD_CONST) pushes may be a borrowed reference:
    /// its consumer takes it as a borrowed operand (`borrowed_operands`) and is reached in
    /// straight line, directly or after one more such load (`a + b`, `x[i]`), and no other
    /// path enters in between. Nothing in between
    /// can rebind the local (only this code's STORE_FAST/DELETE_FAST can), so the local (or
    /// the code object's constants) keeps the value alive until the consumer, which releases
    /// only the operands it owns. A borrowed value is never spilled: the one instruction that
    /// can fail in between, the second LOAD_FAST, takes a reference on its error exit.
    pub(super) fn borrowable(&self, ins: &Instr) -> bool {
        let op = |n| self.straight_after(ins, n).map(|i| i.op);
        let takes = |op: Option<Opcode>| op.map_or(0, borrowed_operands);
        let load = matches!(op(1), Some(Opcode::LoadFast | Opcode::LoadConst));
        takes(op(1)) >= 1 || (load && takes(op(2)) >= 2)
    }

    /// STORE_FAST: store first, then release the old value (its finaliser may observe the frame).
    pub(super) fn store_fast(&mut self, ins: &Instr) -> R<bool> {
        let v = self.pop()?;
        let p = self.local_ptr(ins.arg)?;
        let old = self
            .b
            .build_load(self.ptr, p, "old")
            .map_err(be)?
            .into_pointer_value();
        self.b.build_store(p, v).map_err(be)?;
        // Only the old value's destructor can call out: `prev_instr` is set on that path.
        if self.bound.contains(&ins.offset) {
            self.decref_at(old, ins.offset)?;
        } else {
            self.xdecref_at(old, ins.offset)?;
        }
        Ok(true)
    }

    /// LOAD_CONST: from the runtime table, never an address baked into the code.
    /// LOAD_CONST. A number (`CodeSnapshot::number`) whose consumer takes unboxed operands
    /// (`compare::numeric_consumer`: `n - 1`, `x < 2`, `y * 0.5`) is pushed as its value, so
    /// that the consumer computes with it directly; anything else is the object (borrowed for
    /// a consumer that allows it).
    pub(super) fn load_const(&mut self, ins: &Instr) -> R<bool> {
        if let Some(n) = self.snap.number(ins.arg)
            && self.numeric_consumer(ins)
        {
            let (i8t, f64t) = (self.ctx.i8_type(), self.ctx.f64_type());
            let u = match n {
                Number::Int(v) => Unboxed {
                    kind: i8t.const_int(UNBOXED_INT, false),
                    f: f64t.const_zero(),
                    i: self.i64.const_int(v as u64, true),
                },
                Number::Float(bits) => Unboxed {
                    kind: i8t.const_int(UNBOXED_FLOAT, false),
                    f: f64t.const_float(f64::from_bits(bits)),
                    i: self.c64(0),
                },
            };
            self.push_unboxed(self.ptr.const_null(), u)?;
            self.constant[self.depth as usize - 1] = Some(ins.arg);
            return Ok(true);
        }
        let v = self.table_entry(ins.arg)?;
        if self.borrowable(ins) {
            self.push_borrowed(v)?;
        } else {
            self.incref(v)?;
            self.push(v)?;
        }
        Ok(true)
    }

    pub(super) fn table_entry(&self, index: u32) -> R<inkwell::values::PointerValue<'ctx>> {
        self.load_ptr(self.table, 8 * index as usize)
    }

    pub(super) fn pop_top(&mut self, ins: &Instr) -> R<bool> {
        let v = self.pop()?;
        self.xdecref_at(v, ins.offset)?;
        Ok(true)
    }

    pub(super) fn push_null(&mut self) -> R<bool> {
        self.push(self.ptr.const_null())?;
        Ok(true)
    }

    pub(super) fn copy(&mut self, ins: &Instr) -> R<bool> {
        let v = self.peek_at(self.depth - ins.arg)?;
        self.incref(v)?;
        self.push(v)?;
        Ok(true)
    }

    pub(super) fn swap(&mut self, ins: &Instr) -> R<bool> {
        let (top, other) = (self.depth - 1, self.depth - ins.arg);
        let a = self.peek_at(top)?;
        let b = self.peek_at(other)?;
        self.set_slot(top, b)?;
        self.set_slot(other, a)?;
        Ok(true)
    }

    /// UNPACK_SEQUENCE n: the helper writes the items into the frame's stack slots (first
    /// item on top), from where they are loaded back into the value stack.
    pub(super) fn unpack_sequence(&mut self, ins: &Instr) -> R<bool> {
        let n = ins.arg;
        let seq = self.pop()?;
        let base = self.depth;
        self.set_prev_instr(ins.offset)?;
        if n > MAX_INLINE_UNPACK {
            if let Some(stores) = self.unpack_stores(ins) {
                return self.unpack_into_locals(ins, seq, base, stores);
            }
            return self.unpack_generic(ins, seq, base);
        }
        // Inline for an exact tuple or list of exactly `n` items (UNPACK_SEQUENCE_TUPLE/_LIST):
        // push the items, last first, each with a new reference.
        let ty = self.load_ptr(seq, cp::OB_TYPE)?;
        let is_tuple = self.ptr_eq(ty, self.global("PyTuple_Type"))?;
        let is_list = self.ptr_eq(ty, self.global("PyList_Type"))?;
        let size = self.load_int(self.i64, seq, cp::VAR_SIZE)?;
        let fits = self
            .b
            .build_int_compare(inkwell::IntPredicate::EQ, size, self.c64(n as u64), "fits")
            .map_err(be)?;
        let tuple_fast = self.new_block("unpack_tuple");
        let not_tuple = self.new_block("unpack_not_tuple");
        let list_fast = self.new_block("unpack_list");
        let slow = self.new_block("unpack_generic");
        let done = self.new_block("unpacked");
        let t_ok = self.b.build_and(is_tuple, fits, "t_ok").map_err(be)?;
        self.b
            .build_conditional_branch(t_ok, tuple_fast, not_tuple)
            .map_err(be)?;
        self.b.position_at_end(not_tuple);
        let l_ok = self.b.build_and(is_list, fits, "l_ok").map_err(be)?;
        self.b
            .build_conditional_branch(l_ok, list_fast, slow)
            .map_err(be)?;
        for (block, items) in [(tuple_fast, None), (list_fast, Some(()))] {
            self.b.position_at_end(block);
            let items = match items {
                None => self.gep(seq, cp::TUPLE_ITEMS)?,
                Some(()) => self.load_ptr(seq, cp::LIST_ITEMS)?,
            };
            for k in 0..n {
                let v = self.load_ptr(items, 8 * (n - 1 - k) as usize)?;
                self.incref(v)?;
                self.set_slot(base + k, v)?;
            }
            self.decref(seq)?;
            self.b.build_unconditional_branch(done).map_err(be)?;
        }
        self.b.position_at_end(slow);
        self.unpack_generic(ins, seq, base)?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(done);
        self.depth = base + n;
        Ok(true)
    }

    /// The `n` STORE_FASTs straight after UNPACK_SEQUENCE `n` (`a, b, c, d = t`), if that is
    /// what follows it.
    fn unpack_stores(&self, ins: &Instr) -> Option<Vec<&'a Instr>> {
        (1..=ins.arg as usize)
            .map(|k| {
                self.straight_after(ins, k)
                    .filter(|s| s.op == Opcode::StoreFast)
            })
            .collect()
    }

    /// UNPACK_SEQUENCE `n` and the `n` STORE_FASTs after it, lowered together. As CPython,
    /// every item is taken (a new reference) before anything is stored; then each store reads
    /// its item just before it releases the local's old value, so the items are never all live
    /// in registers at once (each old value's destructor is a call). An exact tuple of `n`
    /// items is read in place, twice (its items cannot change while we hold it); anything else
    /// goes through the helper into the frame's stack slots (a list's items could change
    /// under a destructor between two stores), with a second copy of the stores. The stores'
    /// own blocks are left empty (`absorbed`).
    fn unpack_into_locals(
        &mut self,
        ins: &Instr,
        seq: PointerValue<'ctx>,
        base: u32,
        stores: Vec<&'a Instr>,
    ) -> R<bool> {
        let n = ins.arg;
        let last = stores.last().ok_or_else(|| be("UNPACK_SEQUENCE 0"))?;
        let next = self.block_at(last.next)?;
        let ty = self.load_ptr(seq, cp::OB_TYPE)?;
        let is_tuple = self.ptr_eq(ty, self.global("PyTuple_Type"))?;
        let size = self.load_int(self.i64, seq, cp::VAR_SIZE)?;
        let fits = self
            .b
            .build_int_compare(inkwell::IntPredicate::EQ, size, self.c64(n as u64), "fits")
            .map_err(be)?;
        let ok = self.b.build_and(is_tuple, fits, "t_ok").map_err(be)?;
        let tuple = self.new_block("unpack_tuple");
        let other = self.new_block("unpack_generic");
        self.branch_expecting(ok, tuple, other, true)?;

        self.b.position_at_end(tuple);
        let items = self.gep(seq, cp::TUPLE_ITEMS)?;
        for k in 0..stores.len() {
            let v = self.load_ptr(items, 8 * k)?;
            self.incref(v)?;
        }
        for (k, store) in stores.iter().enumerate() {
            let v = self.load_ptr(items, 8 * k)?;
            self.push(v)?;
            self.store_fast(store)?;
        }
        self.decref(seq)?;
        self.b.build_unconditional_branch(next).map_err(be)?;

        self.b.position_at_end(other);
        self.unpack_helper(ins, seq, base)?;
        for (k, store) in stores.iter().enumerate() {
            // The first item is on top: the first store takes it.
            let p = self.frame_stack_ptr(base + n - 1 - k as u32)?;
            let v = self
                .b
                .build_load(self.ptr, p, "item")
                .map_err(be)?
                .into_pointer_value();
            self.push(v)?;
            self.store_fast(store)?;
            self.absorbed.insert(store.start);
        }
        self.b.build_unconditional_branch(next).map_err(be)?;
        Ok(false)
    }

    /// `rjit_unpack_sequence` into the frame's stack slots `base..base + n` (first item on
    /// top), `seq` released; on failure the error exit, with the stack at `base`.
    fn unpack_helper(&mut self, ins: &Instr, seq: PointerValue<'ctx>, base: u32) -> R<()> {
        let out = self.frame_stack_ptr(base)?;
        let r = self
            .call(
                "rjit_unpack_sequence",
                Some(self.i32.into()),
                &[seq.into(), self.c32(ins.arg as i64).into(), out.into()],
            )?
            .into_int_value();
        self.decref(seq)?;
        self.depth = base;
        self.neg_check(r, ins)
    }

    /// UNPACK_SEQUENCE through `rjit_unpack_sequence` (any iterable, CPython's errors): the
    /// items land in the frame's stack slots and are loaded into the abstract stack.
    fn unpack_generic(&mut self, ins: &Instr, seq: PointerValue<'ctx>, base: u32) -> R<bool> {
        let n = ins.arg;
        self.unpack_helper(ins, seq, base)?;
        for k in 0..n {
            let p = self.frame_stack_ptr(base + k)?;
            let v = self
                .b
                .build_load(self.ptr, p, "item")
                .map_err(be)?
                .into_pointer_value();
            self.set_slot(base + k, v)?;
        }
        self.depth = base + n;
        Ok(true)
    }

    /// BUILD_TUPLE / BUILD_LIST: allocate, then move the items in (they are stolen).
    pub(super) fn build_seq(&mut self, ins: &Instr) -> R<bool> {
        let n = ins.arg;
        self.set_prev_instr(ins.offset)?;
        let is_tuple = ins.op == Opcode::BuildTuple;
        let ctor = if is_tuple {
            "PyTuple_New"
        } else {
            "PyList_New"
        };
        let seq = self.call_obj(ctor, &[self.c64(n as u64).into()])?;
        self.null_check(seq, ins)?;
        let items = if is_tuple {
            self.gep(seq, cp::TUPLE_ITEMS)?
        } else {
            self.load_ptr(seq, cp::LIST_ITEMS)?
        };
        let base = self.depth - n;
        for k in 0..n {
            let v = self.peek_at(base + k)?;
            self.store_at(items, 8 * k as usize, v.into())?;
        }
        self.depth = base;
        self.push(seq)?;
        Ok(true)
    }
}
