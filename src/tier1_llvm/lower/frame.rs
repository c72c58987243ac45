//! RESUME and RETURN_VALUE: entering and leaving the frame.

use super::{Lower, R, be};
use crate::bytecode::Instr;
use crate::cpython as cp;

impl<'ctx, 'a> Lower<'ctx, 'a> {
    /// RESUME: function entry (oparg 0) checks the eval breaker like the interpreter does;
    /// `_PyCode_Warmup` is skipped (it only feeds CPython's own quickening).
    pub(super) fn resume(&mut self, ins: &Instr) -> R<bool> {
        if ins.arg < 2 {
            self.check_eval_breaker(ins.start, ins)?;
        }
        Ok(true)
    }

    /// RETURN_VALUE: leave the frame as `_PyEval_EvalFrameDefault` does: empty stack
    /// (`stacktop = nlocalsplus`), `prev_instr` on the return, frame unlinked.
    pub(super) fn return_value(&mut self, ins: &Instr) -> R<bool> {
        let v = self.pop()?;
        let top = self.i32.const_int(self.snap.nlocalsplus as u64, false);
        self.store_at(self.frame, cp::FRAME_STACKTOP, top.into())?;
        self.set_prev_instr(ins.offset)?;
        self.leave()?;
        self.b.build_return(Some(&v)).map_err(be)?;
        Ok(false)
    }
}
