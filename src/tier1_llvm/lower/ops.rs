//! Opcodes lowered as a call to a `runtime::ops` stack-op helper (the `StackOp` convention):
//! spill the touched slots to the frame, call, branch on the status, reload the results.
//! Plus the two trivial ones lowered inline: LOAD_ASSERTION_ERROR and LIST_APPEND.
//! Invariant: `shape` agrees with `bytecode::physical_effect` (`pushes - pops`), which the
//! unit test below checks for every opcode and a range of opargs.

use super::{Lower, R, be};
use crate::bytecode::{Instr, Opcode};

/// How a stack-op helper uses the value stack: it sees the top `touch` slots, consumes the top
/// `pops` of them and pushes `pushes`. `unwinds`: it may return 1 (re-raise, no traceback).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shape {
    pub helper: &'static str,
    pub touch: u32,
    pub pops: u32,
    pub pushes: u32,
    pub unwinds: bool,
    /// Never fails (no error path is built; its consumed inputs may sit below the handler depth).
    pub infallible: bool,
    /// Passed to the helper in place of the oparg.
    pub arg: u32,
}

/// The helper and stack shape of every opcode lowered through `stack_op`.
pub(crate) fn shape(op: Opcode, arg: u32) -> Option<Shape> {
    use Opcode::*;
    let s = |helper, touch, pops, pushes| {
        Some(Shape {
            helper,
            touch,
            pops,
            pushes,
            unwinds: false,
            infallible: false,
            arg,
        })
    };
    match op {
        MakeCell => s("rjit_op_make_cell", 0, 0, 0),
        CopyFreeVars => Some(Shape {
            infallible: true,
            ..s("rjit_op_copy_free_vars", 0, 0, 0)?
        }),
        LoadDeref => s("rjit_op_load_deref", 0, 0, 1),
        LoadClassderef => s("rjit_op_load_classderef", 0, 0, 1),
        StoreDeref => Some(Shape {
            infallible: true,
            ..s("rjit_op_store_deref", 1, 1, 0)?
        }),
        DeleteDeref => s("rjit_op_delete_deref", 0, 0, 0),
        DeleteFast => s("rjit_op_delete_fast", 0, 0, 0),
        LoadName => s("rjit_op_load_name", 0, 0, 1),
        StoreName => s("rjit_op_store_name", 1, 1, 0),
        DeleteName => s("rjit_op_delete_name", 0, 0, 0),
        StoreGlobal => s("rjit_op_store_global", 1, 1, 0),
        DeleteGlobal => s("rjit_op_delete_global", 0, 0, 0),
        DeleteAttr => s("rjit_op_delete_attr", 1, 1, 0),
        DeleteSubscr => s("rjit_op_delete_subscr", 2, 2, 0),
        ImportName => s("rjit_op_import_name", 2, 2, 1),
        ImportFrom => s("rjit_op_import_from", 1, 0, 1),
        SetupAnnotations => s("rjit_op_setup_annotations", 0, 0, 0),
        LoadBuildClass => s("rjit_op_load_build_class", 0, 0, 1),
        PrintExpr => s("rjit_op_print_expr", 1, 1, 0),
        MakeFunction => {
            let n = 1 + (arg & 0xf).count_ones();
            s("rjit_op_make_function", n, n, 1)
        }
        CallFunctionEx => {
            let n = 3 + (arg & 1);
            s("rjit_op_call_function_ex", n, n, 1)
        }
        BuildSet => s("rjit_op_build_set", arg, arg, 1),
        BuildMap => s("rjit_op_build_map", 2 * arg, 2 * arg, 1),
        BuildConstKeyMap => s("rjit_op_build_const_key_map", arg + 1, arg + 1, 1),
        BuildString => s("rjit_op_build_string", arg, arg, 1),
        BuildSlice => s("rjit_op_build_slice", arg, arg, 1),
        ListToTuple => s("rjit_op_list_to_tuple", 1, 1, 1),
        SetAdd => s("rjit_op_set_add", arg + 1, 1, 0),
        MapAdd => s("rjit_op_map_add", arg + 2, 2, 0),
        ListExtend => s("rjit_op_list_extend", arg + 1, 1, 0),
        SetUpdate => s("rjit_op_set_update", arg + 1, 1, 0),
        DictUpdate => s("rjit_op_dict_update", arg + 1, 1, 0),
        DictMerge => s("rjit_op_dict_merge", arg + 3, 1, 0),
        FormatValue => {
            let n = 1 + (arg & 0x04 != 0) as u32;
            s("rjit_op_format_value", n, n, 1)
        }
        UnpackEx => s("rjit_op_unpack_ex", 1, 1, (arg & 0xff) + (arg >> 8) + 1),
        GetLen => s("rjit_op_get_len", 1, 0, 1),
        // Py_TPFLAGS_MAPPING / Py_TPFLAGS_SEQUENCE.
        MatchMapping => Some(Shape {
            arg: 1 << 6,
            infallible: true,
            ..s("rjit_op_match_flag", 1, 0, 1)?
        }),
        MatchSequence => Some(Shape {
            arg: 1 << 5,
            infallible: true,
            ..s("rjit_op_match_flag", 1, 0, 1)?
        }),
        MatchKeys => s("rjit_op_match_keys", 2, 0, 1),
        MatchClass => s("rjit_op_match_class", 3, 3, 1),
        RaiseVarargs => Some(Shape {
            unwinds: arg == 0,
            ..s("rjit_op_raise_varargs", arg, arg, 0)?
        }),
        Reraise => Some(Shape {
            unwinds: true,
            ..s("rjit_op_reraise", arg + 1, 1, 0)?
        }),
        PushExcInfo => Some(Shape {
            infallible: true,
            ..s("rjit_op_push_exc_info", 1, 1, 2)?
        }),
        PopExcept => Some(Shape {
            infallible: true,
            ..s("rjit_op_pop_except", 1, 1, 0)?
        }),
        CheckExcMatch => s("rjit_op_check_exc_match", 2, 1, 1),
        CheckEgMatch => s("rjit_op_check_eg_match", 2, 2, 2),
        BeforeWith => Some(Shape {
            arg: 0,
            ..s("rjit_op_before_with", 1, 1, 2)?
        }),
        BeforeAsyncWith => Some(Shape {
            arg: 1,
            ..s("rjit_op_before_with", 1, 1, 2)?
        }),
        WithExceptStart => s("rjit_op_with_except_start", 4, 0, 1),
        EndAsyncFor => Some(Shape {
            unwinds: true,
            ..s("rjit_op_end_async_for", 2, 2, 0)?
        }),
        GetAwaitable => s("rjit_op_get_awaitable", 1, 1, 1),
        GetAiter => s("rjit_op_get_aiter", 1, 1, 1),
        GetAnext => s("rjit_op_get_anext", 1, 0, 1),
        GetYieldFromIter => s("rjit_op_get_yield_from_iter", 1, 1, 1),
        AsyncGenWrap => s("rjit_op_async_gen_wrap", 1, 1, 1),
        _ => None,
    }
}

impl<'ctx, 'a> Lower<'ctx, 'a> {
    /// Lower `ins` as a call to its stack-op helper.
    pub(super) fn stack_op(&mut self, ins: &Instr) -> R<bool> {
        let sh = shape(ins.op, ins.arg)
            .ok_or_else(|| be(format!("{} has no stack-op shape", ins.op.name())))?;
        self.stack_op_shaped(ins, sh)
    }

    /// If BUILD_SLICE `ins` is followed in straight line by the BINARY_SUBSCR or STORE_SUBSCR
    /// that consumes its slice: that instruction (`x[a:b]`, `x[a:b] = v`).
    pub(super) fn fused_slice(&self, ins: &Instr) -> Option<Instr> {
        if ins.op != Opcode::BuildSlice || !(2..=3).contains(&ins.arg) {
            return None;
        }
        self.straight_after(ins, 1)
            .filter(|next| matches!(next.op, Opcode::BinarySubscr | Opcode::StoreSubscr))
            .copied()
    }

    /// BUILD_SLICE and the subscript `fused_slice` found, as one stack op
    /// (`runtime::slices`): no slice object for an exact list, tuple or str. Errors are the
    /// subscript's (its `prev_instr`, its handler).
    pub(super) fn slice_subscr(&mut self, build: &Instr, subscr: &Instr) -> R<bool> {
        let (helper, n) = match subscr.op {
            Opcode::BinarySubscr => ("rjit_op_slice_get", build.arg + 1),
            _ => ("rjit_op_slice_set", build.arg + 2),
        };
        let sh = Shape {
            helper,
            touch: n,
            pops: n,
            pushes: u32::from(subscr.op == Opcode::BinarySubscr),
            unwinds: false,
            infallible: false,
            arg: build.arg,
        };
        self.stack_op_shaped(subscr, sh)?;
        // Past the subscript, whose own block is left unreachable.
        let next = self.block_at(subscr.next)?;
        self.b.build_unconditional_branch(next).map_err(be)?;
        Ok(false)
    }

    /// A stack op of shape `sh` for `ins` (its offset for `prev_instr` and the raise paths).
    fn stack_op_shaped(&mut self, ins: &Instr, sh: Shape) -> R<bool> {
        let top = self.depth;
        let base = top
            .checked_sub(sh.touch)
            .ok_or_else(|| be(format!("stack underflow at {}", ins.offset)))?;
        for k in base..top {
            let v = self.peek_at(k)?;
            let p = self.frame_stack_ptr(k)?;
            self.b.build_store(p, v).map_err(be)?;
        }
        self.set_prev_instr(ins.offset)?;
        let sp = self.frame_stack_ptr(base)?;
        let status = self
            .call(
                sh.helper,
                Some(self.i32.into()),
                &[
                    self.tstate.into(),
                    self.frame.into(),
                    sp.into(),
                    self.c32(sh.arg as i64).into(),
                ],
            )?
            .into_int_value();
        self.depth = top - sh.pops;
        let ok = self.new_block("ok");
        if sh.infallible {
            self.b.build_unconditional_branch(ok).map_err(be)?;
        } else {
            let err = self.raise_block(ins, true)?;
            let failed = self
                .b
                .build_int_compare(inkwell::IntPredicate::SLT, status, self.c32(0), "failed")
                .map_err(be)?;
            if sh.unwinds {
                let unwind = self.raise_block(ins, false)?;
                let not_err = self.new_block("not_error");
                self.b
                    .build_conditional_branch(failed, err, not_err)
                    .map_err(be)?;
                self.b.position_at_end(not_err);
                let reraised = self
                    .b
                    .build_int_compare(inkwell::IntPredicate::SGT, status, self.c32(0), "reraise")
                    .map_err(be)?;
                self.b
                    .build_conditional_branch(reraised, unwind, ok)
                    .map_err(be)?;
            } else {
                self.b
                    .build_conditional_branch(failed, err, ok)
                    .map_err(be)?;
            }
        }
        self.b.position_at_end(ok);
        if matches!(ins.op, Opcode::RaiseVarargs | Opcode::Reraise) {
            // These only ever leave through the raise paths.
            self.b.build_unreachable().map_err(be)?;
            return Ok(false);
        }
        let new_top = top - sh.pops + sh.pushes;
        for k in base..new_top {
            let p = self.frame_stack_ptr(k)?;
            let v = self
                .b
                .build_load(self.ptr, p, "r")
                .map_err(be)?
                .into_pointer_value();
            self.set_slot(k, v)?;
        }
        self.depth = new_top;
        if ins.op == Opcode::CallFunctionEx {
            self.after_call(ins)?;
        }
        Ok(true)
    }

    /// LOAD_ASSERTION_ERROR: `PyExc_AssertionError`, a new reference.
    pub(super) fn load_assertion_error(&mut self) -> R<bool> {
        let var = self.global("PyExc_AssertionError");
        let exc = self
            .b
            .build_load(self.ptr, var, "AssertionError")
            .map_err(be)?
            .into_pointer_value();
        self.incref(exc)?;
        self.push(exc)?;
        Ok(true)
    }

    /// LIST_APPEND i: `PyList_Append(stack[-i], v)` after popping `v`.
    pub(super) fn list_append(&mut self, ins: &Instr) -> R<bool> {
        let v = self.pop()?;
        let list = self.peek_at(self.depth - ins.arg)?;
        self.set_prev_instr(ins.offset)?;
        let r = self
            .call(
                "PyList_Append",
                Some(self.i32.into()),
                &[list.into(), v.into()],
            )?
            .into_int_value();
        self.decref(v)?;
        self.neg_check(r, ins)?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::physical_effect;

    #[test]
    fn shapes_agree_with_stack_effects() {
        let mut checked = 0;
        for b in 0..=255u8 {
            let Some(op) = Opcode::from_byte(b) else {
                continue;
            };
            for arg in [0u32, 1, 2, 3, 5, 0x0f, 0x103, 0x201] {
                let Some(sh) = shape(op, arg) else { continue };
                if matches!(op, Opcode::BuildSlice) && !(2..=3).contains(&arg) {
                    continue;
                }
                if matches!(op, Opcode::RaiseVarargs) && arg > 2 {
                    continue;
                }
                assert!(sh.pops <= sh.touch, "{op:?} {arg}");
                let eff = sh.pushes as i32 - sh.pops as i32;
                assert_eq!(eff, physical_effect(op, arg, false), "{op:?} {arg}");
                checked += 1;
            }
        }
        assert!(checked > 200, "{checked}");
    }
}
