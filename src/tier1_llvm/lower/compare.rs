//! Operators through the C API: BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, UNARY_*,
//! BINARY_SUBSCR, STORE_SUBSCR. Each consumes its operands exactly as ceval.c does, and on
//! error hands over the stack the interpreter would have (operands already released).
//!
//! Inline fast paths (generic tier, no profile needed): `+ - * // % & | ^ << >>`, `/` and
//! comparisons on two exact ints of at most two digits (|v| < 2**60: sums fit an i64; `*`
//! only when both fit 31 bits; the limits of the others at `int_arith`), and `+ - * / **`
//! and comparisons on two exact floats, or (not comparisons) a float and such an int,
//! compute in registers; the result is made by `box_int` (`PyLong_FromLongLong` inline) /
//! `PyFloat_FromDouble` (or is `True`/`False`); a float result goes into an operand or the overwritten local's
//! box instead when nothing else can see that box (`float_box`), so `s += x * y` allocates
//! nothing. Everything else, including division by zero, takes the C API call, so results
//! and exceptions are CPython's. `==` and `!=` on two exact strs call `_PyUnicode_Equal`
//! directly. Likewise `list[i]` and `tuple[i]` reads and `list[i] = v` for an exact int
//! `0 <= i < len` index the items directly (CPython's `BINARY_SUBSCR_LIST_INT`,
//! `_TUPLE_INT`, `STORE_SUBSCR_LIST_INT`). Operands may be borrowed from locals and constants
//! (`Lower::borrowable`): they are released only when owned.
//!
//! Unboxed temporaries: a BINARY_OP whose result is consumed, in straight line, by another
//! numeric instruction (`a*b + c*d`, `(i+j)*(i+j+1)//2`, `x*x < r`; `unboxed_result`) leaves
//! a fast path's int or float result in registers (`Lower::push_unboxed`: the slot holds NULL,
//! the value and its kind live beside it). The consumer computes from the values when both
//! are floats or compact ints (`operand_view`) and makes an object only on its fallback
//! (`materialize`); a slow path's object passes through the same slot. Nothing between the
//! two can deopt; an error exit releases the slot as it is (NULL is skipped). A call may be
//! the consumer too, when the value is its one argument (`call::math_call`). Known
//! difference: if making that object fails (MemoryError), the error is raised at the
//! consumer rather than at the producer, which CPython would have failed in.

use inkwell::basic_block::BasicBlock;
use inkwell::values::{BasicValueEnum, FloatValue, IntValue, PointerValue};
use inkwell::{FloatPredicate, IntPredicate};

use super::{Lower, Operand, R, UNBOXED_FLOAT, UNBOXED_INT, UNBOXED_OBJECT, Unboxed, be};
use crate::bytecode::{Instr, Opcode};
use crate::cpython as cp;
use crate::tier0::profile::{ArithHint, SubscrHint};

/// Arithmetic with an inline fast path.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Arith {
    Add,
    Sub,
    Mul,
    /// A float result, for ints too.
    TrueDiv,
    /// Floats only, and only a positive finite base and finite exponent whose result is a
    /// normal finite float (`float_pow`'s own path to C's `pow`, without its errno cases).
    Pow,
    // Ints only (floats take the C API: their `//` and `%` have sign and NaN rules).
    FloorDiv,
    Mod,
    And,
    Or,
    Xor,
    Lshift,
    Rshift,
}

impl Arith {
    /// By BINARY_OP oparg (`opcode._nb_ops`); in-place forms behave alike on ints and floats.
    fn of(oparg: u32) -> Option<Arith> {
        match oparg {
            0 | 13 => Some(Arith::Add),
            10 | 23 => Some(Arith::Sub),
            5 | 18 => Some(Arith::Mul),
            11 | 24 => Some(Arith::TrueDiv),
            8 | 21 => Some(Arith::Pow),
            2 | 15 => Some(Arith::FloorDiv),
            6 | 19 => Some(Arith::Mod),
            1 | 14 => Some(Arith::And),
            7 | 20 => Some(Arith::Or),
            12 | 25 => Some(Arith::Xor),
            3 | 16 => Some(Arith::Lshift),
            9 | 22 => Some(Arith::Rshift),
            _ => None,
        }
    }

    /// Defined inline on floats, and so on a float mixed with an int (converted exactly as
    /// CPython's `PyLong_AsDouble` does: to nearest, ties to even).
    fn on_floats(self) -> bool {
        matches!(
            self,
            Arith::Add | Arith::Sub | Arith::Mul | Arith::TrueDiv | Arith::Pow
        )
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
pub(super) const INT_CMP: [IntPredicate; 6] = [
    IntPredicate::SLT,
    IntPredicate::SLE,
    IntPredicate::EQ,
    IntPredicate::NE,
    IntPredicate::SGT,
    IntPredicate::SGE,
];
pub(super) const FLOAT_CMP: [FloatPredicate; 6] = [
    FloatPredicate::OLT,
    FloatPredicate::OLE,
    FloatPredicate::OEQ,
    FloatPredicate::UNE,
    FloatPredicate::OGT,
    FloatPredicate::OGE,
];

/// What an inline fast path produced: an object (a new reference), or a float still to be
/// boxed. The two-float path boxes its own result (both operands are known floats); the
/// others (int and float mixed, int `/`) share one `float_box`, which checks the operands'
/// types, so that the reuse checks are not repeated once per path.
enum Fast<'ctx> {
    Obj(PointerValue<'ctx>),
    Float(FloatValue<'ctx>),
    /// A comparison's outcome, for a COMPARE_OP fused with the jump that follows it.
    Cond(IntValue<'ctx>),
    /// An int result still to be made an object (`PyLong_FromLongLong`), or left unboxed.
    Int(IntValue<'ctx>),
}

/// Boxes a float result may reuse (`float_box`): the operands, whether the value stack owns
/// them (false: borrowed from a local or the constants, `Lower::borrowable`), the local
/// the result is stored to next, if any, and the (list, index) an augmented subscript
/// assignment stores it to next (`aug_subscr`), if any.
#[derive(Clone, Copy)]
struct Boxes<'ctx> {
    lhs: PointerValue<'ctx>,
    rhs: PointerValue<'ctx>,
    owned: (bool, bool),
    dest: Option<u32>,
    aug: Option<(PointerValue<'ctx>, PointerValue<'ctx>)>,
}

impl<'ctx, 'a> Lower<'ctx, 'a> {
    /// Two operands in, one result out, through the named C function.
    fn binary_call(&mut self, ins: &Instr, func: &str, extra: Option<u32>) -> R<bool> {
        let (rhs, rhs_borrowed) = self.pop_operand()?;
        let (lhs, lhs_borrowed) = self.pop_operand()?;
        self.set_prev_instr(ins.offset)?;
        let res = match extra {
            Some(op) => {
                self.call_obj(func, &[lhs.into(), rhs.into(), self.c32(op as i64).into()])?
            }
            None => self.number_call(ins, func, lhs, rhs)?,
        };
        self.release(lhs, lhs_borrowed)?;
        self.release(rhs, rhs_borrowed)?;
        self.null_check(res, ins)?;
        self.push(res)?;
        Ok(true)
    }

    /// BINARY_OP's general path: `func` (`PyNumber_*`), or, when the left operand is an
    /// instance of a heap type (a class written in Python may define the operator),
    /// `rjit_binary_dunder`, which calls such a method directly (`runtime::dunders`). Other
    /// instructions (and `**`) call `func`.
    fn number_call(
        &self,
        ins: &Instr,
        func: &str,
        lhs: PointerValue<'ctx>,
        rhs: PointerValue<'ctx>,
    ) -> R<PointerValue<'ctx>> {
        if ins.op != Opcode::BinaryOp || !func.starts_with("PyNumber_") {
            return self.call_obj(func, &[lhs.into(), rhs.into()]);
        }
        let ty = self.load_ptr(lhs, cp::OB_TYPE)?;
        let flags = self.load_int(self.i64, ty, cp::TYPE_FLAGS)?;
        let heap = self
            .b
            .build_and(flags, self.c64(cp::TPFLAGS_HEAPTYPE), "heap")
            .map_err(be)?;
        let heap = self
            .b
            .build_int_compare(IntPredicate::NE, heap, self.c64(0), "is_heap")
            .map_err(be)?;
        let dunder = self.new_block("operator_dunder");
        let plain = self.new_block("operator_c");
        let done = self.new_block("operator_done");
        self.b
            .build_conditional_branch(heap, dunder, plain)
            .map_err(be)?;
        self.b.position_at_end(dunder);
        let r1 = self.call_obj(
            "rjit_binary_dunder",
            &[
                self.tstate.into(),
                lhs.into(),
                rhs.into(),
                self.c32(ins.arg as i64).into(),
            ],
        )?;
        let from_dunder = self.here()?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(plain);
        let r2 = self.call_obj(func, &[lhs.into(), rhs.into()])?;
        let from_c = self.here()?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(done);
        Ok(self
            .phi(self.ptr, &[(r1, from_dunder), (r2, from_c)], "number")?
            .into_pointer_value())
    }

    pub(super) fn binary_op(&mut self, ins: &Instr) -> R<bool> {
        let name = NB_OPS
            .get(ins.arg as usize)
            .ok_or_else(|| be(format!("BINARY_OP {}", ins.arg)))?;
        match Arith::of(ins.arg) {
            Some(a) => {
                let dest = self.stored_to_local(ins);
                self.numeric_fast(
                    ins,
                    name,
                    None,
                    None,
                    a.on_floats().then_some(dest),
                    |l, x, y, slow| l.int_arith(a, x, y, slow),
                    |l, x, y, slow| l.float_arith(a, x, y, slow),
                )
            }
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
        let fused = self.fused_jump(ins);
        let outcome = move |l: &Self, c: IntValue<'ctx>| -> R<Option<Fast<'ctx>>> {
            Ok(Some(if fused.is_some() {
                Fast::Cond(c)
            } else {
                Fast::Obj(l.bool_obj(c)?)
            }))
        };
        // An ordering of a float and an int of at most 53 bits compares the two doubles
        // (float_richcompare's exact result: such an int converts exactly).
        let mixed = str_eq.is_none().then_some(None);
        self.numeric_fast(
            ins,
            "PyObject_RichCompare",
            Some(op),
            str_eq,
            mixed,
            |l, x, y, _| {
                let c =
                    l.b.build_int_compare(INT_CMP[op as usize], x, y, "icmp")
                        .map_err(be)?;
                outcome(l, c)
            },
            |l, x, y, _| {
                let c =
                    l.b.build_float_compare(FLOAT_CMP[op as usize], x, y, "fcmp")
                        .map_err(be)?;
                outcome(l, c)
            },
        )
    }

    /// The POP_JUMP_IF_{TRUE,FALSE} right after `ins`, if nothing else jumps to it: the
    /// comparison then branches on its outcome without making a bool (3.11's
    /// `COMPARE_OP_*_JUMP`). The jump's own block is left without predecessors.
    pub(super) fn fused_jump(&self, ins: &Instr) -> Option<Instr> {
        self.straight_after(ins, 1)
            .filter(|next| {
                matches!(
                    next.op,
                    Opcode::PopJumpForwardIfFalse
                        | Opcode::PopJumpForwardIfTrue
                        | Opcode::PopJumpBackwardIfFalse
                        | Opcode::PopJumpBackwardIfTrue
                )
            })
            .copied()
    }

    /// Two operands in, one result out: the int fast path when both are exact ints of at
    /// most two digits, the float fast path when both are exact floats (or, with
    /// `mixed = Some(dest)`, one is and the other such an int, converted), with
    /// `str_eq = Some(equal)` a string equality test (`_PyUnicode_Equal`) when both are exact
    /// strs, else `func` (with `extra` as third argument). A fast path may return None, or
    /// branch to the block it is given, to take the C API call after all. Float results are
    /// boxed by one `float_box` (with `dest` from `mixed`).
    #[allow(clippy::too_many_arguments)]
    fn numeric_fast(
        &mut self,
        ins: &Instr,
        func: &str,
        extra: Option<u32>,
        str_eq: Option<bool>,
        mixed: Option<Option<u32>>,
        int_path: impl Fn(
            &Self,
            IntValue<'ctx>,
            IntValue<'ctx>,
            BasicBlock<'ctx>,
        ) -> R<Option<Fast<'ctx>>>,
        float_path: impl Fn(
            &Self,
            FloatValue<'ctx>,
            FloatValue<'ctx>,
            BasicBlock<'ctx>,
        ) -> R<Option<Fast<'ctx>>>,
    ) -> R<bool> {
        let aug = self.aug_subscr(ins)?;
        let rhs_op = self.pop_value()?;
        let lhs_op = self.pop_value()?;
        // A comparison fused with its jump ends the block here (`compare_op`).
        let fused = (ins.op == Opcode::CompareOp)
            .then(|| self.fused_jump(ins))
            .flatten();
        self.set_prev_instr(ins.offset)?;
        let done = self.new_block("num_done");
        let slow = self.new_block("num_slow");
        let mut results: Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        let boxing = self.new_block("float_result");
        let mut floats: Vec<(FloatValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        let cond_done = self.new_block("cond_done");
        let mut conds: Vec<(IntValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        let dest = mixed.flatten();
        // Numeric results left unboxed for the consumer `unboxed_result` found.
        let unboxed_out = self.unboxed_result(ins);
        let uout = self.new_block("unboxed_result");
        let mut uouts: Vec<(Unboxed<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        let i8t = self.ctx.i8_type();
        let f64t = self.ctx.f64_type();
        let unboxed_float = |v: FloatValue<'ctx>| Unboxed {
            kind: i8t.const_int(UNBOXED_FLOAT, false),
            f: v,
            i: self.c64(0),
        };
        let unboxed_int = |v: IntValue<'ctx>| Unboxed {
            kind: i8t.const_int(UNBOXED_INT, false),
            f: f64t.const_zero(),
            i: v,
        };
        let (lhs, rhs) = if lhs_op.unboxed.is_some() || rhs_op.unboxed.is_some() {
            // An operand is unboxed: compute from the values when both are compact ints (the
            // int path) or floats (the float path; for arithmetic also a float beside such
            // an int); else box it (`materialize`) and take the paths below.
            let fallback = self.new_block("box_operands");
            // Where quickening saw two ints, an object operand is viewed as an int only.
            let floats = self.snap.hints.arith(ins.offset) != ArithHint::Int;
            let x = self.operand_view_of(lhs_op, fallback, floats)?;
            let y = self.operand_view_of(rhs_op, fallback, floats)?;
            let is = |v: Unboxed<'ctx>, kind: u64, name: &str| {
                self.b
                    .build_int_compare(IntPredicate::EQ, v.kind, i8t.const_int(kind, false), name)
                    .map_err(be)
            };
            let (lint, rint) = (is(x, UNBOXED_INT, "lint")?, is(y, UNBOXED_INT, "rint")?);
            let both_int = self.b.build_and(lint, rint, "both_int").map_err(be)?;
            let ints = self.new_block("unboxed_ints");
            let floats_bb = self.new_block("unboxed_floats");
            self.b
                .build_conditional_branch(both_int, ints, floats_bb)
                .map_err(be)?;
            let mut pre_end = |l: &Self, r: Option<Fast<'ctx>>| -> R<()> {
                match r {
                    Some(Fast::Float(v)) if unboxed_out => {
                        uouts.push((unboxed_float(v), l.here()?));
                        l.b.build_unconditional_branch(uout).map_err(be)?;
                    }
                    Some(Fast::Int(v)) if unboxed_out => {
                        uouts.push((unboxed_int(v), l.here()?));
                        l.b.build_unconditional_branch(uout).map_err(be)?;
                    }
                    Some(Fast::Float(v)) => {
                        // Only a regular owned operand has a box to reuse (`float_box` checks
                        // that it is a float).
                        let reusable = |op: Operand<'ctx>| op.unboxed.is_none() && !op.borrowed;
                        let boxes = Boxes {
                            lhs: lhs_op.v,
                            rhs: rhs_op.v,
                            owned: (reusable(lhs_op), reusable(rhs_op)),
                            dest,
                            aug,
                        };
                        let obj = l.float_box(v, boxes, false)?;
                        l.fast_result(Some(obj), done, slow, &mut results)?;
                    }
                    Some(Fast::Int(v)) => {
                        let obj = l.box_int(v)?;
                        l.fast_result(Some(obj), done, slow, &mut results)?;
                    }
                    Some(Fast::Obj(o)) => l.fast_result(Some(o), done, slow, &mut results)?,
                    Some(Fast::Cond(c)) => {
                        conds.push((c, l.here()?));
                        l.b.build_unconditional_branch(cond_done).map_err(be)?;
                    }
                    None => {
                        l.b.build_unconditional_branch(fallback).map_err(be)?;
                    }
                }
                Ok(())
            };
            self.b.position_at_end(ints);
            pre_end(self, int_path(self, x.i, y.i, fallback)?)?;
            self.b.position_at_end(floats_bb);
            let (xf, yf) = if mixed.is_some() {
                if ins.op == Opcode::CompareOp {
                    // Compared exactly only when the int converts exactly.
                    let either_float = |is_int: IntValue<'ctx>, v: IntValue<'ctx>| {
                        let not_int = self.b.build_not(is_int, "not_int").map_err(be)?;
                        let exact = self.int_fits_double(v)?;
                        self.b
                            .build_or(not_int, exact, "float_or_exact")
                            .map_err(be)
                    };
                    let lok = either_float(lint, x.i)?;
                    let rok = either_float(rint, y.i)?;
                    let ok = self.b.build_and(lok, rok, "exact").map_err(be)?;
                    self.guard(ok, fallback, "unboxed_mixed_exact")?;
                }
                // Not both ints: at least one is a float, converted as `PyLong_AsDouble` does.
                let as_float = |v: Unboxed<'ctx>, int: IntValue<'ctx>| -> R<FloatValue<'ctx>> {
                    let c = self
                        .b
                        .build_signed_int_to_float(v.i, f64t, "itof")
                        .map_err(be)?;
                    Ok(self
                        .b
                        .build_select(int, c, v.f, "view_f")
                        .map_err(be)?
                        .into_float_value())
                };
                (as_float(x, lint)?, as_float(y, rint)?)
            } else {
                let lf = is(x, UNBOXED_FLOAT, "lfloat")?;
                let rf = is(y, UNBOXED_FLOAT, "rfloat")?;
                let both = self.b.build_and(lf, rf, "both_float").map_err(be)?;
                self.guard(both, fallback, "unboxed_floats")?;
                (x.f, y.f)
            };
            pre_end(self, float_path(self, xf, yf, fallback)?)?;
            self.b.position_at_end(fallback);
            let l = self.materialize(ins, lhs_op, &[lhs_op, rhs_op])?;
            let r = self.materialize(ins, rhs_op, &[lhs_op, rhs_op])?;
            if lhs_op.constant.is_some() || rhs_op.constant.is_some() {
                // Beside a numeric constant the views above took every operand the boxed
                // paths below would (compact ints, floats; no str meets a number there):
                // the rest is the general path's. The boxed paths are left unreachable.
                self.b.build_unconditional_branch(slow).map_err(be)?;
                self.b.position_at_end(self.new_block("boxed_paths_unused"));
            }
            (l, r)
        } else {
            (lhs_op.v, rhs_op.v)
        };
        // A materialized box is owned like any other operand.
        let (lhs_borrowed, rhs_borrowed) = (lhs_op.borrowed, rhs_op.borrowed);
        let owned = (!lhs_borrowed, !rhs_borrowed);
        let mut end = |l: &Self, r: Option<Fast<'ctx>>, both_float: bool| -> R<()> {
            match r {
                Some(Fast::Float(v)) if unboxed_out => {
                    uouts.push((unboxed_float(v), l.here()?));
                    l.b.build_unconditional_branch(uout).map_err(be)?;
                    Ok(())
                }
                Some(Fast::Int(v)) if unboxed_out => {
                    uouts.push((unboxed_int(v), l.here()?));
                    l.b.build_unconditional_branch(uout).map_err(be)?;
                    Ok(())
                }
                Some(Fast::Int(v)) => {
                    let obj = l.box_int(v)?;
                    l.fast_result(Some(obj), done, slow, &mut results)
                }
                Some(Fast::Float(v)) if both_float => {
                    let boxes = Boxes {
                        lhs,
                        rhs,
                        owned,
                        dest,
                        aug,
                    };
                    let obj = l.float_box(v, boxes, true)?;
                    l.fast_result(Some(obj), done, slow, &mut results)
                }
                Some(Fast::Float(v)) => {
                    floats.push((v, l.here()?));
                    l.b.build_unconditional_branch(boxing).map_err(be)?;
                    Ok(())
                }
                Some(Fast::Obj(v)) => l.fast_result(Some(v), done, slow, &mut results),
                Some(Fast::Cond(c)) => {
                    conds.push((c, l.here()?));
                    l.b.build_unconditional_branch(cond_done).map_err(be)?;
                    Ok(())
                }
                None => l.fast_result(None, done, slow, &mut results),
            }
        };

        // The boxed operands' paths kept: those of the type quickening saw (`ArithHint`), or
        // all; a path left out is a constant-false test the pass pipeline folds away.
        let hint = self.snap.hints.arith(ins.offset);
        let keep = |want: &[ArithHint]| hint == ArithHint::Unknown || want.contains(&hint);
        let (keep_int, keep_float) = (keep(&[ArithHint::Int]), keep(&[ArithHint::Float]));
        let (keep_mixed, keep_str) = (keep(&[ArithHint::Float]), keep(&[ArithHint::Str]));
        let never = self.ctx.bool_type().const_zero();
        let int_test = self.new_block("int_test");
        let float_check = self.new_block("float_check");
        let both_int = if keep_int {
            self.both_of_type(lhs, rhs, "PyLong_Type")?
        } else {
            never
        };
        // Where quickening saw ints the int path is the expected one; without a hint no side is.
        self.branch_likely_if(hint == ArithHint::Int, both_int, int_test, float_check)?;
        self.b.position_at_end(int_test);
        let xl = self.compact_int_or(lhs, slow)?;
        let xr = self.compact_int_or(rhs, slow)?;
        end(self, int_path(self, xl, xr, slow)?, false)?;

        self.b.position_at_end(float_check);
        let both_float = if keep_float {
            self.both_of_type(lhs, rhs, "PyFloat_Type")?
        } else {
            never
        };
        let float_fast = self.new_block("float_fast");
        let not_float = if str_eq.is_some() {
            self.new_block("str_check")
        } else if mixed.is_some() {
            self.new_block("mixed_check")
        } else {
            slow
        };
        // Two ints went the other way: this is two floats, or the rare rest.
        self.branch_expecting(both_float, float_fast, not_float, true)?;
        self.b.position_at_end(float_fast);
        let fl = self.float_value(lhs)?;
        let fr = self.float_value(rhs)?;
        end(self, float_path(self, fl, fr, slow)?, true)?;

        if mixed.is_some() {
            // A float and a compact int, either way round: float_add & co. convert the int
            // with PyLong_AsDouble (exact below 2**53, else to nearest, ties to even), which
            // is what `sitofp` does.
            self.b.position_at_end(not_float);
            let flt = self.global("PyFloat_Type");
            let int = self.global("PyLong_Type");
            let tl = self.load_ptr(lhs, cp::OB_TYPE)?;
            let lhs_float = self.ptr_eq(tl, flt)?;
            let lhs_int = self.ptr_eq(tl, int)?;
            let tr = self.load_ptr(rhs, cp::OB_TYPE)?;
            let rhs_float = self.ptr_eq(tr, flt)?;
            let rhs_int = self.ptr_eq(tr, int)?;
            // One path for both orders: `float_first` picks the operands apart.
            let float_first = self
                .b
                .build_and(lhs_float, rhs_int, "float_first")
                .map_err(be)?;
            let int_first = self
                .b
                .build_and(lhs_int, rhs_float, "int_first")
                .map_err(be)?;
            let either = self
                .b
                .build_or(float_first, int_first, "mixed")
                .map_err(be)?;
            let either = if keep_mixed { either } else { never };
            self.guard(either, slow, "mixed")?;
            let pick = |c, a: PointerValue<'ctx>, b: PointerValue<'ctx>, name: &str| {
                self.b
                    .build_select(c, a, b, name)
                    .map(|v| v.into_pointer_value())
                    .map_err(be)
            };
            let i = pick(float_first, rhs, lhs, "int_operand")?;
            let f = pick(float_first, lhs, rhs, "float_operand")?;
            let v = self.compact_int_or(i, slow)?;
            if ins.op == Opcode::CompareOp {
                let exact = self.int_fits_double(v)?;
                self.guard(exact, slow, "mixed_exact")?;
            }
            let iv = self
                .b
                .build_signed_int_to_float(v, self.ctx.f64_type(), "itof")
                .map_err(be)?;
            let fv = self.float_value(f)?;
            let x = self.b.build_select(float_first, fv, iv, "x").map_err(be)?;
            let y = self.b.build_select(float_first, iv, fv, "y").map_err(be)?;
            end(
                self,
                float_path(self, x.into_float_value(), y.into_float_value(), slow)?,
                false,
            )?;
        }

        if floats.is_empty() {
            boxing
                .remove_from_function()
                .map_err(|()| be("float_result block"))?;
        } else {
            self.b.position_at_end(boxing);
            let fres = self.phi(self.ctx.f64_type(), &floats, "fres")?;
            let boxes = Boxes {
                lhs,
                rhs,
                owned,
                dest,
                aug,
            };
            let obj = self.float_box(fres.into_float_value(), boxes, false)?;
            self.fast_result(Some(obj), done, slow, &mut results)?;
        }

        if let Some(equal) = str_eq {
            self.b.position_at_end(not_float);
            let both_str = if keep_str {
                self.both_of_type(lhs, rhs, "PyUnicode_Type")?
            } else {
                never
            };
            let str_fast = self.new_block("str_fast");
            self.branch_likely_if(hint == ArithHint::Str, both_str, str_fast, slow)?;
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
            if fused.is_some() {
                conds.push((c, self.here()?));
                self.b.build_unconditional_branch(cond_done).map_err(be)?;
            } else {
                let r = self.bool_obj(c)?;
                self.fast_result(Some(r), done, slow, &mut results)?;
            }
        }

        self.b.position_at_end(slow);
        let res = match extra {
            Some(op) => {
                self.call_obj(func, &[lhs.into(), rhs.into(), self.c32(op as i64).into()])?
            }
            None => self.number_call(ins, func, lhs, rhs)?,
        };
        self.fast_result(Some(res), done, slow, &mut results)?;
        let Some(jump) = fused else {
            cond_done
                .remove_from_function()
                .map_err(|()| be("cond_done block"))?;
            let unboxed = if uouts.is_empty() {
                uout.remove_from_function()
                    .map_err(|()| be("unboxed_result block"))?;
                None
            } else {
                Some((uout, uouts.as_slice()))
            };
            return self.merge_result(ins, done, &results, unboxed, lhs_op, rhs_op);
        };
        if !uouts.is_empty() {
            return Err(be("unboxed result of a comparison"));
        }
        uout.remove_from_function()
            .map_err(|()| be("unboxed_result block"))?;
        // Fused with the jump: the fast outcomes branch directly; a result object from the
        // C API is checked, then tested for truth (and released) as the jump would.
        let decide = self.new_block("decide");
        let mut outcomes: Vec<(IntValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        if conds.is_empty() {
            cond_done
                .remove_from_function()
                .map_err(|()| be("cond_done block"))?;
        } else {
            self.b.position_at_end(cond_done);
            let cmp = self.phi(self.ctx.bool_type(), &conds, "cmp")?;
            self.release_operand(lhs_op)?;
            self.release_operand(rhs_op)?;
            outcomes.push((cmp.into_int_value(), self.here()?));
            self.b.build_unconditional_branch(decide).map_err(be)?;
        }
        self.b.position_at_end(done);
        let res = self.phi(self.ptr, &results, "res")?.into_pointer_value();
        self.release_operand(lhs_op)?;
        self.release_operand(rhs_op)?;
        self.null_check(res, ins)?;
        let t = self.truth(res, &jump, true)?;
        outcomes.push((t, self.here()?));
        self.b.build_unconditional_branch(decide).map_err(be)?;
        self.b.position_at_end(decide);
        let cond = self.phi(self.ctx.bool_type(), &outcomes, "jump_cond")?;
        let jump_if_true = matches!(
            jump.op,
            Opcode::PopJumpForwardIfTrue | Opcode::PopJumpBackwardIfTrue
        );
        self.pop_jump(&jump, cond.into_int_value(), jump_if_true)
    }

    /// At `done`, where every path's object result (NULL on error) arrives: release both
    /// operands, check for the error, push the result. With `unboxed`, numeric results also
    /// arrive at that block, unboxed: the pushed slot then holds NULL and the value, or the
    /// object (`push_unboxed`).
    fn merge_result(
        &mut self,
        ins: &Instr,
        done: BasicBlock<'ctx>,
        results: &[(PointerValue<'ctx>, BasicBlock<'ctx>)],
        unboxed: Option<(BasicBlock<'ctx>, &[(Unboxed<'ctx>, BasicBlock<'ctx>)])>,
        lhs: Operand<'ctx>,
        rhs: Operand<'ctx>,
    ) -> R<bool> {
        self.b.position_at_end(done);
        let phi = self.b.build_phi(self.ptr, "res").map_err(be)?;
        for (v, bb) in results {
            phi.add_incoming(&[(v, *bb)]);
        }
        let res = phi.as_basic_value().into_pointer_value();
        self.release_operand(lhs)?;
        self.release_operand(rhs)?;
        self.null_check(res, ins)?;
        let Some((uout, uouts)) = unboxed else {
            self.push(res)?;
            return Ok(true);
        };
        let (i8t, f64t) = (self.ctx.i8_type(), self.ctx.f64_type());
        let out = self.new_block("num_out");
        let from_obj = self.here()?;
        self.b.build_unconditional_branch(out).map_err(be)?;
        self.b.position_at_end(uout);
        let each = |f: fn(&Unboxed<'ctx>) -> BasicValueEnum<'ctx>| {
            uouts
                .iter()
                .map(move |(u, bb)| (f(u), *bb))
                .collect::<Vec<_>>()
        };
        let kind = self.phi(i8t, &each(|u| u.kind.into()), "ukind")?;
        let f = self.phi(f64t, &each(|u| u.f.into()), "uf")?;
        let i = self.phi(self.i64, &each(|u| u.i.into()), "ui")?;
        self.release_operand(lhs)?;
        self.release_operand(rhs)?;
        let from_value = self.here()?;
        self.b.build_unconditional_branch(out).map_err(be)?;
        self.b.position_at_end(out);
        let merged = |ty: inkwell::types::BasicTypeEnum<'ctx>,
                      obj_path: BasicValueEnum<'ctx>,
                      value_path: BasicValueEnum<'ctx>,
                      name: &str| {
            self.phi(ty, &[(obj_path, from_obj), (value_path, from_value)], name)
        };
        let obj = merged(
            self.ptr.into(),
            res.into(),
            self.ptr.const_null().into(),
            "uobj",
        )?;
        let u = Unboxed {
            kind: merged(
                i8t.into(),
                i8t.const_int(UNBOXED_OBJECT, false).into(),
                kind,
                "ukind",
            )?
            .into_int_value(),
            f: merged(f64t.into(), f64t.const_zero().into(), f, "uf")?.into_float_value(),
            i: merged(self.i64.into(), self.c64(0).into(), i, "ui")?.into_int_value(),
        };
        self.push_unboxed(obj.into_pointer_value(), u)?;
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
                results.push((v, self.here()?));
                self.b.build_unconditional_branch(done).map_err(be)?;
            }
            None => {
                self.b.build_unconditional_branch(slow).map_err(be)?;
            }
        }
        Ok(())
    }

    /// `PyLong_FromLongLong(v)` without a call for the ints CPython makes without a loop:
    /// a small int is the interpreter's own object (`rjit_small_ints`, checked at start-up),
    /// and an int of one or two 30-bit digits is allocated and initialised in place as
    /// `_PyLong_FromMedium` and `_PyLong_New` + `_PyObject_InitVar` do (`PyObject_Malloc` of
    /// `sizeof(PyLongObject)`, both digits written: the second is 0 for one digit, inside the
    /// allocation either way). Larger ints, a failed allocation (the call then raises
    /// `MemoryError` as CPython would) and tracemalloc tracing (whose `_Py_NewReference`
    /// hook this skips) call `PyLong_FromLongLong`. Returns a new reference or NULL with an
    /// exception set.
    pub(super) fn box_int(&self, v: IntValue<'ctx>) -> R<PointerValue<'ctx>> {
        let done = self.new_block("ibox_done");
        let small = self.new_block("ibox_small");
        let not_small = self.new_block("ibox_not_small");
        let alloc = self.new_block("ibox_alloc");
        let slow = self.new_block("ibox_call");
        let mut incoming: Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        let ult = |a: IntValue<'ctx>, b: u64, name: &str| {
            self.b
                .build_int_compare(IntPredicate::ULT, a, self.c64(b), name)
                .map_err(be)
        };

        let biased = self
            .b
            .build_int_sub(v, self.c64(cp::SMALL_INTS_FIRST as u64), "biased")
            .map_err(be)?;
        let is_small = ult(biased, cp::SMALL_INTS_COUNT as u64, "is_small")?;
        self.b
            .build_conditional_branch(is_small, small, not_small)
            .map_err(be)?;

        self.b.position_at_end(small);
        let table = self.load_ptr(self.global("rjit_small_ints"), 0)?;
        let have_table = self.b.build_is_not_null(table, "have_table").map_err(be)?;
        self.guard(have_table, slow, "ibox_table")?;
        let off = self
            .b
            .build_int_mul(biased, self.c64(cp::SMALL_INT_STRIDE as u64), "off")
            .map_err(be)?;
        let obj = self.gep_dyn(table, off)?;
        self.incref(obj)?;
        incoming.push((obj, self.here()?));
        self.b.build_unconditional_branch(done).map_err(be)?;

        // -(2**60 - 1) <= v <= 2**60 - 1: at most two digits.
        self.b.position_at_end(not_small);
        let two_digits = (1u64 << (2 * cp::LONG_SHIFT)) - 1;
        let shifted = self
            .b
            .build_int_add(v, self.c64(two_digits), "shifted")
            .map_err(be)?;
        let fits = ult(shifted, 2 * two_digits + 1, "fits")?;
        let tracing = self.load_int(
            self.i32,
            self.global("_Py_tracemalloc_config"),
            cp::TRACEMALLOC_TRACING,
        )?;
        let untraced = self
            .b
            .build_int_compare(IntPredicate::EQ, tracing, self.c32(0), "untraced")
            .map_err(be)?;
        let ok = self.b.build_and(fits, untraced, "inline").map_err(be)?;
        self.branch_expecting(ok, alloc, slow, true)?;

        self.b.position_at_end(alloc);
        let mem = self.call_obj("PyObject_Malloc", &[self.c64(cp::LONG_ALLOC as u64).into()])?;
        let allocated = self.b.build_is_not_null(mem, "allocated").map_err(be)?;
        self.guard(allocated, slow, "ibox_init")?;
        let neg = self
            .b
            .build_int_compare(IntPredicate::SLT, v, self.c64(0), "neg")
            .map_err(be)?;
        let minus = self.b.build_int_neg(v, "minus").map_err(be)?;
        let mag = self
            .b
            .build_select(neg, minus, v, "mag")
            .map_err(be)?
            .into_int_value();
        let two = self
            .b
            .build_int_compare(IntPredicate::UGT, mag, self.c64(cp::LONG_MASK), "two")
            .map_err(be)?;
        let ndigits = self
            .b
            .build_select(two, self.c64(2), self.c64(1), "ndigits")
            .map_err(be)?
            .into_int_value();
        let minus_n = self.b.build_int_neg(ndigits, "minus_n").map_err(be)?;
        let size = self
            .b
            .build_select(neg, minus_n, ndigits, "size")
            .map_err(be)?;
        let d0 = self
            .b
            .build_and(mag, self.c64(cp::LONG_MASK), "d0")
            .map_err(be)?;
        let d1 = self
            .b
            .build_right_shift(mag, self.c64(cp::LONG_SHIFT as u64), false, "d1")
            .map_err(be)?;
        let digit = |d: IntValue<'ctx>| self.b.build_int_truncate(d, self.i32, "digit").map_err(be);
        // `_Py_NewReference` (tracemalloc off) and `_PyObject_InitVar` for a static type.
        self.b.build_store(mem, self.c64(1)).map_err(be)?;
        self.store_at(mem, cp::OB_TYPE, self.global("PyLong_Type").into())?;
        self.store_at(mem, cp::VAR_SIZE, size)?;
        self.store_at(mem, cp::LONG_DIGIT0, digit(d0)?.into())?;
        self.store_at(mem, cp::LONG_DIGIT0 + 4, digit(d1)?.into())?;
        incoming.push((mem, self.here()?));
        self.b.build_unconditional_branch(done).map_err(be)?;

        self.b.position_at_end(slow);
        let obj = self.call_obj("PyLong_FromLongLong", &[v.into()])?;
        incoming.push((obj, self.here()?));
        self.b.build_unconditional_branch(done).map_err(be)?;

        self.b.position_at_end(done);
        Ok(self
            .phi(self.ptr, &incoming, "int_box")?
            .into_pointer_value())
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

    /// Whether `v` lies in [-2**53, 2**53]: a double holds such an int exactly, so comparing
    /// the converted value with a float is float_richcompare's exact comparison.
    pub(super) fn int_fits_double(&self, v: IntValue<'ctx>) -> R<IntValue<'ctx>> {
        let biased = self
            .b
            .build_int_add(v, self.c64(1 << 53), "biased")
            .map_err(be)?;
        self.b
            .build_int_compare(IntPredicate::ULE, biased, self.c64(1 << 54), "exact_int")
            .map_err(be)
    }

    /// For an exact int: (has at most two 30-bit digits, its value as i64). Two digits are
    /// |v| < 2**60: sums and differences of two such values fit an i64 (products are checked
    /// in `int_arith`).
    ///
    /// Zero or one digit (|size| <= 1: nearly every int a program computes with) is
    /// `size * digit0`, as CPython's `medium_value` (a zero's digit may be anything: the
    /// product is 0 all the same): four instructions on the hot path. Two digits, and the
    /// test for more, are a block of their own that the branch weights lay out of line; it
    /// reads the second digit only there, where the object has one.
    pub(super) fn compact_int(&self, v: PointerValue<'ctx>) -> R<(IntValue<'ctx>, IntValue<'ctx>)> {
        let (compact, value) = self.compact_int_in(v, None)?;
        Ok((
            compact.ok_or_else(|| be("compact_int: no test without a fail block"))?,
            value,
        ))
    }

    /// `compact_int` for a caller that leaves for `fail` when `v` has more than two digits:
    /// the two-digit block branches there itself, so no flag joins the paths (and no test of
    /// it follows on the hot path). Returns the value.
    pub(super) fn compact_int_or(
        &self,
        v: PointerValue<'ctx>,
        fail: BasicBlock<'ctx>,
    ) -> R<IntValue<'ctx>> {
        Ok(self.compact_int_in(v, Some(fail))?.1)
    }

    fn compact_int_in(
        &self,
        v: PointerValue<'ctx>,
        fail: Option<BasicBlock<'ctx>>,
    ) -> R<(Option<IntValue<'ctx>>, IntValue<'ctx>)> {
        let size = self
            .b
            .build_load(self.i64, self.gep(v, cp::VAR_SIZE)?, "size")
            .map_err(be)?
            .into_int_value();
        let digit = |l: &Self, off: usize, name: &str| -> R<IntValue<'ctx>> {
            let d =
                l.b.build_load(l.i32, l.gep(v, off)?, name)
                    .map_err(be)?
                    .into_int_value();
            l.b.build_int_z_extend(d, l.i64, name).map_err(be)
        };
        let biased = self
            .b
            .build_int_add(size, self.c64(1), "size1")
            .map_err(be)?;
        let one = self
            .b
            .build_int_compare(IntPredicate::ULE, biased, self.c64(2), "one_digit")
            .map_err(be)?;
        let d0 = digit(self, cp::LONG_DIGIT0, "digit0")?;
        let v1 = self.b.build_int_mul(size, d0, "ival1").map_err(be)?;
        let from_one = self.here()?;
        let two_digits = self.new_block("int_two_digits");
        let join = self.new_block("int_value");
        self.branch_expecting(one, join, two_digits, true)?;

        self.b.position_at_end(two_digits);
        let biased = self
            .b
            .build_int_add(size, self.c64(2), "size2")
            .map_err(be)?;
        let two = self
            .b
            .build_int_compare(IntPredicate::ULE, biased, self.c64(4), "two_digits")
            .map_err(be)?;
        if let Some(fail) = fail {
            self.guard(two, fail, "two_digit_int")?;
        }
        let d1 = digit(self, cp::LONG_DIGIT0 + 4, "digit1")?;
        let hi = self
            .b
            .build_left_shift(d1, self.c64(cp::LONG_SHIFT as u64), "hi")
            .map_err(be)?;
        let mag = self.b.build_int_add(d0, hi, "mag").map_err(be)?;
        let negative = self
            .b
            .build_int_compare(IntPredicate::SLT, size, self.c64(0), "negative")
            .map_err(be)?;
        let neg_mag = self.b.build_int_neg(mag, "neg_mag").map_err(be)?;
        let v2 = self
            .b
            .build_select(negative, neg_mag, mag, "ival2")
            .map_err(be)?
            .into_int_value();
        let from_two = self.here()?;
        self.b.build_unconditional_branch(join).map_err(be)?;

        self.b.position_at_end(join);
        let compact = match fail {
            Some(_) => None,
            None => {
                let yes = self.ctx.bool_type().const_int(1, false);
                let c = self
                    .phi(
                        self.ctx.bool_type(),
                        &[(yes, from_one), (two, from_two)],
                        "compact",
                    )?
                    .into_int_value();
                Some(c)
            }
        };
        let value = self
            .phi(self.i64, &[(v1, from_one), (v2, from_two)], "ival")?
            .into_int_value();
        Ok((compact, value))
    }

    pub(super) fn float_value(&self, v: PointerValue<'ctx>) -> R<FloatValue<'ctx>> {
        let f64t = self.ctx.f64_type();
        Ok(self
            .b
            .build_load(f64t, self.gep(v, cp::FLOAT_VALUE)?, "fval")
            .map_err(be)?
            .into_float_value())
    }

    /// `x op y` on ints of at most two digits (|x|, |y| < 2**60): `+` and `-` cannot overflow
    /// an i64; `*` is done here only when both fit 31 bits (product below 2**62), else `slow`.
    /// `//` and `%` round towards minus infinity; `<<` only when nothing is shifted out of
    /// the i64; `/` only when both are exact in a double (|v| <= 2**53: one correctly
    /// rounded division, as CPython's own fast path in `long_true_divide`). A zero divisor
    /// and a negative shift go to `slow`, which raises CPython's exception.
    fn int_arith(
        &self,
        a: Arith,
        x: IntValue<'ctx>,
        y: IntValue<'ctx>,
        slow: BasicBlock<'ctx>,
    ) -> R<Option<Fast<'ctx>>> {
        let cmp = |p, a: IntValue<'ctx>, b: IntValue<'ctx>, name: &str| {
            self.b.build_int_compare(p, a, b, name).map_err(be)
        };
        let nonzero_y = || -> R<()> {
            let nz = cmp(IntPredicate::NE, y, self.c64(0), "nz")?;
            self.guard(nz, slow, "divisor_ok")
        };
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
            Arith::And => self.b.build_and(x, y, "iand"),
            Arith::Or => self.b.build_or(x, y, "ior"),
            Arith::Xor => self.b.build_xor(x, y, "ixor"),
            Arith::FloorDiv | Arith::Mod => {
                nonzero_y()?;
                // |x| < 2**60: no i64::MIN / -1. C truncates; Python floors: when the
                // remainder is non-zero and its sign differs from the divisor's, step once.
                let q = self.b.build_int_signed_div(x, y, "q").map_err(be)?;
                let r = self.b.build_int_signed_rem(x, y, "r").map_err(be)?;
                let nz = cmp(IntPredicate::NE, r, self.c64(0), "rnz")?;
                let sx = self.b.build_xor(r, y, "sx").map_err(be)?;
                let signs = cmp(IntPredicate::SLT, sx, self.c64(0), "signs")?;
                let adjust = self.b.build_and(nz, signs, "adjust").map_err(be)?;
                if a == Arith::FloorDiv {
                    let q1 = self.b.build_int_sub(q, self.c64(1), "q1").map_err(be)?;
                    self.b.build_select(adjust, q1, q, "fq")
                } else {
                    let r1 = self.b.build_int_add(r, y, "r1").map_err(be)?;
                    self.b.build_select(adjust, r1, r, "fr")
                }
                .map(|v| v.into_int_value())
            }
            Arith::Rshift => {
                // y >= 0; shifting by 63 or more leaves the sign.
                let ok = cmp(IntPredicate::SGE, y, self.c64(0), "shift_ok")?;
                self.guard(ok, slow, "rshift")?;
                let big = cmp(IntPredicate::UGT, y, self.c64(63), "big")?;
                let n = self
                    .b
                    .build_select(big, self.c64(63), y, "n")
                    .map_err(be)?
                    .into_int_value();
                self.b.build_right_shift(x, n, true, "ishr")
            }
            // int ** int is an int or a float depending on the sign: the C API decides.
            Arith::Pow => return Ok(None),
            Arith::Lshift => {
                // 0 <= y < 64 and nothing shifted out: (x << y) >> y == x.
                let ok = cmp(IntPredicate::ULT, y, self.c64(64), "shift_ok")?;
                self.guard(ok, slow, "lshift")?;
                let s = self.b.build_left_shift(x, y, "ishl").map_err(be)?;
                let back = self.b.build_right_shift(s, y, true, "back").map_err(be)?;
                let exact = cmp(IntPredicate::EQ, back, x, "exact")?;
                self.guard(exact, slow, "lshift_exact")?;
                Ok(s)
            }
            Arith::TrueDiv => {
                nonzero_y()?;
                let exact = |v: IntValue<'ctx>| -> R<IntValue<'ctx>> {
                    let b = self
                        .b
                        .build_int_add(v, self.c64(1 << 53), "bias")
                        .map_err(be)?;
                    cmp(IntPredicate::ULE, b, self.c64(1 << 54), "exact")
                };
                let both = self
                    .b
                    .build_and(exact(x)?, exact(y)?, "exact")
                    .map_err(be)?;
                self.guard(both, slow, "itruediv")?;
                let f64t = self.ctx.f64_type();
                let fx = self
                    .b
                    .build_signed_int_to_float(x, f64t, "fx")
                    .map_err(be)?;
                let fy = self
                    .b
                    .build_signed_int_to_float(y, f64t, "fy")
                    .map_err(be)?;
                let q = self.b.build_float_div(fx, fy, "q").map_err(be)?;
                return Ok(Some(Fast::Float(q)));
            }
        }
        .map_err(be)?;
        Ok(Some(Fast::Int(r)))
    }

    /// `x op y` on floats; division by zero goes to `slow` (the C API raises). The result
    /// goes into a box that would die anyway when one exists (`float_box`).
    fn float_arith(
        &self,
        a: Arith,
        x: FloatValue<'ctx>,
        y: FloatValue<'ctx>,
        slow: BasicBlock<'ctx>,
    ) -> R<Option<Fast<'ctx>>> {
        let r = match a {
            Arith::Add => self.b.build_float_add(x, y, "fadd"),
            Arith::Sub => self.b.build_float_sub(x, y, "fsub"),
            Arith::Mul => self.b.build_float_mul(x, y, "fmul"),
            Arith::Pow => {
                // float_pow: for 0 < x < inf and finite y it returns C's pow(x, y), raising
                // only when errno says so (overflow to inf, or ERANGE on an underflow that
                // did not reach 0). A normal finite result has neither; anything else takes
                // the C API, which computes the same pow and decides.
                let f64t = self.ctx.f64_type();
                let zero = f64t.const_zero();
                let inf = f64t.const_float(f64::INFINITY);
                let fcmp = |p, a: FloatValue<'ctx>, b: FloatValue<'ctx>, n: &str| {
                    self.b.build_float_compare(p, a, b, n).map_err(be)
                };
                let fabs = |v: FloatValue<'ctx>| -> R<FloatValue<'ctx>> {
                    Ok(self
                        .call_f64("llvm.fabs.f64", &[v.into()])?
                        .into_float_value())
                };
                let pos = fcmp(FloatPredicate::OGT, x, zero, "pos")?;
                let finite_x = fcmp(FloatPredicate::OLT, x, inf, "finite_x")?;
                let finite_y = fcmp(FloatPredicate::OLT, fabs(y)?, inf, "finite_y")?;
                let ok = self.b.build_and(pos, finite_x, "ok").map_err(be)?;
                let ok = self.b.build_and(ok, finite_y, "ok").map_err(be)?;
                self.guard(ok, slow, "pow_args")?;
                let r = self
                    .call_f64("pow", &[x.into(), y.into()])?
                    .into_float_value();
                let ar = fabs(r)?;
                let normal = fcmp(
                    FloatPredicate::OGE,
                    ar,
                    f64t.const_float(f64::MIN_POSITIVE),
                    "normal",
                )?;
                let finite = fcmp(FloatPredicate::OLT, ar, inf, "finite")?;
                let fine = self.b.build_and(normal, finite, "fine").map_err(be)?;
                self.guard(fine, slow, "pow_result")?;
                return Ok(Some(Fast::Float(r)));
            }
            Arith::FloorDiv
            | Arith::Mod
            | Arith::And
            | Arith::Or
            | Arith::Xor
            | Arith::Lshift
            | Arith::Rshift => return Ok(None),
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
        Ok(Some(Fast::Float(r)))
    }

    /// Whether the numeric result of `ins` may stay unboxed (`Lower::push_unboxed`): `ins` is a
    /// BINARY_OP with a fast path or a UNARY_NEGATIVE, and the instruction that consumes its
    /// result is another one, or a comparison (`a*b + c*d`, `-x * y`, `x*x < r`), reached in
    /// straight line through nothing but loads and other numeric instructions working above
    /// it, or a call with it as its one argument (`call::math_call`). None of those can
    /// deopt; an error exit among them releases the slot as it is. A result stored to a local
    /// is not left unboxed: `float_box` reuses the local's box instead.
    fn unboxed_result(&self, ins: &Instr) -> bool {
        let numeric = match ins.op {
            Opcode::BinaryOp => Arith::of(ins.arg).is_some(),
            Opcode::UnaryNegative => true,
            _ => false,
        };
        numeric && self.numeric_consumer(ins)
    }

    /// Whether the value `ins` pushes is consumed by an instruction that takes unboxed
    /// operands (`pop_value`), as `unboxed_result` describes, reached in straight line.
    pub(super) fn numeric_consumer(&self, ins: &Instr) -> bool {
        // Values pushed above the result and not yet consumed.
        let mut above = 0u32;
        for n in 1..=32 {
            let Some(next) = self.straight_after(ins, n) else {
                return false;
            };
            match next.op {
                Opcode::LoadFast | Opcode::LoadConst => above += 1,
                Opcode::BinaryOp if Arith::of(next.arg).is_some() => {
                    if above < 2 {
                        return true;
                    }
                    above -= 1;
                }
                Opcode::CompareOp if next.arg <= 5 => {
                    if above < 2 {
                        return true;
                    }
                    above -= 1;
                }
                // Takes the value on top and gives one back.
                Opcode::UnaryNegative if above == 0 => return true,
                Opcode::UnaryNegative => {}
                // The one argument of a call, which may be a `math` function
                // (`call::math_call`): `math.sqrt(x*x + y*y)`.
                Opcode::Precall if above == 0 && next.arg == 1 => {
                    return self.straight_after(ins, n + 1).is_some_and(|call| {
                        call.op == Opcode::Call
                            && call.arg == 1
                            && super::call::may_call_math(self.snap.hints.call(call.offset))
                    });
                }
                _ => return false,
            }
        }
        false
    }

    /// The value of an operand for the unboxed paths, or a branch to `fallback`: kind
    /// `UNBOXED_FLOAT` with its float, or `UNBOXED_INT` with a compact int (|v| < 2**60, the
    /// int path's precondition). An unboxed operand gives its value (a larger int goes to
    /// `fallback`, to be boxed), or its slot's object, which is looked at as a regular
    /// operand is: an exact float, or an exact int of at most two digits.
    pub(super) fn operand_view(
        &self,
        op: Operand<'ctx>,
        fallback: BasicBlock<'ctx>,
    ) -> R<Unboxed<'ctx>> {
        self.operand_view_of(op, fallback, true)
    }

    /// `operand_view`; without `floats`, an object operand is looked at as an int only (where
    /// quickening saw ints: anything else takes `fallback`).
    fn operand_view_of(
        &self,
        op: Operand<'ctx>,
        fallback: BasicBlock<'ctx>,
        floats: bool,
    ) -> R<Unboxed<'ctx>> {
        let (i8t, f64t) = (self.ctx.i8_type(), self.ctx.f64_type());
        let merge = self.new_block("view");
        let mut incoming: Vec<(Unboxed<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        let float = |f: FloatValue<'ctx>| Unboxed {
            kind: i8t.const_int(UNBOXED_FLOAT, false),
            f,
            i: self.c64(0),
        };
        let int = |i: IntValue<'ctx>| Unboxed {
            kind: i8t.const_int(UNBOXED_INT, false),
            f: f64t.const_zero(),
            i,
        };
        if let Some(u) = op.unboxed {
            let is = |kind: u64, name: &str| {
                self.b
                    .build_int_compare(IntPredicate::EQ, u.kind, i8t.const_int(kind, false), name)
                    .map_err(be)
            };
            let not_float = self.new_block("view_not_float");
            incoming.push((float(u.f), self.here()?));
            self.branch_expecting(is(UNBOXED_FLOAT, "is_float")?, merge, not_float, true)?;
            self.b.position_at_end(not_float);
            let int_bb = self.new_block("view_int");
            let obj_bb = self.new_block("view_object");
            self.b
                .build_conditional_branch(is(UNBOXED_INT, "is_int")?, int_bb, obj_bb)
                .map_err(be)?;
            self.b.position_at_end(int_bb);
            let biased = self
                .b
                .build_int_add(u.i, self.c64(1 << 60), "bias")
                .map_err(be)?;
            let compact = self
                .b
                .build_int_compare(IntPredicate::ULT, biased, self.c64(1 << 61), "compact")
                .map_err(be)?;
            self.guard(compact, fallback, "view_compact")?;
            incoming.push((int(u.i), self.here()?));
            self.b.build_unconditional_branch(merge).map_err(be)?;
            self.b.position_at_end(obj_bb);
        }
        let t = self.load_ptr(op.v, cp::OB_TYPE)?;
        let is_float = if floats {
            self.ptr_eq(t, self.global("PyFloat_Type"))?
        } else {
            self.ctx.bool_type().const_zero()
        };
        let flt = self.new_block("view_float");
        let other = self.new_block("view_long");
        self.b
            .build_conditional_branch(is_float, flt, other)
            .map_err(be)?;
        self.b.position_at_end(flt);
        incoming.push((float(self.float_value(op.v)?), self.here()?));
        self.b.build_unconditional_branch(merge).map_err(be)?;
        self.b.position_at_end(other);
        let is_int = self.ptr_eq(t, self.global("PyLong_Type"))?;
        self.guard(is_int, fallback, "view_is_int")?;
        let v = self.compact_int_or(op.v, fallback)?;
        incoming.push((int(v), self.here()?));
        self.b.build_unconditional_branch(merge).map_err(be)?;
        self.b.position_at_end(merge);
        let each = |f: fn(&Unboxed<'ctx>) -> BasicValueEnum<'ctx>| {
            incoming
                .iter()
                .map(move |(u, bb)| (f(u), *bb))
                .collect::<Vec<_>>()
        };
        Ok(Unboxed {
            kind: self
                .phi(i8t, &each(|u| u.kind.into()), "vkind")?
                .into_int_value(),
            f: self
                .phi(f64t, &each(|u| u.f.into()), "vf")?
                .into_float_value(),
            i: self
                .phi(self.i64, &each(|u| u.i.into()), "vi")?
                .into_int_value(),
        })
    }

    /// The object of operand `op` for the boxed paths: a regular operand itself; for an
    /// unboxed one, its slot's object, or a new float or int for its value, stored back into
    /// the slot so that the release at the merge finds it. If that cannot be made
    /// (MemoryError), the instruction's operands (`ops`, `op` among them) are released and
    /// the error raised at `ins`.
    pub(super) fn materialize(
        &self,
        ins: &Instr,
        op: Operand<'ctx>,
        ops: &[Operand<'ctx>],
    ) -> R<PointerValue<'ctx>> {
        let Some(u) = op.unboxed else {
            return Ok(op.v);
        };
        if let Some(index) = op.constant {
            // The constant object itself, owned by the slot like a box.
            let obj = self.table_entry(index)?;
            self.incref(obj)?;
            self.b
                .build_store(self.slots[op.slot as usize], obj)
                .map_err(be)?;
            return Ok(obj);
        }
        let i8t = self.ctx.i8_type();
        let is = |kind: u64, name: &str| {
            self.b
                .build_int_compare(IntPredicate::EQ, u.kind, i8t.const_int(kind, false), name)
                .map_err(be)
        };
        let have = self.here()?;
        let boxit = self.new_block("box_unboxed");
        let merge = self.new_block("boxed");
        self.b
            .build_conditional_branch(is(UNBOXED_OBJECT, "is_object")?, merge, boxit)
            .map_err(be)?;
        self.b.position_at_end(boxit);
        let fbox = self.new_block("box_float");
        let ibox = self.new_block("box_int");
        let made = self.new_block("box_made");
        self.b
            .build_conditional_branch(is(UNBOXED_FLOAT, "is_float")?, fbox, ibox)
            .map_err(be)?;
        self.b.position_at_end(fbox);
        let fo = self.call_obj("PyFloat_FromDouble", &[u.f.into()])?;
        self.b.build_unconditional_branch(made).map_err(be)?;
        self.b.position_at_end(ibox);
        let io = self.box_int(u.i)?;
        let io_bb = self.here()?;
        self.b.build_unconditional_branch(made).map_err(be)?;
        self.b.position_at_end(made);
        let obj = self
            .phi(self.ptr, &[(fo, fbox), (io, io_bb)], "box")?
            .into_pointer_value();
        self.b
            .build_store(self.slots[op.slot as usize], obj)
            .map_err(be)?;
        let failed = self.b.build_is_null(obj, "box_failed").map_err(be)?;
        let fail = self.new_block("box_failed");
        let ok = self.new_block("box_ok");
        self.branch_expecting(failed, fail, ok, false)?;
        self.b.position_at_end(fail);
        for &o in ops {
            self.release_operand(o)?;
        }
        let err = self.error_block(ins)?;
        self.b.build_unconditional_branch(err).map_err(be)?;
        self.b.position_at_end(ok);
        self.b.build_unconditional_branch(merge).map_err(be)?;
        self.b.position_at_end(merge);
        Ok(self
            .phi(self.ptr, &[(op.v, have), (obj, ok)], "materialized")?
            .into_pointer_value())
    }

    /// For `lst[i] op= v`, the list and index the result of `ins` (the `op=`) is stored to:
    /// 3.11 compiles it to `COPY 2; COPY 2; BINARY_SUBSCR; <v>; BINARY_OP; SWAP 3; SWAP 2;
    /// STORE_SUBSCR`, so they are the stack slots two and one below the operands, and nothing
    /// runs between the operation and the store. The item's box may then take the result
    /// (`float_box` checks that it is still that list slot's and referenced by nothing else).
    fn aug_subscr(&self, ins: &Instr) -> R<Option<(PointerValue<'ctx>, PointerValue<'ctx>)>> {
        let op = |n: usize| self.straight_after(ins, n).map(|i| (i.op, i.arg));
        let pattern = ins.op == Opcode::BinaryOp
            && Arith::of(ins.arg).is_some_and(Arith::on_floats)
            && op(1) == Some((Opcode::Swap, 3))
            && op(2) == Some((Opcode::Swap, 2))
            && op(3).is_some_and(|(o, _)| o == Opcode::StoreSubscr);
        let Some(base) = self.depth.checked_sub(4).filter(|_| pattern) else {
            return Ok(None);
        };
        let plain = |k: u32| !self.borrowed[k as usize] && !self.unboxed[k as usize];
        if !plain(base) || !plain(base + 1) {
            return Ok(None);
        }
        Ok(Some((self.peek_at(base)?, self.peek_at(base + 1)?)))
    }

    /// If the instruction after `ins` is `STORE_FAST n`, then `n`: the result of `ins` is about
    /// to replace local `n` (nothing runs in between: `ins` falls through to it).
    fn stored_to_local(&self, ins: &Instr) -> Option<u32> {
        self.straight_after(ins, 1)
            .filter(|next| next.op == Opcode::StoreFast)
            .map(|next| next.arg)
    }

    /// A new reference to a float object holding `r`, reusing a box that would otherwise
    /// be freed right after (CPython 3.13's `_PyFloat_FromDouble_ConsumeInputs` idea): an
    /// operand whose only reference is the value stack's (it is released by the caller
    /// after this), or the exact float in the local about to be overwritten (`dest`) when
    /// nothing but that local and the operands refer to it. Else `PyFloat_FromDouble`, which
    /// can fail (NULL). Writing into a box nobody else can see is unobservable: no other
    /// reference exists, and floats have no weak references.
    /// The reused box is returned with one more reference, which the caller's release of
    /// the operands balances; a reused local keeps its own reference until the STORE_FAST
    /// that follows releases it.
    /// `floats`: both operands are known to be exact floats (else their types are checked).
    fn float_box(
        &self,
        r: FloatValue<'ctx>,
        boxes: Boxes<'ctx>,
        floats: bool,
    ) -> R<PointerValue<'ctx>> {
        let done = self.new_block("fbox_done");
        let mut incoming: Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        let refcnt = |v: PointerValue<'ctx>| -> R<IntValue<'ctx>> {
            Ok(self
                .b
                .build_load(self.i64, v, "rc")
                .map_err(be)?
                .into_int_value())
        };
        let reuse = |v: PointerValue<'ctx>,
                     incoming: &mut Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)>|
         -> R<()> {
            self.b
                .build_store(self.gep(v, cp::FLOAT_VALUE)?, r)
                .map_err(be)?;
            self.incref(v)?;
            incoming.push((v, self.here()?));
            self.b.build_unconditional_branch(done).map_err(be)?;
            Ok(())
        };
        let float_type = self.global("PyFloat_Type");
        // A borrowed operand's one reference is its local's: never written.
        let owned = [(boxes.lhs, boxes.owned.0), (boxes.rhs, boxes.owned.1)];
        for v in owned.iter().filter(|(_, o)| *o).map(|(v, _)| *v) {
            let mut only = self
                .b
                .build_int_compare(IntPredicate::EQ, refcnt(v)?, self.c64(1), "only")
                .map_err(be)?;
            if !floats {
                // An int operand (mixed arithmetic, int `/`) is never taken.
                let t = self.load_ptr(v, cp::OB_TYPE)?;
                let is_float = self.ptr_eq(t, float_type)?;
                only = self.b.build_and(only, is_float, "only_float").map_err(be)?;
            }
            let hit = self.new_block("fbox_operand");
            let next = self.new_block("fbox_next");
            self.b
                .build_conditional_branch(only, hit, next)
                .map_err(be)?;
            self.b.position_at_end(hit);
            reuse(v, &mut incoming)?;
            self.b.position_at_end(next);
        }
        if let (Some((list, index)), true) = (boxes.aug, boxes.owned.0) {
            // `lst[i] op= v`: the item is referenced by the list slot the result replaces
            // next and by the value stack only, so nobody can see it change.
            let v = boxes.lhs;
            let next = self.new_block("fbox_not_item");
            let mut two = self
                .b
                .build_int_compare(IntPredicate::EQ, refcnt(v)?, self.c64(2), "two")
                .map_err(be)?;
            if !floats {
                let t = self.load_ptr(v, cp::OB_TYPE)?;
                let is_float = self.ptr_eq(t, float_type)?;
                two = self.b.build_and(two, is_float, "two_float").map_err(be)?;
            }
            let check = self.new_block("fbox_item_check");
            self.b
                .build_conditional_branch(two, check, next)
                .map_err(be)?;
            self.b.position_at_end(check);
            let slot = self.item_slot(list, index, "PyList_Type", true, next)?;
            let held = self
                .b
                .build_load(self.ptr, slot, "held")
                .map_err(be)?
                .into_pointer_value();
            let same = self.ptr_eq(held, v)?;
            let hit = self.new_block("fbox_item");
            self.b
                .build_conditional_branch(same, hit, next)
                .map_err(be)?;
            self.b.position_at_end(hit);
            reuse(v, &mut incoming)?;
            self.b.position_at_end(next);
        }
        if let Some(n) = boxes.dest {
            let fresh = self.new_block("fbox_fresh");
            let old = self
                .b
                .build_load(self.ptr, self.local_ptr(n)?, "old")
                .map_err(be)?
                .into_pointer_value();
            let bound = self.b.build_is_not_null(old, "bound").map_err(be)?;
            let typed = self.new_block("fbox_local");
            self.b
                .build_conditional_branch(bound, typed, fresh)
                .map_err(be)?;
            self.b.position_at_end(typed);
            let t = self.load_ptr(old, cp::OB_TYPE)?;
            let is_float = self.ptr_eq(t, self.global("PyFloat_Type"))?;
            // Its references: the local's, plus one per owned operand it is.
            let owned_as = |v: PointerValue<'ctx>, owned: bool| -> R<IntValue<'ctx>> {
                if !owned {
                    return Ok(self.c64(0));
                }
                let same = self.ptr_eq(old, v)?;
                self.b.build_int_z_extend(same, self.i64, "n").map_err(be)
            };
            let expect = self
                .b
                .build_int_add(
                    owned_as(boxes.lhs, boxes.owned.0)?,
                    owned_as(boxes.rhs, boxes.owned.1)?,
                    "ops",
                )
                .map_err(be)?;
            let expect = self
                .b
                .build_int_add(expect, self.c64(1), "expect")
                .map_err(be)?;
            let sole = self
                .b
                .build_int_compare(IntPredicate::EQ, refcnt(old)?, expect, "sole")
                .map_err(be)?;
            let ok = self.b.build_and(is_float, sole, "reusable").map_err(be)?;
            let hit = self.new_block("fbox_dest");
            self.b
                .build_conditional_branch(ok, hit, fresh)
                .map_err(be)?;
            self.b.position_at_end(hit);
            reuse(old, &mut incoming)?;
            self.b.position_at_end(fresh);
        }
        let new = self.call_obj("PyFloat_FromDouble", &[r.into()])?;
        incoming.push((new, self.here()?));
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(done);
        Ok(self.phi(self.ptr, &incoming, "fbox")?.into_pointer_value())
    }

    pub(super) fn binary_subscr(&mut self, ins: &Instr) -> R<bool> {
        let (sub, sub_borrowed) = self.pop_operand()?;
        let (container, container_borrowed) = self.pop_operand()?;
        self.set_prev_instr(ins.offset)?;
        let done = self.new_block("subscr_done");
        let slow = self.new_block("subscr_slow");
        let mut results: Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        // The container paths kept: the one quickening saw (`SubscrHint`), or both.
        let hint = self.snap.hints.subscr(ins.offset);
        for (ty, items_indirect, kept) in [
            ("PyList_Type", true, SubscrHint::List),
            ("PyTuple_Type", false, SubscrHint::Tuple),
        ] {
            if hint != SubscrHint::Unknown && hint != kept {
                continue;
            }
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
        if hint == SubscrHint::Dict {
            let r = self.dict_subscr(container, sub, slow)?;
            self.fast_result(Some(r), done, slow, &mut results)?;
        } else {
            self.b.build_unconditional_branch(slow).map_err(be)?;
        }
        self.b.position_at_end(slow);
        let res = self.call_obj(
            "rjit_getitem",
            &[self.tstate.into(), container.into(), sub.into()],
        )?;
        self.fast_result(Some(res), done, slow, &mut results)?;
        self.merge_result(
            ins,
            done,
            &results,
            None,
            Operand::regular(container, container_borrowed),
            Operand::regular(sub, sub_borrowed),
        )
    }

    /// 3.11's `BINARY_SUBSCR_DICT` where quickening saw an exact dict: `PyDict_GetItemWithError`
    /// and, for a missing key with no error raised by the key's `__hash__` or `__eq__`,
    /// `KeyError(sub)` as `dict_subscript` raises it for an exact dict (no `__missing__`).
    /// Returns the value (a new reference) or NULL with the exception set; anything but an
    /// exact dict branches to `slow`.
    fn dict_subscr(
        &self,
        container: PointerValue<'ctx>,
        sub: PointerValue<'ctx>,
        slow: BasicBlock<'ctx>,
    ) -> R<PointerValue<'ctx>> {
        let t = self.load_ptr(container, cp::OB_TYPE)?;
        let is_dict = self.ptr_eq(t, self.global("PyDict_Type"))?;
        let lookup = self.new_block("dict_subscr");
        self.branch_expecting(is_dict, lookup, slow, true)?;
        self.b.position_at_end(lookup);
        let v = self.call_obj("PyDict_GetItemWithError", &[container.into(), sub.into()])?;
        let found = self.b.build_is_not_null(v, "found").map_err(be)?;
        let hit = self.new_block("dict_hit");
        let missing = self.new_block("dict_missing");
        let joined = self.new_block("dict_done");
        self.branch_expecting(found, hit, missing, true)?;
        self.b.position_at_end(hit);
        self.incref(v)?;
        self.b.build_unconditional_branch(joined).map_err(be)?;
        self.b.position_at_end(missing);
        let raised = self.call_obj("PyErr_Occurred", &[])?;
        let none = self.b.build_is_null(raised, "no_error").map_err(be)?;
        let key_error = self.new_block("key_error");
        self.b
            .build_conditional_branch(none, key_error, joined)
            .map_err(be)?;
        self.b.position_at_end(key_error);
        self.call("_PyErr_SetKeyError", None, &[sub.into()])?;
        self.b.build_unconditional_branch(joined).map_err(be)?;
        self.b.position_at_end(joined);
        let phi = self.b.build_phi(self.ptr, "dict_item").map_err(be)?;
        let null = self.ptr.const_null();
        phi.add_incoming(&[(&v, hit), (&null, missing), (&null, key_error)]);
        Ok(phi.as_basic_value().into_pointer_value())
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
        let i = self.compact_int_or(sub, miss)?;
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
        let hit = self.new_block("index_hit");
        self.branch_expecting(in_range, hit, miss, true)?;
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

    /// UNARY_NEGATIVE: on an exact float or an int of at most two digits (unboxed or not), the
    /// negation in registers (`-0.0` included; |v| < 2**60 cannot overflow), left unboxed for
    /// a numeric consumer (`unboxed_result`) or boxed; anything else `PyNumber_Negative`.
    fn unary_negative(&mut self, ins: &Instr) -> R<bool> {
        let op = self.pop_value()?;
        self.set_prev_instr(ins.offset)?;
        let unboxed_out = self.unboxed_result(ins);
        let (i8t, f64t) = (self.ctx.i8_type(), self.ctx.f64_type());
        let fallback = self.new_block("neg_slow");
        let objs_bb = self.new_block("neg_obj");
        let vals_bb = self.new_block("neg_value");
        let mut objs: Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        let view = self.operand_view(op, fallback)?;
        let is_int = self
            .b
            .build_int_compare(
                IntPredicate::EQ,
                view.kind,
                i8t.const_int(UNBOXED_INT, false),
                "is_int",
            )
            .map_err(be)?;
        let neg = Unboxed {
            kind: view.kind,
            f: self.b.build_float_neg(view.f, "fneg").map_err(be)?,
            i: self.b.build_int_nsw_neg(view.i, "ineg").map_err(be)?,
        };
        if unboxed_out {
            self.b.build_unconditional_branch(vals_bb).map_err(be)?;
        } else {
            let fbox = self.new_block("neg_float");
            let ibox = self.new_block("neg_int");
            self.b
                .build_conditional_branch(is_int, ibox, fbox)
                .map_err(be)?;
            self.b.position_at_end(fbox);
            objs.push((self.call_obj("PyFloat_FromDouble", &[neg.f.into()])?, fbox));
            self.b.build_unconditional_branch(objs_bb).map_err(be)?;
            self.b.position_at_end(ibox);
            let io = self.box_int(neg.i)?;
            objs.push((io, self.here()?));
            self.b.build_unconditional_branch(objs_bb).map_err(be)?;
        }
        self.b.position_at_end(fallback);
        let v = self.materialize(ins, op, &[op])?;
        let res = self.call_obj("PyNumber_Negative", &[v.into()])?;
        objs.push((res, self.here()?));
        self.b.build_unconditional_branch(objs_bb).map_err(be)?;

        self.b.position_at_end(objs_bb);
        let res = self.phi(self.ptr, &objs, "neg")?.into_pointer_value();
        self.release_operand(op)?;
        self.null_check(res, ins)?;
        if !unboxed_out {
            vals_bb
                .remove_from_function()
                .map_err(|()| be("neg_value block"))?;
            self.push(res)?;
            return Ok(true);
        }
        let out = self.new_block("neg_out");
        let from_obj = self.here()?;
        self.b.build_unconditional_branch(out).map_err(be)?;
        self.b.position_at_end(vals_bb);
        self.release_operand(op)?;
        let from_vals = self.here()?;
        self.b.build_unconditional_branch(out).map_err(be)?;
        self.b.position_at_end(out);
        let obj = self.phi(
            self.ptr,
            &[(res, from_obj), (self.ptr.const_null(), from_vals)],
            "uobj",
        )?;
        let kind = self.phi(
            i8t,
            &[
                (i8t.const_int(UNBOXED_OBJECT, false), from_obj),
                (neg.kind, from_vals),
            ],
            "ukind",
        )?;
        let f = self.phi(
            f64t,
            &[(f64t.const_zero(), from_obj), (neg.f, from_vals)],
            "uf",
        )?;
        let i = self.phi(
            self.i64,
            &[(self.c64(0), from_obj), (neg.i, from_vals)],
            "ui",
        )?;
        let u = Unboxed {
            kind: kind.into_int_value(),
            f: f.into_float_value(),
            i: i.into_int_value(),
        };
        self.push_unboxed(obj.into_pointer_value(), u)?;
        Ok(true)
    }

    pub(super) fn unary(&mut self, ins: &Instr) -> R<bool> {
        if ins.op == Opcode::UnaryNegative {
            return self.unary_negative(ins);
        }
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
        let (sub, sub_borrowed) = self.pop_operand()?;
        let (container, container_borrowed) = self.pop_operand()?;
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
        self.release(container, container_borrowed)?;
        self.release(sub, sub_borrowed)?;
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
        self.release(container, container_borrowed)?;
        self.release(sub, sub_borrowed)?;
        self.neg_check(r, ins)?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(done);
        Ok(true)
    }
}
