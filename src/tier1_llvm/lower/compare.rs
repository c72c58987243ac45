//! Operators through the C API: BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, UNARY_*,
//! BINARY_SUBSCR, STORE_SUBSCR. Each consumes its operands exactly as ceval.c does, and on
//! error hands over the stack the interpreter would have (operands already released).

use super::{Lower, R, be};
use crate::bytecode::{Instr, Opcode};

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
        self.binary_call(ins, name, None)
    }

    pub(super) fn compare_op(&mut self, ins: &Instr) -> R<bool> {
        if ins.arg > 5 {
            return Err(be(format!("COMPARE_OP {}", ins.arg)));
        }
        self.binary_call(ins, "PyObject_RichCompare", Some(ins.arg))
    }

    pub(super) fn binary_subscr(&mut self, ins: &Instr) -> R<bool> {
        self.binary_call(ins, "PyObject_GetItem", None)
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
        Ok(true)
    }
}
