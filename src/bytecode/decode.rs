//! Decoder: code units → instructions.
//!
//! Applies EXTENDED_ARG prefixes, skips inline CACHE units, and maps every quickened or
//! specialised opcode back to its base through the generated `DEOPT` table, so the rest of rjit
//! only ever sees base opcodes. Superinstructions (`LOAD_FAST__LOAD_FAST`, …) only rewrite their
//! first unit, so decoding each unit through `DEOPT` yields the two plain instructions.
//! Invariant: `start <= offset < next` and `next - offset - 1 == CACHES[op]`.

use super::opcodes::{CACHES, DEOPT, HAVE_ARGUMENT, Opcode};

/// One decoded instruction. Offsets are code-unit indices into `co_code_adaptive`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instr {
    /// First unit, including any EXTENDED_ARG prefix: where the interpreter resumes it.
    pub start: u32,
    /// The unit holding the opcode itself: what `prev_instr` names while it executes.
    pub offset: u32,
    pub op: Opcode,
    pub arg: u32,
    /// First unit after this instruction and its caches.
    pub next: u32,
}

impl Instr {
    /// The jump target of a relative jump instruction, in code units.
    pub fn jump_target(&self) -> Option<u32> {
        use Opcode::*;
        match self.op {
            ForIter
            | JumpForward
            | JumpIfFalseOrPop
            | JumpIfTrueOrPop
            | PopJumpForwardIfFalse
            | PopJumpForwardIfTrue
            | PopJumpForwardIfNotNone
            | PopJumpForwardIfNone
            | Send => Some(self.next + self.arg),
            JumpBackward
            | JumpBackwardNoInterrupt
            | PopJumpBackwardIfFalse
            | PopJumpBackwardIfTrue
            | PopJumpBackwardIfNotNone
            | PopJumpBackwardIfNone => self.next.checked_sub(self.arg),
            _ => None,
        }
    }

    /// True for the back-edges, where the interpreter checks the eval breaker.
    pub fn is_backward_jump(&self) -> bool {
        use Opcode::*;
        matches!(
            self.op,
            JumpBackward
                | JumpBackwardNoInterrupt
                | PopJumpBackwardIfFalse
                | PopJumpBackwardIfTrue
                | PopJumpBackwardIfNotNone
                | PopJumpBackwardIfNone
        )
    }
}

/// Decode a whole code object. Fails on an unknown opcode byte or a truncated instruction.
pub fn decode(code: &[u16]) -> Result<Vec<Instr>, String> {
    let mut out = Vec::with_capacity(code.len());
    let mut i = 0usize;
    let mut ext: u32 = 0;
    let mut start: Option<u32> = None;
    while i < code.len() {
        let unit = code[i];
        let raw = (unit & 0xff) as u8;
        let base = DEOPT[raw as usize];
        let op =
            Opcode::from_byte(base).ok_or_else(|| format!("unknown opcode byte {raw} at {i}"))?;
        let arg = if base >= HAVE_ARGUMENT {
            ext << 8 | (unit >> 8) as u32
        } else {
            0
        };
        let begin = *start.get_or_insert(i as u32);
        if op == Opcode::ExtendedArg {
            ext = arg;
            i += 1;
            continue;
        }
        if op == Opcode::Cache {
            return Err(format!("CACHE unit outside an instruction at {i}"));
        }
        let next = i + 1 + CACHES[base as usize] as usize;
        if next > code.len() {
            return Err(format!(
                "{} at {i} runs past the end of the code",
                op.name()
            ));
        }
        out.push(Instr {
            start: begin,
            offset: i as u32,
            op,
            arg,
            next: next as u32,
        });
        ext = 0;
        start = None;
        i = next;
    }
    if start.is_some() {
        return Err("code ends inside an EXTENDED_ARG prefix".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(op: u8, arg: u8) -> u16 {
        op as u16 | (arg as u16) << 8
    }

    #[test]
    fn extended_arg_and_caches() {
        // RESUME 0; EXTENDED_ARG 1; LOAD_CONST 2 (=258); BINARY_OP 0 + 1 cache; RETURN_VALUE
        let code = [
            unit(151, 0),
            unit(144, 1),
            unit(100, 2),
            unit(122, 0),
            0,
            unit(83, 0),
        ];
        let ins = decode(&code).unwrap();
        assert_eq!(ins.len(), 4);
        assert_eq!(
            ins[1],
            Instr {
                start: 1,
                offset: 2,
                op: Opcode::LoadConst,
                arg: 258,
                next: 3
            }
        );
        assert_eq!(ins[2].next, 5);
        assert_eq!(ins[3].op, Opcode::ReturnValue);
    }

    #[test]
    fn quickened_forms_decode_to_base() {
        // LOAD_FAST__LOAD_FAST(46) 0; LOAD_FAST 1; BINARY_OP_ADD_INT(5) + cache; RETURN_VALUE
        let code = [unit(46, 0), unit(124, 1), unit(5, 0), 0, unit(83, 0)];
        let ops: Vec<_> = decode(&code)
            .unwrap()
            .iter()
            .map(|i| (i.op, i.arg))
            .collect();
        assert_eq!(
            ops,
            [
                (Opcode::LoadFast, 0),
                (Opcode::LoadFast, 1),
                (Opcode::BinaryOp, 0),
                (Opcode::ReturnValue, 0)
            ]
        );
    }

    #[test]
    fn jump_targets() {
        let fwd = Instr {
            start: 4,
            offset: 4,
            op: Opcode::JumpForward,
            arg: 3,
            next: 5,
        };
        assert_eq!(fwd.jump_target(), Some(8));
        let back = Instr {
            start: 9,
            offset: 9,
            op: Opcode::JumpBackward,
            arg: 6,
            next: 10,
        };
        assert_eq!(back.jump_target(), Some(4));
        assert!(back.is_backward_jump());
    }

    #[test]
    fn truncated_code_is_an_error() {
        assert!(decode(&[unit(122, 0)]).is_err());
        assert!(decode(&[unit(144, 1)]).is_err());
    }
}
