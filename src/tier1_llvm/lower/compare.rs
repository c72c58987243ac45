//! Operators through the C API: BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, UNARY_*,
//! BINARY_SUBSCR, STORE_SUBSCR. Each consumes its operands exactly as ceval.c does, and on
//! error hands over the stack the interpreter would have (operands already released).
//!
//! Inline fast paths (generic tier, no profile needed): `+ - *` and comparisons on two exact
//! ints of at most two digits (|v| < 2**60: sums fit an i64; `*` only when both fit 31 bits)
//! and `+ - * /` and comparisons on
//! two exact floats compute in registers; the result is made by `PyLong_FromLongLong` /
//! `PyFloat_FromDouble` (or is `True`/`False`). Everything else, including float division by
//! zero, takes the C API call, so results and exceptions are CPython's. `==` and `!=` on two
//! exact strs call `_PyUnicode_Equal` directly. Likewise `list[i]`
//! and `tuple[i]` reads and `list[i] = v` for an exact int `0 <= i < len` index the items
//! directly (CPython's `BINARY_SUBSCR_LIST_INT`, `_TUPLE_INT`, `STORE_SUBSCR_LIST_INT`).

use inkwell::basic_block::BasicBlock;
use inkwell::values::{FloatValue, IntValue, PointerValue};
use inkwell::{FloatPredicate, IntPredicate};

use super::{Lower, R, be};
use crate::bytecode::{Instr, Opcode};
use crate::cpython as cp;

/// Arithmetic with an inline fast path.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Arith {
    Add,
    Sub,
    Mul,
    /// Floats only (int / int is a float in Python: left to the C API).
    TrueDiv,
}

impl Arith {
    /// By BINARY_OP oparg (`opcode._nb_ops`); in-place forms behave alike on ints and floats.
    fn of(oparg: u32) -> Option<Arith> {
        match oparg {
            0 | 13 => Some(Arith::Add),
            10 | 23 => Some(Arith::Sub),
            5 | 18 => Some(Arith::Mul),
            11 | 24 => Some(Arith::TrueDiv),
            _ => None,
        }
    }
}

/// `binary_ops[]` of ceval.c, indexed by BINARY_OP's oparg (`opcode._nb_ops` order).
const NB_OPS: [&str; 26] = [
    "PyNumber_Add",
    "PyNumber_And",
    "PyNumber_FloorDivide",
    "PyNumber_Lshift",
    "PyNumber_MatrixMultiply",
    "PyNumber_Multiply",
    "PyNumber_Remainder",
    "PyNumber_Or",
    "rjit_power",
    "PyNumber_Rshift",
    "PyNumber_Subtract",
    "PyNumber_TrueDivide",
    "PyNumber_Xor",
    "PyNumber_InPlaceAdd",
    "PyNumber_InPlaceAnd",
    "PyNumber_InPlaceFloorDivide",
    "PyNumber_InPlaceLshift",
    "PyNumber_InPlaceMatrixMultiply",
    "PyNumber_InPlaceMultiply",
    "PyNumber_InPlaceRemainder",
    "PyNumber_InPlaceOr",
    "rjit_inplace_power",
    "PyNumber_InPlaceRshift",
    "PyNumber_InPlaceSubtract",
    "PyNumber_InPlaceTrueDivide",
    "PyNumber_InPlaceXor",
];

/// COMPARE_OP oparg (`<`, `<=`, `==`, `!=`, `>`, `>=`) as predicates. Floats: ordered except
/// `!=`, which is true for NaN, as in Python.
const INT_CMP: [IntPredicate; 6] = [
    IntPredicate::SLT,
    IntPredicate::SLE,
    IntPredicate::EQ,
    IntPredicate::NE,
    IntPredicate::SGT,
    IntPredicate::SGE,
];
const FLOAT_CMP: [FloatPredicate; 6] = [
    FloatPredicate::OLT,
    FloatPredicate::OLE,
    FloatPredicate::OEQ,
    FloatPredicate::UNE,
    FloatPredicate::OGT,
    FloatPredicate::OGE,
];

impl<'ctx, 'a> Lower<'ctx, 'a> {
    /// Two operands in, one result out, through the named C function.
    fn binary_call(&mut self, ins: &Instr, func: &str, extra: Option<u32>) -> R<bool> {
        let rhs = self.pop()?;
        let lhs = self.pop()?;
        self.set_prev_instr(ins.offset)?;
        let res = match extra {
            Some(op) => {
                self.call_obj(func, &[lhs.into(), rhs.into(), self.c32(op as i64).into()])?
            }
            None => self.call_obj(func, &[lhs.into(), rhs.into()])?,
        };
        self.decref(lhs)?;
        self.decref(rhs)?;
        self.null_check(res, ins)?;
        self.push(res)?;
        Ok(true)
    }

    pub(super) fn binary_op(&mut self, ins: &Instr) -> R<bool> {
        let name = NB_OPS
            .get(ins.arg as usize)
            .ok_or_else(|| be(format!("BINARY_OP {}", ins.arg)))?;
        match Arith::of(ins.arg) {
            Some(a) => self.numeric_fast(
                ins,
                name,
                None,
                None,
                |l, x, y, slow| l.int_arith(a, x, y, slow),
                |l, x, y, slow| l.float_arith(a, x, y, slow),
            ),
            None => self.binary_call(ins, name, None),
        }
    }

    pub(super) fn compare_op(&mut self, ins: &Instr) -> R<bool> {
        if ins.arg > 5 {
            return Err(be(format!("COMPARE_OP {}", ins.arg)));
        }
        let op = ins.arg;
        // `==` / `!=` on two exact strs: CPython's COMPARE_OP_STR_JUMP.
        let str_eq = match op {
            2 => Some(true),
            3 => Some(false),
            _ => None,
        };
        self.numeric_fast(
            ins,
            "PyObject_RichCompare",
            Some(op),
            str_eq,
            |l, x, y, _| {
                let c =
                    l.b.build_int_compare(INT_CMP[op as usize], x, y, "icmp")
                        .map_err(be)?;
                Ok(Some(l.bool_obj(c)?))
            },
            |l, x, y, _| {
                let c =
                    l.b.build_float_compare(FLOAT_CMP[op as usize], x, y, "fcmp")
                        .map_err(be)?;
                Ok(Some(l.bool_obj(c)?))
            },
        )
    }

    /// Two operands in, one result out: the int fast path when both are exact one-digit ints,
    /// the float fast path when both are exact floats, with `str_eq = Some(equal)` a string
    /// equality test (`_PyUnicode_Equal`) when both are exact strs, else `func` (with `extra`
    /// as third argument). A fast path may return None, or branch to the block it is given, to
    /// take the C API call after all.
    fn numeric_fast(
        &mut self,
        ins: &Instr,
        func: &str,
        extra: Option<u32>,
        str_eq: Option<bool>,
        int_path: impl Fn(
            &Self,
            IntValue<'ctx>,
            IntValue<'ctx>,
            BasicBlock<'ctx>,
        ) -> R<Option<PointerValue<'ctx>>>,
        float_path: impl Fn(
            &Self,
            FloatValue<'ctx>,
            FloatValue<'ctx>,
            BasicBlock<'ctx>,
        ) -> R<Option<PointerValue<'ctx>>>,
    ) -> R<bool> {
        let rhs = self.pop()?;
        let lhs = self.pop()?;
        self.set_prev_instr(ins.offset)?;
        let done = self.new_block("num_done");
        let slow = self.new_block("num_slow");
        let mut results: Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();

        let int_test = self.new_block("int_test");
        let float_check = self.new_block("float_check");
        let both_int = self.both_of_type(lhs, rhs, "PyLong_Type")?;
        self.b
            .build_conditional_branch(both_int, int_test, float_check)
            .map_err(be)?;
        self.b.position_at_end(int_test);
        let (cl, xl) = self.compact_int(lhs)?;
        let (cr, xr) = self.compact_int(rhs)?;
        let compact = self.b.build_and(cl, cr, "compact").map_err(be)?;
        let int_fast = self.new_block("int_fast");
        self.b
            .build_conditional_branch(compact, int_fast, slow)
            .map_err(be)?;
        self.b.position_at_end(int_fast);
        self.fast_result(int_path(self, xl, xr, slow)?, done, slow, &mut results)?;

        self.b.position_at_end(float_check);
        let both_float = self.both_of_type(lhs, rhs, "PyFloat_Type")?;
        let float_fast = self.new_block("float_fast");
        let not_float = if str_eq.is_some() {
            self.new_block("str_check")
        } else {
            slow
        };
        self.b
            .build_conditional_branch(both_float, float_fast, not_float)
            .map_err(be)?;
        self.b.position_at_end(float_fast);
        let fl = self.float_value(lhs)?;
        let fr = self.float_value(rhs)?;
        self.fast_result(float_path(self, fl, fr, slow)?, done, slow, &mut results)?;

        if let Some(equal) = str_eq {
            self.b.position_at_end(not_float);
            let both_str = self.both_of_type(lhs, rhs, "PyUnicode_Type")?;
            let str_fast = self.new_block("str_fast");
            self.b
                .build_conditional_branch(both_str, str_fast, slow)
                .map_err(be)?;
            self.b.position_at_end(str_fast);
            let eq = self
                .call(
                    "_PyUnicode_Equal",
                    Some(self.i32.into()),
                    &[lhs.into(), rhs.into()],
                )?
                .into_int_value();
            let pred = if equal {
                IntPredicate::NE
            } else {
                IntPredicate::EQ
            };
            let c = self
                .b
                .build_int_compare(pred, eq, self.c32(0), "streq")
                .map_err(be)?;
            let r = self.bool_obj(c)?;
            self.fast_result(Some(r), done, slow, &mut results)?;
        }

        self.b.position_at_end(slow);
        let res = match extra {
            Some(op) => {
                self.call_obj(func, &[lhs.into(), rhs.into(), self.c32(op as i64).into()])?
            }
            None => self.call_obj(func, &[lhs.into(), rhs.into()])?,
        };
        self.fast_result(Some(res), done, slow, &mut results)?;
        self.merge_result(ins, done, &results, lhs, rhs)
    }

    /// At `done`, where every path's result (NULL on error) arrives: release both operands,
    /// check for the error, push the result.
    fn merge_result(
        &mut self,
        ins: &Instr,
        done: BasicBlock<'ctx>,
        results: &[(PointerValue<'ctx>, BasicBlock<'ctx>)],
        lhs: PointerValue<'ctx>,
        rhs: PointerValue<'ctx>,
    ) -> R<bool> {
        self.b.position_at_end(done);
        let phi = self.b.build_phi(self.ptr, "res").map_err(be)?;
        for (v, bb) in results {
            phi.add_incoming(&[(v, *bb)]);
        }
        let res = phi.as_basic_value().into_pointer_value();
        self.decref(lhs)?;
        self.decref(rhs)?;
        self.null_check(res, ins)?;
        self.push(res)?;
        Ok(true)
    }

    /// End a path: its result goes to `done`, or, without one, control goes to `slow`.
    fn fast_result(
        &self,
        r: Option<PointerValue<'ctx>>,
        done: BasicBlock<'ctx>,
        slow: BasicBlock<'ctx>,
        results: &mut Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)>,
    ) -> R<()> {
        match r {
            Some(v) => {
                results.push((v, self.current_block()?));
                self.b.build_unconditional_branch(done).map_err(be)?;
            }
            None => {
                self.b.build_unconditional_branch(slow).map_err(be)?;
            }
        }
        Ok(())
    }

    fn current_block(&self) -> R<BasicBlock<'ctx>> {
        self.b
            .get_insert_block()
            .ok_or_else(|| be("builder has no block"))
    }

    /// `Py_TYPE(a) == &T && Py_TYPE(b) == &T` for the CPython type object named `ty`.
    fn both_of_type(
        &self,
        a: PointerValue<'ctx>,
        b: PointerValue<'ctx>,
        ty: &str,
    ) -> R<IntValue<'ctx>> {
        let t = self.global(ty);
        let ta = self.load_ptr(a, cp::OB_TYPE)?;
        let tb = self.load_ptr(b, cp::OB_TYPE)?;
        let ea = self.ptr_eq(ta, t)?;
        let eb = self.ptr_eq(tb, t)?;
        self.b.build_and(ea, eb, "both").map_err(be)
    }

    /// For an exact int: (has at most two 30-bit digits, its value as i64). Two digits are
    /// |v| < 2**60: sums and differences of two such values fit an i64 (products are checked
    /// in `int_arith`). The second digit is read for every int but used only when there are
    /// two: a one-digit int object is 28 bytes in a 32-byte block (pymalloc's size class, and
    /// the static small ints' struct size), so the read stays inside the object's memory.
    fn compact_int(&self, v: PointerValue<'ctx>) -> R<(IntValue<'ctx>, IntValue<'ctx>)> {
        let size = self
            .b
            .build_load(self.i64, self.gep(v, cp::VAR_SIZE)?, "size")
            .map_err(be)?
            .into_int_value();
        let biased = self
            .b
            .build_int_add(size, self.c64(2), "size2")
            .map_err(be)?;
        let compact = self
            .b
            .build_int_compare(IntPredicate::ULE, biased, self.c64(4), "compact")
            .map_err(be)?;
        let digit = |l: &Self, off: usize, name: &str| -> R<IntValue<'ctx>> {
            let d =
                l.b.build_load(l.i32, l.gep(v, off)?, name)
                    .map_err(be)?
                    .into_int_value();
            l.b.build_int_z_extend(d, l.i64, name).map_err(be)
        };
        let d0 = digit(self, cp::LONG_DIGIT0, "digit0")?;
        let d1 = digit(self, cp::LONG_DIGIT0 + 4, "digit1")?;
        let negative = self
            .b
            .build_int_compare(IntPredicate::SLT, size, self.c64(0), "negative")
            .map_err(be)?;
        let neg_size = self.b.build_int_neg(size, "neg_size").map_err(be)?;
        let ndigits = self
            .b
            .build_select(negative, neg_size, size, "ndigits")
            .map_err(be)?
            .into_int_value();
        let two = self
            .b
            .build_int_compare(IntPredicate::EQ, ndigits, self.c64(2), "two")
            .map_err(be)?;
        let hi = self
            .b
            .build_left_shift(d1, self.c64(30), "hi")
            .map_err(be)?;
        let hi = self
            .b
            .build_select(two, hi, self.c64(0), "hi2")
            .map_err(be)?
            .into_int_value();
        let mag = self.b.build_int_add(d0, hi, "mag").map_err(be)?;
        let zero = self
            .b
            .build_int_compare(IntPredicate::EQ, size, self.c64(0), "zero")
            .map_err(be)?;
        let mag = self
            .b
            .build_select(zero, self.c64(0), mag, "mag0")
            .map_err(be)?
            .into_int_value();
        let neg_mag = self.b.build_int_neg(mag, "neg_mag").map_err(be)?;
        let value = self
            .b
            .build_select(negative, neg_mag, mag, "ival")
            .map_err(be)?
            .into_int_value();
        Ok((compact, value))
    }

    fn float_value(&self, v: PointerValue<'ctx>) -> R<FloatValue<'ctx>> {
        let f64t = self.ctx.f64_type();
        Ok(self
            .b
            .build_load(f64t, self.gep(v, cp::FLOAT_VALUE)?, "fval")
            .map_err(be)?
            .into_float_value())
    }

    /// `x op y` on ints of at most two digits (|x|, |y| < 2**60): `+` and `-` cannot overflow
    /// an i64; `*` is done here only when both fit 31 bits (product below 2**62), else `slow`.
    fn int_arith(
        &self,
        a: Arith,
        x: IntValue<'ctx>,
        y: IntValue<'ctx>,
        slow: BasicBlock<'ctx>,
    ) -> R<Option<PointerValue<'ctx>>> {
        if a == Arith::Mul {
            let small = |l: &Self, v: IntValue<'ctx>| -> R<IntValue<'ctx>> {
                let b = l.b.build_int_add(v, l.c64(1 << 31), "bias").map_err(be)?;
                l.b.build_int_compare(IntPredicate::ULT, b, l.c64(1 << 32), "small")
                    .map_err(be)
            };
            let both = self
                .b
                .build_and(small(self, x)?, small(self, y)?, "both_small")
                .map_err(be)?;
            self.guard(both, slow, "imul_ok")?;
        }
        let r = match a {
            Arith::Add => self.b.build_int_nsw_add(x, y, "iadd"),
            Arith::Sub => self.b.build_int_nsw_sub(x, y, "isub"),
            Arith::Mul => self.b.build_int_nsw_mul(x, y, "imul"),
            Arith::TrueDiv => return Ok(None),
        }
        .map_err(be)?;
        Ok(Some(self.call_obj("PyLong_FromLongLong", &[r.into()])?))
    }

    /// `x op y` on floats; division by zero goes to `slow` (the C API raises).
    fn float_arith(
        &self,
        a: Arith,
        x: FloatValue<'ctx>,
        y: FloatValue<'ctx>,
        slow: BasicBlock<'ctx>,
    ) -> R<Option<PointerValue<'ctx>>> {
        let r = match a {
            Arith::Add => self.b.build_float_add(x, y, "fadd"),
            Arith::Sub => self.b.build_float_sub(x, y, "fsub"),
            Arith::Mul => self.b.build_float_mul(x, y, "fmul"),
            Arith::TrueDiv => {
                let zero = self.ctx.f64_type().const_zero();
                let nonzero = self
                    .b
                    .build_float_compare(FloatPredicate::UNE, y, zero, "nz")
                    .map_err(be)?;
                let div = self.new_block("fdiv");
                self.b
                    .build_conditional_branch(nonzero, div, slow)
                    .map_err(be)?;
                self.b.position_at_end(div);
                self.b.build_float_div(x, y, "fdiv")
            }
        }
        .map_err(be)?;
        Ok(Some(self.call_obj("PyFloat_FromDouble", &[r.into()])?))
    }

    pub(super) fn binary_subscr(&mut self, ins: &Instr) -> R<bool> {
        let sub = self.pop()?;
        let container = self.pop()?;
        self.set_prev_instr(ins.offset)?;
        let done = self.new_block("subscr_done");
        let slow = self.new_block("subscr_slow");
        let mut results: Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        for (ty, items_indirect) in [("PyList_Type", true), ("PyTuple_Type", false)] {
            let next = self.new_block("subscr_next");
            let slot = self.item_slot(container, sub, ty, items_indirect, next)?;
            let item = self
                .b
                .build_load(self.ptr, slot, "item")
                .map_err(be)?
                .into_pointer_value();
            self.incref(item)?;
            self.fast_result(Some(item), done, slow, &mut results)?;
            self.b.position_at_end(next);
        }
        self.b.build_unconditional_branch(slow).map_err(be)?;
        self.b.position_at_end(slow);
        let res = self.call_obj(
            "rjit_getitem",
            &[self.tstate.into(), container.into(), sub.into()],
        )?;
        self.fast_result(Some(res), done, slow, &mut results)?;
        self.merge_result(ins, done, &results, container, sub)
    }

    /// If `container` is exactly of type `ty` and `sub` an exact int in `0..len`, continue
    /// with the address of item `sub` (the item array is behind a pointer for lists, inline for
    /// tuples); otherwise branch to `miss`.
    fn item_slot(
        &self,
        container: PointerValue<'ctx>,
        sub: PointerValue<'ctx>,
        ty: &str,
        items_indirect: bool,
        miss: BasicBlock<'ctx>,
    ) -> R<PointerValue<'ctx>> {
        let t = self.load_ptr(container, cp::OB_TYPE)?;
        let is_ty = self.ptr_eq(t, self.global(ty))?;
        let ti = self.load_ptr(sub, cp::OB_TYPE)?;
        let is_int = self.ptr_eq(ti, self.global("PyLong_Type"))?;
        let both = self.b.build_and(is_ty, is_int, "types").map_err(be)?;
        let check = self.new_block("index_check");
        self.b
            .build_conditional_branch(both, check, miss)
            .map_err(be)?;
        self.b.position_at_end(check);
        let (compact, i) = self.compact_int(sub)?;
        let len = self
            .b
            .build_load(self.i64, self.gep(container, cp::VAR_SIZE)?, "len")
            .map_err(be)?
            .into_int_value();
        // 0 <= i < len as one unsigned compare.
        let in_range = self
            .b
            .build_int_compare(IntPredicate::ULT, i, len, "inrange")
            .map_err(be)?;
        let ok = self.b.build_and(compact, in_range, "ok").map_err(be)?;
        let hit = self.new_block("index_hit");
        self.b.build_conditional_branch(ok, hit, miss).map_err(be)?;
        self.b.position_at_end(hit);
        let items = if items_indirect {
            self.load_ptr(container, cp::LIST_ITEMS)?
        } else {
            self.gep(container, cp::TUPLE_ITEMS)?
        };
        let off = self.b.build_int_mul(i, self.c64(8), "off").map_err(be)?;
        // SAFETY: i is in 0..len, within the item array.
        unsafe { self.b.build_gep(self.ctx.i8_type(), items, &[off], "slot") }.map_err(be)
    }

    pub(super) fn is_op(&mut self, ins: &Instr) -> R<bool> {
        let rhs = self.pop()?;
        let lhs = self.pop()?;
        let same = self.ptr_eq(lhs, rhs)?;
        let res = if ins.arg == 1 {
            self.b.build_not(same, "isnot").map_err(be)?
        } else {
            same
        };
        let b = self.bool_obj(res)?;
        self.push(b)?;
        self.set_prev_instr(ins.offset)?;
        self.decref(lhs)?;
        self.decref(rhs)?;
        Ok(true)
    }

    pub(super) fn contains_op(&mut self, ins: &Instr) -> R<bool> {
        let rhs = self.pop()?;
        let lhs = self.pop()?;
        self.set_prev_instr(ins.offset)?;
        let r = self
            .call(
                "PySequence_Contains",
                Some(self.i32.into()),
                &[rhs.into(), lhs.into()],
            )?
            .into_int_value();
        self.decref(lhs)?;
        self.decref(rhs)?;
        self.neg_check(r, ins)?;
        let pred = if ins.arg == 1 {
            inkwell::IntPredicate::EQ
        } else {
            inkwell::IntPredicate::NE
        };
        let c = self
            .b
            .build_int_compare(pred, r, self.c32(0), "in")
            .map_err(be)?;
        let b = self.bool_obj(c)?;
        self.push(b)?;
        Ok(true)
    }

    pub(super) fn unary(&mut self, ins: &Instr) -> R<bool> {
        let v = self.pop()?;
        self.set_prev_instr(ins.offset)?;
        let func = match ins.op {
            Opcode::UnaryNegative => "PyNumber_Negative",
            Opcode::UnaryPositive => "PyNumber_Positive",
            Opcode::UnaryInvert => "PyNumber_Invert",
            _ => {
                // UNARY_NOT
                let r = self
                    .call("PyObject_IsTrue", Some(self.i32.into()), &[v.into()])?
                    .into_int_value();
                self.decref(v)?;
                self.neg_check(r, ins)?;
                let f = self
                    .b
                    .build_int_compare(inkwell::IntPredicate::EQ, r, self.c32(0), "not")
                    .map_err(be)?;
                let b = self.bool_obj(f)?;
                self.push(b)?;
                return Ok(true);
            }
        };
        let res = self.call_obj(func, &[v.into()])?;
        self.decref(v)?;
        self.null_check(res, ins)?;
        self.push(res)?;
        Ok(true)
    }

    /// STORE_SUBSCR: `container[sub] = v`, stack `v, container, sub`.
    pub(super) fn store_subscr(&mut self, ins: &Instr) -> R<bool> {
        let sub = self.pop()?;
        let container = self.pop()?;
        let v = self.pop()?;
        self.set_prev_instr(ins.offset)?;
        let slow = self.new_block("store_slow");
        let done = self.new_block("store_done");
        let slot = self.item_slot(container, sub, "PyList_Type", true, slow)?;
        // The list takes the stack's reference to v; the old item is released.
        let old = self
            .b
            .build_load(self.ptr, slot, "old")
            .map_err(be)?
            .into_pointer_value();
        self.b.build_store(slot, v).map_err(be)?;
        self.decref(old)?;
        self.decref(container)?;
        self.decref(sub)?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(slow);
        let r = self
            .call(
                "PyObject_SetItem",
                Some(self.i32.into()),
                &[container.into(), sub.into(), v.into()],
            )?
            .into_int_value();
        self.decref(v)?;
        self.decref(container)?;
        self.decref(sub)?;
        self.neg_check(r, ins)?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(done);
        Ok(true)
    }
}
